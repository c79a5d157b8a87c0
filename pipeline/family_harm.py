"""Harm inside a family that nobody names: money taken from an old woman's purse by her
grandson, and a worn-out carer who nearly hit his mother.

Margaret (80) said as a new user: "My grandson keeps taking money from my purse.", "He says
he'll pay me back but he never does.", "Now he wants me to sign something about the house." (got
"That's not a good idea. How can you handle this?") and "I don't want to get him into trouble,
he's family." ("Try to communicate openly and respectfully."). Steve, looking after his mum with
dementia, said "I shouted at her and I nearly hit her, I'm at the end of my rope." ("That's not
a good way to handle things, Steve.") and "I feel like a monster." ("That's understandable.").
What the services say: money taken is financial abuse, even by family; nothing about a house is
signed without independent advice; a carer at breaking point needs help, not blame: step away
for a few minutes, and ask for respite and a carer's assessment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.helplines import as_aside, topic_line
from pipeline.steer import THEY, them_in

__all__ = ["carer_answer", "follows_up_money", "money_taken_answer"]

_FAMILY = (r"(?:grandson|granddaughter|son|daughter|nephew|niece|son-in-law|daughter-in-law|"
           r"brother|sister|carer|neighbour)")
_TAKES = re.compile(
    r"^(?!.*\b(?:i told (?:him|her|them) to|i said (?:he|she|they) could|i let (?:him|her|them)|"
    r"i gave (?:him|her|them))\b).*\bmy " + _FAMILY + r"\b[^.!?]{0,30}\b(?:keeps|kept|has been|"
    r"is|has)? ?(?:taking|took|takes|stealing|stole|helping (?:him|her)self to) (?:money|cash|my "
    r"(?:money|pension|savings|bank card|card)|from my (?:purse|account|bank|wallet))",
    re.IGNORECASE)
_SIGN = re.compile(r"\b(?:sign|signing) (?:something|anything|papers|a form|the house|over the "
                   r"house|a document|power of attorney)\b|\bsign (?:the |my )?house over\b",
                   re.IGNORECASE)
_PAY_BACK = re.compile(r"\b(?:pay (?:me )?back|borrowing|only borrowing|never does|never has)\b",
                       re.IGNORECASE)
_FAMILY_LOYAL = re.compile(r"\b(?:he'?s|she'?s|they'?re) family\b|\bget (?:him|her|them) into "
                           r"trouble\b|\bi love (?:him|her|them)\b", re.IGNORECASE)
# A carer at the end of their rope: "I nearly hit her", "I shouted at her".
_NEARLY = re.compile(r"\b(?:i )?(?:nearly|almost|could have|wanted to|felt like i could) "
                     r"(?:hit|slap|shake|hurt|smack|push) (?:her|him|them|mum|mom|dad)\b|\bi "
                     r"(?:hit|slapped|shook|pushed|grabbed) (?:her|him|mum|mom|dad)\b",
                     re.IGNORECASE)
_CARING = re.compile(r"\b(?:look after|looking after|care for|caring for|carer for)\b|"
                     r"\b(?:dementia|alzheimer'?s)\b", re.IGNORECASE)
_MONSTER = re.compile(r"\b(?:a monster|a terrible (?:person|son|daughter)|a bad (?:person|son|"
                      r"daughter)|hate myself)\b", re.IGNORECASE)
_ALONE = re.compile(r"\b(?:nobody|no one|no-one) (?:else )?(?:to help|helps|else)\b|\bon my own\b|"
                    r"\ball on me\b", re.IGNORECASE)


# "I didn't sign it. I rang for some advice like you said." (Margaret, two days on) got "That's
# okay. Sometimes it helps to talk things through": a brave step, met as one.
_STOOD_FIRM = re.compile(r"^(?!.*\?).*\b(?:i (?:didn'?t|did not|never|won'?t) sign\w*|i (?:rang|"
                         r"called|phoned|spoke to|went to) (?:for (?:some )?advice|age uk|a "
                         r"solicitor|the bank|the police|an advice)|i told (?:him|her|them) no)\b",
                         re.IGNORECASE)


def follows_up_money(text: str) -> bool:
    """A step told days after ("I didn't sign it."): the last days' lines are read."""
    return _STOOD_FIRM.search(text) is not None


def money_taken_answer(text: str, earlier: Sequence[str], you: str,
                       country: str = "") -> str | None:
    """The whole reply to money taken by family, or a line after it; else None."""
    advice = topic_line("older", country) or "a solicitor or an advice service"
    told = any(_TAKES.search(said) for said in earlier[-8:])
    if _TAKES.search(text) and not told:
        return (f"I'm sorry{you}, that's not okay, even from family: taking your money without "
                "asking is a kind of abuse, and you're allowed to say no. Is there someone you "
                "trust you could talk to about it?")
    if not told:
        return None
    if _STOOD_FIRM.search(text):
        return (f"Well done{you}, that was exactly the right thing to do, and it can't have been "
                "easy. How are you feeling about it all?")
    if _SIGN.search(text):
        return (f"Please don't sign anything yet{you}. Let someone independent read it with you "
                f"first, like {advice}: once it's signed it can be very hard to undo. Would you do "
                "that?")
    if _FAMILY_LOYAL.search(text):
        return (f"I understand{you}, you love him. Keeping yourself safe isn't getting anyone into "
                f"trouble, and {as_aside(advice)} can talk it through in confidence. Would you "
                "ring them?")
    if _PAY_BACK.search(text):
        return (f"That must be hard{you}, especially when you love him. It's okay to stop lending "
                "and keep your purse somewhere safe. Who else knows about this?")
    return None


def carer_answer(text: str, earlier: Sequence[str], you: str, country: str = "") -> str | None:
    """The whole reply to a carer who nearly hurt the one they care for, or a line after it."""
    caring = any(_CARING.search(said) for said in (*earlier[-8:], text))
    nearly_before = any(_NEARLY.search(said) for said in earlier[-6:])
    rest = ("a carer's assessment from the council, and respite so you can rest" if
            country == "GB" else "respite care, so you can rest")
    if caring and _NEARLY.search(text) and not nearly_before:
        they = THEY[them_in([*earlier[-4:], text], he="dad|father", she="mum|mom|mother")]
        return (f"It sounds like you're at breaking point{you}, and that means you need help too, "
                "not that you're a bad person. If it builds up again, step out of the room for a "
                f"few minutes: {they}'ll be okay. Could you ring your GP about some help this "
                "week?")
    if not nearly_before:
        return None
    if _MONSTER.search(text):
        return (f"You're not a monster{you}: you're exhausted, and I'm sorry it's this hard, but "
                f"you stopped yourself, which is what matters. Your GP can help you get {rest}.")
    if _ALONE.search(text):
        return (f"That's so much to carry alone{you}, and it's no wonder you're worn out. You can "
                f"ask for {rest}, and you deserve it. Would you ask this week?")
    return None
