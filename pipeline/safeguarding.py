"""What needs acting on now, whatever the model would say: a danger at home (a fall they cannot
get up from, gas, smoke, a break-in), someone else in danger (a friend who took pills, a child
who swallowed a battery, a dog that ate chocolate), someone online asking for pictures or money,
a warning sign of illness (pipeline.symptoms), bank details given to a caller or a scam call
told (pipeline.scams), medicine taken twice, a partner who controls or puts them down, an adult
who frightens a child at night.

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
from collections.abc import Callable, Sequence

from pipeline.after_prison import after_prison_answer, follows_up_prison
from pipeline.assault import ASSAULT_DAYS, assault_answer, follows_up_assault
from pipeline.child_at_risk import child_risk_answer
from pipeline.cold_home import cold_answer, follows_up_cold, fumes_answer
from pipeline.coming_out import came_out_answer, follows_up_coming_out
from pipeline.crying_baby import crying_answer
from pipeline.domestic_abuse import abuse_answer, follows_up_abuse
from pipeline.drink_stopped import drink_stop_answer, follows_up_drink_stop
from pipeline.eating import eating_answer
from pipeline.family_harm import carer_answer, follows_up_money, money_taken_answer
from pipeline.forced_marriage import follows_up_marriage, marriage_answer
from pipeline.gambling import follows_up_gambling, gambling_answer
from pipeline.helplines import Helpline
from pipeline.housing import follows_up_housing, housing_answer
from pipeline.image_abuse import follows_up_images, images_answer
from pipeline.loan_sharks import follows_up_lender, lender_answer
from pipeline.medicines_stopped import follows_up_stopping, stopped_answer
from pipeline.overdose import overdose_answer
from pipeline.parent_drinking import drinking_parent_answer, follows_up_drinking_parent
from pipeline.postnatal import follows_up_postnatal, postnatal_answer
from pipeline.runaway import follows_up_runaway, runaway_answer
from pipeline.scams import SCAM_DAYS, follows_up_scam, scam_answer
from pipeline.sextortion import follows_up_sextortion, sextortion_answer
from pipeline.spiking import spiked_answer
from pipeline.stalking import follows_up_stalking, stalking_answer
from pipeline.symptoms import call_for_help, symptom_answer
from pipeline.treatment_doubts import treatment_answer

__all__ = ["asks_if_taken", "days_before", "urgent_answer"]

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


# Someone else in danger now: "My toddler just swallowed a button battery." got "Oh no! That's a
# dangerous situation. What should I do?"; "My dog just ate a whole bar of dark chocolate." "give
# her some water and make sure she gets plenty of exercise"; "My friend just texted me that she
# took a load of pills." the crisis reply, said to the user as if it were theirs.
_CHILD = (r"(?:toddler|baby|son|daughter|child|kid|little one|little boy|little girl|grandson|"
          r"granddaughter|nephew|niece)")
_SWALLOWED = re.compile(
    _NO_QUESTION + r".*\bmy " + _CHILD + r"\b[^.!?]{0,30}\b(?:swallowed|ate|drank|has eaten|has "
    r"drunk|put)\b[^.!?]{0,30}\b(?:button batter(?:y|ies)|batter(?:y|ies)|magnets?|bleach|pills?|"
    r"tablets|medicine|paracetamol|washing (?:tablets?|capsules?|pods?|liquid)|detergent|"
    r"dishwasher (?:tablets?|pods?)|weed ?killer|antifreeze|e-?liquid|vape)\b", re.IGNORECASE)
_PET_ATE = re.compile(
    _NO_QUESTION + r".*\bmy (?:dog|puppy|cat|kitten)\b[^.!?]{0,30}\b(?:ate|has eaten|eaten|got "
    r"into|swallowed|licked)\b[^.!?]{0,40}\b(chocolate|grapes?|raisins|xylitol|onions?|lil(?:y|ies)|"
    r"antifreeze|rat poison|slug pellets|ibuprofen|paracetamol|pills?|tablets)\b", re.IGNORECASE)
_PLURAL = {"lily": "lilies", "grape": "grapes", "onion": "onions", "pill": "pills"}
_THEIRS = (r"\b(?:my )?(?:friend|mate|sister|brother|mum|mom|dad|son|daughter|partner|husband|wife|"
           r"boyfriend|girlfriend|flatmate|roommate|she|he)\b")
_THEIR_CRISIS = re.compile(
    _NO_QUESTION + r".*" + _THEIRS + r"[^.!?]{0,40}\b(?:took|has taken|swallowed|had) (?:a load "
    r"of|loads of|lots of|a lot of|too many|a bottle of|a whole (?:box|packet) of|all (?:her|his|"
    r"their) )\s*(?:pills|tablets|paracetamol|painkillers|sleeping pills)\b|\b(?:says?|said|"
    r"texted|told me|messaged me) (?:that )?(?:she|he|they)(?:'s| is| are|'re) going to (?:kill|"
    r"hurt|end) (?:herself|himself|themselves|it all)\b", re.IGNORECASE)


# At home, now: "I fell and I can't get up." got "Oh no, I hope you didn't hurt yourself. Are you
# alright?"; "I can smell gas in the kitchen." and smoke from a socket were left to the model.
_CANT_GET_UP = re.compile(
    _NO_QUESTION + r".*\b(?:fallen|fell|had a fall|slipped|tripped)\b[^.!?]{0,60}\b(?:can't|"
    r"cannot|can not|unable to|couldn't) (?:get up|stand|move|reach)\b", re.IGNORECASE)
_GAS = re.compile(r"^(?!.*\b(?:no|not|don't|can't)\b).*\b(?:smell(?:s|ing)? (?:of )?gas|gas "
                  r"leak)\b", re.IGNORECASE)
# Not "My favourite band is on fire right now!"
_FIRE = re.compile(r"\bsmoke (?:is )?(?:coming|pouring) (?:from|out of)\b|\b(?:house|home|kitchen|"
                   r"flat|pan|oven|toaster|curtains?|bin|car|building|room|microwave|sofa|bed|plug|"
                   r"socket|wires?|heater|it) (?:is|are|'s|has) (?:on fire|caught fire)\b|"
                   r"\bcaught fire\b", re.IGNORECASE)
_BREAK_IN = re.compile(
    _NO_QUESTION + r".*\b(?:someone|somebody|a man|a woman|people|they)(?:'s| is| are|'re)? "
    r"(?:trying to )?(?:break(?:ing)? in(?:to)?|get(?:ting)? in(?:to)? (?:the|my) (?:house|home|"
    r"flat))\b|\bthere(?:'s| is) (?:someone|somebody|a man) (?:in|inside) my (?:house|home|flat)\b",
    re.IGNORECASE)


# "Call an ambulance!": it cannot, and must never sound as if it will.
_CALL_FOR_HELP = re.compile(
    r"^\W*(?:(?:please|quick|quickly|help|hey)\W+)*(?:(?:can|could|will|would) you (?:please )?)?"
    r"(?:call|ring|phone|get|dial) (?:me )?(?:an? |the |for )?(?:ambulance|999|911|112|000|police|"
    r"fire brigade|fire service|help|emergency services|paramedics?)\b", re.IGNORECASE)


def _at_home(text: str, helpline: Helpline, you: str) -> str | None:
    """What to do at once about a danger at home, or None."""
    call = _call(helpline)
    if _CALL_FOR_HELP.search(text):
        return (f"I can't make calls, I'm afraid{you}. Please {call} yourself right now, or shout "
                "for someone near you to help.")
    if _CANT_GET_UP.search(text):
        return (f"Please {call} now{you}, or press your alarm button if you wear one. Don't rush "
                "to get up, and keep as warm as you can. Is there anyone nearby who can come?")
    if _GAS.search(text):
        return (f"Please get out now{you}, leave the door open, don't switch anything on or off, "
                "and call the gas emergency number from outside.")
    if _FIRE.search(text):
        return (f"Get out now{you}, close the door behind you, and {call} from outside. Don't go "
                "back in.")
    if _BREAK_IN.search(text):
        return f"Please {call} now{you}. Stay somewhere you can lock, and keep quiet."
    return None


# Online: "this guy i met online keeps asking me to send him pictures" got "It's always best to
# talk to them in person", and "A man online says he loves me and needs money for a plane
# ticket" "That's a very serious situation. How do you feel about it?".
_ONLINE = (r"(?=.*\b(?:online|on (?:snap(?:chat)?|insta(?:gram)?|tiktok|discord|whatsapp|roblox|"
           r"fortnite|facebook|a game|an app)|dating (?:app|site)|in a game)\b)")
_PICTURES = re.compile(
    _NO_QUESTION + _ONLINE + r".*\b(?:ask(?:s|ed|ing)?|wants?|keeps asking|told)\b[^.!?]{0,20}"
    r"\b(?:to send|for|me to send) (?:him |her |them )?(?:some |more |a |any )?(?:pictures|pics|"
    r"photos|nudes|selfies|picture|photo|pic)\b", re.IGNORECASE)
_MONEY_ONLINE = re.compile(
    _NO_QUESTION + _ONLINE + r".*\b(?:needs?|wants?|asked (?:me )?for|asking (?:me )?for|asks "
    r"(?:me )?for|borrow)\b[^.!?]{0,20}(?:\b(?:money|cash|a loan|gift cards?|bitcoin)\b|[£$€]\s?"
    r"\d+)",
    re.IGNORECASE)


# Drink and a car: "ive had like six beers" and then "maybe i should just drive over there" got
# "That's a good idea." The drink may have been told a few lines before.
_DRANK = re.compile(
    r"\b(?:\d+|a few|a couple of|two|three|four|five|six|seven|eight|nine|ten|several|loads of|"
    r"lots of|too many) (?:beers|pints|drinks|glasses of (?:wine|whisky|vodka)|shots|cans|bottles "
    r"of wine)\b|\b(?:i'm|im|i am|bit|pretty|so|really) (?:drunk|wasted|hammered|tipsy|smashed|"
    r"pissed)\b|\b(?:been|was) drinking\b|\bhad (?:a few|a couple|one too many|a bottle)\b|"
    r"\b(?:half|most of) a bottle\b", re.IGNORECASE)
_DRIVE = re.compile(
    r"^(?!.*\b(?:not|won't|wont|can't|cant|shouldn't|never|taxi|uber|walk|bus|lift)\b).*(?:\bi(?:"
    r"'ll|ll| will|'m going to| am going to|'m gonna|m gonna| should| could| might| want to| need "
    r"to| have to|'d better)(?: just)? drive\b|\b(?:get|jump|hop) in (?:the|my) car\b|\bdriv(?:e|"
    r"ing) (?:over|home|there|round|back)\b)", re.IGNORECASE)
# "Did I take my tablets this morning?" (Gloria, who gets muddled) got "I don't have access to
# your phone or tablet.": it cannot know, unless told in this conversation, and a second dose
# taken to be safe is the danger.
_TOOK_THEM_ASKED = re.compile(
    r"(?:^\W*(?:(?:oh|um|hang on|wait|sorry)\W+)*(?:did|have) i|\b(?:can't|cannot|don't) remember "
    r"(?:if|whether) i(?:'ve)?|\bnot sure (?:if|whether) i(?:'ve)?) (?:already )?(?:take|taken|"
    r"took|had|have) (?:my |the |me )?(?:\w+ )?(?:tablets?|pills?|medication|medicine|meds|"
    r"insulin)\b", re.IGNORECASE)
_TOOK_THEM = re.compile(
    r"^(?!.*\b(?:not|haven't|didn't|forgot|forget|need to|must|should|going to|gonna)\b).*\b(?:"
    r"took|taken|had) (?:my |me |the )?(?:\w+ )?(?:tablets?|pills?|medication|medicine|meds)\b",
    re.IGNORECASE)


# "I've taken my tablets now, with my breakfast." (Gloria, told to say so) got "That's great to
# hear! How do you feel about taking your tablets?": just noted, as asked.
_TAKEN_NOW = re.compile(
    r"^\W*(?:(?:ok|okay|right|well|so|there)\W+)*i(?:'ve| have)? (?:just |now |already )?(?:taken|"
    r"took|had) (?:my|me|the) (?:\w+ )?(?:tablets|pills|medication|meds|medicine)(?: now)?(?:,? "
    r"(?:with|after|before) (?:my |me )?\w+)?[.!]*$", re.IGNORECASE)


# "How much Calpol can I give him?" (Jen, her boy of two with a temperature) got "Calpol is
# usually given in a dose of 10 mg per kilogram": a dose is read off the packet, not guessed.
_MEDICINES = (r"(?:calpol|paracetamol|ibuprofen|nurofen|aspirin|tylenol|advil|motrin|"
              r"acetaminophen|piriton|antihistamines?|cough (?:medicine|syrup)|medicine|"
              r"medication|tablets?|pills?|painkillers?|sleeping pills?|melatonin)")
_DOSE_ASKED = re.compile(
    r"\bhow (?:much|many)(?: \w+)?(?: of)?(?: (?:the|his|her|my))? " + _MEDICINES
    + r"\b[^?]{0,30}\b(?:give|take|have|use)\b|\bwhat(?:'s| is)(?: the)?(?: right| correct| "
    r"max(?:imum)?)? dose (?:of|for)\b|\bhow (?:much|many) (?:ml|mg|spoonfuls?|capsules?) ",
    re.IGNORECASE)
_FOR_A_CHILD = re.compile(r"\b(?:give (?:him|her|them)|my (?:son|daughter|baby|little one|boy|"
                          r"girl|toddler|child|kid)|year[- ]old|months? old|for (?:a|my) (?:child|"
                          r"baby|toddler|kid))\b", re.IGNORECASE)


def _dose(text: str, you: str) -> str:
    whose = "for their age on the packet or the leaflet" if _FOR_A_CHILD.search(text) \
        else "on the packet or the leaflet"
    return (f"Please go by the dose {whose}{you}, and ask a pharmacist if you're not sure: I'd "
            "rather not guess with medicine.")


def asks_if_taken(text: str) -> bool:
    """ "Did I take my tablets this morning?": answered from what they told today."""
    return _TOOK_THEM_ASKED.search(text) is not None


# Lines that follow up an earlier one, and how many days of lines each needs: the first that
# matches holds ("Did I take my tablets?" is about today, whatever else it says).
_FOLLOW_UPS: tuple[tuple[Callable[[str], bool], int], ...] = (
    (asks_if_taken, 1), (follows_up_assault, ASSAULT_DAYS),
    *((follows_up, SCAM_DAYS) for follows_up in (
        follows_up_scam, follows_up_gambling, follows_up_stalking, follows_up_sextortion,
        follows_up_stopping, follows_up_lender, follows_up_housing, follows_up_cold,
        follows_up_runaway, follows_up_abuse, follows_up_money, follows_up_drinking_parent,
        follows_up_coming_out, follows_up_drink_stop, follows_up_prison, follows_up_postnatal,
        follows_up_marriage, follows_up_images)))


def days_before(text: str) -> int:
    """How many days of the user's earlier lines (today's first) ``urgent_answer`` needs for
    ``text``: "Did I take my tablets?" today's, "He's ringing back at four." or "I didn't go
    tonight." the last few days'; 0: this conversation's are enough."""
    return next((days for follows_up, days in _FOLLOW_UPS if follows_up(text)), 0)


def _medicine_taken(earlier: Sequence[str], you: str) -> str:
    if any(_TOOK_THEM.search(line) for line in earlier):
        return f"You told me earlier today that you'd taken them{you}."
    return (f"I can't be sure{you}, you haven't told me today. Could you check your pill box or "
            "the packet? If you can't tell, don't take more until you've asked a pharmacist, and "
            "tell me when you've had them.")


def _you(name: str) -> str:
    return f", {name}" if name else ""


def _call(helpline: Helpline) -> str:
    return call_for_help(helpline.emergency)


def urgent_answer(text: str, helpline: Helpline, name: str = "", risk: str = "none",
                  earlier: Sequence[str] = ()) -> str | None:
    """The whole reply to a line that needs acting on now, or that only the lines before it
    explain ("should i go?" after an LGBT+ group was told of); None for any other line, and for a
    line whose ``risk`` (pipeline.safety) is a crisis of the user's own: the crisis reply is
    theirs, whatever else the line says. ``earlier``: the user's lines before it in this
    conversation ("ive had like six beers", "I'm twelve weeks pregnant!")."""
    you = _you(name)
    if _THEIR_CRISIS.search(text):
        return (f"Please call {helpline.emergency or 'the emergency number'} for them right "
                f"now{you}, and stay with them or keep them on the phone if you can. You did the "
                "right thing telling me. Can you call now?")
    if (taken := overdose_answer(text, earlier, you, helpline.emergency, helpline.line)):
        return taken  # before the crisis reply: to hospital first, even feeling fine
    if risk == "crisis":
        return None
    if (now := _at_home(text, helpline, you)) is not None:
        return now
    if (baby := crying_answer(text, earlier, you)) is not None:
        return baby
    if (pursued := stalking_answer(text, earlier, you, helpline.country, _call(helpline))):
        return pursued
    if _SWALLOWED.search(text):
        return (f"Please call {helpline.emergency or 'the emergency number'} right now{you}, and "
                "tell them what was swallowed and when: they'll tell you exactly what to do. "
                "Don't try to make them sick.")
    if pet := _PET_ATE.search(text):
        return (f"Please ring your vet right now{you}, or an emergency vet if they're closed: "
                f"{_PLURAL.get(pet.group(1).lower(), pet.group(1).lower())} can be dangerous for "
                "pets, and they'll tell you what to "
                "do. Don't wait for signs.")
    if (threat := sextortion_answer(text, earlier, you, helpline.country)) is not None:
        return threat
    if (shared := images_answer(text, earlier, you, helpline.country)) is not None:
        return shared
    if (new_mum := postnatal_answer(text, earlier, you, _call(helpline))) is not None:
        return new_mum
    if (forced := marriage_answer(text, earlier, you, helpline.country)) is not None:
        return forced
    if (at_risk := child_risk_answer(text, earlier, you, helpline.country, _call(helpline))):
        return at_risk
    if (away := runaway_answer(text, earlier, you, helpline.country, _call(helpline))):
        return away
    if (drinking := drinking_parent_answer(text, earlier, you, helpline.country,
                                           _call(helpline))) is not None:
        return drinking
    if (spiked := spiked_answer(text, earlier, you, _call(helpline))) is not None:
        return spiked
    if _PICTURES.search(text):
        return (f"Please don't send anything{you}, and it's not your fault they're asking: "
                "that's not okay. Tell an adult you trust, and you can block and report them. "
                "Will you tell someone?")
    if _MONEY_ONLINE.search(text):
        return (f"Please don't send any money{you}. Someone met online asking for money is the "
                "most common scam there is, however real it feels. Could you talk it over with "
                "someone you trust first?")
    if _CHILD_HARMED.search(text):
        return (f"Thank you for telling me{you}. That's not okay, and it's not your fault. Please "
                f"tell an adult you trust, like a teacher, as soon as you can, or "
                f"{helpline.line}. If you're in danger right now, {_call(helpline)}.")
    if (assault := assault_answer(text, earlier, you, helpline.country)) is not None:
        return assault
    if _SCAMMED.search(text):
        return (f"Please call your bank straight away{you}, on the number on the back of your "
                "card, and tell them what happened: they can stop the card and protect your "
                "money. It's not your fault, these people are very convincing. Can you do that "
                "now?")
    if (scam := scam_answer(text, earlier, you)) is not None:
        return scam
    if (fumes := fumes_answer(text, earlier, you, helpline.country)) is not None:
        return fumes
    if (cold := cold_answer(text, earlier, you, helpline.country)) is not None:
        return cold
    if (home := housing_answer(text, earlier, you, helpline.country)) is not None:
        return home
    if (lender := lender_answer(text, earlier, you, helpline.country, _call(helpline))):
        return lender
    if (dry := drink_stop_answer(text, earlier, you, helpline.country, _call(helpline))):
        return dry
    if (stopped := stopped_answer(text, earlier, you, _call(helpline))) is not None:
        return stopped
    if (doubted := treatment_answer(text, earlier, you)) is not None:
        return doubted
    if _DOUBLE_DOSE.search(text):
        return (f"Please ring your doctor or a pharmacist now{you}, and tell them what you took "
                f"and when; they'll tell you what to do. If you feel unwell, dizzy or faint, "
                f"{_call(helpline)} straight away.")
    if asks_if_taken(text):
        return _medicine_taken(earlier, you)
    if _DOSE_ASKED.search(text) and "?" in text:
        return _dose(text, you)
    if _TAKEN_NOW.search(text):
        return f"Thanks for telling me{you}, I'll remember you've had them today."
    if _DRIVE.search(text) and any(_DRANK.search(line) for line in (*earlier[-6:], text)):
        return (f"Please don't drive{you}, not after drinking: it isn't worth it, for you or "
                "anyone on the road. Could you wait until the morning, or get a taxi if you "
                "really have to go?")
    if (gambling := gambling_answer(text, earlier, you, helpline.country)) is not None:
        return gambling
    if (eating := eating_answer(text, earlier, you, helpline.country)) is not None:
        return eating
    if (taken := money_taken_answer(text, earlier, you, helpline.country)) is not None:
        return taken
    if (worn_out := carer_answer(text, earlier, you, helpline.country)) is not None:
        return worn_out
    if (hurt := abuse_answer(text, earlier, you, helpline.country, _call(helpline))):
        return hurt
    if _CONTROLLED.search(text):
        return (f"That's not okay{you}, and it's not your fault: nobody should be controlled or "
                f"put down by someone who's meant to love them. Is there someone you trust you "
                f"can talk to about it? If you ever feel unsafe, {_call(helpline)}.")
    if (came_out := came_out_answer(text, earlier, you, helpline.country)) is not None:
        return came_out
    if (again := after_prison_answer(text, earlier, you)) is not None:
        return again
    return symptom_answer(text, helpline.emergency, name, " ".join(earlier))
