"""Money borrowed from a man who now wants far more and threatens harm: a loan shark, named.

Bev said as a new user: "I borrowed 500 quid from a bloke round here and now he says I owe him
two grand.", "He said he'll come round and hurt me if I don't pay by Friday." (got "That's not a
good idea. What do you think about paying him back?"), "I can't tell anyone, I'm so ashamed."
("It's okay to feel ashamed.") and "Should I take out a payday loan to pay him?". What the
lending teams say to such borrowers: you are not in trouble, the lender is the criminal; a
threat is a matter for the police; borrowing more to pay him makes it worse; free debt advice
helps with the rest. In the UK, Stop Loan Sharks answers day and night.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.helplines import as_aside, sentence_start, topic_line, topic_sentence

__all__ = ["follows_up_lender", "lender_answer"]

# A private lender: "a bloke round here", "a guy I know", "this man", "a loan shark".
_LENDER = (r"(?:(?:a|this|some|that) (?:bloke|guy|man|fella|fellow|woman|lad|geezer|dealer|"
           r"neighbour|person)\b[^.!?]{0,30}|(?:a )?loan sharks?\b)")
# A sum of money: "500 quid", "£2000", "two grand", "some cash".
_MONEY = (r"(?:£\s?\d[\d,]*k?|\b\d[\d,]*(?:k| quid| pounds| grand| dollars| bucks)?|\b(?:money|"
          r"cash|a grand|\w+ (?:quid|grand)))")
_BORROWED = re.compile(
    r"\b(?:borrowed|took a loan of)\b[^.!?]{0,10}?" + _MONEY + r"\b[^.!?]{0,10}\b(?:from|off) "
    + _LENDER + r"|\b" + _LENDER + r"[^.!?]{0,20}\b(?:lent|loaned) me\b[^.!?]{0,10}?" + _MONEY
    + r"|\bloan sharks?\b", re.IGNORECASE)
# What he wants now: far more, threats, interest that grows.
_OWES_MORE = re.compile(r"\b(?:says?|said|reckons|claims)\b[^.!?]{0,15}\bi owe\b|\bwants? "
                        r"(?:a grand|\w+ grand|£?\d[\d,]*|double|more)(?: \w+)? back\b|"
                        r"\b(?:interest|it) keeps (?:going up|growing|doubling)\b", re.IGNORECASE)
_THREAT = re.compile(
    r"\b(?:he|she|they)(?:'ll| will|'s going to| is going to|'s gonna| said he'?d| said she'?d| "
    r"said they'?d| threatened to| threatens to)\b[^.!?]{0,30}\b(?:hurt|kill|beat|smash|break|"
    r"do me in|come for|sort me out|burn|harm|get me|take my)\b|\bbanging on (?:the|my) door\b|"
    r"\b(?:came|come|turned up) round\b[^.!?]{0,30}\b(?:banging|shouting|threatening)\b|"
    r"\bthreaten(?:ed|ing|s)? me\b", re.IGNORECASE)
_CAME = re.compile(r"\b(?:came|turned up|showed up|was (?:round|here|outside))\b", re.IGNORECASE)
_MORE_LOANS = re.compile(r"\b(?:payday loans?|another loan|a loan to pay|borrow (?:more|from "
                         r"someone else|again)|credit card to pay)\b", re.IGNORECASE)
_ASHAMED = re.compile(r"\b(?:ashamed|embarrassed|stupid|so thick|an idiot|can'?t tell anyone)\b",
                      re.IGNORECASE)


def follows_up_lender(text: str) -> bool:
    """A line that goes on about him ("He came round last night banging on the door."): the
    last days' lines are read."""
    return _THREAT.search(text) is not None or _MORE_LOANS.search(text) is not None


def lender_answer(text: str, earlier: Sequence[str], you: str, country: str = "",
                  call: str = "call the emergency number") -> str | None:
    """The whole reply to a loan shark told, or to a line about one told before; else None.
    ``you``: ", Bev" or ""; ``call``: "call 999"."""
    recent = [*earlier[-8:], text]
    if not any(_BORROWED.search(line) for line in recent):
        return None
    line = topic_line("loan_sharks", country)
    helps = sentence_start(line or "the police") + " can help, day or " \
        "night"
    told_now = not any(_BORROWED.search(said) for said in earlier[-8:])
    if _THREAT.search(text) and not told_now and _CAME.search(text):
        return (f"That must have been terrifying{you}. If he comes again, don't open the door and "
                f"{call}: he's committing a crime. Have you been able to ring "
                f"{line.split(' on ')[0] if line else 'the police'}?")
    if _THREAT.search(text):
        return (f"That sounds frightening{you}, and it's a crime: if he comes round or you feel in "
                f"danger, {call}. {helps}, and you're not in trouble for borrowing, he is. "
                "Will you ring them?")
    if _MORE_LOANS.search(text) and "?" in text:
        return (f"Please don't{you}: borrowing to pay him only digs you deeper, and he'll likely "
                f"want more. {helps}, and it's free and confidential. Will you ring them?")
    if _MORE_LOANS.search(text):
        free = as_aside(topic_sentence(country, "debt", otherwise="free debt advice from a debt "
                                       "charity"))
        return (f"That sounds like a lot to carry{you}, and you don't have to sort it alone. "
                f"{free} can help you make a plan. Could you call them this "
                "week?")
    if _ASHAMED.search(text):
        return (f"I'm so sorry you're carrying this{you}, but you've nothing to be ashamed of: "
                "people like him prey on anyone short of money, and the crime is his. "
                f"{helps}, in confidence. Could you call them?")
    if told_now and (_OWES_MORE.search(text) or re.search(r"\bloan shark", text, re.I)):
        return (f"That sounds like a loan shark{you}, and what he's doing is illegal: you're not "
                f"in trouble for borrowing, he is. {helps}, in confidence. How are you holding "
                "up?")
    return None
