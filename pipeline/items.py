"""The typed items that flow through the pipeline, and out to observers (CLI, MQTT, tests).

echo stage    -> CleanFrame (voice.echo): a microphone frame without our own voice, or gated
listen stage  -> Heard: SpeechStarted, Transcript, Guess, Resumed, BargeIn, Utterance
think stage   -> Clause
speak stage   -> SpokenAudio
a turn        -> PlaybackStarted, TurnEnded (to its conversation)
observers get -> all of the above, plus StateChanged, Reply, TurnMetrics, ErrorEvent

Every item carries a monotonic timestamp ``t`` so latency is measured from the items
themselves, never guessed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

import numpy as np

from voice.echo import CleanFrame as CleanFrame  # the echo stage's item

if TYPE_CHECKING:
    from pipeline.turn import Turn


class State(str, Enum):
    """Assist-satellite states, as Home Assistant names them."""

    IDLE = "idle"
    LISTENING = "listening"
    PROCESSING = "processing"
    RESPONDING = "responding"


def now() -> float:
    return time.monotonic()


@dataclass(frozen=True)
class Event:
    t: float = field(default_factory=now, kw_only=True)


@dataclass(frozen=True)
class StateChanged(Event):
    state: State


@dataclass(frozen=True)
class SpeechStarted(Event):
    pass


@dataclass(frozen=True)
class Utterance(Event):
    """A complete user utterance cut by the VAD; ``t`` is when the endpoint fired."""

    audio: np.ndarray  # empty: nothing was said after a barge-in
    voiced_end_t: float  # monotonic moment the last voiced sample was captured
    transcript: str | None = None  # the final transcript, when the listener already has it
    speech_s: float = 0.0  # from its first voiced frame to its last


@dataclass(frozen=True)
class Guess(Event):
    """A transcript that covers all voiced audio before the endpoint: start replying early."""

    text: str
    voiced_end_t: float
    speech_s: float = 0.0  # from the utterance's first voiced frame to its last so far


@dataclass(frozen=True)
class Resumed(Event):
    """The user spoke again after a guess: the guess is void."""


@dataclass(frozen=True)
class BargeIn(Event):
    """The user talks over the reply: it pauses (or stops, where the sink cannot pause) until
    the words say whether it was an interruption or a cough."""

    gated: bool = False  # heard through the half-duplex gate (our voice in the same frames)


@dataclass(frozen=True)
class Transcript(Event):
    text: str
    final: bool = True
    stable: str = ""  # partials: the prefix two consecutive hypotheses agreed on


@dataclass(frozen=True)
class Reply(Event):
    """The reply text of a finished (or cut-short) turn."""

    text: str
    interrupted: bool = False


@dataclass(frozen=True)
class TurnMetrics(Event):
    """Per-turn latencies in milliseconds, measured from the user's last voiced sample."""

    timings_ms: dict[str, float]
    prompt_tokens: int = 0
    reused_tokens: int = 0  # of the prompt, already in the LLM's KV cache (not prefilled)
    reply_tokens: int = 0
    preemptive: bool = False  # the reply was started before the endpoint and kept
    underruns: int = 0  # the speaker's device ran dry during the reply (a click or a gap)
    gaps: int = 0  # the reply ran out of audio before its end (TTS slower than real time)


@dataclass(frozen=True)
class ErrorEvent(Event):
    message: str
    fatal: bool = False


@dataclass(frozen=True)
class Clause(Event):
    """A piece of the reply that is voiced as one unit; ``index`` orders them within a turn."""

    text: str
    index: int


@dataclass(frozen=True)
class SpokenAudio(Event):
    """Voice for (part of) a clause."""

    samples: np.ndarray
    rate: int
    clause: Clause


@dataclass(frozen=True)
class PlaybackStarted(Event):
    """The turn's first sample went to the speaker."""

    turn: Turn


@dataclass(frozen=True)
class TurnEnded(Event):
    """The turn finished, failed or was cancelled; its result is final."""

    turn: Turn


# What the listen stage puts out; the conversation acts on each.
Heard = SpeechStarted | Transcript | Guess | Resumed | BargeIn | Utterance
# What a conversation's loop takes in: the listener's items and the end of its turns.
ConversationItem = Heard | TurnEnded
