"""What needs acting on now, whatever the model would say: a warning sign of illness
(pipeline.symptoms), bank details given to a caller, medicine taken twice, a partner who controls
or puts them down, an adult who frightens a child at night.

Said as new users, each got a reply that let them down: "A man from the bank rang and I gave him
my card number and PIN." got "That's great!"; "I think I took my blood pressure tablets twice
this morning by mistake." "It's always best to double-check your medication"; "My partner checks
my phone every night and won't let me see my friends." "That's a common concern."; "my stepdad
comes into my room at night and it scares me" "That's a scary situation. How do you feel about
it?"; "My husband says I'm useless and stupid every day." "...Let's talk about something else?".
``urgent_answer`` is the whole reply for such a line: what to do now, that it is not their fault,
who can help (the country's emergency number and help line, pipeline.helplines).
"""

from __future__ import annotations

import re

from pipeline.helplines import Helpline
from pipeline.symptoms import symptom_answer

__all__ = ["urgent_answer"]

_NO_QUESTION = r"^(?!.*\?)"
# Details given away: "I gave him my card number and PIN", "I read out the code they texted me".
_SCAMMED = re.compile(
    _NO_QUESTION + r".*\b(?:i |and )(?:gave|told|read out|sent|typed in|gave out)(?: (?:him|her|"
    r"them|it|someone|a man|a woman|the (?:man|woman|caller|guy)))? (?:all )?(?:my |the )?(?:"
    r"(?:long )?card (?:number|details)|bank (?:details|login|password)|account (?:number|"
    r"details)|pin(?: number)?|password|security (?:code|number|details)|one[- ]time (?:code|"
    r"passcode)|verification code|code (?:they|he|she) (?:texted|sent))\b", re.IGNORECASE)
_DOUBLE_DOSE = re.compile(
    _NO_QUESTION + r".*(?:\b(?:took|taken|had|given (?:him|her|them))\b[^.!?]{0,40}\b(?:tablets?|"
    r"pills?|medication|medicine|meds|dose|insulin|injection)\b[^.!?]{0,30}\b(?:twice|two times|"
    r"double|by mistake|by accident)\b|\b(?:double|extra) dose\b|\btook (?:a |my )?(?:\w+ )?"
    r"(?:tablets?|pills?|medication|meds) twice\b)", re.IGNORECASE)
_PARTNER = r"(?:partner|husband|wife|boyfriend|girlfriend|fianc[eé]e?)"
# Not "My wife says I'm useless at DIY, haha.", "He won't let me pay for dinner, he's so sweet."
_TEASING = r"(?!.*\b(?:lol|haha\w*|jok\w*|kidding|teas\w*|sweet|bless (?:him|her)|banter)\b)"
_CONTROLLED = re.compile(
    _NO_QUESTION + _TEASING + r".*\bmy " + _PARTNER + r"\b[^.!?]{0,30}\b(?:checks my (?:phone|"
    r"messages|texts)|(?:won't|doesn't|does not|will not) let me (?:see|go|have|talk|leave|work|"
    r"spend|out)|"
    r"takes my (?:money|phone|wages|bank card|keys)|(?:says|tells me|calls me|told me|called me)"
    r" (?:i'm |im |i am |that i'm )?(?:useless|stupid|worthless|pathetic|ugly|fat|nothing|"
    r"an idiot|a waste of space)|hits me|hit me|pushed me|shoves me|threatens? (?:me|to))\b",
    re.IGNORECASE)
# An adult or older one who frightens a child at night, touches them, or tells them to keep it
# secret: said by a young user, the first words they have found. An act and a sign that it is
# wrong (fear, a secret): not "My dad came into my room to say goodnight."
_CHILD_HARMED = re.compile(
    _NO_QUESTION + r"(?=.*\b(?:scare\w*|frighten\w*|afraid|uncomfortable|don't like it|secret|"
    r"weird|not to tell|private|down there)\b).*\bmy (?:step ?dad|step ?father|step ?mum|step ?mom|"
    r"uncle|mum's boyfriend|mom's boyfriend|dad's girlfriend|cousin|brother|dad|father|grandad|"
    r"coach|teacher)\b[^.!?]{0,40}\b(?:(?:comes?|came) into my (?:room|bed)|touch(?:es|ed)? me|"
    r"(?:makes|made) me (?:feel|do|touch|keep|watch|take)|(?:told me|tells me|says?) (?:it(?:'s| "
    r"is) (?:our|a) secret|not to tell|to keep it (?:a )?secret))\b", re.IGNORECASE)


def _you(name: str) -> str:
    return f", {name}" if name else ""


def _call(helpline: Helpline) -> str:
    return f"call {helpline.emergency or 'your emergency number'}"


def urgent_answer(text: str, helpline: Helpline, name: str = "") -> str | None:
    """The whole reply to a line that needs acting on now; None for any other line."""
    you = _you(name)
    if _CHILD_HARMED.search(text):
        return (f"Thank you for telling me{you}. That's not okay, and it's not your fault. Please "
                f"tell an adult you trust, like a teacher, as soon as you can, or "
                f"{helpline.line}. If you're in danger right now, {_call(helpline)}.")
    if _SCAMMED.search(text):
        return (f"Please call your bank straight away{you}, on the number on the back of your "
                "card, and tell them what happened: they can stop the card and protect your "
                "money. It's not your fault, these people are very convincing. Can you do that "
                "now?")
    if _DOUBLE_DOSE.search(text):
        return (f"Please ring your doctor or a pharmacist now{you}, and tell them what you took "
                f"and when; they'll tell you what to do. If you feel unwell, dizzy or faint, "
                f"{_call(helpline)} straight away.")
    if _CONTROLLED.search(text):
        return (f"That's not okay{you}, and it's not your fault: nobody should be controlled or "
                f"put down by someone who's meant to love them. Is there someone you trust you "
                f"can talk to about it? If you ever feel unsafe, {_call(helpline)}.")
    return symptom_answer(text, helpline.emergency, name)
