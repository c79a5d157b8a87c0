"""What this box can do: audio devices and `companion doctor`. Imports only `models`."""

from hardware.devices import (
    AudioDevice,
    NoAudioDeviceError,
    format_devices,
    list_audio_devices,
    pick_input_device,
    pick_output_device,
    portaudio_version,
)
from hardware.doctor import Check, doctor_ok, format_report, run_doctor

__all__ = [
    "AudioDevice",
    "Check",
    "NoAudioDeviceError",
    "doctor_ok",
    "format_devices",
    "format_report",
    "list_audio_devices",
    "pick_input_device",
    "pick_output_device",
    "portaudio_version",
    "run_doctor",
]
