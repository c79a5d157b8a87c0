"""tools.bench.llm_speed (the bench's LLM rows), run for real on the tiny model: what it reports and
that prefilling leaves fewer tokens for the endpoint. Timing values are never asserted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.resolve import resolve_model
from tools.bench.llm_speed import (
    SHORT,
    measure_options,
    measure_overlap,
    measure_prefill,
    stack_rss_in_subprocess,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tiny():
    return resolve_model("llm", "tiny")


def test_prefill_rows_leave_fewer_tokens_for_the_endpoint(tiny):
    row = measure_prefill(tiny, rounds=1, prompts={"short": SHORT})["short"]
    left = row["tokens_left"]
    assert left["cold"] == row["prompt_tokens"] > left["history_prefilled"]
    assert left["history_prefilled"] > left["words_prefilled"] > 0
    assert row["cold_ms"] > 0 and row["words_prefilled_ms"] > 0 and row["history_prefill_ms"] > 0


def test_option_variants_each_get_a_row(tiny):
    rows = measure_options(tiny, {"base": {}, "1 thread": {"n_threads": 1}}, rounds=1,
                           max_tokens=8)
    assert set(rows) == {"base", "1 thread"}
    assert all(r["cold_first_token_ms"] > 0 and r["decode_tok_s"] > 0 for r in rows.values())


@pytest.mark.e2e
def test_stack_rss_of_a_fresh_process(tiny):
    result = stack_rss_in_subprocess("tiny")
    stages = result["rss_mb"]
    assert list(stages) == ["python", "stt+tts loaded", "llm loaded", "after a turn"]
    assert stages["python"] < stages["stt+tts loaded"] < stages["llm loaded"]
    assert result["peak_rss_mb"] >= stages["after a turn"]


@pytest.mark.parametrize(("given", "expected"), [(None, "PASSIVE"), ("ACTIVE", "ACTIVE")])
def test_the_pipeline_makes_idle_openmp_threads_sleep_unless_told(given, expected):
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    if given:
        env["OMP_WAIT_POLICY"] = given
    code = "import os, pipeline; print(os.environ['OMP_WAIT_POLICY'])"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == expected


def test_llama_cpps_openmp_runtime_is_loaded_spinning_before_whispers_loads_passive():
    """The system libgomp (llama.cpp's) is loaded at ``import pipeline`` with a bounded spin
    count; the environment is left passive for CTranslate2's own copy, which loads later."""
    env = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")}
    code = ("import os, pipeline; maps = open('/proc/self/maps').read(); "
            "print('libgomp.so.1' in maps, os.environ.get('GOMP_SPINCOUNT'), "
            "os.environ['OMP_WAIT_POLICY'])")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True).stdout
    assert out.split() == ["True", "None", "PASSIVE"]


@pytest.mark.e2e
def test_overlap_measures_the_llm_alone_and_beside_whisper(tiny):
    row = measure_overlap(tiny, rounds=1)
    assert row["omp_wait_policy"] == os.environ.get("OMP_WAIT_POLICY", "(default)")
    for case in ("llm_alone", "llm_while_stt"):
        assert row[case]["first_token_ms"] > 0 and row[case]["tokens_per_s"] > 0
    assert row["stt_ms_alone"] > 0 and row["stt_ms_while_llm"] > 0
