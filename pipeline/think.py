"""The Thinker: persona + history + memories + the user's words -> reply text (the LLM, in a
thread). pipeline.think_stage turns its text into clauses for the voice.

Before the LLM, the user's tone is read: distress gets a caring, safe answer at once; the time
and date come from the clock, a word to spell gets its letters, and the weather, a timer or the
lights get an honest "I can't" (pipeline.limits); a memory command ("what do you remember about
me?") is answered from the store; otherwise the tone's style hint, a due follow-up and the
recalled memories go into the prompt, just before the user's words, so persona and history stay
a stable, KV-cached prefix; a feeling, a dislike or a request for ideas gets the reply's first
words (``pipeline.first_words``). Nothing here blocks the event loop: prompt building (tokenization)
and the store run in worker threads.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import aclosing
from dataclasses import replace
from datetime import datetime, timedelta
from functools import lru_cache

from memory.affect import detect_affect
from memory.losses import losses_told
from models.errors import CompanionError
from pipeline.clock import clock_answer
from pipeline.config import LlmConfig
from pipeline.context import TurnContext
from pipeline.cpu import off_loop
from pipeline.days_until import days_until_answer
from pipeline.desk_speak import asked_afresh
from pipeline.first_words import FirstWords
from pipeline.fun_facts import FunFacts
from pipeline.hardship import hard_time_hint, no_cheering
from pipeline.helplines import Helpline, helpline_for
from pipeline.history import History
from pipeline.late import loss_hint
from pipeline.length_cap import wants_long
from pipeline.limits import limits_answer
from pipeline.llm.base import ChatModel, Message
from pipeline.llm.thinking import (
    AckPicker,
    ThinkBudget,
    ThinkingGuard,
    apply_no_think,
    no_think_switch,
)
from pipeline.own_life import quotes_in
from pipeline.persona import Persona
from pipeline.prompting import (
    QUIET_TONES,
    ask_gently,
    followup_fits,
    framed,
    greeting_reply,
    introduced_name,
    memory_header,
    memory_notes,
    preference_hints,
    tone_hint,
    words_to_avoid,
)
from pipeline.recall import Recall
from pipeline.safeguarding import days_before, urgent_answer
from pipeline.safety import assess
from pipeline.say_again import said_again
from pipeline.sight import CANNOT_SEE, Vision, image_from_camera, is_sight_question
from pipeline.speakable import ASK_FEELING, ASK_WHY, HOLDING_UP, ReplyShaper
from pipeline.spelling import spelled_answer
from pipeline.style import restyled, spoken_at
from pipeline.sums import sum_answer
from pipeline.threads import iterate_in_thread
from pipeline.turn_notes import TurnNotes
from pipeline.user_profile import (
    MAX_AVOID,
    UserProfile,
    avoided_said,
    home_told,
    system_prompt,
    user_profile,
)
from pipeline.word_puzzle import WordAsk, word_ask

log = logging.getLogger(__name__)

SHOWN_FOR_S = 120.0
MESSAGE_OVERHEAD_TOKENS = 6  # role markers a chat template adds around each message
LONG_REPLY_TIMES = 3  # a story or a recipe asked for: its budget is this many times a reply's
LISTED_TOKENS = 80  # twenty words and their commas


class Thinker:
    def __init__(self, llm: ChatModel, persona: Persona, config: LlmConfig,
                 recall: Recall | None = None, vision: Vision | None = None,
                 camera: str = "0", region: str = "") -> None:
        self.llm = llm
        self.region = region  # config.toml's ``region``: whose help line a crisis gets
        self.persona = persona
        self.config = config
        self.recall = recall
        self.vision = vision
        self.camera = camera
        self.acks = AckPicker()
        self.fun_facts = FunFacts()
        self.first_words = FirstWords()
        self.avoided: list[str] = []  # disliked this session, not yet in ``user``
        self.lost: list[str] = []  # who the user said this session they have lost
        self._shown: tuple[str, float] | None = None  # (image, when) sent over MQTT
        self.history = History()
        self.user: UserProfile | None = None  # read from memory once per session
        self.heard_name = ""  # a name given this session (the system prompt keeps its own)
        self.heard_home = ""  # "I live in Liverpool." this session: that country's help lines
        # chosen for the utterance in progress by pipeline.prefill, and in the LLM's cache
        self.early_notes: TurnNotes | None = None
        self._message_tokens = lru_cache(maxsize=4096)(self._count_message)

    def _count_message(self, role: str, content: str) -> int:
        return self.llm.count_tokens(content) + MESSAGE_OVERHEAD_TOKENS

    def measure(self, message: Message) -> int:
        return self._message_tokens(message["role"], message["content"])

    def prompt(self, user_text: str, notes: list[str] | None = None) -> tuple[list[Message], int]:
        """The messages to send and the reply budget that still fits the context window.

        Blocking (tokenization; an HTTP call for a remote model): call it in a worker thread.
        """
        window = self.llm.context_tokens  # a story asked for ended mid-sentence at 96 tokens
        most = self.config.max_reply_tokens * (LONG_REPLY_TIMES if wants_long(user_text) else 1)
        reserve = min(most, window // 4)
        system = system_prompt(self.persona.system_prompt, self.user or UserProfile())
        messages = self.history.prompt(system, user_text, window - reserve, self.measure,
                                       notes="\n".join(notes or []))
        used = self.llm.prompt_tokens(messages)
        return messages, max(1, min(most, window - used))

    async def reply(self, text: str, ctx: TurnContext) -> AsyncIterator[str]:
        risk = assess(text)  # the guard may need the line on any turn: a model's bad words
        ctx.risk = replace(risk, helpline=await self.helpline(fresh=risk.flagged))
        ctx.affect = spoken_at(detect_affect(text), self.user)  # the user is read by now
        # first: a friend who took pills is no crisis of the user's own
        told = urgent_answer(text, ctx.risk.helpline, self.user_name(), ctx.risk.level,
                             await self._said_before(text))
        if ctx.risk.level == "crisis" and told is None:  # whatever the model would have said
            ctx.timeline.mark("memory_ready")
            yield ctx.risk.helpline.crisis_reply()
            return
        told = told or clock_answer(text) or self._limits(text) or spelled_answer(text) \
            or self.fun_facts.answer(text) or sum_answer(text) or days_until_answer(text) \
            or said_again(text, self.last_reply())
        if told is not None:  # "what time is it?": the clock knows, the model cannot
            ctx.timeline.mark("memory_ready")
            yield told
            return
        puzzle = word_ask(text)
        if puzzle is not None:  # "a seven letter word for happy?": the model lists, we count
            ctx.timeline.mark("memory_ready")
            yield "Ooh, let me think. "  # the list takes a few seconds on 2 cores
            yield await self._solve(puzzle, ctx)
            return
        intent = self.recall.intent(text) if self.recall is not None else None
        if intent is not None and self.recall is not None:
            ctx.timeline.mark("memory_ready")
            if Recall.changes_memory(intent):
                await ctx.committed.wait()  # a guess that is thrown away forgets nothing
            if intent.action == "style":  # held from now on, stored or not, and said at it
                self.user, fact, said = restyled(await self.load_user(), intent.topic)
                ctx.affect = spoken_at(detect_affect(text), self.user)
                await self.recall.keep_style(fact)
            else:
                said = await self.recall.answer(intent)
            if said:  # "": the model answers
                yield said
                return
        if is_sight_question(text):
            ctx.timeline.mark("memory_ready")
            yield await self._look(text)
            return
        turn_notes = await self._notes_for(text, ctx)
        ctx.timeline.mark("memory_ready")
        earlier = (message["content"] for message in self.history.turns
                   if message["role"] == "system")  # notes of earlier turns still in the prompt
        ctx.quotes = quotes_in([*turn_notes.lines, *earlier])
        followup = turn_notes.followup.question if turn_notes.followup else None
        greeting = greeting_reply(text, self.user or UserProfile(), followup)
        if greeting is not None:  # "Hi again" with a worry due: ask about it, no model needed
            yield greeting
            return
        notes = list(turn_notes.lines)
        # Kept before any reply said whole: "I don't eat meat." (a diet told, answered whole)
        # was forgotten by the session, and Ines was offered grilled chicken a line later.
        said_now = avoided_said(text, datetime.now())
        earlier, self.avoided = self.avoided, [*self.avoided, *said_now][-MAX_AVOID:]
        opener, whole = self._opener(text, ctx, remembered=bool(turn_notes.memories))
        if opener:
            yield opener  # the voice can start on it before the model has read the prompt
            # The guard adds the pointer to help; the model's own pointer once read "call or
            # text 911", and its words "talk about something fun".
            if ctx.risk.flagged or whole:
                return
        messages, max_tokens = await off_loop(self.prompt, text, notes)
        if notes and messages[-2] == {"role": "system", "content": "\n".join(notes)}:
            ctx.notes = messages[-2]["content"]  # they fitted: they stay in the history
        if opener:
            messages = [*messages, {"role": "assistant", "content": opener}]
        avoid = [*words_to_avoid(text, said_now, self.user or UserProfile(), earlier),
                 *no_cheering(turn_notes.hints)]
        async with aclosing(self._guarded(messages, max_tokens, ctx, avoid)) as deltas:
            async for delta in deltas:
                yield delta

    async def _said_before(self, text: str) -> list[str]:
        """The user's lines before this one in this conversation; for "Did I take my tablets?"
        also today's in memory, for "He's ringing back at four." the last few days' (told in
        the morning's conversation, or yesterday's), oldest first: ``days_before``."""
        said = [m["content"] for m in self.history.turns if m["role"] == "user"]
        days = days_before(text)
        if self.recall is None or not days:
            return said
        try:
            turns = await off_loop(self.recall.store.recent, self.recall.profile, 200, "turn")
        except Exception as exc:  # a broken store: what this conversation holds
            log.warning("memory.earlier_failed error=%r", exc)
            return said
        since = datetime.now().date() - timedelta(days=days - 1)
        # this conversation's lines may be stored already: once, or they push the days out
        return [*(hit.text for hit in reversed(turns) if hit.role == "user"
                  and hit.timestamp.date() >= since and hit.text not in said), *said]

    def _limits(self, text: str) -> str | None:
        local = not self.llm.source.startswith(("http://", "https://"))  # "is this private?"
        return limits_answer(text, remembers=self.recall is not None, local=local)

    def _opener(self, text: str, ctx: TurnContext, remembered: bool = False) -> tuple[str, bool]:
        """The reply's first words (``pipeline.first_words``); "" for a crisis (answered
        without the model) or a model that cannot go on from them."""
        named = self.user_name()  # before this line: a name told now is greeted as new
        self.heard_name = introduced_name(text) or self.heard_name
        if ctx.risk.level == "crisis" or not self.llm.continues_replies:
            return "", False
        return self.first_words.choose(text, ctx, self.session_user(), named,
                                       self.last_reply(), remembered)

    def _guarded(self, messages: list[Message], max_tokens: int, ctx: TurnContext,
                 avoid: Sequence[str] = ()) -> AsyncIterator[str]:
        """The LLM's reply with reasoning hidden, a think budget, and an early "let me think".

        A persona that wants fast answers switches thinking off where the model allows it;
        otherwise thinking past the budget restarts the reply with it switched off.
        """
        switch = no_think_switch(self.llm.name)
        fast = self.persona.fast_answers and switch is not None
        if fast:
            messages = apply_no_think(messages, switch)

        def stream(chat: list[Message]) -> AsyncIterator[str]:
            return iterate_in_thread(lambda: self.llm.stream(chat, max_tokens, ctx.stats, avoid))

        guard = ThinkingGuard(
            ThinkBudget(self.config.think_budget_tokens, self.config.think_budget_ms),
            self.config.ack_after_ms, self.acks,
            restart=(lambda: stream(apply_no_think(messages, switch))) if switch and not fast
            else None,
            silence_is_thinking=self.llm.thinks_silently)
        return guard.run(stream(messages))

    async def _solve(self, puzzle: WordAsk, ctx: TurnContext) -> str:
        """The model lists words that mean the clue, asked in place of the user's words (the
        prompt's prefix, persona and history, stays the one in its cache); a fitting one."""
        messages, _ = await off_loop(self.prompt, puzzle.request())
        listed = [delta async for delta in iterate_in_thread(
            lambda: self.llm.stream(messages, LISTED_TOKENS, ctx.stats))]
        return puzzle.answer("".join(listed))

    def show(self, image_uri: str) -> None:
        """An image to look at instead of the camera (an MQTT image topic), for two minutes."""
        self._shown = (image_uri, time.monotonic())

    async def _look(self, question: str) -> str:
        """ "What do you see?": the shown image or a camera snapshot, for the vision model."""
        if self.vision is None or not self.vision.available:
            return CANNOT_SEE
        try:
            if self._shown is not None and time.monotonic() - self._shown[1] < SHOWN_FOR_S:
                image = self._shown[0]
            else:
                image = await off_loop(image_from_camera, self.camera)
            return await off_loop(self.vision.answer, question, image)
        except CompanionError as exc:
            return f"I couldn't look just now: {exc}"

    def last_reply(self) -> str:
        """What the companion said last in this conversation ("" before it spoke)."""
        return next((m["content"] for m in reversed(self.history.turns)
                     if m["role"] == "assistant"), "")

    def session_user(self) -> UserProfile:
        """The profile with what this session told on top of it: a name told is in the history,
        not in the cached system prompt, so the notes name the user too ("What Aisha told you
        before"); "I'm thirty days sober today." (Greg) and then "Work's Christmas party is on
        Friday." got "I hope you have a great time."."""
        user = self.user or UserProfile()
        return replace(user, name=self.user_name(),
                       avoid=tuple(dict.fromkeys((*user.avoid, *self.avoided))),
                       late=tuple(dict.fromkeys((*user.late, *self.lost))))

    def user_name(self) -> str:
        """The name the system prompt knows, else the one told this session ("" for none)."""
        return (self.user.name if self.user else "") or self.heard_name

    async def load_user(self) -> UserProfile:
        """The user's name and dislikes, read once per session (they sit in the system prompt,
        which stays a cached prefix); memory trouble is no failure."""
        if self.user is None:
            self.user = await self._read_user() or UserProfile()
        return self.user

    async def _read_user(self) -> UserProfile | None:
        """The profile from the facts memory holds now; None without memory or when it fails
        (a broken store must not break the conversation, nor keep the help line from them)."""
        if self.recall is None:
            return None
        try:
            return user_profile(await off_loop(self.recall.store.facts, self.recall.profile))
        except Exception as exc:
            log.warning("memory.profile_failed error=%r", exc)
            return None

    async def helpline(self, fresh: bool = False) -> Helpline:
        """The help line of the country the user lives in (config, this system, memory).
        ``fresh`` (a turn at risk): the facts are read again, "I live in Manchester" may have
        been said minutes ago."""
        user = await self.load_user()
        if fresh:
            user = await self._read_user() or user
        return helpline_for(self.region, self.heard_home or user.home, user.age)

    async def notes(self, text: str) -> TurnNotes:
        """What goes into the prompt beside ``text``: hints for its tone and risk, a worry to
        ask about when the moment fits, the memories recalled for it. Read only: a follow-up
        counts as asked when the turn is committed."""
        affect, risk = detect_affect(text), assess(text)
        await self.load_user()
        user = self.session_user()
        followup = None
        if self.recall is not None and followup_fits(text, affect.tone, risk.flagged):
            followup = await self.recall.due_followup()
        hits = await self.recall.hits(text) if self.recall is not None else []
        now = datetime.now()
        hard = hard_time_hint(hits, user.who, now) if affect.tone == "neutral" else ""
        hints = tuple(h for h in (risk.hint or tone_hint(affect.tone), hard, loss_hint(text, user),
                                  *preference_hints(text, user, now, affect.tone)) if h)
        return TurnNotes(tuple(memory_notes(hits, user, now)), followup, hints,
                         ask_gently(user, followup.question) if followup else "",
                         tuple((h.id, h.score, framed(h, user, now) or "") for h in hits),
                         memory_header(user))

    async def _notes_for(self, text: str, ctx: TurnContext) -> TurnNotes:
        notes = await self.notes(text)
        if self.early_notes is not None:  # chosen while the user spoke: in the cache
            notes = self.early_notes.serving(notes)
        if notes.followup is not None and self.recall is not None:
            followup, recall = notes.followup, self.recall
            ctx.on_commit(lambda: recall.asked(followup))
        if notes.lines:
            log.info("prompt.notes %r", notes.lines)
        return notes

    def shaper(self, ctx: TurnContext) -> ReplyShaper:
        """What checks this turn's reply clause by clause before it is spoken."""
        ask = ASK_WHY if ctx.risk.harmful_belief else HOLDING_UP \
            if ctx.affect.tone in QUIET_TONES else ASK_FEELING
        return ReplyShaper(ctx.risk, self.persona.name, self.user_name(), said=ctx.transcript,
                           ask_instead=asked_afresh(ask, self.last_reply()), quotes=ctx.quotes,
                           questions=0 if self.user and self.user.fewer_questions else 1,
                           late=self.session_user().late, tone=ctx.affect.tone)

    def remember(self, text: str, reply: str, ctx: TurnContext) -> None:
        # "My husband Arthur died in May." and two lines on "How are things with Arthur?": the
        # system prompt knows only the losses of earlier sessions.
        self.lost = list(dict.fromkeys((*self.lost, *(said for _, said, _ in losses_told(text)))))
        self.heard_home = home_told(text) or self.heard_home
        # Heard in full: the history keeps the model's own words, markdown and all, so the next
        # prompt matches the KV cache token for token. Cut short, or cleaned before it was
        # spoken (a sign-off, an invented turn): what was heard, or the model copies it later.
        whole = not (ctx.interrupted or ctx.error or ctx.stats.cut_short or ctx.altered) \
            and ctx.said.strip()
        self.history.add_exchange(text, ctx.said.strip() if whole else reply, notes=ctx.notes)
        dropped = self.history.take_dropped()  # the turn is over: now it may cost time
        if self.recall is not None:
            self.recall.remember(text, reply)
            if dropped:
                self.recall.summarize(dropped)
