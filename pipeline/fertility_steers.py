"""Trying for a baby: IVF and its two-week wait, a round that failed, others' pregnancies and
baby showers, the comfort that hurts ("just relax and it'll happen"), and whether to stop.

Hana said as a new user: "Our third round of IVF didn't work. We found out this morning." got
"That's a sad news... remember, IVF is a process that can be very successful with the right
approach and care."; "My sister's baby shower is on Saturday and I can't face it." "It can be
tough to see someone you love go through something like this."; "Everyone keeps saying just
relax and it'll happen." "...with patience and support, you'll get through this."; "Should we
stop trying?" "Remember that IVF can be a very successful process". Sasha (two years into IVF)
is the older half. ``pipeline.steers`` tries ``FERTILITY_MOMENTS`` in order.
"""

from __future__ import annotations

import re

from pipeline.steer import Steer

# "My partner Mo and I have been doing IVF for two years." (Sasha) got "That's great to hear!".
IVF = Steer(re.compile(
    r"^(?!.*\?)(?!.*\b(?:pregnant|worked|positive|baby is due)\b).*\b(?:doing|going through|"
    r"having|started|starting|on|trying)(?: (?:our|my|a|the) (?:first|second|third|fourth|"
    r"fifth|last|next) (?:round|cycle) of)? (?:ivf|fertility treatment)\b|\btrying for a baby "
    r"for (?:\w+ ){0,2}(?:years?|months)\b", re.IGNORECASE),
    "They are going through IVF or trying for a baby for a long time: be gentle, never assume a "
    "pregnancy, and ask how they are holding up.",
    ("Oh{name}, that can be so hard on you both. How are you holding up?",),
    question_only=False, whole=lambda user_text: True)
# "We had our embryo transfer today." (Sasha) got "Congratulations on your pregnancy.".
TRANSFER_DAY = Steer(re.compile(
    r"^(?!.*\?).*\b(?:embryo transfer|egg collection|egg retrieval|(?:had|got) (?:our|my|the) "
    r"transfer)\b", re.IGNORECASE),
    "They had an IVF step today: wish them well, never assume a pregnancy, ask how they feel.",
    ("Oh{name}, that must feel like such a big day. Fingers crossed for you both. How are you "
     "feeling?",),
    question_only=False, whole=lambda user_text: True)
# "I'm trying not to get my hopes up." (Sasha, in the two-week wait) got "...Keep pushing through
# and don't give up.", and "The waiting is unbearable." "Is there anything you can do to make the
# waiting easier?".
HOPES_UP = Steer(re.compile(
    r"^(?!.*\?).*\b(?:trying (?:not to|so hard not to) get (?:my|our) hopes up|(?:the|this) "
    r"(?:\w+ )?wait(?:ing)? is (?:unbearable|awful|agony|torture|killing me|the worst|horrible|"
    r"so hard|driving me mad)|(?:have|got) to wait (?:two|three|a couple of|another) (?:weeks?|"
    r"days) (?:for|until|before))\b", re.IGNORECASE),
    "They are in an anxious wait for news: say the waiting must be so hard, and ask how they are "
    "getting through the days. No advice, no guesses.",
    # Sasha said three such lines in two days: a second opener, so one is not said twice running
    ("Oh{name}, the waiting must be so hard. How are you getting through the days?",
     "Oh{name}, that must be so hard, waiting like this. What's helping you get through it?"),
    question_only=False, whole=lambda user_text: True)
# "Everyone at work is announcing pregnancies." (Sasha, two years into IVF) got "That's great
# news!".
OTHERS_PREGNANT = Steer(re.compile(
    r"^(?!.*[?!])(?!.*\b(?:i'm|i am|we're|we are)\b).*\b(?:everyone|everybody|all my friends|"
    r"all my mates|half my friends)(?: at work| i know| around me)? (?:is|are|seems to be|keeps?|"
    r"keeps on) (?:announcing (?:a )?pregnanc(?:y|ies)|getting pregnant|pregnant|having babies)\b",
    re.IGNORECASE),
    "Others' pregnancies hurt while they wait for their own: say it must be hard, ask how they "
    "cope. Never say it is great news.",
    ("Oh{name}, that must be so hard to sit through right now. How are you coping with it?",),
    question_only=False, whole=lambda user_text: True)

# A round that failed is a loss: no "IVF can be very successful", no "next time".
IVF_FAILED = Steer(re.compile(
    r"^(?!.*\?).*\b(?:ivf|fertility treatment|(?:the |our |my )?(?:round|cycle|transfer|embryos?))"
    r"\b[^.!?]{0,30}\b(?:didn't work|did not work|hasn't worked|has not worked|failed|was "
    r"(?:negative|unsuccessful)|came back negative|didn't take)\b|\b(?:ivf|transfer|round)\b"
    r"[^.!?]{0,40}\bnegative (?:test|result)\b", re.IGNORECASE),
    "A round of IVF failed: it is a loss. Be gentle; no hope talk, no success rates, no next "
    "time; ask how they are.",
    ("Oh{name}, I'm so sorry. After everything you've both put into it, that's heartbreaking. How "
     "are you doing?",), question_only=False, whole=lambda user_text: True)
# A baby shower or a christening while they wait or grieve: they may stay away.
CANT_FACE_IT = Steer(re.compile(
    r"^(?!.*\?).*\b(?:baby shower|gender reveal|christening|baby'?s first birthday|baby "
    r"announcement)\b[^.!?]*\b(?:can't face|cannot face|can't bear|dreading|don't want to go|"
    r"don't think i can|not sure i can)\b|\b(?:can't face|cannot face|dreading|can't bear)\b"
    r"[^.!?]{0,30}\b(?:baby shower|gender reveal|christening)\b", re.IGNORECASE),
    "They cannot face a baby shower or christening while trying for a baby: say that makes "
    "sense, it is okay to protect themselves, not go or go briefly. Never say they should go.",
    ("That makes complete sense{name}. It's okay to protect yourself right now: you could skip "
     "it, or just go for a little while. What feels right to you?",),
    question_only=False, whole=lambda user_text: True)
# "Just relax and it'll happen": comfort that blames them.
JUST_RELAX = Steer(re.compile(
    r"^(?!.*\?).*\b(?:everyone|everybody|people|they|my (?:mum|mom|mother|family|friends|"
    r"mother-in-law|sister)) (?:all )?(?:keeps?|kept|just)? ?(?:saying|says|said|tells? (?:me|us)|"
    r"telling (?:me|us)|told (?:me|us))(?: that)?(?: to)? ?(?:(?:just )?relax(?:,| and) it'?ll "
    r"happen|it'?ll happen (?:when (?:you|we) (?:least expect|stop)|for (?:you|us)|eventually|"
    r"one day|soon)|(?:you|we) (?:can|could) always adopt)\b", re.IGNORECASE),
    "People tell them to 'just relax' or that it will happen: say that is hard to hear, as if "
    "it were that simple, and that it is not their fault. Ask how they are.",
    ("That must be so hard to hear{name}, as if it were that simple. It isn't your fault. How are "
     "you really doing?",), question_only=False, whole=lambda user_text: True)
# "Should we stop trying?" is theirs to answer: no push either way.
STOP_TRYING = Steer(re.compile(
    r"^\W*(?:(?:do you think|honestly|maybe)\W+)?(?:should|shall) (?:we|i) (?:just )?(?:stop|give "
    r"up|give up on) (?:trying|ivf|trying for a baby|the ivf)(?: for a baby| now| altogether| for "
    r"now)?\W*$", re.IGNORECASE),
    "They ask whether to stop trying for a baby: only they can decide; never push either way, "
    "no success rates. Say it is a huge question that need not be settled today.",
    ("That's such a big question{name}, and only you can answer it. It doesn't have to be decided "
     "today. What's your heart telling you right now?",), question_only=False,
    whole=lambda user_text: True)

# "We've decided to take a break from IVF for a while." (Hana) got "That's great news, Hana!".
IVF_BREAK = Steer(re.compile(
    r"^(?!.*\?).*\b(?:take|taking|have|having|took) a (?:break|rest|pause|step back) from (?:the )?"
    r"(?:ivf|trying|treatment|fertility treatment)\b|\b(?:stop|stopping|stopped|give up|giving up|"
    r"gave up) (?:on )?(?:the )?(?:ivf|trying for a baby|fertility treatment)\b", re.IGNORECASE),
    "They decided to pause or stop trying for a baby: neither good news nor bad; say it is a big "
    "decision and ask how they feel about it.",
    ("That's a big decision{name}, and it sounds like a kind one to yourselves. How are you both "
     "feeling about it?",), question_only=False, whole=lambda user_text: True)


FERTILITY_MOMENTS = (IVF_FAILED, CANT_FACE_IT, JUST_RELAX, STOP_TRYING, IVF_BREAK, OTHERS_PREGNANT,
                     IVF, TRANSFER_DAY, HOPES_UP)
