"""Steers for a child whose parents are splitting up: having to pick, their name heard in a
row, and guilt at being excited about a new room (``pipeline.steers`` tries ``SPLIT_MOMENTS``).

Talked to as Jack (11) the 1.5B answered "i dont want to pick who to live with" with "try to
consider all the options and try to find something that works for everyone" and "i feel bad for
being excited about the bunk beds" with "It sounds like you're excited about the new room".
What children's charities say: a child never has to choose, though their feelings matter and can
be told; rows about a child are about how to care for them, never the child's fault; and it's
fine to be happy about the good bits.
"""

from __future__ import annotations

import re

from pipeline.steer import NO_QUESTION, Steer

PICK_WHO = Steer(re.compile(
    r"\b(?:don't|do not|dont) want to (?:pick|choose) (?:who|which one|between|which parent)\b|"
    r"\b(?:do|will|would) i (?:have to|need to|get to) (?:pick|choose) (?:who|which one|between|"
    r"which parent)\b", re.IGNORECASE),
    "A child fears having to choose which parent to live with: they don't have to; that's for "
    "the grown-ups, though their feelings matter and it's okay to say them.",
    ("You don't have to pick{name}: that's for the grown-ups to sort out, though how you feel "
     "matters, and it's okay to tell them.",), question_only=False,
    ask=lambda user_text: "Who could you talk to about it?", whole=lambda user_text: True)
HEARD_MY_NAME = Steer(re.compile(
    NO_QUESTION + r".*\bheard (?:them|mum and dad|my parents|mum|dad|my mum|my dad) (?:shouting|"
    r"arguing|fighting|rowing|yelling)\b.*\b(?:my name|about me)\b", re.IGNORECASE),
    "A child heard their name in their parents' row: say that must have been scary, and that "
    "rows about a child are about how to look after them, never the child's fault.",
    ("That must have been scary to hear{name}. When parents argue about their child, it's about "
     "how to look after them, never because the child did something wrong.",),
    question_only=False, whole=lambda user_text: True)
EXCITED_GUILT = Steer(re.compile(
    NO_QUESTION + r".*\bi feel (?:bad|guilty|awful|horrible) (?:for|about) (?:being|feeling) "
    r"(?:excited|happy|glad|pleased)\b", re.IGNORECASE),
    "They feel guilty for being happy about something good while others are sad: it's okay; "
    "being happy doesn't mean they don't care.",
    ("It's okay to be excited{name}: being happy about something good doesn't mean you don't "
     "care.",), question_only=False,
    ask=lambda user_text: "What are you looking forward to most?", whole=lambda user_text: True)

SPLIT_MOMENTS = (PICK_WHO, HEARD_MY_NAME, EXCITED_GUILT)
