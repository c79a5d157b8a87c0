"""`companion doctor`: one screen on what this box can do and what to fix. Never raises.

Without options it is fast (< 2 s): model checks use the ``.verified`` stamps (stat only).
``deep`` re-hashes every model file; ``probe`` loads the real STT/LLM/TTS models and times one
tiny job each (hardware.probe, ~2-4 s); ``broker_url`` adds a TCP connect to an MQTT broker.
The report ends with the hardware profile that fits and a one-line verdict.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import shutil
import socket
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from hardware.devices import list_audio_devices, portaudio_version
from hardware.profiles import choose_profile, detect_facts
from models import ROLES, cache_dir, env_var, resolve_model, verify_model

_MIN_PYTHON = (3, 10)
_MIN_RAM = 1 << 30  # the default models need ~0.6 GB resident; leave room for the OS
_MIN_FREE_DISK = 1 << 30
_PACKAGES = {  # import name -> distribution, for the fix line
    "numpy": "numpy",
    "faster_whisper": "faster-whisper",
    "piper": "piper-tts",
    "llama_cpp": "llama-cpp-python",
    "webrtcvad": "webrtcvad-wheels",
    "sounddevice": "sounddevice",
    "faiss": "faiss-cpu",
    "tokenizers": "tokenizers",
    "aiomqtt": "aiomqtt",
    "tqdm": "tqdm",
    "pywebrtc_audio": "pywebrtc-audio",
}


@dataclass
class Check:
    """One doctor line. ``required=False`` checks only warn (e.g. no speaker on a server)."""

    name: str
    ok: bool
    detail: str
    fix: str = ""
    required: bool = True

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return asdict(self)


def _python() -> list[Check]:
    ver = platform.python_version()
    ok = sys.version_info[:2] >= _MIN_PYTHON
    return [Check("python", ok, f"Python {ver} ({sys.executable})",
                  "" if ok else "install Python 3.10 or newer and re-create the venv")]


def _packages() -> list[Check]:
    missing = [dist for mod, dist in _PACKAGES.items() if importlib.util.find_spec(mod) is None]
    if not missing:
        return [Check("python packages", True, f"{len(_PACKAGES)} runtime packages importable")]
    return [Check("python packages", False, "missing: " + ", ".join(missing),
                  "run `make setup` (or pip install " + " ".join(missing) + ")")]


def _audio() -> list[Check]:
    version = portaudio_version()
    if version is None:
        return [Check("portaudio", False, "PortAudio library not found",
                      "install it: sudo apt install libportaudio2 (macOS: brew install portaudio)",
                      required=False)]
    devices = list_audio_devices()
    inputs = [d for d in devices if d.max_input_channels > 0]
    outputs = [d for d in devices if d.max_output_channels > 0]

    def describe(found: list[Any], default_attr: str) -> str:
        default = next((d.name for d in found if getattr(d, default_attr)), None)
        text = f"{len(found)} device(s)"
        return text + (f", default {default!r}" if default else "")

    no_mic = "no microphone: plug one in, or use files (`companion say IN.wav --out OUT.wav`)"
    no_spk = "no speaker: plug one in, or write replies to a file with --out"
    if not inputs and not outputs:
        return [Check("portaudio", True, version),
                Check("audio", False, "no audio devices: live conversation (`companion run`) "
                      "cannot work on this box",
                      "plug in a USB microphone/speaker (or start PulseAudio); meanwhile "
                      "`companion say`, `chat`, `demo` and `serve --no-audio` work without one",
                      required=False)]
    return [
        Check("portaudio", True, version),
        Check("audio input", bool(inputs), describe(inputs, "is_default_input"),
              "" if inputs else no_mic, required=False),
        Check("audio output", bool(outputs), describe(outputs, "is_default_output"),
              "" if outputs else no_spk, required=False),
    ]


_OPTIONAL_ROLES = {"turn", "turn_words"}  # without them the transcript rule alone ends turns


def _models(overrides: dict[str, str | None], cache: Path | None,
            deep: bool = False) -> list[Check]:
    checks = []
    for role in ROLES:
        override = overrides.get(role)
        problems = verify_model(role, override, cache, deep) if deep else verify_model(
            role, override, cache)
        if problems:
            checks.append(Check(f"model {role}", False, problems[0],
                                f"or set {env_var(role)} (or the config) to a local model",
                                required=role not in _OPTIONAL_ROLES))
        else:
            checks.append(Check(f"model {role}", True, str(resolve_model(role, override, cache))))
    return checks


def _listening(overrides: dict[str, str | None], cache: Path | None,
               echo_mode: str, turn_model: bool, turn_words: bool = True) -> list[Check]:
    """Whether echo cancellation and the end-of-turn models are ACTIVE with this config."""
    return [_echo_check(echo_mode), _turn_check(overrides.get("turn"), cache, turn_model),
            _turn_words_check(overrides.get("turn_words"), cache, turn_words)]


def _echo_check(mode: str) -> Check:
    name = "echo cancellation"
    if mode == "gate":
        return Check(name, True, "off ([audio] echo = \"gate\"): half-duplex, the microphone "
                     "only listens for barge-in while the companion speaks")
    if mode == "off":
        return Check(name, True, "off ([audio] echo = \"off\"): the microphone is trusted as it "
                     "is (a headset, or a device that cancels its own echo)")
    try:
        import importlib.metadata

        import numpy as np
        import pywebrtc_audio

        processor = pywebrtc_audio.AudioProcessor(16000, echo_cancellation=True,
                                                  noise_suppression=True)
        processor.process(np.zeros(160, np.int16), np.zeros(160, np.int16))
        version = importlib.metadata.version("pywebrtc-audio")
    except Exception as exc:  # noqa: BLE001 - missing, or a wheel that does not run here
        instead = ("`companion run` refuses to start ([audio] echo = \"aec\")"
                   if mode == "aec" else "the echo gate (half-duplex) is used instead")
        return Check(name, False, f"unavailable ({type(exc).__name__}: {exc}); {instead}",
                     "pip install pywebrtc-audio==0.2.0 (wheels for Linux x86_64/aarch64, "
                     "macOS, Windows)", required=False)
    return Check(name, True, f"active: WebRTC AEC3 + noise suppression (pywebrtc-audio "
                 f"{version}), full-duplex: barge-in works while the companion speaks")


def _optional_model(name: str, role: str, override: str | None, cache: Path | None,
                    enabled: bool, key: str, fallback: str, what: str) -> Path | Check:
    """The path of an optional model the config uses, or the Check saying what runs instead."""
    if not enabled:
        return Check(name, True, f"{fallback} ([audio] {key} = false)")
    try:
        return resolve_model(role, override, cache)
    except Exception as exc:  # noqa: BLE001 - reported as a finding
        return Check(name, False, f"{fallback}: {what} is missing "
                     f"({str(exc).splitlines()[0][:120]})", "companion models fetch",
                     required=False)


def _turn_check(override: str | None, cache: Path | None, enabled: bool = True) -> Check:
    name = "end of turn"
    path = _optional_model(name, "turn", override, cache, enabled, "turn_model",
                           "transcript rule only", "the Smart Turn model")
    if isinstance(path, Check):
        return path
    if importlib.util.find_spec("onnxruntime") is None:
        return Check(name, False, "transcript rule only: onnxruntime is not installed",
                     "pip install onnxruntime (piper-tts brings it)", required=False)
    return Check(name, True, f"active: Smart Turn v3.2 ({path.name}) with the transcript rule")


def _turn_words_check(override: str | None, cache: Path | None, enabled: bool) -> Check:
    name = "end of turn (words)"
    path = _optional_model(name, "turn_words", override, cache, enabled, "turn_words",
                           "punctuation rule only", "the words' model")
    if isinstance(path, Check):
        return path
    return Check(name, True, f"active: {path.name} reads whether the words are finished")


def _mosquitto() -> list[Check]:
    # Debian installs the broker in /usr/sbin, which is not on a normal user's PATH.
    found = shutil.which("mosquitto") or next(
        (p for p in ("/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto") if os.access(p, os.X_OK)),
        None,
    )
    return [Check("mosquitto", found is not None, found or "mosquitto broker not found",
                  "" if found else "only needed for `companion serve` with a local broker: "
                  "sudo apt install mosquitto", required=False)]


def _broker(url: str) -> list[Check]:
    from urllib.parse import urlparse

    parsed = urlparse(url if "://" in url else f"mqtt://{url}")
    host, port = parsed.hostname or "localhost", parsed.port or 1883
    try:
        with socket.create_connection((host, port), timeout=2.0):
            pass
    except OSError as exc:
        return [Check("broker", False, f"cannot connect to {host}:{port} ({exc})",
                      "start the broker (e.g. `mosquitto -p PORT`) or fix --mqtt host:port")]
    return [Check("broker", True, f"TCP connect to {host}:{port} ok")]


def _probe(overrides: dict[str, str | None], cache: Path | None) -> list[Check]:
    from hardware.probe import probe_models

    paths = {}
    for role in ("stt", "llm", "tts", "turn"):
        try:
            paths[role] = resolve_model(role, overrides.get(role), cache)
        except Exception:  # noqa: BLE001 - already reported by the model checks
            continue
    checks = []
    for result in probe_models(paths):
        fix = ""
        if not result.ok:
            fix = f"re-fetch it (`companion models fetch`) or point --{result.role} elsewhere"
        elif result.slow:
            fix = "slower than real-time voice needs: close other programs or use a faster box"
        checks.append(Check(f"probe {result.role}", result.ok and not result.slow,
                            result.describe(), fix, required=result.ok is False))
    return checks


def _profile(override: str | None) -> list[Check]:
    from hardware.profiles import format_profile

    facts = detect_facts()
    profile = choose_profile(facts, override)
    how = "chosen with --profile" if override else "fits this box"
    lines = format_profile(profile, facts).splitlines()
    checks = [Check("profile", True, f"{profile.name} {how} ({lines[0]})"),
              *[Check("", True, line.strip()) for line in lines[1:]]]
    return checks + _llm_backend(profile.gpu_layers != 0, profile.moe_experts_on_cpu)


def _llm_backend(wants_gpu: bool, wants_cpu_experts: bool) -> list[Check]:
    from models.moe import cpu_moe_available, gpu_offload_supported

    gpu = gpu_offload_supported()
    cpu_moe = cpu_moe_available()
    detail = (f"llama.cpp GPU offload: {'yes' if gpu else 'no (CPU build)'}; experts-on-CPU: "
              + ("available" if not cpu_moe else f"unavailable ({cpu_moe})"))
    fix = ""
    if wants_gpu and not gpu:
        fix = ('this profile wants GPU layers: rebuild llama-cpp-python with '
               'CMAKE_ARGS="-DGGML_CUDA=on" (see hardware/README.md)')
    elif wants_cpu_experts and cpu_moe:
        fix = "this profile keeps MoE experts on the CPU, which these bindings cannot do"
    return [Check("llm backend", not fix, detail, fix, required=False)]


def _ram_bytes() -> tuple[int | None, int | None]:
    """(total, available) bytes; None where unknown."""
    try:
        info = {}
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                key, _, rest = line.partition(":")
                info[key] = int(rest.split()[0]) * 1024
        return info.get("MemTotal"), info.get("MemAvailable")
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"), None
    except (OSError, ValueError, AttributeError):
        return None, None


def _system(cache: Path | None) -> list[Check]:
    cpus = os.cpu_count() or 0
    checks = [Check("cpu", cpus >= 2, f"{cpus} core(s), {platform.machine()}",
                    "" if cpus >= 2 else "one core is too slow for real-time voice",
                    required=False)]
    total, avail = _ram_bytes()
    if total is None:
        checks.append(Check("ram", True, "unknown", required=False))
    else:
        usable = avail if avail is not None else total
        text = f"{total / 2**30:.1f} GiB total" + (
            f", {avail / 2**30:.1f} GiB available" if avail is not None else "")
        checks.append(Check("ram", usable >= _MIN_RAM, text,
                            "" if usable >= _MIN_RAM else "free memory: models need ~1 GiB",
                            required=False))
    probe = cache if cache is not None else cache_dir()
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    checks.append(Check("disk", free >= _MIN_FREE_DISK, f"{free / 2**30:.1f} GiB free at {probe}",
                        "" if free >= _MIN_FREE_DISK else "free space or set COMPANION_CACHE",
                        required=False))
    return checks


def run_doctor(
    overrides: dict[str, str | None] | None = None,
    cache: Path | None = None,
    *,
    deep: bool = False,
    probe: bool = False,
    broker_url: str | None = None,
    profile: str | None = None,
    echo_mode: str = "auto",
    turn_model: bool = True,
    turn_words: bool = True,
) -> list[Check]:
    """Run every check; a crashing check becomes a failed Check rather than an exception.

    ``echo_mode`` (auto | aec | gate | off), ``turn_model`` and ``turn_words`` are the configured
    listening, so that the listening lines say what is active, not only what is available.
    """
    overrides = overrides or {}
    groups: list[tuple[str, Callable[[], list[Check]]]] = [
        ("python", _python),
        ("python packages", _packages),
        ("audio", _audio),
        ("models", lambda: _models(overrides, cache, deep)),
        ("listening", lambda: _listening(overrides, cache, echo_mode, turn_model, turn_words)),
        ("mosquitto", _mosquitto),
        ("system", lambda: _system(cache)),
    ]
    if broker_url:
        groups.append(("broker", lambda: _broker(broker_url)))
    if probe:
        groups.append(("probe", lambda: _probe(overrides, cache)))
    groups.append(("profile", lambda: _profile(profile)))
    checks: list[Check] = []
    for name, func in groups:
        try:
            checks.extend(func())
        except Exception as exc:  # noqa: BLE001 - doctor must always finish its report
            checks.append(Check(name, False, f"check crashed: {type(exc).__name__}: {exc}",
                                "please report this"))
    return checks


def doctor_ok(checks: list[Check]) -> bool:
    """True when every required check passed (the CLI's exit status)."""
    return all(c.ok or not c.required for c in checks)


def format_report(checks: list[Check]) -> str:
    """Plain-text report: one line per check, fixes indented beneath failures."""
    width = max((len(c.name) for c in checks), default=0)
    lines = []
    for c in checks:
        if not c.name:  # continuation line (e.g. the profile's details)
            lines.append(f"       {' ' * width}  {c.detail}")
            continue
        mark = "ok  " if c.ok else ("FAIL" if c.required else "warn")
        lines.append(f"[{mark}] {c.name.ljust(width)}  {c.detail}")
        if not c.ok and c.fix:
            lines.append(f"       {' ' * width}  -> {c.fix}")
    lines.append(verdict(checks))
    return "\n".join(lines)


def verdict(checks: list[Check]) -> str:
    """The last line: can this box hold a conversation, and the first thing to fix."""
    failed = [c for c in checks if not c.ok and c.required]
    warned = [c for c in checks if not c.ok and not c.required and c.name]
    no_audio = any(c.name in ("audio", "audio input", "audio output", "portaudio")
                   for c in warned)
    if failed:
        head = "verdict: NOT READY - some required checks failed; fix first: "
        return head + (failed[0].fix or failed[0].detail)
    if no_audio:
        return ("verdict: all required checks passed; NO LIVE AUDIO on this box - use "
                "`companion say`, `chat`, `demo` or `serve --no-audio`, or plug in audio")
    if warned:
        return (f"verdict: all required checks passed; ready, with {len(warned)} warning(s): "
                + ", ".join(c.name for c in warned))
    return "verdict: all required checks passed; ready for live conversation"
