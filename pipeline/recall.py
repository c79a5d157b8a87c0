"""Memory in the conversation: recalled while the user speaks, written after the reply.

Every new partial transcript starts a memory search, so by the endpoint the context is usually
ready. A newer search never cancels an older one: a turn or the prefill may be waiting for it
(a search runs in a worker thread, which a cancel would not stop anyway). At the turn's start
we wait at most ``budget_s`` for it, because memory must never delay the reply; but a search
that has only just begun (typed text: no speech to search during) gets ``FRESH_SEARCH_S`` from
its start, or the reply is made without memory. Turns are stored from a worker thread after
the reply. A store that cannot be written (full disk, read-only folder) is reported once and
the conversation goes on without saving.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from memory import MemoryStore, MemoryWriteError
from memory.corrections import acknowledge, parse_correction
from memory.extract import Fact
from memory.hits import Hit
from memory.intents import Intent, parse_memory_intent
from memory.intents import answer as answer_intent
from memory.people import named_by_pronoun, named_in, told_of_them
from memory.small_talk import tells_something, worth_a_search
from pipeline.cpu import off_loop
from pipeline.endpointing import normalize
from pipeline.llm.base import Message
from pipeline.style import style_asked
from pipeline.summary import summarize_dropped

log = logging.getLogger(__name__)

# A memory this relevant may enter the prompt. Lower than the search's own "confident" bar
# (memory.retrieval.CONFIDENT_SCORE): a memory left out makes the companion forget the user's
# dog, while one too many costs a few prompt tokens (prefilled while the user speaks), and the
# notes say whose story each one is.
NOTE_SCORE = 0.5
# Asked outright to remember, the notes may be less alike: "do you remember what I do to get away
# from everything?" found "I just stay in my room and skate or play games" at 0.47, its many
# asking words diluting the match, and the reply made something up without it.
ASKED_NOTE_SCORE = 0.45
# A memory this alike is about the words: on the quality bench's homes what a question is about
# scores 0.67 and up, the best unrelated memory 0.5-0.62. Below it, one note at most: "How many
# legs does a spider have?" brought "I love hiking." into the prompt, and each such note is ~20
# prompt tokens, often read after the endpoint at 15-20 ms each (memory added 450-770 ms at p50
# on the latency bench's store of 200 different real lines).
ABOUT_IT_SCORE = 0.65
_ASKS_MEMORY = re.compile(r"\b(?:do|did|can) you (?:still )?(?:remember|recall)\b|\bdid i "
                          r"(?:ever )?(?:tell|mention|say)\b|\bwhat did i (?:tell|say)\b|"
                          r"\bremind me\b", re.IGNORECASE)
_ONLY_IT = re.compile(r"^\W*(?:\w+\W+){0,5}(?:it|that|they|there|he|she)\b(?:\W+\w+){0,3}\W*$",
                      re.IGNORECASE)  # a short question about "it" and no more
MAX_SEARCHES = 16  # recent searches kept by query (partials, the final, the prefill's words)
# A typed "do you remember what I do to get away from everything?" got "I remember you telling
# me to go to bed early": its search had begun with the turn and took longer than the 50 ms
# budget on a slow box (two cores busy with the model), so the model answered without memory
# and made one up. A search takes 15-40 ms alone there.
FRESH_SEARCH_S = 0.5


# Two memories whose words are this alike say the same thing: "My dog is called Biscuit." told on
# five days filled all four notes with one fact (~80 prompt tokens read at the endpoint) and
# left no room for the sister or the interview.
SAME_WORDS = 0.8


def distinct(hits: list[Hit]) -> list[Hit]:
    """``hits`` (best first) without those that repeat a better one's words: what is said again
    is worth one note, and each note costs prompt tokens read while the user waits."""
    kept: list[tuple[Hit, set[str]]] = []
    for hit in hits:
        words = set(re.findall(r"[a-z']+", hit.text.lower()))
        if not any(len(words & seen) >= SAME_WORDS * len(words | seen) for _, seen in kept):
            kept.append((hit, words))
    return [hit for hit, _ in kept]


def _retrieve(search: asyncio.Task[list[Hit]]) -> None:
    """A search nobody awaited must not log "exception was never retrieved"."""
    if not search.cancelled():
        search.exception()


@dataclass(frozen=True)
class FollowUp:
    memory_id: int
    question: str


def worth_a_note(hit: Hit) -> bool:
    """Not the companion's own words (``prompting.framed`` leaves them out: they would only take
    a place), nor a question the user asked: "Today: 'What is the capital of France?'" tells
    nothing about them, and each such note is ~15 tokens more to read before the reply; nor
    small talk or a request ("Thanks, that helps. Bye.", "can you tell me a joke")."""
    return hit.kind != "turn" or (hit.users_statement and tells_something(hit.text))


class Recall:
    def __init__(self, store: MemoryStore, profile: str, session: str,
                 budget_s: float = 0.05, max_notes: int = 4,
                 on_error: Callable[[str], None] = lambda message: None,
                 summarize_dropped: bool = True) -> None:
        self.store = store
        self.on_error = on_error  # called on the event loop
        self.profile = profile
        self.session = session
        # The user's last line, as soon as it was answered: what "it" in a question and "his
        # name" in a line are about.
        self._line_before = ""
        self.budget_s = budget_s
        self.max_notes = max_notes
        self.writable = not store.read_only
        # By query: the search and the loop time it began.
        self._searches: OrderedDict[str, tuple[asyncio.Task[list[Hit]], float]] = OrderedDict()
        self._followup_asked = False
        self._writes: set[asyncio.Task[None]] = set()
        # Called on the loop with (text, turn id, when, session) once a user turn is stored:
        # the background LLM fact extraction (pipeline.extraction) queues it.
        self.on_user_turn: Callable[[str, int, datetime, str], None] | None = None
        self._last_write: asyncio.Future[None] | None = None
        self.summarize_dropped = summarize_dropped
        self._turn_ids: OrderedDict[str, list[int]] = OrderedDict()  # user text -> stored ids

    def prefetch(self, text: str) -> None:
        """Start searching for ``text`` (a partial transcript) unless that search is known."""
        query = normalize(text)
        if not query or query in self._searches or not worth_a_search(text):
            return
        search = asyncio.ensure_future(self._find(text))
        search.add_done_callback(_retrieve)
        self._searches[query] = (search, asyncio.get_running_loop().time())
        while len(self._searches) > MAX_SEARCHES:
            self._searches.popitem(last=False)  # forgotten, not cancelled: it may be awaited

    async def _find(self, text: str) -> list[Hit]:
        # "What time did I say it was at?" (Ravi, after "The presentation went really well!"):
        # "it" is what the line before spoke of, and alone it found nothing.
        if _ASKS_MEMORY.search(text) and _ONLY_IT.search(text):
            text = f"{self._line_before} {text}"
        return await off_loop(self.store.search, text, self.max_notes * 2, self.profile)

    async def notes(self, text: str) -> list[str]:
        """Dated memories worth putting in the prompt for ``text`` (never waits long)."""
        return [h.dated() for h in await self.hits(text)]

    async def hits(self, text: str) -> list[Hit]:
        """The memories worth putting in the prompt for ``text`` (never waits long)."""
        self.prefetch(text)
        known = self._searches.get(normalize(text))
        if known is None:
            return []  # no words to search for, or none that earlier talk could bear on
        search, started = known
        wait_s = max(self.budget_s, started + FRESH_SEARCH_S - asyncio.get_running_loop().time())
        try:
            hits = await asyncio.wait_for(asyncio.shield(search), wait_s)
        except asyncio.TimeoutError:
            log.info("memory.late query=%r: replying without it", text)
            return []
        except Exception as exc:  # a broken index must not break the conversation
            log.warning("memory.search_failed error=%r", exc)
            return []
        # This session's turns are already in the prompt as history: recall only older ones,
        # and the summaries of what this session's history had to drop.
        bar = ASKED_NOTE_SCORE if _ASKS_MEMORY.search(text) else NOTE_SCORE
        good = [h for h in hits if h.score >= bar and worth_a_note(h)
                and (getattr(h, "session", None) != self.session or h.kind == "summary")
                ]
        good = distinct(good)
        if bar == NOTE_SCORE:  # not asked to remember: one note at most not about the words
            weak = [h for h in good if h.score < ABOUT_IT_SCORE][:1]
            good = [h for h in good if h.score >= ABOUT_IT_SCORE or h in weak]
        good = good[: self.max_notes]
        log.info("memory.context hits=%s", [h.dated() for h in good])
        return good

    async def due_followup(self) -> FollowUp | None:
        """Once per session: a question about an emotionally important event, if one is due.

        Read only: the follow-up counts as asked when the turn that asks it is committed
        (``asked``), so a discarded guess leaves it due.
        """
        if self._followup_asked:
            return None
        due = await off_loop(self.store.followups, self.profile, datetime.now())
        return FollowUp(due[0].id, due[0].question) if due else None

    def asked(self, followup: FollowUp) -> None:
        """The follow-up was asked: not again this session, nor in later ones (stored)."""
        self._followup_asked = True
        if self.writable:
            self._in_background(self._mark_asked, followup.memory_id)

    def _mark_asked(self, memory_id: int) -> None:
        try:
            self.store.mark_followed_up(memory_id)
        except MemoryWriteError:
            self.writable = False

    @staticmethod
    def intent(text: str) -> Intent | None:
        """ "what do you remember about me?" / "forget ..." / a correction ("Sorry, I meant
        Leeds, not York.": the line is its topic) as an intent, else None."""
        if said := parse_memory_intent(text):
            return said
        if style := style_asked(text):  # "Please stop asking me so many questions."
            return Intent("style", style)
        return Intent("correct", text) if parse_correction(text) else None

    @staticmethod
    def changes_memory(intent: Intent) -> bool:
        return intent.action in ("forget", "correct", "style") or (
            intent.action == "forget_all" and intent.confirmed)

    async def answer(self, intent: Intent) -> str:
        """Carry out a memory intent (forgetting changes the store) and say what was done."""
        try:
            if intent.action == "correct":
                return await self._correct(intent.topic)
            return await off_loop(answer_intent, intent, self.store, self.profile,
                                  session=self.session)
        except MemoryWriteError as exc:
            return f"I can't change my memory right now: {exc}"

    async def keep_style(self, fact: Fact | None) -> None:
        """A way of talking asked for (``pipeline.style.restyled``), kept for every later
        session; a memory that cannot be written is no failure: the Thinker holds it for this
        one."""
        try:
            if fact is not None:
                await off_loop(self.store.add_fact, fact, self.profile)
        except MemoryWriteError as exc:
            log.warning("memory.style_not_kept error=%r: held for this session only", exc)

    async def _correct(self, said: str) -> str:
        """ "Ah, Leeds, not York. Got it.", once the memories that said York say Leeds; "" when
        none did (the model answers, and the line is kept as any other)."""
        correction = parse_correction(said)
        if correction is None or not self.writable:
            return ""
        await self.flush()  # the line corrected may still be on its way to the store
        done = await off_loop(self.store.correct, correction, self.profile)
        return acknowledge(done) if done else ""

    def remember(self, user_text: str, reply_text: str) -> None:
        """Store the exchange from a worker thread; the next turn does not wait for it."""
        # at once: the next turn's search may start before this write lands
        before, self._line_before = self._line_before, user_text
        if self.writable:
            self._in_background(self._write, user_text, reply_text, before,
                                asyncio.get_running_loop())

    def _in_background(self, job: Callable[..., None], *args: object) -> None:
        """Run ``job`` in a worker thread after the jobs before it: writes land in order, and
        a summary finds the ids of the turns it summarises."""
        before = self._last_write

        async def in_order() -> None:
            if before is not None:
                await asyncio.gather(before, return_exceptions=True)
            await off_loop(job, *args)

        task = self._last_write = asyncio.ensure_future(in_order())
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    def _write(self, user_text: str, reply_text: str, before: str,
               loop: asyncio.AbstractEventLoop) -> None:
        try:
            now = datetime.now()
            ids = [self.store.add(user_text, role="user", session=self.session, timestamp=now,
                                  profile=self.profile)]
            self._name_the_one_spoken_of(user_text, before, now, ids)
            self._keep_under_who_they_are(user_text, now, ids)
            if self.on_user_turn is not None:
                loop.call_soon_threadsafe(self.on_user_turn, user_text, ids[0], now,
                                          self.session)
            if reply_text:
                ids.append(self.store.add(reply_text, role="assistant", session=self.session,
                                          timestamp=now, profile=self.profile))
            self._turn_ids[normalize(user_text)] = ids
            while len(self._turn_ids) > 512:
                self._turn_ids.popitem(last=False)
        except MemoryWriteError as exc:
            self._write_failed(exc, loop)

    def _name_the_one_spoken_of(self, user_text: str, before: str, now: datetime,
                                ids: list[int]) -> None:
        """ "His name's Marco." names whoever the line before spoke of ("I got engaged!")."""
        for sentence in re.split(r"(?<=[.!?])\s+", user_text):
            if named := named_by_pronoun(sentence, before):
                slot, value, text = named
                self.store.add_fact(Fact(slot, value, text, single=False), self.profile, now,
                                    ids, self.session)
            before = sentence

    def _keep_under_who_they_are(self, user_text: str, now: datetime, ids: list[int]) -> None:
        """ "Oliver is in the army." is also kept as "The user's grandson Oliver is in the army."
        (memory.people.told_of_them), so "What does my grandson do?" finds it."""
        if not named_in(user_text):
            return  # no name told of: the facts are not read
        known = [hit.text for hit in self.store.facts(self.profile)]
        for slot, value, text in told_of_them(user_text, known):
            self.store.add_fact(Fact(slot, value, text, single=False), self.profile, now, ids,
                                self.session)

    def _write_failed(self, exc: MemoryWriteError, loop: asyncio.AbstractEventLoop) -> None:
        self.writable = False
        log.warning("memory.write_failed: going on without saving memories: %s", exc)
        loop.call_soon_threadsafe(
            self.on_error, f"Memory cannot be saved ({exc}); the conversation goes on "
            "without saving new memories.")

    def summarize(self, dropped: list[Message]) -> None:
        """What the history had to drop is kept as a summary memory (worker thread)."""
        if self.writable and self.summarize_dropped:
            self._in_background(self._write_summary, dropped, asyncio.get_running_loop())

    def _write_summary(self, dropped: list[Message], loop: asyncio.AbstractEventLoop) -> None:
        text = summarize_dropped(dropped)
        if not text:
            return
        ids = [i for m in dropped if m["role"] == "user"
               for i in self._turn_ids.get(normalize(m["content"]), [])]
        try:
            self.store.add_summary(text, self.session, self.profile, source_ids=ids)
            log.info("memory.summary chars=%d source_ids=%d", len(text), len(ids))
        except MemoryWriteError as exc:
            self._write_failed(exc, loop)

    async def flush(self) -> None:
        """Wait for pending writes (shutdown, tests)."""
        if self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)
