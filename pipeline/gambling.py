"""Gambling that has got on top of someone: no cheering, the truth said kindly, real help named.

Eddie said as a new user: "lost 800 quid on the slots tonight." then "it's fine, I'll win it back
tomorrow, my luck's got to turn." got "That's great to hear! I'm glad you're feeling better.";
"the wife doesn't know." "That's okay."; "I've been doing this every night for months to be
honest." "That's admirable... What are some things that have helped you stay motivated?"; "is
it really that bad?" "It's not that bad... What have you tried so far to improve your luck?".
Chasing losses, hiding them and playing every night are the signs a gambling help line asks
about: each is answered knowing the gambling told a few lines before, and the next days' "I
didn't go tonight." or "I rang that helpline" are met as the steps they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.helplines import topic_line

__all__ = ["follows_up_gambling", "gambling_answer"]

_GAMBLED = re.compile(
    r"\b(?:slots|fruit machines?|pokies|casino|roulette|blackjack|poker|bookies|bookmakers?|"
    r"betting|bet365|scratch ?cards|gambl\w*|accumulators?|on the horses|on the dogs|sports? "
    r"bets?|bets)\b", re.IGNORECASE)
_LOST = re.compile(r"\b(?:lost|blew|blown|down|put) (?:another |over |nearly |almost |like )?"
                   r"(?:[£$€]\s?\d[\d,]*|\d[\d,]* ?(?:quid|pounds|dollars|euros|grand|k)\b|"
                   r"(?:a|two|three|five|ten) (?:hundred|grand|thousand)|everything|my wages|"
                   r"my pay|the rent|the mortgage)", re.IGNORECASE)
# "I'll win it back tomorrow, my luck's got to turn."
_CHASING = re.compile(
    r"\b(?:win|get|earn|make) (?:it|that|them|the money|my money|it all|the lot)(?: all)? back\b|"
    r"\bmy luck(?:'s| has| is)? (?:got to|gotta|bound to|going to|gonna|has to|will) (?:turn|"
    r"change)\b|\b(?:i'm |i am )?(?:due|owed) a (?:big )?win\b|\bchas(?:e|ing) (?:my |the )?"
    r"loss(?:es)?\b|\bone more (?:go|spin|bet)\b", re.IGNORECASE)
_HIDDEN = re.compile(
    r"\b(?:the wife|my wife|the missus|my husband|my partner|my girlfriend|my boyfriend|my family|"
    r"my mum|my dad|she|he|nobody|no one|no-one)(?: doesn't| does not| don't| has no| hasn't "
    r"got| has got no|'s got no|'s no|'s not got| can't| mustn't| won't| never)? (?:a clue|any "
    r"idea|idea|know|find out|knows)\b|\bkeep(?:ing)? it from\b|\b(?:hid|hide|hiding) it\b",
    re.IGNORECASE)
_HABIT = re.compile(r"\bevery (?:night|day|evening|weekend|payday)\b|\bfor (?:months|years|"
                    r"weeks|ages)\b|\bcan't stop\b|\bcan't seem to stop\b", re.IGNORECASE)
_ASKS_HOW_BAD = re.compile(
    r"\b(?:is it|is that|is this) (?:really |actually )?(?:that |so )?(?:bad|a problem|serious|an "
    r"addiction)\b|\bam i (?:an )?(?:addict(?:ed)?|hooked)\b|\b(?:do|have) i (?:got )?(?:a|an) "
    r"(?:problem|addiction|gambling problem)\b", re.IGNORECASE)
# "I didn't go tonight.", "I haven't bet all week.": not "I didn't go to the party."
_STAYED_AWAY = re.compile(
    r"^(?!.*\?).*\bi (?:didn't|did not|never|haven't|have not) (?:(?:go|gone|went)(?: (?:to|down|"
    r"near) (?:the )?(?:bookies|bookmakers|casino|arcade|slots|machines))?(?: (?:tonight|today|"
    r"yesterday|last night|this week|all week|at all))?[.!]*$|(?:play|played|bet|gamble|gambled|"
    r"touched)\b)", re.IGNORECASE)
_GOT_HELP = re.compile(
    r"^(?!.*\?).*\bi (?:rang|called|phoned|spoke to|texted|messaged|went to|signed up (?:to|for)|"
    r"joined)\b[^.!?]{0,30}\b(?:helpline|help line|gamcare|gamblers anonymous|ga meeting|"
    r"self[- ]exclu\w+|gamstop)\b|\bi told (?:the wife|my wife|the missus|my husband|my partner|"
    r"her|him|them|my family) (?:everything|about it|the truth|about the (?:gambling|betting|"
    r"money|debts?|losses))\b", re.IGNORECASE)
_SLIPPED = re.compile(r"^(?!.*\?).*\bi (?:went|played|bet|gambled|lost)\b[^.!?]{0,20}\bagain\b",
                      re.IGNORECASE)
def _line(country: str) -> str:
    """A sentence naming the country's gambling help line, without its full stop."""
    return topic_line("gambling", country) or "A gambling help line is free and won't judge you"


def _whom(hidden: str) -> str:
    """Who was not told, as the reply names them: "the wife doesn't know" -> "her"."""
    said = hidden.lower()
    if re.search(r"\b(?:wife|missus|girlfriend|mum|she)\b", said):
        return "her"
    if re.search(r"\b(?:husband|boyfriend|dad|he)\b", said):
        return "him"
    return "them" if "family" in said or "partner" in said else "the people close to you"


def follows_up_gambling(text: str) -> bool:
    """A line about gambling told before ("I didn't go tonight."): the last days' lines are
    read for it."""
    return any(p.search(text) for p in (_STAYED_AWAY, _GOT_HELP, _SLIPPED))


def gambling_answer(text: str, earlier: Sequence[str], you: str, country: str = "") -> str | None:
    """The whole reply to a line about gambling that has got on top of the user, or to a step
    away from it told after; None for any other line. ``you``: ", Eddie" or ""."""
    recent = [*earlier[-6:], text]
    line = _line(country)
    if any(_GAMBLED.search(said) for said in recent):
        if _CHASING.search(text):
            return (f"I'd be worried about that{you}. Trying to win it back is how the losses "
                    "get bigger: the odds are set so the house wins in the end. Could you give "
                    "tomorrow a miss, and tell me how it goes?")
        if _ASKS_HOW_BAD.search(text):
            return (f"Honestly{you}, I think it's got on top of you, and that's nothing to be "
                    f"ashamed of: it happens to lots of people. {line}. Would you give them a "
                    "ring?")
        if _HABIT.search(text) and any(_LOST.search(said) for said in recent):
            return (f"Thank you for being honest with me{you}. That's a lot to carry on your "
                    "own, and it sounds like it's got a hold on you. How are you feeling about "
                    "it, really?")
        if (hidden := _HIDDEN.search(text)) and _GAMBLED.search(" ".join(recent[-3:])):
            return (f"That must be a heavy thing to carry on your own{you}. {line}, and they "
                    f"can help with how to tell {_whom(hidden.group(0))} too.")
    # the steps after: the gambling may have been told days before (``earlier`` holds them)
    if not any(_GAMBLED.search(said) for said in earlier) or not follows_up_gambling(text):
        return None
    if _GOT_HELP.search(text):
        return f"I'm really glad you did that{you}. That took guts. How did it go?"
    if _SLIPPED.search(text):
        return (f"Thank you for telling me{you}, and don't be too hard on yourself: slips "
                f"happen when you're trying to stop. {line}, if it would help tonight.")
    if _STAYED_AWAY.search(text):
        return f"That's a real step{you}, well done. How did it feel, staying away?"
    return None
