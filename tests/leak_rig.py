"""The leak rig: a private PulseAudio where the companion's speaker leaks into its microphone.

```
companion ──> sink "speaker" ──monitor──> module-loopback (0.3 gain, ~30 ms) ──┐
                     │                                                          v
                     └──> parec (what the companion said, timed)   sink "mic" <── paplay (the user)
                                                                        │
companion <── default source "mic.monitor" ─────────────────────────────┘
```

``run_session`` drives `companion run -v` (any checkout: ``repo``) through a scripted
conversation with espeak-ng users: plain questions (``murmur``: and an "mm-hm" after the first
answer), backchannels / a cough / a door knock during a long reply, a real interruption, then
silence; and reports what happened (``SessionReport``): self-answers, questions answered once,
barge-in stop time, false barge-ins (a reply cut by noise) and pauses that resumed, underruns per
minute of speech.
``echo`` is the companion's ``[audio] echo`` ("auto": AEC3, "gate": half-duplex, "off").
tests/test_leak_rig.py asserts the behaviour; ``python -m tests.leak_rig`` prints the figures.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import numpy as np

from tests.leak_score import SessionReport, _exchanges, classify, just_asked
from tools.pulse_rig import (
    Companion,
    PulseServer,
    SpeakerMonitor,
    rig_arguments,
    tools_missing,
)
from tools.synth import VOICES, cough, knock, silence, speak
from voice.audio import SAMPLE_RATE, read_wav, window_dbfs, write_wav

VOICE_DBFS = -20.0  # in the microphone, above the leak's loudest (~ -26 dBFS): the user


# The script. Users speak with espeak-ng voices that whisper tiny.en understands well.
QUESTIONS = ["What is the capital of France?", "How many legs does a spider have?",
             "What colour is the sky on a clear day?"]
LONG_ASK = "Tell me a long story about a brave little dragon who learns to fly."
LONG_ASK_2 = "Tell me everything you know about the history of the Roman empire."
INTERRUPT = "Stop. What is two plus two?"


def make_speech(folder: Path) -> dict[str, Path]:
    """The user's WAVs (16 kHz, 0.3 s lead-in so the VAD's preroll has room)."""
    voices = [VOICES[2], VOICES[6], VOICES[7]]
    clips: dict[str, np.ndarray] = {
        text: speak(text, voices[i % len(voices)])
        for i, text in enumerate([*QUESTIONS, LONG_ASK, LONG_ASK_2, INTERRUPT])}
    clips |= {"mm-hm": speak("mm hmm", VOICES[1]), "cough": cough(), "knock": knock()}
    paths = {}
    for i, (name, x) in enumerate(clips.items()):
        paths[name] = folder / f"say-{i:02d}.wav"
        write_wav(paths[name], np.concatenate([silence(0.3), x, silence(0.2)]), SAMPLE_RATE)
    return paths


def run_session(workdir: Path, repo: Path, echo: str = "auto", leak_gain: float = 0.3,
                extra_args: tuple[str, ...] = (), short: bool = False,
                turn_words: bool = True, audio: tuple[str, ...] = (),
                murmur: bool = False) -> SessionReport:
    """One scripted conversation on the leak rig; the report of what the companion did.

    ``short``: two questions and the silence after them only (no backchannels, no barge-in).
    ``audio``: more ``[audio]`` settings, as TOML lines ("barge_in_pause_ms=120").
    ``murmur``: an "mm-hm" after the first answer too (whisper tiny often hears words in it).
    """
    workdir.mkdir(parents=True, exist_ok=True)
    speech = make_speech(workdir)
    report = SessionReport(mode=f"echo={echo}" + (f" leak={leak_gain}" if leak_gain else "")
                           + ("" if turn_words else " turn_words=off")
                           + "".join(f" {line}" for line in audio))
    home = workdir / "home"
    home.mkdir(exist_ok=True)
    (home / "config.toml").write_text(
        f'[audio]\necho = "{echo}"\nturn_words = {str(turn_words).lower()}\n'
        + "".join(f"{line}\n" for line in audio))
    args = extra_args
    with PulseServer(workdir, leak_gain=leak_gain) as pulse:
        monitor = SpeakerMonitor(pulse.env)
        mic = SpeakerMonitor(pulse.env, source=f"{pulse.mic_sink}.monitor")
        companion = Companion(pulse.env, home, repo, *args)
        try:
            if not companion.wait_for("is listening", 180, stream="err"):
                raise RuntimeError("companion did not start: "
                                   + "\n".join(t for _, _, t in companion.lines[-20:]))
            _converse(pulse, monitor, mic, companion, speech, report, short, murmur)
        finally:
            companion.stop()
            monitor.close()
            mic.close()
            write_wav(workdir / "speaker.wav", monitor.audio(), SAMPLE_RATE)
            (workdir / "companion.log").write_text(
                "".join(f"{t:.3f} {s} {text}\n" for t, s, text in companion.lines))
    _score(companion, monitor, report)
    return report


def _await_reply(pulse: PulseServer, monitor: SpeakerMonitor, companion: Companion,
                 since: float, timeout: float = 60) -> None:
    """Wait for the companion to answer (a reply line) and fall silent."""
    companion.wait_for(": ", timeout, since=since)  # any dialogue line
    if monitor.wait_loud(since, 20.0) is not None:
        monitor.wait_quiet(2.0, timeout)


def _ask(pulse: PulseServer, speech: dict[str, Path], question: str,
         report: SessionReport) -> float:
    """Play a question into the microphone; note when it is spoken; returns its start."""
    t = pulse.play(speech[question])
    report.questions += 1
    report.asked.append((question, t, t + read_wav(speech[question]).size / SAMPLE_RATE))
    return t


def _speech_onset(mic: SpeakerMonitor, wav: Path, since: float) -> float:
    """When the user's words in ``wav`` (played from ``since``) started, read from the
    microphone itself: paplay takes its time to start on a busy box. The first block louder
    than VOICE_DBFS in the microphone is the WAV's first such block; the words start 0.3 s
    into the WAV (make_speech's lead-in). Both monitors lag by parec's latency alike."""
    block = SpeakerMonitor.BLOCK
    levels = window_dbfs(read_wav(wav), block)
    loud_in_wav = int(np.argmax(levels > VOICE_DBFS)) * block / SAMPLE_RATE
    deadline = time.monotonic() + 5.0
    while not (heard := mic.loud_times(since, VOICE_DBFS)) and time.monotonic() < deadline:
        time.sleep(0.05)
    arrived = heard[0] - block / SAMPLE_RATE if heard else since + loud_in_wav  # block start
    return arrived - (loud_in_wav - 0.3)


def _converse(pulse: PulseServer, monitor: SpeakerMonitor, mic: SpeakerMonitor,
              companion: Companion, speech: dict[str, Path], report: SessionReport,
              short: bool, murmur: bool = False) -> None:
    for i, question in enumerate(QUESTIONS[:2] if short else QUESTIONS):
        t = _ask(pulse, speech, question, report)
        _await_reply(pulse, monitor, companion, t)
        if i == 0 and murmur:  # a murmur after the answer (a statement): nothing to answer
            pulse.play(speech["mm-hm"])
            time.sleep(4.0)
            monitor.wait_quiet(2.0, 60)
    if short:
        time.sleep(8.0)  # nobody speaks: nothing should be answered
        monitor.wait_quiet(2.0, 60)
        return
    # False barge-ins: a backchannel, a cough and a knock while a long reply plays.
    t = _ask(pulse, speech, LONG_ASK, report)
    if monitor.wait_loud(t, 60) is not None:
        for noise in ("mm-hm", "cough", "knock"):
            time.sleep(1.5)
            pulse.play(speech[noise])
        companion.wait_reply(t, 120)  # paused and resumed (or cut): its end
        monitor.wait_quiet(2.5, 90)
    # A real interruption: the reply must stop, and the new question be answered.
    t = _ask(pulse, speech, LONG_ASK_2, report)
    started = monitor.wait_loud(t, 60)
    if started is not None:
        time.sleep(max(0.0, started + 2.0 - time.monotonic()))
        t_int = _speech_onset(mic, speech[INTERRUPT], _ask(pulse, speech, INTERRUPT, report))
        report.interrupted_at = t_int
        _stopped(companion, monitor, t_int, report)
        _await_reply(pulse, monitor, companion, t_int)
    time.sleep(8.0)  # nobody speaks: nothing should be answered
    monitor.wait_quiet(2.0, 60)


def _stopped(companion: Companion, monitor: SpeakerMonitor, t_int: float,
             report: SessionReport) -> None:
    """Stopped: the companion says so (its `barge_in stop_ms` line) within 8 s. The stop time is
    from the user's first word to the speaker's last sound before it fell silent: at the pause
    (the words then stop the reply), or at the stop where the reply was not paused first."""
    if not companion.wait_for("barge_in stop_ms", 8.0, stream="err", since=t_int):
        return
    said = min(t for t, s, text in companion.lines if s == "err" and t >= t_int
               and ("barge_in stop_ms" in text or "barge_in paused" in text))
    time.sleep(0.5)  # the device buffer still plays for its latency
    last = max([t_int, *[t for t in monitor.loud_times(t_int) if t <= said + 0.3]])
    report.barge_in_stopped = True
    report.barge_in_stop_ms = round((last - t_int) * 1000, 1)
    report.barge_in_detect_ms = round((said - t_int) * 1000, 1)


# What a failed assertion shows: what was heard, when turns ended, pauses and stops, replies.
_TRACED = re.compile(r"msg=((?:barge_in|turn\.end|transcript final=True|reply |stt\.sound).*)")


def _score(companion: Companion, monitor: SpeakerMonitor, report: SessionReport) -> None:
    lines = companion.dialogue()
    report.dialogue = [f"{who}: {text}" for _, who, text in lines]
    asked = [*QUESTIONS, LONG_ASK, LONG_ASK_2, INTERRUPT]
    answers = dict.fromkeys(asked, 0)
    heard_at = [t for t, who, _ in lines if who == "you"]
    for t, (heard, answered, last_reply) in zip(heard_at, _exchanges(lines), strict=True):
        expected, first = just_asked(report.asked, heard_at, t)
        kind = classify(heard, asked, last_reply, expected, first)
        if kind in answers and answers[kind] and answered:
            kind = "self"  # each question is asked once: hearing it again is hearing itself
        if kind in answers:
            answers[kind] += answered
        elif kind == "noise":
            report.noise_replies += answered
        else:
            report.self_answers += answered
    report.answered_once = sum(n == 1 for q, n in answers.items()
                               if q in asked[:report.questions])
    barge_ins = [t for t, s, text in companion.lines if s == "err" and "barge_in stop_ms" in text]
    report.false_barge_ins = sum(t < report.interrupted_at - 0.2 for t in barge_ins)
    report.resumed = companion.count("barge_in resumed", stream="err")
    errors = [text for _, s, text in companion.lines if s == "err"]
    report.trace = [f"{t:.2f} {found.group(1)}" for t, s, text in companion.lines
                    if s == "err" and (found := _TRACED.search(text))]
    # ALSA's "snd_pcm_recover underrun" lines, and what the speaker counted per reply.
    report.underruns = sum("underrun occurred" in text for text in errors)
    for text in errors:
        if "turn.metrics" in text:
            counts = dict(re.findall(r"\b(underruns|gaps)=(\d+)", text))
            report.sink_underruns += int(counts.get("underruns", 0))
            report.gaps += int(counts.get("gaps", 0))
    report.speech_s = round(monitor.active_seconds(), 1)


def main(argv: list[str] | None = None) -> int:
    parser = rig_arguments(__doc__.splitlines()[0], "/tmp/leak-rig")
    parser.add_argument("--echo", choices=("auto", "aec", "gate", "off"), default="auto",
                        help="the companion's [audio] echo")
    parser.add_argument("--leak", type=float, default=0.3, help="leak gain (0 = no leak)")
    parser.add_argument("--no-turn-words", dest="turn_words", action="store_false",
                        help="end turns without the words' model ([audio] turn_words = false)")
    parser.add_argument("--murmur", action="store_true",
                        help='an "mm-hm" after the first answer, which must not be answered')
    parser.add_argument("--audio", action="append", default=[], metavar="KEY=VALUE",
                        help="another [audio] setting, e.g. barge_in_pause_ms=120 (repeatable)")
    args = parser.parse_args(argv)
    if tools_missing():
        return 1
    report = run_session(args.workdir, args.repo.resolve(), echo=args.echo, leak_gain=args.leak,
                         turn_words=args.turn_words,
                         audio=tuple(args.audio),
                         murmur=args.murmur)
    print(json.dumps(report.to_dict(), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
