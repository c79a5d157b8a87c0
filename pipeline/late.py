"""Someone the user has lost (``UserProfile.late``, from ``memory.losses``): reminded beside
the line that speaks of them, greeted in the reply's first words as a memory, never asked after.

Pearl's "I had fish and chips on the pier, Arthur's favourite." (her husband, two years dead)
got "How are things going with Arthur?" and, with him in the system prompt as lost, still "It
sounds like you had a fun time with your husband."; Alf's "Doris always made a roast on
Sundays." got "How did Doris pass away?".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from pipeline.steer import them_for
from pipeline.user_profile import UserProfile


def _late_words(late: Iterable[str]) -> str:
    """ "husband Arthur" -> the words that name him: "Arthur", "husband"."""
    words = {w for who in late for w in (who.split()[-1], " ".join(who.split()[:-1]) or who)}
    return "|".join(sorted((re.escape(w) for w in words if w), key=len, reverse=True))


def loss_hint(user_text: str, user: UserProfile) -> str:
    """When the user speaks of someone they have lost: a reminder, beside their words, that the
    person has died (the system prompt says it too, far back, and a small model forgets)."""
    words = _late_words(user.late)
    if not words or not re.search(rf"\b(?:{words})\b", user_text, re.I):
        return ""
    # "Doris always made a roast on Sundays." (Alf, widowed) got "How did Doris pass away?"
    return (f"Remember: {user.who}'s {' and '.join(user.late)} died. A memory of them shared is "
            "precious: say warmly what a lovely memory it is. Never ask how they are, what they "
            "are doing now, or how they died.")


def speaks_of_late_as_alive(clause: str, late: Sequence[str]) -> bool:
    """Does this clause ask how someone who has died is, or how they died, send them greetings,
    or put them in the user's day ("How are things going with Arthur?", "Say hi to your
    husband", "It sounds like you had a fun time with your husband.")?"""
    words = _late_words(late)
    if not words:
        return False
    them = rf"(?:your |the )?(?:{words})\b(?!')"
    return re.search(
        rf"\bhow(?:'s| is| are| has| have)? (?:things (?:going )?(?:with|for) |you and )?{them}|"
        rf"\bhow (?:is|are|has) {them}|\bhow did {them} (?:die|pass)|\bwhat happened to {them}|"
        rf"\b(?:say hi|say hello|give my love|send my love|"
        rf"give (?:him|her|them) my love) to {them}|\bgive {them} (?:a hug|my love|my best)|"
        rf"\b(?:is|are|does|has|will) {them} (?:doing|feeling|coming|going|like|enjoy|"
        rf"still|any better|okay|ok|well|keeping)|\b(?:time|day|fun|trip|visit|meal|walk|"
        rf"evening|weekend) (?:out )?with {them}", clause, re.I) is not None


def remembering_reply(user_text: str, user: UserProfile, tone: str) -> str:
    """The whole reply when a calm line names someone they lost: "Oh, Pearl, what a lovely way
    to remember him. Tell me more about him." (led on by an opener alone, the 1.5B said Doris's
    roast back and "a memory Alf will cherish forever"); "" otherwise, and for a question."""
    if tone not in ("neutral", "happy") or "?" in user_text:
        return ""
    for who in user.late:
        kind, _, name = who.rpartition(" ")
        if kind and name[:1].isupper() and re.search(rf"\b{re.escape(name)}\b", user_text):
            them = them_for(kind.split()[-1])
            # "Doris always made a roast on Sundays." is a memory; fish and chips on the pier,
            # "Arthur's favourite", a way of remembering him
            told = "memory of" if _HABIT.search(user_text) else "way to remember"
            return f"Oh{{name}}, what a lovely {told} {them}. Tell me more about {them}."
    return ""


_HABIT = re.compile(r"\b(?:always|used to|would|never|every (?:day|week|sunday|year)|loved|"
                    r"was (?:always|so|such))\b", re.IGNORECASE)
