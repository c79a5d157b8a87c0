"""Hardware profiles: what to run on this box, from a 2-core CPU to a 24 GB GPU.

A profile names the speech recognizer, the LLM (a mixture-of-experts model where it fits),
threads and GPU layers, plus the figures to expect. `detect_facts` reads the machine (cores, RAM,
CUDA through ctranslate2, Jetson and Raspberry Pi from the device tree); `choose_profile` picks
the biggest profile the facts allow, or the one named with ``--profile``.

Expected figures for cpu-2core were measured (README, Measured); the others are planning
estimates from public llama.cpp / faster-whisper figures: re-measure with `companion bench`.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from models.errors import CompanionError

__all__ = [
    "DEFAULT_PROFILE",
    "PROFILES",
    "HardwareFacts",
    "Profile",
    "UnknownProfileError",
    "choose_profile",
    "detect_facts",
    "format_profile",
]

_DEVICE_TREE_MODEL = Path("/proc/device-tree/model")


class UnknownProfileError(CompanionError):
    """``--profile`` names no known profile."""


@dataclass(frozen=True)
class Profile:
    """Everything a box class runs with. ``llm`` is a recommended-model name (models.pull)."""

    name: str
    description: str
    stt_model: str  # Whisper size, faster-whisper / CTranslate2 format
    stt_compute_type: str  # int8 on CPUs, float16 on GPUs
    stt_device: str  # "cpu" | "cuda"
    llm: str
    llm_is_moe: bool
    threads: int
    gpu_layers: int  # llama.cpp n_gpu_layers: 0 = CPU only, -1 = all
    moe_experts_on_cpu: bool
    min_ram_gb: float
    min_vram_gb: float
    expected: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return asdict(self)


PROFILES: dict[str, Profile] = {p.name: p for p in (
    Profile(
        "cpu-2core", "any 2+ core x86_64/arm64 box, no GPU (the default)",
        "tiny.en", "int8", "cpu", "qwen2.5-coder-1.5b-instruct-q4_k_m", False, 2, 0, False, 1.6,
        0.0,
        {"stt_ms": "~70-200 per pass (10 s window)", "llm_first_token_ms": "~220 (prefilled)",
         "llm_tok_s": "~19", "tts_rtf": "0.02", "voice_to_voice_ms": "p50 ~1170, p95 ~1750"},
    ),
    Profile(
        "rpi5-8gb", "Raspberry Pi 5, 8 GB (4x Cortex-A76, no usable GPU for llama.cpp)",
        "tiny.en", "int8", "cpu", "qwen2.5-0.5b-instruct-q4_k_m", False, 4, 0, False, 6.0, 0.0,
        {"stt_ms": "~300-450 per pass", "llm_first_token_ms": "~300", "llm_tok_s": "~15-20",
         "tts_rtf": "~0.1", "voice_to_voice_ms": "~1200-1800"},
    ),
    Profile(
        "jetson-orin-nano-8gb", "NVIDIA Jetson Orin Nano 8 GB (unified memory, CUDA)",
        "base.en", "float16", "cuda", "olmoe-1b-7b-instruct-q4_k_m", True, 6, -1, False, 7.0, 0.0,
        {"stt_ms": "~120", "llm_first_token_ms": "~150", "llm_tok_s": "~20-30",
         "tts_rtf": "~0.05", "voice_to_voice_ms": "~600-900"},
    ),
    Profile(
        "gpu-12gb", "desktop GPU with 12+ GB (RTX 3060 12 GB, 4070), CUDA",
        "small.en", "float16", "cuda", "qwen3-30b-a3b-instruct-q4_k_m", True, 8, -1, True,
        24.0, 11.0,
        {"stt_ms": "~60", "llm_first_token_ms": "~200", "llm_tok_s": "~20-35 (experts on CPU)",
         "tts_rtf": "~0.02", "voice_to_voice_ms": "~500-700"},
    ),
    Profile(
        "gpu-24gb", "desktop GPU with 24+ GB (RTX 3090/4090), CUDA",
        "medium.en", "float16", "cuda", "qwen3-30b-a3b-instruct-q4_k_m", True, 8, -1, False,
        16.0, 22.0,
        {"stt_ms": "~80", "llm_first_token_ms": "~60", "llm_tok_s": "~100-150",
         "tts_rtf": "~0.02", "voice_to_voice_ms": "~350-500"},
    ),
)}
DEFAULT_PROFILE = "cpu-2core"
# Most capable first: the first one the facts allow wins.
_ORDER = ("gpu-24gb", "gpu-12gb", "jetson-orin-nano-8gb", "rpi5-8gb", "cpu-2core")


@dataclass(frozen=True)
class HardwareFacts:
    """What `detect_facts` found (tests build these by hand)."""

    cores: int
    ram_gb: float
    machine: str = ""
    cuda_devices: int = 0
    vram_gb: float = 0.0
    board: str = ""  # /proc/device-tree/model, e.g. "Raspberry Pi 5 Model B Rev 1.0"

    @property
    def is_jetson(self) -> bool:
        return "jetson" in self.board.lower() or "orin" in self.board.lower()

    @property
    def is_rpi5(self) -> bool:
        return "raspberry pi 5" in self.board.lower()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {**asdict(self), "is_jetson": self.is_jetson, "is_rpi5": self.is_rpi5}


def _ram_gb() -> float:
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) / 2**20
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (OSError, ValueError, AttributeError):
        return 0.0


def _board(path: Path = _DEVICE_TREE_MODEL) -> str:
    try:
        return path.read_bytes().rstrip(b"\0").decode("utf-8", "replace").strip()
    except OSError:
        return ""


def _cuda() -> tuple[int, float]:
    """(CUDA devices ctranslate2 sees, VRAM GiB of the first, via nvidia-smi; 0 if unknown)."""
    try:
        import ctranslate2

        count = int(ctranslate2.get_cuda_device_count())
    except Exception:  # noqa: BLE001 - no ctranslate2 or a broken CUDA: no GPU for us
        return 0, 0.0
    if count == 0:
        return 0, 0.0
    import shutil
    import subprocess

    smi = shutil.which("nvidia-smi")
    if smi is None:
        return count, 0.0
    try:
        out = subprocess.run([smi, "--query-gpu=memory.total", "--format=csv,noheader,nounits"],
                             capture_output=True, text=True, timeout=5, check=True).stdout
        return count, int(out.split()[0]) / 1024
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return count, 0.0


def detect_facts() -> HardwareFacts:
    """Read this machine. Never raises; unknowns are 0 / ""."""
    import platform

    cuda, vram = _cuda()
    return HardwareFacts(cores=os.cpu_count() or 1, ram_gb=round(_ram_gb(), 1),
                         machine=platform.machine(), cuda_devices=cuda, vram_gb=round(vram, 1),
                         board=_board())


def _fits(profile: Profile, facts: HardwareFacts) -> bool:
    if profile.name == "jetson-orin-nano-8gb":
        return facts.is_jetson and facts.ram_gb >= profile.min_ram_gb
    if profile.name == "rpi5-8gb":
        return facts.is_rpi5 and facts.ram_gb >= profile.min_ram_gb
    if profile.stt_device == "cuda":  # discrete GPUs; a Jetson's shared memory is handled above
        return (not facts.is_jetson and facts.cuda_devices > 0
                and facts.vram_gb >= profile.min_vram_gb and facts.ram_gb >= profile.min_ram_gb)
    return True


def choose_profile(facts: HardwareFacts, override: str | None = None) -> Profile:
    """The named profile (``--profile``), else the most capable one these facts allow."""
    if override:
        try:
            return PROFILES[override]
        except KeyError:
            raise UnknownProfileError(f"unknown profile {override!r}; choose one of "
                                      f"{', '.join(PROFILES)}") from None
    for name in _ORDER:
        if _fits(PROFILES[name], facts):
            return PROFILES[name]
    return PROFILES[DEFAULT_PROFILE]


def format_profile(profile: Profile, facts: HardwareFacts | None = None) -> str:
    """Short plain-text summary for `companion doctor`."""
    lines = [f"profile {profile.name}: {profile.description}",
             f"  stt {profile.stt_model} ({profile.stt_compute_type}, {profile.stt_device}); "
             f"llm {profile.llm}{' (MoE)' if profile.llm_is_moe else ''}; threads "
             f"{profile.threads}; gpu layers {profile.gpu_layers}"
             + ("; experts on CPU" if profile.moe_experts_on_cpu else ""),
             "  expect " + ", ".join(f"{k} {v}" for k, v in profile.expected.items())]
    if facts is not None:
        lines.insert(0, f"this box: {facts.cores} cores, {facts.ram_gb:.1f} GiB RAM, "
                     f"{facts.cuda_devices} CUDA device(s)"
                     + (f" ({facts.vram_gb:.0f} GiB)" if facts.vram_gb else "")
                     + (f", {facts.board}" if facts.board else ""))
    return "\n".join(lines)
