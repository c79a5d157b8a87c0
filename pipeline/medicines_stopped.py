"""Medicine stopped all at once, without the doctor: said kindly, with who can help.

Gary said as a new user: "I've been on sertraline for a year and I feel fine now, so I'm just
going to stop taking it from tomorrow.", "Cold turkey is fine, right?", "The doctor is too busy,
I don't want to bother him." and "I've stopped my blood pressure tablets too because they make
me dizzy.", and three days on "I feel really dizzy and weird, like electric shocks in my head."
"Is that normal?". Stopping an antidepressant at once brings withdrawal (dizziness, the
"electric shocks") and can bring the low back; blood pressure tablets, epilepsy medicine,
steroids, insulin and blood thinners can be dangerous to stop. What every health service says:
do not stop suddenly; the GP or a pharmacist helps to come off slowly, or to change a medicine
whose side effects are the reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from memory.abilities import MEDICINE_NAMES, MEDICINES

__all__ = ["follows_up_stopping", "stopped_answer"]

# "I'm just going to stop taking it from tomorrow.", "I've stopped my blood pressure tablets",
# "coming off my meds cold turkey"; not what a doctor told them to do, nor "on purpose" (that is
# pipeline.safety's).
_STOPPING = re.compile(
    r"^(?!.*\b(?:doctor|gp|dr|consultant|nurse|psychiatrist|pharmacist) (?:said|says|told|"
    r"wants|advised|is (?:reducing|tapering|changing))\b)(?!.*\bon purpose\b).*\b(?:stop|"
    r"stopped|stopping|quit|quitting|ditch|ditched|ditching|come off|came off|coming off|bin|"
    r"binned|binning) (?:taking (?:all )?(?:my |the |me )?(?:" + MEDICINE_NAMES + r"|it|them)|"
    r"(?:all )?(?:my |the |me )?" + MEDICINES + r")\b", re.IGNORECASE)
_COLD_TURKEY = re.compile(r"\bcold turkey\b", re.IGNORECASE)
_A_MEDICINE = re.compile(r"\b" + MEDICINES + r"\b", re.IGNORECASE)
# Three days on: "dizzy and weird, like electric shocks in my head".
_WITHDRAWAL = re.compile(
    r"\b(?:without|off|since (?:i )?(?:stopped|stopping|came off))\b[^.!?]*\b(?:dizzy|dizziness|"
    r"shocks?|zaps?|sick|nause\w+|awful|terrible|weird|strange|shaky|anxious|low|crying|"
    r"headaches?)\b|\b(?:brain|head) zaps?\b|\belectric shocks? in my (?:head|brain)\b",
    re.IGNORECASE)
_IS_IT_OK = re.compile(r"\b(?:is (?:that|it|this) (?:normal|okay|ok|fine|safe|bad|dangerous)|is "
                       r"cold turkey (?:fine|ok|okay|safe)|(?:fine|ok|okay|safe), right)\b",
                       re.IGNORECASE)
# "The doctor is too busy, I don't want to bother him."
_NOT_BOTHER = re.compile(
    r"\b(?:don'?t|do not|dont) (?:want|like) to (?:bother|trouble|waste the time of|waste) "
    r"(?:him|her|them|the (?:doctor|gp)|my (?:doctor|gp)|anyone)\b|\b(?:doctor|gp|surgery)"
    r"(?:'s| is| are) (?:too busy|always busy|impossible to get)\b|\bcan'?t get (?:an|a) "
    r"appointment\b", re.IGNORECASE)
_BETTER = re.compile(r"\b(?:feel|feeling|i'm|im|i am) (?:fine|better|good|great|okay|ok|"
                     r"myself)\b", re.IGNORECASE)
_REASON = re.compile(r"\b(?:make|makes|made|making) me (?:\w+ )?(?:dizzy|sick|tired|sleepy|"
                     r"feel awful|feel weird|put on weight|gain weight|numb|flat)\b|\bside "
                     r"effects?\b", re.IGNORECASE)


def follows_up_stopping(text: str) -> bool:
    """A line days after stopping ("I feel really dizzy and weird"): the last days' are read."""
    return _WITHDRAWAL.search(text) is not None


def _stops(line: str, earlier: Sequence[str]) -> bool:
    """Is a medicine stopped in ``line`` ("cold turkey" counts after a medicine is named)?"""
    return _STOPPING.search(line) is not None or _COLD_TURKEY.search(line) is not None and any(
        _A_MEDICINE.search(said) for said in (*earlier[-4:], line))


def stopped_answer(text: str, earlier: Sequence[str], you: str, call: str) -> str | None:
    """The whole reply to a medicine stopped or about to be, or to a line after it; None for any
    other line. ``you``: ", Gary" or ""; ``call``: "call 999"."""
    before = any(_stops(line, earlier[:i]) for i, line in enumerate(earlier)
                 if i >= len(earlier) - 8)
    stops = _stops(text, earlier)
    if _WITHDRAWAL.search(text) and (before or stops or _A_MEDICINE.search(text)):
        return (f"That sounds horrible{you}, and it's very likely from stopping all at once. "
                "Please ring your GP or a pharmacist today: they can help you come off it slowly, "
                f"and if you feel really unwell, {call}. Will you ring them?")
    if stops and not _IS_IT_OK.search(text):
        if _REASON.search(text):
            return (f"That sounds rotten{you}, but please don't just stop them: some tablets are "
                    "risky to stop suddenly. Your GP or a pharmacist can often change them to "
                    "one that suits you better. Could you ask them this week?")
        glad = f"I'm really glad you're feeling better{you}. " if _BETTER.search(text) else ""
        return (f"{glad}Please don't stop all at once{'' if glad else you}: coming off suddenly "
                "can make you feel quite unwell, and your GP can help you come off slowly and "
                "safely. Would you talk to them first?")
    if _IS_IT_OK.search(text) and any(_WITHDRAWAL.search(line) for line in earlier[-3:]):
        return (f"It's common after stopping suddenly{you}, but you don't have to put up with "
                "it: your GP or a pharmacist can help, often by going back on and coming down "
                "slowly. Will you ring them today?")
    if not before and not stops:
        return None
    if _IS_IT_OK.search(text):
        return (f"Not really{you}: stopping all at once can bring dizziness, feeling awful, and "
                "sometimes the low feelings back. It's much safer to come off slowly with your "
                "GP's help. Would you give them a ring?")
    if _NOT_BOTHER.search(text):
        return (f"You wouldn't be bothering anyone{you}: this is exactly what they're there for. "
                "A pharmacist can advise you too, without an appointment. Would you pop in and "
                "ask?")
    return None
