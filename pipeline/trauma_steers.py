"""Steers for what trauma leaves behind: nightmares, a bang that throws the body back into
danger, drink to get to sleep, "Do you think I'm broken?" (``pipeline.steers`` tries
``TRAUMA_MOMENTS`` early).

Talked to as Marek (two tours in Afghanistan, a wife who says he's not the same man) before these
existed, the 1.5B said "That's great to hear! What was it like?" to the tours, "That's a common
experience for many people." to "The nightmares are bad.", "That's a fun memory!" to "Fireworks
last night had me on the floor behind the sofa.", "That's understandable." to drinking to sleep,
"It's okay if you feel broken sometimes." to "Do you think I'm broken?" and "Let her know you'll
be there." when his wife found a veterans' charity. What veterans' charities and the NHS say:
these are common reactions to trauma, not weakness; drink worsens sleep and nightmares; trauma
treatment works, and the GP or a veterans' service is the way in.
"""

from __future__ import annotations

import re

from pipeline.steer import NO_QUESTION, Steer

_FORCES = r"(?:army|navy|marines|royal marines|raf|air force|forces|military|paras|infantry)"
SERVED = Steer(re.compile(
    NO_QUESTION + r".*(?:\b(?:did|done|served|was on|went on) (?:two|three|four|five|a few|several|"
    r"\d) (?:tours?|deployments?)\b|\bi (?:was|served) in the " + _FORCES + r"\b.*\b(?:tours?|"
    r"afghanistan|iraq|helmand|bosnia|northern ireland|the falklands|the gulf|combat)\b)",
    re.IGNORECASE),
    "They served in war zones: don't cheer it or ask for war stories; be steady and ask how "
    "coming home has been.",
    ("That's a lot to have carried{name}.",), question_only=False,
    ask=lambda user_text: "How has life been since you came home?", whole=lambda user_text: True)
NIGHTMARES = Steer(re.compile(
    NO_QUESTION + r".*(?:\b(?:the |my )?nightmares (?:are|have been|were|'re|keep|came) (?:\w+ )?"
    r"(?:bad|awful|terrible|back|horrendous|worse|coming|every night)\b|\bi (?:keep having|keep "
    r"getting|(?:have|'ve) been having|still (?:have|get)|(?:have|get) (?:bad|awful|terrible|"
    r"horrible)) (?:\w+ )?(?:nightmares|night terrors)\b)", re.IGNORECASE),
    "They have bad nightmares: say how exhausting that is and that it is something a doctor can "
    "really help with.",
    ("That sounds exhausting{name}: nightmares that keep coming back wear you down, and they're "
     "something a doctor can really help with.",), question_only=False,
    ask=lambda user_text: "How long have they been like this?", whole=lambda user_text: True)
# "Fireworks last night had me on the floor behind the sofa." got "That's a fun memory!"
FLASHBACK = Steer(re.compile(
    NO_QUESTION + r".*\b(?:fireworks?|a (?:car )?backfir\w*|a (?:loud )?bang|a loud noise|"
    r"thunder|a helicopter)\b.*\b(?:on the floor|hit the (?:floor|deck|ground)|behind the "
    r"(?:sofa|couch|car)|under the (?:table|bed)|ducked|dived|dove|froze|shaking|right back "
    r"there|back there)\b|" + NO_QUESTION + r".*\bi (?:keep )?(?:have|having|get|getting|had) "
    r"(?:\w+ )?flashbacks\b", re.IGNORECASE),
    "A sudden noise threw them back into danger, or they have flashbacks: say that's what "
    "trauma does to the body, not weakness, and ask gently if they have talked to anyone.",
    ("That sounds really frightening{name}: a sudden bang can throw your body straight back "
     "into danger, and that's what trauma does, not weakness.",), question_only=False,
    ask=lambda user_text: "Have you been able to talk to anyone about what you went through?",
    whole=lambda user_text: True)
# "I've been having a few drinks to get to sleep, it's the only thing that works." got "That's
# understandable. What are some things you do to help yourself sleep?"
DRINK_TO_SLEEP = Steer(re.compile(
    NO_QUESTION + r".*\b(?:drinks?|drinking|whisk(?:e)?y|vodka|rum|beers?|wine|nightcaps?|"
    r"booze|bottle)\b[^.!?]{0,30}\b(?:to (?:get to |help me |get me to |fall a)?sleep|before "
    r"bed to sleep|to knock me out|to switch off)\b", re.IGNORECASE),
    "They drink to get to sleep: understand why, say honestly that drink makes sleep and "
    "nightmares worse over time, and suggest the GP.",
    ("I can see why{name}, when it feels like the only thing that works, but drink tends to "
     "make sleep and nightmares worse over time.",), question_only=False,
    ask=lambda user_text: "Would you talk to your GP about the sleep?",
    whole=lambda user_text: True)
NOT_THE_SAME = Steer(re.compile(
    NO_QUESTION + r".*\b(?:says?|said|tells me|told me|thinks?) i'?m not the same (?:man|person|"
    r"woman|guy|bloke|lad|girl|husband|wife|dad|mum)\b", re.IGNORECASE),
    "Someone close says they've changed: say that's hard to hear, and that what they went "
    "through can change a person, but it doesn't have to stay that way.",
    ("That must be hard to hear{name}. What you've been through can change how a person feels "
     "and reacts, and it doesn't have to stay that way.",), question_only=False,
    ask=lambda user_text: "Do you feel different too?", whole=lambda user_text: True)
# "Do you think I'm broken?" got "It's okay if you feel broken sometimes."
BROKEN = Steer(re.compile(
    r"\b(?:do you think|am) i(?:'m| am)? (?:broken|damaged|beyond help|a lost cause|too far "
    r"gone)\b", re.IGNORECASE),
    "They ask if they're broken: say no, kindly and clearly; what they went through left a "
    "wound that can heal with the right help.",
    ("No{name}, I don't think you're broken, and I'm sorry it feels that way. What you went "
     "through left a wound, and wounds like that can heal with the right help.",),
    whole=lambda user_text: True)
# "My wife found a veterans' charity, she wants me to ring them." got "That's great news! Let her
# know you'll be there."
VETERANS_HELP = Steer(re.compile(
    NO_QUESTION + r".*\b(?:veterans?'?|forces|armed forces|military|ex-?service)\b[^.!?]{0,15}"
    r"\b(?:charity|group|service|helpline|support|people)\b[^.!?]*\b(?:ring|call|contact|go|"
    r"try|get in touch|phone)\b", re.IGNORECASE),
    "Someone close wants them to contact a veterans' charity: encourage it warmly; they talk "
    "every day with people who've been where they've been.",
    ("I think that's a really good idea{name}: they talk every day with people who've been where "
     "you've been.",), question_only=False,
    ask=lambda user_text: "Would you give them a ring this week?", whole=lambda user_text: True)

# "I don't talk about this stuff. Don't know why I'm telling a speaker." got "It's okay to feel
# this way, Marek. Would you like to talk about it with someone?"
TELLING_YOU = Steer(re.compile(
    NO_QUESTION + r".*\b(?:don't|do not|dunno|no idea) (?:know )?why i'?m (?:telling|saying this "
    r"to|talking to) (?:you|a speaker|a machine|a computer|a robot|an ai|a box)\b", re.IGNORECASE),
    "They are surprised to be opening up to you: say you're glad, and they can say as much or as "
    "little as they like.",
    ("I'm glad you did{name}, and you can say as much or as little as you like here.",),
    question_only=False, whole=lambda user_text: True)
# "I snapped at my lad this morning over nothing." (Marek) got "Oh no, that's very sad."
SNAPPED_OVER_NOTHING = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:snapped|shouted|yelled|lost it|lost my temper|went off) at (?:my|the|"
    r"our) (?:lad|son|boy|girl|daughter|kids?|children|wife|husband|partner|missus)\b.*\b(?:over "
    r"nothing|for no reason|over something (?:stupid|small|silly))\b", re.IGNORECASE),
    "They snapped at family over nothing and regret it: say being on edge is often part of what "
    "they carry, and a sorry later goes a long way.",
    ("Being on edge like that is so often part of what you're carrying{name}, and a quiet sorry "
     "later goes a long way.",), question_only=False,
    ask=lambda user_text: "How are things between you now?", whole=lambda user_text: True)

TRAUMA_MOMENTS = (SERVED, NIGHTMARES, FLASHBACK, DRINK_TO_SLEEP, NOT_THE_SAME, BROKEN,
                  VETERANS_HELP, TELLING_YOU, SNAPPED_OVER_NOTHING)
