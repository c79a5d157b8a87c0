"""Steers for a death told in its hardest forms: someone who took their own life, the last days
at a bedside, and the first days after (``pipeline.steers`` tries ``LOSS_MOMENTS`` early).

Talked to as new users before these existed (the 1.5B's words): Paul, three weeks after his
brother's suicide, "My brother took his own life three weeks ago." got "That's very sad to hear
about your brother.", "He rang me the week before and I didn't pick up." "That's a tough
situation. How do you feel about it?", "People keep saying he's in a better place." "Remember
that everyone has their own journey."; Dorothy, her husband Ken in the hospice, "Our son is flying
back from Australia tomorrow, I hope he makes it in time." got "That's great news! I hope he
does well.", "Can he still hear me?" "It's possible... but it's hard to know for sure", and days
after he died "I keep setting out two cups for tea." "That's a nice habit. It shows you care about
your family". What hospices and bereavement charities say: hearing is thought to be one of the
last senses to go, so keep talking; no need for the right words; the body slowing down and not
eating near the end is natural; after a suicide, guilt and anger are common and it is not the
family's fault.
"""

from __future__ import annotations

import re

from pipeline.steer import NO_QUESTION, THEY, Steer, them_in

_THEM = r"(?:him|her|them)"
_KIN = (r"(?:brother|sister|son|daughter|dad|father|mum|mom|mother|husband|wife|partner|"
        r"friend|best friend|boyfriend|girlfriend|cousin|uncle|aunt|nephew|niece|grandson|"
        r"granddaughter|fianc[eé]e?)")


def _he(user_text: str) -> str:
    """ "he", "she" or "they": whom the line speaks of."""
    return THEY[them_in([user_text], he="brother|son|dad|father|husband|boyfriend|uncle|nephew|"
                                        "grandson", she="sister|daughter|mum|mom|mother|wife|"
                                                       "girlfriend|aunt|niece|granddaughter")]


def _like(user_text: str) -> str:
    they = _he(user_text)
    return f"What was {they} like?" if they != "they" else "What were they like?"


TOOK_OWN_LIFE = Steer(re.compile(
    NO_QUESTION + r".*(?:\b(?:took|taken|take) (?:his|her|their) own life\b|\b(?:killed|hanged) "
    r"(?:himself|herself|themselves)\b|\b(?:died by|death by|committed|lost (?:\w+ ){1,3}to) "
    r"suicide\b)", re.IGNORECASE),
    "Someone they love took their own life: be gentle and present; no platitudes, no advice.",
    ("I'm so sorry{name}. Losing someone this way is a shock like no other, and whatever "
     "you're feeling is okay.",), question_only=False, ask=_like, whole=lambda user_text: True)
# "I keep thinking I should have seen it coming." (Paul) got "It's okay to feel that way."
HINDSIGHT = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:keep thinking |keep telling myself |feel like |think |just think )?"
    r"i should(?:'ve| have) (?:seen it coming|seen the signs|seen it|known(?= *(?:[.!,]|$|"
    r"something was wrong))|noticed|spotted it|"
    r"done (?:something|more)|been there|stopped (?:it|" + _THEM + r"))\b", re.IGNORECASE),
    "They blame themselves for not seeing or stopping what happened: say gently it isn't their "
    "fault; hindsight makes things look clearer than they were.",
    ("That's such a heavy thing to carry{name}. Hindsight makes things look so much clearer than "
     "they ever were at the time, and it isn't your fault.",), question_only=False,
    ask=lambda user_text: "What do you keep coming back to?", whole=lambda user_text: True)
# "He rang me the week before and I didn't pick up." (Paul)
MISSED_CALL = Steer(re.compile(
    NO_QUESTION + r".*\b(?:he|she|they) (?:rang|called|phoned|texted|messaged) me (?:the (?:week|"
    r"day|night|evening|morning) before|just before|before (?:he|she|they) died|that (?:week|"
    r"day|night))\b.*\b(?:didn't|did not|never|couldn't) (?:pick up|answer|reply|call (?:him|her|"
    r"them) back|ring (?:him|her|them) back|get back to)\b", re.IGNORECASE),
    "They missed a call from someone before that person died, and blame themselves: say they "
    "couldn't have known, and it doesn't make it their fault.",
    ("That must hurt so much{name}, but you couldn't have known what that call would be, and "
     "missing it doesn't make this your fault.",), question_only=False,
    ask=lambda user_text: "Would you like to tell me about the last time you did talk?",
    whole=lambda user_text: True)
BETTER_PLACE = Steer(re.compile(
    NO_QUESTION + r".*\b(?:people|everyone|everybody|they|folk) (?:keep|kept|all) (?:saying|"
    r"telling me|say) (?:that )?(?:he's|she's|they're|he is|she is|they are) (?:in a better place|"
    r"at peace|not suffering|with god|in heaven|watching over)", re.IGNORECASE),
    "People's comforting words about a death sting: say they mean well but it can hurt when you "
    "just want the person here.",
    ("People mean well{name}, but it can sting when all you want is to have them here.",),
    question_only=False, ask=lambda user_text: "What do you wish people would say instead?",
    whole=lambda user_text: True)
# "I'm angry at him and then I feel guilty for being angry." (Paul) got "it's important not to
# let it control you".
ANGRY_AT_THEM = Steer(re.compile(
    NO_QUESTION + r".*\bi(?:'m| am| feel| get| was)(?: so| really| just)? (?:angry|furious|cross|"
    r"mad) (?:at|with) " + _THEM + r"\b.*\bguilt", re.IGNORECASE),
    "They are angry at someone who died, and feel guilty for it: say anger is a normal part of "
    "grief and doesn't mean they loved them less.",
    ("That's completely understandable{name}: anger is a normal part of grief, especially after "
     "a loss like this, and feeling it doesn't mean you love them any less.",), question_only=False,
    whole=lambda user_text: True)
# "My husband Ken is in the hospice. The nurses say it's days now." got "Do you have any thoughts
# or feelings about it?".
LAST_DAYS = Steer(re.compile(
    NO_QUESTION + r".*(?:\b(?:say|said|think|told us|told me) (?:it's|it is|it'll be|it could be|"
    r"there's|he's got|she's got|we've got|it's only) (?:only |just )?(?:days|hours|a matter of "
    r"(?:days|hours)|not long)(?: now| left)?\b|\b(?:is|'s|are|went|moved|been taken) (?:now )?"
    r"(?:in|into) (?:the|a) hospice\b|\bend of life care\b|"
    r"\b(?:he|she|they) (?:hasn't|haven't|has not|have not) got long\b)", re.IGNORECASE),
    "Someone they love is dying: be gentle and present; ask how they are holding up.",
    ("I'm so sorry{name}. These last days are so precious, and so hard.",), question_only=False,
    ask=lambda user_text: "How are you holding up?", whole=lambda user_text: True)
# "He's stopped eating and he sleeps most of the time." (Dorothy, at Ken's bedside)
SLOWING_DOWN = Steer(re.compile(
    NO_QUESTION + r".*\b(?:stopped|not|isn't|is not|hasn't been) (?:eating|drinking)\b.*\bsleeps? "
    r"(?:most of|all) (?:the )?(?:time|day)\b", re.IGNORECASE),
    "Someone very ill has stopped eating and sleeps most of the time: say gently that the body "
    "slowing down is natural when someone is that ill, and the nurses can keep them comfortable.",
    ("That's so hard to watch{name}. When someone is that ill, the body slowing down like this is "
     "natural, and the nurses can keep them comfortable.",), question_only=False,
    ask=lambda user_text: "Are you managing to rest a little yourself?",
    whole=lambda user_text: True)
CAN_THEY_HEAR = Steer(re.compile(
    r"\bcan (?:he|she|they) still hear (?:me|us|what (?:i|we) say)\b", re.IGNORECASE),
    "They ask whether someone dying can still hear them: hearing is thought to be one of the "
    "last senses to go, so keep talking.",
    ("Hearing is thought to be one of the last senses to go{name}, so do keep talking: your "
     "voice is a comfort.",), whole=lambda user_text: True)
# "I don't know what to say to him when I sit with him." got "It's okay to feel sad or confused."
AT_THE_BEDSIDE = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:don't|do not|never) know what to say to (" + _THEM + r") when i "
    r"(?:sit|sat|am|'m) (?:with|by)\b", re.IGNORECASE),
    "They don't know what to say at a dying person's bedside: there's no need for the right "
    "words; being there, holding a hand, a shared memory is enough.",
    ("That's so hard{name}, but you don't need the right words: holding a hand, saying you're "
     "there, or sharing a memory is more than enough.",), question_only=False,
    ask=lambda user_text: "What's a memory of you two you love?", whole=lambda user_text: True)
IN_TIME = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:just |really )?(?:hope|pray) (he|she|they) (?:makes? it|gets? "
    r"(?:here|back|there)|arrives?)(?: back| here| there)? in time\b", re.IGNORECASE),
    "They hope someone arrives in time before a death: hope it with them.",
    ("I really hope so too{name}.",), question_only=False,
    ask=lambda user_text: "Is anyone with you in the meantime?", whole=lambda user_text: True)


def _were_there(user_text: str) -> str:
    """ "Our son made it, he was holding his hand." -> "I'm glad ... with him at the end." """
    there = re.search(r"\b(?:made it|was there|were there|holding (?:his|her) hand|with (?:him|"
                      r"her) (?:at the end|when))\b", user_text, re.IGNORECASE)
    they = _he(user_text)
    alone = f"{they} weren't" if they == "they" else f"{they} wasn't"
    return f"I'm glad {alone} alone at the end. How are you doing?" if there else \
        "How are you doing?"


# "Ken died on Tuesday night. Our son made it, he was holding his hand." (Dorothy) got "What do
# you think about the situation?": a name and a day, no "my".
JUST_DIED = Steer(re.compile(
    NO_QUESTION + r"\s*(?:(?:he|she|(?-i:[A-Z][a-z]+)) (?:died|passed away) (?:on \w+day|last "
    r"night|this morning|yesterday|in the night|early this|peacefully|in (?:his|her) sleep)\b)",
    re.IGNORECASE),
    "Someone they love has just died: be gentle; no advice.",
    ("Oh{name}, I'm so sorry.",), question_only=False, ask=_were_there,
    whole=lambda user_text: True)
# "I keep setting out two cups for tea." got "That's a nice habit."
HABITS_OF_TWO = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:keep|still|kept|caught myself) (?:setting|putting|laying|making|"
    r"pouring|getting) (?:out |down )?(?:two|2|both) (?:cups|mugs|plates|places|teas|coffees)\b|"
    + NO_QUESTION + r".*\bi (?:keep|still) (?:setting|laying) (?:his|her|their) place\b",
    re.IGNORECASE),
    "A habit from a life shared with someone who died catches them out: be gentle; say the "
    "little habits carry on after so many years.",
    ("Oh{name}, that's so hard: after so many years together the little habits carry on, and "
     "each one can catch you out.",), question_only=False,
    ask=lambda user_text: "How are you getting through the days?", whole=lambda user_text: True)
# "I don't know how to do the forms and the funeral and everything." got "there are many
# resources available to help you".
AFTER_A_DEATH = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:don't|do not|dont) know (?:how|where) to (?:start|begin|do|sort|deal "
    r"with|handle|manage|arrange|organise|organize)(?: with)? (?:all )?(?:the |his |her )?(?:forms|"
    r"paperwork|funeral|death certificate|arrangements|registering)", re.IGNORECASE),
    "The practical things after a death overwhelm them: say one step at a time, a funeral "
    "director guides them through most of it, and ask who could help.",
    ("That's a lot to face{name}, and you don't have to do it all at once, or alone: a funeral "
     "director will guide you through most of it, one step at a time.",), question_only=False,
    ask=lambda user_text: "Is there someone who could help you with the forms?",
    whole=lambda user_text: True)

LOSS_MOMENTS = (TOOK_OWN_LIFE, HINDSIGHT, MISSED_CALL, BETTER_PLACE, ANGRY_AT_THEM, LAST_DAYS,
                SLOWING_DOWN, CAN_THEY_HEAR, AT_THE_BEDSIDE, IN_TIME, JUST_DIED, HABITS_OF_TWO,
                AFTER_A_DEATH)
