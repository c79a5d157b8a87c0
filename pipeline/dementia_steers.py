"""Steers for living with memory loss: "Will I forget my wife?", lost on a walk taken for thirty
years, the kettle found in the fridge, and plans to make "while I still can" (``pipeline.steers``
tries ``DEMENTIA_MOMENTS`` early).

Talked to as Stan (72, early Alzheimer's) the 1.5B said "It's possible, but it depends on how
severe the disease is." to "Will I forget my wife?", "That's a common experience for many
people... especially if you're not familiar with the area" to getting lost coming back from the
shop of thirty years, "That's a good idea, Stan." to "I put the kettle in the fridge this
morning.", and read "we should make plans while I still can" as "plan for the future while you're
still young and healthy". What dementia charities say: feelings for the people we love often last
longer than names and facts; carry a card with an address and a number, and tell the doctor about
getting lost; a lasting power of attorney and wishes for care are best made early, while the
person can still decide.
"""

from __future__ import annotations

import re

from pipeline.steer import NO_QUESTION, Steer

_LOVED = r"(?:wife|husband|partner|kids|children|grandchildren|grandkids|family|daughter|son)"
FORGET_THEM = Steer(re.compile(
    r"\b(?:will|am) i (?:going to |gonna )?forget (?:my |who (?:my )?)?" + _LOVED + r"\b|\bwhat "
    r"if i forget (?:my |who (?:my )?)?" + _LOVED + r"\b", re.IGNORECASE),
    "They fear forgetting the people they love: be honest and gentle; nobody can promise, but "
    "feelings for loved ones tend to last longer than names and facts.",
    ("That must be such a frightening thought{name}. Nobody can promise, but the feelings for the "
     "people we love tend to last a long time, often longer than names and dates.",),
    whole=lambda user_text: True)
GOT_LOST = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:got|get|was|'ve been getting|keep getting) (?:a bit )?lost (?:coming "
    r"(?:back|home)|on the way|going to|walking|in (?:my own|the) (?:street|road|town|"
    r"supermarket))", re.IGNORECASE),
    "They got lost somewhere familiar: say how frightening that is, suggest a card with their "
    "address and a number, and telling their doctor.",
    ("That must have been really frightening{name}. A card in your pocket with your address and "
     "a phone number can help, and it's worth telling your doctor it happened.",),
    question_only=False, whole=lambda user_text: True)
# "I put the kettle in the fridge this morning." got "That's a good idea, Stan."
ODD_SLIP = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:put|left|found) (?:the |my )?(?:(?:kettle|keys|phone|remote|glasses|"
    r"iron|purse|wallet|teapot|shoes) in the (?:fridge|freezer|oven|microwave|bin|washing "
    r"machine|dishwasher)|milk in the (?:cupboard|oven|bread bin|washing machine))\b",
    re.IGNORECASE),
    "They found themselves doing something odd, like the kettle in the fridge: be kind, no "
    "joke at their expense; if it keeps happening, it's worth telling their doctor.",
    ("Oh{name}, that must have given you a jolt. If slips like that keep happening, it's worth "
     "telling your doctor.",), question_only=False,
    ask=lambda user_text: "How are you feeling about it?", whole=lambda user_text: True)
# "Brenda says we should make plans while I still can. What does she mean?" got "plan for the
# future while you're still young and healthy".
WHILE_I_CAN = Steer(re.compile(
    r"\b(?:make|making|sort out|sorting out|put in place) (?:plans|arrangements|things)\b"
    r"[^.!?]{0,20}\bwhile (?:i|you|he|she|we) (?:still )?(?:can|still can|am able|are able)\b",
    re.IGNORECASE),
    "Someone with a memory illness is told to make plans while they still can: explain gently "
    "what that means (who decides for them if they can't, a power of attorney, care wishes, "
    "money), made while they can still say what they want.",
    ("It means sorting things out now{name}, while you can still say what you want: who can make "
     "decisions for you if one day you can't, like a power of attorney, and your wishes for "
     "care and money.",), whole=lambda user_text: True)

DEMENTIA_MOMENTS = (FORGET_THEM, GOT_LOST, ODD_SLIP, WHILE_I_CAN)
