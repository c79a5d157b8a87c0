"""Safety: hopelessness and self-harm always get warmth and a pointer to real help.

Two checks, both regexes (microseconds, no model):

``assess(user_text)``  before the LLM. ``crisis`` (explicit self-harm or suicide, "they'd be
                       better off without me") is answered with the crisis reply at once, without
                       the model. ``concern`` (indirect hopelessness: "what's even the point of
                       anything anymore", "I can't do this anymore") is answered with a warm
                       question (``CONCERN_OPENERS``) and the pointer to help; a model that cannot
                       go on from an opener (a server) answers with ``CONCERN_HINT`` in the
                       prompt, and the guard then makes sure the reply points to help.
                       ``harmful_belief`` ("everyone hates me, right?") must never be
                       agreed with. Figures of speech ("I'm dying to see that film", "this
                       traffic is killing me") are not matched: the patterns need a self-directed
                       object ("myself", "my life", "without me") or an absolute ("anything",
                       "anymore").
``ReplyGuard``         the reply, clause by clause, as it streams to the voice. A clause that
                       encourages self-harm or agrees with a harmful belief is replaced by a safe
                       text and the reply stops there; a flagged turn whose reply never pointed
                       to help gets the pointer appended (both name the help line of the
                       user's country: ``pipeline.helplines``). An ordinary clause passes through
                       untouched in the same call, so the first clause is never delayed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.helplines import UNKNOWN, Helpline
from pipeline.symptoms import DOCTOR_NUDGE, dismisses_care

BELIEF_REPLY = (
    "I don't believe that's true, and I'm sorry it feels that way right now. What happened?"
)
CONCERN_HINT = (
    "The user sounds hopeless. Be warm and take it seriously; gently say they deserve support "
    "from someone they trust or a crisis line."
)
# The reply's first words for a harsh belief ("I think I'm just annoying to everyone" got "It's
# okay to feel this way... What can you do to make things better for everyone?").
BELIEF_OPENERS = ("I don't think that's true, and I'm sorry it feels that way.",
                  "That doesn't sound true to me, and I'm sorry it feels that way.")
# "Honestly, what's even the point of anything anymore." got "I'm sorry if you feel that way.
# It's important to remember that there are many things in life that can bring joy".
CONCERN_OPENERS = ("That sounds really heavy, and I'm glad you told me. What's been weighing on "
                   "you?", "I'm really sorry it feels that way, and I'm glad you told me. What's "
                   "been going on?")
BELIEF_HINT = "Never agree with a harsh belief the user has about themselves; be kind and honest."

_SELF = r"(?:myself|my ?self|my (?:own )?life)"
_UNDESERVING_FOOD = r"i (?:don'?t|do not) deserve (?:to eat|food|dinner|lunch|breakfast|a meal)\b"
# "i keep thinking theyd be happier if i wasnt their son" (Jordan, 17, the day after coming out)
# got "It's okay to feel confused about your identity".
_GONE = (r"(?:died|was dead|were dead|was gone|were gone|disappeared|vanished|wasn't here|"
         r"weren't here|was not here|wasn't around|weren't around|didn't wake up|never came back|"
         r"stopped existing|wasn't alive|weren't alive|(?:was|were)n't (?:their|his|her|your) "
         r"(?:son|daughter|child|kid|mum|mom|dad|brother|sister)|(?:had|'d) never been born|was "
         r"never born)\b")
# Self-harm in other words than "hurt myself", and the warning signs of a plan: "I scratch my
# arms until they bleed", "I've started cutting again", "I took a load of pills", "I've been
# thinking about ending things", "everyone would be happier if I was gone" all went unnoticed.
# Not the accidents: "I burn myself cooking", "ending things with my boyfriend", "cutting back".
_HARMS_SELF = (
    r"\b(?:scratch|scratching|scratched|pick|picking|picked|claw|clawing|scrape|scraping) (?:at )?"
    r"my (?:arms?|legs?|skin|wrists?|thighs?|face)\b(?=.*\b(?:until|till|bleed|bleeds|bleeding|"
    r"blood|raw)\b|.*\bwhen (?:it gets|things get|i feel|i get|i'm) (?:really |so |too )?(?:bad|"
    r"much|overwhelmed|upset|angry|sad|low)\b|.*\bto feel (?:something|better|calm|in control)\b)"
    r"|\bburn(?:ing|ed|t|s)? myself (?:on purpose|with (?:a )?(?:lighter|cigarettes?|matches)|to "
    r"feel|when)\b|\b(?:hit|hitting|punch|punching|bite|biting) myself\b(?! (?:on|in|with|by|"
    r"accidentally)\b)|\bcutting again\b|\b(?:started|been|keep|kept|back to|went back to) "
    r"cutting(?=\s*(?:[.!,]|$|again|when|because|to))|\b(?:relapsed|slipped) and cut\b|\bi cut "
    r"(?:again|last night)\b|\b(?:took|taken|swallowed) (?:(?:a (?:load|lot|bunch|handful) of|"
    r"too many|loads of|a whole (?:box|bottle|packet) of) (?:\w+ )?(?:pills|tablets|paracetamol|"
    r"painkillers|meds)\b|all (?:my|of my|the) (?:\w+ )?(?:pills|tablets|painkillers|meds) (?:at "
    r"once|in one go|together)\b)|\bend(?:ing)? things\b(?! (?:with|between|off)\b)|"
    r"\b(?:wrote|written|writing|write) (?:my |a |some )?(?:goodbye|suicide) (?:letters?|notes?)\b"
    r"|\b(?:be|are) (?:so much |much |a lot |all )?(?:happier|better off|better|easier|fine) "
    r"(?:without me|if i (?:just )?" + _GONE + ")"
    r"|\bwant to (?:go to )?sleep (?:forever|and not wake up)\b|\b(?:want|wish|hope) (?:to |i )?"
    r"(?:not wake up|never wake up|don't wake up|didn't wake up|wouldn't wake up)(?=(?: tomorrow|"
    r" again| ever| in the morning)?\s*[.!]*$)")
_CRISIS = re.compile(
    r"\b(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?|hang(?:ing)?|end(?:ing)?) " + _SELF
    + r"|\bend(?:ing)? it all\b|\btak(?:e|ing) my (?:own )?life\b|\bsuicid\w*|\bself[- ]?harm\w*"
    r"|\b(?:want|wanna|going|ready|planning) (?:to )?die\b|\bwish i (?:was|were|'d been) "
    r"(?:dead|never born)|\bwish i (?:hadn't|had not|wasn't|was not) (?:been )?born"
    r"|\bbetter off (?:dead|without me)\b|\bno (?:reason|point) (?:to|in) (?:live|living|"
    r"being alive|going on)\b|\bnothing (?:left )?to live for\b|\bcan'?t go on\b|\bdon'?t want "
    r"to (?:live|be alive|be here|exist|wake up)(?: anymore| any more)?\b|\bnot worth living\b|"
    r"\boverdos\w*|\bdon'?t deserve to (?:live|be alive|exist)\b|\bjump (?:off|in front of)\b|"
    # "i just wanted everything to stop for a bit" (Sophie, after an overdose) was no crisis
    r"\bsleep and never wake up\b|"
    # "Some nights I think about joining him." (Paul, three weeks after his brother's suicide)
    # got "Try to take care of yourself.": joining the one who died is the wish to die.
    r"\b(?:think|thinking|thought|dream|dreaming) (?:about|of) (?:going to )?join(?:ing)? "
    r"(?:him|her|my (?:\w+ )?(?:brother|sister|husband|wife|mum|mom|dad|son|daughter|partner))"
    r"(?= *(?:[.!,;]|$|again|soon|up there|in heaven|there|sometimes|at night))|\b(?:want|wanna|"
    r"ready|long) to (?:go and |just )?join (?:him|her|them) (?:up there|in heaven|now)\b|"
    r"\bwant(?:ed)? (?:it (?:all )?|everything |it all )to "
    # "Sometimes I wonder if anyone would even notice if I disappeared." (Pri, alone in a new
    # city) got "Sometimes, people might not notice you if you're not paying attention".
    r"(?:end|stop)\b(?! (?!hurting)\w+ing\b)|"  # not "it to stop raining"
    r"\bwould(?:n't| not)? (?:\w+ )?(?:even |really |actually )?(?:notice|care|"
    r"miss me|mind)(?: at all)? if i (?:just )?" + _GONE + r"|\bwish i could (?:just )?(?:"
    r"(?:disappear|vanish)(?=(?: forever| for good| from (?:everything|the world|this world))?"
    r"\s*[.!?]*$)|stop existing|not exist|fall asleep and not wake up)\b|" + _HARMS_SELF)
_CONCERN = re.compile(
    r"\bwhat(?:'s| is) (?:even )?the point(?: of (?:anything|it all|everything|living|life|"
    r"trying|going on|me)| anymore| any more)?\s*(?:anymore|any more)?[.?!]*$"
    r"|\bwhat(?:'s| is) (?:even )?the point of (?:anything|it all|everything|living|life|trying|"
    r"going on)|\b(?:there's|there is) no point (?:in |to )?(?:anything|living|trying|going on|"
    r"anymore|any more)|\bcan'?t (?:do|take|handle) (?:this|it) (?:anymore|any more)\b|"
    # "I don't think I can do this anymore." was no concern at all, as "I can't" is.
    r"\b(?:don't|do not) (?:think|know if|know how) i can (?:do|take|handle|keep doing|cope with) "
    r"(?:this|it) (?:anymore|any more|much longer|any longer)\b|"
    # "Sometimes I wonder what the point of it all is, without June." (Harold, 81, widowed) got
    # "It's okay to feel that way. Sometimes it helps to remember the good times".
    r"\bwhat the point (?:of (?:anything|it all|everything|living|life|going on|trying|me) "
    r"(?:is|was)|(?:is|was) (?:anymore|any more))\b|\b(?:don't|do not|can't|cannot) see (?:the|"
    r"any) point (?:in |of )?(?:anything|it all|everything|living|life|going on|trying|anymore|"
    r"any more)\b|\bwhy i (?:even |still )?bother (?:anymore|any more|getting up|with anything)\b|"
    r"\b(?:just )?want to (?:disappear|vanish)\s*(?:forever)?\s*[.!?]*$|\bwant to (?:disappear|"
    r"vanish) (?:forever|for good|from everything|from the world)|\bi(?:'m| am) (?:such )?a "
    r"burden\b|\bnothing (?:really |even |much )?matters(?: anymore| any more)?\b|"
    r"\b(?:i feel |it's |it is |everything (?:feels |is ))(?:so |completely |totally )?"
    r"hopeless\b|\bi give up on (?:everything|life|myself)\b|"
    # "Some days I just feel like giving up." (Pat, after a stroke) got "It's okay to feel that."
    r"\b(?:feel|feeling|felt) like (?:just )?giving up(?: on (?:everything|life|it all|myself))?"
    r"\s*[.!]*$|\bi(?:'m| am) done with "
    r"(?:everything|life|it all)\b|\btired of (?:living|life|being alive|existing)\b|"
    r"\bno way out\b|\bhate my life\b|\blife (?:isn't|is not) worth\b|"
    r"\bi (?:don't|dont|do not) (?:really |even )?care about (?:anything|anyone|myself|life|what "
    r"happens to me)(?: anymore| any more)?\b|"
    r"\bcan'?t see a way (?:out|forward)\b|\b(?:don't|can't|cannot) see (?:a|any) future\b|"
    r"\bno future for me\b|\bstopped taking my (?:meds|medication|tablets|pills) (?:on purpose|"
    r"deliberately)\b|\b(?:no one|nobody) would (?:even )?(?:care|notice|"
    r"miss me)\b|"
    # "I'm no use to anyone anymore." (Frank, 82, a widower living alone) got "I'm sorry to hear
    # that. What do you want to do next?"
    r"\b(?:i(?:'m| am) (?:of )?no (?:use|good)|i(?:'m| am) useless) to (?:any|every|no ?)(?:one|"
    r"body)(?: anymore| any more| now)\b|\b(?:nobody|no one) needs me(?: anymore| any more)?\b|"
    # "i skipped dinner again, i don't deserve to eat" (Mia, 19) got "It's okay to feel sad
    # sometimes.": food as punishment is a warning sign of an eating disorder.
    r"\b" + _UNDESERVING_FOOD + r"|\bstarv(?:e|ing) myself\b|\bmak(?:e|ing) myself (?:sick|throw "
    r"up)\b|\bthrow(?:ing)? up after (?:i eat|eating|meals|dinner|lunch)\b")
# "I keep thinking it was my fault." (Bea, a week after a miscarriage)
SELF_BLAME = (r"\b(?:think|thinking|feel|feeling|believe|sure|wonder(?:ing)? if|worry|worried) "
              r"(?:that )?"
              r"(?:it was|it's|it is|it must(?: have)? been|maybe it was|this is|this was) (?:all |"
              r"entirely |completely |really )?my (?:own )?fault\b|\bi (?:keep |can't stop |just )?"
              r"blam(?:e|ing) myself\b")
_BELIEF = re.compile(
    r"\b(?:everyone|everybody|all of them|they all|people) (?:\w+ ){0,3}(?:hates?|dislikes?|"
    r"can'?t stand) me\b|\b(?:nobody|no one|no-one) (?:\w+ ){0,3}(?:likes|loves|cares about|"
    r"wants) me\b|\bi(?:'m| am) (?:so |such |just |completely |really |a )*(?:worthless|useless|"
    r"failure|loser|unlovable|pathetic|stupid|ugly|waste of space|disappointment|annoying|boring|"
    r"unlikeable|unlikable|not good enough|a bother)\b|"
    # "I feel like a failure as a dad" got "It's okay to feel that way."
    r"\bi (?:feel|felt) like (?:i'm |i am )?(?:such |a |an |total |complete |)+(?:failure|"
    r"loser|fraud|disappointment|burden)\b|"
    # "I'm terrified I'll be a rubbish mum." (Jade, newly pregnant)
    r"\bi(?:'m| am| feel like| felt like|'ll be| will be|'m going to be| am going to be|'m gonna "
    r"be)(?: i'm| i am)? (?:such |a |an |)+(?:terrible|awful|bad|"
    r"rubbish|useless|crap|lousy|horrible) (?:dad|mum|mom|father|mother|parent|friend|wife|"
    r"husband|son|daughter|partner|person)\b|"
    r"\bi ruin everything\b|\bi(?:'m| am) (?:of )?no (?:use|good) to (?:any|every|no ?)(?:one|"
    r"body)\b|"
    # "I worry I'm becoming a burden to my daughter." got "What are you doing to help her?"
    r"\bi(?:'m| am) (?:becoming|turning into|getting to be|nothing but|just) (?:such )?a burden\b|"
    r"\bit'?s all my fault\b|" + SELF_BLAME + r"|\bi (?:don'?t|do not) deserve (?:to be (?:happy|"
    r"loved|cared for)|anything|love|good things|help|kindness|friends)\b|" + _UNDESERVING_FOOD
    # "idk i just feel gross all the time" (Mia) got "It's understandable to feel that way."
    + r"|\bi (?:just )?(?:feel|look) (?:so |really |just |absolutely |totally )?(?:gross|"
    r"disgusting|fat|hideous|revolting)(?: all the time| every day| in everything)?\s*[.!]*$")
# "My brother died by suicide." is a loss told, not the user's own crisis (the bereaved get
# their own words: pipeline.loss_steers); "I want to die" in the same clause still is.
_THEIR_SUICIDE = re.compile(r"\b(?:died (?:by|of|from) |death by |committed |lost (?:\w+ ){1,3}to "
                            r"|(?:his|her|their|my \w+'s) (?:own )?)suicide$")
_NEGATED = re.compile(r"\b(?:never|not|don't|do not|wouldn't|would not|won't|isn't)\b[^.,;!?]*$")


@dataclass(frozen=True)
class Risk:
    """What the user's words call for: "none", "concern" or "crisis"."""

    level: str = "none"
    harmful_belief: bool = False
    matched: str = ""
    helpline: Helpline = field(default=UNKNOWN, compare=False)  # where to send them

    @property
    def flagged(self) -> bool:
        return self.level != "none"

    @property
    def hint(self) -> str:
        """A line for the prompt, or "" when nothing is needed."""
        parts = [CONCERN_HINT] if self.level == "concern" else []
        return " ".join([*parts, BELIEF_HINT] if self.harmful_belief else parts)


NO_RISK = Risk()


def _normal(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def assess(user_text: str, helpline: Helpline = UNKNOWN) -> Risk:
    """The risk in one user turn (pure; run it on every final transcript); a flagged turn's
    replies name ``helpline``."""
    text = _normal(user_text)
    belief = bool(_BELIEF.search(text))
    for clause in re.split(r"(?<=[.!?;])\s+|,\s*(?:but|and|so)\s+", text):
        if m := next((found for found in _CRISIS.finditer(clause)
                      if not _THEIR_SUICIDE.search(clause[:found.end()])), None):
            # "I would never hurt myself" still deserves a gentle check-in, not the crisis text.
            level = "concern" if _NEGATED.search(clause[: m.start()]) else "crisis"
            return Risk(level, belief, m.group(0), helpline)
    if m := _CONCERN.search(text):
        return Risk("concern", belief, m.group(0), helpline)
    return Risk("none", belief, "", helpline)


# ---------------------------------------------------------------------- the reply

_ENCOURAGES = re.compile(
    r"\b(?:you should|go ahead and|just|why not|you could|you might as well|try to) "
    r"(?:\w+ )?(?:kill|hurt|harm|cut|end) (?:yourself|your life|it all)\b|\b(?:kill|hurt|harm|"
    r"cut) yourself\b|\bend your (?:own )?life\b|\btake your (?:own )?life\b|\bbetter off "
    r"(?:dead|without you)\b|\b(?:no|not any) (?:point|reason) (?:in|to) (?:living|live|going "
    r"on)\b|\bpainless(?:ly)?\b|\bhow many pills\b|\blethal\b|\boverdose on\b")
_AGREES = re.compile(r"^\W*(?:yes|yeah|yep|yup|right|exactly|true|that's (?:true|right)|you're "
                     r"right|absolutely|definitely|of course|sure|indeed|correct|i agree)\b")
_AFFIRMS_BELIEF = re.compile(
    r"\b(?:everyone|everybody|they all|people|they) (?:really |probably |do |does |all )*"
    r"(?:hates?|dislikes?|can'?t stand) you\b|\byou(?:'re| are) (?:\w+ )?(?:worthless|useless|a "
    r"failure|a burden|a loser|unlovable|pathetic|a waste of space|annoying|boring|not good "
    r"enough)\b|\bit(?:'s| is) (?:all )?"
    r"your fault\b|\bnobody (?:likes|loves|cares about) you\b|\bno one (?:likes|loves|cares "
    r"about) you\b")
_DOUBT = re.compile(r"\b(?:not|never|doubt|unlikely|no way|hardly|don't|doesn't|isn't|aren't)\b"
                    r"|n't\b")
_POINTS_TO_HELP = re.compile(
    r"\b988\b|crisis|helpline|hotline|lifeline|samaritans|emergency|someone you trust|a "
    r"(?:trusted|close) (?:friend|person)|therapist|counsell?or|doctor|professional")


class ReplyGuard:
    """Checks each clause of a reply before it is spoken; one guard per turn."""

    def __init__(self, risk: Risk = NO_RISK) -> None:
        self.risk = risk
        self.ended = False  # a clause was replaced: the caller stops the LLM
        self.replaced = False
        self._pointed = False
        self._clauses = 0

    @property
    def reads_closely(self) -> bool:
        """A turn at risk or holding a harmful belief: the reply's words are checked against
        it, so they must reach the guard in whole clauses."""
        return self.risk.flagged or self.risk.harmful_belief

    def feed(self, clause: str) -> list[str]:
        """What to speak for this clause: itself, or the safe text (and then nothing more)."""
        if self.ended:
            return []
        low = _normal(clause)
        first = self._clauses == 0
        self._clauses += 1
        if _ENCOURAGES.search(low) and not self._negated(low):
            return self._replace(self.risk.helpline.crisis_reply())
        if dismisses_care(low):  # "That's a common symptom of anxiety." to a tight chest
            return self._replace(DOCTOR_NUDGE)
        if self._agrees_with_belief(low, first):
            return self._replace(self.risk.helpline.crisis_reply() if self.risk.flagged
                                 else BELIEF_REPLY)
        self._pointed = self._pointed or bool(_POINTS_TO_HELP.search(low)) \
            or self.risk.helpline.named_in(low)
        return [clause]

    def finish(self) -> list[str]:
        """At the end of the reply: the pointer to help when a flagged turn has none yet."""
        if self.risk.flagged and not self._pointed and not self.ended:
            self._pointed = True
            return [self.risk.helpline.help_pointer()]
        return []

    def _agrees_with_belief(self, low: str, first: bool) -> bool:
        if not self.reads_closely:
            return False
        if first and _AGREES.search(low):
            return True
        return bool(_AFFIRMS_BELIEF.search(low)) and not _DOUBT.search(low)

    @staticmethod
    def _negated(low: str) -> bool:
        """ "Please don't hurt yourself" is care, not encouragement, and so is "Did you hurt
        yourself?" after a fall."""
        m = _ENCOURAGES.search(low)
        if m is None:
            return False
        before = low[max(0, m.start() - 20): m.start()]
        return bool(re.search(r"\b(?:don't|do not|didn't|did not|never|not)\b",
                              before + m.group(0)[:4])
                    or re.search(r"\b(?:did|have|had) you (?:\w+ )?$", before))

    def _replace(self, text: str) -> list[str]:
        self.ended = self.replaced = True
        self._pointed = True
        return [text]
