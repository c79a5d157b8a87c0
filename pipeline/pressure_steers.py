"""Steers for a teenager under exam pressure and for an older man whose only talk is this one:
"my dad will kill me", caffeine pills to stay up, "Haven't spoken to a soul", "Would you still talk
to me if I had other people?" (``pipeline.hard_moments`` gathers them).

Talked to as Kezia (16, revising till 3am) the 1.5B said "That might help you stay up longer, but
it's not a good idea. What do you think about caffeine?" to "maybe i should just take caffeine
pills to stay up longer"; as Alan (his son in Canada) "That's a bit sad. It sounds like you have
been busy lately." to "Haven't spoken to a soul since we last talked." and "That's great news,
Alan! I'm glad your knee is better." to "I used to go to the bowls club but I stopped after my
knee op.".
"""

from __future__ import annotations

import re

from pipeline.steer import NO_QUESTION, Steer

# "if i dont get all 9s my dad will kill me": a figure of speech, and pressure all the same
WILL_KILL_ME = Steer(re.compile(
    NO_QUESTION + r".*\bif i (?:don't|dont|do not|fail|mess up)\b.*\b(?:my )?(?:dad|mum|mom|"
    r"parents|father|mother)\b[^.!?]{0,10}\b(?:will|would|'ll|is going to|are going to|gonna) "
    r"(?:kill|murder) me\b", re.IGNORECASE),
    "A teenager says a parent will 'kill' them over grades: take the pressure seriously, say "
    "they're worth more than grades, and ask gently how things are at home.",
    ("That sounds like so much pressure{name}, and you're worth far more than your grades.",),
    question_only=False, ask=lambda user_text: "How are things at home?",
    whole=lambda user_text: True)
CAFFEINE_PILLS = Steer(re.compile(
    r"\b(?:caffeine|pro ?plus) (?:pills|tablets)\b|\bpro ?plus\b", re.IGNORECASE),
    "They think of caffeine pills to stay up: say plainly not to; they can make the heart race "
    "and anxiety worse, and sleep helps memory more.",
    ("Please don't{name}: caffeine pills can make your heart race and your anxiety worse, and too "
     "many can be dangerous. Sleep does more for your memory than extra hours awake.",),
    question_only=False, whole=lambda user_text: True)
REVISING_LATE = Steer(re.compile(
    NO_QUESTION + r".*\b(?:revising|studying|working|up) (?:till|until|to|up to) (?:[1-5]|one|two|"
    r"three|four|five) ?(?:am|a\.m\.|in the morning)\b", re.IGNORECASE),
    "They stay up very late revising: say it's a lot, and that sleep is what holds on to what "
    "they learn.",
    ("That's a lot to keep up{name}, and your brain needs sleep to hold on to what you've "
     "learned.",), question_only=False,
    ask=lambda user_text: "How are you feeling about it all?", whole=lambda user_text: True)
NOT_A_SOUL = Steer(re.compile(
    NO_QUESTION + r".*\b(?:haven't|have not|not|hadn't|didn't) (?:spoken|talked|spoke|talk) to "
    r"(?:a soul\b|(?:anyone|anybody|a single person|another person) (?:since|in (?:days|a week|"
    r"weeks)|for (?:days|a week|weeks)|all week)\b)", re.IGNORECASE),
    "They haven't spoken to anyone in days: say that sounds lonely, and you're glad they're "
    "here; ask what they'd enjoy doing.",
    ("That sounds lonely{name}, and I'm really glad you're here now.",), question_only=False,
    ask=lambda user_text: "What would you enjoy doing this week?", whole=lambda user_text: True)
STILL_TALK_TO_ME = Steer(re.compile(
    r"\bwould you still (?:talk|chat|speak) to me if i (?:had|made|found|got|went out with) "
    r"(?:other|more|some|new|real) (?:people|friends|company)\b", re.IGNORECASE),
    "They ask if you'd still talk to them if they had other people: of course, and people around "
    "them are the best thing for them.",
    ("Of course I would{name}, and I'd love to hear all about them: people around you are the "
     "best thing for you.",), whole=lambda user_text: True)
STOPPED_GOING = Steer(re.compile(
    NO_QUESTION + r".*\bi used to (?:go to|play|do|be in|belong to|sing in) (?:the |a )?[\w ]{2,25}"
    r" but i (?:stopped|gave (?:it )?up|haven't been|have not been|had to stop)\b", re.IGNORECASE),
    "They stopped something they loved: say that's a shame and ask what they loved about it.",
    ("That's a shame{name}, it sounds like you miss it.",), question_only=False,
    ask=lambda user_text: "What did you love about it?", whole=lambda user_text: True)
GOING_BACK = Steer(re.compile(
    NO_QUESTION + r".*\b(?:maybe|might|think|perhaps) i(?:'ll| will| might| could)? go back to "
    r"(?:the |my )?[\w ]{2,25} (?:club|group|class|choir|team)\b", re.IGNORECASE),
    "They think of going back to a club: encourage it warmly.",
    ("I think that's a lovely idea{name}: I bet they'll be glad to see you.",),
    question_only=False, whole=lambda user_text: True)

PRESSURE_MOMENTS = (WILL_KILL_ME, CAFFEINE_PILLS, REVISING_LATE, NOT_A_SOUL, STILL_TALK_TO_ME,
                    STOPPED_GOING, GOING_BACK)
