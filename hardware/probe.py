"""A short measured probe of this box: load the real STT, LLM and TTS models and time one tiny
job each (about 2-4 s on 2 cores). `companion doctor` uses it to say whether the models load and
whether the CPU is fast enough for the chosen profile.

Why the third-party libraries directly (faster_whisper, llama_cpp, piper) and not voice/pipeline:
``hardware`` may import only ``models`` (ARCHITECTURE.md). They are imported inside the probe
functions, so ``hardware`` stays importable on a box without them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = ["ProbeResult", "probe_llm", "probe_models", "probe_stt", "probe_tts", "probe_turn"]

# On cpu-2core (README, Measured): STT ~220 ms, LLM ~150-180 tok/s, TTS 51 ms for 9 words,
# Smart Turn ~60 ms. "slow" = more than ~3x worse: real-time voice will lag.
SLOW = {"stt_ms": 700.0, "llm_tok_s": 40.0, "tts_ms": 400.0, "turn_ms": 250.0}


@dataclass
class ProbeResult:
    """One model's probe: loaded or not, how long loading and the job took."""

    role: str
    ok: bool
    load_ms: float = 0.0
    figure: float = 0.0  # stt/tts: ms for the job; llm: tokens per second
    unit: str = ""
    error: str = ""

    @property
    def slow(self) -> bool:
        key = {"stt": "stt_ms", "llm": "llm_tok_s", "tts": "tts_ms", "turn": "turn_ms"}[self.role]
        limit = SLOW[key]
        return self.ok and (self.figure < limit if self.role == "llm" else self.figure > limit)

    def describe(self) -> str:
        if not self.ok:
            return f"cannot load: {self.error}"
        return f"loads in {self.load_ms:.0f} ms; {self.figure:.0f} {self.unit}"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:200]


def _timed(role: str, unit: str, load: Callable[[], object],
           job: Callable[[object], float]) -> ProbeResult:
    start = time.perf_counter()
    try:
        model = load()
    except Exception as exc:  # noqa: BLE001 - any load failure is a finding, not a crash
        return ProbeResult(role, False, error=_first_line(exc))
    loaded = time.perf_counter()
    try:
        figure = job(model)
    except Exception as exc:  # noqa: BLE001
        return ProbeResult(role, False, error=f"loads but fails to run: {_first_line(exc)}")
    return ProbeResult(role, True, (loaded - start) * 1000, figure, unit)


def probe_stt(path: Path, threads: int = 2) -> ProbeResult:
    """Whisper: one decode of 1 s of faint noise (it pads to 30 s, so this is a full pass)."""

    def load() -> object:
        from faster_whisper import WhisperModel

        return WhisperModel(str(path), device="cpu", compute_type="int8", cpu_threads=threads,
                            local_files_only=True)

    def job(model: object) -> float:
        audio = (np.random.default_rng(0).standard_normal(16000) * 0.001).astype(np.float32)
        start = time.perf_counter()
        segments, _ = model.transcribe(audio, beam_size=1, language="en",  # type: ignore[attr-defined]
                                       without_timestamps=True, vad_filter=False)
        list(segments)
        return (time.perf_counter() - start) * 1000

    return _timed("stt", "ms per pass", load, job)


def probe_llm(path: Path, threads: int = 2, tokens: int = 24) -> ProbeResult:
    """llama.cpp: ``tokens`` greedy tokens after a short prompt."""

    def load() -> object:
        from llama_cpp import Llama

        return Llama(str(path), n_ctx=256, n_threads=threads, verbose=False)

    def job(model: object) -> float:
        prompt = model.tokenize(b"The weather today is")  # type: ignore[attr-defined]
        model.eval(prompt)  # type: ignore[attr-defined]  # prompt time is not decode speed
        start = time.perf_counter()
        count = 0
        for _token in model.generate(prompt, temp=0.0, top_k=1):  # type: ignore[attr-defined]
            count += 1
            if count == tokens:
                break
        return count / (time.perf_counter() - start)

    return _timed("llm", "tokens/s", load, job)


def probe_tts(path: Path) -> ProbeResult:
    """Piper: one 9-word sentence."""

    def load() -> object:
        from piper import PiperVoice

        return PiperVoice.load(path, config_path=Path(f"{path}.json"))

    def job(voice: object) -> float:
        start = time.perf_counter()
        for _chunk in voice.synthesize("The quick brown fox jumps over the lazy dog."):  # type: ignore[attr-defined]
            pass
        return (time.perf_counter() - start) * 1000

    return _timed("tts", "ms for 9 words", load, job)


def probe_turn(path: Path) -> ProbeResult:
    """Smart Turn: one call on 8 s of features, with the one thread the pipeline gives it."""

    def load() -> object:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        return ort.InferenceSession(str(path), sess_options=options,
                                    providers=["CPUExecutionProvider"])

    def job(session: object) -> float:
        features = np.zeros((1, 80, 800), dtype=np.float32)
        name = session.get_inputs()[0].name  # type: ignore[attr-defined]
        session.run(None, {name: features})  # type: ignore[attr-defined]  # first run warms up
        start = time.perf_counter()
        session.run(None, {name: features})  # type: ignore[attr-defined]
        return (time.perf_counter() - start) * 1000

    return _timed("turn", "ms per end-of-turn call", load, job)


def probe_models(paths: dict[str, Path], threads: int = 2) -> list[ProbeResult]:
    """Probe each role present in ``paths`` (stt, llm, tts, turn), one after the other."""
    probes = {"stt": lambda p: probe_stt(p, threads), "llm": lambda p: probe_llm(p, threads),
              "tts": probe_tts, "turn": probe_turn}
    return [probes[role](path) for role, path in paths.items() if role in probes]
