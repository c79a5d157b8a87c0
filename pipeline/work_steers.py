"""Steers for work: a new job begun, someone in their care lost at work, a long career, training
for a job (``pipeline.steers`` tries them in its order).

Each was a reply that went wrong with Owen (a new paramedic), George (a retired carpenter) or
Amina (a trainee nurse), talked to as a new user would."""

from __future__ import annotations

import re

from pipeline.steer import Steer, them_of

_JOB = r"(?:job|role|position|post|placement|apprenticeship)"
# "I've just started a new job as a paramedic." got "That's great news!", and nothing more.
_NEW_JOB = re.compile(
    r"^(?!.*\?)(?!.*\b(?:hate|dread|awful|horrible|terrible|worst)\b).*\bi(?:'ve| have|'m| am)? "
    r"(?:just |finally |only |now )?(?:started|begun|began|starting|beginning) (?:a |my |the )?"
    r"(?:brand )?new " + _JOB + r"\b", re.IGNORECASE)


def _so_far(user_text: str) -> str:
    found = _NEW_JOB.search(user_text)
    ahead = found is not None and re.search(r"\b(?:starting|beginning)\b", found.group(), re.I)
    return "How are you feeling about it?" if ahead else "How's it going so far?"


NEW_JOB = Steer(_NEW_JOB, "They have just started a new job: be glad with them and ask how it's "
                "going.", ("Oh, how exciting{name}!",), question_only=False, calm_only=True,
                ask=_so_far, whole=lambda user_text: True)

_LOST_ONE = r"(patient|resident|client|pupil|student|service user)"
# "My first shift was brutal, we lost a patient." (Owen, a paramedic) got "Aw, sounds like you
# could use some rest. What do you think about your new job?".
_LOST_AT_WORK = re.compile(
    r"^(?!.*\?).*(?:\b(?:we|i) (?:just |sadly )?lost (?:a|one of (?:my|our)|an? (?:elderly |"
    r"young |little )?)\s*(patient|resident)s?\b(?!'s| to\b)|\b(?:a|one of (?:my|our)) (?:elderly "
    r"|young )?" + _LOST_ONE + r"s? (?:died|passed away|passed|didn't make it|did not make it)\b)",
    re.IGNORECASE)


def _losing(user_text: str) -> str:
    found = _LOST_AT_WORK.search(user_text)
    lost = next((g for g in found.groups() if g), "patient").lower() if found else "patient"
    return f"Losing a {lost} is so hard, and it stays with you. How are you holding up?"


LOST_AT_WORK = Steer(_LOST_AT_WORK, "Someone in their care died at work: be warm and sorry, "
                     "no advice, and ask how they are holding up.", ("Oh{name}, I'm so sorry.",),
                     question_only=False, ask=_losing, whole=lambda user_text: True)

# "I was a carpenter for forty years." (George, retired) got "That's a long time! What did you do
# with it?".
_CAREER = re.compile(
    r"^(?!.*\?).*\bi(?: was|'ve been| have been| worked as| am|'m) (an?) ((?!(?:bit|lot|"
    r"little|mess|wreck|smoker|drinker|addict|alcoholic|widow|widower|member|patient|"
    r"prisoner|vegetarian|vegan)\b)[a-z]+(?: [a-z]+)?) for (?:over |almost |nearly |about |more "
    r"than )?((?:[1-9]\d|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty)(?:[- ]\w+)?) "
    r"years\b", re.IGNORECASE)  # a whole career: ten years and more


def _career(user_text: str) -> str:
    found = _CAREER.search(user_text)
    if found is None:
        return "What do you love most about it?"
    article, job, years = found.group(1).lower(), found.group(2).lower(), found.group(3)
    tense = "did" if re.search(r"\b(?:was|worked)\b", found.group(), re.I) else "do"
    return (f"{years[:1].upper()}{years[1:]} years as {article} {job}. What {tense} you love most "
            "about it?")


CAREER = Steer(_CAREER, "They told you of their long working life: be impressed, and ask what "
               "they loved about it.", ("What a career{name}!",), question_only=False,
               calm_only=True, ask=_career, whole=lambda user_text: True)

# "I'm training to be a nurse." (Amina) got "That's great! Training is a rewarding journey. What
# are some of your goals?".
_TRAINING = re.compile(
    r"^(?!.*\?).*\bi(?:'m| am) (?:currently |now |still )?(?:training|studying|retraining|"
    r"learning) (?:to be|to become|as) (an?) ([a-z]+(?: (?!(?:and|but|so|at|in|because)\b)[a-z]+)?)"
    r"\b", re.IGNORECASE)


def _why_that(user_text: str) -> str:
    found = _TRAINING.search(user_text)
    return (f"What made you want to become {found.group(1).lower()} {found.group(2).lower()}?"
            if found else "What made you want to do it?")


TRAINING_AS = Steer(_TRAINING, "They are training for a job: be glad, ask what drew them to it.",
                    ("Oh, that's brilliant{name}!",), question_only=False, calm_only=True,
                    ask=_why_that, whole=lambda user_text: True)
# "My experiment finally worked!" (Elif, a PhD student) got "That's great to hear! How did it
# go?": it went; it worked.
FINALLY_WORKED = Steer(re.compile(
    r"^(?!.*\?)(?!.*(?:n't\b|\b(?:not|never|if|hope)\b)).*(?:\b(?:finally|at last|actually) "
    r"(?:worked|works|came together|paid off)\b|\b(?:worked|came together|paid off) (?:at last|"
    r"in the end)\b|\bi (?:finally|at last) (?:got it (?:working|to work)|cracked it|fixed it|"
    r"figured it out|solved it)\b)", re.IGNORECASE),
    "Something they worked hard at finally worked: be glad with them, and ask how it feels.",
    ("Oh, brilliant{name}! After all that work, too. How does it feel?",), question_only=False,
    calm_only=True, whole=lambda user_text: True)
# "I work night shifts as a nurse." (Priti) got "That's a tough job, but try to take care of your
# health... Do you have any tips for staying healthy during long shifts?".
_WORKS_AS = re.compile(
    # the whole line: "..., so my sleep is all over the place" is about more than the job
    r"^(?:(?:and|well|so|oh|also|yeah)[, ]+)?i work (?:(night shifts?|nights|shifts|long shifts|"
    r"twelve[- ]hour shifts|part[- ]time|full[- ]time|long hours) )?as (an?) ([a-z]+(?: (?!(?:and|"
    r"but|so|at|in|on|for|with|because|now|there|here)\b)[a-z]+){0,2})(?: (?:in|at|for|on) "
    r"[\w' ]+)?[.!]*$", re.IGNORECASE)


_CARING = (r"\b(?:nurse|doctor|carer|care worker|paramedic|midwife|teacher|teaching assistant|"
           r"social worker|firefighter|police officer|support worker|gp|surgeon|physio|"
           r"therapist)\b")


def _what_its_like(user_text: str) -> str:
    found = _WORKS_AS.search(user_text)
    if found is None:
        return "What's it like?"
    when = (found.group(1) or "").lower()
    ask = "How do you find the night shifts?" if "night" in when else "What's it like?"
    job = found.group(3).lower()
    caring = " That's such important work." if re.search(_CARING, job) else ""
    return f"{found.group(2).lower()} {job}!{caring} {ask}"


WORKS_AS = Steer(_WORKS_AS, "They told you their job: be interested, and ask what it's like. No "
                 "advice.", ("Oh{name},",), question_only=False, calm_only=True,
                 ask=_what_its_like, whole=lambda user_text: True)
# "I've got a job interview tomorrow and I'm really nervous" (Chen) got "Oh, that sounds
# nerve-racking. Remember, it's okay to feel nervous.", and no more.
INTERVIEW_NERVES = Steer(re.compile(
    r"^(?!.*\?).*\b(?:job )?interview\b.*\b(?:nervous|anxious|scared|terrified|worried|dreading|"
    r"bricking it|freaking out|panicking|stressed)\b|\b(?:nervous|anxious|scared|terrified|"
    r"worried) (?:about|for) (?:my|the|this|tomorrow's) (?:job )?interview\b", re.IGNORECASE),
    "They are nervous about a job interview: be warm, say nerves show they care, ask about the "
    "job. No tips unless asked.",
    ("Oh{name}, interviews can be so stressful, and being nervous just shows you care. What's "
     "the job?",), question_only=False, whole=lambda user_text: True)
# "I don't even know what I'm good at anymore." (Leon, made redundant after twenty years) got
# "That's okay. Sometimes we need to learn new things or re-evaluate our skills.".
GOOD_AT = Steer(re.compile(
    r"^(?!.*\?).*\bi (?:don't|do not|dont) (?:even |really )?know what i'?m (?:even |actually )?"
    r"(?:good at|good for|for|worth)(?: any ?more)?\b", re.IGNORECASE),
    "They feel they are good at nothing after a knock: say it is a normal feeling that passes, and "
    "ask what people used to come to them for. No advice.",
    ("That's such a normal feeling after a knock like this{name}, and it does pass. What did "
     "people always come to you for?",),
    question_only=False, whole=lambda user_text: True)
# "My wife Tanya says something will turn up." (Leon) got "That's exciting! What do you mean by
# "turn up"?".
_IN_MY_CORNER = re.compile(
    # not "My doctor says I'll be fine.": news of their health (health_steers), not a friend's hope
    r"^(?!.*\?)(?!.*\b(?:but|doctors?|gp|nurse|consultant|surgeon|vet|specialist|physio)\b).*\b"
    r"(my (?:\w+ )?\w+(?: (?-i:[A-Z])[a-z]+)?|she|he|they|(?!(?:everyone|everybody|people|"
    r"nobody|someone|it|this|that)\b)(?-i:[A-Z])[a-z]+)(?: always)? "
    r"(?:says|said|keeps saying|reckons|thinks|promises)(?: that)? (?:something|it|things|"
    r"everything|we|i|you)(?:'ll|'s|'m| will| is going to)? (?:turn up|work out|be (?:ok|okay|"
    r"fine|alright|all right)|come good|sort itself out|get better|doing (?:better|well|great|"
    r"fine|a good job)(?: than i think)?)\b", re.IGNORECASE)


def _in_your_corner(user_text: str) -> str:
    found = _IN_MY_CORNER.search(user_text)
    them = them_of(found.group(1)) if found else "them"
    return f"it's good to have {them} in your corner. How are you feeling about it all?"


IN_MY_CORNER = Steer(_IN_MY_CORNER, "Someone close tells them it will work out: be glad they have "
                     "that support, and ask how they feel.", ("Oh{name},",), question_only=False,
                     ask=_in_your_corner, whole=lambda user_text: True)
# "Two of my staff quit this week." (Omar, who runs a café) got "That's a sad news. What
# happened?".
STAFF_QUIT = Steer(re.compile(
    r"^(?!.*\?).*\b(?:(?:two|three|four|five|some|half|all|most|\d+) of )?(?:my|our|the) (?:staff|"
    r"employees|workers|team|baristas|waiters|waitresses|chefs|cleaners|carers|nurses|drivers|"
    r"staff members|members of staff)(?: \w+)? (?:have |has |just |all )?(?:quit|left|walked out|"
    r"handed in (?:their|his|her) notice|resigned)\b", re.IGNORECASE),
    "People who work for them quit: say that leaves them stretched, ask how they are managing.",
    ("Oh no{name}, that leaves you really stretched. How are you managing?",),
    question_only=False, whole=lambda user_text: True)
# "I've been working sixteen hour days." (Omar) got "That's quite a lot of work. How do you manage
# it?".
LONG_DAYS_AT_WORK = Steer(re.compile(
    r"^(?!.*\?).*\bi(?:'ve| have)? (?:been )?(?:working|doing|pulling) (?:\w+[- ])?(?:hour|hr) "
    r"(?:days|shifts)\b|\bi(?:'ve| have)? been working (?:all hours|every day|seven days a week|"
    r"non-?stop|round the clock)\b", re.IGNORECASE),
    "They are working very long days: say it is exhausting, and ask when they last had a break.",
    ("Oh{name}, that's exhausting. When did you last get a proper break?",),
    question_only=False, whole=lambda user_text: True)
# "Saturday is our busiest day and I don't know how I'll cope." (Omar) got "...What do you think
# about taking a break or adjusting your schedule?".
HOW_ILL_COPE = Steer(re.compile(
    r"^(?!.*\?).*\bi (?:don't|do not|dont) know how (?:i'll|i will|i'm going to|i am going to|"
    r"we'll|we will|we're going to) (?:cope|manage|do it|get through (?:it|this|the \w+)|"
    r"survive)\b",
    re.IGNORECASE),
    "They fear they cannot cope with what is coming: say it sounds like a lot, and ask what "
    "worries them most. No advice.",
    ("That sounds like so much to face{name}. What worries you most about it?",),
    question_only=False, whole=lambda user_text: True)
# "We survived Saturday!" (Omar, two staff short) got "That's great to hear! How do you manage
# your time?".
MADE_IT_THROUGH = Steer(re.compile(
    r"^(?!.*\?)(?:\w+[,.!]* )?(?:we|i) (?:survived|made it through|got through|did it|managed it)"
    r"(?: (?:the|our|my|this|that)? ?\w+(?: \w+)?)?(?: in one piece)?[.!]*$", re.IGNORECASE),
    "They got through something hard: be glad with them, and ask how it went in the end.",
    ("Well done, you made it{name}! How did it go in the end?",), question_only=False,
    calm_only=True, whole=lambda user_text: True)
# "I've hired a new barista, she starts Monday." (Omar) got "That's good news! How does she work?".
NEW_HIRE = Steer(re.compile(
    r"^(?!.*\?).*\b(?:i|we)(?:'ve| have)? (?:just |finally )?(?:hired|taken on|found) (?:a|an) "
    r"(?:new )?(?:barista|chef|cook|waiter|waitress|assistant|cleaner|manager|carer|nanny|"
    r"childminder|member of staff|apprentice|driver|receptionist)\b", re.IGNORECASE),
    "They hired someone to help: be glad for them, and ask how they feel about the week ahead.",
    ("Oh, that's a relief{name}! That should take some of the weight off. How are you feeling "
     "about the week ahead?",), question_only=False, calm_only=True,
    whole=lambda user_text: True)
# "I drive lorries, long haul, I'm parked up in a lay-by near Carlisle." (Ray) got "That sounds
# like a busy life! How do you manage your work?".
DRIVES_FOR_WORK = Steer(re.compile(
    r"^(?!.*\?)(?:(?:and|well|so|oh|also|yeah)[, ]+)?i (?:drive|'ve driven|have driven) (?:lorries|"
    r"trucks|a lorry|a truck|hgvs|an hgv|a taxi|taxis|a cab|buses|a bus|a van|vans|for a living|"
    r"for uber|deliveries|long[- ]haul)\b", re.IGNORECASE),
    "They drive for a living: be interested, and ask what they like most about it. No advice.",
    ("Oh, that's a lot of hours on the road{name}! What do you like most about it?",),
    question_only=False, calm_only=True, whole=lambda user_text: True)
# "my manager put me on the weekend rota again" (Bo) got "It sounds like your manager might not
# be happy with you anymore.": a guess that blames them.
ON_THE_ROTA = Steer(re.compile(
    r"^(?!.*\?).*\b(?:put|stuck|landed|down|scheduled) (?:me )?(?:on|for) (?:the |another |every )?"
    r"(?:weekend|night|nights|late|lates|early|christmas|new year|bank holiday|sunday|saturday) "
    r"(?:rota|shifts?|again)\b", re.IGNORECASE),
    "They were given unwanted shifts: say how annoying that is, and ask if it spoils a plan.",
    ("Oh no{name}, that's so frustrating. Did it mess up any plans?",
     "Ugh{name}, that sounds so annoying. Had you got plans?"), question_only=False,
    whole=lambda user_text: True)
# "I'm shattered but happy." (Ray's courier friend after twenty deliveries) got "That's wonderful
# to hear! It sounds like you're doing well.": the tiredness unheard.
GOOD_TIRED = Steer(re.compile(
    r"^(?!.*\?).*\bi(?:'m| am|'ve been| feel) (?:so |really |absolutely |completely )?(?:shattered|"
    r"exhausted|knackered|tired|worn out|wiped out|cream crackered|dead on my feet) but (?:so |"
    r"really |very )?(?:happy|proud|pleased|content|good|worth it|it was worth it|in a good way)\b",
    re.IGNORECASE),
    "They are tired but happy: be glad, say it's the good kind of tired, and ask what went well.",
    ("Aw{name}, that's the good kind of tired! What made it worth it?",
     "Oh{name}, the best kind of tired! What went well?"), question_only=False,
    whole=lambda user_text: True)
# "We had a really poorly dog in today." (Lou, a vet nurse) got "That's a sad day for you.": a
# patient's suffering seen at work, and no warmth for the one who cared for it.
_HARD_CASE = re.compile(
    r"^(?!.*\?).*\b(?:we|i)(?:'ve| have)? (?:had|got|saw|treated|looked after|nursed) (?:a |an |"
    r"this |one )?(?:really |very |so |quite |badly |seriously )?(?:poorly|sick|ill|unwell|"
    r"injured|hurt) (?:little |old |young )?(dog|cat|puppy|kitten|rabbit|horse|pony|bird|animal|"
    r"patient|baby|child|kid|boy|girl|man|woman|lady|gentleman)\b(?!.*\b(?:died|lost|passed)\b)",
    re.IGNORECASE)


def _how_is_the_patient(user_text: str) -> str:
    found = _HARD_CASE.search(user_text)
    who = found.group(1).lower() if found else ""
    return f"How is the {who} doing now?" if who in ("dog", "cat", "puppy", "kitten", "rabbit",
                                                     "horse", "pony", "patient") \
        else "How are they doing now?"


HARD_CASE = Steer(_HARD_CASE, "At work they cared for someone very ill today: say warmly how hard "
                  "that is to see, and ask how the patient is now. No advice.",
                  ("Oh{name}, that sounds like a hard day. Poor thing.",
                   "Aw{name}, poor thing, that's hard to see."), question_only=False,
                  ask=_how_is_the_patient, whole=lambda user_text: True)
