"""hardware.profiles: profile choice from faked hardware facts, detection never raises."""

from __future__ import annotations

import json

import pytest

from hardware import profiles as prof_mod
from hardware.profiles import (
    PROFILES,
    HardwareFacts,
    UnknownProfileError,
    choose_profile,
    detect_facts,
    format_profile,
)
from models.errors import CompanionError
from models.pull import RECOMMENDED
from models.registry import CATALOG

PI5 = HardwareFacts(cores=4, ram_gb=7.8, machine="aarch64",
                    board="Raspberry Pi 5 Model B Rev 1.0")
ORIN = HardwareFacts(cores=6, ram_gb=7.4, machine="aarch64", cuda_devices=1,
                     board="NVIDIA Jetson Orin Nano Developer Kit")


@pytest.mark.parametrize(("facts", "expected"), [
    (HardwareFacts(cores=2, ram_gb=3.8, machine="x86_64"), "cpu-2core"),
    (HardwareFacts(cores=16, ram_gb=64, machine="x86_64"), "cpu-2core"),  # no GPU: stay small
    (PI5, "rpi5-8gb"),
    (HardwareFacts(cores=4, ram_gb=3.8, board="Raspberry Pi 5 Model B Rev 1.0"), "cpu-2core"),
    (HardwareFacts(cores=4, ram_gb=3.8, board="Raspberry Pi 4 Model B Rev 1.4"), "cpu-2core"),
    (ORIN, "jetson-orin-nano-8gb"),
    (HardwareFacts(cores=8, ram_gb=32, cuda_devices=1, vram_gb=12), "gpu-12gb"),
    # 12 GB of VRAM but too little RAM for the MoE experts kept on the CPU (~17 GB)
    (HardwareFacts(cores=8, ram_gb=16, cuda_devices=1, vram_gb=12), "cpu-2core"),
    (HardwareFacts(cores=16, ram_gb=64, cuda_devices=1, vram_gb=24), "gpu-24gb"),
    (HardwareFacts(cores=16, ram_gb=64, cuda_devices=2, vram_gb=80), "gpu-24gb"),
    (HardwareFacts(cores=8, ram_gb=32, cuda_devices=1, vram_gb=8), "cpu-2core"),
])  # fmt: skip
def test_choose_from_facts(facts, expected):
    assert choose_profile(facts).name == expected


def test_override_wins_and_unknown_is_clear():
    tiny = HardwareFacts(cores=2, ram_gb=2)
    assert choose_profile(tiny, "gpu-24gb").name == "gpu-24gb"
    with pytest.raises(UnknownProfileError, match="choose one of cpu-2core") as err:
        choose_profile(tiny, "gpu-9000")
    assert isinstance(err.value, CompanionError)


def test_profiles_name_everything():
    assert set(PROFILES) == {"cpu-2core", "rpi5-8gb", "jetson-orin-nano-8gb", "gpu-12gb",
                             "gpu-24gb"}
    for p in PROFILES.values():
        assert p.stt_compute_type in ("int8", "float16", "int8_float16")
        assert p.llm in CATALOG or p.llm in RECOMMENDED, p.llm
        assert p.threads >= 2 and p.expected
        json.dumps(p.to_dict())
    assert PROFILES["gpu-24gb"].llm_is_moe and "qwen3-30b-a3b" in PROFILES["gpu-24gb"].llm
    assert PROFILES["gpu-12gb"].moe_experts_on_cpu


def test_detect_never_raises():
    facts = detect_facts()
    assert facts.cores >= 1 and facts.ram_gb > 0 and facts.cuda_devices >= 0
    json.dumps(facts.to_dict())
    assert "this box" in format_profile(choose_profile(facts), facts)


def test_board_parsing(tmp_path):
    model = tmp_path / "model"
    model.write_bytes(b"NVIDIA Jetson Orin Nano Developer Kit\x00")
    assert prof_mod._board(model) == "NVIDIA Jetson Orin Nano Developer Kit"
    assert prof_mod._board(tmp_path / "absent") == ""
