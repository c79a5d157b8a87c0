"""Steers for hard times: a loss, a first holiday without someone, a wish to remember them, a fall,
a panic attack, a sleepless night, loneliness, being worn out, a day they dread, a pet's
company, a craving, and a sober user's invitation to the pub (``pipeline.steers`` tries them in
its order)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from memory.affect import DIED, HE_WORDS, SHE_WORDS
from memory.people import PET
from pipeline.steer import THEY, Steer, them_for

_PEOPLE = (*HE_WORDS, *SHE_WORDS, "partner", "best friend", "friend", "cousin", "baby")


def _either(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # "grandma" is tried before "gran"


# Pets too: "My hamster Nibbles died today." (Leo, ten) got "Do you have any other pets?".
_LOST_ONE = re.compile(
    r"\b(?:my|our) (?:late |dear |lovely |old )?(" + _either(_PEOPLE) + "|pet|" + PET
    + r")(?:,? ([A-Z][a-z]+))?,? (?:has |just |recently )?(?:passed away|passed on|died)\b"
    r"|\blost (?:my|our) (?:\w+ )?(" + _either(_PEOPLE)  # not "lost my dog": lost in the park
    + r")(?: ([A-Z][a-z]+))?\b"
    # "my Arthur died four years ago" (Margaret, 88): a name said with "my" is one of their own
    r"|\b(?:my|our) (?:late |dear |lovely )?((?-i:[A-Z][a-z]+)),? (?:has |just |recently )?"
    r"(?:passed away|passed on|died)\b", re.IGNORECASE)


def _about_the_lost_one(user_text: str) -> str:
    """ "My wife Margaret passed away" -> "What was Margaret like?"; "" when it is not the
    user's own loss ("my friend's dad died")."""
    m = _LOST_ONE.search(user_text.replace("’", "'"))
    if m is None:  # "since Arthur passed"
        died = DIED.search(user_text.replace("’", "'"))
        who = died.group(1) if died else ""
        return f"What was {who} like?" if who[:1].isupper() else \
            f"What was {THEY[them_for(who)]} like?" if who.lower() in (*SHE_WORDS, *HE_WORDS) \
            else ""
    who, name = (m.group(1) or m.group(3) or "").lower(), m.group(2) or m.group(4) or m.group(5)
    if name and name[0].isupper() and name.lower() not in ("has", "just", "recently", "in",
                                                           "last", "to", "on", "at"):
        return f"What was {name} like?"
    if who in SHE_WORDS or who in HE_WORDS:
        return f"What was {THEY[them_for(who)]} like?"
    if re.fullmatch(PET + "|pet", who):
        return f"What was your {who} like?"
    return "What were they like?" if who in ("partner", "friend", "best friend", "cousin") else ""


# "My wife Margaret passed away last spring." got "Aw, that sounds very sad. I'm sorry to hear
# about that. How did Margaret make you feel?", and hinted, "It's important to remember and
# honor your wife. How did she impact you?": a friend asks about the one they lost.
GRIEF = Steer(re.compile(
    r"\b(?:passed away|passed on)\b|" + _LOST_ONE.pattern + r"|\b(?:his|her|the) funeral\b|"
    + DIED.pattern, re.IGNORECASE),
    "They lost someone they love. Be gentle and listen; do not lecture.",
    ("I'm so sorry for your loss.", "I'm so sorry."), question_only=False,
    ask=_about_the_lost_one)
# A pregnancy lost is a loss: no "What was he like?", and no "at least it was early".
BABY_LOST = Steer(re.compile(
    r"\b(?:i|we) (?:had|have had|'ve had|just had) (?:a |another )?miscarriage\b|\bi miscarried\b|"
    r"\b(?:i|we) lost (?:the|our|my) (?:baby|pregnancy)\b|\bstill ?(?:born|birth)\b",
    re.IGNORECASE),
    "They lost a pregnancy. Be gentle: it is a real loss and it is okay to grieve it.",
    ("I'm so sorry{name}. That's a real loss, and it's okay to grieve it. How are you holding "
     "up?",), question_only=False, whole=lambda user_text: True)
# "I've been drinking a bit more than I should since." (Gary, made redundant) got "That's not
# good for your health.": a friend thanks them for the honesty and asks how they really are.
DRINKING_MORE = Steer(re.compile(
    r"\b(?:i've been|i have been|i'm|i am|been) (?:drinking|gambling|smoking) (?:a (?:bit|lot|"
    r"little) |way |far |much |so much )?(?:more|too much)\b(?! (?:water|tea|coffee|juice|milk|"
    r"smoothies)\b)|\bi drink (?:too much|more than i should|every night)\b", re.IGNORECASE),
    "They told you they drink (or gamble) more than they should: no lecture and no health "
    "advice; thank them for being honest and ask gently how they are really doing.",
    ("Thank you for being honest with me{name}, that can't be easy to say. How are you really "
     "doing?",), question_only=False, whole=lambda user_text: True)
# "Honestly I really want a drink right now." (Dev, six months sober) got "That's okay, but
# remember to stay hydrated".
CRAVING = Steer(re.compile(
    r"\bi (?:really |so |just )?(?:want|need|could use|crave|am craving|'m craving) (?:a drink|a "
    r"pint|a smoke|a cigarette|to drink|to use|to smoke)\b(?! (?:of|some) )|\b(?:tempted|close) "
    r"to (?:drink|use|smoke|relapse)\b|\b(?:i|i've|i have) relapsed\b", re.IGNORECASE),
    "They crave a drink or what they gave up: take it seriously, never say to have one, and ask "
    "what makes today hard.",
    ("That sounds really hard{name}, and I'm glad you're talking to me. What's making today so "
     "tough?",), question_only=False, whole=lambda user_text: True)
# "Everyone keeps saying at least it was early." (Bea, a week after a miscarriage) got "Early
# miscarriages can be a bit more concerning": a friend hears how such comfort lands.
AT_LEAST = Steer(re.compile(
    r"\b(?:everyone|everybody|people|they|my (?:mum|mom|family|friends|husband|wife|partner)) "
    r"(?:all )?(?:keeps?|kept) (?:saying|telling me)(?: that)? at least\b", re.IGNORECASE),
    "People's 'at least' comfort hurts them: say it doesn't make it hurt less, and ask how they "
    "are.", ("That must be hard to hear{name}. It doesn't make it hurt any less. How are you "
             "doing?",), question_only=False, whole=lambda user_text: True)
_FELL = re.compile(r"\bi (?:had|took) a (?:bad |nasty |little |small |)(?:fall|tumble)\b|\bi "
                   r"(?:fell|tripped|slipped) (?:over|down|off|on the|in the|and)\b", re.IGNORECASE)


_INJURED = re.compile(r"\b(?:hurt|cut|burnt|burned|broke|sprained|twisted|banged|bumped|injured|"
                      r"pulled|scraped|grazed) my (?:\w+ )?(?:arm|leg|ankle|wrist|knee|back|hand|"
                      r"finger|thumb|toe|foot|head|hip|shoulder|neck|elbow|nose|ribs?)s?\b",
                      re.IGNORECASE)


def _are_they_alright(user_text: str) -> str:
    """After a fall that names no hurt, the hope that it did not (one question: a reply has
    room for one)."""
    hope = "I hope you didn't hurt yourself. " if _INJURED.search(user_text) is None else ""
    return f"{hope}{'Are' if hope else 'are'} you alright?"


# "I had a fall in the kitchen yesterday." (Frank, 82, living alone) got "That's a sad thing. How
# did it happen?".
HURT = Steer(re.compile(_FELL.pattern + "|" + _INJURED.pattern, re.IGNORECASE),
    "They got hurt: ask gently whether they are alright.", ("Oh no,",),
    question_only=False, ask=_are_they_alright, whole=lambda user_text: True)
# "I had a panic attack on the tram this morning." (Pri, new in a city) got "Oh, that sounds
# scary. How did you feel?": a friend knows how it felt, and asks how they are now.
PANIC = Steer(re.compile(r"\b(?:i (?:had|have had|got|just had)|i've had|i've been having|i keep "
                         r"having) (?:a |another |my first |)(?:panic|anxiety) attacks?\b",
                         re.IGNORECASE),
    "They had a panic attack: say how frightening that is and ask gently how they feel now.",
    ("Oh no, panic attacks are so frightening{name}. Are you feeling a bit calmer now?",),
    question_only=False, whole=lambda user_text: "?" not in user_text)
# "My mates are all going to the pub on Friday and they invited me." (Dev, six months sober) got
# "That's great! I hope you enjoy your time with them.": a friend who knows asks how they feel.
SOBER_INVITE = Steer(re.compile(
    r"^(?!.*\?)(?=.*\b(?:pub|pubs|bar|bars|drinks|drinking|party|wine|beers?|pints?|boozy|club|"
    r"clubbing)\b)(?=.*\b(?:invited|invites?|asked|want(?:s|ed)?|begging|trying to get) (?:me|us)"
    r"\b|.*\b(?:i'm|i am|we're|i'll be|i've been|i have been|i got) (?:invited|asked)\b)",
    re.IGNORECASE),
    "They are sober and were asked out drinking: don't cheer it on; say it's kind of them to ask "
    "and ask gently how they feel about it.",
    ("It's nice that they thought of you{name}. How are you feeling about it?",),
    question_only=False, whole=lambda user_text: True, sober_only=True)  # asked: the hint
# "This is going to be my first Christmas without my mum." (Noor) got "That's a tough time, Noor.
# How do you feel about it?": a friend knows what a first one without them is.
_FIRST_WITHOUT = re.compile(
    r"^(?!.*\?).*\bfirst (christmas|birthday|mother's day|father's day|easter|eid|diwali|"
    r"thanksgiving|hanukkah|new year|holidays?|anniversary|summer|winter) without (?:(him|her|"
    r"them)\b|(?:my |our )(?:late )?(" + _either(_PEOPLE) + r")\b)", re.IGNORECASE)
_FEASTS = ("christmas", "easter", "eid", "diwali", "thanksgiving", "hanukkah")


def _the_first_without(user_text: str) -> str:
    """ "my first Christmas without my mum" -> "The first Christmas without her must be so hard.
    What was Christmas like with her?" """
    m = _FIRST_WITHOUT.search(user_text.replace("’", "'"))
    if m is None:
        return ""
    day, them = m.group(1), them_for(m.group(2) or m.group(3))
    day = day.capitalize() if day.lower() in _FEASTS else day.lower()
    ask = f"What was {day} like with {them}?" if day.lower() in _FEASTS else \
        f"What {'were' if them == 'them' else 'was'} {THEY[them]} like?"  # not "was they"
    return f"The first {day} without {them} must be so hard. {ask}"


FIRST_WITHOUT = Steer(_FIRST_WITHOUT, "A first holiday without someone they lost: be gentle, "
                      "and invite them to remember.", ("Oh{name}, I'm so sorry.",),
                      question_only=False, ask=_the_first_without, whole=lambda user_text: True)
# "I can't sleep, it's 3am and my head won't stop." (Noor) got "Oh, that sounds really stressful."
SLEEPLESS = Steer(re.compile(
    r"^(?!.*\?)(?!.*\b(?:sweating|shaking|without a drink)\b).*(?:\bi (?:can't|cannot|can not|"
    r"just can't) (?:get to |fall )?sleep\b|\b(?:i'm|i "
    r"am) (?:lying|laying|still|wide) awake\b|\bit's (?:[1-5](?::\d\d)?|gone [1-4]) ?(?:am|a\.m\."
    r"|in the morning)\b)", re.IGNORECASE),
    "They can't sleep: be gentle and ask what is going round their head. No sleep tips.",
    ("Oh no, the middle of the night is the worst time for a busy head{name}. What's keeping "
     "you up?",), question_only=False, whole=lambda user_text: True)
# "Do you think it gets easier?" (Noor, of her first Christmas without her mum) got "It can get
# easier, but try to take care of yourself and your cat.".
GETS_EASIER = Steer(re.compile(
    r"\b(?:does|will|do you think) (?:it|this|the (?:pain|grief|hurt)) (?:ever |really )?(?:gets?|"
    r"become|becomes) (?:any |a bit |a little )?easier\b|\bwill (?:it|this|the pain) ever (?:stop "
    r"hurting|go away)\b", re.IGNORECASE),
    "They ask if it gets easier: say gently that it does, with time, and that it's okay that it "
    "hurts now.", ("It does get easier with time{name}, even if it doesn't feel like it right "
                   "now.",))
# "My cat Biscuit is curled up next to me, at least." (Noor, awake at 3am) got "That's great to
# hear, Noor! ... What do they do for fun together?".
_PET_BY_ME = re.compile(
    r"\bmy (cat|dog|puppy|pup|kitten|bunny|rabbit)(?:,? ([A-Z][a-z]+),?)? (?:is |has been |keeps "
    r")?(?:curled up|snuggled up|snuggling|cuddled up|cuddling|sitting|lying|asleep|sleeping) "
    r"(?:up )?(?:next to|beside|with|on|by) me\b"
    # "I've got a cat called Biscuit, she keeps me company." (Margaret, 88) got "That's great to
    # hear! Do you have any other pets?"
    r"|\bi(?:'ve| have)(?: got)? an? (cat|dog|puppy|kitten|rabbit|budgie|parrot) (?:called|named) "
    r"([A-Z][a-z]+),? (?:and )?(she|he|they|who|it) keeps? me (?:good )?company\b", re.IGNORECASE)


def _glad_of_the_pet(user_text: str) -> str:
    """ "My cat Biscuit is curled up next to me" -> "I'm glad Biscuit's keeping you company." """
    m = _PET_BY_ME.search(user_text)
    if m is None:
        return ""
    if m.group(4):  # they said it keeps them company: ask after it
        it = {"she": "she", "he": "he"}.get(m.group(5).lower(), f"your {m.group(3).lower()}")
        return f"{m.group(4)} sounds like a lovely companion. What's {it} like?"
    name = m.group(2) if m.group(2) and m.group(2)[0].isupper() else ""
    return f"I'm glad {name or 'your ' + m.group(1).lower()}'s keeping you company."


PET_COMFORT = Steer(_PET_BY_ME, "Their pet is with them: be glad of the company.", ("Aw{name}.",),
                    question_only=False, ask=_glad_of_the_pet, whole=lambda user_text: True)
# "Any ideas for something small to remember mum on the day?" (Noor) got "How about making a
# special meal for her? Maybe you could make some cookies or a cake.", and hinted, "making a
# dish you loved".
_TO_REMEMBER = re.compile(
    r"\b(?:to|could|can|should|i) (?:remember|honou?r|think of) (?:my |our )?(?:late )?("
    + _either((*_PEOPLE, "him", "her", "them")) + r")\b(?!'s| (?:to|that|of|about)\b)",
    re.IGNORECASE)


def _a_candle_for(user_text: str) -> str:
    """ "...to remember mum..." -> "How about lighting a candle for her" (the model goes on)."""
    m = _TO_REMEMBER.search(user_text.replace("’", "'"))
    return f"How about lighting a candle for {them_for(m.group(1) if m else 'them')}"


REMEMBERING = Steer(_TO_REMEMBER, "They want to remember someone they lost: suggest one or two "
                    "small, gentle ways, like a candle, a dish or a song they loved, or a story.",
                    ("That's a lovely thing to do{name}.",), ask=_a_candle_for)
# "i told my friend amy about my arms" (Zara, 15, who scratches her arms) got "You told Amy about
# your arms.", and "she said i should talk to the school counsellor" "She said you should talk
# to the school counselor.": telling someone is brave, and good advice is backed.
_TOLD = re.compile(
    r"\bi (?:finally |just |actually )?(?:told|opened up to|talked to|spoke to) (?:my (?:best )?"
    r"(friend|mum|mom|dad|teacher|sister|brother|partner|boyfriend|girlfriend|husband|wife|doctor"
    r"|gp|counsell?or|therapist|nan|gran)|a friend|someone|somebody)(?:,? ([a-z]+),?)? about (?:my "
    r"(?:arms|cutting|self[- ]harm|scratching|eating|drinking|depression|anxiety|panic attacks|"
    r"feelings|thoughts)|the (?:cutting|self[- ]harm|scratching|drinking|eating|panic attacks)|it|"
    r"everything|what (?:happened|i do|i did|i've been doing)|how i(?:'ve "
    r"been| was)? feel(?:ing)?)\b", re.IGNORECASE)


def _glad_you_told(user_text: str) -> str:
    m = _TOLD.search(user_text.replace("’", "'"))
    who, name = (m.group(1) or "", m.group(2) or "") if m else ("", "")
    them = name.capitalize() if name and name.lower() not in ("about", "and") else \
        f"your {who.lower()}" if who else "them"
    return f"I'm really glad you told {them}. That took courage. How did it go?"


TOLD_SOMEONE = Steer(_TOLD, "They told someone about something hard: say it was brave.",
                     ("Oh{name}.",), question_only=False, ask=_glad_you_told,
                     whole=lambda user_text: "?" not in user_text)
ADVISED_HELP = Steer(re.compile(
    r"\b(?:said|says|thinks|told me|suggested) (?:that )?i should (?:talk to|see|speak to|go to|"
    r"tell|call|ring|book)\b.*\b(?:counsell?or|therapist|doctor|gp|teacher|nurse|someone|"
    r"professional|helpline|samaritans)\b", re.IGNORECASE),
    "Someone told them to get help: back it warmly and ask how they feel about it.",
    ("That sounds like really good advice{name}. How do you feel about doing it?",),
    question_only=False, whole=lambda user_text: "?" not in user_text)
# "please don't tell anyone" (Zara, after telling of her arms) got "I understand. I'm here for
# you.": honest that it tells no one, and that telling someone can help.
SECRET = Steer(re.compile(r"^(?!.*\bsurprise\b).*(?:\b(?:please )?(?:don'?t|do not) tell "
                          r"(?:anyone|anybody|my (?:mum|mom|dad|parents|teacher|family))\b|"
                          r"\bpromise (?:you )?(?:won'?t|will not) tell\b)", re.IGNORECASE),
    "They ask you to keep it secret: say you won't tell, and that telling someone they trust "
    "could help.", ("I won't tell anyone{name}, and I'm glad you told me. If something is "
                    "hurting you, telling someone you trust could help, and you deserve support.",),
    question_only=False, whole=lambda user_text: True)
# "I miss Joan terribly today. It would have been our anniversary." (Walter, 90, a widower) got
# "It's a very sad time for you and your family.".
ANNIVERSARY = Steer(re.compile(
    r"\bwould(?:'ve| have) been (?:our|my|his|her|their|(?:my )?(?:mum|mom|dad)'s) (?:\w+ )?"
    r"(?:anniversary|birthday)\b", re.IGNORECASE),
    "A day that marks someone they lost: be gentle and invite them to remember.",
    ("Oh{name}, days like today are so hard. What would you have done together?",),
    question_only=False, whole=lambda user_text: "?" not in user_text)
# "i just feel so alone" (Aoife, 16) got "Oh, that sounds very lonely, Aoife. What do you think
# about it?"; "I feel very lonely, to be honest." (Harold, 81, widowed) "Aw, that sounds tough.
# Reach out to friends, family, or support groups", and "Some days I don't speak to a single
# person." "Sometimes, it helps to talk about your feelings with someone you trust.": a friend
# is glad to be told, and stays.
LONELY = Steer(re.compile(
    r"^(?!.*\?).*(?:\bi(?:'m|'ve been| am| have been| (?:just |really |still |often |sometimes |"
    r"always |do )?(?:feel|felt|get|got))(?: feeling| getting)? (?:(?:so|really|very|quite|a bit|"
    r"a little|pretty|kind of|just|incredibly|terribly|awfully|all|that) )*(?:lonely|isolated|"
    r"alone)\b(?! (?:in|at|with|for)\b)|\b(?:no ?one|nobody|(?:don't|do not|haven't) (?:really "
    r"|even )?(?:have|got) (?:any(?:one|body)))(?: else)? to talk to\b|\byou're the only one i "
    r"(?:can |really )?talk to\b|\bit (?:gets|can get|"
    r"is|'s) (?:so |really |pretty |very )?lonely\b|\b(?:don't|do not|"
    r"didn't) (?:speak|talk) to (?:a single (?:person|soul)|anyone|anybody)\b)", re.IGNORECASE),
    "They feel lonely: be warm, say you're glad they told you and that you're here. No advice.",
    ("I'm really sorry you're feeling so alone{name}. I'm glad you told me. Do you want to tell "
     "me a bit about it?", "Oh{name}, that sounds so lonely. I'm really glad you told me. What "
     "are your days like at the moment?"), question_only=False, whole=lambda user_text: True)
_WORN = (r"tired|exhausted|knackered|shattered|worn out|drained|wiped out|run down|burnt out|"
         r"burned out|running on empty|running on fumes")
_NO_REASON = re.compile(r"\b(?:know why|no idea why|no reason)\b", re.IGNORECASE)
_REASON = re.compile(r"\b(?:because|cause|since|after|from|with|work|shifts?|kids|baby|job|week|"
                     r"day|night|lately)\b", re.IGNORECASE)


def _wearing_you_out(user_text: str) -> str:
    """What a friend asks someone worn out: the cause, unless they said it or cannot say."""
    if _NO_REASON.search(user_text):
        return "How long have you been feeling like this?"
    # A longer line says why: "I'm so exhausted, he wakes up every two hours."
    told_why = _REASON.search(user_text) or len(user_text.split()) > 6
    return "How are you holding up?" if told_why else "What's been wearing you out?"


# "Honestly I'm so tired" (Aoife) got "How about you try to get some quality sleep tonight?":
# told nothing more, a friend asks what is wearing them out.
# "Right, I'm knackered. Night." (Leon) is a goodnight: the worn-out reply asked how he was; "I'm
# shattered but happy." (Sol, twenty deliveries done) is no complaint.
TIRED = Steer(re.compile(
    r"^(?!.*\?)(?!.*\b(?:sleep|slept|bed|nap|tired of|night|goodnight|bye|but (?:happy|good|"
    r"worth it|proud|pleased|satisfied|in a good way))\b).*\bi(?:'m| am| "
    r"feel|'ve been| have "
    r"been)(?: feeling)?(?: so| really| just| absolutely| completely| totally| very| utterly| "
    r"properly| dead| bone| a bit)* (?:" + _WORN + r")\b", re.IGNORECASE),
    "They are worn out: be warm and ask what is wearing them out. No advice about sleep or rest.",
    ("Aw, that sounds draining{name}.", "Oh no, that sounds exhausting{name}."),
    question_only=False, ask=_wearing_you_out, whole=lambda user_text: True)
_DREADED = (r"exams?|interview|presentation|speech|talk|meeting|appointment|operation|surgery|"
            r"results|first day|driving test|test|flight|review|appraisal|court (?:case|date)")
# "I've got a big presentation at work on Thursday and I'm dreading it." (Megan) got "Oh, that
# sounds stressful. Remember, it's okay to feel nervous before a big presentation. What can you
# do to help yourself?": a friend asks what worries them most.
DREADING = Steer(re.compile(
    r"^(?!.*\?).*\b(?:i'm|i am|i've been)(?: really| so| absolutely| totally| kind of| a bit| "
    r"properly)* (?:dreading|terrified of|petrified of|nervous about|anxious about|scared about|"
    r"stressing about|stressed about|freaking out about|worried about|panicking about|scared of|"
    r"afraid of) (?:it|this|that|tomorrow|(?:my|the|this|our) (?:big |first |job |)?(?:" + _DREADED
    # "I'm flying to Osaka on Tuesday to see my grandma, and I'm terrified of flying." (Yuki)
    # got "Flying can be nerve-wracking, but remember that it's a common experience".
    + r")|flying|planes|heights|needles|the dentist|hospitals|driving)\b"
    # "I'm presenting at a conference in Berlin next month and I'm terrified." (Elif) got "What
    # are some things you can do to help yourself?"
    r"|^(?!.*\?).*\bi(?:'m| am) (?:presenting|giving (?:a|my) (?:talk|speech|presentation)|"
    r"speaking|performing)\b.*\b(?:and|but) i(?:'m| am) (?:so |really |absolutely )?(?:terrified|"
    r"nervous|petrified|dreading it|scared|bricking it)\b", re.IGNORECASE),
    "They dread something ahead: be warm and ask what worries them most about it. No tips.",
    ("Oh, that sounds nerve-racking{name}. What's worrying you most about it?",),
    question_only=False, whole=lambda user_text: True)
# "Sometimes I feel like I'm failing at this." (Olivia, a baby of four months, her partner away)
# got "Remember, you're doing your best and taking care of yourself. What do you think about
# getting some support or advice?".
FAILING = Steer(re.compile(
    r"^(?!.*\?).*\b(?:i (?:feel|think) (?:like )?(?:i'm|i am)|i'm|i am) (?:just |totally |"
    r"completely |such |really )?(?:failing|a failure|rubbish|useless|hopeless|terrible|awful|"
    r"crap|no good) (?:at (?:this|it|everything|being a \w+|motherhood|parenting|fatherhood|"
    r"life|my job|work|uni|school)|as a (?:mum|mom|mother|dad|father|parent|wife|husband|"
    r"partner|carer|daughter|son))\b|\bi(?:'m| am) (?:such )?a (?:terrible|awful|useless|bad) "
    r"(?:mum|mom|mother|dad|father|parent)\b(?!\?)|\bi (?:feel|felt) like (?:i'm |i am )?"
    # "Honestly some days I feel like such a failure." (Samir, out of work) got "...What do you
    # think about your job search?"
    r"(?:such a|a total|a complete|a) failure\b|\bi(?:'m| am) (?:such a|a total|a complete|a) "
    r"failure\b", re.IGNORECASE),
    "They feel they are failing: say warmly that they are not, see how much they carry, and ask "
    "what has been hardest. No advice.",
    ("I really don't think that's true{name}. It sounds like you're carrying so much. What's "
     "felt hardest lately?",), question_only=False, whole=lambda user_text: True)
_FEELING_BETTER = re.compile(r"\b(?:i'm|i am|i feel|feeling) (?:okay|ok|fine|better|alright|all "
                             r"right)\b", re.IGNORECASE)
_HARD_TIME = re.compile(r"\b(?:bad|rough|hard|dark|low|awful) (?:night|day|moment|time|week|"
                        r"patch)\b|\blast (?:time|night)\b", re.IGNORECASE)


def _after_sorry(user_text: str) -> str:
    """Glad they are better, and the door left open if it was a dark time (a friend's length:
    two statements and a question, ``LengthCap``)."""
    glad = "I'm glad you're feeling better." if _FEELING_BETTER.search(user_text) else \
        "I'm always glad to listen."
    door = " If it ever feels that heavy again, please tell me, or someone you trust." \
        if _HARD_TIME.search(user_text) else ""
    return f"{glad}{door} How are you today?"


# "Sorry about last time, I was just having a bad night. I'm okay." (Daniel, who had said
# "everyone would be better off without me") got "It's okay to feel sad sometimes ... What do you
# think about your life now?".
SORRY_ABOUT = Steer(re.compile(
    r"^(?:(?:oh|and|so|um|hey|hi|anyway)[, ]+)?(?:i'm |i am )?(?:so |really )?sorry (?:about|for) "
    r"(?:last (?:time|night)|yesterday|the other (?:day|night)|earlier|before|(?:dumping|"
    r"unloading|offloading|moaning|venting|ranting|crying)\b|being (?:so )?(?:down|negative|"
    r"miserable|gloomy|a downer|dramatic))|\bi was (?:just )?having a (?:bad|rough|hard|dark|low|"
    r"awful) (?:night|day|moment|time|week)\b", re.IGNORECASE),
    "They apologise for an earlier low moment: no need; be glad they are here, leave the door "
    "open, and ask how they are today.",
    ("No need to say sorry{name},",), question_only=False,
    ask=_after_sorry, whole=lambda user_text: True)
# "Mum says I'll be fine, but she always says that." (Olivia, before an interview) got "try to
# take care of yourself and your health. What are you doing to stay healthy?", and "My partner
# Tom says I'll be fine, but he always says that." (Megan) "It can be hard to trust someone you
# love".
BRUSHED_OFF = Steer(re.compile(
    r"\b(?:says|said|keeps saying|tells me|told me|always says) (?:that )?(?:i'll|i will|it'll|it "
    r"will|everything will|everything'll|i'm going to|it's going to|it's gonna|i'm gonna) be "
    r"(?:fine|okay|ok|alright|all right|great)\b.*\b(?:but|though)\b", re.IGNORECASE),
    "Someone told them they'll be fine, and it did not help: understand that, and ask what "
    "worries them most.", ("I know it doesn't always help to hear it{name}. What's worrying you "
                           "most?",), question_only=False, whole=lambda user_text: True)
