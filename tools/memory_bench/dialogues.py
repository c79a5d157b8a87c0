"""Long two-speaker conversations and the questions about them, generated from a seed.

Each conversation is between two friends over ~20 sessions a few days apart, ~25 turns each,
mostly small talk and distractors, with life events told in varied words (tools.memory_bench.
topics). Relative dates ("last Saturday") are resolved here by calendar arithmetic, so a
question can ask about the day an event happened, not the day it was told.
Question kinds: single-hop, multi-hop (two turns, often sessions apart), temporal (when; what
happened on a date; the weekend before another event), open-domain (a trait to infer) and
adversarial (nothing in memory answers it).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from tools.memory_bench.topics import (
    CHAINS,
    DISTRACTORS,
    INFERENCES,
    NAMES,
    SMALL_TALK,
    TOPICS,
    Topic,
)

_OPENERS = ("", "", "", "Honestly, ", "Oh, ", "Haha, ", "Well, ", "Hmm, ", "So, ", "Ugh, ",
            "Anyway, ", "Yeah, ")
_TAILS = ("", "", "", " :)", "! Haha.", ", you know?", ", right?", ", to be fair.", "...")
KINDS = ("single-hop", "multi-hop", "temporal", "open-domain", "adversarial")
SATURDAY = 5


@dataclass
class Turn:
    speaker: str
    text: str
    key: str = ""  # names the turn for questions ("" for small talk)


@dataclass
class Session:
    name: str
    when: datetime
    turns: list[Turn] = field(default_factory=list)


@dataclass
class Question:
    text: str
    kind: str
    evidence: list[str]  # turn keys; empty for adversarial questions
    now: datetime


@dataclass
class Conversation:
    name: str
    speakers: tuple[str, str]
    sessions: list[Session] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)


def _last_weekday(day: datetime, weekday: int) -> datetime:
    """The latest ``weekday`` strictly before ``day``'s date."""
    back = (day.weekday() - weekday) % 7 or 7
    return (day - timedelta(days=back)).replace(hour=12, minute=0)


def _last_weekend(day: datetime) -> datetime:
    """The Saturday of the last weekend that is over (said on a weekend: the one before)."""
    saturday = _last_weekday(day, SATURDAY)
    return saturday - timedelta(days=7) if day.weekday() == SATURDAY + 1 else saturday


# Relative phrases a speaker uses for a past day, and the day each one means. Only the precise
# ones are used for "what happened on <date>" questions.
def _past_phrase(said: datetime, rng: random.Random) -> tuple[str, datetime, bool]:
    day = said.replace(hour=12, minute=0)
    options = [("yesterday", day - timedelta(days=1), True),
               ("last Saturday", _last_weekday(said, SATURDAY), True),
               ("on Saturday", _last_weekday(said, SATURDAY), True),
               ("last Friday", _last_weekday(said, 4), True),
               ("last weekend", _last_weekend(said), True),
               ("a few days ago", day - timedelta(days=3), False),
               ("two weeks ago", day - timedelta(days=14), False)]
    return rng.choice(options)


def _fill(template: str, values: dict[str, str]) -> str:
    text = template.format(**values)
    return text[0].upper() + text[1:]


class _Builder:
    """Builds one conversation: the units of each session, then the questions."""

    def __init__(self, name: str, speakers: tuple[str, str], start: datetime,
                 rng: random.Random, n_sessions: int) -> None:
        self.rng = rng
        self.conv = Conversation(name, speakers)
        when = start
        for n in range(n_sessions):
            self.conv.sessions.append(Session(f"{name}-s{n + 1:02d}", when))
            when += timedelta(days=rng.randint(3, 11), hours=rng.randint(-3, 3),
                              minutes=rng.randint(0, 59))
        self.units: list[list[tuple[Turn, ...]]] = [[] for _ in self.conv.sessions]
        self.dated: dict[str, datetime] = {}  # turn key -> the day the event happened
        self.end = self.conv.sessions[-1].when + timedelta(days=2)
        self.n = 0

    def key(self, what: str) -> str:
        self.n += 1
        return f"{what}-{self.n}"

    def other(self, speaker: str) -> str:
        a, b = self.conv.speakers
        return b if speaker == a else a

    def ask(self, text: str, kind: str, evidence: list[str], about: str, **values: str) -> None:
        self.conv.questions.append(Question(_fill(text, {"S": about, **values}), kind, evidence,
                                            self.end))

    # ------------------------------------------------------------------ life events
    def topic(self, topic: Topic, who: str, at: int, when: str | None = None,
              event_day: datetime | None = None) -> tuple[str, dict[str, str]]:
        """Tell ``topic`` in session ``at``; returns the answering turn's key and values."""
        rng = self.rng
        values = {k: rng.choice(v) for k, v in topic.values.items()}
        said = self.conv.sessions[at].when
        key = self.key(topic.name)
        use_lead = topic.lead and when is None and rng.random() < 0.4
        if use_lead:
            unit = (Turn(self.other(who), rng.choice(topic.lead)),
                    Turn(who, _fill(rng.choice(topic.replies), values), key))
            self.dated[key] = said
        else:
            forms = [s for s in topic.says if ("{when}" in s) == topic.dated] or list(topic.says)
            precise = True
            if "{when}" in forms[0]:
                if when is None:
                    when, event_day, precise = _past_phrase(said, rng)
                assert event_day is not None
                self.dated[key] = event_day
            else:
                self.dated[key] = said
            text = _fill(rng.choice(forms), {**values, "when": when or ""})
            unit = (Turn(who, text, key),
                    Turn(self.other(who), rng.choice(SMALL_TALK[25:31])))
            if topic.dated and precise and rng.random() < 0.7:
                self._ask_date(who, key)
        self.units[at].append(unit)
        for q in [rng.choice(topic.asks)] + ([rng.choice(topic.mentions)]
                                             if topic.mentions else []):
            self.ask(q, "single-hop", [key], who, **values)
        if topic.when_asks and not use_lead:
            self.ask(rng.choice(topic.when_asks), "temporal", [key], who, **values)
        return key, values

    def _ask_date(self, who: str, key: str) -> None:
        day = self.dated[key]
        if day.weekday() >= SATURDAY:
            forms = ("What did {S} get up to on the weekend of {d}?",
                     "How did {S} spend the weekend of {d}?")
            day = day - timedelta(days=day.weekday() - SATURDAY)
        else:
            forms = ("What did {S} do on {d}?", "What happened to {S} on {d}?")
        d = rng_date(day, self.rng)
        self.ask(self.rng.choice(forms), "temporal", [key], who, d=d)

    def weekend_before(self, who: str, anchor: Topic, target: Topic, at: int) -> None:
        """``target`` happened the Saturday before ``anchor``; asked as "the weekend before"."""
        said = self.conv.sessions[at].when
        day = _last_weekday(said, SATURDAY)
        first, _ = self.topic(target, who, at, "last Saturday", day)
        event = day + timedelta(days=7)
        later = next((i for i, s in enumerate(self.conv.sessions) if s.when > event), None)
        if later is None:
            return
        gap = (self.conv.sessions[later].when.date() - event.date()).days
        phrase = "last Saturday" if 1 <= gap <= 7 else f"on Saturday {event:%-d %B}"
        second, _ = self.topic(anchor, who, later, phrase, event)
        self.ask(self.rng.choice(("What did {S} do the weekend before {a}?",
                                  "How did {S} spend the weekend before {a}?")),
                 "temporal", [first, second], who, a=anchor.anchor)

    def chain(self, who: str, index: int, a: int, b: int) -> None:
        chain = CHAINS[index]
        values = {k: self.rng.choice(v) for k, v in chain.values.items()}
        k1, k2 = self.key("chain"), self.key("chain")
        self.units[a].append((Turn(who, _fill(self.rng.choice(chain.first), values), k1),))
        self.units[b].append((Turn(who, _fill(self.rng.choice(chain.second), values), k2),))
        for q in (*chain.asks, "Who is {who} to {S}, and what is new with them?"):
            self.ask(q, "multi-hop", [k1, k2], who, **values)

    def inference(self, who: str, index: int, at: int) -> None:
        item = INFERENCES[index]
        key = self.key("trait")
        self.units[at].append((Turn(who, self.rng.choice(item.says), key),
                               Turn(self.other(who), self.rng.choice(SMALL_TALK[25:31]))))
        for q in item.asks:
            self.ask(q, "open-domain", [key], who)

    # ------------------------------------------------------------------ sessions
    def _vary(self, line: str) -> str:
        """Small talk as people repeat it: the same thing, rarely in the same words."""
        head = self.rng.choice(_OPENERS)
        tail = self.rng.choice(_TAILS)
        body = line[0].lower() + line[1:] if head and not line.startswith("I ") else line
        return head + (body[:-1] + tail if tail and body[-1] in ".!" else body)

    def assemble(self, turns_per_session: int) -> None:
        a, b = self.conv.speakers
        for session, units in zip(self.conv.sessions, self.units, strict=True):
            filler = self.rng.sample(SMALL_TALK, turns_per_session - 4)
            filler[self.rng.randrange(len(filler))] = self.rng.choice(DISTRACTORS)
            filler[self.rng.randrange(len(filler))] = self.rng.choice(DISTRACTORS)
            pieces: list[tuple[Turn, ...]] = [(Turn("", self._vary(t)),) for t in filler]
            for unit in units:
                pieces.insert(self.rng.randint(2, len(pieces)), unit)
            speaker = self.rng.choice((a, b))
            for piece in pieces:
                for turn in piece:
                    if not turn.speaker:
                        turn.speaker = speaker
                    session.turns.append(turn)
                    speaker = self.other(turn.speaker)


def rng_date(day: datetime, rng: random.Random) -> str:
    return rng.choice((f"{day:%-d %B %Y}", f"{day:%B %-d, %Y}", f"the {_ordinal(day.day)} of "
                                                                f"{day:%B %Y}"))


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _conversation(index: int, rng: random.Random, n_sessions: int,
                  turns_per_session: int) -> Conversation:
    a, b = rng.sample(NAMES, 2)
    start = datetime(2023, 1, 2, 18) + timedelta(days=rng.randint(0, 200), hours=rng.randint(-8,
                                                                                            3))
    builder = _Builder(f"conv{index + 1}", (a, b), start, rng, n_sessions)
    topics = list(TOPICS)
    rng.shuffle(topics)
    anchors = [t for t in topics if t.anchor]
    anchor, target = anchors[0], next(t for t in topics if t.dated and t is not anchors[0])
    used = {anchor.name, target.name}
    builder.weekend_before(rng.choice((a, b)), anchor, target, rng.randint(2, n_sessions // 2))
    told = [t for t in topics if t.name not in used][:10]
    unused = [t for t in topics if t.name not in used and t not in told]
    owners: dict[str, str] = {}
    for i, topic in enumerate(told):
        who = (a, b)[i % 2]
        owners[topic.name] = who
        builder.topic(topic, who, rng.randrange(n_sessions))
    for i in rng.sample(range(len(CHAINS)), len(CHAINS)):
        first = rng.randrange(n_sessions - 3)
        builder.chain(rng.choice((a, b)), i, first, rng.randrange(first + 2, n_sessions))
    for i in rng.sample(range(len(INFERENCES)), 6):
        builder.inference(rng.choice((a, b)), i, rng.randrange(n_sessions))
    # Adversarial: the other speaker's topic asked about this one, and topics never told.
    for topic in told[:4]:
        values = {k: rng.choice(v) for k, v in topic.values.items()}
        builder.ask(rng.choice(topic.asks), "adversarial", [], builder.other(owners[topic.name]),
                    **values)
    for topic in unused[:3]:
        values = {k: rng.choice(v) for k, v in topic.values.items()}
        builder.ask(rng.choice(topic.asks), "adversarial", [], rng.choice((a, b)), **values)
    builder.assemble(turns_per_session)
    return builder.conv


def generate(seed: int = 13, conversations: int = 8, sessions: int = 20,
             turns_per_session: int = 26) -> list[Conversation]:
    """Deterministic for a given seed: same conversations, same questions."""
    rng = random.Random(seed)
    return [_conversation(i, rng, sessions, turns_per_session) for i in range(conversations)]
