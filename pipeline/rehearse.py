"""Practice and help: the companion plays the interviewer, one question at a time, and helps at
once when asked.

"can you ask me a question like an interviewer would?" (Chen, an interview the next day) got
"Sure, I can help you with that. What would you like to know?", and his answer to a question
got praise and no next question. Asked for, practice starts with a first question; an answer to
one gets a word on it and the next question, until the questions run out or the user talks of
something else ("thanks", a goodbye, a question of their own).
"""

from __future__ import annotations

import re

from pipeline.heartache_steers import breathe_on
from pipeline.steer import Steer

QUESTIONS = (
    "tell me a little about yourself.",
    "why do you want this job?",
    "what would you say is your biggest strength?",
    "tell me about a time you solved a tricky problem.",
    "how do you handle pressure or a busy day?",
    "where do you see yourself in a few years?",
)
FIRST = f"Of course{{name}}, I'll be the interviewer. First question: {QUESTIONS[0]}"
_ASKED = re.compile(r"(?:First|Next|Last) question: (.+)$")
# Not an answer: thanks, a goodbye, a wish to stop, or a question of their own.
_NOT_AN_ANSWER = re.compile(
    r"\?|^(?:ok(?:ay)?|right|thanks|thank you|cheers|bye|stop|enough|that's enough|let's stop|"
    r"i'm done|no more)\b|\b(?:bye|gotta go|got to go|i'm off|good ?night)\b", re.IGNORECASE)
_SHORT_ANSWER_WORDS = 12  # fewer words than this: an example would make it stick


def next_question(user_text: str, last_reply: str) -> Steer | None:
    """The interviewer's next words, when ``last_reply`` asked a practice question and
    ``user_text`` answers it; None otherwise."""
    asked = _ASKED.search(last_reply.strip())
    if asked is None or asked.group(1) not in QUESTIONS or _NOT_AN_ANSWER.search(user_text):
        return None
    at = QUESTIONS.index(asked.group(1)) + 1
    short = len(re.findall(r"[\w']+", user_text)) < _SHORT_ANSWER_WORDS
    # one sentence: with the next question, two are all a spoken reply holds
    word = ("Good start{name}, and a quick example would make it stick." if short
            else "Good answer{name}, that comes across clearly.")
    if at == len(QUESTIONS):
        said = f"{word} That was my last one. How do you feel it went?"
    else:
        label = "Last" if at == len(QUESTIONS) - 1 else "Next"
        said = f"{word} {label} question: {QUESTIONS[at]}"
    return Steer(re.compile(""), "They answered a practice interview question.", (said,),
                 question_only=False, whole=lambda text: True)


LISTENING = "I'm listening."
# "Hello everyone, today I will talk about renewable energy in China." (Wei, practising his class
# presentation after "Start whenever you're ready, I'm listening.") got "Hello everyone! I'm
# excited to talk about renewable energy in China. What would you like to know?": the model gave
# the talk. A friend listens, says a word, and lets them go on until they say they are done.
_DONE = re.compile(r"\b(?:that's (?:it|all|the end)|the end|i'm done|i am done|(?:and )?i'm "
                   r"finished|thank you for listening|that's my (?:talk|speech|presentation)|was "
                   r"that (?:ok|okay|good|alright|all right)|how was that|how did i do)\b",
                   re.IGNORECASE)
# A talk may ask its audience ("Have you ever wondered why...?"); a short question is to us.
_LEFT_OFF = re.compile(r"^(?:ok(?:ay)?|right|thanks|thank you|cheers|bye|stop|enough|that's "
                       r"enough|let's stop|no more)\b|\b(?:bye|gotta go|got to go|i'm off|good "
                       r"?night)\b|^(?:\S+\s+){0,6}\S*\?\s*$", re.IGNORECASE)


def listened(user_text: str, last_reply: str) -> Steer | None:
    """A word on a talk being practised, when ``last_reply`` was listening to it; None when the
    user talks of something else."""
    done = _DONE.search(user_text) is not None
    if not last_reply.rstrip().endswith(LISTENING) or (_LEFT_OFF.search(user_text) and not done):
        return None
    if done:
        said = "Well done{name}! That came across clearly. How did it feel, saying it out loud?"
    elif "Keep going" in last_reply:
        said = f"Good, that flows well{{name}}. Keep going, {LISTENING}"
    else:
        said = f"That's a clear start{{name}}. Keep going, {LISTENING}"
    return Steer(re.compile(""), "They are practising a talk to you.", (said,),
                 question_only=False, whole=lambda text: True)


def followed_on(user_text: str, last_reply: str) -> Steer | None:
    """The next step of something begun in ``last_reply``: an interview question, a talk
    listened to, a breath taken together; None when the user talks of something else."""
    return next_question(user_text, last_reply) or listened(user_text, last_reply) \
        or breathe_on(user_text, last_reply)


# "Can you help me practise for my interview?" got a list of tips: a friend plays the part.
REHEARSAL = Steer(re.compile(
    r"\b(?:practi[cs]e|rehearse|prep|prepare|run through)\w* (?:\w+ ){0,2}(?:for )?(?:my|an|the|"
    r"a) (?:\w+ )?(?:job )?interview\b|\bmock interview\b|\binterview me\b|"
    # "can you ask me a question like an interviewer would?" (Chen) got "Sure, I can help you
    # with that. What would you like to know?"
    r"\bask me (?:a |some )?questions? (?:like|as) (?:an?|the) interviewer\b|\b(?:pretend to be|"
    r"play|be) (?:an?|the|my) interviewer\b", re.IGNORECASE),
    "They want to rehearse an interview: play the interviewer and ask one question at a time.",
    (FIRST,), question_only=False, whole=lambda user_text: True)
# "Can you help me start my speech?" got "Certainly! I can help you prepare for your speech. What
# would you like to talk about?", and with the user's name known, "Sure, Daniel can help you
# start your speech.": a friend just starts helping.
HELPING = Steer(re.compile(r"\b(?:can|could|would|will) you (?:please )?help me\b", re.IGNORECASE),
                "They ask for your help: help at once, like a friend, with one concrete first step "
                "or idea, in a sentence or two.", ("Of course!", "I'd love to!"))
