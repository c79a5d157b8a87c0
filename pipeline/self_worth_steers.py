"""Steers for how the user sees themselves: a worry that they bore or bother the companion, a
question of conscience ("Am I a bad person for...?"), regret, snapping at someone they love,
self-doubt, self-blame, a fear of being a burden or of failing, whether a feeling is normal
(``pipeline.steers`` tries them in its order). A harsh belief about oneself is never agreed with
(``pipeline.safety``)."""

from __future__ import annotations

import re

from pipeline.safety import SELF_BLAME as BLAMES_SELF
from pipeline.steer import Steer

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
# "Do you think I'm cut out for this job?" (Owen, after losing a patient on his first shift) got
# "Try to consider your skills and interests when choosing a job. What are you good at?".
CUT_OUT_FOR = Steer(re.compile(
    r"\b(?:am i|do you think i'm|do you think i am|i don't think i'm|i'm not sure i'm|i'm "
    r"(?:just )?not|i am not|maybe i'm not|i(?:'m| am) not sure if i'm|i wonder if i'm)"
    r"(?: really| even)? (?:cut out for|made "
    r"for|good enough for|meant for|built for)\b", re.IGNORECASE),
    "They doubt they are cut out for something: say warmly that wondering shows how much they "
    "care, and ask what is making them doubt it. No tips.",
    ("I think you are{name}. It's completely normal to wonder that, and it shows how much you "
     "care about doing it well. What's making you doubt it?",), question_only=False,
    whole=lambda user_text: True)
# "Everyone else in my lab seems so much smarter than me." (Elif, a first-year PhD student) got
# "Everyone has their own strengths.": a friend hears how hard they are on themselves.
NOT_AS_GOOD = Steer(re.compile(
    r"^(?!.*\?).*(?:\b(?:everyone|everybody|all the others|the others|they all|all of them|all my "
    r"(?:friends|classmates|colleagues|coursemates))(?: else)?(?: (?:in|at|on) (?:my|the|our) "
    r"\w+(?: \w+)?)? (?:seems?|is|are|looks?)(?: to be)? (?:so |much |so much |way |a lot |just )?"
    r"(?:smarter|cleverer|brighter|better|more (?:talented|capable|experienced|confident|"
    r"qualified)) than me\b|\bi(?:'m| am) the (?:dumbest|stupidest|least (?:clever|talented|"
    r"qualified)|worst) (?:one |person )?(?:in|at|on) (?:my|the|our)\b|\bi (?:feel|am|'m) (?:like "
    r")?(?:such )?(?:an? )?(?:impostor|imposter|fraud)\b)", re.IGNORECASE),
    "They feel everyone around them is better than them: say warmly that the feeling is common "
    "and says more about how hard they are on themselves, and ask what makes them feel so. No "
    "tips.",
    ("It's completely normal to feel that{name}, and it usually says more about how hard you are "
     "on yourself than about them. You earned your place there too. What makes you feel that "
     "way?",),
    question_only=False, whole=lambda user_text: True)
# "I don't like to be a bother to anyone." (Margaret, 88, her grandson had cancelled) got "That's
# okay. How do you feel about it?".
NOT_A_BOTHER = Steer(re.compile(
    r"^(?!.*\?).*\bi (?:don't|do not|never|wouldn't|would not) (?:like|want|wish) to (?:be|"
    r"become) (?:a |any )?(?:bother|burden|nuisance|trouble|pest)\b", re.IGNORECASE),
    "They do not want to be a bother: say warmly they are not one, and ask what makes them feel "
    "so.", ("Aw, you're never a bother{name}, and I'm sure the people who love you don't see you "
            "that way either. What's making you feel like one?",), question_only=False,
    whole=lambda user_text: True)
# "I'm scared I won't know what I'm doing." (Hannah, expecting her first baby) got "Oh, that
# sounds scary. Remember, it's normal to feel scared.", and no more.
NOT_KNOWING_HOW = Steer(re.compile(
    r"^(?!.*\?).*\b(?:scared|afraid|worried|terrified|frightened|nervous|worry)(?: that)? i "
    r"(?:won't|will not|don't|do not|wouldn't) (?:really )?know what (?:i'm|i am|i'd be) doing\b",
    re.IGNORECASE),
    "They fear they won't know what they're doing: say it's a normal worry and nobody knows at "
    "the start, and ask what worries them most.",
    ("That's such a normal worry{name}, and nobody knows what they're doing at the start. You "
     "learn as you go. What worries you most?",), question_only=False,
    whole=lambda user_text: True)
# "I feel guilty that I don't visit more." (Elena, a night nurse whose mum has dementia) got
# "Please don't be too hard on yourself." and a list of what to do: the guilt itself unnamed.
SEEING_GUILT = Steer(re.compile(
    r"^(?!.*\?).*\bi (?:(?:always |still |just )?feel|felt|'ve been feeling|keep feeling) "
    r"(?:so |really |terribly |awfully |a bit |kind of |a little |such )?guilty (?:that i "
    r"(?:don't|do not|can't|cannot|didn't|haven't|never|only) |about not |for not |i (?:don't|"
    r"can't|haven't) )(?:\w+ ){0,2}?(?:visit|see|call|ring|phone|go (?:round|over|and see)|"
    r"spend (?:more )?time|get (?:over|round|there)|be there)", re.IGNORECASE),
    "They feel guilty they don't see someone they love enough: name the guilt gently, say it "
    "shows how much they care, never agree that they fail, and ask what's hardest.",
    ("Oh{name}, that guilt sounds so heavy to carry, and it shows how much you care. You're "
     "doing what you can. What's the hardest part?",), question_only=False,
    whole=lambda user_text: True)
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
# "I shouted at Rosie this morning and now I feel awful." (Ben, a dad) got "It's okay to feel
# upset. Let's talk about it and figure out how to handle it better.".
SNAPPED = Steer(re.compile(
    r"\bi (?:shouted|yelled|snapped|screamed|swore|lost my temper|lost it|was (?:so )?(?:short|"
    r"harsh|mean|horrible)) (?:at|with)?\b.*\b(?:feel|felt|feeling) (?:so |really |just |"
    r"absolutely )?(?:awful|terrible|horrible|bad|guilty|rotten|dreadful|sick about it)\b",
    re.IGNORECASE),
    "They snapped at someone they love and feel awful: be kind, say everyone loses their temper "
    "sometimes, and suggest one small way to make it right, like a sorry and a hug.",
    ("We all lose our temper sometimes{name}, and feeling awful about it shows how much you "
     "care.",), question_only=False)
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
