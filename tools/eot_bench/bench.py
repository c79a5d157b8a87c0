"""Measure every pause of every utterance once, then replay the four endpointing strategies.

Each utterance streams through the real VAD (webrtcvad, 30 ms frames). At each pause, once
90 ms of silence are heard (when the listening stage launches its covering transcription),
the real whisper tiny.en transcribes everything so far and Smart Turn v3.2 scores it; their
run times are measured. The last streaming partial (every 400 ms while speaking) is
transcribed too, for the fusion's early exit. A strategy then says when the turn would end:

  vad     a fixed hangover (600 ms)
  words   today's rule: the hangover the covering transcript calls for (EndpointPolicy)
  smart   Smart Turn alone: 200 ms if p >= 0.5, else 1200 ms (pipecat's use: one call per pause)
  fusion  pipeline.turn_end.TurnEndPolicy on the words' rule and the voice (no language model)
  untimed the same with the words' language model (pipeline.llm.turn_words)
  +lm     ...and where whisper placed the covering text's last word: what ships

An end is never earlier than the information it needs (90 ms + the model's run time).
Premature: the turn ended inside a pause, before the user finished. Wait: from the last voiced
sample of a finished turn to its end.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import numpy as np

from pipeline.endpointing import EndpointPolicy
from pipeline.turn_end import TurnEndPolicy
from tools.eot_bench.corpus import Utterance
from voice.audio import FRAME_SAMPLES, SAMPLE_RATE
from voice.vad import VadSegmenter

ONSET_MS = 90  # the listening stage's SILENCE_ONSET_MS
PARTIAL_S = 0.4  # its partial_interval_ms


@dataclass
class Pause:
    """One silence after voice: what the models said at its onset, and how long it lasted."""

    voiced_end_s: float
    length_ms: float | None  # None: the user had finished (the turn's real end)
    text: str  # the covering transcription
    partial: str  # the last streaming partial before the voice stopped
    stt_ms: float
    p: float  # Smart Turn's end-of-turn probability
    turn_ms: float
    c: float | None = None  # the words' end-of-turn probability (pipeline.llm.turn_words)...
    c_partial: float | None = None  # ...of the last partial (scored while the user spoke)
    words_ms: float = 0.0  # its run time on the covering text
    # From the start of the covering text's last word to the last voiced sample (whisper's
    # alignment): a word invented past the end of a cut sentence starts about where the voice
    # stopped. None: not measured, or no word.
    last_word_ms: float | None = None


@dataclass
class Measured:
    id: str
    kind: str
    voice: str
    question: bool
    pauses: list[Pause] = field(default_factory=list)


def find_pauses(audio: np.ndarray) -> list[tuple[float, int, float | None, float]]:
    """(voiced_end_s, onset sample, length_ms or None, speech_start_s) per pause of 90+ ms."""
    vad = VadSegmenter(hangover_ms=60_000)
    pauses: list[tuple[float, int, float | None, float]] = []
    start = 0.0
    pending: tuple[float, int] | None = None
    for i in range(0, audio.size - FRAME_SAMPLES + 1, FRAME_SAMPLES):
        for event in vad.feed(audio[i:i + FRAME_SAMPLES]):
            start = getattr(event, "t_audio", start)
        if not vad.in_speech:
            continue
        silent = vad.silent_ms
        if pending is None and silent >= ONSET_MS:
            pending = (vad.voiced_until, i + FRAME_SAMPLES)
        elif pending is not None and silent == 0:
            pauses.append((pending[0], pending[1], (vad.voiced_until - pending[0]) * 1000
                           - vad.frame_ms, start))
            pending = None
    if pending is not None:
        pauses.append((pending[0], pending[1], None, start))
    return pauses


def last_partial(start_s: float, voiced_end_s: float) -> int:
    """End sample of the last streaming partial before the voice stopped: partials start when
    speech is detected (~200 ms after it starts) and then every PARTIAL_S."""
    detected = start_s + 0.2
    if voiced_end_s <= detected:
        return 0
    return int((detected + (voiced_end_s - detected) // PARTIAL_S * PARTIAL_S) * SAMPLE_RATE)


def measure(utterances: list[Utterance], stt: object, turn: object, words: object,
            progress: Callable[[str], None] = lambda _: None) -> list[Measured]:
    out = []
    for u in utterances:
        m = Measured(u.id, u.kind, u.voice, u.question)
        for voiced_end, onset, length, start in find_pauses(u.audio):
            first = max(0, int((start - 0.3) * SAMPLE_RATE))  # the VAD's preroll
            heard = u.audio[first:onset]
            partial = stt.transcribe(u.audio[first:last_partial(start, voiced_end)])  # type: ignore[attr-defined]
            t = time.perf_counter()
            text, last_word = stt.transcribe_timed(heard)  # type: ignore[attr-defined]
            stt_ms = (time.perf_counter() - t) * 1000
            p = turn.probability(heard)  # type: ignore[attr-defined]
            lead = None if last_word is None else \
                round((voiced_end - first / SAMPLE_RATE - last_word) * 1000, 0)
            m.pauses.append(Pause(round(voiced_end, 3), length, text, partial, round(stt_ms, 1),
                                  round(p, 4), round(turn.last_ms, 1),  # type: ignore[attr-defined]
                                  last_word_ms=lead))
        score_words(m.pauses, words)
        progress(f"{u.id} {[(round(q.p, 2), q.text) for q in m.pauses]}")
        out.append(m)
    return out


def score_words(pauses: list[Pause], words: object) -> None:
    """Fill in the language model's scores (also for measurements saved before it existed)."""
    for q in pauses:
        if q.c is None:
            q.c_partial = round(words.probability(q.partial), 4)  # type: ignore[attr-defined]
            q.c = round(words.probability(q.text), 4)  # type: ignore[attr-defined]
            q.words_ms = round(words.last_ms, 1)  # type: ignore[attr-defined]


# --- strategies: when (ms after the last voiced sample) does this pause end the turn? -----------

Strategy = Callable[[Pause], float]


def strategies(words: EndpointPolicy, fusion: TurnEndPolicy) -> dict[str, Strategy]:
    def vad(q: Pause) -> float:
        return float(words.default_ms)

    def by_words(q: Pause) -> float:
        return max(words.hangover_ms(q.text), ONSET_MS + q.stt_ms)

    def smart(q: Pause) -> float:
        return max(fusion.fast_ms if q.p >= 0.5 else words.dangling_ms, ONSET_MS + q.turn_ms)

    def fused(q: Pause) -> float:
        if fusion.early_ms(q.partial, q.p) is not None:
            return max(fusion.fast_ms, ONSET_MS + q.turn_ms)
        return max(fusion.hangover_ms(q.text, q.p), ONSET_MS + max(q.stt_ms, q.turn_ms))

    def fused_lm(q: Pause, timed: bool = True) -> float:
        early = fusion.early_ms(q.partial, None, q.c_partial)  # scored while the user spoke
        if early is not None:
            return max(early, ONSET_MS + q.words_ms)
        return max(fusion.hangover_ms(q.text, q.p, q.c, q.last_word_ms if timed else None),
                   ONSET_MS + max(q.stt_ms + q.words_ms, q.turn_ms))

    def untimed(q: Pause) -> float:
        return fused_lm(q, timed=False)

    return {"vad": vad, "words": by_words, "smart": smart, "fusion": fused, "untimed": untimed,
            "+lm": fused_lm}


@dataclass
class Row:
    strategy: str
    utterances: int
    premature: int
    premature_pct: float
    premature_by_kind: dict[str, int]
    wait_ms_mean: float  # after every finished turn
    wait_ms_questions: float  # after finished questions
    wait_ms_p90: float
    silence_ms_questions: float  # the silence asked for after finished questions (models free)


def score(measured: list[Measured], name: str, decide: Strategy) -> Row:
    premature = dict.fromkeys(("complete", "pause", "filler"), 0)
    waits, question_waits, question_silences = [], [], []
    for m in measured:
        for q in m.pauses:
            end = decide(q)
            if q.length_ms is None:
                waits.append(end)
                if m.question:
                    question_waits.append(end)
                    question_silences.append(decide(Pause(**{**asdict(q), "stt_ms": -ONSET_MS,
                                                             "turn_ms": -ONSET_MS})))
            elif q.length_ms > end:
                premature[m.kind] += 1
                break  # the turn was cut here
    total = sum(premature.values())
    return Row(name, len(measured), total, round(100 * total / max(len(measured), 1), 1),
               premature, _mean(waits), _mean(question_waits),
               round(float(np.percentile(waits, 90)), 0) if waits else 0.0,
               _mean(question_silences))


def _mean(values: list[float]) -> float:
    return round(float(np.mean(values)), 0) if values else 0.0


def table(rows: list[Row]) -> str:
    head = (f"{'strategy':8} {'premature':>13} {'pause/filler/complete':>22} "
            f"{'wait mean':>10} {'p90':>6} {'questions':>10} {'(silence)':>10}")
    lines = [head]
    for r in rows:
        kinds = f"{r.premature_by_kind['pause']}/{r.premature_by_kind['filler']}/" \
                f"{r.premature_by_kind['complete']}"
        lines.append(f"{r.strategy:8} {r.premature:4d} ({r.premature_pct:4.1f}%) {kinds:>22} "
                     f"{r.wait_ms_mean:8.0f}ms {r.wait_ms_p90:6.0f} {r.wait_ms_questions:8.0f}ms "
                     f"{r.silence_ms_questions:8.0f}ms")
    return "\n".join(lines)


def as_dicts(measured: list[Measured]) -> list[dict[str, object]]:
    return [asdict(m) for m in measured]


def from_dicts(data: list[dict[str, object]]) -> list[Measured]:
    out = []
    for d in data:
        pauses = [Pause(**q) for q in d.pop("pauses")]  # type: ignore[arg-type, attr-defined]
        out.append(Measured(**d, pauses=pauses))  # type: ignore[arg-type]
    return out
