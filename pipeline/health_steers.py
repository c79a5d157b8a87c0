"""Steers for what the user cannot eat, for living with a long-term illness, for getting older
(forgetfulness, new gadgets), and for feeling out of place in a new home (``pipeline.steers``
tries them in its order).

Each was a reply that went wrong with Sofia (fibromyalgia and coeliac disease, cancelling on her
friends), Usha (moved from Mumbai to her son's family in Bristol) or Margaret (76, her first
tablet)."""

from __future__ import annotations

import re

from memory.people import REL
from pipeline.steer import THEY, Steer, them_for, them_of, they_are

# "I'm allergic to nuts, so I have to be careful with food." got "That's a good reminder. Do you
# have any tips for avoiding allergic reactions?": a friend says they will remember (it is kept,
# and ruled out of every suggestion).
DIET_TOLD = Steer(re.compile(
    r"\bi(?:'m| am) (?:(?:really|very|severely|quite) )?allergic to\b|\bi(?:'m| am) (?:a |now "
    r"|)(?:vegetarian|vegan|pescatarian|coeliac|celiac)\b|\bi (?:have|'ve got) (?:coeliac|"
    r"celiac)\b|\bi(?:'m| am) (?:gluten|lactose)[- ]intolerant\b|\bi (?:don't|do not|can't|"
    r"cannot) eat (?:anything )?(?:meat|pork|beef|fish|dairy|gluten|nuts|eggs|spicy|onions|garlic|"
    r"\w+ food)\b", re.IGNORECASE),
    "They told you what they cannot eat: say you will remember it.",
    ("Thanks for telling me{name}, I'll remember that.",), question_only=False,
    whole=lambda user_text: "?" not in user_text)
_CONDITIONS = (r"fibromyalgia|fibro|chronic (?:pain|fatigue(?: syndrome)?|illness|migraines?)|"
               r"m\.?e\.?(?=[ .,!]|$)|cfs|long covid|lupus|ms|multiple sclerosis|crohn'?s(?: "
               r"disease)?|colitis|endometriosis|rheumatoid arthritis|eds|ehlers[- ]danlos|"
               r"parkinson'?s|copd|epilepsy|migraines")
# "I have fibromyalgia, so some days are really hard." got a lecture on pacing and exercise.
LIVING_WITH = Steer(re.compile(
    r"^(?!.*\?).*\bi(?: have| live with|'ve got| got| was diagnosed with|'ve been diagnosed with|"
    r" have been diagnosed with|'ve had| have had| suffer from| struggle with) (?:" + _CONDITIONS
    + r")\b", re.IGNORECASE),
    "They live with a long-term illness: say it is a lot to carry, and ask how they are doing "
    "with it at the moment. No advice, no facts about the illness.",
    ("Oh{name}, that's a lot to live with, day in and day out. How are you doing with it at the "
     "moment?",), question_only=False, whole=lambda user_text: True)
# "Today is a bad flare day and I've barely got off the sofa." got "That's tough, Sofia. If you
# need help, How do you feel about it?".
FLARE_DAY = Steer(re.compile(
    r"^(?!.*\?).*(?:\b(?:bad|rough|awful|horrible|terrible) (?:flare|pain|fibro|fatigue)(?:[- ]up)?"
    r" (?:day|week)\b|\b(?:i'm|i am|i've been|i have been) (?:having |in )?(?:a |the middle of a )?"
    r"(?:bad |big |horrible |awful )?flare(?:[- ]up)?\b|\bbarely (?:got|been|managed to get) (?:off"
    r" the (?:sofa|couch)|out of bed|up)\b|\bi(?:'m| am) in (?:so much|a lot of|loads of|agony|"
    r"constant) pain\b)", re.IGNORECASE),
    "They are having a bad day with their illness: be gentle, say resting is all today asks of "
    "them, and ask how they are feeling right now. No advice.",
    ("Oh{name}, I'm sorry, that sounds like a really hard day. Resting is all today needs to "
     "be. How are you feeling right now?",), question_only=False,
    whole=lambda user_text: True)
# "Do you think I'm lazy?" (Sofia, on a bad day) got "You have a lot of energy".
AM_I_LAZY = Steer(re.compile(
    r"\b(?:am i|think i'm|think i am|i feel|i feel like i'm|i'm just|i'm so|i am so|i'm being|"
    r"i am being) (?:so |just |really |being |a bit )?(?:lazy|a lazy \w+|a waste of space)\b",
    re.IGNORECASE),
    "They wonder if they are lazy: say warmly that they are not, that resting when they need to "
    "is not lazy, and ask what makes them feel that way.",
    ("Not at all{name}, and it sounds like you're being hard on yourself. Resting when you need "
     "to isn't lazy. What's making you feel that way?",), question_only=False,
    whole=lambda user_text: True)
# "I keep cancelling on my friends." got tips on managing her time.
CANCELLING = Steer(re.compile(
    r"^(?!.*\?).*\bi(?:'ve| have)? (?:keep|kept|always end up|keep having to|had to|'ve had to|"
    r"have had to) (?:cancel(?:l?ing|l?ed)?|bail(?:ing|ed)?|pull(?:ing|ed)? out)(?: on| of)? (?:"
    r"plans|my plans|on|with|my friends|friends|people|everyone|them|her|him|again|the|a|\w+'s)\b",
    re.IGNORECASE),
    "They keep cancelling plans and feel bad about it: say it doesn't make them a bad friend, "
    "and ask how they feel about it. No tips.",
    ("Oh{name}, that sounds hard, but it doesn't make you a bad friend. You're doing what you "
     "can. How are you feeling about it?",), question_only=False, whole=lambda user_text: True)
# "I'm scared they'll stop asking me." (Sofia, of her friends) got advice to plan ahead.
STOP_ASKING = Steer(re.compile(
    r"^(?!.*\?).*\b(?:scared|afraid|worried|frightened|terrified|worry|fear) (?:that )?(?:they|my "
    r"friends|people|everyone|she|he)(?:'ll| will| might| are going to| may)? (?:just )?(?:stop|"
    r"give up|won't|will stop|stopped) (?:asking|inviting|calling|texting|ringing|on) ?(?:me)?\b",
    re.IGNORECASE),
    "They fear friends will give up on them: say that is a very understandable fear, that good "
    "friends usually understand more than we think, and ask whether they have told them how "
    "things are.",
    ("That's such an understandable fear{name}. Good friends usually understand more than we "
     "think. Have they any idea how things are for you?",), question_only=False,
    whole=lambda user_text: True)
# "I managed a short walk today!" (Sofia, after a flare) got "How was your day?".
MANAGED = Steer(re.compile(
    r"^(?!.*\?)(?!.*(?:n't|\bnot)\b).*\bi (?:finally |actually |even |just )?managed"
    r" (?:a |an |to |my |out|all the way|the |round|around|into|up|down|some)", re.IGNORECASE),
    "They managed something that was hard for them: be glad with them and ask how it felt.",
    ("That's brilliant{name}, well done you! How did it feel?",), question_only=False,
    calm_only=True, whole=lambda user_text: True)
# "I feel like a guest in my own family's house." (Usha) got "What have you done to make the
# transition easier?".
OUT_OF_PLACE = Steer(re.compile(
    r"^(?!.*\?).*\bi (?:still |often |sometimes |just |really )?(?:feel|felt) (?:like )?(?:a guest"
    r"|an outsider|a stranger|out of place|like i don't belong|i don't belong|a visitor|in the way"
    r")\b", re.IGNORECASE),
    "They feel out of place where they live: say that is a lonely feeling even with people "
    "around, and ask what makes them feel that way. No advice.",
    ("Oh{name}, that must feel so lonely, even with people all around you. What makes you feel "
     "that way?",), question_only=False, whole=lambda user_text: True)
_DREARY = re.compile(
    r"^(?!.*\?).*\bit(?:'s| is| has been|'s been) (?:so |really |very |always |just |freezing "
    r"and |pretty |awfully |bitterly )*(cold|grey|gray|wet|rainy|dark|damp|miserable|gloomy|"
    r"dreary|freezing)(?: and \w+)? (?:here|over here|in \w+|all the time|every day)\b|"
    # "It gets dark at four o'clock, it's so depressing." (Ola, her first winter in Leeds)
    r"^(?!.*\?).*\bit(?:'s| gets| is)(?: already)? dark (?:at|by|before) (?:four|4|half (?:three|"
    r"four)|3|three)\b", re.IGNORECASE)
# "It's so cold and grey here." (Usha, from Mumbai) got "Is there anything else you would like
# to know or talk about?".
DREARY_HERE = Steer(_DREARY, "They find the weather where they live dreary: sympathise, and ask "
                    "how they are finding it.",
                    ("Oh{name}, grey days like that can feel so heavy. How are you keeping your "
                     "spirits up?",), question_only=False, whole=lambda user_text: True)
# "I burnt the Sunday roast today, I'm getting so forgetful." (Margaret, 76) got "That's a sad
# thing, Margaret. How do you feel about it?".
FORGETFUL = Steer(re.compile(
    r"^(?!.*\?).*(?:\bi(?:'m| am) (?:getting |becoming |so |really |very |a bit |more |terribly |"
    r"such a )*(?:forgetful|scatterbrain(?:ed)?)\b|\bmy memory(?:'s| is) (?:going|getting worse|not"
    r" what it was|terrible|awful|shocking)\b|\bi keep forgetting (?:things|everything|stuff)\b)",
    re.IGNORECASE),
    "They worry they are getting forgetful: be kind, say everyone forgets things, and ask gently "
    "whether it has been worrying them.",
    ("Oh{name}, that's so frustrating. Everyone forgets things, and it doesn't make you any less. "
     "Has it been worrying you?",), question_only=False, whole=lambda user_text: True)
# "I'm not very good with technology, I feel a bit silly." (Margaret, her first tablet) got "It's
# okay to feel silly sometimes, but remember that everyone has their own learning curve.".
NEW_GADGET = Steer(re.compile(
    r"^(?!.*\?).*\bi(?:'m| am) (?:not (?:very |much |any |that )?good|hopeless|useless|rubbish|"
    r"terrible|bad|no good|a dinosaur) (?:with|at) (?:technology|tech|computers|phones|gadgets|"
    r"(?:this|the|my|these|new) (?:tablet|phone|laptop|computer|ipad|smartphone|thing)s?)\b",
    re.IGNORECASE),
    "They feel silly with new technology: say they are not silly, gadgets confuse everyone at "
    "first, and ask what they would like to do with it.",
    ("Oh{name}, you're not silly at all. It's completely normal to find these gadgets confusing "
     "at first. What would you like to be able to do with it?",), question_only=False,
    whole=lambda user_text: True)
_SET_UP = re.compile(
    r"^(?!.*\?).*\bmy (\w+)(?: [A-Z][a-z]+)? (?:just |has just |kindly )?(?:set up|bought me|"
    r"got me|gave me|showed me how to use) (?:this|a|my|the)? ?(?:new )?(?:tablet|phone|ipad|"
    r"laptop|computer|smartphone|kindle)\b", re.IGNORECASE)


def _getting_on(user_text: str) -> str:
    found = _SET_UP.search(user_text)
    return f"That was kind of {them_for(found.group(1)) if found else 'them'}."


# "I'm seventy-six and my grandson Oliver just set up this tablet for me." (Margaret) got "How
# does Oliver use the tablet?".
SET_UP_FOR_ME = Steer(_SET_UP, "Someone set up a new gadget for them: say that was kind, and ask "
                      "how they are getting on with it.", ("Oh, how lovely{name}!",),
                      question_only=False, ask=lambda user_text: f"{_getting_on(user_text)} How "
                      "are you getting on with it?", whole=lambda user_text: True)
_PET_NAMED = re.compile(
    r"^(?!.*\?).*\bmy (?:old |little |poor )?(?:dog|cat|puppy|kitten|rabbit|horse|pony|parrot|"
    # "My dog Bruno is fourteen and he's very poorly." (Gemma)
    r"budgie|hamster|guinea pig|tortoise)(?:,? ([A-Z][a-z]+),?)? (?:is [\w ]{1,20}?(?:,| and| but) "
    r"(?:he|she)(?:'s| is)|is|has been|'s been|isn't|is not|has got|got) (?:really |very |so |"
    r"quite |a bit |not )?(?:poorly|ill|sick|unwell|well|doing well|at the vet'?s|in pain|not "
    r"eating)\b", re.IGNORECASE)


def _how_is_the_pet(user_text: str) -> str:
    found = _PET_NAMED.search(user_text)
    return f"How is {found.group(1)} doing now?" if found and found.group(1) else \
        "How are they doing now?"


# "My dog Rex is really poorly, the vet thinks it might be his heart." (Nikos) got "It sounds like
# Rex is in pain and needs immediate attention. What can you do to help him?".
PET_POORLY = Steer(_PET_NAMED, "Their pet is ill: say how worrying that is, and ask how the pet "
                   "is doing. No advice, no guesses about the illness.",
                   ("Oh{name}, I'm so sorry, that's such a worry.",), question_only=False,
                   ask=_how_is_the_pet, whole=lambda user_text: True)
_GOING_TO_BE_OK = re.compile(
    r"^(?!.*\?)(?!.*(?:n't|\bnot)\b).*\b(?:the )?(?:vet|doctors?|consultant|surgeon|nurse|"
    r"hospital)s? (?:says?|said|think|thinks|reckons?) ([A-Z][a-z]+|he|she|they|my \w+|it)(?:'s| "
    r"is|'re| are|'ll| will)? (?:going to|gonna|should) (?:be|make it|pull through)(?: okay| ok| "
    r"fine| alright| all right| through)?\b", re.IGNORECASE)


def _how_are_they_now(user_text: str) -> str:
    found = _GOING_TO_BE_OK.search(user_text)
    who = found.group(1) if found else "they"
    if who.lower() in ("they", "it"):
        return "How are they doing now?"
    if who.lower().startswith("my "):
        return f"How's your {who.split()[-1].lower()} doing now?"
    return f"How's {who.lower() if who.lower() in ('he', 'she') else who} doing now?"


# "The vet says Rex is going to be okay!" (Nikos) got "That's great news! Rex should be better
# soon.".
GOING_TO_BE_OK = Steer(_GOING_TO_BE_OK, "Someone they love will be okay: share the relief, and "
                       "ask how they are doing now.", ("Oh, what a relief{name}! I'm so glad.",),
                       question_only=False, ask=_how_are_they_now,
                       whole=lambda user_text: True)
_GIVE_UP = re.compile(r"^(?!.*\?).*\bi (?:can't|cannot|can not|am not allowed to|'m not allowed "
                      r"to) (?:have|drink|eat) ((?:any )?[a-z]+(?: [a-z]+)?) (?:anymore|any more|"
                      r"now|for (?:nine|9) months|until)\b", re.IGNORECASE)


def _without_it(user_text: str) -> str:
    found = _GIVE_UP.search(user_text)
    thing = found.group(1).lower().removeprefix("any ") if found else "it"
    return f"How are you managing without {thing}?"


# "I can't have coffee anymore, which is killing me." (Jade, pregnant) got "Fair enough, no coffee
# then.": she loves it, and gave it up.
GIVING_UP = Steer(_GIVE_UP, "They had to give up something they love: sympathise, and ask how "
                  "they are managing. Never suggest it.",
                  ("Oh no{name}, that's a tough one to give up.",), question_only=False,
                  ask=_without_it, whole=lambda user_text: True)
# "My hip has been playing up in this cold weather." (Wendy, 81) got "Aw, that sounds like a
# tricky problem. What do you think might be causing it?", and "My hip is still sore from the
# fall." (George) "Do you have any pain medication or other treatments?": a friend is sorry and
# asks how they are managing.
_ACHE = re.compile(
    r"^(?!.*\?).*\b(?:my|the) (?:bad |dodgy |old |left |right )?(?:hips?|knees?|back|neck|"
    r"shoulders?|joints|wrists?|hands|ankles?|feet|foot|arthritis|sciatica)(?: is| are| has been|"
    r" have been|'s been|'ve been|'s|'re) (?:still |really |so |a bit |very |quite |been |"
    r"terribly |awfully )*(?:sore|aching|achy|bad|awful|terrible|dreadful|stiff|painful|hurting|"
    r"killing me|playing up|acting up|flaring up|giving me (?:grief|trouble|jip|gyp)|murder|"
    r"agony)\b", re.IGNORECASE)
_COLD = re.compile(r"\b(?:cold|damp|chilly|winter|frost|freezing|rain|weather)\b", re.IGNORECASE)
ACHE = Steer(_ACHE, "Something aches: be sorry, and ask how they are managing. No advice, no "
             "medicine.", ("Oh{name}, I'm sorry, that sounds sore.",), question_only=False,
             ask=lambda user_text: ("The cold really does get into the joints. " if
                                    _COLD.search(user_text) else "")
             + "Are you managing alright with it?", whole=lambda user_text: True)
# "I've not been sleeping well." (Raymond, his dad in treatment) got "I'm sorry to hear that. It's
# important for everyone to get enough sleep...": a lecture, not a friend.
POOR_SLEEP = Steer(re.compile(
    r"^(?!.*\?).*(?:\bi(?:'ve not| have not| haven't|'m not| am not) (?:really |been |really been "
    r")*(?:sleeping|slept)\b|\bi(?:'m| am) (?:barely|hardly) sleeping\b)", re.IGNORECASE),
    "They have been sleeping badly: be gentle, ask what keeps them awake. No sleep tips.",
    ("Oh{name}, that must be wearing you down. Is something going round your head at night?",),
    question_only=False, whole=lambda user_text: True)
# "He started his treatment today, he was very brave." (Raymond, of his dad's radiotherapy) got
# "That's great to hear! I'm glad he's taking care of himself.".
_TREATMENT = re.compile(
    r"^(?!.*\?).*\b((?i:he|she|they|(?:my|our) (?:\w+ )?\w+)|(?!(?:I|It|We)\b)[A-Z][a-z]+) "
    r"(?i:(?:just |finally )?(?:started|had|began|begun|finished|completed) (?:his|her|their|"
    r"the)? ?(?:first |last |final |next )?(?:chemo|chemotherapy|radiotherapy|radiation|treatment|"
    r"dialysis|round of \w+|session of \w+|infusion))\b")
_BRAVE = re.compile(r"\b(?:brave|strong|a star|a trooper|amazing|so good about it)\b",
                    re.IGNORECASE)


def _after_treatment(user_text: str) -> str:
    found = _TREATMENT.search(user_text)
    them = them_of(found.group(1)) if found else "them"
    they = THEY.get(them, them)
    brave = f"{they[:1].upper()}{they[1:]} sound{'' if they == 'they' else 's'} so brave. " \
        if _BRAVE.search(user_text) else ""
    return f"{brave}How are you doing with it all?"


TREATMENT_DAY = Steer(_TREATMENT, "Someone they love had treatment for a serious illness: be "
                      "warm, and ask how they themselves are doing. No facts about treatment.",
                      ("That must have been a big day{name}.",), question_only=False,
                      ask=_after_treatment, whole=lambda user_text: True)
# "My husband Geoff has Parkinson's and I look after him." (Harriet, 70) got "That's a wonderful
# situation.": caring for someone you love is a lot to carry.
CARER = Steer(re.compile(
    r"^(?!.*\?).*(?:\b(?:my|our) (?:\w+ ){1,2}(?:has|'s got|has got|was diagnosed with|lives "
    r"with) (?:" + _CONDITIONS + r"|dementia|alzheimer'?s|motor neurone disease|mnd|als|cancer|"
    r"heart failure|had a stroke)\b.*\bi(?:'m| am)? (?:look after|care for|caring for|looking "
    r"after|nurse|nursing) (?:him|her|them)\b|\bi(?:'m| am) (?:his|her|their|my \w+'s) (?:full[- ]"
    r"time |main |only )?carer\b|"
    # "I look after my wife, she has MS." (Ahmed) got "That's great to hear!"
    r"\bi(?:'m| am)? (?:look|looking) after (?:my|our) (?:\w+ )?(?:wife|husband|partner|mum|mom|"
    r"mother|dad|father|son|daughter|gran|nan|grandma|grandad|brother|sister)\b,? (?:(?:and|as|"
    r"since|because) )?(?:she|he|they)(?:'s| has| has got|'s got| was diagnosed with| lives with) "
    r"(?:" + _CONDITIONS + r"|dementia|alzheimer'?s|motor neurone disease|mnd|als|cancer|heart "
    r"failure|had a stroke)\b)", re.IGNORECASE),
    "They care for someone they love who is ill: say it's a lot to carry, ask how they are.",
    ("That's a lot to carry{name}, looking after someone you love day in, day out. How are you "
     "doing yourself?",), question_only=False, whole=lambda user_text: True)
# "He had a fall in the night but he's alright." (Harriet, caring for Geoff) got "It sounds like
# your husband is doing well despite the fall.": the fright was hers too.
_SCARE = re.compile(
    r"^(?!.*\?).*\b(?:(?i:he|she|they|(?:my|our) \w+)|[A-Z][a-z]+) (?i:had|took) (?i:a (?:bad "
    r"|nasty |little |small |bit of a |big )?(?:fall|tumble|funny turn|turn|seizure|fit|scare))"
    r"\b(?i:.*)\b(?i:but) (?i:(he|she|they)(?:'s| is|'re| are|(?: seems?| seem)(?: to be)?)) "
    r"(?i:alright|all right|ok|okay|fine|doing (?:fine|ok|okay|alright)|not hurt|unhurt)\b")


def _after_a_scare(user_text: str) -> str:
    found = _SCARE.search(user_text)
    fine = they_are(found.group(1) if found else "they")
    night = re.search(r"\b(?:in the night|last night|overnight)\b", user_text, re.IGNORECASE)
    return (f"I'm so glad {fine} alright. How are you doing after "
            f"{'a night like that' if night else 'all that'}?")


SCARE_BUT_OK = Steer(_SCARE, "Someone they care for had a fall or a scare but is alright: say "
                     "it must have frightened them, and ask how they themselves are.",
                     ("Oh no, that must have given you such a fright{name}.",),
                     question_only=False, ask=_after_a_scare, whole=lambda user_text: True)
# "Some days I feel like I've lost the man I married." (Harriet, her husband has Parkinson's) got
# "...try to stay strong": a grief for someone still here.
_CHANGED = re.compile(
    r"^(?!.*\?).*\b(?:i(?:'ve| have)? lost the (man|woman|person) i (?:married|fell in love with|"
    r"knew)|(he|she)(?:'s| is)(?:n't| not) (?:the (?:man|woman|person) i (?:married|knew)|"
    r"(?:himself|herself) (?:any ?more|these days|since))|(he|she)(?:'s| is) (?:like )?(?:a "
    r"different person|a stranger)(?: now| these days| to me)?)\b", re.IGNORECASE)


def _miss_most(user_text: str) -> str:
    found = _CHANGED.search(user_text)
    who = next((g for g in found.groups() if g), "") if found else ""
    them = them_of({"man": "he", "woman": "she", "person": "they"}.get(who.lower(), who.lower()))
    return f"What do you miss most about {them}?"


CHANGED_BY_ILLNESS = Steer(_CHANGED, "They grieve who their loved one was before illness changed "
                           "them: name that grief gently, and ask what they miss. No advice.",
                           ("Oh{name}, that must be such a lonely kind of grief, missing someone "
                            "who's still right there beside you.",), question_only=False,
                           ask=_miss_most, whole=lambda user_text: True)
# "My mum is having a hip replacement on Friday." (Priti) got "That's a big change for your mum.
# I hope she feels better soon and that you can support her through the process."
_OPERATION = re.compile(
    r"^(?!.*\?)(?!.*\b(?:scared|worried|nervous|anxious|terrified|frightened|worry)\b).*\b((?i:"
    r"(?:my|our) (?:\w+ )?(?:" + REL + r"))|(?!(?:I|It|This|That|There|We)\b)[A-Z][a-z]+)(?: "
    r"(?i:is)|'s) (?i:having|going in for|booked in for|due to have|getting) (?i:an? |her |his |"
    r"their |major |)(?i:(?:\w+ )?(?:operation|surgery|op|replacement|bypass|procedure|"
    r"transplant))\b")


def _big_thing(user_text: str) -> str:
    found = _OPERATION.search(user_text)
    them = them_of(found.group(1), names=False) if found else "them"
    return f"That's a big thing, for {them} and for you. How are you feeling about it?"


HAVING_OP = Steer(_OPERATION, "Someone close is having an operation: say it's a big thing for "
                  "them and for the user, and ask how the user feels. No medical facts.",
                  ("Oh{name}.",), question_only=False, ask=_big_thing,
                  whole=lambda user_text: True)
# "The operation went well, she's already walking with a frame!" (Priti, of her mum) got "That's
# wonderful, Priti! I'm so pleased for you. What was the best bit?".
_WENT_WELL = re.compile(
    r"^(?!.*\?)(?!.*(?:n't\b|\bnot\b)).*\b(?:operation|surgery|op|procedure|transplant|"
    r"replacement|bypass)\b (?:went|has gone|'s gone|was a success|was successful)(?: (?:really |"
    r"so |very |perfectly |absolutely )?(?:well|fine|okay|ok|smoothly|great|to plan))?\b",
    re.IGNORECASE)


def _how_now(user_text: str) -> str:
    found = re.search(r"\b(she|he|they)(?:'s| is|'re| are)\b", user_text, re.IGNORECASE)
    whose = re.search(r"\b((?i:my|our) \w+|[A-Z][a-z]+)'s (?:\w+ )?(?:operation|surgery|op)\b",
                      user_text)  # "Dad's surgery went really well."
    who = found.group(1).lower() if found else THEY[them_of(whose.group(1), names=False)] \
        if whose else "they"
    return f"How {'are' if who == 'they' else 'is'} {who} feeling now?"


OP_WENT_WELL = Steer(_WENT_WELL, "Someone close came through an operation well: share the "
                     "relief, and ask how they are now.", ("Oh, what a relief{name}!",),
                     question_only=False, ask=_how_now, whole=lambda user_text: True)
# "The morning sickness is awful though." (Hannah, pregnant) got "...Do you have any tips or
# strategies to help manage it?"
_SYMPTOM = re.compile(
    r"^(?!.*\?).*?\b(?:the |my |this )?(morning sickness|sickness|nausea|heartburn|migraines?|"
    r"headaches?|cough|cold|hay ?fever|back pain|toothache|insomnia)(?: is| are|'s| has been|'s "
    r"been| have been) (?:so |really |absolutely |just |pretty |properly )?(?:awful|horrible|"
    r"terrible|rough|brutal|unbearable|killing me|so bad|really bad|bad|grim|miserable)\b"
    # "I'm having awful hot flushes at night and I can't sleep." (Siobhan) got "...What's keeping
    # you up?"
    r"|\b(?:awful|horrible|terrible|bad|brutal|dreadful) (hot flushes|hot flashes|night sweats|"
    r"morning sickness|migraines|headaches|heartburn|back pain)\b", re.IGNORECASE)


def _coping_with(user_text: str) -> str:
    found = _SYMPTOM.search(user_text)
    thing = (found.group(1) or found.group(2)).lower() if found else "that"
    thing = f"a {thing}" if thing in ("cold", "cough", "headache", "migraine") else thing
    it = "them" if re.search(r"[^s]s$", thing) else "it"  # "hot flushes", not "sickness"
    return f"{thing[:1].upper()}{thing[1:]} can be so draining. How are you coping with {it}?"


SYMPTOM_AWFUL = Steer(_SYMPTOM, "An illness or symptom is making them miserable: be sorry, ask "
                      "how they are coping. No tips unless asked.", ("Oh no{name}.",),
                      question_only=False, ask=_coping_with, whole=lambda user_text: True)
