"""Plain questions about the user's own facts ("Where do I live?", "What's my dog called?"),
answered from what memory holds, without the model.

Given the note "the user lives in Leeds (moved there)", the 1.5B answered "Where did I move
to?" with "You moved to a new place."; given "Grace works as a teacher", "What do I do for
work?" got "You can teach students, help with homework, or work on projects.". A fact the
store holds is said back as it is; when it holds none, the model answers as before (the
words may still be in a recalled turn).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime

from memory.events import EVENTS
from memory.hits import Hit
from memory.people import PET, REL
from memory.timecues import WEEKDAYS

_DOGS = frozenset(("dog", "puppy", "golden retriever", "retriever", "labrador", "lab", "poodle",
                   "terrier", "spaniel", "beagle", "collie", "sheepdog", "husky", "dachshund",
                   "pug", "greyhound"))
_CATS = frozenset(("cat", "kitten"))
_CHILD = ("son", "daughter")  # asked after, "the user's baby" is one of them
_QUESTIONS = (
    ("name", re.compile(r"^(?:what(?:'s| is) my name|do you (?:know|remember) my name|"
                        r"who am i)$")),
    ("home", re.compile(r"^(?:where (?:do|did) i (?:live|move to|move)|where am i living(?: "
                        r"now)?|what (?:city|town|country) do i live in)$")),
    ("lives", re.compile(r"^where (?:does|did) my (" + REL + r") (?:live|move to|move)$")),
    ("job", re.compile(r"^(?:what(?:'s| is| (was)) my job|what (?:do|(did)) i do for (?:work|a "
                       r"living)|what (?:kind of )?(?:work|job) (?:do|(did)) i do)$")),
    # "Do you remember where I used to work?" (Gary, made redundant) got "You told me you used
    # to work at the same firm as me."
    ("workplace", re.compile(r"^(?:do you (?:know|remember) )?where (?:do i work|(?:(did) i|i "
                             r"(used to|use to)) work)$")),
    ("age", re.compile(r"^how old am i$")),
    ("study", re.compile(r"^(?:what (?:am i studying|do i study|subject do i study|is my "
                         r"(?:degree|course|subject) in)|what(?:'s| is) my (?:degree|course|"
                         r"subject))$")),
    # "Where do I study?" (Daniel, at uni in Glasgow) got "You'll study at Glasgow University."
    ("school", re.compile(r"^(?:where do i (?:study|go to (?:uni|university|college))|where am i "
                          r"at (?:uni|university|college)|what (?:uni|university|college) (?:do i "
                          r"go to|am i at))$")),
    ("pet", re.compile(r"^(?:what(?:'s| is) my (" + PET + r")(?:'s name| called)|what(?:'s| "
                       r"are) my pets?(?:'s)? (?:names?|called)|what pets? do i have)$")),
    # "Do you remember what my brother's name was?" (Paul, who never said it) got "You told me
    # his name was Paul.": his own name.
    ("family", re.compile(r"^(?:what(?:'s| is| was) my (" + REL + r"|baby)(?:'s name| called)|"
                          r"who(?:'s| is| was) my (" + REL + r")|(?:do you (?:still )?(?:know|"
                          r"remember) )?what my (" + REL + r"|baby)(?:'s name (?:is|was)| (?:is|"
                          r"was) called))$")),
    ("children", re.compile(r"^(?:what(?:'s| are) my ((?:grand)?(?:kids|children|sons|daughters)|"
                            r"twins|boys|girls)(?:'s?)? (?:called|names?)|who are my ((?:grand)?"
                            r"(?:kids|children)|twins))$")),
    # "What did I say I don't like?" got "You said you don't like shellfish." (an allergy; the
    # dislike was fantasy).
    ("dislikes", re.compile(r"^(?:what (?:did i (?:say|tell you) )?(?:that )?i (?:don't|do not|"
                            r"didn't|did not) like|what do i (?:dislike|hate|not like)|what "
                            r"(?:things|foods?) do i (?:not like|dislike|hate|avoid)|what can't i "
                            r"stand)$")),
    ("allergy", re.compile(r"^(?:what am i allergic to|what(?:'s| is| are) my allerg(?:y|ies)|do "
                           r"i have any allergies)$")),
    # "What do I love doing?" (Ruth, who loves her garden) got "You love doing things that make
    # you happy and bring you joy."
    ("likes", re.compile(r"^(?:what do i (?:really )?(?:love|like|enjoy)(?: doing| to do)?|"
                         r"what(?:'s| is| are) my (?:hobby|hobbies)|what do i do for fun)$")),
    ("plays", re.compile(r"^(?:what|which) (?:(?:video |computer )?(game)s?|(sport)s?|"
                         r"(instrument)s?)? ?do i (?:play|like to play)$")),
    # "When is my marathon?" got "Your marathon is on April 1, 2027." (then "April 20").
    ("when", re.compile(r"^when(?:'s| is| was) my (?:next |big |first )?(" + EVENTS + r")$")),
    # "When is my mum's operation?" (Priti) got "Her operation is scheduled for Friday."
    ("their_when", re.compile(r"^when(?:'s| is| was) my ((?:" + REL + r")'s (?:\w+ )?(?:operation|"
                              r"surgery|op|replacement|bypass|appointment|procedure|scan))$")),
    ("due", re.compile(r"^(?:when(?:'s| is| was) (?:my|the|our) baby due|when am i due|"
                       r"when(?:'s| is) my due date|what(?:'s| is) my due date)$")),
)


def own_fact_question(said: str) -> str | None:
    """ "home", "pet:dog", "family:sister"... for a plain question about the user's own facts
    (``said`` lower case, without its question mark); None for anything else."""
    for what, pattern in _QUESTIONS:
        if m := pattern.match(said):
            which = next((g for g in m.groups() if g), "").replace("é", "e")  # fiancé
            return f"{what}:{which}" if which else what
    return None


def own_fact_answer(question: str, facts: Iterable[Hit], now: datetime | None = None) -> str:
    """The answer from the current facts (newest first), or "" when memory holds none."""
    what, _, which = question.partition(":")
    if what == "when":
        return _when(which, facts, now or datetime.now())
    if what == "their_when":  # "mum's operation" from "The user's mum is having ... (on date)"
        told = _told(rf"The user's {re.escape(which.split(chr(39))[0])} (.+\(on [\d-]+\))\.?$",
                     facts)
        return _said_when(f"Your {which}", told[0], now or datetime.now()) if told else ""
    if what == "due":
        due = (_told(r"The user's baby is due (.+?)\.?$", facts) or [""])[0]
        return _said_when("Your baby", due, now or datetime.now(), " due")
    if what in ("dislikes", "allergy"):
        return _avoided(what, facts)
    if what == "children":
        # "What are my grandkids called?" once got "Jack and Jill" (told "Ella and Sam").
        kin = "grand(?:child|son|daughter)" if which.startswith("grand") else \
            "child|twin|son|daughter"
        kids = _told(rf"The user's (?:{kin}) is called (\w+)\.?$", facts)[:6]
        if len(kids) == 1:
            which = which.removesuffix("ren") if which.endswith("children") else \
                which.removesuffix("s")
        return f"Your {which} {'are' if len(kids) > 1 else 'is'} called {spoken_list(kids)}." \
            if kids else ""
    if what == "likes":
        liked = _told(r"The user (?:loves|likes|enjoys|adores) (.+?)\.?$", facts)[:3]
        return re.sub(r"\btheir\b", "your", f"You love {spoken_list(liked)}.") if liked else ""
    if what == "plays":
        played = [p for p in _told(r"The user plays (.+?)\.?$", facts)
                  if which in ("", _plays_kind(p))]
        return f"You play {spoken_list(played[:3])}." if played else ""
    said: list[str] = []
    for fact in facts:
        text = fact.text.strip().replace("fiancé", "fiance")  # as own_fact_question spells it
        if what == "name" and (m := re.match(r"The user's name is (.+?)\.?$", text)):
            return f"You're {m.group(1)}!"
        if what == "home" and (m := re.match(r"The user lives in (.+?)( \(moved there\))?\.?$",
                                             text)):
            return f"You {'moved to' if m.group(2) else 'live in'} {m.group(1)}."
        if what == "job" and (m := re.match(r"The user (?:works as (.+?)|used to work as (.+?)|"
                                            r"is (retired|a retired .+?))\.?$", text)):
            if m.group(3):
                return f"You're {m.group(3)}."
            if m.group(2):
                return f"You were {m.group(2)}."
            return f"You {'worked' if which else 'work'} as {m.group(1)}."  # "what did I do...?"
        if what == "workplace" and (m := re.match(r"The user works at (.+?)\.?$", text)):
            return f"You {'worked' if which else 'work'} at {m.group(1)}."
        if what == "study" and (m := re.match(r"The user studies (.+?)\.?$", text)):
            return f"You're studying {m.group(1)}."
        if what == "school" and (m := re.match(r"The user (?:is at (university|college) in|"
                                               r"studies .+? at) (.+?)\.?$", text)):
            return f"You're at {m.group(1)} in {m.group(2)}." if m.group(1) else \
                f"You study at {m.group(2)}."
        if what == "age" and (m := re.match(r"The user is (\d+) years old\.?$", text)):
            return f"You told me you're {m.group(1)}."
        if what == "pet" and (m := re.match(r"The user has an? ([\w ]+) called (\w+)\.?$", text)) \
                and _same_kind(which, m.group(1)):
            said.append(f"your {m.group(1)} is called {m.group(2)}")
        if what == "lives" and (m := re.match(rf"The user's {which} lives in (.+?)\.?$", text)):
            return f"Your {which} lives in {m.group(1)}."
        if what == "family" and (m := re.match(r"The user's ([\w ]+) is called (\w+)\.?$", text)) \
                and (m.group(1) == which or m.group(1) == "baby" and which in _CHILD
                     # "What's my baby called?" (Bex, of "my baby girl ... she's called Isla")
                     or which == "baby" and m.group(1) in ("daughter", "son")):
            said.append(f"your {m.group(1) if which == 'baby' else which} is called {m.group(2)}")
    if not said:
        return ""
    first, *rest = list(dict.fromkeys(said))[:3]
    return (first[0].upper() + first[1:] + "".join(f", and {r}" for r in rest)) + "."


def _told(pattern: str, facts: Iterable[Hit]) -> list[str]:
    """What ``pattern``'s group 1 reads in each fact that matches it, newest first, once each."""
    return list(dict.fromkeys(m.group(1) for fact in facts
                              if (m := re.match(pattern, fact.text.strip()))))


_INSTRUMENTS = re.compile(r"\b(?:piano|guitar|violin|viola|cello|drums|bass|flute|clarinet|"
                          r"saxophone|sax|trumpet|trombone|ukulele|harp|keyboard|organ|banjo)$")
_SPORTS = re.compile(r"\b(?:football|soccer|tennis|golf|rugby|cricket|basketball|baseball|"
                     r"badminton|squash|hockey|volleyball|netball|padel|pickleball|darts|snooker)$")


def _plays_kind(what: str) -> str:
    return "instrument" if _INSTRUMENTS.search(what) else "sport" if _SPORTS.search(what) \
        else "game"


def _avoided(what: str, facts: Iterable[Hit]) -> str:
    """ "You told me you don't like fantasy. And you're allergic to shellfish." """
    found: dict[str, list[str]] = {"dislikes": [], "allergic to": []}
    for fact in facts:
        if m := re.match(r"The user (dislikes|is allergic to) (.+?)\.?$", fact.text.strip()):
            found[m.group(1).removeprefix("is ")].append(re.sub(r"\btheir\b", "your", m.group(2)))
    dislikes, allergies = (list(dict.fromkeys(v))[:4] for v in found.values())
    allergic = f"you're allergic to {spoken_list(allergies)}." if allergies else ""
    if what == "allergy" or not dislikes:
        return allergic[:1].upper() + allergic[1:]
    return f"You told me you don't like {spoken_list(dislikes)}." + (
        f" And {allergic}" if allergic else "")


def spoken_list(items: list[str]) -> str:
    """ "a, b and c" """
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def not_told(question: str, turns: Callable[[], Iterable[Hit]] = tuple) -> str:
    """What to say when no fact answers ``question``: a name memory does not hold is not made
    up ("What was my dad's name? I don't think I told you." got "Your dad's name was John."),
    unless a remembered line (``turns()``, searched only for a name) names them after all ("my
    dog is called Biscuit"); "" leaves the question to the model."""
    what, _, which = question.partition(":")
    if what == "name":
        said = "I don't think you've told me your name yet. What should I call you?"
    elif what in ("family", "pet") and which:
        said = f"I don't think you've told me your {which}'s name yet."
    elif what == "workplace":
        said = f"I don't think you've told me where you {'worked' if which else 'work'}."
        told = re.compile(r"\b(?:work|worked|working|was) (?:at|for) (?:the )?[A-Z]")
        return "" if any(told.search(turn.text) for turn in turns()) else said
    elif what == "children":
        their = f"{which}'" if which.endswith("s") else f"{which}'s"  # the kids', the children's
        said = f"I don't think you've told me your {their} names yet."
    else:
        return ""
    days = "|".join(day.capitalize() for day in WEEKDAYS)
    named = re.compile(rf"\b{which}\b(?:'s name)?,?(?: is| was)?(?: called| named)? "
                       rf"(?!(?:{days})\b)[A-Z][a-z]+")
    return "" if any(named.search(turn.text) for turn in turns()) else said


def _same_kind(asked: str, kind: str) -> bool:
    """ "my dog" is the golden retriever; no kind asked ("what pets do I have?") is any."""
    breed = kind.split()[-1] if kind else kind  # "cocker spaniel" is a spaniel
    return not asked or asked == kind or (asked in _DOGS and breed in _DOGS) or (
        asked in _CATS and breed in _CATS)


def _when(event: str, facts: Iterable[Hit], now: datetime) -> str:
    """ "Your marathon is in April." from "The user has a marathon in April 2027."; a day
    with its date; "" when no fact says when."""
    for fact in facts:
        m = re.match(r"The user has an? (.+?)(?: and feels \w+ about it)?\.?$", fact.text.strip())
        name = re.split(r" (?:on|in|this|next|tomorrow|today|tonight)\b| \(", m.group(1))[0] \
            if m else ""
        if name.endswith(event) and (said := _said_when(f"Your {name}", m.group(1), now)):
            return said
    return ""


def _said_when(what: str, told: str, now: datetime, after: str = "") -> str:
    """ "Your marathon is in April." / "... was on Friday, 5 June." from the fact's "in April
    2027" or "(on 2027-06-05)"; "" when it holds neither."""
    if month := re.search(r"\bin ([A-Z][a-z]+ \d{4})$", told):
        start = datetime.strptime(month.group(1), "%B %Y")
        is_was = "was" if (start.year, start.month) < (now.year, now.month) else "is"
        return f"{what} {is_was}{after} in {start:%B}."
    if day_m := re.search(r"\(on (\d{4}-\d\d-\d\d)\)", told):
        day = datetime.strptime(day_m.group(1), "%Y-%m-%d")
        is_was = "was" if day.date() < now.date() else "is"
        return f"{what} {is_was}{after} on {day:%A}, {day.day} {day:%B}."
    return ""
