"""Steers for a life that changed: adrift after a change, long empty days, feeling useless, an
engagement, luck wished for, relief after a dreaded thing, a date's nerves, feeling rusty, a fear
of being boring, a cold shoulder, letting someone go, a big decision, what helps a fear of flying
(``pipeline.steers`` tries them in its order).

Each was a reply that went wrong with Kwame (a month retired after thirty years of teaching),
Ines (just engaged, meeting his parents), Leo (a first date in two years), Mei (her cafe
struggling, her dad in hospital) or Yuki (terrified of flying)."""

from __future__ import annotations

import re

from pipeline.steer import Steer

# "Honestly, I don't know what to do with myself now." (Kwame, a month retired) got "How about
# exploring new hobbies or interests?".
ADRIFT = Steer(re.compile(
    r"^(?!.*\?).*\b(?:i (?:don't|do not|dont) (?:really |honestly |just )?know what to do with "
    r"myself|i(?:'m| am)? "
    r"feel(?:ing)? (?:a bit |so |really |kind of |a little |completely )?(?:lost|adrift|at a "
    r"loose end)\b(?! (?:in|at|with)\b)|i(?:'ve| have) lost (?:my|all) (?:sense of )?purpose\b)",
    re.IGNORECASE),
    "They feel adrift after a change: be warm, say it is a big change, and ask what they miss. "
    "No suggestions.",
    ("That's such a big change{name}, and it's completely normal to feel a bit lost at first. "
     "What do you miss most?",), question_only=False, whole=lambda user_text: True)
# "My wife still works, so the days are long." (Kwame) got "That's understandable. What are some
# things you enjoy doing in your free time?".
LONG_DAYS = Steer(re.compile(
    r"^(?!.*\?).*(?:\b(?:the )?days (?:are|feel|seem|get|can be) (?:so |really |very |awfully |"
    r"pretty |quite )?(?:long|empty|endless)\b|"
    # "My wife still works, so I'm rattling around the house on my own all day." (Yusuf, a month
    # retired) got "That's understandable. What do you like to do in your free time?"
    r"\brattling around\b|\b(?:on my own|by myself|home alone) all day\b)", re.IGNORECASE),
    "Their days feel long and empty: be warm about it and ask what a day is like. No advice.",
    ("Long, quiet days can be really hard{name}. What does a day look like for you at the "
     "moment?",), question_only=False, whole=lambda user_text: True)
_USELESS = re.compile(
    r"^(?!.*\?).*\bi(?: feel| felt|'ve been feeling| have been feeling|'m feeling| am feeling)"
    r"(?: a bit| so| really| pretty| kind of| completely| totally| just| quite)* (useless|"
    r"worthless|pointless|stupid|dumb|thick|hopeless)\b", re.IGNORECASE)
_TOLD_WHY = re.compile(r"\b(?:because|cause|cos|since|after)\b|\band (?:now )?i feel\b", re.I)


def _not_that(user_text: str) -> str:
    found = _USELESS.search(user_text)
    word = found.group(1).lower() if found else "useless"
    # "I've been stuck on the same bug all day and I feel so stupid." (Hassan) said why.
    if _TOLD_WHY.search(user_text):
        return f"You're not {word}; a day like that would get to anyone. Do you want to talk it " \
               "through?"
    return f"You're not {word}, not one bit. What's been making you feel like that?"


# "Some days I feel a bit useless, to be honest." (Kwame) got "That's understandable, Kwame.
# Sometimes it can be hard to find purpose in life.": agreed with.
USELESS = Steer(_USELESS, "They feel useless: never agree; say warmly that they are not, and ask "
                "what makes them feel so.", ("I'm sorry it feels that way{name}.",),
                question_only=False, ask=_not_that, whole=lambda user_text: True)
# "I got engaged last weekend!" (Ines) got "That's great news! Congratulations on your
# engagement. How did you feel about it?".
ENGAGED = Steer(re.compile(
    r"^(?!.*\?)(?!.*(?:n't|\bnot)\b).*(?:\b(?:i|we)(?:'ve| have)? (?:just |finally |only )?got "
    r"(?:engaged|married)\b|\b(?:i|we)(?:'re| are|'m| am) (?:now |finally )?(?:engaged|getting "
    r"married)\b|\b(?:he|she|they) proposed\b|\bi said yes\b)", re.IGNORECASE),
    "They got engaged or married: be delighted for them and ask how it happened.",
    ("Congratulations{name}! That's wonderful news. How did it happen?",), question_only=False,
    calm_only=True, whole=lambda user_text: True)
# "My girlfriend Chloe is moving in with me next month." (Owen) got "That's great news, Owen! It
# sounds like you'll have a new home and a new partner.".
MOVING_IN = Steer(re.compile(
    r"^(?!.*\?)(?!.*(?:n't|\bnot)\b).*(?:\b(?:my |our )?(?:girlfriend|boyfriend|partner|"
    r"fianc[eé]e?|husband|wife|other half)(?: [A-Z][a-z]+)? (?:is|'s) (?:finally |officially )?"
    r"moving in\b|\bwe(?:'re| are) (?:finally |officially )?moving in together\b|\bi(?:'m| am) "
    r"(?:finally |officially )?moving in with (?:my (?:girlfriend|boyfriend|partner|fianc[eé]e?)|"
    r"him|her)\b)", re.IGNORECASE),
    "They are moving in with their partner: be glad with them and ask how they feel about it.",
    ("Oh, that's a big step{name}! How are you both feeling about it?",), question_only=False,
    calm_only=True, whole=lambda user_text: True)
# "I joined the climbing society and met some nice people!" (Luca, who had made no friends at
# uni) got "That's great to hear! How have you been climbing?".
MADE_FRIENDS = Steer(re.compile(
    r"^(?!.*\?)(?!.*(?:n't|\bnot|\bno|\bnever)\b).*(?:\b(?:made|met|found) (?:some |a few |"
    r"a couple of |loads of |lots of )?(?:new |really |nice |lovely |good |great |proper )*(?:"
    r"friends|people|mates|pals)\b|\b(?:made|found) a (?:new )?friend\b|\bmet a (?:new|nice|"
    r"lovely) (?:friend|person)\b)", re.IGNORECASE),
    "They made new friends: be glad with them, ask what the friends are like.",
    ("Oh, that's brilliant{name}! I'm so glad. What are they like?",), question_only=False,
    calm_only=True, whole=lambda user_text: True)
_GOING = re.compile(r"\b(?:bye|good ?bye|see you|talk (?:to you )?(?:later|soon)|got(?:ta| to) "
                    r"go|gotta run|off now)\b", re.IGNORECASE)
# "Okay, wish me luck. Bye!" (Ines, off to cook for his parents) got "Bye for now, Ines!".
LUCK = Steer(re.compile(r"^(?!.*\?).*\b(?:wish me luck|fingers crossed for me|keep your fingers "
                        r"crossed)\b", re.IGNORECASE),
             "They ask you to wish them luck: do, warmly, in a sentence.",
             ("Good luck{name}! You've got this.",), question_only=False,
             ask=lambda user_text: "Talk soon!" if _GOING.search(user_text) else "",
             whole=lambda user_text: True)
# "I made it, the flight was fine in the end." (Yuki, terrified of flying) got "That's great to
# hear! How was your flight?".
RELIEVED = Steer(re.compile(
    r"^(?!.*\?)(?:.*\b(?:was|went|turned out|were) (?:absolutely |totally |completely |actually )?"
    r"(?:fine|okay|ok|alright|all right) in the end\b|"
    # "I think the interview went okay actually" (Chen) got "That's great to hear! How was it?"
    r"(?!.*(?:n't\b|\bnot\b)).*\b(?:interview|exam|test|appointment|presentation|speech|talk|"
    r"meeting|date) (?:went|was) (?:actually |surprisingly |pretty |quite )?(?:okay|ok|alright|"
    r"all right|fine|well)(?: actually)?[.!]*$|(?:(?:ok|okay|well|phew|so)[,.!]* )?i made "
    r"it(?: through)?(?=[,.!]|$| in one piece| safely))", re.IGNORECASE),
    "Something they dreaded went fine: share the relief and ask how they feel now.",
    ("Oh, that's such a relief{name}! I'm so glad. How are you feeling now?",),
    question_only=False, whole=lambda user_text: True)
# "I've got a first date on Saturday and I'm really nervous." (Leo) got "Remember, it's okay to
# feel nervous before a big event. What do you think about the date?".
DATE_NERVES = Steer(re.compile(
    r"^(?!.*\?)(?!.*\b(?:not|n't|never) (?:\w+ )?(?:nervous|anxious|scared))"
    r".*\b(?:(?:a |my |our |the )?(?:first |second |blind )?date\b.*\b(?:nervous|anxious|"
    r"scared|terrified|bricking it|shaking)|(?:nervous|anxious|scared) (?:about|for) (?:my|the|"
    r"this|our) (?:first |second |blind )?date)\b", re.IGNORECASE),
    "They are nervous before a date: be warm and excited for them, and ask about the person.",
    ("Ooh, exciting{name}! It's completely normal to be nervous, it just means it matters to you. "
     "How did you two meet?",),
    question_only=False, whole=lambda user_text: True)
# "What helps with a fear of flying?" (Yuki, flying to Osaka the next week) got "practicing
# relaxation techniques or joining a flight simulator class".
FLYING_FEAR = Steer(re.compile(
    r"\b(?:(?:fear|phobia) of (?:flying|planes)|(?:scared|afraid|terrified|nervous|anxious|"
    r"frightened|panicky) (?:of|about) (?:flying|planes|the flight|my flight)|nervous (?:flyer|"
    r"flier)|(?:flight|flying) (?:anxiety|nerves)|(?:hate|dread) flying)\b", re.IGNORECASE),
    "They ask what helps with a fear of flying: a few real, gentle things, and ask what scares "
    "them most.",
    ("A few things help lots of nervous flyers{name}: slow breathing on take-off, knowing "
     "turbulence is bumpy but safe, and telling the crew you're nervous. Which part scares you "
     "most?",), whole=lambda user_text: True)
# "I haven't dated since my last relationship ended two years ago." (Leo) got "That's a good
# thing. It gives you time to relax and get ready for your new relationship.".
RUSTY = Steer(re.compile(
    # "I haven't had an interview since I was a teenager." (Leon, made redundant)
    r"^(?!.*\?).*\bi (?:haven't|have not|hadn't|had not) (?:dated|been on a date|been (?:out )?"
    r"with anyone|been in a relationship|gone out with anyone|had an? (?:job )?interview|been to "
    r"an interview|applied for a job|written a cv|looked for (?:a job|work))(?: \w+)? (?:since|in|"
    r"for)\b",
    re.IGNORECASE),
    "They have not dated for a long while: say it is natural to feel rusty, and ask how they feel.",
    ("It's completely natural to feel a bit rusty after a while{name}. How are you feeling about "
     "getting back out there?",), question_only=False, whole=lambda user_text: True)
# "What if she thinks I'm boring?" (Leo, before a first date) got "Remember, everyone has their
# own unique interests and personalities. What makes you special to her?".
WHAT_IF_THEY_THINK = Steer(re.compile(
    r"\bwhat if (?:she|he|they|people|everyone|nobody|no one)(?: \w+)? (?:thinks?|finds?|decides?"
    r"|likes?) (?:i'm|i am|me|that i'm) (?:too |so |really )?(?:boring|dull|ugly|weird|annoying|"
    r"stupid|awkward|cringe|not (?:\w+ )?enough)\b", re.IGNORECASE),
    "They fear someone will find them boring or worse: reassure them warmly, and ask what they "
    "love talking about.",
    ("It's completely normal to worry about that{name}, but I really doubt it. Anyone worth "
     "knowing will love getting to know you. What do you love talking about?",),
    whole=lambda user_text: True)
# "The dinner went okay, but his mum barely spoke to me." (Ines) got "That's okay, Ines.
# Sometimes people can be busy or have other things on their mind.".
COLD_SHOULDER = Steer(re.compile(
    r"^(?!.*\?).*\b(?!i\b)\w+ (?:barely|hardly|never once|didn't|did not|wouldn't|would not) "
    r"(?:even )?(?:(?:spoke|speak|talked|talk|say (?:a word|hello|hi)|said (?:a word|hello|hi)) "
    r"to me|look(?:ed)? at me)\b", re.IGNORECASE),
    "Someone was cold to them: say how awkward and hurtful that is, and ask how they feel.",
    ("Oh{name}, that must have felt so awkward and hurtful. How are you feeling about it?",),
    question_only=False, whole=lambda user_text: True)
# "I had to let one of my staff go yesterday, and I feel terrible." (Mei, her cafe struggling)
# got "Try to take care of your team. What can you do to support them?".
_FEELS_BAD = re.compile(r"\bfeel(?:ing)? (?:so |really |just |absolutely )?(?:terrible|awful|"
                        r"bad|guilty|sick|horrible|rotten)\b", re.IGNORECASE)
LET_GO = Steer(re.compile(
    r"^(?!.*\?).*\bi (?:had to|have to|'ve had to|have had to|just) (?:let (?:\w+ ){1,4}go|fire "
    r"|sack |lay (?:\w+ ){1,3}off|make (?:\w+ ){1,4}redundant)", re.IGNORECASE),
    "They had to let someone go: say how hard that is and that it shows they care; ask how they "
    "are. No advice.",
    ("That's such a hard thing to have to do{name}.",), question_only=False,
    ask=lambda user_text: ("Feeling awful about it shows how much you care. " if _FEELS_BAD.search(
        user_text) else "") + "How are you doing?", whole=lambda user_text: True)
# "I'm thinking of closing the cafe for good." (Mei) got "That's a tough decision. What do you
# think about it?".
BIG_DECISION = Steer(re.compile(
    r"^(?!.*\?).*\bi(?:'m| am|'ve been| have been) (?:seriously |really )?(?:thinking (?:of|about)|"
    r"considering) (?:closing|quitting|leaving|selling|giving up|packing in|dropping out|"
    r"shutting)\b", re.IGNORECASE),
    "They weigh a big decision: be warm, no advice, and ask what makes them lean that way.",
    ("That's a big decision{name}, and it sounds like it's been weighing on you. What's making "
     "you lean that way?",), question_only=False,
    whole=lambda user_text: True)
# "My wife Eleni says I'm under her feet all day." (Nikos, retired a week) got "That's great
# news, Nikos! It sounds like you're enjoying your time with Eleni.".
UNDER_FEET = Steer(re.compile(
    r"^(?!.*\?).*\b(?:under (?:her|his|their|my wife's|my husband's|everyone's) feet|in (?:her|"
    r"his|their) (?:way|hair) all day)\b", re.IGNORECASE),
    "Their partner finds them too much at home now: take it lightly, and ask how they are "
    "filling their days.", ("Ha! That sounds like a big adjustment for you both{name}. How are "
                            "you filling your days now?",), question_only=False,
    whole=lambda user_text: True)
_SOBER_FOR = re.compile(
    # "I'm thirty days sober today." (Greg) got "It's always good to celebrate small victories."
    r"^(?!.*\?).*\b(?<!-)((?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(?:[- ](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?) "
    r"(?:days?|weeks?|months?|years?)) (?:sober|clean|alcohol[- ]free|off the (?:drink|booze))\b",
    re.IGNORECASE)


def _took_strength(user_text: str) -> str:
    found = _SOBER_FOR.search(user_text)
    done = found.group(1).lower() if found else "that"
    return f"{done[0].upper()}{done[1:]} takes real strength. How are you feeling about it?"


# "I'm six months sober today." (Dev) got "That's great news! How do you feel about being
# sober?".
SOBER_FOR = Steer(_SOBER_FOR, "They mark time sober: be proud of them, and ask how they feel.",
                  ("That's huge{name}, I'm so proud of you.",), question_only=False,
                  calm_only=True, ask=_took_strength, whole=lambda user_text: True)
# "I retired last month after thirty-five years on the buses." (Yusuf) got "That's a great
# achievement! How did you feel about it?".
_RETIRED = re.compile(
    # just now, the whole line: "I retired last year and I've started learning Spanish" is news
    # of Spanish
    r"^(?:(?:well|so|oh|and)[, ]+)?i(?:'ve| have)? (?:just |finally |recently )?retired(?: (?:last|"
    r"this) (?:week|month)| recently| (?:a|one|two|three|a few|a couple of) (?:weeks?|months?) "
    r"ago)?(?: after ((?:[1-9]\d|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)(?:[- ]\w+)?) "
    r"years(?: (?:on|of|at|in|as) [\w' ]+)?)?[.!]*$", re.IGNORECASE)


def _since_retiring(user_text: str) -> str:
    found = _RETIRED.search(user_text)
    years = f"{found.group(1)} years is a whole working life. " if found and found.group(1) else ""
    return f"{years[:1].upper()}{years[1:]}How are you finding it so far?"


RETIRED = Steer(_RETIRED, "They have just retired: congratulate them, ask how they are finding "
                "it. No suggestions.", ("Congratulations on retiring{name}!",),
                question_only=False, calm_only=True, ask=_since_retiring,
                whole=lambda user_text: True)
# "I think I might be a bit depressed." (Yusuf, two months retired) got "Aw, that sounds tough.
# Let's talk about it together.", and "I just feel flat all the time." "That's a common feeling.".
DOWN_FOR_A_WHILE = Steer(re.compile(
    r"^(?!.*\?)(?!.*\b(?:not|never)\b).*\b(?:i (?:think |worry |wonder if |feel like )?i(?:'m| am| "
    r"might be| may be|'ve been| have been) (?:a bit |quite |really |a little |so |pretty )?"
    r"depressed|i (?:think i )?(?:have|'ve got|might have) depression|i (?:just )?feel (?:so |"
    r"really )?(?:flat|numb|empty)(?: (?:all the time|every day|most days|lately|these days|"
    r"inside))?[.!]*$)", re.IGNORECASE),
    "They say they feel depressed or flat: be warm, thank them for saying it, ask how long it has "
    "been like this, and mention gently that a GP can help too. No lecture.",
    ("I'm so glad you told me{name}. Feeling like that is really hard, and it's worth telling "
     "your doctor too, they can help. How long has it been like this?",
     "That sounds so hard{name}, feeling like that day after day. Has something changed lately, "
     "or has it crept up on you?"),
    question_only=False, whole=lambda user_text: True)
# "My partner's working on an oil rig for three weeks." (Hannah, pregnant) got "...try to take
# breaks and prioritize your health. How is he doing?".
_AWAY_FOR = re.compile(
    r"^(?!.*\?).*\b(?:my|our) (?:wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?)(?:'s| is| "
    r"has been|'s been) (?:working |away |off |deployed |offshore |stationed )(?:\w+ ){0,4}?for "
    r"((?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|\d{1,2}) (?:weeks?|"
    r"months?))\b", re.IGNORECASE)


def _apart(user_text: str) -> str:
    found = _AWAY_FOR.search(user_text)
    long = found.group(1).lower() if found else "that long"
    return f"{long} apart can be really hard. How are you managing on your own?"


PARTNER_AWAY = Steer(_AWAY_FOR, "Their partner is away for weeks: say that's a long time apart, "
                     "and ask how they are managing. No advice.", ("Oh{name},",),
                     question_only=False, ask=_apart, whole=lambda user_text: True)
