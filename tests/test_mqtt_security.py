"""Broker security against a real Mosquitto started here: a TLS listener with a CA and server
certificate made by openssl, a password file (mosquitto_passwd) and an ACL. The companion
connects with mqtts:// and the CA, a wrong password is refused, the ACL keeps a reader from
giving orders, memory reads are off unless allowed, and passwords never show (argv, logs, URLs).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import aiomqtt
import pytest

from pipeline.config import Config, MqttConfig
from pipeline.engine import Engine
from pipeline.persona import load_persona
from pipeline.wake import WakeSettings
from shells.mqtt.bridge import BrokerSettings, BrokerUrlError
from shells.mqtt.broker import LocalBroker
from shells.mqtt.service import CompanionService, ServeOptions
from shells.mqtt.settings import broker_settings
from tests.fakes import FakeLLM, FakeSTT, FakeTTS
from tests.test_mqtt_support import Probe, event_with, topic_is

pytestmark = pytest.mark.timeout(300)

SECRET = "correct-horse-battery"
ACL = """user alice
topic readwrite companion/#
topic readwrite homeassistant/#
topic readwrite hermes/#

user mallory
topic read companion/+/event/#
"""


def _run(*args: str, cwd: Path) -> None:
    subprocess.run(args, cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CA and a server certificate for 127.0.0.1 and localhost, made here by openssl."""
    if shutil.which("openssl") is None or shutil.which("mosquitto_passwd") is None:
        pytest.skip("openssl and mosquitto_passwd are needed (make setup installs mosquitto)")
    folder = tmp_path_factory.mktemp("pki")
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    _run("openssl", "req", "-x509", *ec, "-days", "2", "-subj", "/CN=companion test CA",
         "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,keyCertSign,cRLSign",
         "-keyout", "ca.key", "-out", "ca.pem", cwd=folder)
    _run("openssl", "req", *ec, "-subj", "/CN=localhost", "-keyout", "server.key",
         "-out", "server.csr", cwd=folder)
    (folder / "server.ext").write_text(
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n")
    _run("openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
         "-CAcreateserial", "-days", "2", "-extfile", "server.ext", "-out", "server.pem",
         cwd=folder)
    _run("mosquitto_passwd", "-c", "-b", "passwd", "alice", SECRET, cwd=folder)
    _run("mosquitto_passwd", "-b", "passwd", "mallory", "mallory-pw", cwd=folder)
    (folder / "acl").write_text(ACL)
    return folder


@pytest.fixture(scope="module")
def secure_broker(pki: Path) -> Iterator[LocalBroker]:
    security = [f"cafile {pki / 'ca.pem'}", f"certfile {pki / 'server.pem'}",
                f"keyfile {pki / 'server.key'}", "allow_anonymous false",
                f"password_file {pki / 'passwd'}", f"acl_file {pki / 'acl'}"]
    with LocalBroker(folder=pki / "broker", security=security) as broker:
        yield broker


def login(broker: LocalBroker, pki: Path, user: str, password: str | None,
          ca: bool = True) -> BrokerSettings:
    """As the companion does it: URL without the password, which comes from the environment."""
    env = {"COMPANION_MQTT_PASSWORD": password} if password else {}
    return broker_settings(f"mqtts://{user}@127.0.0.1:{broker.port}", MqttConfig(),
                           tls_ca=str(pki / "ca.pem") if ca else None, env=env)


def fake_service(settings: BrokerSettings, home: Path, **options: object) -> CompanionService:
    engine = Engine(stt=FakeSTT(), tts=FakeTTS(), llm=FakeLLM(delay_s=0.001))
    serve = ServeOptions(device_id=f"s-{uuid.uuid4().hex[:8]}", wake=WakeSettings(phrase=None),
                         discovery=False, **options)  # type: ignore[arg-type]
    return CompanionService(engine, load_persona("juniper"), Config(home=home), settings, serve)


async def _connect(settings: BrokerSettings) -> None:
    async with aiomqtt.Client(settings.host, settings.port, username=settings.username,
                              password=settings.password, tls_params=settings.tls_params(),
                              identifier=f"try-{uuid.uuid4().hex[:6]}", timeout=10):
        pass


async def test_tls_with_the_ca_connects_wrong_password_and_no_tls_are_refused(
        secure_broker: LocalBroker, pki: Path) -> None:
    await _connect(login(secure_broker, pki, "alice", SECRET))  # mqtts:// + CA + password
    with pytest.raises(aiomqtt.MqttError, match="[Nn]ot authori[sz]ed|[Bb]ad user name"):
        await _connect(login(secure_broker, pki, "alice", "wrong-password"))
    with pytest.raises(aiomqtt.MqttError, match="[Nn]ot authori[sz]ed|[Bb]ad user name"):
        await _connect(login(secure_broker, pki, "alice", None))
    with pytest.raises(aiomqtt.MqttError):  # the system CAs do not know our CA
        await _connect(login(secure_broker, pki, "alice", SECRET, ca=False))
    plain = BrokerSettings("127.0.0.1", secure_broker.port, "alice", SECRET)
    with pytest.raises(aiomqtt.MqttError):  # no TLS on a TLS listener
        await _connect(plain)


async def test_the_acl_keeps_a_reader_from_giving_orders(secure_broker: LocalBroker, pki: Path,
                                                         tmp_path: Path) -> None:
    alice = login(secure_broker, pki, "alice", SECRET)
    svc = fake_service(alice, tmp_path)
    task = asyncio.create_task(svc.run())
    try:
        await asyncio.wait_for(svc.link.connected.wait(), 20)
        p = svc.topics
        mallory = login(secure_broker, pki, "mallory", "mallory-pw")
        async with Probe(secure_broker.port, (f"{p.prefix}/#",), settings=alice) as watch, \
                Probe(secure_broker.port, (p.event("#"),), settings=mallory) as reader:
            await reader.client.subscribe(p.cmd("#"), qos=1)  # not hers to read: filtered
            await reader.publish(p.cmd("ask"), json.dumps({"text": "open the door", "id": "m"}))
            await watch.publish(p.cmd("ask"), json.dumps({"text": "hello", "id": "a"}))
            await watch.wait(event_with(p.event("reply"), id="a"), timeout=30)
            # Mallory's command reached the broker first and was dropped by the ACL there.
            assert not watch.matching(event_with(p.event("ack"), id="m"))
            assert [m.json()["id"] for m in watch.matching(topic_is(p.cmd("ask")))] == ["a"]
            # Reading events is what the ACL gave her: she sees the reply (trust model), but
            # not the command, which the broker routed to her before the reply existed.
            await reader.wait(event_with(p.event("reply"), id="a"), timeout=10)
            assert not reader.matching(lambda m: "/cmd/" in m.topic)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_memory_search_is_off_unless_allowed(secure_broker: LocalBroker, pki: Path,
                                                   tmp_path: Path) -> None:
    alice = login(secure_broker, pki, "alice", SECRET)
    seen: list[str] = []

    async def memory(action: str, query: str) -> dict[str, object]:
        seen.append(action)
        return {"hits": [{"id": 1, "text": "my bank PIN is 4821", "score": 1.0, "kind": "turn"}]}

    for allowed in (False, True):
        svc = fake_service(alice, tmp_path, allow_memory_read=allowed)
        svc.memory = memory
        task = asyncio.create_task(svc.run())
        try:
            await asyncio.wait_for(svc.link.connected.wait(), 20)
            p = svc.topics
            async with Probe(secure_broker.port, (f"{p.prefix}/#",), settings=alice) as probe:
                await probe.publish(p.cmd("memory/search"), json.dumps({"query": "PIN", "id": 7}))
                if allowed:
                    found = await probe.wait(event_with(p.event("memory"), id=7), timeout=20)
                    assert "4821" in found.payload.decode()
                else:
                    error = await probe.wait(event_with(p.event("error"), id=7), timeout=20)
                    assert "allow_memory_read" in error.json()["message"]
                    assert not probe.matching(topic_is(p.event("memory")))
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
    assert seen == ["search"]  # the store was not even asked while reads were off


@pytest.mark.e2e
def test_serve_gets_its_password_from_the_environment_never_argv(
        secure_broker: LocalBroker, pki: Path, companion_home: Path) -> None:
    """The real `companion serve` over mqtts://: `ps` and its log never show the password."""
    device = f"sec-{uuid.uuid4().hex[:6]}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "shells.cli", "-v", "serve", "--no-audio", "--no-memory",
         "--no-discovery", "--mqtt", f"mqtts://alice@127.0.0.1:{secure_broker.port}",
         "--tls-ca", str(pki / "ca.pem"), "--device-id", device],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "COMPANION_HOME": str(companion_home),
             "COMPANION_MQTT_PASSWORD": SECRET})
    alice = login(secure_broker, pki, "alice", SECRET)

    async def talk() -> str:
        topics = f"companion/{device}"
        async with Probe(secure_broker.port, (f"{topics}/#",), settings=alice) as probe:
            await probe.wait(lambda m: m.topic == f"{topics}/availability"
                             and m.payload == b"online", timeout=240)
            argv = Path(f"/proc/{proc.pid}/cmdline").read_bytes()
            assert SECRET.encode() not in argv and b"mqtts://alice@" in argv
            await probe.publish(f"{topics}/cmd/memory/search", json.dumps({"query": "x",
                                                                            "id": 1}))
            error = await probe.wait(event_with(f"{topics}/event/error", id=1), timeout=30)
            await probe.publish(f"{topics}/cmd/ask", json.dumps({"text": "Hello!", "id": 2}))
            await probe.wait(event_with(f"{topics}/event/reply", id=2), timeout=120)
            return str(error.json()["message"])

    try:
        assert "allow_memory_read" in asyncio.run(talk())
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    log = (out + err).decode()
    assert proc.returncode == 0, log
    assert SECRET not in log and "Traceback" not in log and "mqtt.connected" in log


def test_password_sources_and_the_argv_warning(tmp_path: Path,
                                               caplog: pytest.LogCaptureFixture) -> None:
    secret_file = tmp_path / "pw"
    secret_file.write_text("from-a-file\n")
    config = MqttConfig(url="mqtt://broker.lan", username="ann", password="from-config")
    assert broker_settings(None, config, env={}).password == "from-config"
    env = {"COMPANION_MQTT_PASSWORD_FILE": str(secret_file)}
    assert broker_settings(None, config, env=env).password == "from-a-file"
    env["COMPANION_MQTT_PASSWORD"] = "from-env"
    settings = broker_settings(None, config, env=env)
    assert (settings.host, settings.username, settings.password) == ("broker.lan", "ann",
                                                                     "from-env")
    assert broker_settings(None, MqttConfig(), env={"COMPANION_MQTT": "mqtts://h"}).tls
    with caplog.at_level(logging.WARNING):
        got = broker_settings("mqtt://bob:typed-secret@h", config, env={})
    assert got.password == "typed-secret" and "ps" in caplog.text
    assert "typed-secret" not in caplog.text and "bob:***@h" in caplog.text
    with pytest.raises(BrokerUrlError, match="No broker given"):
        broker_settings(None, MqttConfig(), env={})
    with pytest.raises(BrokerUrlError, match="password file") as info:
        broker_settings(None, MqttConfig(url="mqtt://h", password_file=str(tmp_path / "no")),
                        env={})
    assert "\n" not in str(info.value)


def test_a_readable_config_with_a_password_is_warned_about(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config_file = tmp_path / "config.toml"
    config_file.write_text('[mqtt]\npassword = "x"\n')
    config_file.chmod(0o644)
    with caplog.at_level(logging.WARNING):
        broker_settings("mqtt://h", MqttConfig(password="x"), env={}, config_file=config_file)
    assert "chmod 600" in caplog.text
    caplog.clear()
    config_file.chmod(0o600)
    broker_settings("mqtt://h", MqttConfig(password="x"), env={}, config_file=config_file)
    assert "chmod 600" not in caplog.text


@pytest.mark.parametrize("url", ["mqtt://u:hunter2@host:notaport", "http://u:hunter2@h:1",
                                 "mqtt://u:hunter2@[::1:1883"])
def test_bad_broker_urls_never_show_the_password(url: str) -> None:
    with pytest.raises(BrokerUrlError) as info:
        BrokerSettings.from_url(url)
    assert "hunter2" not in str(info.value)


def test_remote_fallback_warning_masks_the_password(caplog: pytest.LogCaptureFixture) -> None:
    from pipeline.config import LlmConfig
    from pipeline.llm.remote import open_llm
    from shells.mqtt.broker import free_port

    url = f"http://user:hunter2@127.0.0.1:{free_port()}"
    with caplog.at_level(logging.WARNING):
        assert open_llm(url, "", LlmConfig(), connect_timeout_s=0.5,
                        fallback=lambda: "local") == "local"
    assert "falling back" in caplog.text or "local model" in caplog.text
    assert "hunter2" not in caplog.text and "user:***@127.0.0.1" in caplog.text


def test_doctor_never_prints_the_broker_password(cli) -> None:
    from shells.mqtt.broker import free_port

    result = cli("doctor", "--quick", "--mqtt", f"mqtt://u:hunter2@127.0.0.1:{free_port()}",
                 timeout=120)
    assert "hunter2" not in result.stdout + result.stderr
    assert "broker" in result.stdout


@pytest.mark.parametrize("unit", ["companion.service", "companion-satellite.service"])
def test_systemd_units_keep_secrets_off_the_command_line(unit: str) -> None:
    text = (Path(__file__).parent.parent / "hardware" / unit).read_text()
    exec_line = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    assert "$" not in exec_line and "--mqtt" not in exec_line
    assert "EnvironmentFile=" in text and "COMPANION_MQTT_PASSWORD" in text
