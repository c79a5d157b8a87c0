"""Who the user is, from the store's current facts: name, age, home, what never to suggest
(dislikes, allergies, diet, what their body makes hard), pets, who they have lost, the way
they asked to be talked to. Read once per session, so it can sit in the system prompt, which
stays a KV-cached prefix all session."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from memory.extract import extract_facts
from memory.hits import Hit
from memory.losses import LOST
from pipeline.style import pace_of, wants_fewer_questions

# The wording of memory.extract's facts.
_NAME = re.compile(r"^The user's name is (.+?)\.?$")
_DISLIKE = re.compile(r"^The user dislikes (.+?)\.?$")
_ALLERGY = re.compile(r"^The user is allergic to (.+?)\.?$")
_LIMIT = re.compile(r"^The user finds (.+?) hard\.$")  # memory.abilities
HARD_FOR_THEM = " (hard for them)"
SOBER = " (sober)"
_PET = re.compile(r"^The user has an? [\w ]+ called (\w+)\.?$")
_DIET = re.compile(r"^The user is (\w+)\.$")
_AGE = re.compile(r"^The user is (\d+) years old\.$")
_HOME = re.compile(r"^The user lives in (.+?)(?: \(moved there\))?\.?$")
_IN_PROFILE = (_NAME, _DISLIKE, _ALLERGY, _LIMIT, _AGE, LOST)
_DIETS = {"vegetarian": "meat or fish (vegetarian)", "vegan": "animal products (vegan)",
          "pescatarian": "meat (pescatarian)", "diabetic": "sugary food (diabetes)",
          "coeliac": "gluten (coeliac)",
          "sober": f"alcohol{SOBER}"}
MAX_AVOID = 8


@dataclass(frozen=True)
class UserProfile:
    name: str = ""
    avoid: tuple[str, ...] = ()  # never suggest these: "mushrooms", "peanuts (allergy)"
    # Pets' names, not to be suggested either: "something for dinner?" got "something with
    # mango" from the notes about Mango the dog.
    pets: tuple[str, ...] = ()
    age: str = ""  # "16": a teenager is not offered a glass of wine
    home: str = ""  # "Dublin": whose help line a crisis reply names
    fewer_questions: bool = False  # "Please stop asking me so many questions."
    late: tuple[str, ...] = ()  # who they have lost: "husband Arthur", "mum"
    pace: float = 1.0  # "Could you speak a bit slower please?": times the persona's rate

    @property
    def sober(self) -> bool:
        return any(a.endswith(SOBER) for a in self.avoid)

    @property
    def who(self) -> str:
        """How the prompt names the user."""
        return self.name or "the user"


def home_told(text: str) -> str:
    """Where the user says they live in ``text`` ("" for nowhere): "Hi, I'm Bev. I live in
    Liverpool." got the help lines of no country for the rest of that first conversation."""
    return next((fact.value for fact in extract_facts(text, datetime.now()) if fact.slot == "home"),
                "")


def user_profile(facts: Iterable[Hit]) -> UserProfile:
    """Name and things to avoid from current facts (``MemoryStore.facts(profile)``)."""
    name, age, home, avoid, pets, questions, late = "", "", "", [], [], None, []
    pace: float | None = None
    for fact in facts:  # newest first: the newest name wins
        if fact.superseded_at is not None:
            continue
        text = fact.text.strip()
        if m := _NAME.match(text):
            name = name or m.group(1)
        elif m := _AGE.match(text):
            age = age or m.group(1)
        elif m := _HOME.match(text):
            home = home or m.group(1)
        elif m := _DISLIKE.match(text):
            avoid.append(m.group(1))
        elif m := _ALLERGY.match(text):
            avoid.append(f"{m.group(1)} (allergy)")
        elif m := _LIMIT.match(text):
            avoid.append(f"{m.group(1)}{HARD_FOR_THEM}")
        elif (m := _DIET.match(text)) and m.group(1) in _DIETS:
            avoid.append(_DIETS[m.group(1)])
        elif m := _PET.match(text):
            pets.append(m.group(1))
        elif m := LOST.match(text):
            late.append(m.group(1))
        elif (asked := pace_of(text)) is not None:
            pace = asked if pace is None else pace
        elif questions is None:
            questions = wants_fewer_questions(text)
    return UserProfile(name, tuple(dict.fromkeys(avoid))[:MAX_AVOID],
                       tuple(dict.fromkeys(pets))[:MAX_AVOID], age, home, bool(questions),
                       _named_first(late), 1.0 if pace is None else pace)


def _named_first(late: list[str]) -> tuple[str, ...]:
    """ "mum" told one day and "mum Jean" another are one loss: the named one is kept."""
    named = [who for who in late if " " in who and who.split()[-1][:1].isupper()]
    kinds = {" ".join(who.split()[:-1]) for who in named}
    return tuple(dict.fromkeys([*named, *(who for who in late if who not in kinds)]))[:MAX_AVOID]


def in_profile(fact_text: str) -> bool:
    """Is this fact said by the system prompt already (the name, what to avoid, a loss)?"""
    return any(p.match(fact_text) for p in _IN_PROFILE)


def system_prompt(persona_prompt: str, user: UserProfile) -> str:
    """The persona, then who it is talking to and what never to suggest to them."""
    lines = [persona_prompt.strip()]
    if user.name:  # not "You are talking with Sam": the 0.5B took itself for Sam
        lines.append(f"The user's name is {user.name}.")
    if user.age:
        lines.append(f"The user is {user.age} years old.")
    if user.avoid:
        lines.append(f"Never suggest: {', '.join(user.avoid)}.")
    if user.late:
        # "How are things going with Arthur?", said to his widow
        lines.append(f"{user.who.capitalize()} has lost their {' and their '.join(user.late)}: "
                     "never ask how they are; speak of them gently, as someone who has died.")
    return "\n".join(lines)

def dislikes_said(user_text: str, now: datetime) -> list[str]:
    """What the user says they dislike in these words ("I hate running." -> ["running"])."""
    return [f.text.removeprefix("The user dislikes ").rstrip(".")
            for f in extract_facts(user_text, now) if _DISLIKE.match(f.text)]

def avoided_said(user_text: str, now: datetime) -> list[str]:
    """What the user says here they dislike, are allergic to, find hard or do not eat (a diet:
    "I'm vegan, by the way." and, two lines on, Tomás's quick dinner was grilled chicken)."""
    facts = extract_facts(user_text, now)
    return [m.group(1) for f in facts
            if (m := _DISLIKE.match(f.text) or _ALLERGY.match(f.text) or _LIMIT.match(f.text))] \
        + [_DIETS[m.group(1)] for f in facts if (m := _DIET.match(f.text)) and m.group(1) in _DIETS]

