"""`python -m tools.eot_bench [--json] [--save FILE | --load FILE] [--limit N] [--tune]`.

Synthesises the corpus (tools.eot_bench.corpus), measures every pause with the real whisper
tiny.en, Smart Turn v3.2 and the words' language model (--save keeps the measurements; --load
re-scores them without whisper and Smart Turn, adding the words' scores where a file lacks
them), and prints premature endpoints and waits per strategy. Timings are this machine's.
--tune chooses the fusion's thresholds on half of the scripts and scores the other half
(tools.eot_bench.tune).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from models import resolve_model
from pipeline.endpointing import EndpointPolicy
from pipeline.llm.turn_words import TextTurnModel
from pipeline.turn_end import TurnEndPolicy
from tools.eot_bench.bench import (
    Measured,
    as_dicts,
    from_dicts,
    measure,
    score,
    score_words,
    strategies,
    table,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="end-of-turn benchmark")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--save", type=Path, help="write the measurements here")
    parser.add_argument("--load", type=Path, help="re-score saved measurements")
    parser.add_argument("--limit", type=int, help="only the first N lines of the script")
    parser.add_argument("--voices", choices=("espeak", "piper", "both"), default="both")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per utterance")
    parser.add_argument("--tune", action="store_true",
                        help="choose the fusion's thresholds on even scripts, score odd ones")
    args = parser.parse_args(argv)
    words_model = TextTurnModel(resolve_model("turn_words"))
    if args.load:
        measured = from_dicts(json.loads(args.load.read_text()))
        for m in measured:
            score_words(m.pauses, words_model)
    else:
        from tools.eot_bench.corpus import build_espeak, build_piper
        from voice.stt import WhisperSTT
        from voice.tts import PiperTTS
        from voice.turn_detector import SmartTurn

        stt = WhisperSTT(resolve_model("stt"), threads=2)
        turn = SmartTurn(resolve_model("turn"))
        say = (lambda line: print(line, file=sys.stderr)) if args.verbose else (lambda _: None)
        corpus = build_espeak(args.limit) if args.voices != "piper" else []
        if args.voices != "espeak":
            corpus += build_piper(PiperTTS(resolve_model("tts")), stt, args.limit)
        measured = measure(corpus, stt, turn, words_model, say)
        if args.save:
            args.save.write_text(json.dumps(as_dicts(measured)))
    words = EndpointPolicy()
    if args.tune:
        return tuned(measured, TurnEndPolicy(words))
    decide = strategies(words, TurnEndPolicy(words))
    families = {"all voices": measured}
    for family in ("espeak", "piper"):
        subset = [m for m in measured if m.id.startswith(family)]
        if subset and len(subset) < len(measured):
            families[family] = subset
    report = {name: [score(subset, s, f) for s, f in decide.items()]
              for name, subset in families.items()}
    if args.json:
        print(json.dumps({name: [r.__dict__ for r in rows] for name, rows in report.items()}))
        return 0
    for name, rows in report.items():
        subset = families[name]
        print(f"\n{name}: {len(subset)} utterances, {sum(len(m.pauses) for m in subset)} pauses")
        print(table(rows))
    return 0


def tuned(measured: list[Measured], shipped: TurnEndPolicy) -> int:
    from tools.eot_bench.tune import fusion_row, halves, tune

    tuning, held_out = halves(measured)
    policy, row = tune(tuning, shipped)
    from tools.eot_bench.tune import GRID

    chosen = {k: getattr(policy, k) for k in GRID}
    print(f"tuned on {len(tuning)} utterances (even scripts): {chosen} "
          f"dangling_ms={policy.words.dangling_ms}")
    print(table([row]))
    rows = [score(held_out, name, f) for name, f in strategies(shipped.words, shipped).items()]
    rows.append(replace(fusion_row(held_out, policy), strategy="tuned"))
    print(f"\nheld out: {len(held_out)} utterances (odd scripts), never seen while tuning")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
