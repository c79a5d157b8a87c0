"""Steers for a life given to others and a friend's funeral: volunteering, the need one sees,
a funeral on Friday, being asked to say a few words and not knowing what to say
(``pipeline.steers`` tries them in its order).

Each was a reply that went wrong with Bernard (79, at the food bank three days a week, his old
friend Stan just died), talked to as a new user would."""

from __future__ import annotations

import re

from pipeline.steer import NO_QUESTION, Steer

# "I volunteer at the food bank three days a week." (Bernard) got "How do you feel about
# volunteering?".
VOLUNTEER = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:volunteer|do voluntary work|help out) (?:at|with|for|in) (?:the |a "
    r"|our |my )?(?:local )?\w+", re.IGNORECASE),
    "They volunteer: be warm about it, and ask what got them into it.",
    ("Oh, that's such good work{name}. What got you into it?",), question_only=False,
    calm_only=True, whole=lambda user_text: True)
# "It breaks my heart how many people need it." (Bernard) got "How can we help make a
# difference?".
BREAKS_MY_HEART = Steer(re.compile(
    NO_QUESTION + r".*\b(?:it )?breaks my heart\b", re.IGNORECASE),
    "Something they see hurts them: say it must be hard to see, and ask how they keep going.",
    ("Oh{name}, that must be so hard to see, day after day. How do you keep going?",),
    question_only=False, whole=lambda user_text: True)
# "Stan's funeral is on Friday." (Bernard) was said back to him, and so got "Oh, tell me more
# about that.".
FUNERAL_SOON = Steer(re.compile(
    NO_QUESTION + r".*\b(?:(?-i:[A-Z])[a-z]+'s|(?:his|her|their|the|my \w+'s)) funeral(?: is| "
    r"will be|'s)? (?:on|tomorrow|next|this|in)\b", re.IGNORECASE),
    "A funeral is coming: be sorry, say it will be a hard day, and ask how they feel about it.",
    ("I'm so sorry{name}. That will be a hard day. How are you feeling about it?",),
    question_only=False, whole=lambda user_text: True)
# "I've been asked to say a few words." (Bernard, at his friend's funeral) got "Sure, I'd be
# happy to help.", and "I don't know what to say about him." "It's okay to feel sad.".
A_FEW_WORDS = Steer(re.compile(
    NO_QUESTION + r".*\b(?:asked to|have to|got to|going to|need to) (?:say a few words|give (?:a|"
    r"the) eulogy|do (?:a|the) eulogy|speak at the funeral|do a reading)\b", re.IGNORECASE),
    "They are to speak at a funeral: say it is an honour and a hard thing, and ask what first "
    "comes to mind about the person.",
    ("What an honour, and what a hard thing to do{name}. What's the first thing that comes to "
     "mind about them?",), question_only=False, whole=lambda user_text: True)
WHAT_TO_SAY_ABOUT = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:don't|do not|dont) know what to (?:say|write) about (him|her|them|"
    r"(?-i:[A-Z])[a-z]+)\b", re.IGNORECASE),
    "They don't know what to say about someone who died: help them start with one small story.",
    ("Start with one small story{name}, the kind that makes people smile and think 'that was so "
     "like them'. What's one you remember?",), question_only=False,
    whole=lambda user_text: True)
