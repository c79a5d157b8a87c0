"""The browser page end to end with the real models: Debian's Chromium (driven by Playwright)
talks through a WAV microphone to `companion web`; a LAN address needs the token; `serve --web`
serves the page beside MQTT; five browser-like tabs talk at once."""

from __future__ import annotations

import asyncio
import json
import re
import struct
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from pipeline.config import Config
from pipeline.engine import Engine
from pipeline.persona import load_persona
from shells.web.bench import browser_voice_to_voice
from tests.browser import WebProcess, chromium, microphone_wav
from tests.voice_fixtures import speech_16k

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(600)]
DOG = re.compile("dog", re.I)


def http(url: str, **headers: str) -> tuple[int, str]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(urllib.request.Request(url, headers=headers), timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def wait_until(page, check, timeout_s: float, every_s: float = 1.0, poke=None) -> None:
    """Poll ``check()`` (calling ``poke()`` between tries, e.g. a refresh click)."""
    for _ in range(int(timeout_s / every_s)):
        if check():
            return
        if poke is not None:
            poke()
        page.wait_for_timeout(every_s * 1000)
    assert check()


def check_screenshot(path: Path) -> None:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 1000 and height >= 700 and len(data) > 30_000  # a drawn page, not a blank


def test_talking_from_a_browser_shows_transcript_reply_speed_and_memory(tmp_path):
    microphone = microphone_wav(tmp_path / "mic.wav", speech_16k("My dog is called Biscuit."))
    server = WebProcess(["web", "--port", "0"], tmp_path / "home")
    try:
        with chromium(microphone) as browser:
            page = browser.new_page()
            problems: list[str] = []
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.goto(server.url)
            page.wait_for_function("window.companion.state === 'idle'", timeout=60_000)
            page.click("#talk")  # the WAV plays into the microphone once

            page.wait_for_function("""() => {
                const t = document.querySelector('#transcript');
                return /dog/i.test(t.textContent) && !t.classList.contains('partial'); }""",
                timeout=120_000)
            page.wait_for_function("window.companion.replies > 0", timeout=240_000)
            assert page.inner_text("#reply").strip()
            page.wait_for_function("window.companion.playedChunks > 0", timeout=60_000)
            assert page.evaluate("window.companion.receivedAudioBytes") > 8000
            assert page.evaluate("window.companion.sentAudioBytes") > 100_000
            # The turn's metrics come in their own message after the reply's: wait for them.
            page.wait_for_function(
                "document.querySelectorAll('#waterfall rect').length >= 4", timeout=60_000)

            told = page.locator("#memory-list li[data-role=user]", has_text=DOG)
            wait_until(page, lambda: told.count() > 0, 30,
                       poke=lambda: page.click("#memory-refresh"))
            shot = tmp_path / "page.png"
            page.screenshot(path=str(shot), full_page=True)
            check_screenshot(shot)
            for element in ("#talk", "#transcript", "#reply", "#waterfall", "#memory-list",
                            "#persona", "#ask-text", "#state"):
                assert page.is_visible(element), element
            print(f"screenshot: {shot}")

            told.first.locator("button.forget").click()
            wait_until(page, lambda: told.count() == 0, 20)
            page.click("#memory-refresh")
            page.wait_for_timeout(1000)
            assert told.count() == 0  # gone from the store, not just from the list

            page.fill("#ask-text", "What is the capital of France?")
            page.click("#ask-send")
            page.wait_for_function("window.companion.replies > 1", timeout=240_000)
            assert "capital" in page.inner_text("#transcript")
            page.select_option("#persona", "sage")
            page.wait_for_function("document.querySelector('#name').textContent === 'Sage'")
        assert not problems, problems
    finally:
        server.stop()


def test_a_lan_address_needs_the_token_that_the_page_carries_in_its_link(tmp_path):
    server = WebProcess(["web", "--host", "0.0.0.0", "--port", "0", "--no-memory", "-v"],
                        tmp_path / "home")
    try:
        banner = server.rest_of_banner()
        assert "made up for this run" in banner and "From a phone" in banner
        token = server.url.split("#token=")[1]
        base = f"http://127.0.0.1:{urlsplit(server.url).port}"
        assert http(f"{base}/api/info")[0] == 401
        status, page = http(f"{base}/api/info", accept="text/html")
        assert status == 401 and "Token needed" in page
        assert http(f"{base}/api/info", authorization=f"Bearer {token}")[0] == 200
        assert http(f"{base}/")[0] == 200  # the page itself holds no data

        async def refused_with() -> tuple[int, str]:
            async with connect(f"ws://127.0.0.1:{urlsplit(base).port}/ws", proxy=None) as ws:
                with pytest.raises(ConnectionClosed) as closed:
                    await ws.recv()
            return closed.value.rcvd.code, closed.value.rcvd.reason

        code, reason = asyncio.run(refused_with())
        assert code == 4401 and "token" in reason
        with chromium() as browser:
            tab = browser.new_page()
            tab.goto(f"{base}/#token={token}")
            tab.wait_for_function("window.companion.state === 'idle'", timeout=60_000)
            assert token not in tab.url  # taken out of the address bar
    finally:
        output = server.stop()
    logged = [line for line in output.splitlines() if line.startswith("ts=")]
    assert any("/ws" in line for line in logged)  # uvicorn logged the WebSocket at -v...
    assert not [line for line in logged if token in line]  # ...never with its token


async def test_serve_with_web_serves_the_page_beside_mqtt(tmp_path):
    from shells.mqtt.broker import LocalBroker

    with LocalBroker() as broker:
        server = WebProcess(["serve", "--mqtt", broker.url, "--no-audio", "--no-wake",
                             "--device-id", "web-e2e", "--no-discovery", "--web", "--web-port",
                             "0", "--no-memory"], tmp_path / "home")
        try:
            ws_url = server.url.replace("http://", "ws://").rstrip("/") + "/ws"
            async with connect(ws_url, proxy=None, max_size=None) as ws:
                await ws.send(json.dumps({"type": "ask", "text": "What is the capital of France?"}))
                async with asyncio.timeout(240):
                    while True:
                        message = await ws.recv()
                        if isinstance(message, str) and json.loads(message)["type"] == "answer":
                            break
            answer = json.loads(message)
            assert answer["text"] and not answer["error"]
            assert "serves companion/web-e2e/" in "".join(server.lines)
        finally:
            assert "Stopped." in server.stop()


async def test_five_browser_tabs_talking_at_once_all_get_answers(tmp_path):
    config = Config(home=tmp_path)
    config.memory.enabled = False
    persona = load_persona("juniper")
    engine = await Engine.load(config, persona)
    lines = ("What is the capital of France?", "How are you today?", "Tell me a joke.",
             "Why is the sky blue?", "Good morning.")
    report = await browser_voice_to_voice(engine, persona, config,
                                          [speech_16k(line) for line in lines],
                                          clients=5, turns_per_client=1)
    print(json.dumps(report))
    assert report["one_client_alone_answered"] == 5
    assert report["answered"] == 5, report
    assert [c["turns"] for c in report["per_client_ms"]] == [1] * 5
    assert not report["errors"], report["errors"]
