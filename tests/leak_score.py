"""How the leak rig scores a session: whose words each `you:` line was, what was answered.

Pure logic on what `companion run` printed (tests/test_leak_rig_scoring.py checks it).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from pipeline.endpointing import normalize


@dataclass
class SessionReport:
    mode: str
    questions: int = 0
    answered_once: int = 0  # questions answered by exactly one reply
    self_answers: int = 0  # replies to something nobody said (its own voice, noise)
    false_barge_ins: int = 0  # reply cut by a backchannel, cough or knock
    resumed: int = 0  # replies paused by something said over them, then resumed
    noise_replies: int = 0  # replies to a backchannel, cough or knock
    barge_in_stopped: bool = False
    barge_in_stop_ms: float | None = None  # user starts talking -> the speaker is silent
    barge_in_detect_ms: float | None = None  # ... -> the companion's pause (or stop) line
    interrupted_at: float = float("inf")  # when the real interruption started (monotonic)
    underruns: int = 0  # ALSA's underrun reports
    sink_underruns: int = 0  # output underflows the speaker counted during replies
    gaps: int = 0  # replies that ran dry before their end (TTS slower than real time)
    speech_s: float = 0.0
    dialogue: list[str] = field(default_factory=list)
    asked: list[tuple[str, float, float]] = field(default_factory=list)  # (question, start, end)
    trace: list[str] = field(default_factory=list)  # the companion's turn and barge-in log lines

    @property
    def underruns_per_min(self) -> float:
        return self.underruns / max(self.speech_s / 60.0, 1e-9)

    def to_dict(self) -> dict[str, object]:
        data = {**asdict(self), "underruns_per_min": round(self.underruns_per_min, 2)}
        data.pop("interrupted_at")
        data.pop("asked")
        data.pop("trace")
        return data


_NUMBERS = {str(n): word for n, word in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))}


def _words(text: str) -> list[str]:
    """Normalised words, digits spelled out (whisper writes "2" for "two")."""
    return [_NUMBERS.get(w, w) for w in normalize(text).split()]


def _share(heard: str, source: str) -> float:
    """The share of the heard words that occur in ``source`` (0..1)."""
    words = _words(heard)
    known = set(_words(source))
    return sum(w in known for w in words) / len(words) if words else 0.0


def classify(heard: str, asked: list[str], last_reply: str, expected: str | None = None,
             first: bool = False) -> str:
    """What a `you:` line was: one of ``asked`` (the user spoke it), "self" (the companion's own
    last reply, or words nobody said), or "noise" (a backchannel, a cough, a knock).
    ``expected``: the question the user had just finished asking when the line came, which
    a garbled transcript still is ("What color is most kind of Clio T?") unless it is more
    like the companion's reply. ``first``: the line is the first one heard since that question
    ended, so it is how the question was heard, however garbled ("How many land can start at
    five or half?"), unless it is the reply heard back."""
    best = max(asked, key=lambda q: _share(heard, q), default="")
    own = _share(heard, last_reply)
    if expected and (first or _share(heard, expected) >= 0.25) and own < 0.5:
        return expected
    # Two questions heard as one utterance still are the user's words.
    user = max(_share(heard, best), _share(heard, " ".join(asked)) - 0.1)
    if best and user >= 0.5 and user >= own:
        return best
    if own >= 0.5:
        return "self"
    words = normalize(heard).split()
    if len(words) <= 2 or set(words) <= {"mm", "hmm", "mhm", "uh", "huh", "um"}:
        return "noise"
    return "self"


def just_asked(asked: list[tuple[str, float, float]], heard_at: list[float],
               t: float) -> tuple[str | None, bool]:
    """The question a `you:` line heard at ``t`` belongs to: the last one started before it and
    ended at most 6 s before it (endpoint + transcription), and whether the line is the first
    heard since that question started. From the start, not the end: the WAV's end includes its
    trailing silence, and a turn ends 200 ms after the voice, so its line came before "the end"
    ("What colour is the sky on a clear day?", heard "What color is most kind of clear, okay?",
    was counted as a self-answer)."""
    started = [(q, start) for q, start, end in asked if start <= t <= end + 6.0]
    if not started:
        return None, False
    question, start = started[-1]
    return question, not any(start <= u < t for u in heard_at)


def _exchanges(lines: list[tuple[float, str, str]]) -> list[tuple[str, bool, str]]:
    """(heard, answered, the reply before it) per `you:` line. A reply answers the latest
    unanswered `you:` line before it (a cut reply is printed when it stops)."""
    rows: list[list[object]] = []
    last_reply = ""
    for _, who, text in lines:
        if who == "you":
            rows.append([text, False, last_reply])
        else:
            last_reply = text
            waiting = [row for row in rows if not row[1]]
            if waiting:
                waiting[-1][1] = True
    return [(str(h), bool(a), str(r)) for h, a, r in rows]
