"""hardware/: device listing and picking (faked PortAudio + one real call), doctor."""

from __future__ import annotations

import ast
import json
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from hardware import devices as dev_mod
from hardware import doctor as doc_mod
from hardware.devices import (
    AudioDevice,
    format_devices,
    list_audio_devices,
    pick_input_device,
    pick_output_device,
    portaudio_version,
)
from hardware.doctor import Check, doctor_ok, format_report, run_doctor
from models.errors import CompanionError, NoAudioDeviceError

ROOT = Path(__file__).resolve().parents[1]

RAW = [
    {"name": "HDA Intel PCH: ALC257 Analog", "index": 0, "hostapi": 0, "max_input_channels": 2,
     "max_output_channels": 2, "default_samplerate": 44100.0},
    {"name": "USB Mic", "index": 1, "hostapi": 0, "max_input_channels": 1,
     "max_output_channels": 0, "default_samplerate": 48000.0},
    {"name": "usb mic monitor", "index": 2, "hostapi": 1, "max_input_channels": 1,
     "max_output_channels": 0, "default_samplerate": 48000.0},
    {"name": "HDMI 0", "index": 3, "hostapi": 0, "max_input_channels": 0,
     "max_output_channels": 8, "default_samplerate": 48000.0},
]  # fmt: skip


def fake_sd(raw=RAW, default=(1, 3), fail: bool = False):
    def query_devices():
        if fail:
            raise RuntimeError("PortAudio exploded")
        return raw

    return SimpleNamespace(
        query_devices=query_devices,
        query_hostapis=lambda: ({"name": "ALSA"}, {"name": "JACK"}),
        default=SimpleNamespace(device=list(default)),
        get_portaudio_version=lambda: (1, "PortAudio V19.7-fake"),
    )


@pytest.fixture
def sd(monkeypatch):
    fake = fake_sd()
    monkeypatch.setattr(dev_mod, "_load_sounddevice", lambda: fake)
    return fake


def test_list_maps_portaudio_fields(sd):
    devices = list_audio_devices()
    assert [d.index for d in devices] == [0, 1, 2, 3]
    mic = devices[1]
    assert mic == AudioDevice(1, "USB Mic", "ALSA", 1, 0, 48000.0, True, False)
    assert devices[2].host_api == "JACK" and devices[3].is_default_output
    json.dumps([d.to_dict() for d in devices])
    assert portaudio_version() == "PortAudio V19.7-fake"


def test_list_never_raises(monkeypatch):
    monkeypatch.setattr(dev_mod, "_load_sounddevice", lambda: fake_sd(fail=True))
    assert list_audio_devices() == []
    monkeypatch.setattr(dev_mod, "_load_sounddevice", lambda: None)
    assert list_audio_devices() == [] and portaudio_version() is None


def test_unset_default_device(monkeypatch):
    monkeypatch.setattr(dev_mod, "_load_sounddevice", lambda: fake_sd(default=(-1, None)))
    assert not any(d.is_default_input or d.is_default_output for d in list_audio_devices())


def test_pick_input(sd):
    assert pick_input_device(None) is None
    assert pick_input_device("") is None
    assert pick_input_device(1) == 1
    assert pick_input_device(" 2 ") == 2
    assert pick_input_device("alc257") == 0
    assert pick_input_device("USB MIC") == 1  # exact name wins over the longer "usb mic monitor"
    assert pick_input_device("monitor") == 2


def test_pick_input_errors_list_choices(sd):
    with pytest.raises(NoAudioDeviceError) as err:
        pick_input_device(3)  # HDMI has no input channels
    msg = str(err.value)
    assert "index 3" in msg and "'USB Mic'" in msg and "--input-device" in msg and "\n" not in msg
    with pytest.raises(NoAudioDeviceError, match="contains 'webcam'"):
        pick_input_device("webcam")
    assert isinstance(err.value, CompanionError)


def test_pick_output(sd):
    assert pick_output_device(None) is None
    assert pick_output_device("hdmi") == 3
    with pytest.raises(NoAudioDeviceError, match="--output-device"):
        pick_output_device(1)


def test_no_devices_at_all(monkeypatch):
    monkeypatch.setattr(dev_mod, "_load_sounddevice", lambda: fake_sd(raw=[]))
    with pytest.raises(NoAudioDeviceError, match="No microphone found"):
        pick_input_device(None)
    with pytest.raises(NoAudioDeviceError, match="No speaker found"):
        pick_output_device("anything")


def test_format_devices(sd):
    table = format_devices(list_audio_devices())
    lines = table.splitlines()
    assert lines[0].split()[:3] == ["IDX", "IN", "OUT"]
    assert "USB Mic" in table and "1*" in lines[2] and "8*" in lines[4]
    assert "No audio devices" in format_devices([])


def test_real_portaudio_call_does_not_raise():
    devices = list_audio_devices()  # this machine may well have none
    assert isinstance(devices, list)
    assert all(isinstance(d, AudioDevice) for d in devices)
    assert portaudio_version() is None or "PortAudio" in portaudio_version()
    assert isinstance(format_devices(devices), str)


# --- doctor ---------------------------------------------------------------------------------


def test_doctor_reports_missing_models_fast(tmp_path, monkeypatch):
    for role in ("STT", "TTS", "LLM", "EMBEDDER"):
        monkeypatch.delenv(f"COMPANION_{role}_MODEL", raising=False)
    start = time.monotonic()
    checks = run_doctor(cache=tmp_path / "empty-cache")
    assert time.monotonic() - start < 2.0
    names = [c.name for c in checks]
    for expected in ("python", "portaudio", "model stt", "model llm", "mosquitto", "cpu", "ram"):
        assert expected in names
    stt = next(c for c in checks if c.name == "model stt")
    assert not stt.ok and "companion models fetch" in stt.detail and stt.required
    assert not doctor_ok(checks)
    report = format_report(checks)
    assert "[FAIL] model stt" in report and "some required checks failed" in report
    json.dumps([c.to_dict() for c in checks])


def test_doctor_all_good_when_models_verify(monkeypatch, tmp_path):
    monkeypatch.setattr(doc_mod, "verify_model", lambda role, override, cache: [])
    monkeypatch.setattr(doc_mod, "resolve_model", lambda role, override, cache: tmp_path / role)
    monkeypatch.setattr(dev_mod, "_load_sounddevice", lambda: None)
    checks = run_doctor(cache=tmp_path)
    assert all(c.ok for c in checks if c.name.startswith("model "))
    portaudio = next(c for c in checks if c.name == "portaudio")
    assert not portaudio.ok and not portaudio.required and "libportaudio2" in portaudio.fix
    assert doctor_ok([c for c in checks if c.name != "python packages"])


def test_doctor_never_raises(monkeypatch, tmp_path):
    def boom():
        raise RuntimeError("kaput")

    monkeypatch.setattr(doc_mod, "list_audio_devices", boom)
    monkeypatch.setattr(doc_mod, "verify_model", lambda *a: 1 / 0)
    checks = run_doctor(cache=tmp_path)
    crashed = [c for c in checks if "crashed" in c.detail]
    assert {c.name for c in crashed} == {"audio", "models"}
    assert "kaput" in format_report(checks)


def test_format_report_marks():
    text = format_report(
        [Check("a", True, "fine"), Check("b", False, "bad", "do x"),
         Check("c", False, "meh", "do y", required=False)]
    )
    assert "[ok  ] a" in text and "[FAIL] b" in text and "[warn] c" in text and "-> do x" in text


def test_hardware_imports_only_models():
    for path in (ROOT / "hardware").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in {"voice", "memory", "pipeline"}, path
