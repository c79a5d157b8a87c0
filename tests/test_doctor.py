"""companion doctor, upgraded: no-audio verdict, broker connect, measured probe, profile."""

from __future__ import annotations

import socket
from types import SimpleNamespace

import pytest

from hardware import devices as dev_mod
from hardware import doctor as doc_mod
from hardware.doctor import doctor_ok, format_report, run_doctor, verdict
from hardware.probe import ProbeResult, probe_models
from models.errors import CompanionError
from models.resolve import resolve_model


def no_devices():
    return SimpleNamespace(query_devices=lambda: [], query_hostapis=lambda: (),
                           default=SimpleNamespace(device=[-1, -1]),
                           get_portaudio_version=lambda: (1, "PortAudio V19.7-fake"))


@pytest.fixture
def models_ok(monkeypatch, tmp_path):
    monkeypatch.setattr(doc_mod, "verify_model", lambda *a, **k: [])
    monkeypatch.setattr(doc_mod, "resolve_model", lambda role, override, cache: tmp_path / role)


def test_no_audio_device_gives_a_clear_verdict(monkeypatch, models_ok, tmp_path):
    monkeypatch.setattr(dev_mod, "_load_sounddevice", no_devices)
    monkeypatch.setattr(doc_mod, "_packages", lambda: [])
    checks = run_doctor(cache=tmp_path)
    audio = next(c for c in checks if c.name == "audio")
    assert not audio.ok and not audio.required and "companion say" in audio.fix
    assert doctor_ok(checks)  # no audio is not a failure: files, chat and MQTT still work
    report = format_report(checks)
    last = report.splitlines()[-1]
    assert last.startswith("verdict:") and "NO LIVE AUDIO" in last and "companion say" in last
    assert "[ok  ] profile" in report


def test_verdict_names_the_first_fix():
    failing = [doc_mod.Check("model llm", False, "missing", "run `companion models fetch`")]
    assert "NOT READY" in verdict(failing) and "companion models fetch" in verdict(failing)
    assert "ready for live conversation" in verdict([doc_mod.Check("x", True, "fine")])


def test_broker_tcp_connect(monkeypatch, models_ok, tmp_path):
    monkeypatch.setattr(dev_mod, "_load_sounddevice", no_devices)
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    try:
        ok = run_doctor(cache=tmp_path, broker_url=f"mqtt://u:p@127.0.0.1:{port}")
        assert next(c for c in ok if c.name == "broker").ok
    finally:
        server.close()
    bad = run_doctor(cache=tmp_path, broker_url=f"127.0.0.1:{port}")
    broker = next(c for c in bad if c.name == "broker")
    assert not broker.ok and "mosquitto" in broker.fix and not doctor_ok(bad)


def test_profile_override_is_reported(monkeypatch, models_ok, tmp_path):
    monkeypatch.setattr(dev_mod, "_load_sounddevice", no_devices)
    checks = run_doctor(cache=tmp_path, profile="gpu-24gb")
    profile = next(c for c in checks if c.name == "profile")
    assert "gpu-24gb chosen with --profile" in profile.detail
    crashed = run_doctor(cache=tmp_path, profile="nonsense")
    assert "crashed" in next(c for c in crashed if c.name == "profile").detail


def test_probe_marks_slow_and_broken():
    assert ProbeResult("llm", True, 10, 12.0, "tokens/s").slow
    assert not ProbeResult("llm", True, 10, 150.0, "tokens/s").slow
    assert ProbeResult("stt", True, 10, 900.0, "ms").slow
    broken = probe_models({"llm": __import__("pathlib").Path("/nonexistent.gguf")})[0]
    assert not broken.ok and "cannot load" in broken.describe()


def test_real_probe_measures_every_role():
    try:
        paths = {role: resolve_model(role) for role in ("stt", "llm", "tts")}
    except CompanionError as exc:
        pytest.skip(f"default models not installed: {exc}")
    results = probe_models(paths)
    assert [r.role for r in results] == ["stt", "llm", "tts"]
    assert all(r.ok for r in results), [r.describe() for r in results]
    assert all(r.figure > 0 for r in results), [r.describe() for r in results]
