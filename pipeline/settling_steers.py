"""Steers for making a life somewhere: a home far from where one is from, English still being
learnt, night work, a class signed up for, a party thrown for one, paperwork and a housemate
that grate (``pipeline.steers`` tries them in its order).

Each was a reply that went wrong with Anton (from Ukraine, two years here, warehouse nights),
Femi (emigrating to Canada), Dee (a pottery class after her divorce) or Ravi (his flatmate and
the new puppy), talked to as new users would."""

from __future__ import annotations

import re

from memory.people import REL
from pipeline.steer import NO_QUESTION, Steer, them_of

# "I am from Ukraine, I live here two years now." (Anton) got "That's interesting! How do you
# feel about living in Ukraine?".
_FROM_ABROAD = re.compile(
    NO_QUESTION + r".*\bi(?:'m| am) (?:originally )?from ((?-i:[A-Z])[a-z]+(?: "
    r"(?-i:[A-Z])[a-z]+)?)\b.*\b(?:i|we)(?:'ve| have)? (?:live|living|lived|been living|been|"
    r"moved|came)\b(?: \w+)? "
    r"(?:here|to (?:this country|the uk|england|britain|scotland|wales|ireland))\b",
    re.IGNORECASE)


def _far_from(user_text: str) -> str:
    found = _FROM_ABROAD.search(user_text)
    home = found.group(1) if found else "home"
    return f"How are you finding life here, so far from {home}?"


FROM_ABROAD = Steer(_FROM_ABROAD, "They moved here from another country: be interested in them, "
                    "and ask how they find life here.", ("You've come a long way{name}.",),
                    question_only=False, calm_only=True, ask=_far_from,
                    whole=lambda user_text: True)
# "My English is not so good, sorry." (Anton) got "No problem! I'm here for you. What's on your
# mind?".
MY_ENGLISH = Steer(re.compile(
    NO_QUESTION + r".*\bmy english (?:is(?:n't| not)?|isnt) (?:not )?(?:so |very |too |that |"
    r"really )?(?:good|great|bad|poor|perfect|strong|fluent)\b|\bsorry (?:for|about) my "
    r"(?:bad |poor )?english\b", re.IGNORECASE),
    "They apologise for their English: say kindly there is no need, you understand them well.",
    ("Your English is just fine{name}, and I understand you well. There's no need to be sorry.",),
    question_only=False, whole=lambda user_text: True)
# "I work in warehouse, night shifts." (Anton) got "That's a great job! What do you like about
# it?" (work_steers.WORKS_AS hears "I work nights as a nurse").
NIGHT_WORK = Steer(re.compile(
    NO_QUESTION + r"(?!.*\bas an?\b).*\bi (?:work|do|am working|'m working) (?:in |at |on )?"
    r"[\w ,]{0,30}\b(?:night shifts?|nights|the night shift|overnight)\b", re.IGNORECASE),
    "They work nights: be interested, and ask how they manage with sleep. No advice.",
    ("Nights are hard going{name}. How do you manage with sleep?",), question_only=False,
    calm_only=True, whole=lambda user_text: True)
# "Today I speak with her on video, she is okay." (Anton, of his mother in Kharkiv) got "That's
# great to hear! I'm glad you're okay.".
TALKED_TO = Steer(re.compile(
    NO_QUESTION + r"(?!.*\b(?:not|n't|never|argued|row|fight|fought|shouted|'ll|will|going to|"
    r"gonna|want to|need to|have to)\b).*\b(?:speak|spoke|talk|talked|chat|chatted|had a (?:video"
    r" |long |lovely )?(?:call|chat)) (?:with|to) (?:her|him|them|my (?:\w+ )?(?:" + REL
    + r"|friends?|mates?)|(?-i:[A-Z])[a-z]+)\b[^.!?]*?\b(?:on|over|by) (?:the )?(?:video|video "
    r"call|phone|facetime|skype|whatsapp|zoom)\b|\bhad a video call with\b", re.IGNORECASE),
    "They talked with someone far away: be glad with them, and ask what they talked about.",
    ("Oh, I'm so glad you got to talk{name}. What did you talk about?",), question_only=False,
    calm_only=True, whole=lambda user_text: True)
# "I've signed up for a pottery class." (Dee) got "You've signed up for a pottery class!".
_CLASS = re.compile(
    NO_QUESTION + r".*\bi(?:'ve| have)? (?:just |finally |also )?(?:signed up|enrolled|"
    r"registered|booked|put my name down) (?:for|on|in|onto) (?:a|an|some|the) ((?:\w+ ){1,2})"
    r"(?:class|classes|course|lessons|workshop)\b", re.IGNORECASE)


def _what_made_you(user_text: str) -> str:
    found = _CLASS.search(user_text)
    thing = found.group(1).strip().lower() if found else "it"
    return f"What made you pick {thing}?"


CLASS_BOOKED = Steer(_CLASS, "They signed up for a class: be glad for them, and ask what drew "
                     "them to it.", ("Ooh, good for you{name}!",), question_only=False,
                     calm_only=True, ask=_what_made_you, whole=lambda user_text: True)
# "The visa came through today!" (Femi) got "That's great news! How is your visa application
# going?".
CAME_THROUGH = Steer(re.compile(
    NO_QUESTION + r"(?!.*\b(?:not|n't|never|hasn't|hope|if|when)\b).*\b(?:the|my|our) (?:\w+ )?"
    r"(?:visa|mortgage|loan|application|permit|passport|paperwork|citizenship|grant|funding|"
    r"planning permission|adoption|transfer|offer)(?: finally| has| has finally)? (?:came "
    r"through|come through|got approved|was approved|been approved|went through|gone through|"
    r"got accepted|was accepted|been accepted|was granted|got granted|been granted)\b",
    re.IGNORECASE),
    "Something they waited for came through: be glad with them, and ask how they will "
    "celebrate.",
    ("Oh, brilliant{name}! What a relief after all that waiting. How are you going to "
     "celebrate?",), question_only=False, calm_only=True, whole=lambda user_text: True)
# "My best friend is throwing me a leaving party." (Femi) got "That's a great news!".
PARTY_FOR_ME = Steer(re.compile(
    NO_QUESTION + r".*\b(?:is|are|'s|'re) (?:throwing|having|organising|organizing|planning) "
    r"(?:me|us) an? (?:\w+ )?(?:party|do|send-off|send off|surprise)\b", re.IGNORECASE),
    "Someone is throwing them a party: be glad with them and ask when it is.",
    ("Oh, that's lovely{name}! You're clearly going to be missed. When is it?",),
    question_only=False, calm_only=True, whole=lambda user_text: True)
# "The visa paperwork is driving me mad." (Femi) got "Ugh, that sounds frustrating! What's the
# best way to handle it?": a friend does not ask them for the answer.
DRIVING_ME_MAD = Steer(re.compile(
    NO_QUESTION + r"^(?!.*\b(?:keeps|always|won't stop)\b)(?:the |this |all the |my )[\w ]{2,30}"
    r"(?:is|are|has been|have been|'s) (?:driving me (?:mad|crazy|nuts|up the wall|insane|round "
    r"the bend|bonkers)|doing my head in|a nightmare)\b", re.IGNORECASE),
    "Something is driving them mad: be on their side, and ask what the worst of it is. No "
    "advice.",
    ("Ugh, that sounds maddening{name}. What's the worst part of it?",), question_only=False,
    whole=lambda user_text: True)
# "My flatmate is annoyed about the puppy though." (Ravi) got "How can we make things better?".
_ANNOYED_ABOUT = re.compile(
    NO_QUESTION + r".*\b(my (?:\w+ )?\w+|he|she|they)(?: is| are|'s|'re| was| were| seems?| "
    r"got| has been| have been)(?: really| a bit| quite| so| pretty)? (?:annoyed|cross|fed up|"
    r"grumpy|not (?:happy|thrilled|pleased|keen)) (?:about|with|at) (?!me\b|us\b)(?:the|my|our|"
    r"it|that|this)\b", re.IGNORECASE)


def _bothering_them(user_text: str) -> str:
    found = _ANNOYED_ABOUT.search(user_text)
    return f"What's bothering {them_of(found.group(1), names=False) if found else 'them'} " \
        "about it?"


ANNOYED_ABOUT = Steer(_ANNOYED_ABOUT, "Someone at home is annoyed about something of theirs: say "
                      "that's awkward, and ask what bothers them. No advice.",
                      ("Oh no, that's awkward{name}.",), question_only=False,
                      ask=_bothering_them, whole=lambda user_text: True)
# "I'm seventy-two and my grandson has just given me one of these smartphones." (Ivy) got "I'm glad
# you're enjoying your new gadget. How does it feel?".
_GADGET_GIFT = re.compile(
    NO_QUESTION + r".*\b(my (?:\w+ )?\w+|he|she|they)(?: has| have|'s|'ve)? (?:just |finally )?"
    r"(?:given|gave|bought|got|set up) me (?:one of these |one of those |a |an |a new |my first )"
    r"(?:new )?(?:smart ?phones?|mobiles?|tablets?|ipads?|laptops?|computers?|kindles?|smart "
    r"speakers?|smart watch(?:es)?)\b", re.IGNORECASE)


def _how_kind(user_text: str) -> str:
    found = _GADGET_GIFT.search(user_text)
    them = them_of(found.group(1), names=False) if found else "them"
    return f"how kind of {them}! How are you getting on with it?"


GADGET_GIFT = Steer(_GADGET_GIFT, "Someone gave them a new gadget: say how kind, and ask how they "
                    "are getting on with it.", ("Oh{name},",), question_only=False,
                    calm_only=True, ask=_how_kind, whole=lambda user_text: True)
# "I only see them on the video calls." (Ivy, her family in Brisbane) got "That's okay! How do
# they make you feel?".
_ON_SCREEN = re.compile(
    NO_QUESTION + r".*\bonly (?:ever |really )?(?:see|talk to|speak to|get to see|hear from) "
    r"(them|him|her|my \w+)(?: \w+)? (?:on|over|through|by) (?:the )?(?:video|video calls?|"
    r"facetime|skype|zoom|whatsapp|phone|screen|computer)\b", re.IGNORECASE)


def _last_hug(user_text: str) -> str:
    found = _ON_SCREEN.search(user_text)
    them = them_of(found.group(1), names=False) if found else "them"
    return f"When did you last get to see {them} in person?"


ON_SCREEN = Steer(_ON_SCREEN, "They only see loved ones on a screen: say it is not the same as a "
                  "hug, and ask when they last saw them in person.",
                  ("It's not the same as a proper hug{name}.",), question_only=False,
                  ask=_last_hug, whole=lambda user_text: True)
