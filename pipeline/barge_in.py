"""Talking over the reply: when the user does, and whether it was an interruption. Pure logic.

BargeInDetector     sustained speech on the microphone while the companion speaks
interruption_words  the words of what interrupted; none for a cough, a knock or an "mm-hm"
is_interruption     words that stop the reply: a stop word, or words spoken for a while

A barge-in first pauses the reply (pipeline.conversation); the words of what was said then
decide: real words stop it, no words resume it where it was, as the best voice-agent frameworks
do. So the detector may be quick: a cough costs a short pause, not the reply.

Words alone are not enough while our voice is in the room: whisper tiny, hearing a cough or an
"mm-hm" through AEC3's double-talk suppression, makes up words ("I'm not gonna be a fan of the
game.", "And man."; 13 of 18 such sounds on tools.echo_bench's simulated leak, while all 15
real interruptions came out garbled but worded). Those sounds are short, so an interruption
needs a word that means "stop" or ``MIN_SPEECH_S`` of speech (LiveKit has a minimum
interruption duration for the same reason).
"""

from __future__ import annotations

import math
import re
from collections import deque

from voice import sounds
from voice.audio import dbfs
from voice.echo import CleanFrame

__all__ = ["BargeInDetector", "interruption_words", "is_interruption", "MIN_SPEECH_S"]

MIN_SPEECH_S = 0.8  # from the first voiced frame to the last: longer than a cough or "mm-hm"


class BargeInDetector:
    """Fires once the user has spoken over the reply for ``window_ms`` (80 % of its frames).

    A clean frame (AEC3 removed our voice, or there was none to remove) counts when the VAD calls
    it speech and it is louder than ``floor_dbfs``. A gated frame still holds our voice
    (half-duplex): it counts only when it is ``margin_db`` louder than the echo to expect from
    what the speaker played, ``far_dbfs + coupling_db``. The coupling (how loud the speaker comes
    back through the room into this microphone) is learned from the gated frames as a slow
    average. It starts at 0 dB (as loud as played: pessimistic, so the first reply's own echo
    never interrupts it) and is kept from reply to reply, since the room does not change.
    """

    def __init__(self, window_ms: int = 180, frame_ms: int = 30, margin_db: float = 6.0,
                 floor_dbfs: float = -45.0, coupling_db: float = 0.0, learn: float = 0.03) -> None:
        self.frame_ms = frame_ms
        self.margin_db = margin_db
        self.floor_dbfs = floor_dbfs
        self.coupling_db = coupling_db
        self.learn = learn
        self.window: deque[bool] = deque(maxlen=1)
        self.reset(window_ms)

    def reset(self, window_ms: int | None = None) -> None:
        """Forget the frames so far (a new reply); ``window_ms``: a new length of speech."""
        if window_ms is not None:
            self.window = deque(maxlen=max(1, math.ceil(window_ms / self.frame_ms)))
        self.window.clear()

    def feed(self, frame: CleanFrame, voiced: bool) -> bool:
        level = dbfs(frame.audio)
        loud_enough = level > self.floor_dbfs
        if frame.gated and math.isfinite(frame.far_dbfs):
            expected = frame.far_dbfs + self.coupling_db
            speech = voiced and loud_enough and level > expected + self.margin_db
            if loud_enough:  # what the room gives back (the user too, rarely: slowly)
                self.coupling_db += self.learn * (level - frame.far_dbfs - self.coupling_db)
        else:
            speech = voiced and loud_enough
        self.window.append(speech)
        full = len(self.window) == self.window.maxlen
        # 80 % of the window: a word's short internal pauses do not reset the count.
        return full and sum(self.window) >= 0.8 * self.window.maxlen


# Whole utterances that only say "go on".
_BACKCHANNELS = {"yeah", "yep", "okay", "ok", "right", "sure", "i see", "wow", "cool", "nice",
                 "alright", "all right", "got it"}
_ANNOTATION = re.compile(r"\[[^\]]*\]|\([^)]*\)|\*[^*]*\*")  # [coughs], (knocking), *sigh*
_FRAGMENT = re.compile(r"[\w']+-(?=\s|$)")  # a cut-off "A-" or "th-"


def interruption_words(text: str) -> list[str]:
    """The words that make ``text`` an interruption: none for noise the recognizer annotated
    ("[coughing]"), cut-off fragments, sounds that are not words and a lone backchannel."""
    text = _FRAGMENT.sub(" ", _ANNOTATION.sub(" ", text.lower()))
    words = [w for w in sounds.words(text) if not sounds.is_sound(w)]
    if " ".join(words) in _BACKCHANNELS:
        return []
    return words


_STOP_WORDS = {"stop", "wait", "no", "nope", "hold", "cancel", "enough", "quiet", "pause",
               "shush", "shut", "hey", "excuse"}


def is_interruption(text: str, speech_s: float) -> bool:
    """Do these words, spoken over ``speech_s`` seconds, stop the reply?"""
    words = interruption_words(text)
    return bool(words) and (speech_s >= MIN_SPEECH_S or not _STOP_WORDS.isdisjoint(words))
