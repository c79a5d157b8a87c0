"""Symptoms that need a doctor, whatever the model would say.

Talked to as Sunita (48, her dad's heart attack at fifty), "I've been getting this tightness in my
chest on and off all week." got "That's a common symptom of anxiety.", and "I'm scared it's my
heart but I don't want to bother the doctor." "Maybe we can find a way to help you feel better
without going to the doctor right away.". A friend says: get it checked, today, and call for help
at once if it gets worse. ``symptom_answer`` is that whole reply for a line
that tells of a warning sign (chest pain, breathlessness, a stroke's signs, blood, fainting, a
swelling throat, the worst headache; bleeding or a baby that stopped moving in a pregnancy told
of) or of not wanting to bother the doctor; ``dismisses_care`` catches a model's reply that waves
a symptom off or away from the doctor, for the reply guard. The emergency number is the user's
country's (pipeline.helplines).
"""

from __future__ import annotations

import re

from pipeline.steer import them_in

__all__ = ["DOCTOR_NUDGE", "call_for_help", "dismisses_care", "symptom_answer"]

_CHEST = re.compile(
    # not "my heart is hurting since she left": a broken heart
    r"\bchest (?:pains?|tightness|pressure|is (?:hurting|tight))\b|\bheart pains?\b|"
    r"\b(?:tight(?:ness)?|pains?|pressure|ache|aching|hurts?|hurting|heaviness|crushing) (?:in|"
    r"across|on|around) (?:my|his|her|the) chest\b|\bmy chest (?:hurts|is hurting|feels "
    r"(?:tight|heavy)|is (?:tight|sore)|aches)\b|\btight chest\b", re.IGNORECASE)
# "my husband has chest pains and he's sweating" got "worth getting checked today": with these,
# a chest pain is an emergency now.
_WITH_CHEST = re.compile(r"\b(?:sweat\w*|clammy|grey|gray|pale|sick|vomit\w*|breathless|short "
                         r"of breath|(?:left )?arm|jaw|collapsed|dizzy|faint)\b", re.IGNORECASE)
_BREATH = re.compile(
    r"\b(?:can't|cannot|can not|couldn't|struggling to|hard to|trouble|difficulty|problems?) "
    r"(?:breathe|breathing|catch(?:ing)? (?:my|his|her) breath|get(?:ting)? (?:my|his|her) "
    r"breath)\b|\b(?:so |really |very )?short of breath\b|\bgasping for (?:breath|air)\b",
    re.IGNORECASE)
_STROKE = re.compile(
    r"\b(?:face|mouth) (?:is |has |went |has gone |looks )?(?:drooping|droopy|dropped|lopsided)\b|"
    r"\bslurr(?:ed|ing) (?:(?:my|his|her|their) )?(?:speech|words)\b|\b(?:speech|words) (?:is |are "
    r")?(?:all )?slurred\b|\b(?:arm|leg|face|side|hand) (?:has )?(?:gone|is|went|feels|felt) "
    r"(?:all )?(?:numb|weak|dead|floppy)\b(?=.*\b(?:suddenly|all of a sudden|one side|left|right|"
    r"can't|cannot)\b)", re.IGNORECASE)
_OTHER = re.compile(
    r"\b(?:coughing|coughed|cough|throwing|threw|vomiting|vomited|being sick|sick) (?:up )?blood\b|"
    r"\bblood (?:in|when) (?:i|he|she) (?:cough|was sick|vomit)|\b(?:i|he|she|dad|mum|mom) "
    r"(?:just |nearly |suddenly )?(?:fainted|passed out|blacked out|collapsed)\b|"
    r"\bworst headache\b|\b(?:throat|tongue|lips?) (?:is |are |feels? )?(?:swelling|swollen|"
    r"closing|tight)\b",
    re.IGNORECASE)
# "He's got a rash and it doesn't fade when I press a glass on it." (Kerry, her boy of two hot and
# floppy) was left to the model: the sign of meningitis and sepsis, an emergency now.
_RASH = re.compile(
    r"\brash\b[^.!?]{0,60}\b(?:doesn'?t|does not|won'?t|didn'?t|not|isn'?t) (?:fade|go away|go "
    r"pale|disappear|blanch)\w*[^.!?]{0,30}\b(?:glass|press\w*|push\w*)\b|\bnon-?blanching\b|"
    r"\b(?:glass|tumbler) test\b", re.IGNORECASE)
# ...and "Alfie's got a high temperature and he's really floppy." before it.
_FLOPPY = re.compile(r"\b(?:he|she|they|baby|son|daughter|child|toddler|dad|mum|mom|husband|wife|"
                     r"partner)(?:'s| is| are|'re| seems?| has gone| went)? "
                     r"(?:really |very |so |all |a bit )?(?:floppy|limp|hard to wake|unresponsive|"
                     r"not responding|won'?t wake up)\b", re.IGNORECASE)
_WAIT = re.compile(r"\b(?:wait and see|wait (?:un)?till|wait until|in the morning|sleep it off|"
                   r"give (?:it|him|her) calpol|just indigestion|only indigestion)\b",
                   re.IGNORECASE)
# Pregnant, told in this line or earlier: "I'm twelve weeks pregnant!" and then "I've had some
# bleeding today and a bit of cramping." got "That sounds concerning. They can help you
# understand what might be happening...".
_PREGNANT = re.compile(r"\b(?:i'm|im|i am|we're|we are|(?:she|wife|partner|girlfriend)(?:'s| is))"
                       r"(?: \w+){0,3} pregnant\b|"
                       r"\bweeks gone\b|\b(?:expecting|having) a baby\b|\bmy (?:baby )?bump\b|"
                       r"\bmy (?:midwife|pregnancy)\b", re.IGNORECASE)
_PREGNANCY_SIGN = re.compile(
    r"\b(?:bleeding|bled|spotting|losing blood|blood (?:in|on|when|coming)|passed (?:blood|"
    r"clots))\b|\b(?:baby|bump)(?:'s| has| is)? (?:hasn't|has not|isn't"
    r"|is not|not|stopped|hardly) (?:been )?(?:mov\w*|kick\w*)\b|\b(?:baby|bump)(?:'s| has| is)? "
    r"(?:been )?(?:really |very |so )?(?:quiet|still|moving less)\b|\bwaters? (?:broke|(?:has|"
    r"have) (?:broken|gone))\b|\b(?:severe|really bad|awful) (?:pain|cramps?|cramping|headache)\b|"
    r"\b(?:blurry|blurred) vision\b", re.IGNORECASE)
# A new baby, told in this line or earlier: "My daughter is six weeks old." (Nadia), then "Is it
# normal to cry every day?" got "It's completely normal... crying is a common way to express those
# feelings": weeks of it can be postnatal depression, common and treatable.
_NEW_BABY = re.compile(r"\b(?:baby|daughter|son|she|he|twins)(?:'s| is| are)? (?:only |just )?"
                       r"(?:\w+ )?(?:days?|weeks?|months?) old\b|\b(?:just |recently )?had "
                       r"(?:a|the|my|our) baby\b|\bnewborn\b|\b(?:maternity|paternity) leave\b",
                       re.IGNORECASE)
_LOW_AFTER_BIRTH = re.compile(r"\bcry(?:ing)? (?:every day|every night|all the time|all day|"
                              r"constantly)\b|\bcan't stop crying\b|\bfeel(?:ing)? (?:nothing|"
                              r"numb|empty) (?:inside|all the time|every day)?", re.IGNORECASE)
# "I don't want to bother the doctor", "I hate making a fuss", "I'll see if it goes away".
_RELUCTANT = re.compile(
    r"\b(?:don't|do not|didn't|won't|wouldn't) (?:want|like|wanna) to (?:bother|trouble|waste "
    r"(?:the|my) (?:doctor|gp)'?s time|go (?:to|and see) (?:the|a|my) (?:doctor|gp|hospital)|make "
    r"a fuss)\b|\bnot worth (?:bothering|troubling|going to) (?:the|a|my) (?:doctor|gp)\b",
    re.IGNORECASE)
_AFRAID = re.compile(r"\b(?:scared|afraid|frightened|worried|terrified|anxious)\b", re.IGNORECASE)
# "It's probably just stress anyway." (Sunita, waiting for her ECG)
_SHRUGGED_OFF = re.compile(
    r"\b(?:it's|it is|that's|it'll be|it must be) (?:probably |likely |most likely |only |just )+"
    r"(?:stress|anxiety|indigestion|heartburn|my age|a pulled muscle|wind|nerves)\b",
    re.IGNORECASE)
# Not "no chest pain", "I had chest pains years ago", "What causes chest pain?" (no one's own).
_NEGATED = re.compile(r"\b(?:no|not|never|without|don't have|haven't had|isn't)\b[^.,;!?]*$",
                      re.IGNORECASE)
# ...nor a laugh ("I can't breathe, I'm laughing so hard").
_PAST = re.compile(r"\b(?:years ago|last year|used to|in the past|when i was (?:young|a kid|"
                   r"little)|laugh\w*|lol|haha\w*|funny|hilarious)\b", re.IGNORECASE)
# ...nor how someone died ("He had chest pains for a week and didn't tell anyone.", of a husband
# lost), unless the sign is their own ("since Dad died I've had chest pains").
_A_DEATH = re.compile(r"\b(?:died|passed away|passed on|death|funeral)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|me)\b|\bmy (?:chest|heart|arm|leg|face|throat|head|"
                           r"speech|breath)", re.IGNORECASE)
_SOMEONES = re.compile(r"\b(?:i|i'm|i've|me|my|he|she|his|her|dad|mum|mom|husband|wife)\b",
                       re.IGNORECASE)
# A model's words that wave a warning sign off: "That's a common symptom of anxiety.", "without
# going to the doctor", "it's probably nothing".
_DISMISSES = re.compile(
    r"\bwithout (?:going to|seeing|calling|bothering) (?:the|a|your) (?:doctor|gp|hospital)\b|"
    r"\b(?:no|don't|do not) need (?:for a|to see a|to go to the|to call the) (?:doctor|gp)\b|"
    r"\b(?:a )?common (?:symptom|sign) of (?:anxiety|stress)\b|\b(?:it's|that's|it is|that is) "
    r"(?:probably |likely |most likely |just )(?:nothing|anxiety|stress|indigestion)\b",
    re.IGNORECASE)
DOCTOR_NUDGE = "It's worth getting checked by a doctor, just to be sure."


def call_for_help(number: str) -> str:
    """ "call 999", or "call your emergency number" where the country is not known."""
    return f"call {number or 'your emergency number'}"


def _told(sign: re.Pattern[str], text: str, theirs: bool = False) -> bool:
    """Someone's own warning sign, now: not denied, long past, or asked about in general.
    ``theirs``: known to be the user's ("The baby hasn't moved today." in their pregnancy)."""
    found = sign.search(text)
    if found is None or _NEGATED.search(text[: found.start()]) or _PAST.search(text):
        return False
    if theirs:
        return True
    own = _FIRST_PERSON.search(text) is not None
    return (own or not _A_DEATH.search(text)) and _SOMEONES.search(text) is not None


_PANICKING = re.compile(r"\b(?:having|had|have) (?:a |another )?(?:panic|anxiety) attack|"
                        r"\b(?:i'm|i am) panicking\b", re.IGNORECASE)


def symptom_answer(text: str, emergency: str = "", name: str = "", earlier: str = ""
                   ) -> str | None:
    """The whole reply to a line telling of a warning sign, or of not wanting to bother the
    doctor; None for any other line. ``earlier``: what the user said before in this
    conversation ("I'm twelve weeks pregnant!")."""
    call = call_for_help(emergency)
    you = f", {name}" if name else ""
    own = _FIRST_PERSON.search(text) is not None
    now = "How are you feeling right now?" if own else "How are they right now?"
    if _PREGNANT.search(f"{earlier} {text}") and _told(_PREGNANCY_SIGN, text, theirs=True):
        return (f"That must be worrying{you}. Please ring your midwife or maternity unit now, "
                "they'd always rather hear from you, and if there's heavy bleeding or strong pain, "
                f"or you feel faint, {call} straight away.")
    if _told(_FLOPPY, text, theirs=True):
        return (f"Please {call} now{you}: being floppy or hard to wake, especially with a "
                "temperature, needs help straight away. Don't wait to see if it passes.")
    if _RASH.search(text) or _RASH.search(earlier) and _WAIT.search(text):
        return (f"Please {call} now{you}: a rash that doesn't fade under a glass can be meningitis "
                "or sepsis, and it needs help straight away. Don't wait until the morning.")
    if _told(_STROKE, text):
        return (f"Those can be signs of a stroke{you}. Please {call} right now: every minute "
                "counts.")
    if _told(_BREATH, text) and own and _PANICKING.search(f"{earlier} {text}"):
        # "I can't breathe properly." (Lucy, a panic attack told a line before)
        return (f"I'm here with you{you}, and breathing out slowly helps most with panic: out "
                f"through your mouth for six, as slow as you can. If it doesn't ease, or your "
                f"chest hurts, please {call}.")
    if _told(_BREATH, text):
        return (f"That sounds frightening{you}, and struggling to breathe needs help. If it's bad "
                f"or getting worse, please {call} straight away; if not, call your doctor today. "
                "Are you okay right now?")
    # ...and after it, "She says it's just indigestion." or "Should we wait and see?"
    chest_then = _told(_CHEST, earlier) and _WITH_CHEST.search(earlier) is not None
    if chest_then and (_SHRUGGED_OFF.search(text) or _WAIT.search(text)):
        return (f"Please {call} anyway{you}, now: a heart attack can feel like indigestion, and "
                "it's far better to be checked and wrong. Don't wait and see.")
    if _told(_CHEST, text) and _WITH_CHEST.search(text):
        them = them_in([text], he="husband|dad|father|son|brother|grandad",
                       she="wife|mum|mom|mother|daughter|sister|nan|gran")
        rest = "sit down and rest" if own else f"keep {them} sitting and resting"
        return (f"Please {call} now{you}: chest pain with that can be a heart attack, and every "
                f"minute counts. Unlock the door and {rest} while help comes.")
    if _told(_CHEST, text):
        bother = ", and you wouldn't be bothering anyone" if own else ""
        return (f"That's worth getting checked today{you}{bother}. If it gets worse, spreads to "
                f"the arm or jaw, or comes with sweating or breathlessness, please {call} straight "
                f"away. {now}")
    if _told(_OTHER, text):
        return (f"That needs a doctor today{you}, and if it's bad or happening now, please {call}."
                f" {now}")
    if _NEW_BABY.search(f"{earlier} {text}") and _told(_LOW_AFTER_BIRTH, text, theirs=True):
        return (f"That sounds so hard{you}. Lots of new parents have teary days, but crying every "
                "day for weeks can be postnatal depression, which is common and gets better with "
                "help. Could you tell your health visitor or GP how you're feeling?")
    if _SHRUGGED_OFF.search(text):
        return f"Maybe{you}, but it's still worth getting checked, just to be sure."
    if _RELUCTANT.search(text):
        start = f"That sounds scary{you}, but you" if _AFRAID.search(text) else "You"
        bother = "" if _AFRAID.search(text) else you
        return (f"{start} wouldn't be bothering anyone{bother}: that's exactly what doctors are "
                "there for, and they'd much rather see you. Will you give them a call?")
    return None


def dismisses_care(clause: str) -> bool:
    """Does a clause of a reply wave a symptom off, or away from the doctor?"""
    return _DISMISSES.search(clause) is not None
