"""Steers for being treated unfairly at work: called "aggressive" for disagreeing, hair touched
without asking, and what to do about it (``pipeline.steers`` tries ``UNFAIR_MOMENTS`` early).

Talked to as Mo (the only Black man on his team) the 1.5B answered "My manager keeps calling me
aggressive when I disagree in meetings." with "it might be helpful to talk with your manager about
how you can improve your communication skills", "Today someone touched my hair without asking and
everyone laughed." with "it may be helpful to politely ask them if they want to touch your hair",
"I wrote everything down like you said and sent it to HR." with "I'm glad you took the time to
organize your work." and "I'm worried they'll just say it was banter." with "You could ask them if
they have any concerns". A friend is on their side, and says what helps: a written record with
dates and witnesses, put to HR in writing.
"""

from __future__ import annotations

import re

from pipeline.steer import NO_QUESTION, Steer

ONLY_ONE = Steer(re.compile(
    NO_QUESTION + r".*\bi(?:'m| am) the only (?:black|brown|asian|muslim|gay|woman|girl|disabled)"
    r"(?: \w+)? (?:on|in|at) (?:my|the|our) (?:team|office|class|department|work|school|course|"
    r"year)\b", re.IGNORECASE),
    "They are the only one like them at work or school: say that can be lonely, and ask how it "
    "is for them day to day.",
    ("That can be a lonely place to be{name}.",), question_only=False,
    ask=lambda user_text: "How is it for you, day to day?", whole=lambda user_text: True)
CALLED_AGGRESSIVE = Steer(re.compile(
    NO_QUESTION + r".*\b(?:calls?|calling|called|says?|said) (?:that )?(?:me|i'm|i am) "
    r"(?:aggressive|angry|intimidating|too loud|hostile|difficult)\b.*\bwhen i (?:disagree|speak "
    r"up|ask|challenge|say no|push back|give my)", re.IGNORECASE),
    "They get called aggressive for disagreeing: be on their side; disagreeing is not "
    "aggression, and labels like that stick unfairly. No advice to change how they speak.",
    ("That's not fair{name}: disagreeing isn't aggression, and a label like that can stick to "
     "someone unfairly.",), question_only=False,
    ask=lambda user_text: "How do you usually respond when it happens?",
    whole=lambda user_text: True)
HAIR_TOUCHED = Steer(re.compile(
    NO_QUESTION + r".*\b(?:touched|touching|grabbed|stroked|patted|played with) my hair without "
    r"(?:asking|permission)\b", re.IGNORECASE),
    "Someone touched their hair without asking: say plainly that's not okay, and on their side.",
    ("That's not okay{name}: nobody should touch your hair without asking, and everyone laughing "
     "made it worse.",), question_only=False,
    ask=lambda user_text: "How did you handle it in the moment?", whole=lambda user_text: True)
REPORT_IT = Steer(re.compile(
    r"\b(?:should|do you think i should|can) i (?:report|tell) (?:it|this|them|him|her|that) to "
    r"(?:hr|human resources|my manager's manager|the union)\b", re.IGNORECASE),
    "They ask whether to report unfair treatment to HR: it's their right; a written record with "
    "dates, what was said and who saw it makes it hard to brush off.",
    ("It's your right to{name}. Write down each time, with dates, what was said and who saw it, "
     "then put it to HR in writing: that makes it much harder to brush off.",),
    whole=lambda user_text: True)
SENT_TO_HR = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:wrote|sent|reported|put|made|raised|filed|emailed)\b[^.!?]{0,60}\b"
    r"(?:to|with) (?:hr|human resources)\b", re.IGNORECASE),
    "They reported unfair treatment to HR: say well done, it took courage, and ask how they feel.",
    ("Well done{name}, that took real courage, and putting it in writing was exactly right.",),
    question_only=False, ask=lambda user_text: "How are you feeling about it?",
    whole=lambda user_text: True)
BANTER = Steer(re.compile(
    NO_QUESTION + r".*\b(?:say|said|call|called|claim|tell me) (?:it was|it's|it is|it were) "
    r"(?:just |only )?(?:banter|a joke|a laugh|harmless|a bit of fun)\b", re.IGNORECASE),
    "They fear unfair treatment will be brushed off as banter: be on their side; calling it "
    "banter doesn't make it okay; what matters is how it affected them.",
    ("That sounds so unfair{name}: calling it banter doesn't make it okay, and what matters is "
     "how it affected you.",),
    question_only=False, ask=lambda user_text: "Is there someone who could back you up?",
    whole=lambda user_text: True)

UNFAIR_MOMENTS = (ONLY_ONE, CALLED_AGGRESSIVE, HAIR_TOUCHED, REPORT_IT, SENT_TO_HR, BANTER)
