"""Steers for the ties to the people closest to them: someone pulling away, a fear that someone
hates them, having let someone down, a relative's great age, someone not seen for years, a loved
one who no longer knows them, a fear they will never be accepted, something made for someone,
parents who fight, coming out, someone sent away with the forces, a family split up
(``pipeline.steers`` tries them in its order).

Each was a reply that went wrong with Tariq (divorced, his fifteen-year-old son barely talks to
him) or Yuki (flying, terrified, to see her grandma of ninety-two after four years), and later
Rory (sixteen, his parents fighting) and Margaret (her grandson in the army)."""

from __future__ import annotations

import re

from memory.affect import HE_WORDS, SHE_WORDS
from memory.people import REL
from pipeline.steer import THEY, Steer, them_for, them_of, they_are

# Who a line is about: a pronoun, "my son", "my little brother" or a name (never "Everyone",
# whose hate is a harmful belief the safety guard answers).
_SOMEONE = (r"(?:he|she|they|(?:(?i:my|our) (?:\w+ )?\w+)|(?!(?:Everyone|Everybody|Nobody|"
            r"People|It|This|That|Which|There)\b)[A-Z][a-z]+)")
_NO_QUESTION = r"^(?!.*\?).*?"
# "My son's fifteen and he barely talks to me anymore." got "That's a tough situation. Maybe
# it's time to have a conversation with your son about how he feels".
PULLING_AWAY = Steer(re.compile(
    _NO_QUESTION + r"\b" + _SOMEONE + r" (?i:(?:barely|hardly|never|doesn't|does not|don't|do not|"
    r"won't|will not|no longer|has stopped|have stopped|stopped) (?:really |even )?(?:talks?|"
    r"speaks?|talking|speaking) to (?:me|us)\b|(?:shuts?|is shutting|are shutting) (?:me|us) out\b|"
    r"(?:is|are|'s|'re) pulling away\b|wants? nothing to do with (?:me|us)\b)"),
    "Someone close is pulling away from them: say how much that hurts, ask what it was like "
    "before. No advice.",
    ("Oh{name}, that must really hurt. What were things like between you before?",),
    question_only=False, whole=lambda user_text: True)
# "I think he hates me." (of his son) got "That's not good. How do you feel about it?".
HATES_ME = Steer(re.compile(
    _NO_QUESTION + r"\b" + _SOMEONE + r" (?i:(?:really |probably |just |actually |secretly )?"
    r"(?:hates|hate|resents|resent|can't stand|can't bear|doesn't (?:even )?like|don't (?:even )?"
    r"like|doesn't love|don't love) me)\b"),
    "They fear someone close hates them: never agree; say how painful that is to feel, and ask "
    "what makes them think so.",
    ("That sounds so painful{name}. What makes you feel that way?",), question_only=False,
    whole=lambda user_text: True)
# "I still feel like I let him down with the divorce." got "It's okay to feel sad, but remember
# that you're doing the best you can with what you have. What do you think about your
# relationship now?".
LET_DOWN = Steer(re.compile(
    _NO_QUESTION + r"\bi (?:(?:still |really |just |always |sometimes )?(?:feel|felt|think|know|"
    r"worry|worried)(?: like| that)? i(?:'ve| have)? )?(?:really |totally |completely |just )?"
    r"(?:let|am letting|'m letting|keep letting) (?!(?:my |the |our )?hair\b)(?:him|her|them|you|"
    r"everyone|everybody|(?:my|the|our) \w+|[a-z]+) down\b", re.IGNORECASE),
    "They feel they let someone down: be gentle, never agree; say it shows how much they care, "
    "and ask what makes them feel so.",
    ("That's such a heavy thing to carry{name}, and it shows how much you care. What makes you "
     "feel that way?",), question_only=False, whole=lambda user_text: True)
_GREAT_AGE = re.compile(
    r"^(?:(?i:oh|and|well|yeah|so)[, ]+)?(" + _SOMEONE + r")(?:'s| is) (?i:(?:nearly |almost |"
    r"just |now |turning |about )?(?:(?:eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|[89]\d|1[01]\d|(?:a |one )?hundred(?: and \w+)?)(?: years old)?)[.!]*$")


def _subject(found: re.Match[str] | None) -> str:
    """Who the line is about, as a subject: "She" -> "she", "my grandad" -> "he", "him" ->
    "he", "Nan" -> "Nan"; "they" when nobody is found."""
    who = found.group(1) if found else "they"
    if who.lower() in THEY.values():
        return who.lower()
    if " " in who or who.lower() in THEY:
        return THEY[them_for(who.split()[-1])]
    return who


def _what_are_they_like(user_text: str) -> str:
    """ "She's ninety-two." -> "What's she like?"; "Nan is 90" -> "What's Nan like?"."""
    who = _subject(_GREAT_AGE.search(user_text.strip()))
    return "What are they like?" if who == "they" else f"What's {who} like?"


# "She's ninety-two." (Yuki's grandma) got "That's a lot! How do you feel about it?".
GREAT_AGE = Steer(_GREAT_AGE, "They tell you a loved one's great age: delight in it and ask what "
                  "they are like.", ("What a wonderful age{name}!",), question_only=False,
                  ask=_what_are_they_like, whole=lambda user_text: True)
_NOT_SEEN = re.compile(
    _NO_QUESTION + r"\bi (?:haven't|have not|hadn't|had not|'ve not) seen (him|her|them|(?:my|our) "
    r"(?:\w+ )?\w+|(?-i:[A-Z][a-z]+)) (?:in|for) (?:over |nearly |almost |about |more than |like )?"
    r"(?:a (?:year|decade|long time)|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|\d+|a few|a couple of|several|many) (?:years|months)|years|ages)\b",
    re.IGNORECASE)
_SOON = re.compile(r"\b(?:tomorrow|tonight|next week|this weekend|on \w+day|soon|flying in|coming "
                   r"(?:over|home|to stay|to visit)|arriv\w+|visiting)\b", re.IGNORECASE)


def _miss_most(user_text: str) -> str:
    """ "I haven't seen her in four years." -> "What do you miss most about her?"."""
    found = _NOT_SEEN.search(user_text)
    who = found.group(1) if found else "them"
    them = who if who[:1].isupper() and " " not in who else them_for(who.split()[-1])
    if _SOON.search(user_text):  # "My mum is flying in tomorrow, I haven't seen her in years."
        return f"You must be so excited to see {them}!"
    return f"What do you miss most about {them}?"


# "I haven't seen her in four years." got "It's okay to miss your grandma. Sometimes, it helps
# to have a plan in place for when you see her again.".
LONG_APART = Steer(_NOT_SEEN, "They have not seen someone close for a long time: say so warmly "
                   "and ask what they miss. No advice.", ("That's such a long time{name}.",),
                   question_only=False, ask=_miss_most, whole=lambda user_text: True)
_FORGOTTEN = re.compile(
    _NO_QUESTION + r"\b" + _SOMEONE + r" (?i:(didn't|did not|couldn't|could not|wouldn't|doesn't|"
    r"does not|can't|cannot|no longer|won't) (?:even |always |really )?(?:remember (?:me|my name|"
    r"who i (?:am|was))|recogni[sz]e (?:me|my face|my voice)|know (?:who i (?:am|was)|my name|"
    r"me any ?more)))\b")


def _how_hard(user_text: str) -> str:
    """The past for a day that was ("didn't remember my name"), the present for one that is."""
    found = _FORGOTTEN.search(user_text)
    was = found is not None and found.group(1).lower() in ("didn't", "did not", "couldn't",
                                                            "could not", "wouldn't")
    return f"that must {'have been' if was else 'be'} so hard. How are you holding up?"


# "She didn't remember my name at first. That was hard." (Yuki's grandma) got "That's
# understandable. It can be hard to remember someone's name, especially if they've been away".
NOT_KNOWN = Steer(_FORGOTTEN, "Someone they love did not know them: say how hard that is, and "
                  "ask how they are. No explanations.", ("Oh{name},",), question_only=False,
                  ask=_how_hard, whole=lambda user_text: True)
_WILL_THEY = re.compile(
    r"\b(?i:do you think|will|d'you think|is there any chance)\b.*?\b((?i:she|he|they|my "
    r"(?:\w+ )?(?!ever\b|will\b)\w+)|[A-Z][a-z]+)(?i:(?:'ll| will)? (?:ever |ever really |really )?"
    r"(?:(?:like|accept|love|forgive|approve of|warm to|come round to|come around to) me|come "
    r"(?:round|around)(?: to it)?(?=[?.!]|$)))\b")  # "Do you think my dad will come round?" (Ash)


def _worry_they_wont(user_text: str) -> str:
    return f"What makes you worry {_subject(_WILL_THEY.search(user_text))} won't?"


# "Do you think she'll ever like me?" (Ines, of her fiance's mother) got "It's hard to say for
# sure, but it's always good to try and be kind and respectful.".
WILL_THEY = Steer(_WILL_THEY, "They fear someone close will never accept them: be warm and "
                  "hopeful without promising, and ask what makes them worry.",
                  ("These things often take time{name}, and it sounds like you're really trying.",),
                  ask=_worry_they_wont, whole=lambda user_text: True)
# Not "...and he threw it at the wall", nor a letter "for my dad before he dies".
_MADE_FOR = re.compile(
    r"^(?!.*\?)(?i:(?!.*\b(?:threw|thrown|smashed|broke|ruined|binned|hated|refused|dies|dying|"
    r"died|funeral|grave|passed|gone|no longer|not here|isn't here|miss(?:ed|ing)?|would have)\b))"
    r".*\b(?i:i (?:just |finally )?(?:finished|made|built|knitted|"
    r"baked|painted|sewed|"
    r"drew|wrote|cooked) (?:the |a |my |her |his |that |this )?(?:[\w']+ ){0,4}for )((?i:my (?:\w+ "
    r"(?!(?:and|but|so|who|because|today|yesterday|last|this|at|on|in)\b))?\w+|him|her|them|"
    r"everyone|everybody|us all|the family|the whole family)|(?!(?:Christmas|Easter|Halloween|"
    r"Diwali|Eid|Hanukkah)\b)[A-Z][a-z]+)\b")
_LOVED_IT = re.compile(r"\b(?:loved|liked|enjoyed|devoured|adored|wolfed) (?:it|them|every)\b",
                       re.I)


def _they_will_love_it(user_text: str) -> str:
    found = _MADE_FOR.search(user_text)
    who = "they" if found and found.group(1).lower() in ("everyone", "everybody", "us all") \
        else _subject(found)
    # "I made dosas for everyone and they loved them!" (Usha) is told done, and loved.
    if _LOVED_IT.search(user_text):
        them = {v: k for k, v in THEY.items()}.get(who, who)
        return f"That must have felt so good. How was it, seeing {them} enjoy it?"
    will = "'ll" if who in THEY.values() else " will"  # "she'll", "Ama will"
    return f"I bet {who}{will} love it. How did it turn out?"


# "I finished the little bookshelf for Ama." (Kwame, for his granddaughter) got "That's great
# news, Kwame! I'm glad you're enjoying your woodworking. How do you feel about it?", and "I
# finally finished the quilt I've been making for my niece!" (Marta) "That's great to hear!".
MADE_FOR = Steer(_MADE_FOR, "They made something for someone they love: delight in it and ask "
                 "how it turned out.", ("Oh, how lovely{name}!",), question_only=False,
                 calm_only=True, ask=_they_will_love_it, whole=lambda user_text: True)
_PEOPLE = "|".join(sorted(HE_WORDS | SHE_WORDS | {"parents", "family", "in-laws", "boss",
                                                 "manager", "partner", "dad's", "mum's"}))
_FEEL_TENSE = (r"\b(?i:i(?:'m| am|'ve been| get| feel| always get| always feel| still get| "
               r"still feel)(?: still| always| really| so| a bit| a little| quite| kind of| "
               r"pretty)* )")
# Stressed about "my dad" may be worry for him (he is ill); about "his mum", or around anyone,
# it is the person. Anxious before seeing someone may be nerves before a date (Leo).
_WHO_TENSE = r"((?:his|her|my|their|our) (?:" + _PEOPLE + r")|him|her|them)"
_TENSE_WITH = re.compile(
    _NO_QUESTION + _FEEL_TENSE + r"(?i:(?:stressed(?: out)?|wound up) about ((?:his|her|their) "
    r"(?:" + _PEOPLE + r"))|(?:stressed(?: out)?|anxious|nervous|tense|on edge|uneasy|wound up) "
    r"(?:(?:before (?:seeing|visiting|i see|i visit)|when i see) " + _WHO_TENSE + "|around "
    + _WHO_TENSE + r"))\b")


def _gets_to_you(user_text: str) -> str:
    """What a friend asks: what it is about them, about seeing them, or about being near them."""
    about, seeing, around = _TENSE_WITH.search(user_text).groups()  # type: ignore[union-attr]
    who = them_for((about or seeing or around).split()[-1])
    if about:
        return f"that sounds stressful. What is it about {who} that gets to you most?"
    if seeing:
        return f"that's so understandable. What is it about seeing {who} that worries you?"
    return f"that sounds hard. What is it about being around {who} that gets to you?"


# "I'm a bit stressed about his mum, she's quite full on." (Ines, engaged, of Marco's mother) got
# "How can we help?", and "I still get anxious before seeing her." (Leo, of his new girlfriend)
# "What do you think might help?".
TENSE_WITH = Steer(_TENSE_WITH, "Someone in their life makes them tense: say that sounds "
                   "stressful and ask what it is about them that gets to them. No advice.",
                   ("Oh{name},",), question_only=False, ask=_gets_to_you,
                   whole=lambda user_text: True)
# "they were shouting again last night and i couldnt sleep" (Rory, 16) got "Your parents were
# shouting again last night. You couldn't sleep.".
PARENTS_FIGHT = Steer(re.compile(
    _NO_QUESTION + r"(?:\b(?:parents|mum and dad|mom and dad|dad and mum|mam and dad)\b.*\b(?:keep"
    r"|always|are|were|started|kept|won't stop)? ?(?:fighting|arguing|shouting|screaming|yelling|"
    r"rowing)\b|\bthey (?:were|are|keep|started|kept) (?:fighting|arguing|shouting|screaming|"
    r"yelling)(?: at each other| again)?\b)", re.IGNORECASE),
    "Their parents fight: say how hard that is to live with, and ask how they are holding up. "
    "No advice.", ("Oh{name}, that sounds really hard to live with. How are you holding up?",),
    question_only=False, whole=lambda user_text: True)
_CAME_OUT = re.compile(
    r"^(?!.*\?).*\bi(?: just| finally|'ve just|'ve finally| have just| have finally|'ve)? (?:came|"
    r"come) out (?:to (?:my|our|him|her|them|everyone|\w+)|as)\b", re.IGNORECASE)
_WENT_WELL = re.compile(r"\b(?:nice|kind|lovely|great|brilliant|supportive|fine|well|okay|ok|"
                        r"amazing|cool|sweet)\b", re.IGNORECASE)


def _how_it_went(user_text: str) -> str:
    if _WENT_WELL.search(user_text) and not re.search(r"n't|\bnot\b", user_text):
        return "I'm so glad it went well. How are you feeling now?"
    return "How are you feeling now?"


# "i came out to my best friend today and she was really nice about it" (Rory) got "That's great
# to hear! How do you feel now?".
COMING_OUT = Steer(_CAME_OUT, "They came out to someone: honour the courage it took, and ask "
                   "how they feel.", ("That's a big moment{name}, and it took real courage.",),
                   question_only=False, ask=_how_it_went, whole=lambda user_text: True)
_SENT_AWAY = re.compile(
    _NO_QUESTION + r"\b(?:(?:army|navy|air force|raf|marines|military)\b.*\b(?:sent|deployed|"
    r"posted|shipped|going) (?:abroad|overseas|away|out|to)\b|(?:is|are|'s|being|getting|been|was) "
    r"deployed\b)", re.IGNORECASE)


def _with_them_away(user_text: str) -> str:
    them = "him" if re.search(r"\bhe(?:'s| is)\b", user_text, re.I) else "her" if re.search(
        r"\bshe(?:'s| is)\b", user_text, re.I) else "them"
    return f"How are you feeling about {them} going?"


# "Oliver is in the army and he's being sent abroad next month." (Margaret, of her grandson) got
# "That's exciting! I hope he has a great time.".
DEPLOYED = Steer(_SENT_AWAY, "Someone they love is being sent away with the forces: say it must "
                 "be a worry, and ask how they feel about it.",
                 ("Oh{name}, that must be such a worry.",), question_only=False,
                 ask=_with_them_away, whole=lambda user_text: True)
# "I've got my kids every other weekend since the divorce." (Ben) got "Aw, that sounds like a lot
# of fun!" from the sad opener.
SPLIT_FAMILY = Steer(re.compile(
    r"\b(?:since|after) (?:the|my|our) (?:divorce|split|separation|break-?up)\b", re.IGNORECASE),
    "Their family split up: be warm about what that change is like, no lecture.",
    ("That must be a big change{name}.",), question_only=False)
_KID_AGE = re.compile(
    r"^(?:(?i:and|well|so|oh)[, ]+)?(?i:my|our) (?i:little |youngest |eldest |oldest )?((?i:grand)?"
    r"(?i:son|daughter|child|kid|boy|girl|baby))(?: [A-Z][a-z]+)? (?i:is|'s|turned|just turned|is "
    r"turning|turns) (?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|[1-9]|1[0-9])(?i: years old| months "
    r"old| today| next week)?[.!]*$")


def _what_is_the_child_like(user_text: str) -> str:
    found = _KID_AGE.search(user_text.strip())
    who = THEY[them_for(found.group(1) if found else "")]
    return "What are they like?" if who == "they" else f"What's {who} like?"


# "My granddaughter Anika is seven." (Usha) got "That's great news, Usha!".
KID_AGE = Steer(_KID_AGE, "They tell you a child's age: delight in it and ask what the child is "
                "like.", ("Aw, what a lovely age{name}!",), question_only=False,
                ask=_what_is_the_child_like, whole=lambda user_text: True)
# "My ex won't let me see the kids this weekend." (Dmitri) got "It's tough to see your ex.".
KEPT_FROM_KIDS = Steer(re.compile(
    r"^(?!.*\?).*\b(?:won't|wouldn't|isn't letting|is not letting|doesn't let|didn't let|won't "
    r"let|refuses to let|can't|cannot|couldn't|not allowed to|never get to) (?:let )?(?:me )?see "
    r"(?:the|my|our) (?:kids|children|son|daughter|boys|girls|little ones|grandkids|"
    r"grandchildren)\b", re.IGNORECASE),
    "They are kept from seeing their children: say how much that hurts, and ask how they are "
    "doing. No advice, no taking sides.",
    ("Oh{name}, that must really hurt, missing time with them. How are you doing?",),
    question_only=False, whole=lambda user_text: True)


_GIVERS = (r"son|daughter|boy|girl|boys|girls|kids|children|grandson|granddaughter|grandkids|"
           r"grandchildren|husband|wife|partner|mum|mom|dad|sister|brother|niece|nephew|"
           r"girlfriend|boyfriend|best friend")
# "My daughter Katya drew me a picture of us." (Dmitri, kept from his kids for a while) got
# "That's wonderful! How did you feel about it?".
_MADE_ME = re.compile(
    r"^(?!.*\?)(?!.*\b(?i:horrible|nasty|awful|mean|rude|angry|cry|upset|sick|ill|late)\b)"
    r"((?i:my (?:little |eldest |youngest |oldest )?(" + _GIVERS + r"))(?: ([A-Z][a-z]+))?|"
    r"(?!(?:I|We|You|They|It|This|That|He|She|Someone|Somebody)\b)[A-Z][a-z]+) (?i:(?:just |"
    r"actually |finally )?(drew|painted|made|wrote|knitted|baked|cooked|bought|picked)) me "
    r"(?i:(a|an|some|this|the|my|breakfast|dinner|lunch|tea|flowers)\b(?: (\w+))?)")
_TO_PUT_UP = ("card", "picture", "drawing", "painting", "portrait", "poster")


def _made_for_you(user_text: str) -> str:
    """ "She must really love you. Are you going to put it up?" (a drawing); "What did it say?"
    (a letter); "Was it good?" (a meal); else "Did it make your day?"."""
    found = _MADE_ME.search(user_text)
    if found is None:
        return "Did it make your day?"
    who = found.group(3) or (them_for(found.group(2)) if found.group(2) else found.group(1))
    who = THEY.get(who, who)
    verb, first, then = found.group(4).lower(), found.group(5).lower(), (found.group(6) or "")
    asked = ("Are you going to put it up?" if verb in ("drew", "painted") or then in _TO_PUT_UP
             else "What did it say?" if verb == "wrote"
             else "Was it good?" if verb in ("baked", "cooked") or first in (
                 "breakfast", "dinner", "lunch", "tea") or then == "cake"
             else "Did it make your day?")
    return f"{who[:1].upper()}{who[1:]} must really love you. {asked}"


MADE_ME = Steer(_MADE_ME, "Someone close made or gave them something: share the warmth and ask "
                "about it.", ("Aw, that's so sweet{name}!",), question_only=False, calm_only=True,
                ask=_made_for_you, whole=lambda user_text: True)
# "my mum is coming to visit next weekend" (Luca, at university) got "How do you feel about
# visiting your mum?": the visit is to them.
_VISITING = re.compile(
    _NO_QUESTION + r"\b((?i:(?:my|our) (?:\w+ )?\w+(?: and (?:his|her|their|my|the) \w+)?)|"
    r"(?!(?:It|This|That|There|I|We)\b)[A-Z][a-z]+)(?i:(?: is| are|'s|'re) (?:coming|flying|"
    r"driving|popping|travelling|traveling) (?:over |up |down |in |back )?(?:to (?:visit|see "
    r"(?:me|us)|stay)|for (?:a visit|the weekend|a few days|christmas|a week))"
    # "My grandson is supposed to visit on Sunday." (Margaret, 88) got "That's a nice surprise!
    # Do you want to go visit him?"
    r"|(?: is| are|'s|'re) (?:supposed|meant|going|due|coming) to (?:visit|come (?:over|round|"
    r"and see (?:me|us)|to see (?:me|us)))(?! (?:him|her|them|his|her|their)\b))\b"
    # "My grandson Tom is coming on Sunday, he's twelve." (Walter, 78) got "That's great news!
    # What do you think about Tom?". Only family: "My exam is coming on Monday."
    r"|\b((?i:(?:my|our) (?:" + REL + r"|grandkids|grandchildren|kids|children)))"
    r"(?: (?-i:[A-Z][a-z]+))?"
    r"(?i: (?:is|are) coming(?: over| round| home| up| down| to stay)? (?:on (?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day|this (?:weekend|week)|next (?:week|weekend)|tomorrow|at the "
    r"weekend)\b(?=\s*(?:[.!,]|$|and (?:i|we)\b|(?:he|she)'s\b)))")  # not "...to take my keys"


def _while_here(user_text: str) -> str:
    found = _VISITING.search(user_text)
    they = THEY[them_of(found.group(1) or found.group(2), names=False) if found else "them"]
    return f"What are you hoping to do while {they_are(they)} here?"


VISITING = Steer(_VISITING, "Someone they love is coming to visit: be glad with them, ask what "
                 "they will do together.", ("Oh, how lovely{name}!",), question_only=False,
                 calm_only=True, ask=_while_here, whole=lambda user_text: True)
# "My sister is getting married in the summer." (Amina) got "That's great news!", and no more.
_MARRYING = re.compile(
    _NO_QUESTION + r"\b((?i:(?:my|our) (?:\w+ )?\w+)|(?!(?:It|This|That|There|I|We)\b)[A-Z][a-z]+)"
    r"(?i:(?: is| are|'s|'re) (?:getting married|tying the knot))\b")


def _wedding_part(user_text: str) -> str:
    found = _MARRYING.search(user_text)
    them = them_of(found.group(1)) if found else "them"
    return f"How exciting for {them}! Are you part of the wedding?"


FAMILY_WEDDING = Steer(_MARRYING, "Someone close is getting married: be glad, ask if they are "
                       "part of it.", ("Oh, that's lovely news{name}.",), question_only=False,
                       calm_only=True, ask=_wedding_part, whole=lambda user_text: True)
