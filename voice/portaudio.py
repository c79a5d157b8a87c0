"""Access to sounddevice/PortAudio with the companion's error messages.

Sources and sinks call ``sounddevice()`` rather than importing the module, so that a box without
libportaudio still imports ``voice`` (file and MQTT audio need no sound card) and so that tests
can swap in a fake module.
"""

from __future__ import annotations

import logging
from types import ModuleType
from typing import Any

from models.errors import NoAudioDeviceError

__all__ = ["sounddevice", "check_device", "NO_INPUT", "NO_OUTPUT"]

NO_INPUT = (
    "No microphone found: PortAudio lists no input device. Pick one with --input-device "
    "(see `companion devices`), or use `companion say IN.wav` to talk through a file."
)
NO_OUTPUT = (
    "No speaker found: PortAudio lists no output device. Pick one with --output-device "
    "(see `companion devices`), or use `companion say IN.wav --out OUT.wav` to get the reply "
    "as a file."
)


def sounddevice() -> ModuleType:
    """The sounddevice module; NoAudioDeviceError when the PortAudio library is missing."""
    try:
        import sounddevice as sd
    except OSError as e:  # raised by sounddevice when libportaudio cannot be loaded
        raise NoAudioDeviceError(
            f"PortAudio is not installed ({e}); install it (Debian/Ubuntu: "
            "`sudo apt install libportaudio2`) or use `companion say IN.wav --out OUT.wav`."
        ) from e
    return sd


def check_device(sd: Any, device: int | str | None, kind: str) -> dict[str, Any]:
    """Device info for ``kind`` ('input'/'output'), or NoAudioDeviceError with the fix."""
    message = NO_INPUT if kind == "input" else NO_OUTPUT
    try:
        info = dict(sd.query_devices(device, kind=kind))
    except (ValueError, sd.PortAudioError) as e:
        if device is None:
            raise NoAudioDeviceError(message) from e
        raise NoAudioDeviceError(f"{kind} device {device!r} not usable ({e}). {message}") from e
    if int(info.get(f"max_{kind}_channels", 0)) < 1:
        raise NoAudioDeviceError(f"device {device!r} has no {kind} channels. {message}")
    return info


def close_stream(stream: Any, what: str) -> None:
    """Stop and close a PortAudio stream; a vanished device must not break shutdown."""
    if stream is None:
        return
    try:
        stream.stop()
        stream.close()
    except Exception as e:
        logging.getLogger(__name__).debug("%s close: %s", what, e)
