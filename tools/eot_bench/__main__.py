"""`python -m tools.eot_bench [--json] [--save FILE | --load FILE] [--limit N]`.

Synthesises the corpus (tools.eot_bench.corpus), measures every pause with the real whisper
tiny.en and Smart Turn v3.2 (--save keeps the measurements; --load re-scores them without the
models), and prints premature endpoints and waits per strategy. Timings are this machine's.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from models import resolve_model
from pipeline.endpointing import EndpointPolicy
from pipeline.turn_end import TurnEndPolicy
from tools.eot_bench.bench import as_dicts, from_dicts, measure, score, strategies, table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="end-of-turn benchmark")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--save", type=Path, help="write the measurements here")
    parser.add_argument("--load", type=Path, help="re-score saved measurements")
    parser.add_argument("--limit", type=int, help="only the first N lines of the script")
    parser.add_argument("--voices", choices=("espeak", "piper", "both"), default="both")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per utterance")
    args = parser.parse_args(argv)
    if args.load:
        measured = from_dicts(json.loads(args.load.read_text()))
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
        measured = measure(corpus, stt, turn, say)
        if args.save:
            args.save.write_text(json.dumps(as_dicts(measured)))
    words = EndpointPolicy()
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


if __name__ == "__main__":
    sys.exit(main())
