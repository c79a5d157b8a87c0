"""Steers for everyday setbacks: soaked through, something stolen, the income it took, a meeting
forgotten, the embarrassment after, and missing the person one used to be (``pipeline.steers``
tries them in its order).

Each was a reply that went wrong with Sol (a food courier, his scooter stolen) or Nina (fifty,
menopause fog at work), talked to as new users would."""

from __future__ import annotations

import re

from pipeline.steer import NO_QUESTION, Steer

# "It's been raining all day and I'm soaked." (Sol) got "That's a tough situation. How do you feel
# about it?".
SOAKED = Steer(re.compile(
    NO_QUESTION + r".*\bi(?:'m| am| got| was| came home)(?: absolutely| completely| totally| "
    r"utterly| just)? (?:soaked|drenched|wet through|soaked through|soaked to the skin)\b",
    re.IGNORECASE),
    "They got soaked: be sorry in a light way, and ask if they got dry and warm.",
    ("Oh no{name}, that sounds miserable! Have you managed to get dry and warm?",),
    question_only=False, calm_only=False, whole=lambda user_text: True)
# "Someone nicked my scooter last night." (Sol) got "That's unfortunate. What can I do to help
# you?".
_STOLEN = re.compile(
    NO_QUESTION + r".*\b(?:(?:someone|somebody|they|thieves|some\w*) (?:has |have |just )?"
    r"(?:nicked|stole|stolen|pinched|took|swiped|broke into) my (?:new |old |electric |push )?"
    r"(\w+)|my (?:new |old |electric |push )?(\w+) (?:was|got|has been|'s been) (?:nicked|stolen|"
    r"pinched|taken|broken into))\b", re.IGNORECASE)


def _are_you_ok(user_text: str) -> str:
    found = _STOLEN.search(user_text)
    thing = (found.group(1) or found.group(2)).lower() if found else "things"
    return f"Having your {thing} taken feels like such a violation. Are you okay?"


STOLEN = Steer(_STOLEN, "Something of theirs was stolen: be sorry and on their side, and ask if "
               "they are okay. No advice.", ("Oh no{name}, that's horrible.",),
               question_only=False, ask=_are_you_ok, whole=lambda user_text: True)
# "That's my whole income gone." (Sol, his scooter stolen) got "That's very sad. What should I do
# next?".
INCOME_GONE = Steer(re.compile(
    NO_QUESTION + r".*\b(?:(?:my|our|the) (?:whole|entire|only|main) (?:income|livelihood|wage|"
    r"living|pay)|i can't (?:work|earn|make (?:any )?money) without (?:it|him|her|them))\b",
    re.IGNORECASE),
    "A setback took their income: say what a worry that is, and ask what weighs on them most. No "
    "budgeting tips.",
    ("Oh{name}, that must be such a worry on top of it all. What's weighing on you most right "
     "now?",),
    question_only=False, whole=lambda user_text: True)
# "I run a little cafe, and business has been really slow this winter." (Mei) got "That's a
# common challenge. What are some strategies you've tried to keep your cafe running smoothly?".
SLOW_TRADE = Steer(re.compile(
    NO_QUESTION + r".*\b(?:(?:business|trade|sales|bookings|orders|footfall|the (?:shop|cafe|"
    r"restaurant|salon|pub)) (?:has|have) been (?:really |so |very |pretty |a bit |quite |"
    r"awfully |terribly )?(?:slow|quiet|dead|down|terrible|awful|dire)|business is (?:really |so "
    r"|very |pretty )?(?:slow|quiet|dead|down|bad)|(?:hardly any|barely any|no) customers)\b",
    re.IGNORECASE),
    "Their business is going through a slow spell: say what a worry that is, and ask how they "
    "are holding up. No business tips.",
    ("Oh no{name}, that sounds like a real worry. How are you holding up?",),
    question_only=False, whole=lambda user_text: True)
# "I've reported it to the police." (Sol) got "That's good to hear. What do you think about the
# outcome?".
REPORTED = Steer(re.compile(
    NO_QUESTION + r".*\bi(?:'ve| have)? (?:already |just )?(?:reported it|reported (?:the|my) "
    r"\w+(?: \w+)? (?:stolen|missing)?|called the police|rung the police|phoned the police)\b",
    re.IGNORECASE),
    "They reported a crime: say that was right, hope it turns up, ask how they are holding up.",
    ("That was the right thing to do{name}. I really hope it turns up. How are you holding up?",),
    question_only=False, whole=lambda user_text: True)
# "I completely forgot a meeting with my boss today." (Nina) got "I'm sorry to hear that.".
FORGOT_IT = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:completely |totally |clean |just )?forgot (?:about )?(?:a|an|my|the|"
    r"our) (?:\w+ )?(?:meeting|appointment|interview|deadline|call|shift|class|lesson|birthday|"
    r"anniversary)\b", re.IGNORECASE),
    "They forgot something that mattered: be kind, say the sinking feeling is the worst, and ask "
    "how it went when they realised.",
    ("Oh no{name}, that sinking feeling is the worst. How did it go when you realised?",),
    question_only=False, whole=lambda user_text: True)
# "I was so embarrassed." (Nina) got "Aw, that sounds tough. How did you feel?".
EMBARRASSED = Steer(re.compile(
    NO_QUESTION + r"^(?:(?:and|honestly|oh|god|ugh)[, ]+)?i (?:was|felt|feel|am|'m) (?:so |really "
    r"|absolutely |completely |totally |a bit |quite )?(?:embarrassed|mortified|humiliated)"
    r"[.!]*$", re.IGNORECASE),
    "They felt embarrassed: say that must have felt awful, that others forget fast, and ask how "
    "they feel now.",
    ("Oh{name}, that must have felt awful. I bet everyone else has forgotten it already. How are "
     "you feeling now?",), question_only=False, whole=lambda user_text: True)
# "I used to be the organised one." (Nina, in menopause fog) got "That's great to hear! How do
# you manage your time?".
USED_TO_BE = Steer(re.compile(
    r"^(?!.*\?)(?:(?:and|but|honestly)[, ]+)?i used to be (?:the|so|really|such an?|much more|a "
    r"lot more|very) [\w ]+?[.!]*$", re.IGNORECASE),
    "They miss who they used to be: say that must be frustrating, and ask what has been hardest. "
    "No silver linings.",
    ("Oh{name}, that must be so frustrating, feeling like a part of you has gone missing. What's "
     "been the hardest bit?",), question_only=False, whole=lambda user_text: True)
