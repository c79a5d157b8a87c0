"""The brain's own microphone and speaker: the speaker feeds the echo canceller, as configured."""

from __future__ import annotations

import pytest

from pipeline.config import Config
from shells.live_audio import EchoSettingError, echo_mode, open_live_audio
from tests.voice_fixtures import FakeSoundDevice
from voice.echo import EchoCanceller, EchoGate


@pytest.fixture(autouse=True)
def fake_devices(monkeypatch) -> FakeSoundDevice:
    fake = FakeSoundDevice()
    monkeypatch.setattr("voice.portaudio.sounddevice", lambda: fake)
    monkeypatch.setattr("hardware.devices.pick_input_device", lambda spec: None)
    monkeypatch.setattr("hardware.devices.pick_output_device", lambda spec: None)
    return fake


@pytest.mark.parametrize("mode, kind", [("auto", EchoCanceller), ("aec", EchoCanceller),
                                        ("gate", EchoGate), ("off", type(None))])
def test_the_configured_echo_handling_listens_to_the_speaker(mode: str, kind: type) -> None:
    config = Config()
    config.audio.echo = mode
    live = open_live_audio(config, None, None, echo_mode(config))
    try:
        assert type(live.echo) is kind  # noqa: E721 - the exact class: AEC is a kind of gate
        if live.echo is not None:
            assert live.echo.reference is live.sink.reference  # what it plays is what it hears
    finally:
        live.close()


def test_no_echo_gate_means_off_and_a_wrong_mode_is_one_clear_error() -> None:
    config = Config()
    assert echo_mode(config) == "auto" and echo_mode(config, no_echo_gate=True) == "off"
    config.audio.echo = "loud"
    with pytest.raises(EchoSettingError, match="auto, aec, gate, off"):
        echo_mode(config)


def test_aec_demanded_where_it_cannot_load_refuses_to_start(monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pywebrtc_audio", None)  # the import fails
    with pytest.raises(EchoSettingError, match="pip install pywebrtc-audio"):
        open_live_audio(Config(), None, None, "aec")
