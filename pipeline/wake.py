"""The wake phrase: only speech addressed to the companion gets an answer.

"Hey <name>" is matched fuzzily, because the recognizer mis-hears it ("hi juniper", "a
juniper", "hey junaper", "heyjuniper"): the greeting may be any of a few short words or
missing, the name must be close in spelling (difflib ratio). It is looked for near the start
of the utterance only, so a sentence that merely mentions the name does not wake us.

Streaming partial transcripts are checked as they arrive: once a partial carries the phrase,
the utterance is ours even if the final transcript garbles it. Push-to-talk (``cmd/listen``)
and the follow-up window after a reply open the gate without the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher

from pipeline.items import Event, Reply, SpeechStarted, Transcript, now

GREETINGS = frozenset({"hey", "hi", "hay", "hei", "he", "heh", "eh", "ay", "a", "ah", "hello",
                       "okay", "ok", "o", "high", "yo"})
# Words that may come before the phrase ("um, hey juniper"); any other word before it means
# the name is only mentioned ("I planted a juniper"), not called.
FILLERS = frozenset({"um", "uh", "er", "erm", "so", "oh", "well", "okay", "ok", "and", "hmm",
                     "mm", "now", "yeah"})
_WORD = re.compile(r"[A-Za-z0-9']+")
_SEARCH_WORDS = 3  # the phrase must start within the first few words (after fillers)


@dataclass
class WakeSettings:
    phrase: str | None = "hey {name}"  # None: every utterance is for us
    followup_s: float = 8.0  # after a reply, answer without the phrase for this long
    listen_s: float = 8.0  # push-to-talk: the next utterance starting within this is ours
    threshold: float = 0.78  # name similarity with a greeting before it
    alone_threshold: float = 0.88  # ... with no greeting (name first)


@dataclass(frozen=True)
class WakeMatch:
    score: float
    end: int  # character offset in the text just after the phrase


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def find_phrase(text: str, phrase: str, threshold: float = 0.78,
                alone_threshold: float = 0.88) -> WakeMatch | None:
    """Where ``phrase`` ("hey juniper") starts the utterance, fuzzily; None if it does not."""
    want = [w.lower() for w in _WORD.findall(phrase)]
    if not want:
        return None
    name, greeting = "".join(want[-1:]), want[:-1]
    greets = GREETINGS | set(greeting)
    words = [(m.group().lower().replace("'", ""), m.end()) for m in _WORD.finditer(text)]
    best: WakeMatch | None = None
    lead = 0  # filler words at the start
    while lead < len(words) and words[lead][0] in FILLERS:
        lead += 1
    for i in range(lead, min(lead + _SEARCH_WORDS + len(greeting), len(words))):
        # Only a greeting may come between the fillers and the name.
        if any(not any(_similar(w, g) >= 0.8 for g in greets) for w, _ in words[lead:i]):
            break
        token = words[i][0]
        # The name as one word, split in two ("juni per"), or glued to the greeting.
        candidates = [(token, words[i][1], False)]
        if i + 1 < len(words):
            candidates.append((token + words[i + 1][0], words[i + 1][1], False))
        candidates += [(token[len(g):], words[i][1], True) for g in greets
                       if token.startswith(g) and len(token) - len(g) >= 3]
        greeted = i > lead
        for candidate, end, glued in candidates:
            score = _similar(candidate, name)
            needed = threshold if (greeted or glued or not greeting) else alone_threshold
            if score >= needed and (best is None or score > best.score):
                best = WakeMatch(score, end)
    return best


class WakeGate:
    """Decides which utterances to answer; plug ``accept`` into Conversation.accept and
    ``observe`` into its event bus."""

    def __init__(self, settings: WakeSettings, persona_name: str,
                 on_wake: Callable[[str, float], None] = lambda text, score: None,
                 clock: Callable[[], float] = now) -> None:
        self.settings = settings
        self.on_wake = on_wake
        self.clock = clock
        self.hotword_on = True  # Hermes toggleOff: the phrase is not listened for
        self.phrase: str | None = None
        self.set_name(persona_name)
        self._open_until = 0.0  # push-to-talk or follow-up window
        self._utterance_open = False  # the current utterance began inside the window
        self._woken = False  # a partial of the current utterance carried the phrase

    def set_name(self, persona_name: str) -> None:
        template = self.settings.phrase
        self.phrase = template.format(name=persona_name.lower()) if template else None

    @property
    def required(self) -> bool:
        return self.phrase is not None

    def open(self, seconds: float | None = None) -> None:
        """Push-to-talk: the next utterance (starting within ``seconds``) needs no phrase."""
        self._open_until = self.clock() + (self.settings.listen_s if seconds is None
                                           else seconds)
        self._utterance_open = False

    def close(self) -> None:
        self._open_until = 0.0
        self._utterance_open = False

    @property
    def is_open(self) -> bool:
        return self.clock() < self._open_until

    def match(self, text: str) -> WakeMatch | None:
        if self.phrase is None or not self.hotword_on:
            return None
        return find_phrase(text, self.phrase, self.settings.threshold,
                           self.settings.alone_threshold)

    def observe(self, event: Event) -> None:
        if isinstance(event, SpeechStarted):
            self._woken = False
            self._utterance_open = self.is_open
        elif isinstance(event, Transcript) and not event.final and not self._woken:
            found = self.match(event.text)
            if found is not None:
                self._woken = True
                self.on_wake(event.text, found.score)
        elif isinstance(event, Reply) and self.settings.followup_s > 0:
            self._open_until = self.clock() + self.settings.followup_s

    def accept(self, text: str) -> str | None:
        """The words to answer (the phrase removed), or None when the utterance is not ours."""
        if self.phrase is None:
            return text
        found = self.match(text)
        if found is not None:
            rest = text[found.end:].lstrip(" ,.!?;:-")
            if not self._woken:
                self._woken = True
                self.on_wake(text, found.score)
            if not rest:  # just "hey juniper": listen for the question that follows
                self.open()
                return None
            return rest
        if self._woken or self._utterance_open or self.is_open:
            return text
        return None
