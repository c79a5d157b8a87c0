"""A home too cold to be safe: the heating off to save money, or a boiler that may leak fumes.

Pat (81) said as a new user: "I can't afford to put the heating on, so I'm sitting in my coat.",
"I just go to bed at six to keep warm.", "My hands are like ice." and "I don't like to ask for
help.", and two days on "Still no heating, it was minus two last night." Cold homes make older
people ill (chest infections, strokes); what the charities say: keep one room warm, warm drinks
and a hot meal, layers, and ask for the help there is (Age UK's advice line checks what is owed).
Lauren said: "I keep getting headaches at home but they go away when I'm at work.", "The
boiler's been making a funny noise and the flame looks orange.", "the dog's been really sleepy"
and "Should I just take paracetamol?": the signs of carbon monoxide, which kills without a
smell. Out into fresh air, the appliance off, the gas emergency line, then a doctor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.helplines import as_aside, sentence_start, topic_clause

__all__ = ["cold_answer", "follows_up_cold", "fumes_answer"]

_NO_HEATING = re.compile(
    r"\b(?:can'?t|cannot|can not|couldn'?t) afford (?:to (?:put|have|turn|keep) )?(?:the |my )?"
    r"(?:heating|gas|electric|radiators?|fire)\b|\b(?:no|without|still no) heating\b|\bsitting "
    r"(?:here )?in my (?:coat|hat|gloves)\b|\bheating (?:is|'s) (?:off|broken)\b[^.!?]*\b(?:cold|"
    r"freezing|afford)\b", re.IGNORECASE)
_COLD = re.compile(r"\b(?:to keep warm|like ice|so cold|freezing|frozen|minus \w+|shivering|"
                   r"can'?t get warm)\b", re.IGNORECASE)
_BED = re.compile(r"\b(?:go|going|went|get|getting) (?:in)?to bed\b[^.!?]{0,20}\bto (?:keep|stay|"
                  r"get) warm\b", re.IGNORECASE)
_SAVING = re.compile(r"\b(?:just|only) (?:having |eating )?(?:toast|tea|bread|soup|cereal)\b|"
                     r"\bto save (?:money|on)\b|\bskip(?:ping)? (?:meals|dinner|lunch)\b",
                     re.IGNORECASE)
_NOT_ASKING = re.compile(r"\b(?:don'?t|do not) (?:like|want) to (?:ask|make a fuss|be a burden|"
                         r"bother anyone)\b|\bi'?ll manage\b|\bothers (?:are|have it) worse\b",
                         re.IGNORECASE)
# Carbon monoxide: headaches at home that go when out, a flame gone orange, the alarm.
_FUMES = re.compile(
    r"\b(?:headaches?|dizzy|sick|nause\w+)\b[^.!?]{0,40}\b(?:at home|in the (?:house|flat))\b"
    r"[^.!?]{0,40}\b(?:go(?:es)? away|stop|better|fine|clear)\b|\b(?:boiler|gas fire|gas heater|"
    r"cooker|hob|pilot light)\b[^.!?]{0,40}\b(?:flames?\b[^.!?]{0,20}\b(?:orange|yellow|lazy)|"
    r"(?:orange|yellow) flames?)\b|\b(?:carbon monoxide|co) alarm\b"
    r"[^.!?]{0,20}\b(?:going off|beeping|went off|sounding)\b", re.IGNORECASE)
_MORE_SIGNS = re.compile(r"\b(?:headaches?|dizzy|sick|sleepy|drowsy|tired|confused)\b",
                         re.IGNORECASE)
_PAINKILLER = re.compile(r"\b(?:paracetamol|ibuprofen|painkillers?|aspirin|lie down|sleep it "
                         r"off)\b", re.IGNORECASE)


def follows_up_cold(text: str) -> bool:
    """A line days after ("Still no heating, it was minus two last night."): the last days'."""
    return _NO_HEATING.search(text) is not None and _COLD.search(text) is not None


def cold_answer(text: str, earlier: Sequence[str], you: str, country: str = "") -> str | None:
    """The whole reply to a home too cold, or to a line after it; else None. ``you``: ", Pat"."""
    ring = topic_clause(country, "older", otherwise="your council or a local charity")
    helps = as_aside(sentence_start(ring))
    told_before = any(_NO_HEATING.search(said) for said in earlier[-8:])
    if _NO_HEATING.search(text) and not told_before:
        return (f"I'm so sorry{you}, that sounds miserable, and being that cold can make you "
                f"really poorly. {helps} can check what help with heating you're owed. Could you "
                "ring them tomorrow?")
    if not told_before:
        return None
    if _NO_HEATING.search(text) and _COLD.search(text):
        return (f"That sounds so hard{you}, and I'm worried about you in that cold. Please keep "
                f"one room as warm as you can and ring {ring} today: there is help. Have you got a "
                "hot drink on the go?")
    if _BED.search(text):
        return (f"That's a long evening on your own{you}. A hot water bottle and a warm drink "
                "help, and a library or a warm space in the day saves your own heating. Is there "
                "one near you?")
    if "?" in text:  # "What did I say I do to keep warm?" is for memory
        return None
    if _NOT_ASKING.search(text):
        return (f"Lots of people feel that way{you}, but this help is there for exactly this, and "
                "asking is nothing to be ashamed of. Would you let someone make the call with "
                "you?")
    if _SAVING.search(text):
        return (f"That's not enough to keep you warm{you}: a hot meal a day really helps your body "
                f"stay warm. {helps} can check you're getting every penny you're owed. Would you "
                "ring them today?")
    if _COLD.search(text):
        return (f"Oh{you}, that sounds so uncomfortable. Please try to warm up: a hot drink, a "
                "blanket round your shoulders, and one room kept warm. Have you got a hot water "
                "bottle?")
    return None


def fumes_answer(text: str, earlier: Sequence[str], you: str, country: str = "") -> str | None:
    """The whole reply to the signs of carbon monoxide, or to a line after them; else None."""
    gas = "the gas emergency line on 0800 111 999" if country == "GB" else \
        "the gas emergency number"
    if _FUMES.search(text) and not any(_FUMES.search(said) for said in earlier[-6:]):
        return (f"That could be carbon monoxide{you}, which is dangerous: please get everyone out "
                "into fresh air now and turn the boiler off if you can. Then call "
                f"{gas} and see a doctor today. Can you get outside now?")
    if not any(_FUMES.search(said) for said in earlier[-6:]):
        return None
    if _FUMES.search(text):
        return (f"That makes carbon monoxide more likely{you}, so please don't wait. Get out into "
                f"fresh air and call {gas} now. Can you go now?")
    if _PAINKILLER.search(text):
        return (f"Please don't wait on it{you}: get outside into fresh air first, then call {gas} "
                "and tell a doctor you think it's carbon monoxide. Are you outside now?")
    if _MORE_SIGNS.search(text):
        return (f"Everyone feeling it, pets too, makes carbon monoxide more likely{you}. Please "
                f"get everyone out into fresh air now and call {gas}. Can you go now?")
    return None
