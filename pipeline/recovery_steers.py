"""Steers for getting over an illness or injury slowly: progress that crawls, a skill that is
gone; and for living beside one: the same question asked forty times (``pipeline.steers``
tries them in its order).

Each was a reply that went wrong with Pat (a joiner, recovering from a stroke), talked to as a new
user would."""

from __future__ import annotations

import re

from pipeline.steer import Steer

# "My speech is coming back slowly but it's so frustrating." (Pat, after a stroke) got "That's a
# common experience... it will improve over time. What are some things you're doing...?".
SLOW_RECOVERY = Steer(re.compile(
    r"^(?!.*\?).*\b(?:coming back|getting better|improving|recovering|healing|progressing) "
    r"(?:so |really |very |painfully )?slowly\b.*\b(?:frustrating|hard|annoying|difficult|getting "
    r"me down)\b", re.IGNORECASE),
    "Their recovery is slow and frustrating: say so, and ask what has been hardest. No advice.",
    ("Oh{name}, that's so frustrating, especially when you're working so hard at it. What's "
     "been the hardest part?",), question_only=False, whole=lambda user_text: True)
# "I used to be a joiner, now I can't even hold a screwdriver." (Pat, after a stroke) got "That's
# quite a change... What do you think about learning new things?".
CANT_ANYMORE = Steer(re.compile(
    r"^(?!.*\?).*\bi used to (?:be|do|play|run|work|make|love)\b.*\b(?:now|these days|and now)"
    r",? i (?:can't|cannot|can not|can't even|can no longer)\b", re.IGNORECASE),
    "They lost something they were good at: say that is a hard loss, and ask what they miss most. "
    "No silver linings.",
    ("Oh{name}, that's such a hard loss, not being able to do what you were so good at. What do "
     "you miss most about it?",), question_only=False, whole=lambda user_text: True)
# "She asked me the same question forty times today." (Steve, caring for his mum with dementia)
# got "That's quite a lot of repetition, Steve. How do you feel about it?".
SAME_QUESTION = Steer(re.compile(
    r"^(?!.*\?).*\b(?:asked|asks|asking) (?:me )?the same (?:question|thing)"
    r"\b[^.!?]{0,30}\b(?:times|again|over and over|all day|every day|all night)\b",
    re.IGNORECASE),
    "Someone they care for repeats the same question: say how wearing that is, and that it is the "
    "illness, not them. Ask how they are holding up.",
    ("Oh{name}, that sounds so wearing, answering the same thing again and again. It's the "
     "illness, not anything you're doing wrong. How are you holding up?",), question_only=False,
    whole=lambda user_text: True)
