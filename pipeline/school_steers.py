"""Steers for school and study: nerves before exams, an exam they think went badly, nagging about
revision, being bullied, parents who want another path for them (``pipeline.steers`` tries them in
its order).

Each was a reply that went wrong with Zoe (15, her GCSE mocks next week), who types in
lowercase."""

from __future__ import annotations

import re

from pipeline.steer import THEY, Steer, them_of

# A school's tests, not a hospital's ("My dad's in hospital for some tests tomorrow") nor a
# driving test, which is not "exams".
_EXAMS = (r"exams?|mocks?|finals|gcses?|a[- ]levels?|sats|resits?|coursework|dissertation|"
          r"(?:maths?|science|spelling|history|french|english|chemistry|biology|physics|school|"
          r"class|end of year) tests?")
# "i have my gcse mocks next week and im freaking out" got "Oh, that sounds stressful! Remember,
# it's okay to feel nervous.", and before the tone knew "freaking out", "That's a big step, Zoe."
EXAM_NERVES = Steer(re.compile(
    # their own exams, not a child's ("My daughter's exams are next week and she's so stressed.")
    r"^(?!.*\?)(?!.*\b(?:son|daughter|kids?|child|children|grandson|granddaughter|he's|she's|"
    r"they're|he is|she is)\b)(?=.*\b(?:" + _EXAMS + r")\b).*\b(?:freaking out|nervous|stressed|"
    r"stressing|panicking|scared|worried|anxious|terrified|bricking it|so behind|losing my mind)\b",
    re.IGNORECASE),
    "They are stressed about exams: be warm, say it's normal, and ask what worries them most. "
    "No revision tips unless asked.",
    ("Oh{name}, exams are so stressful, and it's completely normal to feel like this. What's "
     "worrying you most?",), question_only=False, whole=lambda user_text: True)
_FAILED = re.compile(
    r"^(?!.*\?).*?\bi (?:(think i|reckon i|feel like i|probably|might have|may have) )?(?:just |"
    r"totally |completely |definitely |really )?(?:failed|flunked|bombed|messed up|screwed up|"
    r"blew)(?: on| in)? (?:(?:the|my|that|this|our) (?:\w+ ){0,2}(?:" + _EXAMS + r"|tests?|one|"
    r"paper|quiz)\b|(?:maths|math|english|science|physics|chemistry|biology|history|geography|"
    r"french|spanish|german)\W*$)",  # "cos i failed maths" (Gus, 15) got "What can you do?"
    re.IGNORECASE)


def _went_badly(user_text: str) -> str:
    found = _FAILED.search(user_text)
    if found is not None and found.group(1):  # not sure yet
        return ("that's such a horrible feeling. You might have done better than you think. What "
                "makes you think it went badly?")
    return "I'm sorry, that's so disappointing. Will you get another go at it?"


# "i think i failed the chemistry one" got "That's okay. How do you feel about it?".
EXAM_FAILED = Steer(_FAILED, "They think an exam went badly: be kind, no lecture, ask about it.",
                    ("Oh no{name},",), question_only=False,
                    ask=_went_badly, whole=lambda user_text: True)
# "my mum keeps nagging me to revise" got "That's understandable. Sometimes, it helps to talk
# about your feelings with someone you trust.".
_NAGGING = re.compile(
    r"^(?!.*\?).*\b((?:my|our) (?:mum|mom|dad|mam|parents|mum and dad|gran|nan|grandma|"
    r"teacher|teachers)|(?i:she|he|they)) (?:keeps?|is always|are always|won't stop|never stops|"
    r"is constantly|are constantly|just keeps?) (?:on )?(?:nagging|on at me|going on at me|"
    r"telling me to|asking me to|moaning at me)\b", re.IGNORECASE)


def _means_well(user_text: str) -> str:
    found = _NAGGING.search(user_text)
    they = THEY[them_of(found.group(1), names=False) if found else "them"]
    means = "mean" if they == "they" else "means"
    return f"even when {they} {means} well. How are you getting on with it, honestly?"


NAGGED = Steer(_NAGGING, "Someone keeps nagging them: be on their side, and ask how it is going.",
               ("Ugh, that can be so annoying{name},",), question_only=False, ask=_means_well,
               whole=lambda user_text: True)
# "Everyone I know passed first time." (Jamal, after failing his driving test a third time) got
# "That's great news, Jamal! It's always good to hear that everyone is doing well."
OTHERS_PASSED = Steer(re.compile(
    r"^(?!.*\?).*\b(?:everyone|everybody|all (?:of )?my (?:friends|mates|classmates))(?: else| i "
    r"know| else i know)(?: (?:at|in|from) \w+(?: \w+)?)? (?:passed|got (?:in|through|theirs|it)|"
    r"did it|managed it|got their licen[cs]e)\b", re.IGNORECASE),
    "Others passed where they failed: say that stings, and that everyone gets there in their own "
    "time; ask how they feel. Never be glad about the others.",
    ("That must hurt all the more{name}, but everyone gets there in their own time. How are you "
     "feeling about it?",), question_only=False, whole=lambda user_text: True)
# "I booked another test for March." (Jamal, three driving tests failed) got "That's great news!".
TRYING_AGAIN = Steer(re.compile(
    r"^(?!.*\?).*\bi(?:'ve| have)? (?:just |now |finally )?(?:booked|re-?booked|signed up for|"
    r"applied for|put in for) (?:another|a new|my next|the next|a second|a third|a fourth|a "
    r"retake|a resit|my resit|my retake) (?:driving |theory |practical )?(?:test|exam|go|attempt|"
    r"resit|retake)\b", re.IGNORECASE),
    "They booked another try after failing: praise them for getting back on it, ask how they "
    "feel about it.",
    ("Good for you for getting straight back on it{name}! How are you feeling about the next "
     "one?",), question_only=False, whole=lambda user_text: True)
# "How do I stop panicking when I drive?" (Jamal, who panics at roundabouts) got "...practice
# your skills in a calm environment, like at home or a friend's house.".
DRIVING_NERVES = Steer(re.compile(
    r"\b(?:stop|not|avoid|calm|cope with|deal with|handle|get over|manage) (?:my )?"
    r"(?:panick?(?:ing)?|nerves|nervous|anxiety|anxious|freaking out)\b.*\b(?:driv\w*|roundabouts?"
    r"|motorways?|test)\b|\b(?:nervous|anxious|panic\w*) (?:when|while) (?:i'm )?driving\b",
    re.IGNORECASE),
    "They ask how to stay calm when driving: say it's common, and give two short tips.",
    # said whole: led on, the model gave "Slow down, take deep breaths, and try to focus on the
    # road ahead. Practicing with a friend or instructor can also help", and no tip that fits
    ("That sounds really stressful{name}, and lots of learners feel exactly that. Slow breaths "
     "while you wait help, and so does asking your instructor to practise the scary bits at "
     "quiet times, until they feel normal.",),
    question_only=False, whole=lambda user_text: True)
# "some kids at school keep making fun of me" got "Try to be kind and supportive of others, even
# if they make fun of you", and "they call me names" "Try to respect others and not use mean
# language. What can you do to make them feel better?": the bullied were told to do better.
# Who does it, for the ambiguous verbs: "it hit me how much I miss her" and "the baby kicked me"
# are no bullying.
# ...and at home: "My dad used to hit me." got "That sounds like a lovely memory".
_THEY = (r"\b(?:they|kids|boys|girls|people|everyone|someone|he|she|guys|others|dad|father|mum|"
         r"mom|mother|stepdad|stepmum|stepmom|husband|wife|partner|boyfriend|girlfriend|brother|"
         r"sister|ex)(?: \w+){0,3} ")
BULLIED = Steer(re.compile(
    r"\b(?:making|make|makes|made) fun of me\b|\bbull(?:ies|ied|ying|y me)\b|\bpick(?:s|ing|ed)? "
    r"on me\b|\bcall(?:s|ed|ing)? me names\b|\bleave me out\b|\bleft me out\b|\b(?:posted|shared|"
    r"sent round|spread|put up) (?:a |an |some |this |that )?(?:\w+ )?(?:photo|picture|pic|video|"
    r"screenshot|rumou?rs?|lies)(?: of| about) me\b|" + _THEY
    + r"(?:laugh(?:s|ed|ing)? at|push(?:es|ed)?|shove[sd]?|hit|hits|kick(?:s|ed)?|trip(?:s|ped)?) "
    r"me\b", re.IGNORECASE),
    "They are being treated cruelly: it is not their fault. Be on their side, never tell them to "
    "be kinder or change, and gently ask whether there is someone they trust they could tell.",
    ("That's not okay, and it's not your fault. Have you been able to tell anyone?",
     "I'm so sorry. Nobody deserves that. Is there someone you trust you could tell?"),
    question_only=False)
# Tasha (15, a photo of her posted at school) said "i dont want to go to school tomorrow" and
# got "It's okay if you don't want to go. Maybe we can talk about something else?"; then, of
# telling her mum, "she'll just make it worse" got "That's true. It might make things worse".
SCHOOL_DREAD = Steer(re.compile(
    r"^(?!.*\?).*\bi (?:don't|dont|do not|really don't|can't face|cant face) (?:want to |wanna )?"
    r"(?:go|going) (?:in|back )?(?:to |into )?(?:school|college)\b", re.IGNORECASE),
    "They don't want to go to school: take it seriously; neither push them nor agree they skip "
    "it. If they told you why, suggest one adult at school they trust; else ask gently why.",
    ("That sounds really hard{name}.",), question_only=False)
TELLING_WORSE = Steer(re.compile(
    r"^(?!.*\?).*\b(?:she|he|they|it|that|telling (?:her|him|them|anyone|someone|my \w+))"
    r"(?:'ll|'d| will| would| just)? (?:just |only )?(?:make|makes) (?:it|things|everything) "
    r"(?:even )?worse\b", re.IGNORECASE),
    "They fear telling someone will make things worse: never agree; say the fear makes sense, "
    "that telling usually helps, and ask if there is someone else they trust to tell first.",
    ("I get why you'd worry about that{name}. Telling someone can feel scary, but it usually "
     "helps more than you'd think. Is there someone else you trust you could tell first?",),
    question_only=False, whole=lambda user_text: True)
BULLYING = (BULLIED, SCHOOL_DREAD, TELLING_WORSE)
# "my parents want me to do medicine but i want to do art" (Tia, 17) got "try to listen to your
# parents and what they want for you".
_OWN_PATH = re.compile(
    r"^(?!.*\?).*\b(?:my )?(?:parents|mum|mom|dad|family) wants? me to (?:do|study|be|become|go "
    r"into|take) [\w ]+? but i(?:'d)? (?:really )?(?:want|wanna|would rather|rather|love) (?:to )?"
    r"(?:do|study|be|become|go into|take)? ?(?:an? )?([\w ]+?)[.!]*$", re.IGNORECASE)


def _what_you_love(user_text: str) -> str:
    found = _OWN_PATH.search(user_text)
    return f"What do you love about {found.group(1).strip().lower() if found else 'it'}?"


OWN_PATH = Steer(_OWN_PATH, "Their parents want another path for them: say it is a hard spot, "
                 "never side with the parents, and ask what they love about their own choice.",
                 ("That's such a hard spot to be in{name}, wanting to make them proud and follow "
                  "your own heart too.",), question_only=False, ask=_what_you_love,
                 whole=lambda user_text: True)
# "my dad still thinks art is a waste of time" (Tia) got "That's understandable.".
WASTE_OF_TIME = Steer(re.compile(
    r"^(?!.*\?).*\b(?:thinks?|says?|said|reckons?)(?: that)? (?!my job\b|work\b)[\w ]{2,25} "
    r"(?:is|are|was) (?:a |just a |a complete |a total )?(?:waste of time|pointless|not a real "
    r"job)\b", re.IGNORECASE),
    "Someone close belittles what they love: be on their side, say it must sting, and ask what "
    "they love about it.",
    ("Oh{name}, that must really hurt, when it matters so much to you. What do you love most "
     "about it?",), question_only=False, whole=lambda user_text: True)
