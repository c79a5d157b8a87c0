"""The brain's own microphone and speaker, and the echo canceller between them.

The speaker hands what it plays (and when it reaches the DAC) to a ``PlaybackReference``; the
canceller takes it out of the microphone (voice.echo). Only the companion's own sound card
needs one: a satellite is half-duplex on its own side, a browser cancels its own echo, and a
WAV file or stdin never hears the speaker.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from models.errors import CompanionError
from pipeline.config import Config
from voice.echo import ECHO_MODES, EchoCanceller, EchoGate, PlaybackReference, make_echo_canceller
from voice.sinks import SpeakerSink
from voice.sources import MicrophoneSource

log = logging.getLogger(__name__)


class EchoSettingError(CompanionError):
    """The configured echo handling is unknown, or asks for AEC where it cannot load."""


@dataclass
class LiveAudio:
    source: MicrophoneSource
    sink: SpeakerSink
    echo: EchoCanceller | EchoGate | None

    def close(self) -> None:
        self.sink.close()
        self.source.close()


def echo_mode(config: Config, no_echo_gate: bool = False) -> str:
    """The configured echo handling; ``--no-echo-gate`` means "off" (trust the microphone)."""
    mode = "off" if no_echo_gate else config.audio.echo
    if mode not in ECHO_MODES:
        raise EchoSettingError(f"[audio] echo = {mode!r}: use one of {', '.join(ECHO_MODES)}.")
    return mode


def open_live_audio(config: Config, input_device: str | None, output_device: str | None,
                    mode: str) -> LiveAudio:
    """Microphone and speaker (the named ones, else the config's, else the defaults)."""
    from hardware.devices import pick_input_device, pick_output_device

    source = MicrophoneSource(device=pick_input_device(input_device
                                                       or config.audio.input_device))
    reference = PlaybackReference()
    sink = SpeakerSink(device=pick_output_device(output_device or config.audio.output_device),
                       reference=reference)
    try:
        echo = make_echo_canceller(reference, mode)
    except RuntimeError as exc:  # "aec" asked for, and it cannot load here
        sink.close()
        raise EchoSettingError(f"{exc} (or set [audio] echo = \"auto\")") from exc
    log.info("echo mode=%s", "off" if echo is None else echo.mode)
    return LiveAudio(source, sink, echo)
