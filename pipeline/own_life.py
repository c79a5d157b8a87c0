"""The companion has no life of its own: it goes nowhere, meets nobody, shares no past.

A small model speaks as a friend who would come along ("I'm looking forward to seeing it.", "We
used to go fishing", "Ana is a friend of mine."). Said to the user, those are the user's plans,
past and people, so they are said so, clause by clause, before the voice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from memory.extract import REL
from memory.timecues import resolve_future

# "I'm dying to see the new Dune film." got "That sounds exciting! I'm looking forward to seeing
# it.": the companion will not see it; the user will.
_LOOKING_FORWARD = (r"\bI(?:'m| am) (?:also |really |so |too )?(?:looking forward to|excited to|"
                    r"excited about) ")
_OWN_OUTING = re.compile(_LOOKING_FORWARD + r"(?:seeing|watching|reading|hearing|trying|visiting|"
                         r"going to) (?:it|that|this|them)(?: too| as well)?\b", re.I)
# "My mum is flying in from Lagos tomorrow." got "I'm looking forward to seeing her.": nor will
# it see the user's mum.
_OWN_VISIT = re.compile(_LOOKING_FORWARD + r"(?:seeing|meeting) (her|him)(?: too| as well)?\b",
                        re.I)
# "Do you remember what we used to do together, me and my dad?" got "Yes, I remember. We used to go
# fishing every summer": the companion has no past of outings with the user.
# "My sister is visiting next week and I want to plan something." got "Maybe we could go on a
# hike or have dinner together.", and of a mum with dementia, "Maybe we could plan some special
# time together soon?": the companion goes nowhere; the plans are the user's ("we could talk
# about it" stays). Both are said with "you".
# "I'm a bit worried we'll argue about chores." (Owen, his girlfriend moving in) got "What do you
# think we can do to make it easier?".
# "Where are we going in May?" (the user and his wife) got "We're going to Seville in May.".
_OWN_WE = re.compile(r"\b([Ww])e( used to\b| (?:could|can|should|might) (?:(?:also|all|both|"
                     r"maybe) )?(?:go|plan|have|visit|meet|watch|cook|bake|take|head|grab|throw|"
                     r"host|book|travel|walk|hike|eat|see|spend|organi[sz]e|do(?= to\b))\b|"
                     r"(?:'re| are) "
                     r"(?:going|heading|off|flying|travell?ing|driving) to (?=[A-Z]))")
# "What should I make tonight?" got "How about we make a veggie chilli?", and "Let's bake a
# banana bread!": the companion cooks nothing (talking, thinking, trying again stay "we").
_OWN_DOING = "make|cook|bake|order|go|grab|watch|plan|book|visit|get|head|take|plant|throw|host"
# "My sister is visiting next week and I want to plan something fun." got "Why don't we plan a
# picnic or go for a hike?" (live bench).
_HOW_ABOUT_WE = re.compile(r"\b([Hh]ow about|[Ww]hy don't) we (?=(?:" + _OWN_DOING + r")\b)"
                           r"(?!take (?:it|a (?:breath|moment|minute|second|look))\b)")
# ...but "let's go through it" and "let's get you sorted" are the talk, not an outing
_LETS_DO = re.compile(r"\b([Ll])et's (?=(?:" + _OWN_DOING + r")\b)(?!go (?:through|over)\b|get "
                      r"you\b)")
# "Her name is Ana." (someone the user just met) got "Ana is a friend of mine.": the companion has
# no family or friends of its own; the people it speaks of are the user's.
_OWN_PEOPLE = re.compile(r"\bmy (" + REL + r"|friends?|kids|children|grandkids)\b(?!\s*[!,.?])"
                         r"|\b(a (?:good |close |dear |old )?friend) of mine\b", re.I)
# "I've got a job interview on Thursday!" got "That's great news! I'm looking forward to it.".
_OWN_EVENT = re.compile(_LOOKING_FORWARD + r"(?:it|that)(?: too| as well)?(?=\s*[.!]|$)", re.I)


# "I start in January." (Ana, a new job in London) got "I'm looking forward to seeing you in
# January.": it will see nobody.
_SEEING_YOU = re.compile(_LOOKING_FORWARD + r"seeing you(?: again)?(?: (?:in|on|at|there|then|"
                         r"soon|next)\b[^.!?]*)?", re.I)


# "Her sister might take her for a weekend so I can rest." (Ahmed, caring for his wife) got
# "That's a good idea. I'll make sure to take her for a weekend so you can rest.": it can do
# nothing in the world, so such a sentence is dropped.
_OWN_DEED = re.compile(
    r"^\W*I(?:'ll| will) (?:make sure to |be sure to |try to |definitely |happily )?(?:take|pick "
    r"(?:her|him|them|you) up|drive|bring|come (?:over|round|with|and)|pop (?:over|round)|visit|"
    r"cook|collect|fetch|carry|meet (?:you|her|him|them)|babysit|look after (?:her|him|them))\b")


def promises_a_deed(clause: str) -> bool:
    """Does the sentence begin with a deed the companion would do in the world?"""
    return _OWN_DEED.match(clause) is not None


# "got an interview on thursday" (Omar, days before) got "That's great news! How did it go?":
# nothing has gone yet. Asked before it happens, it is how they feel about it.
_HOW_IT_WENT = re.compile(r"^(\W*)how did (?:it|that|the \w+|your \w+)(?: all)? go\b[^.!?]*\?",
                          re.I)
# "I had my interview on Thursday", "it went well": it happened.
_HAPPENED = re.compile(r"\b(?:went|had|did|was|were|got through|finished|been|came|last|"
                       r"yesterday|ago|this morning|earlier|just)\b", re.I)


# ...said as a thing ahead: "We survived Saturday!" and "I forgot a meeting today" name a day too.
_AHEAD = re.compile(r"\b(?:tomorrow|next \w+|in (?:a|two|three|\d+) (?:days?|weeks?)|(?:got|have|"
                    r"'ve got) (?:an?|my|the) [\w ]{2,25}? (?:on|this|next|tomorrow)|(?:is|'s|are|"
                    r"starts?|begins?) (?:on|this|next|tomorrow|in)\b|going to|gonna|i'll|i will)"
                    r"\b", re.IGNORECASE)


def still_to_come(said: str) -> bool:
    """Does the line tell of something that has not happened yet ("got an interview on
    thursday", "my exam is tomorrow")?"""
    return resolve_future(said, datetime.now())[0] is not None and not _HAPPENED.search(said) \
        and _AHEAD.search(said) is not None


def not_gone_yet(text: str) -> str:
    """A sentence that asks how a thing to come went, asked how they feel about it."""
    return _HOW_IT_WENT.sub(r"\1How are you feeling about it?", text)


def not_going(text: str) -> str:
    """The user's outings, visits and events, wished well instead of joined."""
    text = _SEEING_YOU.sub("I hope it all goes brilliantly", text)
    text = _OWN_OUTING.sub("I hope you love it", text)
    text = _OWN_VISIT.sub(r"You must be looking forward to seeing \1", text)
    return _OWN_EVENT.sub("I hope it goes really well", text)


def as_theirs(text: str) -> str:
    """ "We used to", "we could go", "let's bake", "my sister": said as the user's (not in a
    joke or story)."""
    text = _OWN_WE.sub(lambda m: ("Y" if m.group(1) == "W" else "y") + "ou" + m.group(2), text)
    text = _HOW_ABOUT_WE.sub(lambda m: f"{m.group(1)} you ", text)
    text = _LETS_DO.sub(lambda m: ("Y" if m.group(1) == "L" else "y") + "ou could ", text)
    return _OWN_PEOPLE.sub(lambda m: f"your {m.group(1)}" if m.group(1)
                           else f"{m.group(2)} of yours", text)


# "ye its gus" got "I remember Gus. He was a friend who always made me laugh and smile.": the
# companion has no memories but what the user told it, and those are "you told me" ("Yes, I
# remember that it was Arthur's birthday." is "Yes, you told me that it was...").
_OWN_MEMORY = re.compile(r"^(\s*(?:(?:yes|oh|of course|ah)(?:,|!)? )?)I (?:still )?(?:remember|"
                         r"recall)(?: (that|it|he|she|they|there|this|his|her|their)\b| (?=\w))"
                         r"(?![^.!?]*\byou(?:r|rs|'re|'ve|'d|'ll)?\b)", re.I)


def as_told(text: str, starts: bool = True) -> str:
    """ "I remember that/it ..." -> "You told me that/it ..."; "I remember Gus" -> "You told me
    about Gus" (a clause's start; ``starts``: a sentence's)."""
    def told(m: re.Match[str]) -> str:
        lead = m.group(1)
        said = f"{'You' if starts and not lead.strip() else 'you'} told me"
        return f"{lead}{said} {m.group(2)}" if m.group(2) else f"{lead}{said} about "
    return _OWN_MEMORY.sub(told, text, count=1)


# Recalled notes quote the user ('Monday: "I had a really long day at work and I'm exhausted."').
# A misheard "Have you today?" got "Yes, I have a really long day at work and I'm exhausted.":
# their words, said as the companion's own day. A first-person clause that shares its "I ..."
# or "my ..." with a quote and most of its words is theirs, and not said.
# A quote as ``prompting.framed`` gives one, on its own line of the notes (not a hint's words).
_QUOTE = re.compile(r'^- [^:"\n]{1,40}: "([^\n]{8,})"[ \t]*$', re.M)
# "I" or "my", then what the words are about: "I had a really long day" and "I have a long day"
# are both "long"; "I'm sorry the day was long" is "sorry", the companion's own reaction.
_ON_THE_WAY = frozenset(re.findall(r"\w+", "m ve d ll am is was were have has had a an the really "
                                   "just so very also too been such got feel felt still quite "
                                   "bit pretty"))
_COMMON = frozenset(re.findall(r"\w+", "the and but you your yes yeah for was are not too all its "
                               "one get got had has have with that this just really very so "
                               "what about from they them their there here some would could "
                               "should will when then than been being over much more also "
                               "today"))
_TO_THEM = re.compile(r"\byou(?:'re|'ve|'d|'ll|r|rs|rself)?\b")
_MIN_SHARED = 2  # words of its own ("day", "work") the clause shares with the quote


def quotes_in(notes: Iterable[str]) -> tuple[str, ...]:
    """The user's words that ``notes`` quote."""
    return tuple(found.group(1) for note in notes for found in _QUOTE.finditer(note))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z']+", text)  # "i'm", "don't": no topic
            if len(w) > 2 and w not in _COMMON and "'" not in w}


def _about_me(text: str) -> set[str]:
    """What each "I ..." or "my ..." in ``text`` is about."""
    words = re.findall(r"[a-z]+", text)
    about = set()
    for at, word in enumerate(words):
        if word in ("i", "my"):
            about.add(next((w for w in words[at + 1:] if w not in _ON_THE_WAY), ""))
    return about - {""}


class TheirWords:
    """The user's recalled quotes, parsed once per reply, against which clauses are checked."""

    def __init__(self, quotes: Iterable[str]) -> None:
        self._quotes = [(_about_me(q.lower()), _words(q.lower())) for q in quotes]

    def said_as_ours(self, clause: str) -> bool:
        """Does ``clause`` say in the first person what a quote says the user did or felt?"""
        if not self._quotes:
            return False
        said = clause.lower()
        own = _about_me(said)
        if not own or _TO_THEM.search(said):  # "I love that you hike in the mountains"
            return False
        words = _words(said)
        for about, theirs in self._quotes:
            shared = words & theirs
            if own & about and len(shared) >= _MIN_SHARED and len(shared) * 5 >= len(words) * 3:
                return True
        return False
