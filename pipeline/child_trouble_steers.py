"""Steers for a parent whose child is struggling or in trouble: an autism diagnosis, the school
on the phone again, feeling nobody understands, a meeting at last, tears of relief, a teenager
brought home by the police (``pipeline.steers`` tries them in its order).

Each was a reply that went wrong with Kemi (her son Tayo, seven, autistic) or Aziz (a taxi driver,
his son Bilal, fifteen, caught shoplifting), talked to as new users would."""

from __future__ import annotations

import re

from pipeline.steer import NO_QUESTION, Steer

# "My son Tayo is seven and he's autistic." (Kemi) got "How does Tayo feel about his autism?".
_DIAGNOSED = re.compile(
    NO_QUESTION + r".*\bmy (son|daughter|boy|girl|child|kid)(?: ((?-i:[A-Z])[a-z]+))?\b.*\b(?:is|"
    r"'s|has been diagnosed as|was diagnosed as) (?:autistic|dyslexic|dyspraxic)\b|.*\bmy (son|"
    r"daughter|boy|girl|child|kid)(?: ((?-i:[A-Z])[a-z]+))? (?:has|was diagnosed with|has been "
    r"diagnosed with) (?:autism|adhd|add|dyslexia|dyspraxia|down'?s syndrome)\b", re.IGNORECASE)


def _what_are_they_like(user_text: str) -> str:
    found = _DIAGNOSED.search(user_text)
    if found and (found.group(2) or found.group(4)):
        return f"What's {found.group(2) or found.group(4)} like?"
    kid = (found.group(1) or found.group(3)).lower() if found else ""
    return "What's she like?" if kid in ("daughter", "girl") else \
        "What's he like?" if kid in ("son", "boy") else "What are they like?"


DIAGNOSED = Steer(_DIAGNOSED, "They tell you their child is autistic or has ADHD: be warm, and "
                  "ask what the child is like, as a person. No facts about the condition.",
                  ("Thank you for telling me{name}.",), question_only=False, calm_only=True,
                  ask=_what_are_they_like, whole=lambda user_text: True)
# "The school rang again today, third time this week." (Kemi) got "That's unfortunate. How did
# Tayo react to the school call?".
SCHOOL_RANG = Steer(re.compile(
    NO_QUESTION + r".*\b(?:the |his |her )?(?:school|nursery|teacher|head(?:teacher)?) (?:rang|"
    r"called|phoned) (?:me )?(?:again|for the \w+ time)\b", re.IGNORECASE),
    "The school keeps calling about their child: say that must be wearing, and ask how they are.",
    ("Oh no{name}, not again. That must be so wearing. How are you doing?",),
    question_only=False, whole=lambda user_text: True)
# "Sometimes I feel like nobody understands." (Kemi) got "How do you think we can help Tayo better
# understand his autism?".
NOBODY_UNDERSTANDS = Steer(re.compile(
    NO_QUESTION + r".*\b(?:nobody|no one|no-one) (?:really |else )?(?:understands|gets it|gets me|"
    r"gets what it's like|knows what it's like|listens)\b", re.IGNORECASE),
    "They feel nobody understands: say that sounds lonely, that you are listening, and ask what "
    "they wish people understood.",
    ("That sounds so lonely{name}, carrying it all when nobody seems to get it. I'm here, and I'm "
     "listening. What do you wish people understood?",),
    question_only=False, whole=lambda user_text: True)
# "My husband just doesn't get it." (Maria, in the menopause) got "He may need time to process the
# changes and adjust his behavior accordingly.": she is the one living with it.
NOT_GETTING_IT = Steer(re.compile(
    NO_QUESTION + r"(?!.*\b(?:joke|film|show|game|book|instructions|maths|math)\b).*\bmy "
    r"(?:husband|wife|partner|boyfriend|girlfriend|mum|mom|dad|family|boss)(?: just| really| "
    r"still)? (?:doesn't|does not|don't|do not) (?:get it|understand|get what it's like|"
    r"understand what it's like|get how (?:hard|bad) it is)\b", re.IGNORECASE),
    "Someone close does not understand what they are going through: be on their side, say that "
    "sounds lonely, ask what they wish the other understood. Never explain the other's side.",
    ("That sounds lonely{name}, when you're the one living with it. What do you wish they "
     "understood?",), question_only=False, whole=lambda user_text: True)
# "We finally got a meeting with the council about his support plan." (Kemi) got "That's great
# news! How did it go?" (it has not happened yet).
AT_LAST = Steer(re.compile(
    NO_QUESTION + r".*\b(?:we|i) (?:finally|at last) (?:got|have|managed to get) (?:a|an|the) "
    r"(?:\w+ )?(?:meeting|appointment|assessment|date|hearing|referral)\b", re.IGNORECASE),
    "Something they fought for is coming at last: be glad with them, and ask when it is.",
    ("Oh, at last{name}! That must be such a relief after all the fighting. When is it?",),
    question_only=False, calm_only=False, whole=lambda user_text: True)
# "I cried my eyes out." (Kemi, after her son said "love you mummy" for the first time) got "Aw,
# that sounds so sad.": tears may be happy ones.
CRIED = Steer(re.compile(
    r"^(?:(?:and|honestly|oh)[, ]+)?i (?:just )?(?:cried|was crying|bawled|sobbed)(?: my eyes out| "
    r"and cried| so much| buckets| happy tears| like a baby)?[.!]*$", re.IGNORECASE),
    "They cried: do not guess why; say tears like that say a lot, and ask how they feel now.",
    ("Oh{name}, what a moment. Tears like that say so much. How are you feeling now?",),
    question_only=False, whole=lambda user_text: True)
# "The police brought him home last night." (Aziz, of his son, fifteen) got "That's a sad thing to
# hear. How did it go?", and "He was caught shoplifting with his friends." "That's unfortunate.
# What happened next?".
IN_TROUBLE = Steer(re.compile(
    NO_QUESTION + r".*\b(?:(?:the )?police (?:brought|arrested|picked up|caught|stopped|came for) "
    r"(?:him|her|them|my \w+)|(?:he|she|they|my \w+) (?:was|were|got|has been) (?:caught|arrested|"
    r"excluded|suspended|expelled) (?:for |with )?(?:shoplifting|stealing|fighting|smoking|"
    r"drinking|vaping|drugs|from school)?)\b", re.IGNORECASE),
    "Their child got into trouble: say what a shock that is, and ask how they are. No lecture.",
    # two such lines running (Aziz): the second gets the other
    ("Oh{name}, that must have been such a shock. How are you doing?",
     "Oh{name}, that's so hard to hear about your own child. How are you feeling about it all?"),
    question_only=False, whole=lambda user_text: True)
# "I don't know where I went wrong." (Aziz) got "It's okay to feel confused. What do you think
# might have caused this?".
WENT_WRONG = Steer(re.compile(
    NO_QUESTION + r".*\b(?:where i went wrong|what i did wrong|what i've done wrong|i(?:'ve| "
    r"have) failed (?:him|her|them|as a (?:dad|father|mum|mom|mother|parent)))\b", re.IGNORECASE),
    "They blame themselves for a child's mistake: never agree; say good parents have children "
    "who make mistakes too, and ask what worries them most.",
    ("It's natural to blame yourself{name}, but good parents have kids who make mistakes too. "
     "What's worrying you most?",), question_only=False, whole=lambda user_text: True)
# "I think he's fallen in with the wrong crowd." (Aziz) got "How do you think he can get back on
# track?".
WRONG_CROWD = Steer(re.compile(
    NO_QUESTION + r".*\b(?:fallen|fell|got|getting|mixed up) in with (?:the|a) (?:wrong|bad) "
    r"(?:crowd|lot|people)\b", re.IGNORECASE),
    "They fear their child is in with the wrong crowd: say what a worry, ask what makes them "
    "think so. No lecture.",
    ("That must be such a worry{name}. What makes you think so?",), question_only=False,
    whole=lambda user_text: True)
