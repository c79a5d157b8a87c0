"""Voice-to-voice of the live path: `companion run` on a virtual sound card, measured outside it.

```
python -m tools.live_bench                       # 20 spoken turns, the default models
python -m tools.live_bench --memories --leak 0.3 # a home holding 200 earlier lines; a leaky room
```

`companion bench` feeds WAVs through the pipeline in one process and models the speaker. This
measures what a user meets: `companion run` (stdin closed, as a service) on a private PulseAudio
(``tools.pulse_rig``), whose default microphone is fed the bench's spoken lines (espeak-ng voices,
never the companion's own) and whose speaker is recorded. Both sinks are read by ``parec`` alike,
so their lag cancels. Per turn, voice-to-voice runs from the user's last voiced sample, found by
locating the played WAV in the microphone's recording, to the first sound of the reply on the
speaker: PortAudio's and PulseAudio's buffers and the AEC included, which `companion bench` can
only estimate. One conversation, as a user holds it: history grows from turn to turn.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from tools.bench.latency import LINES, earlier_talk, last_voiced_sample, percentile
from tools.pulse_rig import (
    QUIET_DBFS,
    Companion,
    PulseServer,
    SpeakerMonitor,
    rig_arguments,
    tools_missing,
)
from tools.synth import VOICES, silence, speak
from voice.audio import SAMPLE_RATE, window_dbfs, write_wav

LEAD_S, TRAIL_S = 0.3, 0.3
WARM_UP = "Hello."  # the first turn pays first-call costs: not counted, as in `companion bench`
REPLY_TIMEOUT_S = 30.0
_MARK = re.compile(r"\b([a-z_]+)=(-?\d+(?:\.\d+)?)\b")
_SILENCE = re.compile(r"turn\.end .*silence_ms=(\d+)")
_SPLIT = ("heard_late_ms", "stt_wait_ms")  # turn.end's two parts of the endpoint's lateness


@dataclass
class LiveTurn:
    said: str
    heard: str = ""  # the companion's transcript
    reply: str = ""
    voice_to_voice_ms: float | None = None  # None: no reply was heard
    utterances: int = 0  # more than one: the companion cut the line (a premature endpoint)
    # From the user's last voiced sample to the companion's endpoint (logged once the covering
    # transcription is in), less the silence it waited for. The companion splits it: how late
    # the audio reached its listener (buffers, a busy loop) and how long the endpoint then
    # waited for whisper's pass.
    endpoint_late_ms: float | None = None
    heard_late_ms: float | None = None
    stt_wait_ms: float | None = None
    marks_ms: dict[str, float] = field(default_factory=dict)  # the companion's own timeline


def locate(recording: np.ndarray, clip: np.ndarray) -> int:
    """Sample offset in ``recording`` where ``clip`` best matches (cross-correlation)."""
    a = recording.astype(np.float32)
    b = clip.astype(np.float32)
    n = 1 << int(np.ceil(np.log2(a.size + b.size)))
    corr = np.fft.irfft(np.fft.rfft(a, n) * np.conj(np.fft.rfft(b, n)), n)
    return int(np.argmax(corr[: max(1, a.size - b.size + 1)]))


def first_sound(samples: np.ndarray, start: int, above_dbfs: float = QUIET_DBFS) -> int | None:
    """Index of the first 10 ms window at or after ``start`` louder than ``above_dbfs``."""
    window = SAMPLE_RATE // 100
    loud = np.nonzero(window_dbfs(samples[start:], window) > above_dbfs)[0]
    return start + int(loud[0]) * window if loud.size else None


class Recording:
    """A monitor's samples with a clock: sample i arrived in block i // BLOCK at its time."""

    def __init__(self, monitor: SpeakerMonitor) -> None:
        self.samples = monitor.audio()
        self.times = np.array(monitor.times[: self.samples.size // monitor.BLOCK])
        self.block = monitor.BLOCK

    def time_of(self, index: int) -> float:
        block, within = divmod(index, self.block)
        return float(self.times[min(block, self.times.size - 1)]) \
            - (self.block - 1 - within) / SAMPLE_RATE

    def index_at(self, t: float) -> int:
        return int(np.searchsorted(self.times, t)) * self.block


def make_turns(folder: Path, lines: list[str]) -> list[tuple[str, Path, np.ndarray]]:
    """(line, WAV, samples) for each line, in the bench's voices, with a short lead-in."""
    turns = []
    for i, line in enumerate([WARM_UP, *lines]):
        x = np.concatenate([silence(LEAD_S), speak(line, VOICES[(i - 1) % len(VOICES)]),
                            silence(TRAIL_S)])
        path = folder / f"turn-{i:02d}.wav"
        write_wav(path, x, SAMPLE_RATE)
        turns.append((line, path, x))
    return turns


def fill_memory(home: Path) -> None:
    """The bench's store: 200 earlier lines of talk over two months (``--memories``)."""
    from memory import MemoryStore
    from memory.embedder import load_embedder

    store = MemoryStore(home / "memory", embedder=load_embedder(), progress=False)
    store.add_many(earlier_talk(), profile="default")
    store.close()


def _one_turn(pulse: PulseServer, mic: SpeakerMonitor, speaker: SpeakerMonitor,
              companion: Companion, line: str, wav: Path, clip: np.ndarray) -> LiveTurn:
    turn = LiveTurn(said=line)
    t0 = pulse.play(wav)
    # Every utterance heard answered (a reply's line is printed when its turn is over: an
    # opener such as "Aw," may be followed by seconds of silence while the model writes the
    # rest; a question cut in two is two utterances), then a quiet room.
    deadline = time.monotonic() + REPLY_TIMEOUT_S + 60
    while not _all_answered(companion, t0) and time.monotonic() < deadline:
        time.sleep(0.2)
    speaker.wait_quiet(1.0, 60)
    heard = Recording(mic)
    start = heard.index_at(t0 - 0.2)
    offset = start + locate(heard.samples[start:start + clip.size + 5 * SAMPLE_RATE], clip)
    voiced_end_t = heard.time_of(offset + last_voiced_sample(clip))
    played = Recording(speaker)
    onset = first_sound(played.samples, played.index_at(voiced_end_t))
    if onset is not None:
        turn.voice_to_voice_ms = round((played.time_of(onset) - voiced_end_t) * 1000, 1)
    said = [(who, text) for t, who, text in companion.dialogue() if t >= t0]
    turn.heard = " | ".join(text for who, text in said if who == "you")
    turn.reply = " | ".join(text for who, text in said if who != "you")
    turn.utterances = sum(who == "you" for who, _ in said)
    for t, stream, text in companion.lines:
        if stream == "err" and t >= t0 and "turn.metrics" in text:
            turn.marks_ms = {k: float(v) for k, v in _MARK.findall(text.split("gaps=", 1)[-1])}
        if stream == "err" and t >= voiced_end_t and turn.endpoint_late_ms is None \
                and (silence := _SILENCE.search(text)):
            turn.endpoint_late_ms = round((t - voiced_end_t) * 1000 - float(silence[1]), 1)
            split = dict(_MARK.findall(text))
            for key in _SPLIT:
                setattr(turn, key, float(split[key]) if key in split else None)
    return turn


def _all_answered(companion: Companion, since: float) -> bool:
    said = [who for t, who, _ in companion.dialogue() if t >= since]
    heard = said.count("you")
    return heard > 0 and len(said) - heard >= heard


def run(workdir: Path, repo: Path, turns: int, leak_gain: float, memories: bool,
        config_lines: tuple[str, ...] = ()) -> list[LiveTurn]:
    workdir.mkdir(parents=True, exist_ok=True)
    lines = [LINES[i % len(LINES)] for i in range(turns)]
    spoken = make_turns(workdir, lines)
    home = workdir / "home"
    home.mkdir(exist_ok=True)
    (home / "config.toml").write_text("".join(f"{line}\n" for line in config_lines))
    if memories and not (home / "memory").exists():
        fill_memory(home)
    results: list[LiveTurn] = []
    with PulseServer(workdir, leak_gain=leak_gain) as pulse:
        speaker = SpeakerMonitor(pulse.env)
        mic = SpeakerMonitor(pulse.env, source=f"{pulse.mic_sink}.monitor")
        companion = Companion(pulse.env, home, repo)
        try:
            if not companion.wait_for("is listening", 180, stream="err"):
                raise RuntimeError("companion did not start: "
                                   + "\n".join(t for _, _, t in companion.lines[-20:]))
            for i, (line, wav, clip) in enumerate(spoken):
                turn = _one_turn(pulse, mic, speaker, companion, line, wav, clip)
                if i:
                    results.append(turn)
                print(f"[{i}/{len(spoken) - 1}] {turn.voice_to_voice_ms} ms  you: {turn.heard!r}"
                      f"  reply: {turn.reply[:60]!r}", file=sys.stderr, flush=True)
                time.sleep(0.5)
        finally:
            companion.stop()
            speaker.close()
            mic.close()
            (workdir / "companion.log").write_text(
                "".join(f"{t:.3f} {s} {text}\n" for t, s, text in companion.lines))
    return results


def summarize(results: list[LiveTurn]) -> dict[str, object]:
    heard = [t.voice_to_voice_ms for t in results if t.voice_to_voice_ms is not None]
    marks: dict[str, list[float]] = {}
    for turn in results:
        for key, value in turn.marks_ms.items():
            marks.setdefault(key, []).append(value)

    return {"turns": len(results), "answered": len(heard),
            "cut_in_two": sum(t.utterances > 1 for t in results),
            **{f"{key}_p50": percentile([v for t in results if (v := getattr(t, key)) is not None],
                                        50)
               for key in ("endpoint_late_ms", *_SPLIT)},
            "voice_to_voice_ms": {"p50": percentile(heard, 50), "p95": percentile(heard, 95),
                                  "mean": round(statistics.fmean(heard), 1) if heard else None},
            "companion_marks_ms_p50": {k: percentile(v, 50) for k, v in sorted(marks.items())},
            "per_turn": [asdict(t) for t in results]}


def main(argv: list[str] | None = None) -> int:
    parser = rig_arguments(__doc__.splitlines()[0], "/tmp/live-bench")
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--leak", type=float, default=0.0,
                        help="speaker-to-microphone leak gain (0.3: a smart speaker's room)")
    parser.add_argument("--memories", action="store_true",
                        help="a home that already holds 200 lines of earlier talk")
    parser.add_argument("--config", action="append", default=[], metavar="LINE",
                        help="a line of the home's config.toml (repeatable), e.g. '[llm]'")
    args = parser.parse_args(argv)
    if tools_missing():
        return 1
    results = run(args.workdir, args.repo.resolve(), args.turns, args.leak, args.memories,
                  tuple(args.config))
    print(json.dumps(summarize(results), indent=1))
    return 0 if results and all(t.voice_to_voice_ms is not None for t in results) else 1


if __name__ == "__main__":
    sys.exit(main())
