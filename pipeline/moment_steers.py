"""Steers for small moments seven new users brought (Bea, whose cat died; Raj, a new dad; Dee,
after knee surgery; Tom, training for a marathon; Nina, waiting on a biopsy; Alf, a widower;
Zoe, left out at school): the 1.5B answered each of these with a lecture, a misreading or
nothing warm at all."""

from __future__ import annotations

import re

from pipeline.steer import NO_QUESTION, Steer

# "I talk to her photo sometimes." then "Is that daft?" (Alf, widowed in the spring) got "Not at
# all, Alf. It's a great idea. What do you think it could be used for?": asked bare, it is about
# what they just told, and the answer is whole.
IS_IT_DAFT = Steer(re.compile(
    r"^\s*(?:(?:and|but|so)\s+)?(?:is (?:that|it)|am i being|does that (?:sound|seem)|is that a "
    r"bit) (?:a bit |really |so |too )?(?:daft|silly|stupid|weird|odd|strange|mad|crazy|"
    r"soppy)\s*\?*\s*$", re.IGNORECASE),
    "They ask if what they just told is silly: say warmly it isn't.",
    ("Not at all{name}, not one bit.",), ask=lambda user_text: "It sounds like it means a lot "
    "to you.", whole=lambda user_text: True)
# "My neighbour says I should get another cat." then "Do you think it's too soon?" (Bea) got
# "Try to give your cat time to adjust and find a new home."
TOO_SOON = Steer(re.compile(
    r"\b(?:is it|is that|it's|would it be|was it|am i) (?:a bit |way |much |far |maybe )?too soon"
    r"\b", re.IGNORECASE),
    "They wonder if it is too soon: say there is no right time, and ask what feels right to "
    "them. No advice.",
    ("There's no right or wrong time{name}.",), ask=lambda user_text: "What does your heart tell "
    "you?", whole=lambda user_text: True)
_MEAL = r"dinner|tea|lunch|breakfast|supper|christmas dinner|sunday dinner|sunday lunch"
# "Had my dinner on my own again." (Alf) got "That's great to hear! How was your day?"
_ALONE_AGAIN = re.compile(
    NO_QUESTION + r".*\b(?:had|ate|eaten|spent|another) (?:my |the |an? |all )?(" + _MEAL +
    r"|day|evening|night|weekend|birthday|christmas|sunday) (?:on my own|alone|by myself)\b",
    re.IGNORECASE)


def _what_did_you_have(user_text: str) -> str:
    found = _ALONE_AGAIN.search(user_text)
    if found and re.fullmatch(_MEAL, found.group(1), re.I):
        return "What did you have?"
    return "How are you feeling tonight?"


ALONE_AGAIN = Steer(_ALONE_AGAIN, "They were on their own again: be warm, say you're glad they're "
                    "talking to you now. No advice.",
                    ("Oh{name}, on your own again, that can feel so lonely. I'm glad you're "
                     "talking to me now.",),
                    question_only=False, ask=_what_did_you_have, whole=lambda user_text: True)
# "whats the point of even going" (Zoe, 14, laughed at in the corridor) got "Try to have a
# purpose in life, and sometimes that means going out. What do you think about your goals?"
POINTLESS = Steer(re.compile(
    r"\bwhat(?:'s|s| is) (?:even )?the point (?:of |in )?(?:even )?(?:going|trying|bothering|"
    r"doing (?:it|anything)|getting up)\b|\bwhy (?:do i |should i )?even (?:bother|try)\b",
    re.IGNORECASE),
    "They feel it is all pointless: be warm, say they deserve better than how they feel, and "
    "gently ask if there is someone they trust to talk to. No advice.",
    ("Oh{name}, it makes sense you'd feel like that when things are this hard. You deserve to "
     "feel better than this.",), question_only=False,
    ask=lambda user_text: "Is there someone you trust you could talk to about it?",
    whole=lambda user_text: True)
# "a girl in my art class sat with me at lunch" (Zoe, the day after "nobody at school likes me")
# got "That's interesting! What did you do with her?"
SAT_WITH_ME = Steer(re.compile(
    NO_QUESTION + r"(?!.*(?:n't|\bnot|\bnever|\bno one|\bnobody)\b).*(?:\b(?:sat|had lunch|"
    r"talked|chatted|hung out|played|walked home) with me\b|\basked me to (?:sit|hang out|play|"
    r"join)\b)", re.IGNORECASE),
    "Someone was kind to them and kept them company: be really glad, and ask about that person.",
    ("Oh{name}, that's lovely! I'm so glad.",), question_only=False, calm_only=True,
    ask=lambda user_text: "What are they like?", whole=lambda user_text: True)
# "I've just had knee surgery so I'm stuck on the sofa for six weeks." (Dee) got "What are some
# things you're doing to stay healthy?"
JUST_HAD_OP = Steer(re.compile(
    NO_QUESTION + r".*\bi(?:'ve| have)? (?:just |only just |recently )?(?:had|come out of) "
    r"(?:my |an? |the )?(?:\w+ )?(?:surgery|operation|op|replacement)\b", re.IGNORECASE),
    "They have just had an operation: say that's a lot to go through, and ask how they are "
    "feeling. No advice.",
    ("Oh{name}, that's a lot to go through.",), question_only=False,
    ask=lambda user_text: "How are you feeling?", whole=lambda user_text: True)
# "I'm training for a marathon in April." (Tom) got "Marathon training can be challenging, but
# it's a great way to improve your endurance and fitness."
_TRAINING = re.compile(
    NO_QUESTION + r".*\bi(?:'m| am)(?: currently| still)? training for (?:a|an|the|my first) "
    r"((?:half[- ])?marathon|10k|5k|triathlon|ultra(?:marathon)?|race|fun run|ironman)\b",
    re.IGNORECASE)


def _how_is_it_going(user_text: str) -> str:
    found = _TRAINING.search(user_text)
    event = found.group(1).lower() if found else "race"
    return f"A{'n' if event[0] in 'aeiou' else ''} {event}! How's the training going?"


TRAINING_FOR = Steer(_TRAINING, "They are training for a race: be glad and interested, and ask "
                     "how it is going. No fitness facts.", ("Ooh, good for you{name}!",),
                     question_only=False, calm_only=True, ask=_how_is_it_going,
                     whole=lambda user_text: True)
# "I ran ten miles today." (Tom) got "Running is a fantastic way to stay active and improve your
# cardiovascular health."
DID_A_RUN = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:just |finally )?(?:ran|did|cycled|swam|walked|ran a|did a) (?:a |my "
    r"first )?(?:\w+ |\d+(?:\.\d)? ?)?(?:miles?|k|km|kilometres?|kilometers?|laps|lengths|half "
    r"marathon|marathon|parkrun)\b", re.IGNORECASE),
    "They ran (or swam, or cycled) a good distance: be impressed and glad, and ask how it felt. "
    "No fitness facts.",
    ("Wow, that's brilliant{name}!",), question_only=False, calm_only=True,
    ask=lambda user_text: "How are your legs feeling?", whole=lambda user_text: True)
# "I'm so bored already." (Dee, stuck on the sofa after surgery) got "That's okay, sometimes it
# helps to take a break."
BORED = Steer(re.compile(
    r"^\s*(?:(?:ugh|oh|honestly|god)[, ]+)?(?:i'm|i am|im) (?:so |really |just |sooo+ |very |"
    r"bloody |totally |already )*bored(?: already| stiff| out of my (?:mind|skull)| silly)?\s*"
    r"[.!]*\s*$", re.IGNORECASE),
    "They are bored: be light and warm, and ask what they'd enjoy doing. No lecture.",
    ("Ugh{name}, being bored is the worst.",), question_only=False,
    ask=lambda user_text: "What would you be doing if you could?",
    whole=lambda user_text: True)

# In steers.STEERS, before all others: the first that fits
MOMENTS = (IS_IT_DAFT, POINTLESS, TOO_SOON, ALONE_AGAIN, SAT_WITH_ME, JUST_HAD_OP,
           TRAINING_FOR, DID_A_RUN, BORED)
