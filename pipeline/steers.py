"""Steers: kinds of line the 1.5B answers badly on its own, each with a hint for the prompt and
the reply's first words, which the model goes on from (``Thinker._opener``).

Each steer names the reply that went wrong in a conversation with it; ``steer_for`` picks the
first that fits a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from memory.affect import HE_WORDS, SHE_WORDS
from pipeline.safety import SELF_BLAME as BLAMES_SELF


@dataclass(frozen=True)
class Steer:
    """A kind of line the 1.5B answers badly on its own: a hint for the prompt and the reply's
    first words, which the model goes on from."""

    pattern: re.Pattern[str]
    hint: str
    openers: tuple[str, ...]
    question_only: bool = True
    calm_only: bool = False  # a sad or anxious line gets its feeling's opener instead
    ask: Callable[[str], str] | None = None  # a question said after the opener, from the line
    # Given the line: is the opener the whole reply (the model is not asked)?
    whole: Callable[[str], bool] = lambda user_text: False
    needs_memory: bool = False  # the opener only with memories recalled: else it invents one

    def openers_for(self, user_text: str, name: str = "") -> tuple[str, ...]:
        """The openers, each with its question; "{name}" in one is ", Sam" or nothing."""
        question = self.ask(user_text) if self.ask else ""
        return tuple(f"{opener.format(name=f', {name}' if name else '')} {question}".strip()
                     for opener in self.openers)

    def fits(self, user_text: str, tone: str = "neutral") -> bool:
        if self.question_only and "?" not in user_text:
            return False
        if self.calm_only and tone not in ("neutral", "happy"):
            return False
        return self.pattern.search(user_text.replace("’", "'")) is not None


# "Do you get bored talking to an old man like me?" got "It's okay if you feel that way.
# Everyone is different"; a friend says "Not at all!" and means it.
REASSURANCE = Steer(re.compile(
    r"\b(?:do|does|would|will|don't) you (?:ever )?(?:get |find it |feel )?(?:bored|tired|sick|"
    r"fed up|annoyed)(?: of| with| by)? (?:me|talking|listening|chatting)\b|\bam i (?:boring|"
    r"annoying|bothering|bugging|burdening) you\b|\bam i (?:a bother|a burden to you|too much|"
    r"being annoying|being a pain)\b|\bdo you (?:mind|hate) (?:talking|chatting|listening)\b|"
    r"\bam i (?:an idiot|stupid|dumb|useless|hopeless|too old)\b|\bi(?:'m| am) (?:so|such an?) "
    r"(?:clumsy|stupid|dumb|idiot|useless|hopeless|forgetful|klutz)\b|\bsorry (?:for|about) "
    r"(?:rambling|going on|bothering you|being a bother|talking so much)\b", re.IGNORECASE),
    "They worry they bother you or put themselves down: reassure them warmly and sincerely, "
    "in a sentence or two.",
    ("Not at all!", "Oh, not at all!"), question_only=False)
# "Am I a bad person for yelling at my brother?" got "It's okay to yell": asked to judge, the
# 1.5B excuses whatever was done. A friend is kind and honest: one mistake makes no bad person,
# and it can be made right.
CONSCIENCE = Steer(re.compile(
    r"\b(?:am i|was i|does (?:that|it|this) make me|think i'm|think i am) (?:being |such )?"
    r"(?:a |an )?(?:(?:bad|terrible|horrible|awful|selfish|mean|evil|horrid) (?:person|human|"
    r"friend|mother|mom|mum|father|dad|parent|partner|wife|husband|boyfriend|girlfriend|son|"
    r"daughter|sister|brother)|selfish|mean|unfair|a jerk)\b"
    r"|\b(?:am i|was i) wrong (?:to|for)\b|\bwas (?:it|that) (?:wrong|bad|mean|selfish) (?:of "
    r"me|that i)\b|\bis it (?:wrong|bad) that i\b|\bdid i do (?:something )?wrong\b",
    re.IGNORECASE),
    "They ask if they did wrong. Be kind and honest: don't say it was fine, say one mistake "
    "doesn't make them a bad person, and suggest one way to make it right.",
    ("Feeling bad about it shows you care.", "The fact that you're asking says a lot."))
# "Do you think I'm doing enough for him?", from a wife caring for her husband with dementia, got
# "It's important to take care of your loved ones.": a friend sees how much they do.
SELF_DOUBT = Steer(re.compile(
    r"\b(?:am i|do you think i'm|do you think i am|i don't think i'm|i'm not sure i'm) (?:really )?"
    r"(?:doing (?:enough|the right thing|a good job|ok|okay|alright|right by)|a good (?:enough )?"
    r"(?:mum|mom|mother|dad|father|parent|wife|husband|partner|daughter|son|friend|carer|"
    r"grandma|grandmother|grandad|grandfather|teacher|boss))\b", re.IGNORECASE),
    "They doubt themselves: tell them warmly and sincerely what they are clearly doing well, "
    "from what they told you. Do not lecture.",
    ("You clearly care so much.", "I can hear how much you care."), question_only=False)
# "I keep thinking it was my fault." (Bea, a week after a miscarriage) got "I don't think that's
# true... but remember that we all make mistakes": the model went on to agree.
SELF_BLAME = Steer(re.compile(BLAMES_SELF, re.IGNORECASE),
    "They blame themselves: never agree; be kind and ask what makes them feel so.",
    ("I don't think that's true, and I'm sorry it feels that way. What's making you blame "
     "yourself?",), question_only=False, whole=lambda user_text: True)
# "I worry I'm becoming a burden to my daughter." (George, a widower) got "What are you doing to
# help her?", after the disagreeing opener too: the whole reply is said without the model.
BURDEN = Steer(re.compile(
    r"\bi(?:'m| am) (?:becoming|turning into|getting to be|just|nothing but) (?:such )?a burden\b|"
    r"\bi (?:feel|felt) like (?:i'm |i am )?(?:such |just )?a burden\b", re.IGNORECASE),
    "They fear being a burden: reassure them warmly that they are not, and ask what makes them "
    "feel so.",
    ("I really don't think you are, and I'm sorry it feels that way. What's been making you "
     "feel like that?", "I'm sure you're not, and I'm sorry it feels that way. What's making "
     "you feel like that?"), question_only=False, whole=lambda user_text: True)
# "Do you think I'm going to fail?" (Chloe, after a panic attack, before her finals) got "It's
# possible, but don't worry.".
FEAR_OF_FAILING = Steer(re.compile(
    r"(?:\b(?:do you think|what if|am|will|i think|i'm sure|i just know) ?|^)i(?:'m| am|'ll| "
    r"will)? (?:going to |gonna )?(?:fail|flunk|mess (?:it |this )?up|blow (?:it|this)|screw "
    r"(?:it |this )?up|not pass|never pass)\b", re.IGNORECASE),
    "They fear failing: be warm and encouraging, from what they told you (the work they put in). "
    "Never say that failing is possible or likely.",
    ("I really don't think so.", "Honestly, I don't think you will."), question_only=False)
# "My wife used to make the best apple pie." got "That's great to hear!"
FOND_MEMORY = Steer(re.compile(
    r"\b(?:my|our) (?:late |dear |old )?(?:wife|husband|mum|mom|mother|dad|father|gran|grandma|"
    r"granny|grandad|grandpa|nan|nana|brother|sister|partner|friend|son|daughter) used to\b|"
    r"\bi remember when\b|\bback in the day\b|\bwhen i was (?:young|little|a kid|a boy|a girl|"
    r"a child)\b", re.IGNORECASE),
    "They share a fond memory: be warm, and gently ask them to tell you more about it.",
    ("That sounds like a lovely memory.", "What a lovely thing to remember."),
    question_only=False, calm_only=True)
_PEOPLE = (*HE_WORDS, *SHE_WORDS, "partner", "best friend", "friend", "cousin", "baby")


def _either(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # "grandma" is tried before "gran"


_LOST_ONE = re.compile(
    r"\b(?:my|our) (?:late |dear |lovely |old )?(" + _either((*_PEOPLE, "dog", "cat", "pet"))
    + r")(?:,? ([A-Z][a-z]+))?,? (?:has |just |recently )?(?:passed away|passed on|died)\b"
    r"|\blost (?:my|our) (?:\w+ )?(" + _either(_PEOPLE)  # not "lost my dog": lost in the park
    + r")(?: ([A-Z][a-z]+))?\b", re.IGNORECASE)


def _about_the_lost_one(user_text: str) -> str:
    """ "My wife Margaret passed away" -> "What was Margaret like?"; "" when it is not the
    user's own loss ("my friend's dad died")."""
    m = _LOST_ONE.search(user_text.replace("’", "'"))
    if m is None:
        return ""
    who, name = (m.group(1) or m.group(3)).lower(), m.group(2) or m.group(4)
    if name and name[0].isupper() and name.lower() not in ("has", "just", "recently", "in",
                                                           "last", "to", "on", "at"):
        return f"What was {name} like?"
    if who in SHE_WORDS or who in HE_WORDS:
        return f"What was {'she' if who in SHE_WORDS else 'he'} like?"
    if who in ("dog", "cat", "pet"):
        return f"What was your {who} like?"
    return "What were they like?" if who in ("partner", "friend", "best friend", "cousin") else ""


# "Is it normal to feel scared all the time?" (Ruth, halfway through chemo) got "Aw, that sounds
# scary. How do you handle it?": asked, a friend says yes, it is.
_FELT = (r"scared|afraid|frightened|anxious|nervous|worried|sad|down|low|angry|upset|jealous|"
         r"lonely|numb|guilty|lost|overwhelmed|emotional|relieved|tired|exhausted|confused|empty|"
         r"this way|like this|like that|that way")
NORMAL_FEELING = Steer(re.compile(
    r"\bis (?:it|that|this) (?:normal|okay|ok|alright|natural|common|weird|strange|silly) (?:to|"
    r"that i|if i|for me to|i) (?:(?:still|sometimes|always|just|really|so) )?(?:feel|cry|miss|"
    r"be (?:so |this |really |still )?(?:" + _FELT + r")|get (?:so |really )?(?:" + _FELT + r")|"
    r"have (?:these|such|those|bad|dark|weird) (?:thoughts|feelings|dreams))\b|\bam i (?:normal|"
    r"weird|crazy|mad|silly) (?:to|for) (?:feel|feeling|crying|cry|missing|miss|being)\b",
    re.IGNORECASE),
    "They ask if what they feel is normal: say warmly that it is, why it makes sense, and ask "
    "gently about it.",
    ("It's completely normal to feel that way{name}.", "That's completely normal{name}."))
# "My wife Margaret passed away last spring." got "Aw, that sounds very sad. I'm sorry to hear
# about that. How did Margaret make you feel?", and hinted, "It's important to remember and
# honor your wife. How did she impact you?": a friend asks about the one they lost.
GRIEF = Steer(re.compile(
    r"\b(?:passed away|passed on)\b|" + _LOST_ONE.pattern + r"|\b(?:his|her|the) funeral\b",
    re.IGNORECASE),
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
# "What's your favourite colour?" got "As an AI language model, I don't have personal
# preferences or emotions": a friend plays along.
OWN_TASTE = Steer(re.compile(
    r"\bwhat(?:'s| is| are) your fav(?:ou?)?rites?\b|\bdo you have (?:a |any )?fav(?:ou?)?rites?\b"
    r"|\bwhat (?:kind of |sort of |type of )?\w+ do you (?:like|love|enjoy|prefer)\b|\bwhich \w+ "
    r"do you (?:like|prefer)\b", re.IGNORECASE),
    "They ask about your own tastes: answer playfully, like a friend, with one favourite of your "
    "own and why, then ask about theirs.",
    ("Ooh, good question!", "Oh, fun question!"))
# "Can you help me practise for my interview?" got a list of tips: a friend plays the part.
REHEARSAL = Steer(re.compile(
    r"\b(?:practi[cs]e|rehearse|prep|prepare|run through)\w* (?:\w+ ){0,2}(?:for )?(?:my|an|the|"
    r"a) (?:\w+ )?(?:job )?interview\b|\bmock interview\b|\binterview me\b", re.IGNORECASE),
    "They want to rehearse an interview: play the interviewer and ask one question at a time.",
    ("Of course! I'll be the interviewer. First question: tell me a little about yourself.",),
    question_only=False)
# "Can you help me start my speech?" got "Certainly! I can help you prepare for your speech. What
# would you like to talk about?", and with the user's name known, "Sure, Daniel can help you
# start your speech.": a friend just starts helping.
HELPING = Steer(re.compile(r"\b(?:can|could|would|will) you (?:please )?help me\b", re.IGNORECASE),
                "They ask for your help: help at once, like a friend, with one concrete first step "
                "or idea, in a sentence or two.", ("Of course!", "I'd love to!"))
# "I keep thinking I should have called him more." (after a funeral) got "It's okay to feel that
# way. Remember to be there for your loved ones": an echo of the guilt it was told.
# "I feel guilty that I don't visit more." (her mum has dementia) got "It's okay to feel guilty.
# ... Maybe we could plan some special time together soon?".
REGRET = Steer(re.compile(
    r"\bi (?:should|could)(?: have|'ve) (?:\w+ ){0,4}(?:more|sooner|earlier|better|there|before)\b|"
    r"\bi wish i(?:'d| had) (?:\w+ ){0,4}(?:more|sooner|earlier|there|told|said|called|visited|"
    r"seen)\b|\bif only i(?:'d| had)\b|\bi never got to (?:say|tell|see)\b|\bi (?:feel|felt) "
    r"(?:so |really |a bit |kind of |a little |terribly )?guilty\b", re.IGNORECASE),
    "They blame themselves: be gentle, say that it is natural to feel this way and that it shows "
    "how much they cared; never agree that they failed.",
    ("Please don't be too hard on yourself.", "Oh, please go easy on yourself."),
    question_only=False)
# "some kids at school keep making fun of me" got "Try to be kind and supportive of others, even
# if they make fun of you", and "they call me names" "Try to respect others and not use mean
# language. What can you do to make them feel better?": the bullied were told to do better.
# Who does it, for the ambiguous verbs: "it hit me how much I miss her" and "the baby kicked me"
# are no bullying.
_THEY = r"\b(?:they|kids|boys|girls|people|everyone|someone|he|she|guys|others)(?: \w+){0,3} "
BULLIED = Steer(re.compile(
    r"\b(?:making|make|makes|made) fun of me\b|\bbull(?:ies|ied|ying|y me)\b|\bpick(?:s|ing|ed)? "
    r"on me\b|\bcall(?:s|ed|ing)? me names\b|\bleave me out\b|\bleft me out\b|" + _THEY
    + r"(?:laugh(?:s|ed|ing)? at|push(?:es|ed)?|shove[sd]?|hit|hits|kick(?:s|ed)?|trip(?:s|ped)?) "
    r"me\b", re.IGNORECASE),
    "They are being treated cruelly: it is not their fault. Be on their side, never tell them to "
    "be kinder or change, and gently ask whether there is someone they trust they could tell.",
    ("That's not okay, and it's not your fault. Have you been able to tell anyone?",
     "I'm so sorry. Nobody deserves that. Is there someone you trust you could tell?"),
    question_only=False)
# "I'm organising the funeral and I don't know where to start." got "I'm so sorry for your loss.
# What are you thinking about?": lost in a task, one needs a first step.
FIRST_STEP = Steer(re.compile(r"\b(?:i (?:don't|do not) know|no idea) where to (?:start|begin)\b|"
                              r"\bwhere (?:do|should) i (?:even )?(?:start|begin)\b", re.I),
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
# "I'm allergic to nuts, so I have to be careful with food." got "That's a good reminder. Do you
# have any tips for avoiding allergic reactions?": a friend says they will remember (it is kept,
# and ruled out of every suggestion).
DIET_TOLD = Steer(re.compile(
    r"\bi(?:'m| am) (?:(?:really|very|severely|quite) )?allergic to\b|\bi(?:'m| am) (?:a |now "
    r"|)(?:vegetarian|vegan|pescatarian|coeliac|celiac)\b|\bi(?:'m| am) (?:gluten|lactose)[- ]"
    r"intolerant\b|\bi (?:don't|do not|can't|cannot) eat (?:meat|pork|beef|fish|dairy|gluten|"
    r"nuts|eggs)\b", re.IGNORECASE),
    "They told you what they cannot eat: say you will remember it.",
    ("Thanks for telling me{name}, I'll remember that.",), question_only=False,
    whole=lambda user_text: "?" not in user_text)
# "I'll be out all day, talk later." got "I'm glad you'll have time to think about your speech
# later.": a friend who is told goodbye says goodbye, by name, and wishes them well.
_LEAVING = (r"^(?![^\n]*\?)[^\n]*?(?<!say )(?<!said )\b(?:good ?bye|bye(?: bye| for now)?|"
            r"see (?:you|ya)|(?:talk|speak) (?:to you )?(?:later|soon|tomorrow)|catch you later|"
            r"(?:i've |i have |i )?got(?:ta| to) go|"
            r"i(?: have| need| must|'d better| better) (?:to )?go(?: now)?(?=\s*(?:[.!,]|$))|"
            r"i'm off|ttyl|cheerio|take care(?! of (?!yourself)))\b"
            r"(?! to\b)")
# "Right, I'll speak to you tomorrow." (Raj, just made redundant) got "Bye for now! Good luck with
# your new job and family.", and "Thank you for listening. Bye." "I hope you have a wonderful trip
# to Paris.": with nothing in the line to wish them well for, the model made it up from the notes.
_OFF_TO = re.compile(r"\b(?:off to|heading (?:to|out|off|into)|on my way to|leaving for|going "
                     r"(?:to|out|for|into)|(?:have|got) (?:a|an|my|to go to|to get to))\b(?! "
                     r"(?:try to )?(?:sleep|bed|go\b|get some sleep|speak|talk))", re.IGNORECASE)


def _nothing_to_wish_for(user_text: str) -> bool:
    """A goodbye or goodnight with no plan in it to wish them well for: the opener says it all."""
    return _OFF_TO.search(user_text) is None


# "Okay, I'm going to try to sleep. Night." ends with its goodnight.
GOODNIGHT = Steer(re.compile(r"\b(?:good ?night|night night|nighty night|nite)\b|(?:^|[.!,]\s*)"
                             r"night\b[.!]*\s*$|^night\b|\boff to (?:bed|sleep)\b", re.IGNORECASE),
                  "They are going to bed: wish them a good night in one short sentence. No "
                  "question.", ("Goodnight{name}! Sleep well.", "Night night{name}! Sleep well."),
                  question_only=False, whole=_nothing_to_wish_for)
FAREWELL = Steer(re.compile(_LEAVING, re.IGNORECASE),
                 "They are leaving: say goodbye warmly in one short sentence, wishing them well "
                 "with what they just said they are off to do, if anything. No question.",
                 ("Bye for now{name}!", "Talk soon{name}!"), question_only=False,
                 whole=_nothing_to_wish_for)
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
    r"\bdid i (?:ever )?(?:tell|mention to) you (?:what|where|when|who|how|which|why)\b",
    re.IGNORECASE),
    "They ask what they told you before: say it back from what they told you, in one sentence, "
    "as their life; if they did not tell you, say you don't remember.", ("You told me",),
    question_only=False, needs_memory=True)
STEERS = (  # the first that fits
          REASSURANCE, CONSCIENCE, BULLIED, REGRET, FIRST_STEP, SELF_DOUBT, SELF_BLAME, BURDEN,
          FEAR_OF_FAILING, NORMAL_FEELING, BABY_LOST, AT_LEAST, GRIEF, NOT_NOW, HURT, PANIC,
          CRAVING, DIET_TOLD, FOND_MEMORY, OWN_TASTE, REHEARSAL, HELPING, RECAP, TOLD_BEFORE,
          GOODNIGHT, FAREWELL)


def steer_for(user_text: str, tone: str = "neutral") -> Steer | None:
    """How to steer the reply to this line, if it is one of ``STEERS``."""
    return next((steer for steer in STEERS if steer.fits(user_text, tone)), None)

