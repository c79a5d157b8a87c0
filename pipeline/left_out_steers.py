"""Steers for a young person shut out by friends: a bad day at school, a group that goes quiet
or makes a new chat without them, and the "I don't care... actually I kind of do" that follows
(``pipeline.steers`` tries them among the first).

Each was a reply that went wrong with Jas (16, left out of a group chat): the 1.5B blamed her
("It sounds like you might have been the one who made everyone feel uncomfortable"), gave tech
tips ("check your chat history before joining new ones") and met her admitting it hurt with
"That's great to hear!"."""

from __future__ import annotations

import re

from pipeline.steer import NO_QUESTION, Steer

# "school was awful today" got "Oh no, that sounds really tough. How did it go?": it went badly.
BAD_DAY = Steer(re.compile(
    NO_QUESTION + r"\W*(?:(?:ugh|urgh|god|honestly|so|well)\W+)*(?:school|work|uni|college|class|"
    r"today|my day|the day|my shift)(?: today)? (?:was|has been|is) (?:so |really |absolutely |"
    r"just |pretty |such )?(?:awful|terrible|horrible|rubbish|crap|the worst|a nightmare|hell|"
    r"miserable|horrendous|dreadful)\b[^,;]*$", re.IGNORECASE),
    "Their day went badly: be sorry, and ask what happened. No advice.",
    ("Oh no{name}, I'm sorry.",), question_only=False,
    ask=lambda user_text: "What happened?", whole=lambda user_text: True)
# "everyone in my group chat went quiet when i joined", "i think they made a new chat without
# me": shut out, and never their fault.
LEFT_OUT = Steer(re.compile(
    NO_QUESTION + r".*(?:\b(?:went|go|goes|all went) (?:all |really |dead )?(?:quiet|silent) when "
    r"i (?:joined|came in|walked in|arrived|sat down|got there|came over|turned up)\b|\b(?:made|"
    r"started|created|set up|have|has|got) (?:a |another |their own |a whole )?(?:new |secret |"
    r"separate |other )?(?:group ?chat|chat|group|server)\b.*\bwithout me\b|\b(?:didn't|did not|"
    r"never) (?:invite|ask|tell) me\b.*\b(?:party|sleepover|hang ?out|birthday|drinks|night out|"
    r"meal|dinner|wedding)\b|"
    r"\b(?:they|everyone|everybody|my friends|the others|the (?:girls|boys|group|gang)|all of "
    r"them)(?: all)? (?:hung out|went out|went|met up)\b[^.!?]{0,40}\bwithout (?:me|inviting me|"
    r"asking me)\b)", re.IGNORECASE),
    "Friends shut them out: say how much that hurts and that it is not their fault. Never "
    "suggest they caused it, no tips.",
    ("Oh{name}, that really hurts. Being shut out like that is horrible, and you didn't deserve "
     "it. How are you feeling about it?",
     "That's so hurtful{name}. You didn't deserve to be left out like that. Do you want to talk "
     "about what happened?"), question_only=False, whole=lambda user_text: True)
# "actually i kind of do" (after "whatever. i dont even care") got "That's great to hear!".
STILL_CARE = Steer(re.compile(
    # not "Actually I do." (to "You don't like coffee?"): only with a "kind of", or "care" said
    r"^\W*(?:(?:but|ok|okay|well|yeah|tbh|honestly|i mean)\W+)*(?:actually,? i (?:kind of |kinda "
    r"|sort of |sorta )do|i (?:kind of |kinda |sort of |sorta |really |actually |do )*"
    r"care(?: (?:a bit|a lot|really|actually|though))?)(?: (?:care|though|tbh))?\W*$",
    re.IGNORECASE),
    "They admit something hurts after saying it didn't: say of course it matters to them, and "
    "ask gently what hurts most.", ("Of course you do{name}. It makes sense that it hurts.",),
    question_only=False, ask=lambda user_text: "What's the hardest part?",
    whole=lambda user_text: True)
# "whatever. i dont even care" (Jas, of the chat made without her) got "It's okay if you don't feel
# like talking about it right now.": a friend hears that it stings.
DONT_CARE = Steer(re.compile(
    # not a bare "I don't care." (which one? tea or coffee?)
    r"^(?=.*\b(?:whatever|ugh|meh|honestly|even|anyway|anymore)\b)"
    r"\W*(?:(?:whatever|ugh|meh|fine|honestly|so|anyway)\W+)*i (?:don't|dont|do not) (?:even |"
    r"really |actually )*care(?: (?:anyway|anymore|tbh|really))?\W*$", re.IGNORECASE),
    "They say they don't care about something that hurt: gently say it would be okay if it "
    "stung, and ask if they are sure.", ("Are you sure{name}? It would make sense if it stung "
                                        "a bit.",), question_only=False,
    whole=lambda user_text: True)
# "my flatmates are always going out drinking and I don't like drinking" (Wei, new in Glasgow)
# got "Fair enough, no drinking then. What's on your mind?": not a taste, a life that leaves them
# out (so pipeline.prompting's dislike opener steps aside for it).
NOT_MY_SCENE = Steer(re.compile(
    NO_QUESTION + r".*\b(?:flatmates|housemates|roommates|friends|everyone|everybody|they|"
    r"colleagues|classmates|the others)\b(?: \w+){0,3} (?:going out |go out |out )?(?:drinking|"
    r"partying|clubbing|to the pub|to bars|to parties)\b.*\bi (?:don't|dont|do not|can't|cannot|"
    r"never) (?:really )?(?:like|drink|enjoy|go)\b", re.IGNORECASE),
    "Everyone around them goes out drinking and they don't: say that can feel lonely, and ask "
    "what they enjoy instead. Never suggest drinking.",
    ("That can feel lonely{name}, when everyone else's plans aren't your thing.",),
    question_only=False, ask=lambda user_text: "What do you enjoy doing instead?",
    whole=lambda user_text: True)
# "my mum thinks im just being dramatic" got "It can be hard to feel like you're being dramatic
# sometimes": someone close waved the hurt away.
_SAYS_DRAMATIC = re.compile(
    NO_QUESTION + r".*\b(mum|mom|dad|parents|teachers?|friends|everyone|they|she|he) (?:just )?"
    r"(?:thinks?|says?|said|reckons?|keeps? saying)(?: that)? (?:i'm|im|i am|i was|i'm just|im "
    r"just) (?:just |being |so |too )*(?:dramatic|overreacting|over-reacting|attention seeking|"
    r"making (?:it|a fuss) up|making a fuss|too sensitive|a drama queen)\b", re.IGNORECASE)
_SUBJECT = {"mum": "she", "mom": "she", "she": "she", "dad": "he", "he": "he",
            "everyone": "everyone"}


def _when_said(user_text: str) -> str:
    found = _SAYS_DRAMATIC.search(user_text)
    who = _SUBJECT.get(found.group(1).lower(), "they") if found else "they"
    return f"How did it feel when {who} said that?"


CALLED_DRAMATIC = Steer(
    _SAYS_DRAMATIC, "Someone close waved their hurt away: say their feelings are real and make "
    "sense, be on their side, and ask how that felt. No advice.",
    ("Your feelings are real{name}, and they make sense. It's hard when someone close doesn't "
     "see that.",), question_only=False, ask=_when_said, whole=lambda user_text: True)

LEFT_OUT_MOMENTS = (BAD_DAY, LEFT_OUT, NOT_MY_SCENE, DONT_CARE, STILL_CARE, CALLED_DRAMATIC)
