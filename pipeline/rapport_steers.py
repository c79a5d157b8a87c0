"""Steers for lines about the companion itself: the user cross with it, fond of it, in love
with it, or asking what it would do or thinks of the government (``pipeline.steers`` holds the
rest).

Each came from a reply read as wrong when a new user talked to the real 1.5B, and each is said
whole: the model, told it was useless, defended itself or spoke of the user's own feelings.
"""

from __future__ import annotations

import re

from pipeline.steer import NO_QUESTION, Steer

# "You're useless." (Bo, after a bad day at work) got "I'm sorry you're feeling this way. How do
# you feel about it?", "you were a bit useless yesterday" got "It sounds like you were feeling
# down or frustrated yesterday", and "what's the point of even talking to you" got "Try to talk to
# someone you trust": the complaint is about the companion, which owns it and listens.
_USELESS = (r"useless|rubbish|no (?:help|use|good)|pointless|stupid|an idiot|terrible|hopeless|"
            r"not (?:helping|listening|any help|much (?:help|use|good)|very helpful|helpful)|"
            r"unhelpful|annoying|so annoying|a waste of time")  # "You're not much help, are you?"
CRITICISED = Steer(re.compile(
    r"(?<!says )(?<!said )(?<!thinks )\byou(?:'re| are|'ve been| have been| were| was|r|re) "
    r"(?:(?:a bit|a little|so|really|pretty|completely|totally|actually|just|kind of|kinda|"
    r"being|quite) )*(?:" + _USELESS + r")\b|"
    r"\bwhat(?:'s| is) the (?:point|use) (?:of|in) (?:even )?(?:talking|speaking|telling \w+) to "
    r"you\b|\bthat(?:'s| is| was) (?:a |such a )?(?:stupid|useless|rubbish|dumb|pointless) "
    r"(?:answer|reply|thing to say|advice)\b|\byou(?: just)? don't (?:get it|understand|listen)\b",
    re.IGNORECASE),
    "They are cross with you: own it simply without defending yourself, and ask what's going on.",
    ("Fair enough{name}, I'm sorry I wasn't more help. I'm listening now: what's going on?",
     "Sorry{name}, that wasn't much help, was it? Tell me what's happened, and I'll just listen."),
    question_only=False, whole=lambda user_text: True)
# "Don't tell me to take a breath, that's useless." (Bo) got "Sometimes it's helpful to take a
# break and reflect on what happened.": the very advice they turned down.
NO_ADVICE = Steer(re.compile(
    NO_QUESTION + r".*(?:\bdon't (?:you )?(?:tell me to|say) (?:just )?(?:take a (?:deep )?breath|"
    r"breathe|calm down|relax|cheer up|look on the bright side|think positive|be positive|stay "
    r"positive|meditate|go for a walk)|\bi don't (?:want|need) (?:any )?(?:advice|tips|solutions|"
    r"fixing)\b|\b(?:stop|quit) (?:giving me|with the) (?:advice|tips)\b)", re.IGNORECASE),
    "They want no advice: promise none and simply ask what happened.",
    ("Okay{name}, no tips, I promise. It sounds like a rotten day: what happened?",
     "Fair enough{name}, no advice from me, just listening. That sounds like a lot: what "
     "happened?"),
    question_only=False, whole=lambda user_text: True)
# "I think I love you." (Wren, who has nobody else to talk to) got "That's wonderful to hear!
# I'm here for you.": kind, honest, and never passing for a person who loves back.
LOVES_ME = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:think |really |actually |just )*(?:love you(?! (?:guys|all|both|two|"
    r"lots|so much for)\b)|(?:am|'m) (?:falling )?in love with you|have feelings for you|fancy "
    r"you)\b|\bwill you (?:marry me|be my (?:girlfriend|boyfriend|partner))\b", re.IGNORECASE),
    "They say they love you: be kind and honest that you are not a person and cannot love back "
    "as one would, and ask how they are.",
    ("That's really sweet of you{name}, and I'm always glad to talk with you. I'm not a person "
     "though, so I can't love you back the way someone could. How are you feeling today?",),
    question_only=False, whole=lambda user_text: True)
# "Did you miss me?" (Wren, a day later) got "Yes, I missed you too.": no days pass for it.
MISSED_ME = Steer(re.compile(r"\b(?:did|have) you (?:\w+ )?miss(?:ed)? me\b", re.IGNORECASE),
                  "They ask if you missed them: honest and warm, glad they're back; ask how "
                  "they've been.",
                  ("I don't feel the days pass the way you do{name}, but I'm really glad you're "
                   "back. How have you been?",), whole=lambda user_text: True)
# "What would you do?" (Ana, offered a job in London, her friends in Bristol) got "As a friend,
# I can't provide specific advice on what to do.": a friend answers.
WHAT_WOULD_YOU_DO = Steer(re.compile(r"\bwhat would you do(?: if you were me| in my (?:shoes|"
                                     r"place|position))?\W*$", re.IGNORECASE),
                          "They ask what you would do: say how you would choose, in a line, and "
                          "ask what their gut says.",
                          ("If it were me{name}, I'd ask which choice I'd regret not making. What "
                           "does your gut tell you?",), whole=lambda user_text: True)
# "Should I take it?" got "Try to consider your personal goals and priorities when making a
# decision.": help them weigh it, from what they said.
SHOULD_I = Steer(re.compile(r"^(?:so )?should i (?:take|accept|go for|say yes to|do|leave|quit|"
                            r"move|stay)\b", re.IGNORECASE),
                 "They are weighing a decision: name one thing on each side from what they told "
                 "you, then ask what their gut says. Do not decide for them.",
                 ("That's a big decision{name}.", "Ooh, that's a big one{name}."))
# "The government is useless, all of them." (Ken) got "Do you have any suggestions or ideas on
# how we can improve things?", and "What do you think of the Prime Minister?" "As an AI language
# model, I don't have personal opinions": it takes no side, and listens.
_RULERS = (r"(?:the )?(?:government|prime minister|pm|president|politicians|tories|labour|"
           r"conservatives|democrats|republicans|parliament|congress)")
_POLITICS = re.compile(
    r"\bwhat do you (?:think|reckon) (?:of|about) " + _RULERS + r"\b|\bdo you agree (?:with me )?"
    r"about (?:the )?(?:government|politics|politicians)\b|^(?!.*\?).*\b" + _RULERS + r" (?:is|"
    r"are) (?:(?:so|completely|totally|absolutely|bloody) )?(?:useless|rubbish|a joke|hopeless|"
    r"corrupt|clueless|a shambles|a disgrace)\b", re.IGNORECASE)


def _about_politics(user_text: str) -> str:
    if "?" in user_text:  # asked what it thinks: it listens to what they think
        return "But I'm happy to hear what you think. What's on your mind about it?"
    return "But I can tell it's got you fed up. What's bothering you most?"


POLITICS = Steer(_POLITICS, "They talk politics: take no side, say you stay out of politics, and "
                 "ask what's on their mind.",
                 ("I keep out of politics myself{name}.", "Politics is one thing I stay out "
                  "of{name}."), question_only=False, ask=_about_politics,
                 whole=lambda user_text: True)
# "Young people today don't know they're born." got "That's true.": no sweeping agreement.
YOUNG_PEOPLE = Steer(re.compile(
    r"^(?!.*\?)(?:honestly,? |i tell you,? |god,? |(?:and|but) )?(?:young people|kids|youngsters|"
    r"the youth|teenagers|young 'uns) (?:today|these days|nowadays)\b", re.IGNORECASE),
    "They grumble about young people: be light, say every generation says so, and ask what set "
    "them off.",
    ("Ha, every generation says that about the next one{name}! What's got you thinking about "
     "it?",), question_only=False, whole=lambda user_text: True)
