"""Lines found weak by talking to the companion as new users in the twenty-fourth session
(Harriet, caring for her husband; Kofi, home with twins; Elif, a PhD student; Margaret, 88;
Jamal, three driving tests failed; Priti, a night nurse): each is steered, and its whole reply is
what a friend would say."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date

import pytest

from pipeline.config import Config
from pipeline.conversation import Conversation
from pipeline.engine import Engine
from pipeline.persona import Persona
from pipeline.steers import (
    ADRIFT,
    BEEN_THERE,
    CANCELLED_ON_ME,
    CHANGED_BY_ILLNESS,
    CHEWED,
    DOWN_FOR_A_WHILE,
    DRIVING_NERVES,
    DROPPED_OFF,
    EXPECTING,
    FAREWELL,
    FINALLY_WORKED,
    FIRST_MILESTONE,
    GIRL_OR_BOY,
    GRIEF,
    HAVING_OP,
    HOME_WITH_KIDS,
    HURT,
    INJURED_PLAYING,
    INTERVIEW_NERVES,
    JOKE,
    LITTLE_ONES,
    LONG_DAYS,
    NEW_PET,
    NOT_A_BOTHER,
    NOT_AS_GOOD,
    NOT_HEARD_FROM,
    NOT_KNOWING_HOW,
    OP_WENT_WELL,
    OTHERS_PASSED,
    PARTNER_AWAY,
    PET_COMFORT,
    REHEARSAL,
    RELIEVED,
    RETIRED,
    SCARE_BUT_OK,
    SOCIAL_NERVES,
    SYMPTOM_AWFUL,
    TAKING_UP,
    TRYING_AGAIN,
    VISITING,
    WORKS_AS,
    WORRIED_FOR,
    steer_for,
)
from tests.fakes import FakeLLM, FakeSTT, FakeTTS
from tests.steer_checks import assert_friends_reply, steered_to
from tools.quality_bench.checks import judge
from tools.quality_bench.context import Context
from tools.quality_bench.lines import Line

STEERED = [
    ("He had a fall in the night but he's alright.", SCARE_BUT_OK),
    ("Dad had a fall yesterday, but he is fine.", SCARE_BUT_OK),
    ("I had a fall in the kitchen yesterday.", HURT),  # their own fall: asked after them
    ("Some days I feel like I've lost the man I married.", CHANGED_BY_ILLNESS),
    ("He isn't himself anymore.", CHANGED_BY_ILLNESS),
    ("He isn't himself today, he's got a cold.", None),
    ("Everyone else in my lab seems so much smarter than me.", NOT_AS_GOOD),
    ("I feel like an impostor at work.", NOT_AS_GOOD),
    ("My brother is smarter than me.", None),
    ("My wife went back to work this week and I'm at home with them.", HOME_WITH_KIDS),
    ("I've got twin boys, they're six months old.", LITTLE_ONES),
    ("I have a son, he is 30 years old.", None),
    ("They both rolled over today!", FIRST_MILESTONE),
    ("He rolled over in bed and started snoring.", None),
    ("I'm 88 and I live on my own now, my Arthur died four years ago.", GRIEF),
    ("My grandson is supposed to visit on Sunday.", VISITING),
    ("My son is going to visit his in-laws.", None),
    ("My grandson cancelled on Sunday.", CANCELLED_ON_ME),
    ("My daughter can't come after all.", CANCELLED_ON_ME),
    ("My flight was cancelled.", None),
    ("My boss cancelled.", None),
    ("I don't like to be a bother to anyone.", NOT_A_BOTHER),
    ("Tell me a joke, would you?", JOKE),
    ("Do you know any jokes?", JOKE),
    ("That joke was terrible.", None),
    ("Everyone I know passed first time.", OTHERS_PASSED),
    ("I booked another test for March.", TRYING_AGAIN),
    ("How do I stop panicking when I drive?", DRIVING_NERVES),
    ("Thanks man, later.", FAREWELL),
    ("I work night shifts as a nurse.", WORKS_AS),
    ("I work as a primary school teacher.", WORKS_AS),
    # more than the job: the sleep is what the line is about
    ("I work night shifts as a nurse, so my sleep is all over the place.", None),
    ("My mum is having a hip replacement on Friday.", HAVING_OP),
    ("I'm worried because she's diabetic.", WORRIED_FOR),
    ("The operation went well, she's already walking with a frame!", OP_WENT_WELL),
    ("The operation didn't go well.", None),
    ("My experiment finally worked!", FINALLY_WORKED),
    ("I've got a cat called Biscuit, she keeps me company.", PET_COMFORT),
    ("I retired last month after thirty-five years on the buses.", RETIRED),
    ("I retired in 2015.", None),
    ("I retired last year and I've started learning Spanish.", TAKING_UP),  # news of Spanish
    ("My wife still works, so I'm rattling around the house on my own all day.", LONG_DAYS),
    ("I don't really know what to do with myself.", ADRIFT),
    ("Right, I'll leave it there for today.", FAREWELL),
    ("I think I might be a bit depressed.", DOWN_FOR_A_WHILE),
    ("I just feel flat all the time.", DOWN_FOR_A_WHILE),
    ("I'm not depressed, just tired.", None),
    ("I'm pregnant with our first baby, due in May!", EXPECTING),
    ("I'm pregnant and I'm scared.", None),
    ("My partner's working on an oil rig for three weeks.", PARTNER_AWAY),
    ("We found out it's a girl!", GIRL_OR_BOY),
    ("It is a boy thing.", None),
    ("I've got a job interview tomorrow and I'm really nervous", INTERVIEW_NERVES),
    ("I get super anxious talking to people I don't know", SOCIAL_NERVES),
    ("can you ask me a question like an interviewer would?", REHEARSAL),
    ("I think the interview went okay actually", RELIEVED),
    ("The morning sickness is awful though.", SYMPTOM_AWFUL),
    ("The weather is awful.", None),
    ("I'm scared I won't know what I'm doing.", NOT_KNOWING_HOW),
    ("We just got a puppy! He's a cocker spaniel called Biscuit.", NEW_PET),
    ("Our old dog died last year and we just got a puppy.", GRIEF),
    ("He's chewed through two of my shoes already.", CHEWED),
    ("Laters.", FAREWELL),
    ("I'm having awful hot flushes at night and I can't sleep.", SYMPTOM_AWFUL),
    ("I cried all the way home after dropping her off.", DROPPED_OFF),
    ("She hasn't texted me since.", NOT_HEARD_FROM),
    ("I did my ACL in training last week.", INJURED_PLAYING),
    ("My girlfriend has been amazing through all this.", BEEN_THERE),
    ("My girlfriend hasn't been amazing, to be honest.", None),
]


@pytest.mark.parametrize(("said", "steer"), STEERED)
def test_lines_new_users_said_are_steered(said: str, steer: object) -> None:
    assert steered_to(said) is steer


FELT = (SCARE_BUT_OK, CHANGED_BY_ILLNESS, NOT_AS_GOOD, CANCELLED_ON_ME, NOT_A_BOTHER,
        OTHERS_PASSED, WORRIED_FOR, DOWN_FOR_A_WHILE, PARTNER_AWAY, INTERVIEW_NERVES,
        SOCIAL_NERVES, SYMPTOM_AWFUL, NOT_KNOWING_HOW, DROPPED_OFF, NOT_HEARD_FROM,
        INJURED_PLAYING)


@pytest.mark.parametrize(("said", "reply"), [
    ("He had a fall in the night but he's alright.", "Oh no, that must have given you such a "
     "fright, Harriet. I'm so glad he's alright. How are you doing after a night like that?"),
    ("Some days I feel like I've lost the man I married.", "Oh, Harriet, that must be such a "
     "lonely kind of grief, missing someone who's still right there beside you. What do you miss "
     "most about him?"),
    ("Everyone else in my lab seems so much smarter than me.", "It's completely normal to feel "
     "that, Harriet, and it usually says more about how hard you are on yourself than about them. "
     "You earned your place there too. What makes you feel that way?"),
    ("My wife went back to work this week and I'm at home with them.", "That's a big change for "
     "you both, Harriet. Days at home on your own with little ones are so full-on. How's the first "
     "week going?"),
    ("I've got twin boys, they're six months old.", "Oh, how lovely, Harriet! Twins, and six "
     "months is such a busy age. How are you finding it all?"),
    ("They both rolled over today!", "Oh, that's so special, Harriet! Both of them, such a big "
     "step! How did it feel?"),
    ("My grandson is supposed to visit on Sunday.", "Oh, how lovely, Harriet! What are you hoping "
     "to do while he's here?"),
    ("My grandson cancelled on Sunday.", "Oh, Harriet, what a shame. You must have been looking "
     "forward to seeing him. How are you feeling about it?"),
    ("I don't like to be a bother to anyone.", "Aw, you're never a bother, Harriet, and I'm sure "
     "the people who love you don't see you that way either. What's making you feel like one?"),
    ("Everyone I know passed first time.", "That must hurt all the more, Harriet, but everyone "
     "gets there in their own time. How are you feeling about it?"),
    ("I booked another test for March.", "Good for you for getting straight back on it, Harriet! "
     "How are you feeling about the next one?"),
    ("I work night shifts as a nurse.", "Oh, Harriet, a nurse! That's such important work. How do "
     "you find the night shifts?"),
    ("I work as an electrician.", "Oh, Harriet, an electrician! What's it like?"),
    ("My mum is having a hip replacement on Friday.", "Oh, Harriet. That's a big thing, for her "
     "and for you. How are you feeling about it?"),
    ("I'm worried because she's diabetic.", "Oh, Harriet, it's natural to worry, it shows how much "
     "you care about her. How are you holding up?"),
    ("The operation went well, she's already walking with a frame!", "Oh, what a relief, Harriet! "
     "How is she feeling now?"),
    ("My experiment finally worked!", "Oh, brilliant, Harriet! After all that work, too. How does "
     "it feel?"),
    ("I've got a cat called Biscuit, she keeps me company.", "Aw, Harriet. Biscuit sounds like a "
     "lovely companion. What's she like?"),
    ("I retired last month after thirty-five years on the buses.", "Congratulations on retiring, "
     "Harriet! Thirty-five years is a whole working life. How are you finding it so far?"),
    ("I think I might be a bit depressed.", "I'm so glad you told me, Harriet. Feeling like that "
     "is really hard, and it's worth telling your doctor too, they can help. How long has it "
     "been like this?"),
    ("I'm pregnant with our first baby, due in May!", "Oh, congratulations, Harriet! Your first, "
     "and a May baby too, how exciting! How are you feeling?"),
    ("My partner's working on an oil rig for three weeks.", "Oh, Harriet, three weeks apart can be "
     "really hard. How are you managing on your own?"),
    ("We found out it's a girl!", "Oh, Harriet! A little girl, how exciting! Have you started "
     "thinking about names?"),
    ("I've got a job interview tomorrow and I'm really nervous", "Oh, Harriet, interviews can be "
     "so stressful, and being nervous just shows you care. What's the job?"),
    ("I get super anxious talking to people I don't know", "Lots of people feel like that, "
     "Harriet, and it can be really hard. Does it ease off once you get talking?"),
    ("can you ask me a question like an interviewer would?", "Of course, Harriet, I'll be the "
     "interviewer. First question: tell me a little about yourself."),
    ("I've started learning the guitar, my grandson gave me his old one.", "Ooh, good for you, "
     "Harriet! How are you finding the guitar?"),
    ("The morning sickness is awful though.", "Oh no, Harriet. Morning sickness can be so "
     "draining. How are you coping with it?"),
    ("I'm scared I won't know what I'm doing.", "That's such a normal worry, Harriet, and nobody "
     "knows what they're doing at the start. You learn as you go. What worries you most?"),
    ("We just got a puppy! He's a cocker spaniel called Biscuit.", "Oh, how lovely, Harriet! How "
     "is Biscuit settling in?"),
    ("I'm having awful hot flushes at night and I can't sleep.", "Oh no, Harriet. Hot flushes can "
     "be so draining. How are you coping with them?"),
    ("I cried all the way home after dropping her off.", "Oh, Harriet, of course you did. Goodbyes "
     "like that are so hard, even when it's the right thing. How are you feeling today?"),
    ("She hasn't texted me since.", "Oh, Harriet, waiting to hear is so hard. She's probably just "
     "swept up in it all. How are you doing?"),
    ("I did my ACL in training last week.", "Oh no, Harriet, I'm so sorry. That's a horrible "
     "injury. How are you feeling about it all?"),
    ("My girlfriend has been amazing through all this.", "Oh, Harriet, I'm so glad you've got "
     "her. Having someone in your corner makes such a difference."),
])
def test_the_whole_reply_is_a_friends(said: str, reply: str) -> None:
    assert_friends_reply(said, reply, "Harriet", FELT)


@pytest.mark.parametrize(("said", "reply"), [
    ("Right, I'm going to start packing her stuff. Bye.", "Bye for now, Sam! Good luck with the "
     "packing!"),
    ("I have a meeting in five minutes, bye!", "Bye for now, Sam! Good luck with the meeting!"),
    ("I'm off to a wedding, see you!", "Bye for now, Sam! Enjoy the wedding!"),
])
def test_a_plan_with_a_doing_word_is_wished_well_without_the_model(said: str, reply: str) -> None:
    """ "Right, I'm going to start packing her stuff. Bye." (Siobhan, her daughter off to
    university) got "Bye for now, Siobhan! I hope you have a great time at university."."""
    assert steer_for(said) is FAREWELL and FAREWELL.whole(said)
    assert FAREWELL.openers_for(said, "Sam")[0] == reply
    # a plan without one is the model's, told the plan in the user's words
    said = "I'm off to the gym now, bye!"
    assert not FAREWELL.whole(said) and '"off to the gym now"' in FAREWELL.hint_for(said)


def test_a_loved_one_named_with_my_is_asked_about_by_name() -> None:
    said = "I'm 88 and I live on my own now, my Arthur died four years ago."
    assert all(opener.endswith("What was Arthur like?") for opener in GRIEF.openers_for(said))


def test_a_joke_is_a_joke_and_another_day_brings_another_first() -> None:
    told = JOKE.openers_for("Tell me a joke, would you?", "Margaret")
    assert len(set(told)) == len(told) > 10 and all("?" in joke or "." in joke for joke in told)
    assert told[0].startswith("Here's one, Margaret: ")
    # the first joke of a conversation moves on with the day
    from pipeline import steer as steer_module

    class Tomorrow(date):
        @classmethod
        def today(cls) -> date:
            return date.fromordinal(date.today().toordinal() + 1)

    original = steer_module.date
    steer_module.date = Tomorrow  # type: ignore[misc]
    try:
        assert JOKE.openers_for("Tell me a joke.", "Margaret")[0] == told[1]
    finally:
        steer_module.date = original  # type: ignore[misc]


def test_driving_nerves_get_tips_that_fit_driving() -> None:
    said = "How do I stop panicking when I drive?"
    reply = DRIVING_NERVES.openers_for(said, "Jamal")[0]
    assert DRIVING_NERVES.whole(said) and "instructor" in reply
    verdicts = judge(reply, Context(Line(said, feeling=True), (), user_name="Jamal"))
    assert all(verdicts.values()), verdicts


def chatting(model_says: str) -> tuple[Callable[[str], Awaitable[str]], FakeLLM]:
    """A typed conversation with a model that would say ``model_says``, and that model."""
    llm = FakeLLM(model_says, delay_s=0.0)
    llm.continues_replies = True
    engine = Engine(stt=FakeSTT(), tts=FakeTTS(), llm=llm)  # type: ignore[arg-type]
    conv = Conversation(engine, Persona(name="Juniper", system_prompt="You are Juniper."),
                        Config(region="US"))  # type: ignore[arg-type]

    async def chat(text: str) -> str:
        return "".join([piece async for piece in conv.chat(text)]).strip()

    return chat, llm


async def test_another_one_after_a_joke_is_another_joke_without_the_model() -> None:
    """ "Tell me a joke" got "Why was the cat sad? Because it had no friends!" from the model;
    and "Haha, another one!" is a joke asked for only just after one."""
    chat, llm = chatting(" Why was the cat sad?")

    first = await chat("Tell me a joke, would you?")
    second = await chat("Haha, another one!")
    assert first.startswith("Here's one: ") and second.startswith("Here's one: ")
    assert first != second and llm.prompts == []
    await chat("I had a long day.")
    assert not (await chat("Another one!")).startswith("Here's one")  # no joke just before


async def test_interview_practice_goes_on_question_by_question_until_they_stop() -> None:
    """ "can you ask me a question like an interviewer would?" (Chen) got "Sure, I can help you
    with that. What would you like to know?", and his answer, praise and no next question."""
    from pipeline.rehearse import QUESTIONS

    chat, llm = chatting(" Good luck tomorrow!")

    assert (await chat("can you ask me a question like an interviewer would?")).endswith(
        f"First question: {QUESTIONS[0]}")
    short = await chat("I'd say I'm hard-working and I learn fast")
    assert "example" in short and short.endswith(f"Next question: {QUESTIONS[1]}")
    full = await chat("I want it because I love helping customers and this company trains its "
                      "people really well.")
    assert full.startswith("Good answer") and full.endswith(QUESTIONS[2])
    assert llm.prompts == []
    assert "question" not in await chat("ok thanks, I'm gonna go prepare")  # they stopped
