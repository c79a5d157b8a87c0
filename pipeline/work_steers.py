"""Steers for work: a new job begun, someone in their care lost at work, a long career, training
for a job (``pipeline.steers`` tries them in its order).

Each was a reply that went wrong with Owen (a new paramedic), George (a retired carpenter) or
Amina (a trainee nurse), talked to as a new user would."""

from __future__ import annotations

import re

from pipeline.steer import Steer

_JOB = r"(?:job|role|position|post|placement|apprenticeship)"
# "I've just started a new job as a paramedic." got "That's great news!", and nothing more.
_NEW_JOB = re.compile(
    r"^(?!.*\?)(?!.*\b(?:hate|dread|awful|horrible|terrible|worst)\b).*\bi(?:'ve| have|'m| am)? "
    r"(?:just |finally |only |now )?(?:started|begun|began|starting|beginning) (?:a |my |the )?"
    r"(?:brand )?new " + _JOB + r"\b", re.IGNORECASE)


def _so_far(user_text: str) -> str:
    found = _NEW_JOB.search(user_text)
    ahead = found is not None and re.search(r"\b(?:starting|beginning)\b", found.group(), re.I)
    return "How are you feeling about it?" if ahead else "How's it going so far?"


NEW_JOB = Steer(_NEW_JOB, "They have just started a new job: be glad with them and ask how it's "
                "going.", ("Oh, how exciting{name}!",), question_only=False, calm_only=True,
                ask=_so_far, whole=lambda user_text: True)

_LOST_ONE = r"(patient|resident|client|pupil|student|service user)"
# "My first shift was brutal, we lost a patient." (Owen, a paramedic) got "Aw, sounds like you
# could use some rest. What do you think about your new job?".
_LOST_AT_WORK = re.compile(
    r"^(?!.*\?).*(?:\b(?:we|i) (?:just |sadly )?lost (?:a|one of (?:my|our)|an? (?:elderly |"
    r"young |little )?)\s*(patient|resident)s?\b(?!'s| to\b)|\b(?:a|one of (?:my|our)) (?:elderly "
    r"|young )?" + _LOST_ONE + r"s? (?:died|passed away|passed|didn't make it|did not make it)\b)",
    re.IGNORECASE)


def _losing(user_text: str) -> str:
    found = _LOST_AT_WORK.search(user_text)
    lost = next((g for g in found.groups() if g), "patient").lower() if found else "patient"
    return f"Losing a {lost} is so hard, and it stays with you. How are you holding up?"


LOST_AT_WORK = Steer(_LOST_AT_WORK, "Someone in their care died at work: be warm and sorry, "
                     "no advice, and ask how they are holding up.", ("Oh{name}, I'm so sorry.",),
                     question_only=False, ask=_losing, whole=lambda user_text: True)

# "I was a carpenter for forty years." (George, retired) got "That's a long time! What did you do
# with it?".
_CAREER = re.compile(
    r"^(?!.*\?).*\bi(?: was|'ve been| have been| worked as| am|'m) (an?) ((?!(?:bit|lot|"
    r"little|mess|wreck|smoker|drinker|addict|alcoholic|widow|widower|member|patient|"
    r"prisoner|vegetarian|vegan)\b)[a-z]+(?: [a-z]+)?) for (?:over |almost |nearly |about |more "
    r"than )?((?:[1-9]\d|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty)(?:[- ]\w+)?) "
    r"years\b", re.IGNORECASE)  # a whole career: ten years and more


def _career(user_text: str) -> str:
    found = _CAREER.search(user_text)
    if found is None:
        return "What do you love most about it?"
    article, job, years = found.group(1).lower(), found.group(2).lower(), found.group(3)
    tense = "did" if re.search(r"\b(?:was|worked)\b", found.group(), re.I) else "do"
    return (f"{years[:1].upper()}{years[1:]} years as {article} {job}. What {tense} you love most "
            "about it?")


CAREER = Steer(_CAREER, "They told you of their long working life: be impressed, and ask what "
               "they loved about it.", ("What a career{name}!",), question_only=False,
               calm_only=True, ask=_career, whole=lambda user_text: True)

# "I'm training to be a nurse." (Amina) got "That's great! Training is a rewarding journey. What
# are some of your goals?".
_TRAINING = re.compile(
    r"^(?!.*\?).*\bi(?:'m| am) (?:currently |now |still )?(?:training|studying|retraining|"
    r"learning) (?:to be|to become|as) (an?) ([a-z]+(?: (?!(?:and|but|so|at|in|because)\b)[a-z]+)?)"
    r"\b", re.IGNORECASE)


def _why_that(user_text: str) -> str:
    found = _TRAINING.search(user_text)
    return (f"What made you want to become {found.group(1).lower()} {found.group(2).lower()}?"
            if found else "What made you want to do it?")


TRAINING_AS = Steer(_TRAINING, "They are training for a job: be glad, ask what drew them to it.",
                    ("Oh, that's brilliant{name}!",), question_only=False, calm_only=True,
                    ask=_why_that, whole=lambda user_text: True)
