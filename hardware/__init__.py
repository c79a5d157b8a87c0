"""What this box can do: audio devices, profiles and `companion doctor`. Imports only `models`."""

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
from hardware.profiles import PROFILES, HardwareFacts, Profile, choose_profile, detect_facts

__all__ = [
    "PROFILES",
    "AudioDevice",
    "Check",
    "HardwareFacts",
    "NoAudioDeviceError",
    "Profile",
    "choose_profile",
    "detect_facts",
    "doctor_ok",
    "format_devices",
    "format_report",
    "list_audio_devices",
    "pick_input_device",
    "pick_output_device",
    "portaudio_version",
    "run_doctor",
]
