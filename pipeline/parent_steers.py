"""Steers for new parents: a baby just born, a night of almost no sleep, a baby's first smile,
the first scan, a fear of being a bad parent (``pipeline.steers`` tries them in its order).

Each was a reply that went wrong with Pete (a new dad, his daughter Rosie weeks old) or Jade
(newly pregnant)."""

from __future__ import annotations

import re

from pipeline.steer import THEY, Steer, child_them

# Not a loss, and not a child born years ago ("I had a baby three years ago.").
_NOT_GOOD = (r"(?!.*(?:n't\b|\b(?:not|lost|died|passed|miscarr\w*|stillborn|ago|years?|months?|"
             r"when|since|back in)\b))")
_BORN = re.compile(
    r"^(?!.*\?)" + _NOT_GOOD + r".*\b(?:i|we|my (?:wife|partner|husband|girlfriend)|she)(?:'ve| "
    r"have)? (?:just |finally |only )?had (?:a|our|my|the|her) (?:first |second |third |little "
    r"|new |beautiful |gorgeous |baby )?(?:baby|little one|girl|boy|daughter|son)\b|\bi(?:'m| "
    r"am|'ve| have)? (?:just |finally |now )?(?:become |became |a )?(?:new )?(?:dad|mum|mom|"
    r"father|mother|parent)(?: now| at last)?[.!]*$", re.IGNORECASE)
_BABY_NAME = re.compile(r"\b(?:(?:her|his|their) name(?:'s| is)|called|named) ([A-Z][a-z]+)\b")


def _welcome(user_text: str) -> str:
    named = _BABY_NAME.search(user_text)
    # "little": a name alone after a comma is taken as the model calling the user by it
    welcome = f"Welcome to the world, little {named.group(1)}!" if named else "What wonderful news."
    return f"{welcome} How are you all doing?"


# "My wife and I just had a baby girl, her name is Rosie." (Pete) got "That's wonderful news!
# Congratulations on having a new baby. How do you feel about Rosie?".
NEW_BABY = Steer(_BORN, "They just had a baby: congratulate them warmly and ask how they are "
                 "all doing.", ("Congratulations{name}!",), question_only=False, calm_only=True,
                 ask=_welcome, whole=lambda user_text: True)
_WEEKS_OLD = re.compile(
    r"^(?!.*\?)(?!.*\b(?:lost|died|passed|miscarr\w*|stillborn)\b).*\b(?:i|we) had (?:a|our|my) "
    r"(?:first |second |third |little |new )?(baby|boy|girl|son|daughter)(?: (boy|girl))? "
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|a few|a couple of|\d{1,2}) "
    r"(?:weeks?|months?) ago|last (?:week|month))\b(?:,? (?:a (?:little |baby )?(?:boy|girl)|"
    r"(?:he|she)(?:'s| is))?(?:,? (?:called|named) ([A-Z][a-z]+))?)?", re.IGNORECASE)


def _so_little(user_text: str) -> str:
    found = _WEEKS_OLD.search(user_text)
    if found and found.group(3):
        little = f"{found.group(3)} is"
    else:  # "a baby girl": she; "a son": he; "a baby": they
        who = THEY[child_them((found.group(2) or found.group(1)) if found else "baby")]
        little = "They're" if who == "they" else f"{who.capitalize()}'s"
    return f"{little} still so little. How are you finding it all?"


# "I had a baby four months ago, a little boy called Leo." (Olivia) got "That's great news!
# Congratulations on having a new baby. How did you feel about the birth?".
YOUNG_BABY = Steer(_WEEKS_OLD, "They had a baby weeks or months ago: be warm, and ask how they "
                   "are finding life with the baby.", ("Oh, congratulations{name}!",),
                   question_only=False, calm_only=True, ask=_so_little,
                   whole=lambda user_text: True)
_FEW = r"(?:one|two|three|four|an|a|1|2|3|4|a couple of|a few|a couple|an hour or two)"
# "I'm running on about three hours of sleep." (Pete, his daughter weeks old) got "Aw, sounds
# like you could use some rest. How do you think you can improve your sleep?".
LITTLE_SLEEP = Steer(re.compile(
    r"^(?!.*\?).*(?:\brunning on (?:about |only |just |maybe |barely |like |roughly )?" + _FEW
    + r" hours?(?:'|s)?(?: of)? sleep\b|\bi (?:only |barely |just |maybe )?(?:got|had|slept|"
    r"managed) (?:about |only |maybe |like |barely |just |roughly )?" + _FEW + r" hours?(?:'|s)?"
    r"(?: of)?(?: sleep| last night)|\bi (?:barely|hardly) slept\b|\bi(?:'ve| have)n't slept\b|"
    r"\b(?:i was|we were|i've been|we've been) up (?:all night|half the night|every (?:hour|two "
    r"hours|three hours|couple of hours))\b|\b(?:had|got) (?:no|zero) sleep\b)", re.IGNORECASE),
    "They slept very little: say warmly that everything is harder on so little sleep, and ask "
    "how they are holding up. No sleep tips.",
    ("Oh{name}, that's hardly any sleep. Everything feels harder on so little. How are you "
     "holding up?",), question_only=False, whole=lambda user_text: True)
_FIRSTS = re.compile(
    r"^(?!.*\?).*\b(?:(?i:she|he|the baby|(?:my|our) (?:daughter|son|baby|little one|little girl|"
    r"little boy|grandson|granddaughter))|[A-Z][a-z]+) (?i:just |finally )?(smiled|laughed|"
    r"crawled|rolled over|sat up|walked|stood up|waved)\b(?i:.*)\b(?i:for the first time)\b|\b(?i:"
    r"(?:her|his) first (smile|laugh|steps|step|words?|tooth))\b")
_FIRST_OF = {"smiled": "smile", "smile": "smile", "laughed": "laugh", "laugh": "laugh",
             "walked": "steps", "steps": "steps", "step": "steps", "word": "word",
             "words": "word"}


def _first(user_text: str) -> str:
    found = _FIRSTS.search(user_text)
    did = (found.group(1) or found.group(2) or "").lower() if found else ""
    thing = _FIRST_OF.get(did, "")
    never = ("First steps are something you never forget." if thing == "steps" else
             f"A first {thing} is something you never forget." if thing else "What a moment.")
    return f"{never} How did it feel?"


# "Rosie smiled at me for the first time today!" (Pete) got "That's wonderful to hear! How did
# Rosie make you feel?".
FIRST_MILESTONE = Steer(_FIRSTS, "A baby's first smile or steps: be delighted with them and ask "
                        "how it felt.", ("Oh, that's so special{name}!",), question_only=False,
                        calm_only=True, ask=_first, whole=lambda user_text: True)
# "We had the first scan today and saw the heartbeat!" (Jade) got "That's great news! How did it
# go?".
BABY_SCAN = Steer(re.compile(
    r"^(?!.*\?)(?!.*(?:n't|\bnot)\b).*(?:\b(?:saw|seen|heard|see|hear) (?:the|our|my|its|his|her) "
    r"(?:baby's |little )?heartbeat\b|\b(?:scan|ultrasound)\b.*\b(?:saw|seen|see) (?:the|our|my) "
    r"(?:baby|little one|bean)\b)", re.IGNORECASE),
    "They saw their baby on a scan: share the wonder, and ask how it felt.",
    ("Oh, that's so special{name}! Seeing that heartbeat is something you never forget. How did "
     "it feel?",), question_only=False, whole=lambda user_text: True)
_RUBBISH_PARENT = re.compile(
    r"\b(?:terrified|scared|afraid|worried|worry|frightened|fear|panicking|convinced)(?: that)? i"
    r"(?:'ll| will|'m going to| am going to|'m gonna) be (?:a |such a |an )?(?:terrible|awful|"
    r"bad|rubbish|useless|crap|lousy|horrible|shit) (mum|mom|dad|mother|father|parent)\b",
    re.IGNORECASE)


def _parents_like_them(user_text: str) -> str:
    found = _RUBBISH_PARENT.search(user_text)
    parent = found.group(1).lower() if found else "parent"
    return f"Lots of new {parent}s feel exactly this. What worries you most?"


# "I'm terrified I'll be a rubbish mum." (Jade, newly pregnant) got "I don't think that's true...
# Remember, you're doing a great job taking care of yourself and your baby.".
PARENT_FEAR = Steer(_RUBBISH_PARENT, "They fear they will be a bad parent: never agree; say the "
                    "worry itself shows how much they care, and ask what worries them most.",
                    ("Oh{name}, it's completely normal to worry, and it shows how much you care.",),
                    question_only=False, ask=_parents_like_them, whole=lambda user_text: True)

_CHILD = r"(son|daughter|boy|girl|baby|little one|toddler|kids?|children|twins)"
# "My little boy Alfie has just started nursery and he cries every morning." (Nell) got "That's a
# common issue for new parents. Is there anything you can do to help Alfie feel more comfortable?".
_SETTLING = re.compile(
    r"^(?!.*\?)(?=.*\b(?:start(?:ed|ing)?|gone to|goes to|going to|began|begun) (?:at )?(?:"
    r"nursery|school|daycare|day care|preschool|pre-school|reception|kindergarten|the "
    r"childminder'?s?|a childminder)\b).*\b(?:cr(?:y|ies|ied|ying)|screams?|screaming|sobs?|"
    r"sobbing|clings?|clinging|won't let (?:me )?go|hates it|is (?:so )?upset|gets (?:so )?upset|"
    r"doesn't want to go)\b", re.IGNORECASE)


def _settling(user_text: str) -> str:
    pronoun = re.search(r"\b(he|she|they)\b", user_text, re.IGNORECASE)
    child = re.search(r"\b" + _CHILD + r"\b", user_text, re.IGNORECASE)
    them = {"he": "him", "she": "her"}.get(pronoun.group(1).lower(), "them") if pronoun \
        else child_them(child.group(1)) if child else "them"
    return (f"leaving {them} upset like that. It's really common, and most little ones settle "
            "within a few weeks. How are you holding up at drop-off?")


SETTLING_IN = Steer(_SETTLING, "Their child is upset at starting nursery or school: be warm, say "
                    "it is common and passes, ask how they are holding up. No tips.",
                    ("Oh{name}, that's so hard,",), question_only=False, ask=_settling,
                    whole=lambda user_text: True)
# "I feel so guilty leaving him." (Nell, her son new at nursery) got "Please don't be too hard on
# yourself. It's okay to feel this way."
_PARENT_GUILT = re.compile(
    r"^(?!.*\?).*\bi (?:feel|felt|am|'m|get|always feel) (?:so |really |terribly |awfully |a bit "
    r"|such )?(?:guilty|(?:a |such a )?bad (?:mum|mom|dad|parent|mother|father)) (?:about |for )?"
    r"(?:leaving|dropping (?:him|her|them|\w+) off|going back to work|working|putting (?:him|her|"
    r"them) in|sending (?:him|her|them))\b(?: (him|her|them|my " + _CHILD + r"))?",
    re.IGNORECASE)


def _love_shows(user_text: str) -> str:
    found = _PARENT_GUILT.search(user_text)
    who = (found.group(1) or "") if found else ""
    them = child_them(who.split()[-1]) if who.lower().startswith("my ") else who.lower() or "them"
    return (f"that guilt is so hard to carry, and it only shows how much you love {them}. You're "
            "not doing anything wrong. What's the hardest part?")


PARENT_GUILT = Steer(_PARENT_GUILT, "They feel guilty leaving their child to work: say it shows "
                     "their love and is no wrong, and ask what's hardest. No tips.",
                     ("Oh{name},",), question_only=False, ask=_love_shows,
                     whole=lambda user_text: True)
# "Alfie didn't cry at drop-off today!" (Nell, a week after "he cries every morning") got "That's
# great to hear!", and nothing more.
SETTLED = Steer(re.compile(
    r"^(?!.*\?)(?!.*\bi (?:didn't|did not|never)\b)(?=.*\b(?:drop[- ]off|nursery|school|daycare|"
    r"day care|the gate|childminder|preschool)\b).*(?:\b(?:didn't|did not|never even) (?:cry|"
    r"fuss|cling|look back)|\b(?:waved|ran|skipped|walked) (?:me off|in|straight in)|\bsettled "
    r"(?:in )?(?:really |so )?(?:well|fine|nicely))", re.IGNORECASE),
    "Their child settled at nursery or school at last: share the relief, ask how they felt.",
    ("Oh, that's wonderful{name}! What a relief. How did it feel walking away?",),
    question_only=False, calm_only=True, whole=lambda user_text: True)
