"""Steers for the past: a fond memory of someone, what was talked about today, what they told
the companion before (``pipeline.steers`` tries them in its order)."""

from __future__ import annotations

import re

from pipeline.steer import Steer

# "My wife used to make the best apple pie." got "That's great to hear!", and "She always made the
# big dinner for everyone." (Noor, of her late mum) "That's great to hear, Noor.".
# Not a harm remembered: "My dad used to hit me." got "That sounds like a lovely memory".
_HARM = (r"(?!.*\b(?:hit|hits|hitting|beat|beats|beating|slap\w*|punch\w*|kick\w*|shout\w*|yell\w*|"
         r"scream\w*|lock\w* me|hurt\w*|bull\w*|abus\w*|hate[ds]?|hating|threaten\w*|"
         r"belittl\w*|mock\w*|ignor\w*|make fun|made fun|laugh\w* at me|touch\w* me|drink\w*|"
         r"drunk|fight\w*|fought|argu\w*|rows|had a row)\b)")
FOND_MEMORY = Steer(re.compile(
    r"^" + _HARM + r".*?(?:\b(?:my|our) (?:late |dear |old )?(?:wife|husband|mum|mom|mother|dad|"
    r"father|gran|grandma|granny|grandad|grandpa|nan|nana|brother|sister|partner|friend|son|"
    r"daughter) used to\b|"
    r"\bi remember when\b|\bback in the day\b|\bwhen i was (?:young|little|a kid|a boy|a girl|"
    r"a child)\b|\b(?:she|he) (?:always|would always|used to always) (?:made|cooked|baked) (?:the|"
    r"her|his|a|us|everyone|proper)\b|\b(?:she|he) (?:always|would always) (?:sang|hosted|knitted|"
    r"decorated|planted)\b|"
    # "She used to do the crossword with me every morning." (Walter, widowed) got "That's so
    # sweet! What was it like?"
    r"^(?!.*\?).*\b(?:she|he) used to (?:\w+ ){1,5}(?:with me|with us|for me|for us|every "
    r"(?:morning|day|night|evening|weekend|sunday|saturday|christmas|summer))\b|"
    # "We used to go fishing together every weekend." (Tariq, of his son) got "Maybe we can try
    # to find some new ways to spend time together".
    r"^(?!.*\?).*\bwe used to (?:\w+ ){1,4}(?:together|every (?:\w+ )?(?:weekend|week|day|summer|"
    r"sunday|saturday|night|morning|year|christmas))\b)", re.IGNORECASE),
    "They share a fond memory: be warm, and gently ask them to tell you more about it.",
    ("That sounds like a lovely memory{name}.", "What a lovely thing to hold on to{name}."),
    question_only=False, calm_only=True, ask=lambda user_text: "What do you remember most about "
    "it?", whole=lambda user_text: "?" not in user_text)  # went on "What did they do together?"
# "We were married for fifty-one years." (Walter, widowed last spring) got "That's a long time!
# How did you feel about it?". A marriage that has ended, of twenty years or more; not a divorce.
MARRIED_LONG = Steer(re.compile(
    r"^(?!.*\?)(?!.*\b(?:divorc\w*|split|separated|broke up|left me)\b).*\bwe(?: were| had been|'d "
    r"been|'ve been| have been) (?:happily )?married (?:for )?(?:almost |nearly |over |just over "
    r"|more than )?(?:(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[- ]\w+)?|[2-7]\d) years\b",
    re.IGNORECASE),
    "They tell how long their marriage lasted: be warm about a whole life shared, and gently ask "
    "how they met.", ("That's a whole life together{name}.",), question_only=False,
    ask=lambda user_text: "How did you two meet?", whole=lambda user_text: True)
# "Could you remind me what we talked about earlier?" got "Sure, I can remember what we talked
# about earlier. What was it?": the conversation is in its prompt, and a friend just says it.
# Not "last time": an earlier day's talk is not in the prompt, and the opener would make it up.
RECAP = Steer(re.compile(
    r"\b(?:what (?:did|have|were) we (?:just |been )?|remind me what we (?:just )?)(?:talk|talked|"
    r"talking|chat|chatted|chatting|spoke|speak|discuss|discussed|discussing)(?: about)?\b"
    r"(?!.*\b(?:last time|yesterday|last week|last night|other day|before today)\b)",
    re.IGNORECASE),
    "They ask what you talked about: name, in one sentence, the two or three things they talked "
    "about in this conversation.", ("We talked about",), question_only=False)
# "do you remember what i do to get away from everything?" got "Yes, Theo. You might try going to
# a park or the beach" with "i just stay in my room and skate or play games" in its notes.
TOLD_BEFORE = Steer(re.compile(
    r"\b(?:do|did) you (?:still )?remember (?:what|where|when|who|how|which|why) (?:i|my)\b|"
    r"\bdid i (?:ever )?(?:tell|mention to) you (?:what|where|when|who|how|which|why)\b|"
    # "What was I worried about last time?" (Megan) got "Oh, that sounds like a tough time."
    r"\bwhat (?:was|were) i (?:so |really )?(?:worried|stressed|nervous|anxious|upset|scared|"
    r"excited|dreading|going on) about\b",
    re.IGNORECASE),
    "They ask what they told you before: say it back from what they told you, in one sentence, "
    "as their life; if they did not tell you, say you don't remember.", ("You told me",),
    question_only=False, needs_memory=True)
