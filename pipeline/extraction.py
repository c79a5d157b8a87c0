"""Facts and preferences from the user's words, by the LLM, while nobody is talking.

The rules in memory.extract stay the fast path (every turn, microseconds). With a capable
model, each stored user turn is also queued here; the queue is drained only while the
conversation is idle (after a short grace, twice as long after each try the user cut short),
one generation at a time through the LLM's own lock, and the extraction in progress is
cancelled the moment the user starts speaking or a turn starts. It is retried at the next idle
moment. Nothing of it ever runs while a reply is being made.

The request is appended to the conversation's own prompt (persona + history): llama.cpp then
reuses the KV cache it already holds for that prefix, prefills only the short request, and
the next turn, which shares the same prefix, finds it still cached.

Small models echo the prompt or return junk, so every fact is validated: a known type, a short
value, and every word of the value must be in what the user said (which also rejects the
example in the request). Valid facts go through ``MemoryStore.add_fact`` with the source turn
id; a slot the rules already filled is merged by the store, not duplicated.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from memory.extract import PET, Fact, extract_facts
from memory.fact import slot_key
from memory.timecues import resolve_future
from pipeline.cpu import off_loop
from pipeline.threads import iterate_in_thread

log = logging.getLogger(__name__)

Message = dict[str, str]

REQUEST = (
    'A quick task, not chat: list facts about me in what I said: "{text}"\n'
    'Write one JSON object per line, like {{"type": "dislike", "value": "mushrooms"}}, with type '
    "one of name, like, dislike, pet, family, home, job, worry, plan, and the value in my own "
    "words. Write nothing else; if there are no facts, write none."
)
MAX_FACTS = 5
MAX_GRACE_S = 30.0  # the longest quiet an extraction waits for after being interrupted
MAX_VALUE_WORDS = 6
CAPABLE_BYTES = 800_000_000  # a GGUF this big (~1B parameters and up) extracts reliably
_DATED = ("event", "worry", "plan")
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|am)\b", re.IGNORECASE)
# What models call the types we know ("location" for where the user lives...).
_ALIASES = {"location": "home", "city": "home", "lives": "home", "hobby": "like",
            "interest": "like", "likes": "like", "hate": "dislike", "dislikes": "dislike",
            "occupation": "job", "work": "job", "concern": "worry", "fear": "worry",
            "relative": "family", "family_member": "family", "pet_name": "pet"}
_PET_KIND = re.compile(rf"(?:{PET})s?", re.IGNORECASE)
_OWNS = re.compile(r"\b(?:my|our|i have|i've got|we have|we've got|i got|we got|adopted|i own)\b",
                   re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|i'd|i'll|me|myself)\b", re.IGNORECASE)
# A taste or a plan needs words that say so: for "Do you think I'm a bad person for yelling at
# my brother?" the 1.5B wrote "dislike: yelling at brother", for "I'm allergic to shellfish"
# also "dislike: shellfish", and for "I started learning the guitar" "plan: learn guitar".
_DISLIKE_CUE = re.compile(r"\b(?:hate|hates|dislike|dislikes|can't stand|cannot stand|can't "
                          r"bear|(?:don't|do not|doesn't|never) (?:really )?(?:like|enjoy)|not a "
                          r"(?:big )?fan|loathe|detest|can't eat|gross|disgusting|the worst|"
                          r"awful|horrible|yuck|not for me|not my thing)\b")
_LIKE_CUE = re.compile(r"\b(?:love|loves|like|likes|enjoy|enjoys|adore|fan of|into|favou?rite|"
                       r"passion|obsessed|fond of)\b")
_PLAN_CUE = re.compile(r"\b(?:going to|gonna|plan|planning|plans|will|i'll|we'll|want to|hope "
                       r"to|hoping to|thinking of|about to|next|tomorrow|tonight|this (?:week|"
                       r"weekend|evening|summer|year)|soon|booked|signed up)\b")
# "What's the capital of Canada?" gave "home: Canada".
_HOME_CUE = re.compile(r"\b(?:live|lives|living|lived|moved|move|from|home|based|grew up|born|"
                       r"stay|staying)\b")
# "My partner Dan works night shifts at the hospital." gave the user the job "works night shifts".
_JOB_CUE = re.compile(r"\bi (?:work|worked|teach|taught|run|own|manage|used to (?:be|work))\b|"
                      r"\bi(?:'m| am|'ve been) (?:an? |working|employed|retired|self-employed)|"
                      r"\bmy (?:job|work|career|profession)\b|\bfor a living\b")
_CUES = {"dislike": _DISLIKE_CUE, "plan": _PLAN_CUE, "home": _HOME_CUE, "job": _JOB_CUE}
# A worry is a thing ("my exam", "back pain"), not how something is.
_QUALITIES = {"bad", "good", "hard", "tough", "difficult", "rough", "great", "fine", "terrible",
              "awful", "horrible", "worse", "worst", "better", "really", "very", "so", "too",
              "poorly", "ill", "sick", "unwell", "worried", "sad", "upset", "tired"}
# "I'm at the end of my rope" (Steve) gave "worry: the end of my rope", asked two days on as
# "You were worried about the end of my rope on Friday: how did it go?": a feeling, not an event.
_IDIOM = re.compile(r"\b(?:end of (?:my|the|their) (?:rope|tether)|wits'? end|(?:my|their) mind|"
                    r"everything|it all|things|life|myself|themselves|thoughts?|hurting|harming|"
                    r"killing|dying)\b", re.IGNORECASE)
# ...nor "thoughts of hurting my baby" (Lisa), greeted two days on with "You were worried about
# the thoughts of hurting your baby on Friday: how did it go?".
_STOP = {"the", "a", "an", "my", "our", "some", "of", "to", "in", "on", "at", "and", "with",
         "for", "is", "i", "me", "i'm", "im", "very", "really", "so", "called", "named"}


class Streams(Protocol):
    """What the extractor needs of an LLM: ``LlamaChat`` and ``RemoteChat`` both fit."""

    def stream(self, messages: list[Message], max_tokens: int) -> Iterator[str]: ...

    def prefill(self, messages: list[Message], cancel: threading.Event | None = None) -> int: ...


class FactSink(Protocol):
    """What the extractor needs of the memory store (``MemoryStore.add_fact``)."""

    def add_fact(self, fact: Fact, profile: str = ..., timestamp: datetime | None = ...,
                 source_ids: list[int] = ..., session: str | None = ...) -> int | None: ...


@dataclass(frozen=True)
class Said:
    """A stored user turn waiting for extraction."""

    text: str
    turn_id: int
    when: datetime
    session: str | None = None


def worth_extracting(source: str) -> bool:
    """Only a capable model is asked: a server (``source`` is a URL), or a local GGUF of ~1B
    parameters and up (``source`` is its path)."""
    if "://" in source:
        return True
    try:
        return Path(source).stat().st_size >= CAPABLE_BYTES
    except OSError:
        return False


def make_extractor(llm: Streams, store: FactSink | None, read_only: bool, profile: str,
                   source: str, prefix: Callable[[], list[Message]]) -> LlmExtractor | None:
    """An extractor when memory can be written and the model (at ``source``, a path or a
    URL) is capable; else None."""
    if store is None or read_only or not worth_extracting(source):
        return None
    return LlmExtractor(llm, store, profile, prefix)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))


def _grounded(value: str, said: str) -> bool:
    """Every content word of ``value`` is in what the user said (plurals and stems allowed)."""
    heard = _words(said)
    content = [w for w in _words(value) if w not in _STOP]
    return bool(content) and all(any(h.startswith(w[:5]) or w.startswith(h[:5])
                                     for h in heard if len(h) > 2 or h == w) for w in content)


def to_fact(kind: str, value: str, when: datetime, said: str = "") -> Fact | None:
    """A validated (type, value) as a memory fact in memory.extract's wording and slots."""
    v = re.sub(r"^(?:my|our)\s+", "", value.strip().rstrip("."), flags=re.IGNORECASE)
    key = slot_key(v)
    happens, _ = resolve_future(said, when)  # "my exam next Thursday": ask after Thursday
    facts = {
        "name": lambda: Fact("name", v.title(), f"The user's name is {v.title()}."),
        "like": lambda: Fact(f"like:{key}", "likes", f"The user likes {v}.", "preference"),
        "dislike": lambda: Fact(f"like:{key}", "dislikes", f"The user dislikes {v}.",
                                "preference"),
        "pet": lambda: _pet_fact(v, key),
        "family": lambda: Fact(f"family:{key}", v, f"The user's family: {v}.", single=False),
        "home": lambda: Fact("home", v, f"The user lives in {v}."),
        "job": lambda: Fact("job", v, f"The user's job: {v}."),
        "worry": lambda: Fact(f"worry:{key}", v, f"The user is worried about {v}.", "worry",
                              single=False, feeling="worried",
                              due=(happens or when + timedelta(days=1)) + timedelta(days=1)),
        "plan": lambda: Fact(f"plan:{key}", v, f"The user plans: {v}.", "plan", single=False),
    }
    make = facts.get(kind)
    return make() if make is not None and key else None


def _pet_fact(value: str, key: str) -> Fact:
    """In the rules' wording when the value is a kind of pet ("cat", "two dogs")."""
    if _PET_KIND.search(value) is None:
        return Fact(f"pet:{key}", value, f"The user's pet: {value}.", single=False)
    kind = value.lower()
    text = f"The user has a {kind}." if re.fullmatch(PET, kind) else f"The user has {kind}."
    return Fact(f"pet:{kind}", value, text, single=False)


def _introduces(name: str, said: str) -> bool:
    """ "I'm Lena" or "my name is Lena": the user's name, not their cat's ("called Pixel")."""
    return re.search(rf"\b(?:my name is|my name's|i'm|i am|call me|this is|it's)\s+"
                     rf"{re.escape(name)}\b",
                     said.replace("’", "'"), re.IGNORECASE) is not None


def _plausible(kind: str, value: str, said: str) -> bool:
    words = value.split()
    if not 0 < len(words) <= MAX_VALUE_WORDS or not _grounded(value, said):
        return False
    if _FIRST_PERSON.search(value) or _CLAUSE_VERB.search(value):
        return False  # "I'm stressed about my exam" is a sentence, not a value
    if not _says_so(kind, said):
        return False
    if kind == "pet":  # "I just had a baby" gave "pet: baby"; "a fun fact about cats?" "cats"
        return _OWNS.search(said) is not None and (_PET_KIND.search(value) is not None
                                                   or _named(value, said))
    if kind == "home":  # "I work from home" gave "home: work from home"
        return all(_named(word, said) for word in words)
    if kind == "worry" and (words[0].lower() in _QUALITIES or _IDIOM.search(value)):
        return False  # "it's been bad this week" gave "worry: bad this week"
    return kind != "name" or _introduces(value, said)


def _named(value: str, said: str) -> bool:
    """ ``value`` is a name the user said, capitalised ("Pixel")."""
    return value[:1].isupper() and re.search(rf"\b{re.escape(value)}\b", said) is not None


def _says_so(kind: str, said: str) -> bool:
    """A like, a dislike or a plan is in words that say so ("I love...", "I'm going to...")."""
    low = said.lower().replace("’", "'")
    if kind == "like":  # "I don't like jazz" is no like
        return _LIKE_CUE.search(_DISLIKE_CUE.sub(" ", low)) is not None
    cue = _CUES.get(kind)
    return cue is None or cue.search(low) is not None


def parse_facts(output: str, said: str, when: datetime) -> list[Fact]:
    """The valid facts in a model's answer; junk, echoes and inventions are dropped, and so is
    what the rules (memory.extract) already found in ``said``: they stay the fast path."""
    output = re.sub(r"<think>.*?</think>", "", output, flags=re.DOTALL)
    # A question tells nothing: "Who works night shifts?" gave the user that job.
    if all(s.endswith("?") for s in re.split(r"(?<=[.!?])\s+", said.strip())):
        return []
    by_rules = extract_facts(said, when)
    # The rules' slots, and their kind with each value: "pet:cat:luna" also takes "pet:luna".
    taken = {f.slot for f in by_rules} | {f"{f.slot.split(':')[0]}:{slot_key(f.value)}"
                                          for f in by_rules}
    dated = any(f.category in _DATED for f in by_rules)  # the rules have it, with its date
    facts: list[Fact] = []
    for line in output.splitlines():
        line = line.strip().rstrip(",")
        if not line.startswith("{"):
            continue
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if not isinstance(item, dict):
            continue
        kind, value = item.get("type"), item.get("value")
        if not (isinstance(kind, str) and isinstance(value, str)):
            continue
        kind = kind.strip().lower()
        kind = _ALIASES.get(kind, kind)
        if not _plausible(kind, value, said):
            log.debug("extract.rejected type=%s value=%r", kind, value)
            continue
        fact = to_fact(kind, value, when, said)
        if fact is None or fact.slot in taken or (dated and fact.category in _DATED):
            continue
        taken.add(fact.slot)
        facts.append(fact)
    return facts[:MAX_FACTS]


class LlmExtractor:
    """A background queue of user turns, drained by the LLM only while nobody is talking."""

    def __init__(self, llm: Streams, store: FactSink, profile: str,
                 prefix: Callable[[], list[Message]] = lambda: [], grace_s: float = 1.0,
                 max_tokens: int = 80) -> None:
        self.llm = llm
        self.store = store
        self.profile = profile
        self.prefix = prefix  # the conversation's system prompt + history (KV-cached)
        self.grace_s = grace_s
        self._grace_now = grace_s  # longer after each interrupted try, back once one finishes
        self.max_tokens = max_tokens
        self.stored = 0  # facts saved so far (metrics, tests)
        self._queue: asyncio.Queue[Said] = asyncio.Queue()
        self._idle = asyncio.Event()
        self._idle.set()
        self._hurry = asyncio.Event()  # drain(): no grace period any more
        self._busy_since = 0  # bumped on every busy(): an extraction started before is stale
        self._current: asyncio.Task[list[Fact]] | None = None
        self._stop = threading.Event()  # the request being read stops at its next step
        self._worker: asyncio.Task[None] | None = None

    # ----------------------------------------------------------- what the conversation calls
    def submit_turn(self, text: str, turn_id: int, when: datetime,
                    session: str | None = None) -> None:
        """``Recall``'s callback once a user turn is stored (on the event loop)."""
        self.submit(Said(text, turn_id, when, session))

    def submit(self, said: Said) -> None:
        """A user turn was stored (call on the event loop)."""
        self._queue.put_nowait(said)
        if self._worker is None or self._worker.done():
            self._worker = asyncio.ensure_future(self._drain_when_idle())

    def busy(self) -> None:
        """The user started speaking or a turn started: stop extracting at once."""
        self._busy_since += 1
        self._idle.clear()
        self._stop.set()
        if self._current is not None and not self._current.done():
            self._current.cancel()  # the worker thread stops at its next token

    def idle(self) -> None:
        """No turn is active: extraction may run after the grace period."""
        self._idle.set()

    @property
    def pending(self) -> int:
        return self._queue.qsize()

    async def drain(self, timeout_s: float = 60.0) -> None:
        """Extract what is queued now, idle or not (end of a text chat); then stop."""
        self.idle()
        self._hurry.set()
        if self._worker is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._worker), timeout_s)
            except asyncio.TimeoutError:
                log.warning("extract.drain_timeout left=%d", self.pending)
        await self.close()

    async def close(self) -> None:
        """Stop: the generation in progress too (its worker thread ends at its next token)."""
        self._stop.set()
        for task in (self._worker, self._current):  # the worker first: it starts no other
            if task is not None:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
        self._current = self._worker = None

    # ----------------------------------------------------------- the background work
    async def _drain_when_idle(self) -> None:
        while not self._queue.empty():
            said = self._queue.get_nowait()
            facts = await self._extract_when_idle(said)
            for fact in facts:
                fid = await off_loop(self.store.add_fact, fact, self.profile, said.when,
                                     [said.turn_id], said.session)
                self.stored += fid is not None
                log.info("extract.fact slot=%s stored=%s text=%r", fact.slot, fid is not None,
                         fact.text)

    async def _extract_when_idle(self, said: Said) -> list[Fact]:
        while True:
            await self._idle.wait()
            epoch = self._busy_since
            with suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._hurry.wait(), self._grace_now)
            if not self._idle.is_set() or epoch != self._busy_since:
                continue  # somebody spoke during the grace period
            self._current = asyncio.ensure_future(self._ask(said))
            await asyncio.wait({self._current})
            if self._current.cancelled():
                # The pauses of this conversation are too short for an extraction on this box
                # (on a slow 2-core box one took longer than any pause, and every try only cost
                # the next turn CPU): wait for a longer pause next time.
                self._grace_now = min(self._grace_now * 2, MAX_GRACE_S)
                log.info("extract.interrupted turn=%d: retried after %.0f s of quiet",
                         said.turn_id, self._grace_now)
                continue
            self._grace_now = self.grace_s
            try:
                return self._current.result()
            except Exception as exc:  # a failing model must never hurt the conversation
                log.warning("extract.failed turn=%d error=%r", said.turn_id, exc)
                return []

    async def _ask(self, said: Said) -> list[Fact]:
        stop = self._stop = threading.Event()

        def generate() -> Iterator[str]:  # in the worker: building the prefix may tokenize
            request = {"role": "user", "content": REQUEST.format(text=said.text)}
            messages = [*self.prefix(), request]
            # The request (~90 tokens) is read in short steps that stop when the user speaks.
            # stream() reads it in one batch, which nothing interrupts: on a slow 2-core box
            # (10 tokens/s) that held the model and both cores for 4 s after the user began,
            # so their words were transcribed late and the reply waited for the model.
            self.llm.prefill(messages, stop)
            return iter(()) if stop.is_set() else self.llm.stream(messages, self.max_tokens)

        parts = [delta async for delta in iterate_in_thread(generate)]
        facts = parse_facts("".join(parts), said.text, said.when)
        log.info("extract.done turn=%d facts=%d", said.turn_id, len(facts))
        return facts
