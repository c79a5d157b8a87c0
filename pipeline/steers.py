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
    LETTING_GO,
    NEW_PET,
    NOT_HEARD_FROM,
    ONE_PLACE,
    PESTS,
    SAID_GOODBYE,
    SAYING_GOODBYE,
    SNORES,
    STILL_LISTENING,
    TAKING_IN,
)
from pipeline.idea_steers import (
    BOOK_IDEAS,
    BURNT_IT,
    DINNER_IDEAS,
    FEAST_FOOD,
    FIRST_SONG,
    JOKE,
    NEVER_COOKED,
    OWN_TASTE,
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
from pipeline.opening_up_steers import (
    CALLED_MYSELF,
    COMING_OUT_SOON,
    HOME_AGAIN,
    HOW_TO_TELL,
    LATE_AGAIN,
    LET_IN,
    NOT_ACCEPTED,
    NOT_PERSONAL,
    ON_MY_SIDE,
    QUIET_HOUSE,
    SAID_LITTLE,
    TIME_TOGETHER,
    TOLD_THEM,
)
from pipeline.parent_steers import (
    BABY_SCAN,
    EVERYONE_SAYS,
    EXPECTING,
    FIRST_MILESTONE,
    GIRL_OR_BOY,
    HOME_WITH_KIDS,
    HOPES_UP,
    IVF,
    LITTLE_ONES,
    LITTLE_SLEEP,
    NEW_BABY,
    NO_BOND,
    OTHERS_PREGNANT,
    PARENT_FEAR,
    PARENT_GUILT,
    SETTLED,
    SETTLING_IN,
    TRANSFER_DAY,
    YOUNG_BABY,
)
from pipeline.recovery_steers import CANT_ANYMORE, SLOW_RECOVERY
from pipeline.rehearse import HELPING, REHEARSAL, next_question
from pipeline.school_steers import (
    BULLIED,
    DRIVING_NERVES,
    EXAM_FAILED,
    EXAM_NERVES,
    NAGGED,
    OTHERS_PASSED,
    OWN_PATH,
    TRYING_AGAIN,
    WASTE_OF_TIME,
)
from pipeline.self_worth_steers import (
    BURDEN,
    CONSCIENCE,
    CUT_OUT_FOR,
    FEAR_OF_FAILING,
    NORMAL_FEELING,
    NOT_A_BOTHER,
    NOT_AS_GOOD,
    NOT_KNOWING_HOW,
    REASSURANCE,
    REGRET,
    SELF_BLAME,
    SELF_DOUBT,
    SNAPPED,
)
from pipeline.setback_steers import (
    EMBARRASSED,
    FORGOT_IT,
    INCOME_GONE,
    REPORTED,
    SOAKED,
    STOLEN,
    USED_TO_BE,
)
from pipeline.settling_steers import (
    ANNOYED_ABOUT,
    CAME_THROUGH,
    CLASS_BOOKED,
    DRIVING_ME_MAD,
    FROM_ABROAD,
    GADGET_GIFT,
    MY_ENGLISH,
    NIGHT_WORK,
    ON_SCREEN,
    PARTY_FOR_ME,
    TALKED_TO,
)
from pipeline.steer import Steer
from pipeline.strain_steers import (
    ALL_ON_ME,
    ANNOYED_BY,
    BROKE_UP,
    CAN_I_DO_IT,
    CANCELLED_ON_ME,
    FIRST_STEP,
    GHOSTED,
    HARDEST_TIME,
    JOB_WORRY,
    KEPT_MINE,
    LONG_SHIFT,
    MOVING_AWAY,
    NOT_ARRIVED,
    NOT_NOW,
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
    GOOD_AT,
    HOW_ILL_COPE,
    IN_MY_CORNER,
    INTERVIEW_NERVES,
    LONG_DAYS_AT_WORK,
    LOST_AT_WORK,
    MADE_IT_THROUGH,
    NEW_HIRE,
    NEW_JOB,
    STAFF_QUIT,
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
          SETTLING_IN, SETTLED, PARENT_GUILT, PARENT_FEAR, EVERYONE_SAYS, NO_BOND, TOO_OLD,
          FORGETFUL, NEW_GADGET, GADGET_GIFT, KEPT_MINE, REASSURANCE, AM_I_LAZY, CONSCIENCE,
          SNAPPED, BULLIED, REGRET, FIRST_STEP, OTHERS_PASSED, DOWN_FOR_A_WHILE, NOT_KNOWING_HOW,
          NOT_AS_GOOD, CUT_OUT_FOR, SELF_DOUBT, CAN_I_DO_IT, WILL_THEY, NOT_ACCEPTED, NOT_PERSONAL,
          HOW_TO_TELL, PROUD_OF_ME, WHAT_IF_THEY_THINK, FAILING, SELF_BLAME, NOT_A_BOTHER,
          MY_ENGLISH, BURDEN, USELESS, CALLED_MYSELF, LET_DOWN, HATES_ME, PULLING_AWAY, GHOSTED,
          NOT_HEARD_FROM, COLD_SHOULDER, SHOUTED_AT, STOLEN, INCOME_GONE, REPORTED, FORGOT_IT,
          EMBARRASSED, TENSE_WITH, LET_GO, FEAR_OF_FAILING, EXAM_FAILED, NORMAL_FEELING, NOT_SILLY,
          LOST_AT_WORK, GOOD_AT, STAFF_QUIT, LONG_DAYS_AT_WORK, HOW_ILL_COPE, CHANGED_BY_ILLNESS,
          BABY_LOST, OTHERS_PREGNANT, IVF, TRANSFER_DAY, HOPES_UP, AT_LEAST, DROPPED_OFF, GRIEF,
          FIRST_WITHOUT, ANNIVERSARY, STILL_MISS, HARDEST_TIME, GETS_EASIER, REMEMBERING,
          TOLD_SOMEONE, TOLD_THEM, SAID_LITTLE, ADVISED_HELP, SECRET, NOT_TOLD, NOT_NOW,
          SORRY_ABOUT, ON_MY_SIDE, BRUSHED_OFF, INJURED_PLAYING, SCARE_BUT_OK, HURT, PANIC,
          PARENTS_FIGHT, OWN_PATH, WASTE_OF_TIME, DEPLOYED, PET_POORLY, LETTING_GO, TAKING_IN,
          SAYING_GOODBYE, SAID_GOODBYE, STILL_LISTENING, ONE_PLACE, HAVING_OP, TREATMENT_DAY,
          FLARE_DAY, ACHE, SYMPTOM_AWFUL, SLOW_RECOVERY, CANT_ANYMORE, USED_TO_BE, CARER,
          LIVING_WITH, CANCELLING, STOP_ASKING, SLEEPLESS, LITTLE_SLEEP, POOR_SLEEP, LONELY,
          QUIET_HOUSE, UNDER_FEET, ADRIFT, LONG_DAYS, RUSTY, BIG_DECISION, HOMESICK, OUT_OF_PLACE,
          WILL_MISS, BROKE_UP, CANCELLED_ON_ME, PARTNER_AWAY, NOT_ARRIVED, ALL_ON_ME, WORRIED_FOR,
          JOB_WORRY, MONEY_WORRY, LONG_SHIFT, TIRED, DATE_NERVES, FLYING_FEAR, SOCIAL_NERVES,
          DREADING, TRYING_AGAIN, DRIVING_NERVES, EXAM_NERVES, INTERVIEW_NERVES, PET_COMFORT,
          SOBER_FOR, CRAVING, DRINKING_MORE, SOBER_INVITE, GIVING_UP, DIET_TOLD, NOT_KNOWN,
          LONG_APART, KID_AGE, KEPT_FROM_KIDS, GREAT_AGE, FOND_MEMORY, SPLIT_FAMILY, ON_MY_OWN,
          KID_PASSION, HOME_TOLD, MOVED, WORKS_AS, NIGHT_WORK, RETIRED, NEW_JOB, NEW_HIRE, CAREER,
          TRAINING_AS, NEW_IN_TOWN, FROM_ABROAD, TALKED_TO, LIVES_ALONE, FAR_AWAY, ON_SCREEN,
          MISSING_IT, OWN_TASTE, CLIMATE, DREARY_HERE, SOAKED, REHEARSAL, PRACTISE, WHAT_TO_SAY,
          CHEWED, ANNOYED_BY, LATE_AGAIN, DRIVING_ME_MAD, NAGGED, ANNOYED_ABOUT, SPEAK_UP, HELPING,
          GOING_TO_BE_OK, ALL_CLEAR, RELIEVED, OP_WENT_WELL, LUCK, ENGAGED, MOVING_IN, MOVING_AWAY,
          VISITING, HOME_AGAIN, FAMILY_WEDDING, EXPECTING, GIRL_OR_BOY, HOME_WITH_KIDS, NEW_PET,
          SNORES, PESTS, NEW_BABY, LITTLE_ONES, YOUNG_BABY, BABY_SCAN, FIRST_MILESTONE,
          LEAVING_HOME, MEET_AGAIN, TAKING_UP, COMING_OUT_SOON, COMING_OUT, SET_UP_FOR_ME, MANAGED,
          MADE_IT_THROUGH, MADE_FOR, MADE_ME, BIG_DAY, RAMADAN, SIGNED_UP, CLASS_BOOKED,
          TEACHING_ME, PODCASTS, HOSTING, PARTY_FOR_ME, CAME_THROUGH, MADE_FRIENDS, LET_IN,
          TIME_TOGETHER, FINALLY_WORKED, BEEN_THERE, IN_MY_CORNER, GOOD_NEWS, GOOD_DAY,
          WAITING_TO_HEAR, RECAP, TOLD_BEFORE, GOODNIGHT, FAREWELL, THANKS_FOR_CHAT, JOKE,
          FEAST_FOOD, DINNER_IDEAS, BURNT_IT, NEVER_COOKED, PRESENT_IDEAS, BOOK_IDEAS, FIRST_SONG,
          RETIRED_IDEAS, SOMETHING_FUN)


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
