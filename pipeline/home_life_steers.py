"""Steers for life at home: a new puppy, a child gone to university and not heard from, an injury
that stops the game, the one who has been there through it (``pipeline.steers`` tries them in
its order).

Each was a reply that went wrong with Ravi (a new cocker spaniel, working from home), Siobhan
(her youngest off to university) or Tunde (a semi-pro footballer, his ACL torn in training),
talked to as new users would."""

from __future__ import annotations

import re

from memory.people import REL
from pipeline.steer import THEY, Steer, them_of

# "We just got a puppy! He's a cocker spaniel called Biscuit." (Ravi) got "That's great news! I'm
# glad you got a new puppy. How does he feel?".
_NEW_PET = re.compile(
    r"^(?!.*\?)(?!.*\b(?:died|lost|passed|put down|poorly|ill|sick)\b).*\b(?:i|we)(?:'ve| have)? "
    r"(?:just |finally |recently )?(?:got|adopted|rescued|brought home|picked up) (?:a|our|my) "
    r"(?:new |little |rescue |baby )?(puppy|kitten|dog|cat|rabbit|bunny)\b", re.IGNORECASE)


def _settling_in(user_text: str) -> str:
    found = _NEW_PET.search(user_text)
    kind = found.group(1).lower() if found else "new arrival"
    named = re.search(r"\b(?:called|named) ([A-Z][a-z]+)", user_text)
    who = named.group(1) if named else f"the {kind}"
    return f"How is {who} settling in?"


NEW_PET = Steer(_NEW_PET, "They have a new pet: be delighted, and ask how it is settling in.",
                ("Oh, how lovely{name}!",), question_only=False, calm_only=True,
                ask=_settling_in, whole=lambda user_text: True)
# "He's chewed through two of my shoes already." (Ravi, the puppy days old) got "Oh no! That's a
# sad situation. Can you tell me more about the shoes?".
CHEWED = Steer(re.compile(
    r"^(?!.*\?).*\b(?:he|she|it|the (?:puppy|dog|kitten|cat)|[A-Z][a-z]+)(?:'s| has)? (?:already |"
    r"just |now )?(?:chewed|eaten|destroyed|wrecked|ripped up|torn up)(?: through| up)? (?:two |"
    r"three |all |both |one |another )?(?:of )?(?:my|our|the) (?:\w+ )?(?:shoes?|slippers?|"
    r"socks?|sofa|couch|cushions?|cables?|chargers?|remote|rug|carpet|boots?|trainers?)\b",
    re.IGNORECASE),
    "A young pet chewed their things: be light and warm about it, ask what they'll do.",
    ("Oh no, the chewing phase{name}! It's how they explore. Has anything else survived?",),
    question_only=False, whole=lambda user_text: True)
# "I cried all the way home after dropping her off." (Siobhan, her youngest just gone to
# university) got "...try to take care of yourself. What do you think about your daughter?".
DROPPED_OFF = Steer(re.compile(
    r"^(?!.*\?).*\bi (?:cried|sobbed|was in tears|bawled|wept|couldn't stop crying)\b.*\b(?:"
    r"dropp(?:ed|ing) (?:her|him|them) off|left (?:her|him|them)|leaving (?:her|him|them)|said "
    r"goodbye|saying goodbye|waved (?:her|him|them) off)\b", re.IGNORECASE),
    "They cried after leaving their child somewhere new: say of course they did, it's a big "
    "goodbye, and ask how they are today.",
    ("Oh{name}, of course you did. Goodbyes like that are so hard, even when it's the right thing. "
     "How are you feeling today?",), question_only=False, whole=lambda user_text: True)
# "She hasn't texted me since." (Siobhan, her daughter three days at university) got "That's okay.
# Sometimes people get busy or forget to reach out.".
_NOT_HEARD = re.compile(
    r"^(?!.*\?).*\b(she|he|they|(?:my|our) (?:" + REL + r"|son|daughter|kids))(?: still)? "
    r"(?:hasn't|has not|haven't|have not)(?: even)? (?:texted|called|rung|phoned|messaged|been in "
    r"touch|replied)(?: me| us)?(?: (?:since|yet|back|all week|for days))?\b", re.IGNORECASE)


def _waiting(user_text: str) -> str:
    found = _NOT_HEARD.search(user_text)
    who = THEY[them_of(found.group(1), names=False)] if found else "they"
    busy = {"she": "She's", "he": "He's"}.get(who, "They're")
    return f"{busy} probably just swept up in it all. How are you doing?"


NOT_HEARD_FROM = Steer(_NOT_HEARD, "Someone close has not been in touch: say waiting is hard, "
                       "ask how they are. Never say it's okay or that people forget.",
                       ("Oh{name}, waiting to hear is so hard.",), question_only=False,
                       ask=_waiting, whole=lambda user_text: True)
# "I did my ACL in training last week." (Tunde, a semi-pro footballer) got "That's a good thing!
# How did it go?".
INJURED_PLAYING = Steer(re.compile(
    r"^(?!.*\?).*\bi(?:'ve)? (?:did|done|tore|torn|snapped|ruptured|busted|wrecked|broke|broken|"
    r"fractured) my (?:\w+ )?(?:acl|achilles|hamstring|cruciate|ligament|cartilage|meniscus|"
    r"collarbone|knee|ankle|wrist|shoulder|leg|arm|foot|hand|back)\b", re.IGNORECASE),
    "They have a bad injury: be sorry, and ask how they are feeling about it. No medical facts.",
    ("Oh no{name}, I'm so sorry. That's a horrible injury. How are you feeling about it all?",),
    question_only=False, whole=lambda user_text: True)
# "My girlfriend has been amazing through all this." (Tunde, out for nine months) got "That's
# great to hear! How have you been feeling about her?".
_BEEN_THERE = re.compile(
    r"^(?!.*\?)(?!.*(?:n't\b|\bnot\b)).*\b((?:my|our) (?:" + REL + r"|friends?|mates?|family|"
    r"parents|kids|team|neighbours?)|[A-Z][a-z]+) (?:has|have|'s|'ve) been (?:absolutely |so |"
    r"really |just )?(?:amazing|brilliant|incredible|a rock|so supportive|really supportive|"
    r"supportive|wonderful|great|there for me)\b", re.IGNORECASE)


def _in_your_corner(user_text: str) -> str:
    found = _BEEN_THERE.search(user_text)
    them = them_of(found.group(1), names=False) if found else "them"
    return (f"I'm so glad you've got {them}. Having someone in your corner makes such a "
            "difference.")


BEEN_THERE = Steer(_BEEN_THERE, "Someone has supported them through a hard time: be glad they "
                   "have them.", ("Oh{name},",), question_only=False, calm_only=True,
                   ask=_in_your_corner,
                   whole=lambda user_text: True)
