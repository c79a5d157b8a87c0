"""Audio devices as PortAudio (via sounddevice) sees them, and picking one by index or name."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from models.errors import NoAudioDeviceError

__all__ = [
    "AudioDevice",
    "NoAudioDeviceError",
    "format_devices",
    "list_audio_devices",
    "pick_input_device",
    "pick_output_device",
    "portaudio_version",
]


@dataclass
class AudioDevice:
    """One PortAudio device."""

    index: int
    name: str
    host_api: str
    max_input_channels: int
    max_output_channels: int
    default_samplerate: float
    is_default_input: bool
    is_default_output: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return asdict(self)


def _load_sounddevice() -> Any | None:
    """The sounddevice module, or None when it or the PortAudio library is unavailable.

    sounddevice raises OSError at import time when libportaudio is missing; tests replace this.
    """
    try:
        import sounddevice
    except (ImportError, OSError):
        return None
    return sounddevice


def portaudio_version() -> str | None:
    """PortAudio's version text, or None if PortAudio cannot be loaded."""
    sd = _load_sounddevice()
    if sd is None:
        return None
    try:
        return str(sd.get_portaudio_version()[1])
    except Exception:  # noqa: BLE001 - a broken PortAudio must not crash doctor
        return None


def _default_pair(sd: Any) -> tuple[int, int]:
    try:
        first, second = (-1 if v is None else int(v) for v in sd.default.device)
        return first, second
    except Exception:  # noqa: BLE001 - default may be unset or a name; treat as "none"
        return -1, -1


def list_audio_devices() -> list[AudioDevice]:
    """Every device PortAudio lists; [] if PortAudio is missing or fails (never raises)."""
    sd = _load_sounddevice()
    if sd is None:
        return []
    try:
        raw = list(sd.query_devices())
        apis = [api.get("name", "?") for api in sd.query_hostapis()]
        default_in, default_out = _default_pair(sd)
        devices = []
        for pos, dev in enumerate(raw):
            index = int(dev.get("index", pos))
            api = int(dev.get("hostapi", -1))
            devices.append(
                AudioDevice(
                    index=index,
                    name=str(dev.get("name", "?")),
                    host_api=apis[api] if 0 <= api < len(apis) else "?",
                    max_input_channels=int(dev.get("max_input_channels", 0)),
                    max_output_channels=int(dev.get("max_output_channels", 0)),
                    default_samplerate=float(dev.get("default_samplerate", 0.0)),
                    is_default_input=index == default_in,
                    is_default_output=index == default_out,
                )
            )
        return devices
    except Exception:  # noqa: BLE001 - PortAudio errors vary by host API; report "no devices"
        return []


_NO_INPUT = (
    "No microphone found (PortAudio lists no input device). Pick one with --input-device "
    "(see `companion devices`) or use `companion say IN.wav`."
)
_NO_OUTPUT = (
    "No speaker found (PortAudio lists no output device). Pick one with --output-device "
    "(see `companion devices`) or write the reply to a file with `companion say IN.wav --out "
    "OUT.wav`."
)


def _pick(spec: str | int | None, kind: str) -> int | None:
    is_input = kind == "input"
    devices = [
        d
        for d in list_audio_devices()
        if (d.max_input_channels if is_input else d.max_output_channels) > 0
    ]
    if not devices:
        raise NoAudioDeviceError(_NO_INPUT if is_input else _NO_OUTPUT)
    if spec is None or (isinstance(spec, str) and not spec.strip()):
        return None  # PortAudio's default device
    flag = "--input-device" if is_input else "--output-device"
    if isinstance(spec, int) or spec.strip().lstrip("-").isdigit():
        index = int(spec)
        if any(d.index == index for d in devices):
            return index
        reason = f"No {kind} device has index {index}"
    else:
        needle = spec.strip().casefold()
        exact = [d for d in devices if d.name.casefold() == needle]
        partial = [d for d in devices if needle in d.name.casefold()]
        if exact or partial:
            return (exact or partial)[0].index
        reason = f"No {kind} device name contains {spec!r}"
    choices = ", ".join(f"{d.index} {d.name!r}" for d in devices)
    raise NoAudioDeviceError(
        f"{reason} ({kind}s: {choices}). Pick one with {flag} (see `companion devices`)."
    )


def pick_input_device(spec: str | int | None) -> int | None:
    """Device index for a microphone: an index, "3", or a case-insensitive name substring.

    None (or "") means PortAudio's default. Raises NoAudioDeviceError when there is no input
    device at all or none fits ``spec``.
    """
    return _pick(spec, "input")


def pick_output_device(spec: str | int | None) -> int | None:
    """Device index for a speaker; same rules as pick_input_device."""
    return _pick(spec, "output")


def format_devices(devices: list[AudioDevice]) -> str:
    """Plain-text table for `companion devices` (``*`` marks PortAudio's defaults)."""
    if not devices:
        return (
            "No audio devices found (PortAudio lists none). File mode still works: "
            "`companion say IN.wav --out OUT.wav`."
        )
    header = ("IDX", "IN", "OUT", "RATE", "API", "NAME")
    rows = [
        (
            str(d.index),
            f"{d.max_input_channels}{'*' if d.is_default_input else ''}",
            f"{d.max_output_channels}{'*' if d.is_default_output else ''}",
            f"{d.default_samplerate:.0f}",
            d.host_api,
            d.name,
        )
        for d in devices
    ]
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header) - 1)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row[:-1], widths, strict=True)) + "  " + row[-1]
        for row in (header, *rows)
    ]
    lines.append("* = default device; choose with --input-device / --output-device (index or name)")
    return "\n".join(lines)
