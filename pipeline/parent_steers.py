"""Steers for new parents and those hoping to be: a baby just born, a night of almost no sleep, a
baby's first smile, the first scan, a fear of being a bad parent, IVF and its two-week wait
(``pipeline.steers`` tries them in its order).

Each was a reply that went wrong with Pete (a new dad, his daughter Rosie weeks old), Jade
(newly pregnant) or Sasha (two years into IVF)."""

from __future__ import annotations

import re

from pipeline.steer import THEY, Steer, them_for, them_of

# Not a loss, and not a child born years ago ("I had a baby three years ago.").
# "We had a baby last night but she is in intensive care." got "Congratulations!".
_NOT_GOOD = (r"(?!.*(?:n't\b|\b(?:not|lost|died|passed|miscarr\w*|stillborn|ago|years?|months?|"
             r"when|since|back in|intensive care|nicu|special care|incubator|poorly|ill|sick|"
             r"scared|worried)\b))")
# ...nor a child in their care: "I had a little girl on the ward who reminded me of my sister."
# (Priyanka, a children's nurse) got "Congratulations, Priyanka! What wonderful news."
_IN_THEIR_CARE = (r"(?!.*\b(?:on|in|at) (?:the|my|our|a) (?:ward|class|classroom|clinic|unit|shift|"
                  r"school|nursery|surgery|practice|group|session)\b)")
_BORN = re.compile(
    r"^(?!.*\?)" + _NOT_GOOD + _IN_THEIR_CARE
    + r".*\b(?:i|we|my (?:wife|partner|husband|girlfriend)|she)(?:'ve| have)? (?:just |finally "
    r"|only )?had (?:a|our|my|the|her) (?:first |second |third |little |new |beautiful "
    r"|gorgeous |baby )?(?:baby|little one|girl|boy|daughter|son)\b|\bi(?:'m| "
    r"am|'ve| have)? (?:just |finally |now )?(?:become |became |a )?(?:new )?(?:dad|mum|mom|"
    r"father|mother|parent)(?: now| at last)?[.!]*$", re.IGNORECASE)
_BABY_NAME = re.compile(r"\b(?:(?:her|his|their) name(?:'s| is)|called|named) ([A-Z][a-z]+)\b")


def _welcome(user_text: str) -> str:
    named = _BABY_NAME.search(user_text)
    # "little": a name alone after a comma is taken as the model calling the user by it
    welcome = f"Welcome to the world, little {named.group(1)}!" if named else "What wonderful news."
    return f"{welcome} How are you all doing?"


# "My wife and I just had a baby girl, her name is Rosie." (Pete) got "That's wonderful news!
# Congratulations on having a new baby. How do you feel about Rosie?".
NEW_BABY = Steer(_BORN, "They just had a baby: congratulate them warmly and ask how they are "
                 "all doing.", ("Congratulations{name}!",), question_only=False, calm_only=True,
                 ask=_welcome, whole=lambda user_text: True)
_WEEKS_OLD = re.compile(
    r"^(?!.*\?)(?!.*\b(?:lost|died|passed|miscarr\w*|stillborn)\b).*\b(?:i|we) had (?:a|our|my) "
    r"(?:first |second |third |little |new )?(baby|boy|girl|son|daughter)(?: (boy|girl))? "
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|a few|a couple of|\d{1,2}) "
    r"(?:weeks?|months?) ago|last (?:week|month))\b(?:,? (?:a (?:little |baby )?(?:boy|girl)|"
    r"(?:he|she)(?:'s| is))?(?:,? (?:called|named) ([A-Z][a-z]+))?)?", re.IGNORECASE)


def _so_little(user_text: str) -> str:
    found = _WEEKS_OLD.search(user_text)
    if found and found.group(3):
        little = f"{found.group(3)} is"
    else:  # "a baby girl": she; "a son": he; "a baby": they
        who = THEY[them_for((found.group(2) or found.group(1)) if found else "baby")]
        little = "They're" if who == "they" else f"{who.capitalize()}'s"
    return f"{little} still so little. How are you finding it all?"


# "I had a baby four months ago, a little boy called Leo." (Olivia) got "That's great news!
# Congratulations on having a new baby. How did you feel about the birth?".
YOUNG_BABY = Steer(_WEEKS_OLD, "They had a baby weeks or months ago: be warm, and ask how they "
                   "are finding life with the baby.", ("Oh, congratulations{name}!",),
                   question_only=False, calm_only=True, ask=_so_little,
                   whole=lambda user_text: True)
_FEW = r"(?:one|two|three|four|an|a|1|2|3|4|a couple of|a few|a couple|an hour or two)"
# "I'm running on about three hours of sleep." (Pete, his daughter weeks old) got "Aw, sounds
# like you could use some rest. How do you think you can improve your sleep?".
LITTLE_SLEEP = Steer(re.compile(
    r"^(?!.*\?).*(?:\brunning on (?:about |only |just |maybe |barely |like |roughly )?" + _FEW
    + r" hours?(?:'|s)?(?: of)? sleep\b|\bi (?:only |barely |just |maybe )?(?:got|had|slept|"
    r"managed) (?:about |only |maybe |like |barely |just |roughly )?" + _FEW + r" hours?(?:'|s)?"
    r"(?: of)?(?: sleep| last night| again)|\bi (?:barely|hardly) slept\b|"
    r"\bi(?:'ve| have)n't slept\b|"
    r"\b(?:i was|we were|i've been|we've been) up (?:all night|half the night|every (?:hour|two "
    r"hours|three hours|couple of hours))\b|\b(?:had|got) (?:no|zero) sleep\b)", re.IGNORECASE),
    "They slept very little: say warmly that everything is harder on so little sleep, and ask "
    "how they are holding up. No sleep tips.",
    ("Oh{name}, that's hardly any sleep. Everything feels harder on so little. How are you "
     "holding up?",), question_only=False, whole=lambda user_text: True)
_BABY = (r"(?i:she|he|the baby|(?:my|our) (?:daughter|son|baby|little one|little girl|little boy|"
         r"grandson|granddaughter))")
_TWO = r"(?i:they both|both of them|the twins)"
_BOTH = r"(?:" + _TWO + r"|(?i:they all|they))"
_FIRSTS = re.compile(
    r"^(?!.*\?).*\b(?:" + _BABY + r"|[A-Z][a-z]+) (?i:just |finally )?(smiled|laughed|"
    r"crawled|rolled over|sat up|walked|stood up|waved)\b(?i:.*)\b(?i:for the first time)\b|\b(?i:"
    r"(?:her|his|their) first (smile|laugh|steps|step|words?|tooth))\b"
    # "They both rolled over today!" (Kofi, twins six months old) got "That's great news! How did
    # they roll over?": a baby rolling over is news in itself.
    r"|^(?:" + _BABY + "|" + _BOTH + r") (?i:just |finally |both |all )?(rolled over|crawled|"
    r"started crawling)(?i: today| this morning| at last| for the first time)?[.!]*$"
    # "Isla smiled at me this morning." (Bex, three weeks in, not yet feeling the bond)
    r"|^(?:" + _BABY + r"|[A-Z][a-z]+) (?i:just )?(smiled at) (?i:me|us)(?i: today| this morning|"
    r" this afternoon| tonight)?[.!]*$"
    # "Tayo said 'love you mummy' tonight without prompting." (Kemi, her son autistic) was said
    # back to her
    r"|^(?:" + _BABY + r"|[A-Z][a-z]+) (?i:just )?(said) ['\"‘“][^'\"’”]+['\"’”][^.!?]*\b"
    r"(?i:without (?:prompting|being asked|me asking)|for the first time|all by (?:him|her)self|on "
    r"(?:his|her) own)\b")
_FIRST_OF = {"smiled": "smile", "smile": "smile", "laughed": "laugh", "laugh": "laugh",
             "walked": "steps", "steps": "steps", "step": "steps", "word": "word",
             "words": "word"}
_MOVES = {"rolled over": "Rolling over", "crawled": "Crawling", "started crawling": "Crawling"}


def _first(user_text: str) -> str:
    found = _FIRSTS.search(user_text)
    did = next((g for g in found.groups() if g), "").lower() if found else ""
    thing = _FIRST_OF.get(did, "")
    never = ("First steps are something you never forget." if thing == "steps" else
             f"A first {thing} is something you never forget." if thing else
             "Both of them, such a big step!" if re.match(_TWO, user_text) else
             f"{_MOVES[did]} is such a big step." if did in _MOVES else "What a moment.")
    return f"{never} How did it feel?"


# "Rosie smiled at me for the first time today!" (Pete) got "That's wonderful to hear! How did
# Rosie make you feel?".
FIRST_MILESTONE = Steer(_FIRSTS, "A baby's first smile or steps: be delighted with them and ask "
                        "how it felt.", ("Oh, that's so special{name}!",), question_only=False,
                        calm_only=True, ask=_first, whole=lambda user_text: True)
# "We had the first scan today and saw the heartbeat!" (Jade) got "That's great news! How did it
# go?".
BABY_SCAN = Steer(re.compile(
    r"^(?!.*\?)(?!.*(?:n't|\bnot)\b).*(?:\b(?:saw|seen|heard|see|hear) (?:the|our|my|its|his|her) "
    r"(?:baby's |little )?heartbeat\b|\b(?:scan|ultrasound)\b.*\b(?:saw|seen|see) (?:the|our|my) "
    r"(?:baby|little one|bean)\b)", re.IGNORECASE),
    "They saw their baby on a scan: share the wonder, and ask how it felt.",
    ("Oh, that's so special{name}! Seeing that heartbeat is something you never forget. How did "
     "it feel?",), question_only=False, whole=lambda user_text: True)
_RUBBISH_PARENT = re.compile(
    r"\b(?:terrified|scared|afraid|worried|worry|frightened|fear|panicking|convinced)(?: that)? i"
    r"(?:'ll| will|'m going to| am going to|'m gonna) be (?:a |such a |an )?(?:terrible|awful|"
    r"bad|rubbish|useless|crap|lousy|horrible|shit) (mum|mom|dad|mother|father|parent)\b",
    re.IGNORECASE)


def _parents_like_them(user_text: str) -> str:
    found = _RUBBISH_PARENT.search(user_text)
    parent = found.group(1).lower() if found else "parent"
    return f"Lots of new {parent}s feel exactly this. What worries you most?"


# "I'm terrified I'll be a rubbish mum." (Jade, newly pregnant) got "I don't think that's true...
# Remember, you're doing a great job taking care of yourself and your baby.".
PARENT_FEAR = Steer(_RUBBISH_PARENT, "They fear they will be a bad parent: never agree; say the "
                    "worry itself shows how much they care, and ask what worries them most.",
                    ("Oh{name}, it's completely normal to worry, and it shows how much you care.",),
                    question_only=False, ask=_parents_like_them, whole=lambda user_text: True)

_CHILD = r"(son|daughter|boy|girl|baby|little one|toddler|kids?|children|twins)"
# "My little boy Alfie has just started nursery and he cries every morning." (Nell) got "That's a
# common issue for new parents. Is there anything you can do to help Alfie feel more comfortable?".
_SETTLING = re.compile(
    r"^(?!.*\?)(?=.*\b(?:start(?:ed|ing)?|gone to|goes to|going to|began|begun) (?:at )?(?:"
    r"nursery|school|daycare|day care|preschool|pre-school|reception|kindergarten|the "
    r"childminder'?s?|a childminder)\b).*\b(?:cr(?:y|ies|ied|ying)|screams?|screaming|sobs?|"
    r"sobbing|clings?|clinging|won't let (?:me )?go|hates it|is (?:so )?upset|gets (?:so )?upset|"
    r"doesn't want to go)\b", re.IGNORECASE)


def _settling(user_text: str) -> str:
    pronoun = re.search(r"\b(he|she|they)\b", user_text, re.IGNORECASE)
    child = re.search(r"\b" + _CHILD + r"\b", user_text, re.IGNORECASE)
    them = them_of(pronoun.group(1)) if pronoun else them_for(child.group(1) if child else "")
    return (f"leaving {them} upset like that. It's really common, and most little ones settle "
            "within a few weeks. How are you holding up at drop-off?")


SETTLING_IN = Steer(_SETTLING, "Their child is upset at starting nursery or school: be warm, say "
                    "it is common and passes, ask how they are holding up. No tips.",
                    ("Oh{name}, that's so hard,",), question_only=False, ask=_settling,
                    whole=lambda user_text: True)
# "I feel so guilty leaving him." (Nell, her son new at nursery) got "Please don't be too hard on
# yourself. It's okay to feel this way."
_PARENT_GUILT = re.compile(
    r"^(?!.*\?).*\bi (?:feel|felt|am|'m|get|always feel) (?:so |really |terribly |awfully |a bit "
    r"|such )?(?:guilty|(?:a |such a )?bad (?:mum|mom|dad|parent|mother|father)) (?:about |for )?"
    r"(?:leaving|dropping (?:him|her|them|\w+) off|going back to work|working|putting (?:him|her|"
    r"them) in|sending (?:him|her|them))\b(?: (him|her|them|my " + _CHILD + r"))?",
    re.IGNORECASE)


def _love_shows(user_text: str) -> str:
    found = _PARENT_GUILT.search(user_text)
    who = (found.group(1) or "") if found else ""
    them = them_of(who)
    return (f"that guilt is so hard to carry, and it only shows how much you love {them}. You're "
            "not doing anything wrong. What's the hardest part?")


PARENT_GUILT = Steer(_PARENT_GUILT, "They feel guilty leaving their child to work: say it shows "
                     "their love and is no wrong, and ask what's hardest. No tips.",
                     ("Oh{name},",), question_only=False, ask=_love_shows,
                     whole=lambda user_text: True)
# "Alfie didn't cry at drop-off today!" (Nell, a week after "he cries every morning") got "That's
# great to hear!", and nothing more.
SETTLED = Steer(re.compile(
    r"^(?!.*\?)(?!.*\bi (?:didn't|did not|never)\b)(?=.*\b(?:drop[- ]off|nursery|school|daycare|"
    r"day care|the gate|childminder|preschool)\b).*(?:\b(?:didn't|did not|never even) (?:cry|"
    r"fuss|cling|look back)|\b(?:waved|ran|skipped|walked) (?:me off|in|straight in)|\bsettled "
    r"(?:in )?(?:really |so )?(?:well|fine|nicely))", re.IGNORECASE),
    "Their child settled at nursery or school at last: share the relief, ask how they felt.",
    ("Oh, that's wonderful{name}! What a relief. How did it feel walking away?",),
    question_only=False, calm_only=True, whole=lambda user_text: True)
# "My wife went back to work this week and I'm at home with them." (Kofi, twins six months old)
# got "That's wonderful news! How is she doing?": the news is the user's new days alone with them.
HOME_WITH_KIDS = Steer(re.compile(
    r"^(?!.*\?).*\b(?:my|our) (?:wife|husband|partner|girlfriend|boyfriend)(?:'s| has| is)? "
    r"(?:just |finally )?(?:went|gone|going|goes|started|starts|back) (?:back )?(?:to work|at "
    r"work)\b.*\bi(?:'m| am) (?:at )?home (?:alone |on my own |by myself )?with (?:them|him|her|"
    r"the (?:kids|baby|babies|twins|boys|girls|children|little ones)|our \w+)\b", re.IGNORECASE),
    "Their partner went back to work and they are home alone with the children: say it's a big "
    "change, and ask how they are finding it. No tips.",
    ("That's a big change for you both{name}. Days at home on your own with little ones are so "
     "full-on.",), question_only=False,
    ask=lambda user_text: "How's the first week going?" if re.search(
        r"\bthis week\b", user_text, re.IGNORECASE) else "How are you finding it?",
    whole=lambda user_text: True)
_HOW_OLD = (r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|a few|\d{1,2}) (weeks?|"
            r"months?) old")
_LITTLE_ONES = re.compile(
    r"^(?!.*\?)(?!.*\b(?:lost|died|passed)\b).*\bi(?:'ve| have)(?: got)? (twins|twin (?:boys|girls)"
    r"|a (?:baby|little) (?:boy|girl)|a (?:baby )?(?:son|daughter)|a baby)(?: (?:called|named) "
    r"[A-Z][a-z]+)?,? (?:they're|they are|he's|he is|she's|she is|who's|who is|who are) "
    + _HOW_OLD, re.IGNORECASE)


def _busy_age(user_text: str) -> str:
    found = _LITTLE_ONES.search(user_text)
    age = f"{found.group(2)} {found.group(3)}" if found else "that"
    twins = "Twins, and " if found and found.group(1).lower().startswith("twin") else ""
    said = f"{twins}{age} is such a busy age."
    return f"{said[0].upper()}{said[1:]} How are you finding it all?"


# "I've got twin boys, they're six months old." (Kofi) got "That's great to hear! How do you feel
# about them?".
LITTLE_ONES = Steer(_LITTLE_ONES, "They have a baby or twins of a few weeks or months: be warm, "
                    "and ask how they are finding it all.", ("Oh, how lovely{name}!",),
                    question_only=False, calm_only=True, ask=_busy_age,
                    whole=lambda user_text: True)
_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|"
           r"December|the spring|the summer|the autumn|the winter")
# "I'm pregnant with our first baby, due in May!" (Hannah) got "That's wonderful news!
# Congratulations on your pregnancy and the arrival of your baby. How are you feeling about it?"
_EXPECTING = re.compile(
    r"^(?!.*\?)(?!.*(?:n't\b|\b(?:not|lost|miscarr\w*|scared|worried|terrified)\b)).*\b(?:i(?:'m|"
    r" am)|we(?:'re| are)) (?:finally |so )?(?:pregnant|expecting(?: a baby)?|having a baby)\b"
    r"(?:.*\b(?:due (?:in |at the end of |at the start of )?|in )(" + _MONTHS + r"))?",
    re.IGNORECASE)


def _due(user_text: str) -> str:
    found = _EXPECTING.search(user_text)
    when = found.group(1) if found else None
    first = re.search(r"\bfirst\b", user_text, re.IGNORECASE) is not None
    month = f"a {when.removeprefix('the ')} baby" if when else ""
    said = f"your first, and {month} too" if first and month else "your first" if first \
        else month
    return f"{said[:1].upper()}{said[1:]}, how exciting! How are you feeling?" if said \
        else "How are you feeling?"


EXPECTING = Steer(_EXPECTING, "They are expecting a baby: congratulate them warmly, ask how they "
                  "are feeling.", ("Oh, congratulations{name}!",), question_only=False,
                  calm_only=True, ask=_due, whole=lambda user_text: True)
# "We found out it's a girl!" (Hannah, pregnant) got "That's great news! How is your baby doing?".
_GIRL_OR_BOY = re.compile(r"^(?!.*\?).*\b(?:found out|finding out|told us|it's|it is) (?:that )?(?:"
                          r"it's |it is |we're having |we are having )?an? (girl|boy)(?=\s*[.!]|$)",
                          re.IGNORECASE)


def _names_yet(user_text: str) -> str:
    found = _GIRL_OR_BOY.search(user_text)
    little = f"A little {found.group(1).lower()}" if found else "Oh"
    return f"{little}, how exciting! Have you started thinking about names?"


GIRL_OR_BOY = Steer(_GIRL_OR_BOY, "They found out their baby is a girl or a boy: share the "
                    "excitement, ask about names.", ("Oh{name}!",), question_only=False,
                    calm_only=True, ask=_names_yet, whole=lambda user_text: True)
# "Everyone keeps saying how happy I must be." (Bex, three weeks after her daughter's birth), and
# "Everyone keeps saying these are the best days." (Nadia, not enjoying any of it), got
# "That's great to hear!", and "I don't feel the bond everyone talks about." "It's okay if you
# don't feel the same way... What do you think about your baby girl?".
EVERYONE_SAYS = Steer(re.compile(
    r"^(?!.*\?).*\b(?:everyone|everybody|people)(?: keeps?)? (?:saying|says|tells? me|telling me) "
    r"(?:how (?:happy|lucky|excited|thrilled|blessed) i (?:must|should|ought to) (?:be|feel)|"
    r"(?:that )?(?:these|this|it's|it is) (?:(?:are|is) )?the (?:best|happiest) (?:days|time|"
    r"weeks|months|years)|"
    r"to (?:enjoy|cherish|treasure) (?:every|each) (?:minute|moment|second))\b", re.IGNORECASE),
    "Others expect them to be happy while they feel otherwise: say that is a lot of pressure, ask "
    "how they really feel.",
    ("That must be a lot of pressure{name}, when you might be feeling something else. How are you "
     "really feeling?",), question_only=False, whole=lambda user_text: True)
NO_BOND = Steer(re.compile(
    r"^(?!.*\?).*\bi (?:don't|do not|dont|can't|cannot) (?:seem to )?(?:feel|have) (?:the|a|that|"
    r"any) (?:bond|connection)\b|\bi (?:don't|do not|dont) (?:feel (?:anything|connected) "
    r"(?:for|to|when i (?:look at|hold|see|feed))|(?:think i )?love) (?:her|him|my baby|the "
    r"baby)\b", re.IGNORECASE),
    "A new parent does not feel the bond yet: thank them for saying it, say many feel this and "
    "it is no shame, and ask gently whether they have told their midwife or health visitor.",
    ("Oh{name}, thank you for telling me. So many new parents feel that, and it's nothing to be "
     "ashamed of. Have you been able to tell your midwife or health visitor?",),
    question_only=False, whole=lambda user_text: True)
# "My little boy is two and he's got a temperature." (Jen) got "That's a bit concerning. Is there
# anything you can do to help him?".
_KID_POORLY = re.compile(
    r"^(?!.*\?).*(?:\bmy (?:little |baby |youngest )?(boy|girl|baby|toddler|little one)\b|\bmy "
    r"little (son|daughter)\b)[^.!?]{0,30}\b(?:has|'s|has got|'s got|got|is|'s been|has been) "
    r"(?:got )?(?:a (?:high |bit of a )?(?:temperature|temp|fever|cough|cold|rash|sickness bug|"
    r"tummy bug|ear infection|chest infection)|chickenpox|croup|(?:really |very |quite )?(?:poorly|"
    r"ill|sick(?! of| and tired)|unwell|off colour))\b", re.IGNORECASE)


def _how_is_the_kid(user_text: str) -> str:
    found = _KID_POORLY.search(user_text)
    kid = found.group(1) or found.group(2) if found else ""
    they = {"him": "he", "her": "she"}.get(them_for(kid) if kid else "", "they")
    return f"How {'are' if they == 'they' else 'is'} {they} doing?"


KID_POORLY = Steer(_KID_POORLY, "Their child is poorly: be warm, say poor little one, ask how the "
                   "child is. No medical facts unless asked.", ("Oh no{name}, poor little one.",),
                   question_only=False, ask=_how_is_the_kid, whole=lambda user_text: True)

