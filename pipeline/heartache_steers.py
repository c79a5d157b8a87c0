"""Steers for a heart that aches or races: years together that just ended, the pull to text
someone right now, a child asking where a pet went, and "Can you help me calm down?" at three in
the morning (``pipeline.steers`` tries them early).

Talked to as Dev (25, dumped the night before, six beers in), "we were together three years" got
"That's a long time! It sounds like you had a special bond. How did it go?" and "i just want to
text her right now" "That's great!"; Leo (10) asked "Do hamsters go to heaven?" the day his
hamster died and got "Hamsters don't go to heaven, but they do have a special place called the
hamster wheel."; Ravi, awake before a big presentation, asked "Can you help me calm down?" and got
"Take a deep breath and count to five.", then, asked what next, "take a walk outside if it's not
too cold" at three in the morning."""

from __future__ import annotations

import re

from pipeline.steer import NO_QUESTION, Steer, them_for

_YEARS = (r"(?:almost |nearly |over |just over |more than )?(?:\d{1,2}|a|one|two|three|four|five|"
          r"six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|[a-z]+ty(?:[- ][a-z]+)?) "
          r"(?:and a half )?years?")
# Said of a relationship that is over: "we were together", not "we've been together".
TOGETHER_YEARS = Steer(re.compile(
    NO_QUESTION + r".*\bwe (?:were|had been|'d been) together (?:for )?" + _YEARS + r"\b|"
    + NO_QUESTION + r".*\b" + _YEARS + r" together,? (?:and|then|gone|over|just like that)\b",
    re.IGNORECASE),
    "They tell how long a relationship that ended lasted: say it was a big part of their life "
    "and that the hurt makes sense. No advice.",
    ("That's a big part of your life{name}, so of course it hurts this much.",),
    question_only=False, ask=lambda user_text: "Do you want to talk about what happened?",
    whole=lambda user_text: True)
# "i just want to text her right now": a friend does not cheer, nor forbid; asks what they
# would say (and, of an ex, suggests sleeping on it).
_WANT_TO_TEXT = re.compile(
    NO_QUESTION + r".*\b(?:want|wanna|need|dying|tempted|so tempted) to (?:text|call|ring|phone|"
    r"message|dm|snap) (her|him|them|my ex)(?: (?:right now|so bad(?:ly)?|so much|now|tonight|"
    r"again))*\W*$|" + NO_QUESTION + r".*\b(?:keep|kept) (?:wanting to|nearly|almost) (?:text|"
    r"call|ring|message)(?:ing)? (her|him|them|my ex)\b", re.IGNORECASE)


def _say_to(user_text: str) -> str:
    found = _WANT_TO_TEXT.search(user_text)
    who = next((g for g in found.groups() if g), "them").lower() if found else "them"
    if who == "my ex":
        return ("It might be kinder to yourself to sleep on it first. What would you want to "
                "say?")
    return f"What would you want to say to {them_for(who)}?"


WANT_TO_TEXT = Steer(_WANT_TO_TEXT,
    "They feel a strong pull to contact someone right now: don't cheer it on or forbid it; ask "
    "what they would want to say.",
    ("It sounds like you really want to reach out{name}.",), question_only=False,
    ask=_say_to, whole=lambda user_text: True)
# "Do hamsters go to heaven?", "Is my hamster in heaven now?": a child's question about a pet
# that died (not "Is Grandad in heaven?": no name is taken for a pet's). Not a lesson in
# theology: comfort, and the pet remembered.
_PETS = r"(?:pets?|animals?|dogs?|cats?|hamsters?|rabbits?|bunnies|guinea pigs?|fish|birds?)"
PET_HEAVEN = Steer(re.compile(
    r"^\W*(?:(?:but|and|so|um|mum|mummy|daddy)\W+)?(?:do|will|can|does) (?:my |our |all )?" + _PETS
    + r" (?:go|get to go|really go) to heaven\b|\bis (?:my |our )?" + _PETS + r"(?: \w+)? (?:in "
    r"heaven|in a better place|an angel)(?: now)?\W*$|\bwhere do " + _PETS
    + r" go when they die\b", re.IGNORECASE),
    "A child asks where a pet who died has gone: comfort gently, without a lesson, and ask what "
    "they loved about the pet.",
    ("Lots of people believe pets go somewhere peaceful and happy{name}, and all the love you "
     "gave them stays with you.",), question_only=False,
    ask=lambda user_text: "What did you love most about them?", whole=lambda user_text: True)

# A friend breathes with them, slowly, one step at a time.
BREATHE_WITH_ME = "let's breathe together"
CALM_ME = Steer(re.compile(
    r"\b(?:can|could|will|would) you (?:please )?(?:help me|talk me) (?:to )?(?:calm down|relax|"
    r"breathe|settle|chill out|get calm|down)\b|^\W*(?:please )?help me (?:calm down|relax|"
    r"breathe)\b|\bi need to calm down\b", re.IGNORECASE),
    "They ask you to help them calm down: guide a slow breath, step by step.",
    (f"Of course{{name}}, {BREATHE_WITH_ME}: in slowly through your nose for four, hold it a "
     "moment, then out through your mouth for six. Let's do that three times, nice and slow.",),
    question_only=False, whole=lambda user_text: True)
# "I think I'm having a panic attack, my heart is pounding." (Lucy) had no steer: a friend stays
# and breathes with them, now.
PANIC_NOW = Steer(re.compile(
    r"^(?!.*\b(?:had|yesterday|last)\b).*\b(?:i think )?(?:i'm|i am|im) (?:having|getting) (?:a |"
    r"another )?(?:panic|anxiety) attack\b|^\W*(?:i'm|i am|im) panicking[.!]*$",
    re.IGNORECASE),
    "They are having a panic attack now: stay with them and guide a slow breath, step by step.",
    (f"I'm right here with you{{name}}, and it will pass. {BREATHE_WITH_ME.capitalize()}: in "
     "slowly through your nose for four, then out through your mouth for six.",),
    question_only=False, whole=lambda user_text: True)
_NEXT_STEP = re.compile(r"^\W*(?:(?:ok|okay|right|done|alright|and|so|yes|yeah)\W*)*(?:what "
                        r"(?:do i do )?(?:next|now|after that|then)|and then|now what|what else|"
                        r"anything else|done|i did (?:it|that)|okay)\W*$", re.IGNORECASE)
_SECOND_STEP = Steer(re.compile(""), "They are calming down with you: the next step, slowly.", (
    "Good{name}. Now let your shoulders drop and your jaw soften, and notice three things you can "
    "feel, like the pillow or your feet. Keep breathing out slowly, as long as you like.",),
    question_only=False, whole=lambda user_text: True)


def breathe_on(user_text: str, last_reply: str) -> Steer | None:
    """The next step, when ``last_reply`` began the breathing and they ask what comes next."""
    if BREATHE_WITH_ME in last_reply.lower() and _NEXT_STEP.search(user_text):
        return _SECOND_STEP
    return None


# "What if I freeze in front of everyone?" (Ravi) got "Remember, everyone is there to help you
# feel better. What can you do to calm down?".
WHAT_IF_I_FREEZE = Steer(re.compile(
    r"\bwhat if i (?:just )?(?:freeze|go blank|blank|forget (?:my words|everything|what to say|"
    r"my lines)|dry up|lose my (?:place|words)|stumble|stammer|panic)\b", re.IGNORECASE),
    "They fear freezing when they speak: say it's a common fear and a pause is fine.",
    ("That sounds scary{name}, and it's such a common fear. If it happens, a slow breath and a "
     "look at your notes is all it takes, and people hardly notice a pause.",),
    question_only=False,
    ask=lambda user_text: "Which part worries you most?", whole=lambda user_text: True)

HEARTACHE_MOMENTS = (TOGETHER_YEARS, WANT_TO_TEXT, PET_HEAVEN, CALM_ME, PANIC_NOW,
                     WHAT_IF_I_FREEZE)
