"""Wake phrase accuracy on real speech recognition: miss rate and false-trigger rate.

Sentences with the phrase ("Hey Juniper, ...", also "Hi Juniper") and without it (everyday
requests, and near misses that mention the name later or greet someone else) are synthesized
by the piper voice, at two paces and with and without background noise, and transcribed by the
real recognizer the way the live pipeline does: partials of the growing utterance, then the
whole. A clip triggers when any of those transcripts carries the phrase.

    python -m tools.bench.wake [--quick] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from typing import Any

import numpy as np

from pipeline.wake import WakeSettings, find_phrase
from tools.bench.latency import LINES
from voice.audio import SAMPLE_RATE, resample

REQUESTS = (
    "what is the capital of France?", "tell me a joke.", "how are you today?",
    "what time is it in Tokyo?", "turn off the kitchen lights.", "what should I cook tonight?",
    "play some quiet music.", "how many legs does a spider have?",
    "set a timer for ten minutes.", "what's the weather like tomorrow?",
)
GREETINGS = ("Hey {name}, ", "Hey {name}. ", "Hi {name}, ")
NEAR_MISSES = (
    "I planted a {name} bush in the garden last spring.", "Hey, can you help me with something?",
    "Hey Jennifer, are you coming to dinner tonight?", "Hey there, how are you doing?",
    "He knew the answer already.", "Junior will be home soon.",
    "My favourite tree is the {name}, it smells lovely.", "Hey June, pass me the pepper please.",
)
CONDITIONS = ((1.0, None), (1.25, 20.0))  # (piper length_scale, noise SNR in dB or None)
PARTIAL_AT_S = (0.8, 1.4)  # partial transcripts of the growing utterance, like the listener's


@dataclass
class Clip:
    text: str
    positive: bool


def clips(name: str, quick: bool = False) -> list[Clip]:
    title = name.capitalize()
    positives = [Clip(GREETINGS[i % len(GREETINGS)].format(name=title) + request, True)
                 for i, request in enumerate(REQUESTS)]
    negatives = [Clip(line, False) for line in LINES]
    negatives += [Clip(text.format(name=name), False) for text in NEAR_MISSES]
    if quick:
        return positives[:3] + negatives[:2] + negatives[-3:]
    return positives + negatives


def _noisy(x: np.ndarray, snr_db: float | None, seed: int) -> np.ndarray:
    if snr_db is None:
        return x
    signal = float(np.sqrt(np.mean(x.astype(np.float64) ** 2))) or 1.0
    noise = np.random.default_rng(seed).normal(0.0, signal / 10 ** (snr_db / 20), x.size)
    return np.clip(x + noise, -32768, 32767).astype(np.int16)


def measure(stt: Any, tts: Any, persona_name: str, settings: WakeSettings | None = None,  # noqa: ANN401
            quick: bool = False) -> dict[str, Any]:
    """Blocking (real models): the rates and the transcripts that went wrong."""
    settings = settings or WakeSettings()
    phrase = (settings.phrase or "hey {name}").format(name=persona_name.lower())
    lead = np.zeros(SAMPLE_RATE // 5, dtype=np.int16)
    conditions = CONDITIONS[:1] if quick else CONDITIONS
    pos = neg = missed = false = on_partial = 0
    misses: list[str] = []
    false_triggers: list[str] = []
    for ci, (pace, snr) in enumerate(conditions):
        for ki, clip in enumerate(clips(persona_name.lower(), quick)):
            speech = resample(tts.synthesize(clip.text, length_scale=pace), tts.sample_rate,
                              SAMPLE_RATE)
            audio = _noisy(np.concatenate([lead, speech]), snr, seed=ci * 1000 + ki)
            cuts = [int(s * SAMPLE_RATE) for s in PARTIAL_AT_S if s * SAMPLE_RATE < audio.size]
            texts = [stt.transcribe(audio[:cut]) for cut in cuts] + [stt.transcribe(audio)]
            hits = [find_phrase(t, phrase, settings.threshold, settings.alone_threshold)
                    is not None for t in texts]
            heard = texts[-1]
            if clip.positive:
                pos += 1
                if not any(hits):
                    missed += 1
                    misses.append(heard)
                elif any(hits[:-1]):
                    on_partial += 1
            else:
                neg += 1
                if any(hits):
                    false += 1
                    false_triggers.append(next(t for t, h in zip(texts, hits, strict=True) if h))
    return {
        "phrase": phrase, "positives": pos, "negatives": neg,
        "miss_rate": round(missed / max(pos, 1), 3),
        "false_trigger_rate": round(false / max(neg, 1), 3),
        "matched_on_partial": round(on_partial / max(pos - missed, 1), 3),
        "conditions": [{"pace": p, "snr_db": s} for p, s in conditions],
        "misses": misses, "false_triggers": false_triggers,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bench.wake",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a few clips, one condition")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--persona", default="juniper")
    args = parser.parse_args(argv)
    from models.resolve import resolve_model
    from pipeline.persona import load_persona
    from voice.stt import WhisperSTT
    from voice.tts import PiperTTS

    persona = load_persona(args.persona)
    stt = WhisperSTT(resolve_model("stt"), threads=2)
    tts = PiperTTS(resolve_model("tts", persona.voice))
    report = measure(stt, tts, persona.name, quick=args.quick)
    print(json.dumps(report, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
