"""Spoken corrections: "Sorry, I meant she lives in Leeds, not York.", "Not York, Leeds.", "I said
Thursday but I meant Tuesday.", "Actually she prefers Jo, not Joanne.", "Call her Jo."

Told "My sister Joanne lives in York." then "Sorry, I meant she lives in Leeds, not York.", the
companion said three days later "Your sister lives in York.". ``parse_correction`` (regexes) finds
the new word X and the old one Y ("" when it is in the line just said: "Sorry, I meant Leeds.").
``memory.corrector.Corrector`` applies it: each recent line of the user's that says Y is
kept, superseded by a corrected copy (same session and time, Y made X), and the facts are made
again from the copy. Nothing is lost, and search, the facts and the own-facts answers read the
new ones. Only lines of the last RECENT_DAYS change: a day or a number in the latest line that
says it, a place in that line's session, what someone is called everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from memory.people import A_NAME, CALLED_NAME, REL
from memory.timecues import WEEKDAYS

RECENT_DAYS = 14  # "this or recent sessions": older memories are left as they were told
JUST_SAID_S = 3600  # "Sorry, I meant Leeds." is about the user's line just before, if recent

_NOT_PROPER = (r"I'm|I've|I'd|I'll|It's|It|Its|The|My|Your|Our|His|Her|She|He|She's|He's|We|"
               r"We're|They|They're|You|You're|Not|No|Yes|And|But|So|Oh|Sorry|Actually|Just|"
               r"Well|Ok|Okay|That|This|There|What|Who|Mum|Mom|Dad")
_DAY = r"(?i:" + "|".join(WEEKDAYS) + r")"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
         r"December)"
_WORD = rf"(?!(?:{_NOT_PROPER}|{_DAY}|{_MONTH})\b){A_NAME}"  # "York on Thursday" is two
_PROPER = rf"{_WORD}(?:[ \-](?:(?:de|upon|on|la|le) )?{_WORD}){{0,2}}"
_NUMBER = r"\d{1,4}(?::\d\d)?(?:st|nd|rd|th|am|pm)?"
VALUE = rf"(?:{_DAY}|{_MONTH}|{_NUMBER}|{_PROPER})"
_IN_A_LINE = re.compile(rf"(?<![\w'])({VALUE})(?![\w])")
_TAIL = re.compile(rf"(?:^|(?<=\s))(?P<new>{VALUE})$")
_NAME_TAIL = re.compile(rf"(?:^|(?<=\s))(?P<new>{CALLED_NAME})$")
# Said before the new word, it is what someone is called: every mention of the old one goes.
_NAMING = re.compile(r"\b(?:called|named|name is|name's|prefers?|goes by|go by|calls? (?:her|him|"
                     r"them|me))\s*$", re.I)
_CUE = re.compile(r"^(?:(?:sorry|no|nope|nah|oh|oops|whoops|wait|actually|well|ah|hmm+|erm?|um+|"
                  r"my mistake|my bad|correction|hang on)\b[\s,.!-]*)+", re.I)
_NOT_SAID = re.compile(r"^(?P<before>.*?)(?P<comma>,)?\s+(?i:not)\s+(?i:the\s+)?(?P<old>[^,;]+?)$")
_NOT_FIRST = re.compile(r"^(?i:not)\s+(?P<old>[^,]+?),\s*(?:(?i:it's|it is|it was|i meant|"
                        r"i mean|but|just)\s+)?(?P<new>[^,]+?)$")
_SAID_MEANT = re.compile(r"^(?i:i said)\s+(?P<old>[^,]+?),?\s+(?:(?i:but|and)\s+)?(?:(?i:i)\s+)?"
                         r"(?i:meant|mean)\s+(?P<new>[^,]+?)$")
_MEANT = re.compile(r"^(?i:i meant|(?P<mean>i mean))\s+(?P<rest>.+)$")
_PLAIN_BEFORE = re.compile(r"^(?:(?:i meant|i mean|it's|it is|it was)\b.*)?$", re.I)
_NOT_MEANT = re.compile(r"^(?:to|it|that|what|this|every|nothing|no|well|you)\b", re.I)
_GOES_BY = re.compile(r"^(?:(?i:she|he|they)\s+(?i:goes by|go by|likes to be called|like to be "
                      r"called|prefers to be called|prefer to be called|(?:would|'d) rather be "
                      r"called)|(?i:(?:just )?call)\s+(?i:her|him|them)|(?i:her|his|their)"
                      r"\s+name(?:'s| is)\s+(?i:actually))\s+(?P<new>" + _WORD + r")$")


@dataclass(frozen=True)
class Correction:
    new: str  # X, as said
    old: str = ""  # Y, as said; "" when it is to be found in the line just said
    naming: bool = False  # what someone is called
    context: str = ""  # the words said before X ("she lives in"), to find Y by
    strict: bool = False  # "I love Paris, not London.": only where London came after "love"

    @property
    def kind(self) -> str:
        return "proper" if self.naming else value_kind(self.new) or ""


@dataclass(frozen=True)
class Corrected:
    new: str
    old: str  # as memory held it
    naming: bool
    changed: tuple[int, ...]  # the memories superseded


def value_kind(value: str) -> str | None:
    """ "day", "month", "number" or "proper" (a name, a place); None for other words."""
    for kind, pattern in (("day", _DAY), ("month", _MONTH), ("number", _NUMBER),
                          ("proper", _PROPER)):
        if re.fullmatch(pattern, value):
            return kind
    return None


def parse_correction(text: str) -> Correction | None:
    """The correction ``text`` makes of something said before, or None. Its other sentences
    may only be short ("Oops.", "My mistake."), never a question."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.replace("’", "'").strip()) if s]
    found = None
    for sentence in sentences:
        said = None if sentence.endswith("?") else _correction(sentence.rstrip(".! "))
        if found is None and said is not None:
            found = said
        elif sentence.endswith("?") or len(sentence.split()) > 4:
            return None
    return found


def _correction(sentence: str) -> Correction | None:
    body = _CUE.sub("", sentence).strip()
    cued = body != sentence.strip()
    if m := _SAID_MEANT.match(body) or _NOT_FIRST.match(body):
        return _both(m.group("new").strip(), m.group("old").strip())
    if m := _NOT_SAID.match(body):
        before, old = m.group("before"), m.group("old").strip()
        naming = _NAMING.search(_TAIL.sub("", before)) or _NAMING.search(_NAME_TAIL.sub("", before))
        tail = (_NAME_TAIL if naming else _TAIL).search(before)
        if tail is None:
            return None
        context = before[:tail.start()].strip()
        if naming:
            if re.fullmatch(CALLED_NAME, old) and old.lower() not in REL.split("|") and \
                    old.lower() != tail.group("new").lower():
                return Correction(tail.group("new"), old, True, context)
            return None
        plain = cued or bool(_PLAIN_BEFORE.match(context))
        if not (m.group("comma") or plain):
            return None  # "I'm going to Leeds not York" tells, it corrects nothing
        said = _both(tail.group("new"), old)
        return Correction(said.new, said.old, context=context, strict=not plain) if said \
            else None
    if m := _MEANT.match(body):
        rest = m.group("rest").strip()
        if value_kind(rest) and (cued or not m.group("mean")):
            return Correction(rest)
        if m.group("mean") or _NOT_MEANT.match(rest) or not (tail := _TAIL.search(rest)):
            return None  # "I meant what I said", "I meant to call you"
        return Correction(tail.group("new"), context=rest[:tail.start()].strip())
    if m := _GOES_BY.match(body):
        new = m.group("new")
        return None if value_kind(new) != "proper" or new.lower() in REL.split("|") else \
            Correction(new, naming=True)
    return None


def _both(new: str, old: str) -> Correction | None:
    """X and Y of one kind (two places, two days), or None ("not bad, thanks")."""
    kind = value_kind(new)
    if kind is None or kind != value_kind(old) or new.lower() == old.lower():
        return None
    return Correction(new, old)


def acknowledge(done: Corrected) -> str:
    """What to say: plainly, warmly, without the model."""
    if done.naming:
        return f"{done.new} it is. Thanks for telling me."
    return f"Ah, {done.new}, not {done.old}. Got it."


def mentions(text: str, word: str) -> bool:
    return bool(word) and re.search(_whole(word), text, re.I) is not None


def swap(text: str, old: str, new: str) -> str:
    """``text`` with the word ``old`` made ``new`` ("Joanne's" too), whatever its case."""
    return re.sub(_whole(old), new.replace("\\", r"\\"), text, flags=re.I)


def _whole(word: str) -> str:
    return rf"(?<![\w]){re.escape(word)}(?![\w])"


def _alike(a: str, b: str) -> int:
    """How alike a new name is to an old one ("Jo"/"Joanne", "Max"/"Mac", "Beth"/"Elizabeth");
    0 when not at all."""
    a, b = a.lower(), b.lower()
    prefix = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                  min(len(a), len(b)))
    if prefix >= 2:
        return prefix
    short, long = sorted((a, b), key=len)
    return 1 if len(short) >= 3 and (short in long or SequenceMatcher(None, a, b).ratio() >= .6) \
        else 0


def resolve_old(correction: Correction, before: str, known_names: set[str]) -> str:
    """Y for "Sorry, I meant Leeds." in the line said just ``before`` ("My sister Joanne lives
    in York."); "" when that line does not tell which (``known_names``: people's and pets')."""
    new = correction.new.lower()
    if correction.context and (m := re.search(said_after(correction.context, VALUE), before)):
        return m.group(1) if m.group(1).lower() != new else ""
    kind = correction.kind
    same = list(dict.fromkeys(v for v in _IN_A_LINE.findall(before)
                              if value_kind(v) == kind and v.lower() != new))
    scored = sorted(((_alike(v, new), v) for v in same), reverse=True)
    if scored and scored[0][0] and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][1]
    if correction.naming:
        same = [v for v in same if v.lower() in known_names]
    elif kind == "proper":  # a place: not someone's name
        same = [v for v in same if v.lower() not in known_names]
    return same[0] if len(same) == 1 else ""


def said_after(context: str, value: str) -> str:
    """A pattern for ``value`` said after the last words of ``context`` ("lives in York")."""
    near = r"\s+".join(rf"(?i:{re.escape(w)})" for w in context.split()[-2:])
    return rf"(?<![\w']){near}\s+(?:(?i:the)\s+)?({value})(?![\w])"


def spelt(correction: Correction) -> str:
    """X as it is to be kept: a day, a month or a name with its capital."""
    new = correction.new
    return new[:1].upper() + new[1:] if correction.naming or correction.kind in ("day", "month") \
        else new
