"""Steers for everyday life told in passing: where they live, a child's passion, carrying a
home alone, a big day ahead, a hard thing nobody knows (``pipeline.steers`` tries them in its
order)."""

from __future__ import annotations

import re

from pipeline.steer import Steer

_AGE_WORDS = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# "I live in Manchester." (Gary) got "Manchester is a city in England.", and "i'm 16 and i
# live in Dublin" (Aoife) "That's great to hear! How do you feel about living in Dublin?".
_LIVES_IN = re.compile(r"^(?:(?:oh|and|so|well|yeah)[, ]+)?(?:i'?m (?:" + _AGE_WORDS
                       + r")(?: years old)?,? and )?(?:i|we) (?:live|'ve lived|have lived) in "
                       # a place, not "a small flat" or "the countryside"
                       r"(?!(?:a|an|my|our|this|that|his|her|their|some|the (?!uk|us|usa|states|"
                       r"united states|netherlands))\b)([a-z][\w' -]{1,30}?)[.!]*$",
                       re.IGNORECASE)


def _lived_there_how_long(user_text: str) -> str:
    m = _LIVES_IN.search(user_text.strip())
    place = " ".join(w[:1].upper() + w[1:] for w in m.group(1).split()) if m else "there"
    place = re.sub(r"^The ", "the ", place)
    return f"How long have you lived in {place}?"


HOME_TOLD = Steer(_LIVES_IN, "They told you where they live: be friendly and ask about their "
                  "life there; never give facts about the place.", ("Oh, lovely{name}!",),
                  question_only=False, ask=_lived_there_how_long,
                  whole=lambda user_text: True)
# "Ollie is seven and obsessed with dinosaurs." (Kate, his mum) got "That's a fun and
# interesting fact about Ollie. Do you know anything else about dinosaurs?".
_PASSION = re.compile(
    r"\b(?:((?i:my) (?:son|daughter|boy|girl|little one|grandson|granddaughter|nephew|niece))|"
    r"(?!(?:She|He|It|They|We|You|This|That|Everyone|Everybody|Nobody)\b)([A-Z][a-z]+)) "
    r"(?:is|'s) (?:(?:" + _AGE_WORDS + r")(?: years old)? and )?(?:totally |completely |"
    r"absolutely |so |really )?(?:obsessed with|mad about|crazy about|really into) "
    r"(?!(?:\w+ )?(?:theories|conspiracies|drugs|pills|calories|followers|likes|looks|politics|"
    r"news|numbers|guns|weapons)\b)(?:\w+ )?\w+s\b")
_HE, _SHE = ("son", "boy", "grandson", "nephew"), ("daughter", "girl", "granddaughter", "niece")


def _has_a_favourite(user_text: str) -> str:
    """ "Does Ollie have a favourite?"; "he" for "my son", "they" for "my little one"."""
    m = _PASSION.search(user_text)
    who = (m.group(2) or m.group(1).split()[-1]) if m else ""
    who = "he" if who in _HE else "she" if who in _SHE else who if who[:1].isupper() else ""
    return f"Does {who} have a favourite?" if who else "Do they have a favourite?"


KID_PASSION = Steer(_PASSION, "They tell you what a child loves: share the delight and ask "
                    "about it.", ("Oh, I love that{name}!",), question_only=False,
                    calm_only=True, ask=_has_a_favourite,
                    whole=lambda user_text: "?" not in user_text)
# "My husband works away on the rigs, so it's mostly just me and Ollie." (Kate) got "That sounds
# like a busy life. Do you have any hobbies or interests outside of work?".
ON_MY_OWN = Steer(re.compile(
    r"\b(?:works|working|is) away\b|\bon the rigs\b|\b(?:is|he's|she's) (?:deployed|posted "
    r"abroad)\b|\bsingle (?:mum|mom|dad|parent)\b|\bon my own with (?:the kids|the baby|\w+)\b|"
    r"\bmostly just me and (?:the kids|the baby|\w+)\b", re.IGNORECASE),
    "They carry home and family mostly alone: be warm about how much that is, no advice.",
    ("That's a lot on your shoulders{name}.",), question_only=False, calm_only=True,
    ask=lambda user_text: "How are you managing?", whole=lambda user_text: "?" not in user_text)
# "i'm 15 and my gcses start in may" got "That's great! You have lots of time to prepare.", and
# "My hip operation is next month." (Eleanor, 74) "That's exciting!": a friend asks how they
# feel about a big day ahead.
_AHEAD = (r"gcses|a[- ]?levels|exams?|finals|mocks|sats|driving test|(?:job )?interview|audition|"
          r"operation|surgery|biopsy|scan|results|court (?:case|date|hearing)|tribunal")
_PLURAL = re.compile(r"\b(?:gcses|a[- ]?levels|exams|finals|mocks|sats|results)\b", re.IGNORECASE)
BIG_DAY = Steer(re.compile(  # not "when do my exams start?": that asks for the date
    r"^(?!.*\b(?:when|what time|what day|which day|what date)\b).*?\bmy (?:first |big |last |"
    r"final |next )?(?:\w+ )?(?:" + _AHEAD + r") (?:start|starts|begin|begins|"
    r"(?:is|are|'s|come out|comes out) (?:on|in|next|this|tomorrow|today|coming up|soon|at|due)"
    r"\b)", re.IGNORECASE),
    "They have a big day ahead (an exam, an interview, an operation): do not call it great; ask "
    "gently how they feel about it.",
    ("Oh, that's a big one{name}.",), question_only=False, calm_only=True,
    ask=lambda user_text: "" if "?" in user_text else "How are you feeling about "
    f"{'them' if _PLURAL.search(user_text) else 'it'}?",  # asked for tips: the model gives them
    whole=lambda user_text: "?" not in user_text)
# "i haven't told anyone" (Aoife, 16, after telling of cutting again) got "Would it be okay if
# I talked to someone about what happened?": it cannot, and she had trusted it.
NOT_TOLD = Steer(re.compile(
    r"^(?!.*\bsurprise\b).*(?:\bi (?:haven't|have not|havent|never) told (?:anyone|anybody|"
    r"a soul)\b|\b(?:nobody|no one|no-one) (?:else )?knows\b)", re.IGNORECASE),
    "Nobody else knows what they told you: thank them for trusting you, and gently ask whether "
    "there is someone they trust they could tell. Never offer to tell anyone yourself.",
    ("Thank you for trusting me with it{name}. Is there someone you trust you could tell?",),
    question_only=False, whole=lambda user_text: "?" not in user_text)
