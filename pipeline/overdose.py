"""An overdose already taken: to hospital now, even when they feel fine.

Sophie said as a new user: "i took about 20 paracetamol last night but i feel fine now", "i
don't want to make a fuss", "i just wanted everything to stop for a bit" and "please don't make
me go to hospital". The line was no crisis to the guard (no "load of pills"), and the crisis
reply, for such a line, says to call for help only "if you're in danger right now". Paracetamol
harms the liver a day or two before any sign, and the antidote works best early: what every
poisons service says is the emergency department now, however well they feel. The feelings
behind it come next, and the crisis line with them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["overdose_answer"]

_PILLS = (r"(?:pills|tablets|paracetamol|painkillers|meds|co-?codamol|ibuprofen|aspirin|"
          r"sleeping pills|antidepressants|sertraline|codeine|tramadol)")
# "i took about 20 paracetamol last night", "I've taken a whole packet of my tablets"; not "I
# took two paracetamol for my headache".
_TOOK = re.compile(
    r"\b(?:i|i've|i have|i just)\b[^.!?]{0,10}\b(?:took|taken|swallowed|had)\b (?:about |like |"
    r"around |maybe |nearly |over )?(?:(?:[1-9]\d|\d{3}|ten|twelve|fifteen|twenty|thirty|forty|"
    r"fifty)\b(?: \w+)?|a (?:load|lot|bunch|handful|pile) of|too many|loads of|a whole (?:box|"
    r"bottle|packet|pack|strip) of) (?:\w+ )?" + _PILLS + r"\b|\b(?:took|taken|swallowed) all "
    r"(?:my|of my|the|of the) (?:\w+ )?" + _PILLS + r" (?:at once|in one go|together)\b"
    r"|\bi (?:took|have taken|'ve taken) an overdose\b|\bi overdosed\b", re.IGNORECASE)
_GOING = re.compile(r"^(?!.*\b(?:not|won'?t|don'?t)\b).*\b(?:ok(?:ay)?,? i'?ll|i will|calling|"
                    r"ringing|rang|called|on (?:my|our) way|going now|getting a taxi|(?:is|'s) "
                    r"taking me|(?:is|'s) coming)\b", re.IGNORECASE)
_FUSS = re.compile(r"\b(?:make a fuss|making a fuss|waste (?:their|anyone'?s) time|bother "
                   r"(?:anyone|them)|embarrass\w*|overreact\w*)\b", re.IGNORECASE)
_PARACETAMOL = re.compile(r"\b(?:paracetamol|co-?codamol|tylenol|acetaminophen)\b", re.IGNORECASE)


def overdose_answer(text: str, earlier: Sequence[str], you: str, emergency: str,
                    line: str = "a crisis line") -> str | None:
    """The whole reply to an overdose told, or to any line soon after it; else None. ``you``:
    ", Sophie" or ""; ``emergency``: "999" or ""; ``line``: "call Samaritans on 116 123"."""
    call = f"call {emergency}" if emergency else "call your emergency number"
    if _TOOK.search(text):
        why = ("paracetamol can harm your liver before you feel anything" if
               _PARACETAMOL.search(text) else "an overdose can do harm before you feel it")
        return (f"I'm so glad you told me{you}. Please {call} or get to A&E now, even if you feel "
                f"fine: {why}, and treatment works best early. Can someone take you right now?")
    if not any(_TOOK.search(said) for said in earlier[-6:]):
        return None
    # Every line after it: the hospital first, said kindly.
    if _GOING.search(text):
        return (f"Thank you{you}, that's the right thing to do. Tell them what you took and when, "
                "and take the packet with you if you can. I'm here.")
    if _FUSS.search(text):
        return (f"You're not making a fuss{you}: this is exactly what A&E is for, and they see it "
                f"every day. Please {call} now, or ask someone to take you. Will you?")
    if re.search(r"\b(?:hospital|a&e|doctor|ambulance|make me)\b", text, re.IGNORECASE):
        return (f"I can't make you do anything{you}, and you won't be in trouble. But I'm really "
                f"worried: they can stop the harm before you feel it. Will you {call} now?")
    return (f"That sounds so painful{you}, and I'm glad you told me. Please {call} or get to A&E "
            f"first, and after that reach out to someone you trust, or {line}. Will you go now?")
