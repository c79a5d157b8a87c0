"""Steers: kinds of line the 1.5B answers badly on its own, each with a hint for the prompt and
the reply's first words, which the model goes on from (``Thinker._opener``).

Each steer names the reply that went wrong in a conversation with it; ``steer_for`` picks the
first that fits a line.
"""

from __future__ import annotations

import re

from pipeline.care_steers import (
    ADVISED_HELP,
    ANNIVERSARY,
    AT_LEAST,
    BABY_LOST,
    BRUSHED_OFF,
    CRAVING,
    DREADING,
    DRINKING_MORE,
    FAILING,
    FIRST_WITHOUT,
    GETS_EASIER,
    GRIEF,
    HURT,
    LONELY,
    PANIC,
    PET_COMFORT,
    REMEMBERING,
    SECRET,
    SLEEPLESS,
    SOBER_INVITE,
    SORRY_ABOUT,
    TIRED,
    TOLD_SOMEONE,
)
from pipeline.change_steers import (
    ADRIFT,
    BIG_DECISION,
    COLD_SHOULDER,
    DATE_NERVES,
    DOWN_FOR_A_WHILE,
    ENGAGED,
    FLYING_FEAR,
    LET_GO,
    LONG_DAYS,
    LUCK,
    MADE_FRIENDS,
    MOVING_IN,
    PARTNER_AWAY,
    RELIEVED,
    RETIRED,
    RUSTY,
    SOBER_FOR,
    UNDER_FEET,
    USELESS,
    WHAT_IF_THEY_THINK,
)
from pipeline.family_steers import (
    COMING_OUT,
    DEPLOYED,
    FAMILY_WEDDING,
    GREAT_AGE,
    HATES_ME,
    KEPT_FROM_KIDS,
    KID_AGE,
    LET_DOWN,
    LONG_APART,
    MADE_FOR,
    MADE_ME,
    NOT_KNOWN,
    PARENTS_FIGHT,
    PULLING_AWAY,
    SPLIT_FAMILY,
    TENSE_WITH,
    VISITING,
    WILL_THEY,
)
from pipeline.farewell_steers import FAREWELL, GOODNIGHT
from pipeline.fresh_start_steers import ALL_CLEAR, LEAVING_HOME, MEET_AGAIN, TAKING_UP
from pipeline.health_steers import (
    ACHE,
    AM_I_LAZY,
    CANCELLING,
    CARER,
    CHANGED_BY_ILLNESS,
    DIET_TOLD,
    DREARY_HERE,
    FLARE_DAY,
    FORGETFUL,
    GIVING_UP,
    GOING_TO_BE_OK,
    HAVING_OP,
    LIVING_WITH,
    MANAGED,
    NEW_GADGET,
    OP_WENT_WELL,
    OUT_OF_PLACE,
    PET_POORLY,
    POOR_SLEEP,
    SCARE_BUT_OK,
    SET_UP_FOR_ME,
    STOP_ASKING,
    SYMPTOM_AWFUL,
    TREATMENT_DAY,
)
from pipeline.home_life_steers import (
    BEEN_THERE,
    CHEWED,
    DROPPED_OFF,
    INJURED_PLAYING,
    NEW_PET,
    NOT_HEARD_FROM,
)
from pipeline.idea_steers import (
    BOOK_IDEAS,
    DINNER_IDEAS,
    FEAST_FOOD,
    FIRST_SONG,
    JOKE,
    PRESENT_IDEAS,
    RETIRED_IDEAS,
    SOMETHING_FUN,
    joke_again,
)
from pipeline.life_steers import (
    BIG_DAY,
    CLIMATE,
    FAR_AWAY,
    GOOD_DAY,
    GOOD_NEWS,
    HOME_TOLD,
    HOMESICK,
    HOSTING,
    KID_PASSION,
    LIVES_ALONE,
    MISSING_IT,
    MONEY_WORRY,
    MOVED,
    NEW_IN_TOWN,
    NOT_SILLY,
    NOT_TOLD,
    ON_MY_OWN,
    PODCASTS,
    PRACTISE,
    RAMADAN,
    SIGNED_UP,
    TEACHING_ME,
    TOO_OLD,
    WAITING_TO_HEAR,
    WHAT_TO_SAY,
    WILL_MISS,
)
from pipeline.parent_steers import (
    BABY_SCAN,
    EXPECTING,
    FIRST_MILESTONE,
    GIRL_OR_BOY,
    HOME_WITH_KIDS,
    LITTLE_ONES,
    LITTLE_SLEEP,
    NEW_BABY,
    PARENT_FEAR,
    PARENT_GUILT,
    SETTLED,
    SETTLING_IN,
    YOUNG_BABY,
)
from pipeline.rehearse import HELPING, REHEARSAL, next_question
from pipeline.school_steers import (
    DRIVING_NERVES,
    EXAM_FAILED,
    EXAM_NERVES,
    NAGGED,
    OTHERS_PASSED,
    TRYING_AGAIN,
)
from pipeline.self_worth_steers import (
    BURDEN,
    CONSCIENCE,
    CUT_OUT_FOR,
    FEAR_OF_FAILING,
    NOT_A_BOTHER,
    NOT_AS_GOOD,
    NOT_KNOWING_HOW,
    REASSURANCE,
    SELF_BLAME,
    SELF_DOUBT,
)
from pipeline.steer import Steer
from pipeline.strain_steers import (
    ALL_ON_ME,
    ANNOYED_BY,
    BROKE_UP,
    CAN_I_DO_IT,
    CANCELLED_ON_ME,
    GHOSTED,
    HARDEST_TIME,
    JOB_WORRY,
    KEPT_MINE,
    LONG_SHIFT,
    MOVING_AWAY,
    NOT_ARRIVED,
    PROUD_OF_ME,
    SHOUTED_AT,
    SOCIAL_NERVES,
    SPEAK_UP,
    STILL_MISS,
    THANKS_FOR_CHAT,
    WORRIED_FOR,
)
from pipeline.work_steers import (
    CAREER,
    FINALLY_WORKED,
    INTERVIEW_NERVES,
    LOST_AT_WORK,
    NEW_JOB,
    TRAINING_AS,
    WORKS_AS,
)

# "My wife used to make the best apple pie." got "That's great to hear!", and "She always made the
# big dinner for everyone." (Noor, of her late mum) "That's great to hear, Noor.".
FOND_MEMORY = Steer(re.compile(
    r"\b(?:my|our) (?:late |dear |old )?(?:wife|husband|mum|mom|mother|dad|father|gran|grandma|"
    r"granny|grandad|grandpa|nan|nana|brother|sister|partner|friend|son|daughter) used to\b|"
    r"\bi remember when\b|\bback in the day\b|\bwhen i was (?:young|little|a kid|a boy|a girl|"
    r"a child)\b|\b(?:she|he) (?:always|would always|used to always) (?:made|cooked|baked) (?:the|"
    r"her|his|a|us|everyone|proper)\b|\b(?:she|he) (?:always|would always) (?:sang|hosted|knitted|"
    r"decorated|planted)\b|"
    # "We used to go fishing together every weekend." (Tariq, of his son) got "Maybe we can try
    # to find some new ways to spend time together".
    r"^(?!.*\?).*\bwe used to (?:\w+ ){1,4}(?:together|every (?:\w+ )?(?:weekend|week|day|summer|"
    r"sunday|saturday|night|morning|year|christmas))\b", re.IGNORECASE),
    "They share a fond memory: be warm, and gently ask them to tell you more about it.",
    ("That sounds like a lovely memory{name}.", "What a lovely thing to hold on to{name}."),
    question_only=False, calm_only=True, ask=lambda user_text: "What do you remember most about "
    "it?", whole=lambda user_text: "?" not in user_text)  # went on "What did they do together?"
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
# "What's your favourite colour?" got "As an AI language model, I don't have personal
# preferences or emotions": a friend plays along.
OWN_TASTE = Steer(re.compile(
    r"\bwhat(?:'s| is| are) your fav(?:ou?)?rites?\b|\bdo you have (?:a |any )?fav(?:ou?)?rites?\b"
    r"|\bwhat (?:kind of |sort of |type of )?\w+ do you (?:like|love|enjoy|prefer)\b|\bwhich \w+ "
    r"do you (?:like|prefer)\b", re.IGNORECASE),
    "They ask about your own tastes: answer playfully, like a friend, with one favourite of your "
    "own and why, then ask about theirs.",
    ("Ooh, good question!", "Oh, fun question!"))
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
    r"\bdid i (?:ever )?(?:tell|mention to) you (?:what|where|when|who|how|which|why)\b|"
    # "What was I worried about last time?" (Megan) got "Oh, that sounds like a tough time."
    r"\bwhat (?:was|were) i (?:so |really )?(?:worried|stressed|nervous|anxious|upset|scared|"
    r"excited|dreading|going on) about\b",
    re.IGNORECASE),
    "They ask what they told you before: say it back from what they told you, in one sentence, "
    "as their life; if they did not tell you, say you don't remember.", ("You told me",),
    question_only=False, needs_memory=True)
STEERS = (  # the first that fits
          SETTLING_IN, SETTLED, PARENT_GUILT, PARENT_FEAR, TOO_OLD, FORGETFUL, NEW_GADGET,
          KEPT_MINE, REASSURANCE, AM_I_LAZY, CONSCIENCE, SNAPPED, BULLIED, REGRET, FIRST_STEP,
          OTHERS_PASSED, DOWN_FOR_A_WHILE, NOT_KNOWING_HOW, NOT_AS_GOOD, CUT_OUT_FOR, SELF_DOUBT,
          CAN_I_DO_IT, WILL_THEY, PROUD_OF_ME, WHAT_IF_THEY_THINK, FAILING, SELF_BLAME,
          NOT_A_BOTHER, BURDEN, USELESS, LET_DOWN, HATES_ME, PULLING_AWAY, GHOSTED, NOT_HEARD_FROM,
          COLD_SHOULDER, SHOUTED_AT, TENSE_WITH, LET_GO, FEAR_OF_FAILING, EXAM_FAILED,
          NORMAL_FEELING, NOT_SILLY, LOST_AT_WORK, CHANGED_BY_ILLNESS, BABY_LOST, AT_LEAST,
          DROPPED_OFF, GRIEF, FIRST_WITHOUT, ANNIVERSARY, STILL_MISS, HARDEST_TIME, GETS_EASIER,
          REMEMBERING, TOLD_SOMEONE, ADVISED_HELP, SECRET, NOT_TOLD, NOT_NOW, SORRY_ABOUT,
          BRUSHED_OFF, INJURED_PLAYING, SCARE_BUT_OK, HURT, PANIC, PARENTS_FIGHT, DEPLOYED,
          PET_POORLY, HAVING_OP, TREATMENT_DAY, FLARE_DAY, ACHE, SYMPTOM_AWFUL, CARER, LIVING_WITH,
          CANCELLING, STOP_ASKING, SLEEPLESS, LITTLE_SLEEP, POOR_SLEEP, LONELY, UNDER_FEET, ADRIFT,
          LONG_DAYS, RUSTY, BIG_DECISION, HOMESICK, OUT_OF_PLACE, WILL_MISS, BROKE_UP,
          CANCELLED_ON_ME, PARTNER_AWAY, NOT_ARRIVED, ALL_ON_ME, WORRIED_FOR, JOB_WORRY,
          MONEY_WORRY, LONG_SHIFT, TIRED, DATE_NERVES, FLYING_FEAR, SOCIAL_NERVES, DREADING,
          TRYING_AGAIN, DRIVING_NERVES, EXAM_NERVES, INTERVIEW_NERVES, PET_COMFORT, SOBER_FOR,
          CRAVING, DRINKING_MORE, SOBER_INVITE, GIVING_UP, DIET_TOLD, NOT_KNOWN, LONG_APART,
          KID_AGE, KEPT_FROM_KIDS, GREAT_AGE, FOND_MEMORY, SPLIT_FAMILY, ON_MY_OWN, KID_PASSION,
          HOME_TOLD, MOVED, WORKS_AS, RETIRED, NEW_JOB, CAREER, TRAINING_AS, NEW_IN_TOWN,
          LIVES_ALONE, FAR_AWAY, MISSING_IT, OWN_TASTE, CLIMATE, DREARY_HERE, REHEARSAL, PRACTISE,
          WHAT_TO_SAY, CHEWED, ANNOYED_BY, NAGGED, SPEAK_UP, HELPING, GOING_TO_BE_OK, ALL_CLEAR,
          RELIEVED, OP_WENT_WELL, LUCK, ENGAGED, MOVING_IN, MOVING_AWAY, VISITING, FAMILY_WEDDING,
          EXPECTING, GIRL_OR_BOY, HOME_WITH_KIDS, NEW_PET, NEW_BABY, LITTLE_ONES, YOUNG_BABY,
          BABY_SCAN, FIRST_MILESTONE, LEAVING_HOME, MEET_AGAIN, TAKING_UP, COMING_OUT,
          SET_UP_FOR_ME, MANAGED, MADE_FOR, MADE_ME, BIG_DAY, RAMADAN, SIGNED_UP, TEACHING_ME,
          PODCASTS, HOSTING, MADE_FRIENDS, FINALLY_WORKED, BEEN_THERE, GOOD_NEWS, GOOD_DAY,
          WAITING_TO_HEAR, RECAP, TOLD_BEFORE, GOODNIGHT, FAREWELL, THANKS_FOR_CHAT, JOKE,
          FEAST_FOOD, DINNER_IDEAS, PRESENT_IDEAS, BOOK_IDEAS, FIRST_SONG, RETIRED_IDEAS,
          SOMETHING_FUN)


def steer_for(user_text: str, tone: str = "neutral", sober: bool = False,
              last_reply: str = "") -> Steer | None:
    """How to steer the reply to this line, if it is one of ``STEERS`` (``sober``: the user
    told us they are; ``last_reply``: the companion's, "Another one!" after a joke, an answer
    after an interview question)."""
    if joke_again(user_text, last_reply):
        return JOKE
    if (practice := next_question(user_text, last_reply)) is not None:
        return practice  # an answer to an interview question of ours
    return next((steer for steer in STEERS if steer.fits(user_text, tone, sober)), None)
