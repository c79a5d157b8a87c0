"""Emotional attentiveness: the tone of the user's words -> reply style and speech prosody.

Pure functions on the transcript (no models, microseconds), so the pipeline can run them on the
final transcript before the prompt is built. Distress language (self-harm, suicide) always wins
and comes with a caring, safe response the pipeline should use instead of an ordinary reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from memory.people import PET

TONES = ("neutral", "happy", "sad", "tired", "anxious", "angry", "subdued", "distress")


@dataclass(frozen=True)
class Affect:
    tone: str  # one of TONES
    intensity: float  # 0..1
    style_hint: str  # one sentence for the system prompt ("" when neutral)
    speaking_rate: float  # multiplier on the persona's rate (piper length_scale = 1 / rate)
    sentence_pause_ms: int  # extra silence between sentences, beyond the voice's own
    distress: bool = False
    safe_response: str = ""  # what to say when ``distress``: caring, points to real help


_LEXICON: dict[str, tuple[str, ...]] = {
    "happy": ("happy", "glad", "great", "wonderful", "excited", "thrilled", "delighted",
              "amazing", "fantastic", "love it", "awesome", "proud", "good news", "yay",
              "celebrate", "passed", "got the job", "so good", "lovely", "relieved", "grateful",
              "can't wait", "cannot wait", "dying to", "looking forward",
              # "My scan came back clear!" (Ruth, after chemo); "I'm six months sober today."
              "came back clear", "all clear", "cancer free", "cancer-free", "in remission",
              "days sober", "weeks sober", "months sober", "years sober"),
    "sad": ("sad", "feel down", "feeling down", "felt down", "so down", "bit down", "pretty down",
            "been down", "really down", "depressed", "lonely", "alone", "miss her", "miss him",
            "miss my", "miss them",
            "crying", "cried", "heartbroken", "upset", "grief", "grieving", "died", "passed away",
            "lost my", "broke up", "hurts", "unhappy", "miserable", "empty", "awful day",
            # pain: "My knees have been hurting" got "It's important to talk to your doctor"
            "hurting", "in pain", "aching", "painful", "sore",
            "not talking to me", "isn't talking to me", "ignoring me", "left out",
            "no one to talk to", "stay strong", "trying to cope", "hold it together",
            "holding it together",
            # hurt by someone: "My boss yelled at me" got "It's important to seek support"
            "yelled at me", "shouted at me", "screamed at me", "laughed at me", "humiliated",
            "embarrassed", "made fun of me",
            # "some kids at school keep making fun of me" got "Try to be kind and respectful."
            "making fun of me", "make fun of me", "makes fun of me", "bullied", "bullying",
            "bully me", "picking on me", "pick on me", "picks on me", "call me names",
            "calls me names", "called me names", "laugh at me", "laughing at me", "left out",
            "always arguing", "always fighting", "keep arguing", "keep fighting",
            # a loved one fading: "Some days he doesn't know who I am." got "It's understandable
            # to feel confused or disoriented."
            "doesn't know who i am", "doesn't recognise me", "doesn't recognize me",
            "forgets who i am", "dementia", "alzheimer's", "bad night", "rough night",
            "hard night", "getting worse", "not doing well",
            # "She didn't recognise me last week." got "That's very disappointing".
            "didn't recognise me", "didn't recognize me", "didn't know who i was",
            "forgot who i was",
            # a job lost: "I got made redundant last month" got "That's a sad news."
            "made redundant", "laid off", "got fired", "got the sack", "been sacked",
            "got sacked", "let go from",
            # a secret kept: "My wife doesn't know how bad it is." got "That's understandable."
            "know how bad it is", "told everyone something",
            # a family coming apart: "my dad moved out yesterday" (a 17-year-old, his parents
            # divorcing) got "That's great news!"
            "divorce", "divorced", "divorcing", "splitting up", "split up", "separating",
            "dad moved out", "mum moved out", "mom moved out", "father moved out",
            "mother moved out", "husband moved out", "wife moved out", "partner moved out",
            "walked out on", "left us", "shouting all the time", "fighting all the time",
            "arguing all the time",
            # good news with a blow in it: "We got engaged but my parents have disowned me." got
            # "Congratulations! That's wonderful news.", "A girl sat with me at lunch and then
            # told everyone my secret." "Oh, that's lovely! I'm so glad."
            "disowned", "she left me", "he left me", "and she left", "and he left", "dad left",
            "mum left", "mom left", "nobody came", "no one came", "told everyone my secret",
            "intensive care", "dad won't be there", "mum won't be there", "mom won't be there",
            "won't be here to see", "isn't here to see", "not here to see",
            # "My knees have been bad this week." got "...use assistive devices like crutches"
            "been bad", "playing up", "acting up", "flaring up", "flared up", "flare-up",
            # "My hair started falling out this week." (chemo) got "That's a common side effect"
            "falling out", "losing my hair", "miscarriage", "lost the baby", "lost our baby",
            # "I went back to work today, it was hard." got "That's great to hear!"
            "it was hard", "was so hard", "was really hard", "it's been hard", "been so hard",
            "been really hard",
            # "This is going to be my first Christmas without my mum." (Noor)
            "christmas without", "birthday without", "first one without",
            # "I'm ninety and my eyesight isn't what it was." (Walter) got "That's a common
            # concern as we age."
            "isn't what it was", "isn't what it used to be", "not what it used to be",
            "going downhill",
            # "We buried Nibbles in the garden today." (Leo, ten) got "what a lovely way"
            "we buried", "buried him", "buried her", "buried them"),
    # A long day is no loss and no good news: "That's great to hear!" and "I'm sorry for your
    # loss" were both said to it before it had a tone of its own.
    "tired": ("tired", "exhausted", "exhausting", "drained", "worn out", "burnt out",
              "burned out", "knackered", "wiped out", "no energy", "long day", "rough day",
              "hard day", "bad day", "tough day", "sleepy", "shattered", "didn't sleep",
              "did not sleep", "couldn't sleep", "barely slept", "hardly slept", "no sleep",
              "sleep deprived", "sleep-deprived",
              # "I just finished a twelve hour night shift" got "That's great to hear!"
              "night shift", "long shift", "double shift", "hour shift",
              # "She won't sleep more than two hours at a time." (a newborn) got "That's a common
              # issue with newborns."
              "won't sleep", "doesn't sleep", "not sleeping", "wakes up every",
              "not been sleeping", "haven't been sleeping", "haven't slept", "not slept",
              "was brutal", "swamped", "piled everything", "run off my feet",
              # "I got maybe two hours of sleep." (Noor, grieving) got "That's okay, Noor."
              *(f"{n} hour{s} sleep" for n in ("an", "one", "two", "three", "four", "1", "2",
                                                "3", "4") for s in ("s of", "s'", "s", " of"))),
    "anxious": ("nervous", "anxious", "worried", "worry", "scared", "afraid", "terrified",
                "stressed", "stress", "stressful", "panic", "panicking", "overwhelmed", "dreading",
                "can't sleep", "cannot sleep", "tense", "on edge", "what if",
                # "i have my gcse mocks next week and im freaking out" (Zoe, 15) got "That's a
                # big step, Zoe."
                "freaking out", "freaked out", "bricking it", "worried sick", "losing my mind",
                # someone close is ill: "he had a heart attack" is no small talk
                "in hospital", "in the hospital", "heart attack", "stroke", "cancer", "surgery",
                "diagnosed", "ambulance", "emergency room",
                # "I had a biopsy yesterday and the results come on Thursday." got "That's great
                # news! I'm glad you're feeling better."
                "biopsy", "scan results", "test results", "waiting for results", "a lump",
                "tumour", "tumor", "mammogram",
                # "my parents expect straight 9s and i just can't" (Zara, 15) got "It's
                # understandable to feel that way. How do you feel about it?"
                "pressure", "expect so much", "expects so much", "expect straight",
                "expects straight", "i just can't"),
    "angry": ("angry", "furious", "annoyed", "irritated", "mad at", "hate", "sick of",
              "fed up", "ridiculous", "unfair", "pissed", "outraged", "frustrated", "so done",
              "is killing me", "are killing me", "driving me crazy", "driving me mad",
              "driving me nuts", "doing my head in", "drives me mad", "drives me crazy",
              "drives me nuts", "drives me up the wall", "driving me up the wall",
              "gets on my nerves", "winds me up",
              # "My ex is being impossible about the Christmas arrangements." (Ben) got "...try
              # to communicate openly and respectfully."
              "being impossible", "being difficult", "being a nightmare", "being unreasonable"),
}
_DISTRESS = re.compile(
    r"\b(kill(ing)? myself|end(ing)? (my|it all)|take my (own )?life|suicid\w*|want to die|"
    r"wanna die|wish i (was|were) dead|better off (dead|without me)|hurt(ing)? myself|"
    r"self[- ]harm\w*|cut(ting)? myself|no reason to live|can'?t go on|don'?t want to (live|"
    r"be here|wake up)|not worth living|overdose)\b")
_ASKS_YOU = re.compile(r"\b(?:are|do|did|have|were|would|will|can|could|don't|aren't|does) "
                       r"you\b|\byou (?:ever|seem|sound|look|feel|get)\b")
_I = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|we|we're)\b")
# "I hate fish" is a taste, not anger ("Ugh, that sounds like a tough choice"); "I hate my job",
# "I hate it when..." and "I hate how..." are upset.
_DISLIKED_THING = re.compile(
    r"\b(?:hate|can't stand|cannot stand) (?!(?:my|your|his|her|our|their|the|that|this|these|"
    r"those|it|him|them|me|you|us|when|how|being|people|everyone|everybody|everything|"
    r"myself|life|so)\b)")
# "The house is so quiet since Arthur passed." was a happy line (an exam passed): someone who
# passed, after "since" or "after", with nothing passed after it, died.
DIED = re.compile(r"\b(?:since|after|before|when|till|until|the (?:day|week|month|year|night)) "
                  r"(?:my |our )?(?:\w+ ){0,2}?(?!(?:i|we|you)\b)(\w+) passed(?! away| on\b)"
                  r"(?=\s*(?:[.,!?;]|$|last\b|in\b|this\b|recently\b|a (?:year|month|week)\b))",
                  re.IGNORECASE)
_NEGATION = re.compile(r"\b(not|never|no|n't|hardly|without)\b")
# "I'm fine I guess", "okay, I suppose": said flatly, it is no good news ("That's good to hear")
# but a friend's cue to ask again. "Not great", "meh" and "could be better" are low, not neutral.
_HEDGED = re.compile(
    r"\b(?:fine|okay|ok|alright|all right|good|great|not bad)\W+(?:i guess|i suppose|whatever|"
    r"ish)\b"
    r"|\b(?:i guess|i suppose) (?:i'm|i am|it's|it is) (?:fine|okay|ok|alright|all right)\b"
    # "It went as well as it could, I suppose." (of a funeral) got "That's good to hear."
    r"|\bas (?:well|good) as (?:it|they|anyone) (?:could|can)\b")
_LOW = re.compile(r"\bmeh\b|\bso-?so\b|\bcould be better\b|\b(?:i've|i have) been better\b|"
                  r"\bnot (?:so |too |that |very )?(?:great|good|okay|ok|fine|well)\b|"
                  r"\bnot (?:feeling )?(?:myself|my best)\b")
_INTENSIFIERS = ("so ", "really ", "very ", "extremely ", "incredibly ", "super ", "totally ")

SAFE_RESPONSE = (
    "I'm really sorry you're feeling this way, and I'm glad you told me. You deserve support "
    "right now from a person who can help: please call your local emergency number if you might "
    "act on these thoughts, or reach a crisis line (in the US, call or text 988; in the UK and "
    "Ireland, Samaritans on 116 123). Would you like to tell me what's been happening? "
    "I'm here and I'm listening."
)
DISTRESS_HINT = (
    "The user may be in crisis. Respond with warmth and without judgement, take them seriously, "
    "do not give advice about methods, encourage contacting emergency services or a crisis line, "
    "and keep the conversation going gently."
)

_STYLE = {
    "neutral": ("", 1.0, 0),
    "happy": ("The user sounds happy: share their joy warmly and briefly, and ask about it.",
              1.05, 0),
    "sad": ("The user sounds sad: be gentle and warm, acknowledge the feeling before anything "
            "else, and do not rush to fix it.", 0.9, 200),
    "tired": ("The user sounds tired: be gentle and warm, acknowledge how draining it was, and "
              "do not lecture.", 0.94, 150),
    "anxious": ("The user sounds anxious: be calm and reassuring, speak in short, steady "
                "sentences, and offer one small next step.", 0.92, 150),
    "angry": ("The user sounds frustrated or angry: stay calm, acknowledge it without "
              "arguing, and keep the answer short and practical.", 0.95, 100),
    "subdued": ("The user says they are fine but does not sound it: be warm and gently ask how "
                "they really are.", 0.95, 100),
    "distress": (DISTRESS_HINT, 0.85, 300),
}


def _score(text: str, phrases: tuple[str, ...]) -> float:
    """How strongly ``text`` speaks of one tone. "Passed away" is no exam passed: a phrase
    followed by "away" does not count (the longer phrase is the sad one)."""
    score = 0.0
    for phrase in phrases:
        for m in re.finditer(r"\b" + re.escape(phrase) + r"\b(?! away)", text):
            before = text[max(0, m.start() - 24):m.start()]
            # "not worried", "don't feel happy": a negated feeling does not count.
            if _NEGATION.search(before.split(",")[-1]):
                continue
            score += 1.5 if before.endswith(_INTENSIFIERS) else 1.0
    return score


def _about_the_user(text: str) -> str:
    """``text`` without questions about the companion's feelings: "Do you ever get lonely?" is
    no sad user (it got "Aw, that sounds like a good question"). A question that also speaks of
    the user ("Do you know why I feel so lonely?") stays."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    return " ".join(s for s in sentences if not (
        s.rstrip().endswith("?") and _ASKS_YOU.search(s) and not _I.search(s)))


def _low_mood(text: str, low: str) -> bool:
    """ "Not great.", "I'm not feeling myself": about the user, not a question ("Is it not good
    to eat late?")."""
    return bool(_LOW.search(low)) and not text.rstrip().endswith("?") and (
        len(low.split()) <= 4 or bool(_I.search(low)))


def detect_affect(text: str) -> Affect:
    """The tone of one user turn and how to answer it."""
    low = " " + text.lower().replace("’", "'") + " "
    if _DISTRESS.search(low):
        hint, rate, pause = _STYLE["distress"]
        return Affect("distress", 1.0, hint, rate, pause, True, SAFE_RESPONSE)
    low = " " + _DISLIKED_THING.sub("dislike ", _about_the_user(low)) + " "
    low = DIED.sub(lambda m: f"{m.group(0)} away", low)
    scores = {tone: _score(low, phrases) for tone, phrases in _LEXICON.items()}
    hedged = _HEDGED.search(low) is not None
    if hedged:  # "great, I guess" is no joy
        scores["happy"] = 0.0
    bangs = text.count("!")
    if bangs and scores["happy"] >= scores["angry"] and scores["happy"] > 0:
        scores["happy"] += 0.5
    elif bangs and scores["angry"] > 0:
        scores["angry"] += 0.5
    tone, best = max(scores.items(), key=lambda kv: kv[1])
    if best <= 0:
        tone = "subdued" if hedged else "sad" if _low_mood(text, low) else "neutral"
        best = 1.0 if tone != "neutral" else best
    hint, rate, pause = _STYLE[tone]
    intensity = 0.0 if tone == "neutral" else min(1.0, 0.4 + 0.3 * (best - 1.0) + 0.3)
    return Affect(tone, round(intensity, 2), hint, rate, pause)


# Whom a worry (or a loss, pipeline.steers) is about, and how to ask after them ("How is he
# doing now?").
HE_WORDS = frozenset(("father", "dad", "brother", "husband", "son", "boyfriend", "grandfather",
                      "grandpa", "grandad", "uncle", "nephew", "fiance", "grandson"))
SHE_WORDS = frozenset(("mother", "mom", "mum", "sister", "wife", "daughter", "girlfriend",
                       "grandmother", "grandma", "granny", "gran", "nan", "nana", "aunt", "niece",
                       "fiancee", "fiancée", "granddaughter"))
_THEY = frozenset(("partner", "best friend", "friend", "boss", "roommate", "flatmate", "cousin"))


# A worry that goes on is not asked "how did it go?": "Hi, Jade! You were worried about the
# pregnancy on Sunday: how did it go?" (she is newly pregnant).
_ONGOING = re.compile(r"\b(?:pregnancy|health|job|work|money|finances|bills|debts?|rent|mortgage|"
                      r"relationship|marriage|weight|sleep|back|knees?|heart|future|studies|"
                      r"grades|business|career|drinking|anxiety|neighbours?|landlord|"
                      # "You were worried about the diabetes on Tuesday: how did it go?" (Priti,
                      # of her mum's): an illness goes on
                      r"diabetes|diabetic|illness|condition|cancer|arthritis|asthma|dementia|"
                      r"parkinson'?s|blood pressure|depression|eyesight|hearing|memory)$")


_YOURS = {"their": "your", "them": "you", "they": "you", "they're": "you're",
          "they've": "you've", "they'll": "you'll", "themselves": "yourself"}


def followup_question(event: str, feeling: str, when: str, past: bool = True,
                      plan: bool = False) -> str:
    """'You were nervous about the interview last week: how did it go?'; about a person
    ("their dad", as the facts say it): 'You were worried about your dad on Monday. How is
    he doing now?'; a plan ("tell their parents they're gay"): 'On Monday you said you were
    going to tell your parents you're gay: how did it go?'"""
    if plan:  # "On Wednesday you mentioned the going to tell their parents I'm gay this weekend"
        doing = re.sub(r"\b(?:their|them|they|they're|they've|they'll|themselves)\b",
                       lambda m: _YOURS[m.group(0)], event)
        doing = doing if doing.split(" ")[0].endswith("ing") else f"going to {doing}"
        return f"{when[:1].upper()}{when[1:]} you said you were {doing}: how did it go?"
    # the facts speak of the user in the third person, and a model's extraction in the first
    what = re.sub(r"^their\b|\bmy\b", "your", event)
    # "You were stressed about the his mum" (Ines, of her fiance's mother)
    what = what if what.startswith(("the ", "your ", "his ", "her ", "our ")) else f"the {what}"
    if feeling in ("sad", "upset") and not past:
        return f"You were {feeling} {when}. How are you feeling now?"
    person = what.removeprefix("your ").split("'")[0]
    if what.startswith("your ") and person in HE_WORDS | SHE_WORDS | _THEY:
        asked = "is he" if person in HE_WORDS else "is she" if person in SHE_WORDS else "are they"
        return f"You were {feeling or 'worried'} about {what} {when}. How {asked} doing now?"
    if what.startswith("your ") and re.fullmatch(PET, person.split()[0]):
        asked = f"is {person.split(maxsplit=1)[1]}" if " " in person else "are they"
        return f"You were {feeling or 'worried'} about {what} {when}. How {asked} doing now?"
    if feeling and _ONGOING.search(what):
        return f"You were {feeling} about {what} {when}. How are you feeling about it now?"
    if feeling:
        return f"You were {feeling} about {what} {when}: how did it go?"
    # "You mentioned the interview on Monday" was heard as an interview on Monday (it was on
    # Friday, told on Monday): the day it was told comes first.
    return f"{when[:1].upper()}{when[1:]} you mentioned {what}: how did it go?"
