"""Steers for small moments seven new users brought (Bea, whose cat died; Raj, a new dad; Dee,
after knee surgery; Tom, training for a marathon; Nina, waiting on a biopsy; Alf, a widower;
Zoe, left out at school): the 1.5B answered each of these with a lecture, a misreading or
nothing warm at all."""

from __future__ import annotations

import re

from pipeline.steer import NO_QUESTION, THEY, Steer, a_race, them_of

# "I talk to her photo sometimes." then "Is that daft?" (Alf, widowed in the spring) got "Not at
# all, Alf. It's a great idea. What do you think it could be used for?": asked bare, it is about
# what they just told, and the answer is whole.
IS_IT_DAFT = Steer(re.compile(
    r"^\s*(?:(?:and|but|so)\s+)?(?:is (?:that|it)|am i being|does that (?:sound|seem)|is that a "
    r"bit) (?:a bit |really |so |too )?(?:daft|silly|stupid|weird|odd|strange|mad|crazy|"
    r"soppy)\s*\?*\s*$", re.IGNORECASE),
    "They ask if what they just told is silly: say warmly it isn't.",
    ("Not at all{name}, not one bit.",), ask=lambda user_text: "It sounds like it means a lot "
    "to you.", whole=lambda user_text: True)
# "My neighbour says I should get another cat." then "Do you think it's too soon?" (Bea) got
# "Try to give your cat time to adjust and find a new home."
TOO_SOON = Steer(re.compile(
    r"\b(?:is it|is that|it's|would it be|was it|am i) (?:a bit |way |much |far |maybe )?too soon"
    r"\b", re.IGNORECASE),
    "They wonder if it is too soon: say there is no right time, and ask what feels right to "
    "them. No advice.",
    ("There's no right or wrong time{name}.",), ask=lambda user_text: "What does your heart tell "
    "you?", whole=lambda user_text: True)
_MEAL = r"dinner|tea|lunch|breakfast|supper|christmas dinner|sunday dinner|sunday lunch"
# "Had my dinner on my own again." (Alf) got "That's great to hear! How was your day?"
_ALONE_AGAIN = re.compile(
    NO_QUESTION + r".*\b(?:had|ate|eaten|spent|another) (?:my |the |an? |all )?(" + _MEAL +
    r"|day|evening|night|weekend|birthday|christmas|sunday) (?:on my own|alone|by myself)\b",
    re.IGNORECASE)


def _what_did_you_have(user_text: str) -> str:
    found = _ALONE_AGAIN.search(user_text)
    if found and re.fullmatch(_MEAL, found.group(1), re.I):
        return "What did you have?"
    return "How are you feeling tonight?"


ALONE_AGAIN = Steer(_ALONE_AGAIN, "They were on their own again: be warm, say you're glad they're "
                    "talking to you now. No advice.",
                    ("Oh{name}, on your own again, that can feel so lonely. I'm glad you're "
                     "talking to me now.",),
                    question_only=False, ask=_what_did_you_have, whole=lambda user_text: True)
# "whats the point of even going" (Zoe, 14, laughed at in the corridor) got "Try to have a
# purpose in life, and sometimes that means going out. What do you think about your goals?"
POINTLESS = Steer(re.compile(
    r"\bwhat(?:'s|s| is) (?:even )?the point (?:of |in )?(?:even )?(?:going|trying|bothering|"
    r"doing (?:it|anything)|getting up)\b|\bwhy (?:do i |should i )?even (?:bother|try)\b",
    re.IGNORECASE),
    "They feel it is all pointless: be warm, say they deserve better than how they feel, and "
    "gently ask if there is someone they trust to talk to. No advice.",
    ("Oh{name}, it makes sense you'd feel like that when things are this hard. You deserve to "
     "feel better than this.",), question_only=False,
    ask=lambda user_text: "Is there someone you trust you could talk to about it?",
    whole=lambda user_text: True)
# "a girl in my art class sat with me at lunch" (Zoe, the day after "nobody at school likes me")
# got "That's interesting! What did you do with her?"
SAT_WITH_ME = Steer(re.compile(
    NO_QUESTION + r"(?!.*(?:n't|\bnot|\bnever|\bno one|\bnobody)\b).*(?:\b(?:sat|had lunch|"
    r"talked|chatted|hung out|played|walked home) with me\b|\basked me to (?:sit|hang out|play|"
    r"join)\b)", re.IGNORECASE),
    "Someone was kind to them and kept them company: be really glad, and ask about that person.",
    ("Oh{name}, that's lovely! I'm so glad.",), question_only=False, calm_only=True,
    ask=lambda user_text: "What are they like?", whole=lambda user_text: True)
# "I've just had knee surgery so I'm stuck on the sofa for six weeks." (Dee) got "What are some
# things you're doing to stay healthy?"
JUST_HAD_OP = Steer(re.compile(
    NO_QUESTION + r".*\bi(?:'ve| have)? (?:just |only just |recently )?(?:had|come out of) "
    r"(?:my |an? |the )?(?:\w+ )?(?:surgery|operation|op|replacement)\b", re.IGNORECASE),
    "They have just had an operation: say that's a lot to go through, and ask how they are "
    "feeling. No advice.",
    ("Oh{name}, that's a lot to go through.",), question_only=False,
    ask=lambda user_text: "How are you feeling?", whole=lambda user_text: True)
# "I'm training for a marathon in April." (Tom) got "Marathon training can be challenging, but
# it's a great way to improve your endurance and fitness."
_TRAINING = re.compile(
    NO_QUESTION + r".*\bi(?:'m| am)(?: currently| still)? training for (?:a|an|the|my first) "
    r"((?:half[- ])?marathon|10k|5k|triathlon|ultra(?:marathon)?|race|fun run|ironman)\b",
    re.IGNORECASE)


def _how_is_it_going(user_text: str) -> str:
    return f"{a_race(_TRAINING, user_text)}! How's the training going?"


TRAINING_FOR = Steer(_TRAINING, "They are training for a race: be glad and interested, and ask "
                     "how it is going. No fitness facts.", ("Ooh, good for you{name}!",),
                     question_only=False, calm_only=True, ask=_how_is_it_going,
                     whole=lambda user_text: True)
# "I ran ten miles today." (Tom) got "Running is a fantastic way to stay active and improve your
# cardiovascular health."
DID_A_RUN = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:just |finally )?(?:ran|did|cycled|swam|walked|ran a|did a) (?:a |my "
    r"first )?(?:\w+ |\d+(?:\.\d)? ?)?(?:miles?|k|km|kilometres?|kilometers?|laps|lengths|half "
    r"marathon|marathon|parkrun)\b", re.IGNORECASE),
    "They ran (or swam, or cycled) a good distance: be impressed and glad, and ask how it felt. "
    "No fitness facts.",
    ("Wow, that's brilliant{name}!",), question_only=False, calm_only=True,
    ask=lambda user_text: "How are your legs feeling?", whole=lambda user_text: True)
# "I'm so bored already." (Dee, stuck on the sofa after surgery) got "That's okay, sometimes it
# helps to take a break."; "First week of retirement and I'm already bored stiff." (Frank) got
# "That's understandable. How do you feel about it?".
BORED = Steer(re.compile(
    r"(?:^|[,;]\s*|\band )\s*(?:(?:ugh|oh|honestly|god)[, ]+)?(?:i'm|i am|im) (?:so |really |just |"
    r"sooo+ |very |"
    r"bloody |totally |already )*bored(?: already| stiff| out of my (?:mind|skull)| silly)?\s*"
    r"[.!]*\s*$", re.IGNORECASE),
    "They are bored: be light and warm, and ask what they'd enjoy doing. No lecture.",
    ("Ugh{name}, being bored is the worst.",), question_only=False,
    ask=lambda user_text: "What would you be doing if you could?",
    whole=lambda user_text: True)

# Seven more people (the second batch): Sami, a nurse who lost a patient; Irene, forgetting
# things; Kev, a football fan; Ola, a student from Lagos in her first Leeds winter; Mags, caring
# for Jim; Lily, nine; Greg, thirty days sober.
# "We got battered four nil." (Kev) got "Let's talk about what happened and how we can improve
# for next time."
_SCORE = r"(?:nil|zero|one|two|three|four|five|six|seven|\d)"
TEAM_LOST = Steer(re.compile(
    NO_QUESTION + r".*\bwe (?:lost|got (?:battered|thrashed|hammered|beat|beaten|smashed|stuffed|"
    r"done)|were (?:battered|thrashed|hammered|beaten|robbed|stuffed))(?: \w+)?(?: " + _SCORE +
    r"[- ](?:" + _SCORE + r"))?(?: (?:again|at home|away|in the (?:final|derby|cup)|on "
    r"(?:saturday|sunday|penalties)|last night|today))?\s*[.!]*$", re.IGNORECASE),
    "Their team lost: commiserate like a fellow fan, and ask who they played. No coaching.",
    ("Ouch{name}, that's a painful one to watch!",), question_only=False, calm_only=True,
    ask=lambda user_text: "Who were you playing?", whole=lambda user_text: True)
# "The ref was an absolute joke." (Kev) got "It's important for referees to be fair and
# impartial."
BAD_REF = Steer(re.compile(
    NO_QUESTION + r".*\bthe (?:ref|referee|umpire)(?:'s| was| is|'s been)? (?:an? )?(?:absolute |"
    r"total |complete |bloody |so |utterly )?(?:joke|shambles|useless|rubbish|blind|clueless|"
    r"disgrace|awful|terrible|a joke)\b", re.IGNORECASE),
    "They are cross about the referee: side with them, light and warm. No lecture on fairness.",
    ("Ugh, nothing worse than a bad ref{name}!",), question_only=False,
    ask=lambda user_text: "What did they get wrong?", whole=lambda user_text: True)
# "I really miss my mum's jollof rice." (Ola, from Lagos) got "It's great that you're still
# interested in your mom's food."
MISS_HOME_FOOD = Steer(re.compile(
    NO_QUESTION + r".*\bi (?:really |so |just )?miss (?:my (?:mum|mom|mother|mam|mama|dad|nan|"
    r"gran|grandma|granny|nana)'s|home) (?:cooking|food|\w+(?: \w+)?)\b", re.IGNORECASE),
    "They miss the food of home: say nothing tastes quite like it, warmly, and ask about it.",
    ("Oh{name}, that's hard, nothing tastes quite like home.",), question_only=False,
    ask=lambda user_text: "What makes it so special?", whole=lambda user_text: True)
# "I feel guilty even saying I want a break." (Mags, caring for Jim, who has Parkinson's) got
# "It's okay to feel guilty sometimes, but try to take care of yourself."
CARER_GUILT = Steer(re.compile(
    NO_QUESTION + r"(?=.*\bguilt(?:y)?\b).*\b(?:a break|time off|a rest|a night off|time (?:for|"
    r"to) myself|some time alone|a day off|some peace)\b", re.IGNORECASE),
    "They feel guilty for wanting a break from caring: say wanting a break doesn't make them "
    "selfish, caring is exhausting, and ask when they last had time for themselves. No advice.",
    ("Oh{name}, wanting a break doesn't make you selfish. Caring for someone day after day must be "
     "exhausting.",), question_only=False,
    ask=lambda user_text: "When did you last have some time for yourself?",
    whole=lambda user_text: True)
# "Jim had a fall last night." (Mags) got "Oh no! That's a sad news. How did Jim feel after the
# fall?"
_HAD_A_FALL = re.compile(
    # "He had a fall in the night but he's alright." (Harriet) is told as over: SCARE_BUT_OK
    NO_QUESTION + r"(?!.*\b(?:alright|all right|okay|ok|fine)\b)"
    r"(?:.*\b(?:my (\w+)|(he|she))|\s*((?-i:[A-Z][a-z]+)))(?:'s| has)? (?:had|took) "
    r"(?:a |another )?(?:bad |nasty |little |big )?(?:fall|tumble)\b", re.IGNORECASE)


def _are_they_alright(user_text: str) -> str:
    found = _HAD_A_FALL.search(user_text)
    if found and found.group(3):
        return f"Is {found.group(3)} alright?"
    who = them_of((found.group(1) or found.group(2) or "") if found else "", names=False)
    return f"Is {THEY[who]} alright?" if who != "them" else "Are they alright?"


HAD_A_FALL = Steer(_HAD_A_FALL, "Someone close had a fall: be concerned and ask if they are "
                   "alright. No advice.", ("Oh no{name}, falls are such a fright.",),
                   question_only=False, ask=_are_they_alright, whole=lambda user_text: True)
# "He's okay, just bruised." (Mags, of Jim's fall) got "Is there anything else you'd like to know
# about Jim?"
JUST_BRUISED = Steer(re.compile(
    r"^\s*(?:(?:oh|well|yeah|no),? )?(?:he|she|they|(?-i:[A-Z][a-z]+))(?:'s| is|'re| are) (?:okay|"
    r"ok|fine|alright|all right)(?: now)?(?:,| -)? (?:just|only|but|thank god|thankfully)"
    r"(?: a bit)? (?:bruised|shaken|sore|shaken up|battered|bumped|grazed)\b[^?]*$", re.IGNORECASE),
    "Someone close is okay after a scare: be relieved with them, and ask how they are after it.",
    ("Oh, thank goodness{name}. That must have given you a fright.",), question_only=False,
    ask=lambda user_text: "How are you doing after it all?", whole=lambda user_text: True)
# "Am I losing my mind?" (Irene, forgetting things, her daughter wanting her to see a doctor) got
# "Oh, that sounds very serious. Try to talk about your feelings with someone you trust".
LOSING_MY_MIND = Steer(re.compile(
    r"\b(?:am i|i think i'm|i feel like i'm|i'm scared i'm|what if i'm) (?:losing|going out of) "
    r"my (?:mind|marbles|memory)\b|\b(?:am i|i think i'm) going (?:mad|senile|doolally|gaga)\b",
    re.IGNORECASE),
    "They fear they are losing their mind or memory: be gentle and calm, say forgetting has many "
    "causes and a doctor can help find out, and ask what worries them most. Never diagnose.",
    ("Oh{name}, that must be so frightening. Forgetting things can have lots of causes, "
     "and a doctor can help find out.",), question_only=False,
    ask=lambda user_text: "What worries you most about it?", whole=lambda user_text: True)
# "Yesterday I found my glasses in the fridge." (Irene) got "That's great to hear! It's always
# good to keep your things organized."
MISLAID = Steer(re.compile(
    NO_QUESTION + r".*\b(?:found|put|left) my (?:\w+ )?\w+ in the (?:fridge|freezer|oven|washing "
    r"machine|bin|microwave|bread bin|cupboard)\b|\bi keep (?:forgetting|losing) where i (?:put|"
    r"left) (?:things|stuff|everything|my \w+)\b|\bi keep losing (?:things|stuff|my \w+)\b",
    re.IGNORECASE),
    "They keep mislaying things: be kind, say it happens to everyone now and then, and ask "
    "gently whether it has been worrying them.",
    ("Oh{name}, that's so normal, it happens to all of us now and then.",
     "Aw{name}, that sounds so frustrating. We all do things like that sometimes."),
    question_only=False,
    ask=lambda user_text: "Has it been worrying you?", whole=lambda user_text: True)
# "Still thinking about last night though." (Sami, a nurse, the day after losing a patient) got
# "Sometimes it helps to reflect on the day. What do you think about your work?"
STILL_THINKING = Steer(re.compile(
    r"^\s*(?:(?:i'm|i am|i've been|i keep|i can't stop|i cannot stop) )?(?:still )?thinking about "
    r"(?:it|that|last night|yesterday|what happened|him|her|them|the \w+)(?: though| a lot| all "
    r"day)?\s*[.!]*$", re.IGNORECASE),
    "What happened still weighs on them: say that's understandable, it's a lot to carry, and ask "
    "gently if they want to talk about it. No advice.",
    ("That's understandable{name}, it's a lot to carry.",), question_only=False,
    ask=lambda user_text: "Do you want to talk about it?", whole=lambda user_text: True)
# "I'm thirty days sober today." then "Work's Christmas party is on Friday." (Greg) got "That
# sounds like a fun party! I hope you have a great time.", "Should I go?" "go ahead and enjoy".
SOBER_OCCASION = Steer(re.compile(
    NO_QUESTION + r".*(?:\b(?:christmas|office|work|works|work's|leaving|birthday|new year's|hen|"
    r"stag|summer)\b.{0,12}\b(?:party|do|drinks|night out)\b|\b(?:everyone|everybody|they)(?:'ll| "
    r"will| are going to)? be (?:drinking|on the booze|getting drunk|boozing)\b)", re.IGNORECASE),
    "They are sober and a drinking occasion is coming: don't cheer it on; ask gently how they "
    "feel about it.",
    ("Oh{name}, that sounds like a tricky one.", "Hmm{name}, that sounds like it could be hard."),
    question_only=False,
    ask=lambda user_text: "How are you feeling about it?", whole=lambda user_text: True,
    sober_only=True)
SOBER_DECIDING = Steer(re.compile(
    r"^\s*(?:so |but )?should i (?:go|still go|even go|give it a miss|skip it)\b", re.IGNORECASE),
    "They are sober and unsure whether to go where people drink: their sobriety comes first; "
    "don't decide for them, ask what their gut says.",
    ("It's your call{name}, and looking after your sobriety comes first.",),
    ask=lambda user_text: "What does your gut tell you?", whole=lambda user_text: True,
    sober_only=True)


# "nibbles escaped last night" (Lily, nine, of her hamster) got "Oh no! Is there anything you can
# do to help keep him safe?"
PET_MISSING = Steer(re.compile(
    r"^\s*(?:(?:oh|and|so|guess what)[, ]+)?(?:my (?:dog|cat|hamster|rabbit|guinea pig|budgie|"
    r"tortoise|puppy|kitten|bird|gerbil|ferret)|(?-i:[A-Z][a-z]+)|[a-z]+) (?:escaped|ran away|ran "
    r"off|went missing|got out(?! of (?:prison|jail|hospital|rehab|the army|bed|the car|the "
    r"house))|has gone missing|is missing)\b[^?]*$", re.IGNORECASE),
    "Their pet escaped or went missing: say how worrying that is, and ask if they found it.",
    ("Oh no{name}, that must have been so worrying!",), question_only=False,
    ask=lambda user_text: "Did you find them?", whole=lambda user_text: True)


# Gloria (who gets muddled) said "I get muddled these days, it frightens me a bit." and got
# "That's a common feeling. It can be hard to focus and stay on task.": frightened, she needs
# to hear that a doctor can help (a confusion can have a simple cause: an infection, a vitamin).
_MUDDLED = re.compile(
    NO_QUESTION + r".*\b(?:i|i'm|i am) (?:get|getting|gets|keep getting|feel|feeling|seem to get|"
    r"been getting|am getting|'m getting)? ?(?:so |a bit |really |very |all |more |quite |a little "
    r")*(?:muddled|confused|mixed up|foggy|befuddled|in a muddle)\b(?=.*\b(?:these days|lately|"
    r"more and more|a lot|all the time|recently|now|anymore|frighten\w*|scar\w*|worr\w*|"
    r"afraid)\b)", re.IGNORECASE)
_AFRAID = re.compile(r"\b(?:frighten\w*|scar\w*|worr\w*|afraid|terrif\w*)\b", re.IGNORECASE)


def _doctor_if_afraid(user_text: str) -> str:
    if _AFRAID.search(user_text):
        return ("It's worth telling your doctor: sometimes there's a simple cause, like an "
                "infection or a vitamin, and they can help either way. Would you feel able to?")
    return "Has it been worrying you?"


MUDDLED = Steer(_MUDDLED, "They find themselves muddled lately: be kind; if it frightens them, "
                "suggest mentioning it to their doctor.", ("Oh{name}, that must be unsettling.",),
                question_only=False, ask=_doctor_if_afraid, whole=lambda user_text: True)
# "I can't remember if I locked the back door." got "I'm sorry to hear that. How do you feel about
# it?": a friend says go and check.
NOT_SURE_I_DID = Steer(re.compile(
    NO_QUESTION + r".*\b(?:can't|cannot|can not|don't) remember (?:if|whether) i (?:locked|turned "
    r"(?:off|the)|switched (?:off|the)|shut|closed|unplugged|left)\b", re.IGNORECASE),
    "They cannot remember whether they did something at home: suggest checking, kindly.",
    ("It might be worth popping to check{name}, just to put your mind at rest.",),
    question_only=False, whole=lambda user_text: True)
# "Doctor says I've got type 2 diabetes." (Mick, a lorry driver) got "That's a common condition,
# Mick. What are your plans for managing it?": news about their health is taken in first.
# (Long-term conditions like MS are pipeline.health_steers' LIVING_WITH.)
NEW_DIAGNOSIS = Steer(re.compile(
    NO_QUESTION + r".*\b(?:(?:the |my )?(?:doctor|doctors|gp|consultant|hospital|specialist|nurse)"
    r"(?: has)? (?:says?|said|told me|confirmed)(?: that)? i(?:'ve got| have got| have|'ve| had)|"
    r"i(?:'ve| have)? (?:just |finally |today |now )?(?:been|got|was) diagnosed with|i found out "
    r"(?:today |this week )?(?:that )?i(?:'ve got| have)) (?:type [12] |type (?:one|two) |high |"
    r"early[- ]stage |stage \w+ )?(?:diabetes|blood pressure|cholesterol|cancer|asthma|"
    r"arthritis|heart disease|a heart condition|heart failure|sleep apnoea|sleep apnea|"
    r"osteoporosis|kidney disease|glaucoma|a tumou?r|angina|atrial fibrillation|af|copd|"
    r"alzheimer'?s|dementia|motor neurone disease)\b",
    re.IGNORECASE),
    "They were just told of an illness of their own: take the news in with them first; no facts "
    "or advice about the condition. Ask how they feel about it.",
    ("Oh{name}, that's a lot to take in. How are you feeling about it?",),
    question_only=False, whole=lambda user_text: True)
# "Her sister might take her for a weekend so I can rest." (Ahmed, caring for his wife) got
# "Ahmed, you might consider asking your sister to take care of your wife".
RESPITE = Steer(re.compile(
    NO_QUESTION + r".*\b(?:might|could|will|'ll|is going to|offered to|has offered to|said "
    r"(?:she|he|they)'d) (?:take|have|look after|sit with|mind) (?:her|him|them|the kids|mum|dad)"
    r"\b[^.!?]{0,30}\bso (?:i|we) can (?:rest|have a (?:break|rest|lie-in)|get (?:a|some) "
    r"(?:break|rest|sleep)|sleep|recharge)\b", re.IGNORECASE),
    "Someone will take over the caring for a while so they can rest: be glad for them, say they "
    "deserve it, and ask how it feels.",
    ("Oh{name}, you really deserve that rest. How does it feel to think about some time for "
     "yourself?",), question_only=False, whole=lambda user_text: True)
# "I'm going to go round there and smash his windscreen." (Neil, his drive blocked for months)
# got "That's not a good idea. It could be dangerous and cause damage to your car.".
GETTING_EVEN = Steer(re.compile(
    NO_QUESTION + r"(?!.*\b(?:lol|haha\w*|jk|joking|kidding)\b).*\bi(?:'ll| will|(?:'m| am|m)? "
    r"(?:going to|gonna)| want to| wanna| could| "
    r"might)(?: just)? (?:go (?:round|over|out)(?: there)? and )?(?:(?:smash|key|slash|scratch|"
    r"punch|hit|batter|deck|thump|smack|egg|trash|wreck|lamp) (?:his|her|their|him|them|that|"
    r"someone|somebody)\b|let (?:his|her|their) tyres down)", re.IGNORECASE),
    "They are angry enough to damage something or hurt someone: take the anger seriously, say "
    "it would land them in trouble, never say it is a good idea, and ask what has been going on.",
    ("I can hear how fed up you are{name}, and anyone would be. But please don't: it would only "
     "land you in trouble. What's been going on?",), question_only=False,
    whole=lambda user_text: True)
# "My neighbour's parked across my drive again." (Neil) got "That's a bit annoying, isn't it?".
NEIGHBOUR_AGAIN = Steer(re.compile(
    NO_QUESTION + r".*\bmy (?:\w+ )?(?:neighbours?|next door|flatmate|housemate|landlord)(?:'s|"
    r"'ve| has| have| is| are)? (?:parked|blocked|left|dumped|playing|shouting|banging|partying|"
    r"had a party|letting|put|taken|took|using|borrowed)\b[^.!?]{0,40}\bagain\b",
    re.IGNORECASE),
    "Someone at home or next door keeps doing something maddening: be on their side, ask how "
    "long it has gone on. No advice yet.",
    ("Oh no, not again{name}! That would drive anyone mad. How long has it been going on?",),
    question_only=False, whole=lambda user_text: True)
# "I think I'm going through the menopause." (Maria, 49) got "That's a common experience... seek
# support if needed.".
THE_CHANGE = Steer(re.compile(
    NO_QUESTION + r".*\bi(?: think i)?(?:'m| am|m) (?:going through|in|starting|into) (?:the )?"
    r"(?:menopause|perimenopause|peri-menopause|peri|the change)\b(?! of\b)", re.IGNORECASE),
    "They are going through the menopause: be warm, no facts list, ask how it is affecting them.",
    ("That can be such a lot to deal with{name}. How has it been affecting you?",),
    question_only=False, whole=lambda user_text: True)
# "The hot flushes wake me up every night." (Maria) got "That's a common symptom of menopause.".
HOT_NIGHTS = Steer(re.compile(
    NO_QUESTION + r".*\b(?:hot flushes|hot flashes|night sweats|flushes|sweats)\b[^.!?]{0,20}\b"
    r"(?:wake|waking|woke|keep|keeping) me (?:up)?\b", re.IGNORECASE),
    "Hot flushes or night sweats break their sleep: say how exhausting that is, ask how they "
    "cope with the days. No facts list.",
    ("Oh{name}, that sounds exhausting, broken sleep night after night. How are you getting "
     "through the days?",), question_only=False, whole=lambda user_text: True)
# In steers.STEERS, before all others: the first that fits
MOMENTS = (IS_IT_DAFT, POINTLESS, TOO_SOON, ALONE_AGAIN, SAT_WITH_ME, JUST_HAD_OP,
           TRAINING_FOR, DID_A_RUN, BORED, TEAM_LOST, BAD_REF, MISS_HOME_FOOD, CARER_GUILT,
           HAD_A_FALL, JUST_BRUISED, LOSING_MY_MIND, MISLAID, MUDDLED, NOT_SURE_I_DID,
           STILL_THINKING, SOBER_OCCASION,
           SOBER_DECIDING, PET_MISSING, NEW_DIAGNOSIS, RESPITE, GETTING_EVEN,
           NEIGHBOUR_AGAIN, THE_CHANGE, HOT_NIGHTS)
