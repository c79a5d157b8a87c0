"""Steers for strain and missing: being shouted at, a long shift behind them, doubt that they can
do it, worry for someone close, missing someone, wondering whether someone they lost would be
proud of them, the hardest time of day, someone who keeps doing what annoys them, whether to say
something about it, thanks for the chat, not knowing where to start, not wanting to talk about it
(``pipeline.steers`` tries them in its order).

Each was a reply that went wrong with Amara (a night nurse training for a half marathon, her cat
just died), Bill (78, widowed two years, his grandson teaching him to use a phone) or Carmen (a
student, her flatmate eats her food)."""

from __future__ import annotations

import re

from memory.affect import HE_WORDS, SHE_WORDS
from memory.people import REL
from pipeline.steer import THEY, Steer, them_for, them_of

_NO_QUESTION = r"^(?!.*\?).*?"
_CLOSE = "|".join(sorted(HE_WORDS | SHE_WORDS | {"parents", "family", "kids", "children",
                                                 "partner", "friend", "best friend"}))
_PETS = r"cat|dog|puppy|kitten|rabbit|horse|pony|parrot|budgie"


def _as_said_back(who: str) -> str:
    """ "my dad" -> "your dad", "her" -> "her", "Biscuit" -> "Biscuit"."""
    return re.sub(r"^(?i:my|our)\b", "your", who)


# "A patient's family shouted at me today." (Amara, a nurse) got "Aw, that sounds very sad.
# Let's talk more about how you feel.".
SHOUTED_AT = Steer(re.compile(
    _NO_QUESTION + r"(?<!\bi )(?<!\bI )\b(?:shouted|yelled|screamed|swore|snapped|kicked off|"
    r"had a go) at me\b|" + _NO_QUESTION + r"\b(?:was|were) (?:really |so |very |quite )?(?:rude|"
    r"nasty|horrible|vile|abusive|aggressive) to me\b", re.IGNORECASE),
    "Someone shouted at them: say that's horrible, that nobody deserves it, and ask if they are "
    "okay. No advice.",
    ("Oh{name}, that's horrible. Nobody deserves to be spoken to like that. Are you okay?",),
    question_only=False, whole=lambda user_text: True)
# "Morning! I just finished a twelve-hour shift." (Amara) got "Aw, sounds like you could use some
# rest. Let's talk about something else.".
LONG_SHIFT = Steer(re.compile(
    r"^(?!.*\?).*\bi(?:'ve| have)? (?:just |finally )?(?:finished|got off|got home from|done|did|"
    r"worked|pulled|survived) (?:a |an |my |another )?(?:(?:\w+[- ])?hour |long |night |double |"
    r"late |back-to-back )+shifts?\b", re.IGNORECASE),
    "They just finished a long shift: say so warmly and ask how it went. No advice about rest.",
    ("That's a long one{name}! You must be shattered. How did it go?",),
    question_only=False, whole=lambda user_text: True)
# "I'm not sure I can actually do it." (of her first half marathon) got "That's okay, Amara.
# Sometimes it takes time to get into a new routine or find your rhythm.".
CAN_I_DO_IT = Steer(re.compile(
    # Never "I don't think I can do this anymore": the safety guard's, a hint of despair.
    r"^(?!.*\?)(?!.*\b(?:any ?more|any longer|much longer)\b).*\b(?:i'm not (?:sure|convinced) "
    r"(?:that )?i can|i don't (?:think|know if) i can|"
    r"i doubt i can|i(?:'m| am) not sure i(?:'ll| will) (?:be able to|manage to)) (?:actually |"
    r"really |even )?(?:do|manage|finish|handle|cope with|pull off) (?:it|this|that)\b",
    re.IGNORECASE),
    "They doubt they can do something ahead: encourage them warmly and ask what makes them unsure.",
    ("It's normal to doubt yourself before something big{name}, and I think you can. What's "
     "making you unsure?",), question_only=False, whole=lambda user_text: True)
_WORRIED_FOR = re.compile(
    _NO_QUESTION + r"\b(?i:i(?:'m| am)(?: really| so| a bit| a little| quite| just| very)* "
    r"(?:worried|concerned|anxious|scared|frightened) (?:for|about)) ((?i:(?:my|our) (?:little |"
    r"big |younger |older |eldest |youngest )?(?:" + _CLOSE + r")|him|her|them)|(?!(?:Christmas|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Easter)\b)[A-Z][a-z]+)\b"
    # "I'm worried because she's diabetic." (Priti, her mum's operation on Friday) got "Oh, that
    # sounds worrying. Do you think there are any things you can do to help her?"
    r"|" + _NO_QUESTION + r"\b(?i:i(?:'m| am)(?: really| so| a bit| a little| quite| just| very)* "
    r"(?:worried|concerned|anxious|scared|frightened) (?:because|as|since|cos|'cause)) ((?i:he|"
    r"she|they))(?i:'s| is|'re| are| has| have)\b")


def _you_care(user_text: str) -> str:
    found = _WORRIED_FOR.search(user_text)
    who = (found.group(1) or found.group(2)) if found else "them"
    # with the reason told ("because she's diabetic"), not asked for again
    ask = "How are you holding up?" if found and found.group(2) else "What's worrying you most?"
    return f"it's natural to worry, it shows how much you care about {them_of(who)}. {ask}"


# "Sam's got his exams next week and I'm worried for him." (Bill, of his grandson) got "Oh, that
# sounds stressful for you. Let's talk about it together.".
WORRIED_FOR = Steer(_WORRIED_FOR, "They worry for someone close: say it shows how much they "
                    "care, and ask what worries them most.", ("Oh{name},",),
                    question_only=False, ask=_you_care, whole=lambda user_text: True)
_STILL_MISS = re.compile(
    r"^(?!.*\?)(?!.*\bhow much\b)(?i:.*\bi (?:still |really |just |do |so )*miss )((?i:(?:my|our) "
    r"(?:little |old |late )?(?:" + _CLOSE + "|" + _PETS + r"|friends)|him|her|them)|[A-Z][a-z]+)"
    r"(?i: back home| at home| from home)?(?i: so much| terribly| every day| a lot| so| (?:so "
    r"|very )+much| loads| like crazy| though| anyway|\s*[.!]*$)")  # "I miss her though." (Lola)


def _miss_most(user_text: str) -> str:
    found = _STILL_MISS.search(user_text)
    return f"What do you miss most about {_as_said_back(found.group(1)) if found else 'them'}?"


# "I still miss Biscuit so much." (Amara, her cat gone a month) got "That's very sad to hear.
# Let's try something else together.".
STILL_MISS = Steer(_STILL_MISS, "They miss someone: say of course they do, and ask what they "
                   "miss most.", ("Of course you do{name}. That must be so hard.",),
                   question_only=False,
                   ask=_miss_most, whole=lambda user_text: True)
_PROUD = re.compile(
    r"\b(?i:do you think|d'you think|would|will)\b.*?\b((?i:she|he|they|(?:my|our) (?:late )?"
    r"(?:" + _CLOSE + r"))|[A-Z][a-z]+)(?i:'d| would| will|'ll)? be proud of me\b")


def _proudest(user_text: str) -> str:
    found = _PROUD.search(user_text)
    who = found.group(1) if found else "they"
    if who.lower() in THEY.values():
        who = again = who.lower()
    else:
        again = THEY[them_for(who.split()[-1])] if " " in who else who
    return (f"I'm sure {_as_said_back(who)} would be. What would {again} be proudest of, do you "
            "think?")


# "Do you think Jean would be proud of me?" (Bill, of his late wife) got "Jean would probably be
# proud of you for being strong and brave.".
PROUD_OF_ME = Steer(_PROUD, "They wonder if someone they love would be proud of them: say you're "
                    "sure they would be, and ask what would make them proudest.", ("Oh{name},",),
                    ask=_proudest, whole=lambda user_text: True)
_HARDEST = re.compile(
    r"^(?!.*\?).*\b(?:the )?(evenings|nights|mornings|weekends|sundays|holidays|mealtimes|"
    r"bedtimes) (?:are|have been) (?:always |definitely |really |just )?the (?:hardest|worst|"
    r"loneliest|toughest|longest)\b|^(?!.*\?)(?!.*\b(?:know anyone|know anybody|new here|new in "
    r"town|just moved)\b).*\b(?:the )?(evenings|nights|weekends|sundays|"
    r"holidays) (?:feel|are|seem|have been|get|have felt)(?: so| really| very| a bit| pretty| "
    r"quite| just)* (empty|quiet|lonely|long)\b", re.IGNORECASE)


def _like_now(user_text: str) -> str:
    found = _HARDEST.search(user_text)
    if found and found.group(2):  # "The weekends feel really empty now." (Gwen, just divorced)
        return f"{found.group(2).lower()} can feel so {found.group(3).lower()}, and that's hard. " \
               "What do they look like for you at the moment?"
    return f"{found.group(1).lower() if found else 'those times'} can be so hard. What are they " \
           "like for you now?"


# "The evenings are the hardest." (Bill, widowed two years) got "Sometimes, even the most
# enjoyable activities can be challenging. What are you doing to make them easier?".
HARDEST_TIME = Steer(_HARDEST, "A time of day or week is hardest for them: say it can be so "
                     "hard, and ask what it is like now. No advice.", ("Oh{name}, the",),
                     question_only=False, ask=_like_now, whole=lambda user_text: True)
_WHO = r"(her|him|them|my \w+|(?-i:[A-Z][a-z]+))"
_SPEAK_UP = re.compile(
    r"\b(?:should i|(?:do you think|would you say) i should) (?:(?:just |maybe |actually )?(?:say "
    r"something|say anything|speak up|have a word|bring it up|confront (?:her|him|them)|call "
    r"(?:her|him|them) out)(?: (?:to|with) "
    + _WHO + r")?|(?:talk|speak) to " + _WHO + r" about (?:it|this|that)"
    # "Do you think I should tell my mum to stop calling so often?" (Priyanka) got "...explain
    # why you're not eating properly": her mum calls to check that she is.
    r"|(?:tell|ask) " + _WHO + r" to (?:stop|back off|leave me alone|give me (?:some )?space)\b"
    r"[^?.!]*)(?=\s*(?:[?.!,]|$|or\b|now\b|though\b))", re.IGNORECASE)  # not "say something nice"


def _take_it(user_text: str) -> str:
    found = _SPEAK_UP.search(user_text)
    who = next((g for g in found.groups() if g), None) if found else None
    who = who or "them"
    they = THEY.get(who.lower())
    if they:  # "she'd"; a name or "your boss": "Tom would"
        return f"How do you think {they}'d take it?"
    return f"How do you think {_as_said_back(who)} would take it?"


# "Should I say something to her?" (Carmen, her flatmate keeps eating her food) got "You could
# try saying something like, "Hey, I know you're having a hard time with your food."".
SPEAK_UP = Steer(_SPEAK_UP, "They ask whether to say something about what bothers them: say a "
                 "calm, friendly word is usually worth it, and ask how the other would take it.",
                 ("If it's bothering you{name}, a calm, friendly word is usually worth it.",),
                 ask=_take_it, whole=lambda user_text: True)
_ANNOYED_BY = re.compile(
    r"^(?!.*\?).*?\b((?i:my|our) \w+|(?i:he|she|they)|(?-i:[A-Z][a-z]+)) (?:just )?(?:keeps|kept|"
    r"always|won't stop|never stops|will not stop)\b.*\b(?:(?:drives|driving|drove) me (?:mad|"
    r"crazy|nuts|up the wall|insane|round the bend|bonkers)|gets on my nerves|winds me up|does my "
    r"head in)\b", re.IGNORECASE)


_OBJECT = {subject: pronoun for pronoun, subject in THEY.items()}  # "she" -> "her"


def _said_anything(user_text: str) -> str:
    found = _ANNOYED_BY.search(user_text)
    who = found.group(1) if found else "they"
    pronoun = _OBJECT.get(who.lower())
    them = pronoun or (them_for(who.split()[-1]) if " " in who else who)  # "Tom": Tom
    return f"Have you said anything to {them}?"


# "My flatmate keeps eating my food and it drives me mad." (Carmen) got "Ugh, that sounds
# frustrating. What can you do to help them understand why they're eating your food?".
ANNOYED_BY = Steer(_ANNOYED_BY, "Someone keeps doing something that annoys them: be on their "
                   "side, and ask if they have said anything.",
                   ("Ugh, that sounds so frustrating{name}. It would drive me mad too!",),
                   question_only=False,
                   ask=_said_anything, whole=lambda user_text: True)
# "Well, thank you for the chat." (Bill) got "You're welcome, Bill. It was nice talking to
# you.": a closing, and a friend says goodbye back.
THANKS_FOR_CHAT = Steer(re.compile(
    r"^(?!.*\?)(?:(?:well|anyway|okay|ok|right)[,.]? )?(?:thank you|thanks)(?: so much| very much| "
    r"again)? for (?:the chat|chatting|the talk|talking(?: with me| to me)?|listening|your time)"
    # "Thank you for listening, dear." (Wendy, 81) got "...I'm glad you could listen to me".
    r"(?:,? (?:dear|love|pet|mate|darling|hun|sweetheart|my dear))?[.!]*$", re.IGNORECASE),
    "They thank you for the chat as they leave: say it was lovely and goodbye warmly. No question.",
    ("It was lovely talking with you{name}. Take care!",), question_only=False,
    whole=lambda user_text: True)
# "They announced the layoffs today and I kept my job!" then "But two of my friends lost theirs
# and I feel guilty." (Tomás) got "Losing a job is part of life and it's okay to feel sad.".
KEPT_MINE = Steer(re.compile(
    r"^(?!.*\?).*\b(?:lost (?:theirs|their jobs?|his job|her job)|(?:were|got|was|have been|has "
    r"been) (?:laid off|made redundant|let go|fired|cut))\b.*\bi (?:feel|felt|'m feeling|am "
    r"feeling) (?:so |really |a bit |kind of |a little )?guilty\b", re.IGNORECASE),
    "They kept their job while friends lost theirs, and feel guilty: say that guilt shows they "
    "care, that it isn't their fault, and ask how the friends are doing.",
    ("Oh{name}, that's such a hard mix of feelings. Feeling guilty shows how much you care, but "
     "it isn't your fault. How are they doing?",), question_only=False,
    whole=lambda user_text: True)
# "My friend hasn't replied to my messages in weeks and I think she's ghosting me." (Jade) got
# "It sounds like Jade might be ghosting you.".
GHOSTED = Steer(re.compile(
    r"^(?!.*\?).*(?:\b(?:ghosting|ghosted|blanking|ignoring) me\b|\b(?:hasn't|has not|haven't|"
    r"have not|won't|doesn't|don't) (?:replied|answered|texted|messaged|called|rung|spoken|"
    r"reply|answer|text|message|call|talk)\b.*\b(?:weeks|days|months|ages|a while)\b)",
    re.IGNORECASE),
    "A friend has gone quiet on them: say how much that hurts, and ask if anything happened. No "
    "advice.", ("Oh{name}, that must really hurt, not hearing back. Has anything happened "
                "between you?",), question_only=False, whole=lambda user_text: True)
# "There are rumours of layoffs at my company and I can't stop thinking about it." (Tomás) got
# "Is there anything specific that's causing you concern?".
JOB_WORRY = Steer(re.compile(
    r"^(?!.*\?).*(?:\b(?:rumou?rs? of |talk of |there (?:are|might be|could be|will be) (?:more )?)"
    r"(?:layoffs|redundancies|job cuts|cuts)\b|\b(?:might|could|may|going to|gonna) (?:lose|be "
    r"losing) my job\b|\bmy job (?:is|might be|could be) (?:at risk|on the line)\b)",
    re.IGNORECASE),
    "They fear losing their job: say how hard not knowing is, and ask what worries them most. "
    "No advice.", ("Oh{name}, not knowing can be so hard. What's worrying you most about it?",),
    question_only=False, whole=lambda user_text: True)
# "my boyfriend broke up with me yesterday" (Jess, 20) got "Aw, that sounds very sad. It's okay
# to feel that way, and try to talk about your feelings with someone you trust. What do you think
# about how you're feeling?": advice, and a question nobody could answer.
BROKE_UP = Steer(re.compile(
    _NO_QUESTION + r"\b(?i:(?:(?:my |our )?(?:boyfriend|girlfriend|partner|fianc[eé]e?|husband|"
    r"wife)(?: [A-Z][a-z]+)?|he|she|they) (?:just |finally |suddenly )?(?:broke up with me|"
    r"dumped me|left me(?! (?:a|an|some|the|with|alone|to|in|on|at|my|his|her|their)\b)|"
    r"ended (?:it|things) with me)|(?:we|i) (?:just |finally )?(?:broke up|"
    r"split up)(?! with (?:my |the |a |our )?(?:band|team|group|club)))\b"),
    "A relationship of theirs just ended: be warm and sorry, no advice, and ask how they are.",
    ("Oh{name}, I'm so sorry. A breakup really hurts. How are you holding up?",),
    question_only=False, whole=lambda user_text: True)
# "Her flight was delayed and I'm really worried." (Fatima, her mum flying in from Lahore) got
# "Oh, that sounds worrying. I'm here for you. What's on your mind?": what a friend asks is
# whether she has heard from her mum.
_WHOSE = (r"((?i:her|his|their)|(?i:my|our) (?:" + _CLOSE + r")'s|(?!(?:My|Our|The|This|That)\b)"
          r"[A-Z][a-z]+'s)")
_DELAYED = re.compile(
    _NO_QUESTION + r"\b" + _WHOSE + r" (?i:(?:flight|plane|train|bus|coach|ferry|connection)"
    r"(?: home| back| in| over)?(?: is| was| has been| got|'s been|'s| just got| keeps getting) "
    r"(?:really |badly |hugely |massively |very |so |a bit |really badly )?(?:delayed|"
    r"cancell?ed|diverted|held up|grounded|late))\b")
_NOT_BACK = re.compile(
    _NO_QUESTION + r"\b((?i:she|he|they|(?:my|our) (?:" + _CLOSE + r"))|(?!(?:It|That|This|"
    r"There|I)\b)[A-Z][a-z]+) (?i:(?:still )?(?:hasn't|has not|haven't|have not|isn't|is not) "
    r"(?:yet )?(?:landed|arrived|got (?:home|back|in)|come (?:home|back)|turned up|shown up|"
    r"made it (?:home|back)|back yet|home yet))\b")
_WORRY = re.compile(r"\b(?:worr(?:ied|ying)|anxious|scared|nervous|panick(?:ing|ed)|frantic|"
                    r"sick with worry|on edge|can't relax|freaking out)\b", re.I)


def _heard_from(user_text: str) -> str:
    delayed = _DELAYED.search(user_text)
    found = delayed or _NOT_BACK.search(user_text)
    them = them_of(re.sub(r"'s$", "", found.group(1))) if found else "them"
    worried = _WORRY.search(user_text) is not None
    if delayed is None:  # not back yet: late, or just not yet
        return "no wonder you're worried. Have you heard anything yet?" if worried \
            else f"is that unlike {them}?"
    if worried:
        return f"no wonder you're worried. Have you heard from {them} since?"
    return f"that's so frustrating. Have you heard from {them} since?"


NOT_ARRIVED = Steer(re.compile(_DELAYED.pattern + "|" + _NOT_BACK.pattern),
                    "Someone they love is delayed or not back yet: say it's worrying and ask if "
                    "they have heard from them.", ("Oh no{name},",),
                    question_only=False, ask=_heard_from, whole=lambda user_text: True)
# "I'm his only child so it's all on me." (Raymond, his dad just diagnosed with cancer) got
# "That's understandable. How can I support him?".
ALL_ON_ME = Steer(re.compile(
    _NO_QUESTION + r"\b(?i:(?:it's|it is|it all falls|everything falls|everything's|everything "
    r"is) (?:all )?on (?:me|my shoulders)|i(?:'m| am) (?:doing (?:it|everything|it all)|the only "
    r"one(?: helping| looking after (?:him|her|them))?) (?:all )?(?:on my own|by myself|alone)|"
    r"(?:no ?one|nobody) else (?:helps|is helping|will help|to help))\b"),
    "They carry the care of someone alone: say it's a lot to carry, ask who looks after them.",
    ("That's a lot to carry on your own{name}. Who's looking after you in all this?",),
    question_only=False, whole=lambda user_text: True)
# "my best friend is moving to australia" (Zoe, 15) got "That's great news! How do you think your
# best friend is adjusting to Australia?".
_MOVING_AWAY = re.compile(
    _NO_QUESTION + r"\b((?i:(?:my|our) (?:best |oldest |closest )?(?:" + _CLOSE + r"|mate|bestie)|"
    r"she|he|they)|(?!(?:It|That|This|There|I|We)\b)[A-Z][a-z]+) (?i:(?:is|'s|are|'re) "
    r"(?:moving|emigrating|relocating)(?: away)?(?: abroad| overseas| to (?!(?:be |live )?"
    r"(?:near|closer|nearer|with) (?:me|us))| across| away))\b(?!.*\b(?:near|closer|nearer) "
    r"(?:to )?(?:me|us)\b)")


def _will_miss(user_text: str) -> str:
    found = _MOVING_AWAY.search(user_text)
    them = them_of(found.group(1)) if found else "them"
    return f"You'll miss {them} so much. How are you feeling about it?"


MOVING_AWAY = Steer(_MOVING_AWAY, "Someone close is moving far away: say they will be missed, "
                    "and ask how they feel.", ("Oh{name}, that's hard.",), question_only=False,
                    ask=_will_miss, whole=lambda user_text: True)
# "My grandson cancelled on Sunday." (Margaret, 88, living alone) got "Oh, that's a bummer.".
_CANCELLED_ON_ME = re.compile(
    _NO_QUESTION + r"\b((?i:(?:my|our) (?:\w+ )?(?!boss\b)(?:" + REL + r"|friends?|mates?|kids|"
    r"children))|(?!(?:It|This|That|There|I|We)\b)[A-Z][a-z]+) (?i:(?:has |just |)(?:cancelled|"
    r"canceled|called off|had to cancel)(?: on (?:me|us))?(?: (?:on|for|this|last|at|again|today|"
    r"tomorrow)\b|[.!,]|$)|(?:can't|cannot|couldn't|won't|isn't|is not) (?:make it|come|coming|"
    r"be coming)(?: after all| now)?\b)")


def _cancelled(user_text: str) -> str:
    found = _CANCELLED_ON_ME.search(user_text)
    them = them_of(found.group(1), names=False) if found else "them"
    return (f"what a shame. You must have been looking forward to seeing {them}. How are you "
            "feeling about it?")


CANCELLED_ON_ME = Steer(_CANCELLED_ON_ME, "Someone they were looking forward to seeing cancelled: "
                        "say it's a disappointment, ask how they feel. No excuses for them.",
                        ("Oh{name},",), question_only=False, ask=_cancelled,
                        whole=lambda user_text: True)
# "I get super anxious talking to people I don't know" (Chen, an interview the next day) got "Oh,
# that sounds like a common feeling. Remember, you're doing great!"
SOCIAL_NERVES = Steer(re.compile(
    r"^(?!.*\?).*\bi (?:always |often |really )?get (?:so |super |really |very |quite |a bit )?"
    r"(?:anxious|nervous|shy|awkward|tongue-tied) (?:when |)(?:talking to|around|with|meeting|"
    r"speaking to) (?:new people|strangers|people i don't know|people i do not know|people)\b",
    re.IGNORECASE),
    "They get anxious with people they don't know: say lots of people do and it's hard, ask "
    "whether it eases once they get talking. No tips.",
    ("Lots of people feel like that{name}, and it can be really hard. Does it ease off once you "
     "get talking?",), question_only=False, whole=lambda user_text: True)
# "I'm organising the funeral and I don't know where to start." got "I'm so sorry for your loss.
# What are you thinking about?": lost in a task, one needs a first step.
# "I don't know what to pack first." (Femi, emigrating) got "...What are some of your favorite
# items?".
FIRST_STEP = Steer(re.compile(r"\b(?:i (?:don't|do not) know|no idea) (?:where to (?:start|begin)|"
                              r"what to (?:\w+ )?first)\b|\bwhere (?:do|should) i (?:even )?"
                              r"(?:start|begin)\b", re.I),
                   "They feel lost with something they must do: be kind, then offer one small, "
                   "concrete first step.", ("That's a lot to take on.",
                                            "That's so much to deal with."),
                   question_only=False)
# "i don't really want to talk about it" (a breakup, the day before) got "It's okay not to talk
# about it. Sometimes, talking about our feelings can help us feel better. How do you feel about
# it?": a friend lets it be, and stays.
NOT_NOW = Steer(re.compile(
    r"\bi (?:don't|do not|dont) (?:really )?(?:want|wanna|feel like) (?:to )?(?:talk(?:ing)?|go "
    r"(?:into|over)|get(?:ting)? into) (?:about )?(?:it|this|that|him|her|them)\b|\bi'd (?:rather|"
    r"prefer) not (?:to )?(?:talk|go into|get into)\b|\bnot ready to talk about\b", re.IGNORECASE),
    "They don't want to talk about it: say that's okay, no questions about it.",
    ("That's completely okay, we don't have to talk about it. I'm here if you ever want to.",),
    question_only=False, whole=lambda user_text: True)
# "My head just won't switch off." (Sid, awake at three) got "That's a common issue, Sid.
# Sometimes it helps to try ... a warm bath.": the tiredness of it first, then what is on it.
RACING_MIND = Steer(re.compile(
    r"^(?!.*\?).*\bmy (?:head|mind|brain)(?: just)? (?:won't|will not|can't|cannot|doesn't|"
    r"isn't going to) (?:switch off|turn off|stop(?! \w+ing\b)|shut up|quieten down|quiet "
    r"down|slow down|settle)|\bmy (?:head|mind|brain|thoughts) (?:is|are|keeps?) (?:racing|"
    r"spinning|buzzing|going)\b|^(?:i just |and )?i (?:can't|cannot) stop (?:thinking|overthinking|"
    r"worrying)\b|\bi keep overthinking\b|"
    # "I can't switch off." (Sami, home from a night shift where a patient died)
    r"^(?:i just |and )?i (?:can't|cannot|just can't) (?:switch|turn|shut) off\b",
    re.IGNORECASE),
    "Their mind won't stop: say how tiring that is, and ask what it keeps going over. No tips.",
    ("Oh{name}, that's exhausting, when your mind just won't stop. What's it going over?",
     "That sounds so tiring{name}, a head that won't switch off. What's on it most?"),
    question_only=False, whole=lambda user_text: True)
