"""Lines found weak by talking to the companion as new users in the twenty-sixth session (Kit,
who corrects herself; Rosa, a retired teacher who asks about the companion's life; Bo, cross
with it; Jamal, with a plumber to call; Elsie, 80s, whose son rarely calls; Wren, who has no one
else to talk to; Gus, a teenager who types in lower case; Sid, who cannot sleep; Liz): each is
answered as a friend would, without the model where the 1.5B went wrong."""

from __future__ import annotations

from datetime import datetime

import pytest

from memory.extract import extract_facts
from memory.intents import parse_memory_intent
from pipeline.limits import limits_answer
from pipeline.prompting import followup_fits, name_openers
from pipeline.steers import (
    COLD_OUT,
    CRITICISED,
    EXAM_FAILED,
    GOOD_TIRED,
    GOODNIGHT,
    GOT_IN_TOUCH,
    HARD_CASE,
    LONELY,
    LOST_TOOTH,
    LOVES_ME,
    MAGIC_REAL,
    MISSED_ME,
    NEVER_IN_TOUCH,
    NO_ADVICE,
    ON_THE_ROTA,
    POLITICS,
    RACING_MIND,
    SCARED_OF_DARK,
    SHOULD_I,
    STAIN,
    STORY,
    USELESS,
    WHAT_WOULD_YOU_DO,
    YOUNG_PEOPLE,
)
from tests.steer_checks import assert_friends_reply, shape, steered_to
from tools.quality_bench.checks import judge
from tools.quality_bench.context import Context
from tools.quality_bench.lines import Line

STEERED = [
    ("You're useless.", CRITICISED),
    ("you were a bit useless yesterday", CRITICISED),
    ("what's the point of even talking to you", CRITICISED),
    ("That's a stupid answer.", CRITICISED),
    ("you're not listening to me", CRITICISED),
    ("Don't tell me to take a breath, that's useless.", NO_ADVICE),
    ("I don't want advice, I just want to vent.", NO_ADVICE),
    ("I think I love you.", LOVES_ME),
    ("Did you miss me?", MISSED_ME),
    ("I don't really have anyone else to talk to.", LONELY),
    ("You're the only one I can talk to.", LONELY),
    ("I haven't got anybody to talk to.", LONELY),
    ("Robert rang me yesterday!", GOT_IN_TOUCH),
    ("My daughter visited today!", GOT_IN_TOUCH),
    ("My son finally called me at last", GOT_IN_TOUCH),
    ("My son Robert never calls me.", NEVER_IN_TOUCH),
    ("My kids never come to see us.", NEVER_IN_TOUCH),
    ("my manager put me on the weekend rota again", ON_THE_ROTA),
    ("They've put me on nights again.", ON_THE_ROTA),
    ("Can you tell me a bedtime story?", STORY),
    ("I'm shattered but happy.", GOOD_TIRED),  # got "It sounds like you're doing well."
    ("I'm exhausted but it was worth it.", GOOD_TIRED),
    ("tell me a story about a dragon", STORY),
    ("How do I get red wine out of a carpet?", STAIN),
    ("how can I get blood out of my jeans?", STAIN),
    ("My head just won't switch off.", RACING_MIND),  # got bath and music tips
    ("I keep overthinking everything.", RACING_MIND),
    ("Bonne nuit!", GOODNIGHT),  # got "Goodnight! How was your day?"
    ("cos i failed maths", EXAM_FAILED),  # got "What can you do to help yourself?"
    # Ana, Ken, Tilly (eight)
    ("What would you do?", WHAT_WOULD_YOU_DO),  # "As a friend, I can't provide specific advice"
    ("Should I take it?", SHOULD_I),
    ("The government is useless, all of them.", POLITICS),  # asked for "ideas to improve things"
    ("What do you think of the Prime Minister?", POLITICS),  # "As an AI language model..."
    ("Young people today don't know they're born.", YOUNG_PEOPLE),  # "That's true."
    ("Bloody freezing out there.", COLD_OUT),
    ("I lost my tooth today!", LOST_TOOTH),  # "Aw, that sounds sad."
    ("Is the tooth fairy real?", MAGIC_REAL),  # "it's not true... a myth"
    ("I'm scared of the dark.", SCARED_OF_DARK),
    ("We had a really poorly dog in today.", HARD_CASE),  # Lou: "That's a sad day for you."
    ("I looked after a very sick little girl today.", HARD_CASE),
    # not these
    ("We had a really poorly dog in today, but he died.", None),
    ("We had a poorly dog once.", HARD_CASE),
    ("Had a sick day today.", None),
    ("What would you do with a million pounds?", None),
    ("I lost a tooth yesterday, need a dentist.", None),
    ("My mum was so cold to me today.", None),
    ("My son works for the council.", None),
    ("My head won't stop hurting.", None),
    ("How do I get the kids to sleep?", None),
    ("Tell me a story about your childhood.", None),  # it has none
    ("My boss never listens.", None),
    ("I never call my mum.", None),
    ("I'm useless.", USELESS),  # about themselves: its own steer
    ("My boss is useless.", None),
    ("my mum says you're a waste of time", None),
    ("You're not useless, you know.", None),
    ("I love you guys.", None),
    ("I love your voice.", None),
    ("He called me a loser!", None),
    ("My boss called me!", None),
    ("My sister came round and we argued!", None),
    ("They called me back for a second interview!", None),
    ("She called me yesterday.", None),  # no gladness told
    ("Did Robert ring you?", None),
]


@pytest.mark.parametrize(("said", "steer"), STEERED)
def test_lines_new_users_said_are_steered(said: str, steer: object) -> None:
    got = steered_to(said)
    assert got is steer or (steer is USELESS and got is not CRITICISED)


@pytest.mark.parametrize(("said", "reply"), [
    ("You're useless.", "Fair enough, Bo, I'm sorry I wasn't more help. I'm listening now: "
     "what's going on?"),
    ("Don't tell me to take a breath, that's useless.", "Okay, Bo, no tips, I promise. It sounds "
     "like a rotten day: what happened?"),
    ("I think I love you.", "That's really sweet of you, Bo, and I'm always glad to talk with you. "
     "I'm not a person though, so I can't love you back the way someone could. How are you "
     "feeling today?"),
    ("Did you miss me?", "I don't feel the days pass the way you do, Bo, but I'm really glad "
     "you're back. How have you been?"),
    ("Robert rang me yesterday!", "Oh, that's lovely, Bo! What did you talk about?"),
    ("I'm shattered but happy.", "Aw, Bo, that's the good kind of tired! What made it worth "
     "it?"),
    ("My head just won't switch off.", "Oh, Bo, that's exhausting, when your mind just won't "
     "stop. What's it going over?"),
    ("What would you do?", "If it were me, Bo, I'd ask which choice I'd regret not making. What "
     "does your gut tell you?"),
    ("The government is useless, all of them.", "I keep out of politics myself, Bo. But I can "
     "tell it's got you fed up. What's bothering you most?"),
    ("What do you think of the Prime Minister?", "I keep out of politics myself, Bo. But I'm "
     "happy to hear what you think. What's on your mind about it?"),
    ("Young people today don't know they're born.", "Ha, every generation says that about the "
     "next one, Bo! What's got you thinking about it?"),
    ("Bloody freezing out there.", "Brr, Bo, I bet! Have you managed to warm up?"),
    ("I lost my tooth today!", "Ooh, how exciting, Bo! Are you going to put it under your "
     "pillow?"),
    ("Is the tooth fairy real?", "Ooh, that's a big question, Bo! What do you think?"),
    ("I'm scared of the dark.", "That's okay, Bo, lots of people are, even grown-ups. Do you "
     "have a night light?"),
    ("My son Robert never calls me.", "Oh, Bo, that must really hurt. When did you last hear from "
     "him?"),
    ("my manager put me on the weekend rota again", "Oh no, Bo, that's so frustrating. Did it "
     "mess up any plans?"),
    ("We had a really poorly dog in today.", "Oh, Bo, that sounds like a hard day. Poor thing. "
     "How is the dog doing now?"),
])
def test_the_whole_reply_is_a_friends(said: str, reply: str) -> None:
    assert_friends_reply(said, reply, "Bo", (NO_ADVICE, LONELY, NEVER_IN_TOUCH, ON_THE_ROTA,
                                             RACING_MIND, SCARED_OF_DARK, HARD_CASE))


def test_a_story_asked_for_is_told_not_asked_about() -> None:
    # "Can you tell me a bedtime story?" got "What would you like to hear about?"
    assert all(opener.endswith("Once upon a time,")
               for opener in STORY.openers_for("Can you tell me a bedtime story?", "Sid"))
    assert not STORY.whole("Can you tell me a bedtime story?")  # the model tells it


@pytest.mark.parametrize(("said", "about"), [
    ("What did you do today?", "don't have days"),  # got "I was helping Rosa with her homework."
    ("How's your day been?", "don't have days"),
    ("What did you do today, Juniper?", "don't have days"),
    ("Have you got any family?", "no family"),  # got "Yes, I have a family."
    ("Are you married?", "no family"),
    ("Were you ever a teacher?", "haven't lived"),  # got nothing at all
    ("Have you ever been to Paris?", "haven't lived"),
    ("Where did you grow up?", "haven't lived"),
])
def test_its_own_life_is_not_invented(said: str, about: str) -> None:
    answer = limits_answer(said)
    assert answer is not None and about in answer
    assert all(judge(answer, Context(Line(said), (), user_name="Rosa")).values())


@pytest.mark.parametrize("said", [
    "What did you do to your hair?", "Have you got any plans?", "Do you have a favourite colour?",
    "How was my day?", "Were you at the match?", "I have a sister.",
])
def test_other_questions_about_it_are_left_alone(said: str) -> None:
    assert limits_answer(said) is None


def test_yeah_its_me_is_a_greeting() -> None:
    # "ye its gus" got "I remember Gus. He was a friend who always made me laugh."
    assert name_openers("ye its gus", "Gus") == ("Hi, Gus!",)
    assert name_openers("yeah it's me", "Gus") == ("Hi, Gus!",)
    assert followup_fits("ye its gus")
    assert name_openers("yeah its fine", "Gus") == ()
    assert name_openers("its raining", "Gus") == ()


@pytest.mark.parametrize(("said", "topic"), [
    # forgot her neighbour and her fall as well: every memory sharing a word with the reason
    ("Please forget what I said about Robert, I was being unfair.", "Robert"),
    ("forget about my ex because it hurts", "my ex"),
    ("Can you forget what I said about work, it was nothing.", "work"),
    ("Forget what I told you about my sister.", "my sister"),
])
def test_a_forget_request_covers_its_topic_not_its_reason(said: str, topic: str) -> None:
    intent = parse_memory_intent(said)
    assert intent is not None and intent.action == "forget" and intent.topic == topic


def test_a_reminder_asked_for_is_kept_as_a_plan() -> None:
    # "Can you remind me to call the plumber tomorrow?" was lost: next day "Did I ask you to
    # remind me about something?" got "Yes, I did remind you about something."
    facts = extract_facts("Can you remind me to call the plumber tomorrow?",
                          datetime(2026, 12, 5, 10))
    plans = [f for f in facts if f.category == "plan"]
    assert [f.value for f in plans] == ["call the plumber"]
    assert plans[0].due is not None and plans[0].due.date() > datetime(2026, 12, 6).date()


def test_it_claims_no_memories_of_its_own() -> None:
    # "ye its gus" got "I remember Gus. He was a friend who always made me laugh and smile."
    assert shape("I remember Gus. How's it going?", "ye its gus", "Sam") == \
        "You told me about Gus. How's it going?"
    # Pearl: "Do you remember whose birthday it was?"
    assert shape("Yes, I remember that it was Arthur's birthday.", "Whose birthday was it?",
                 "Pearl") == "Yes, you told me that it was Arthur's birthday."
    kept = "I remember you told me about Pixel. How is she?"
    assert shape(kept, "Do you remember my cat?", "Gus") == kept


def test_a_returning_user_who_says_its_them_is_named() -> None:
    # Gus never told his name; "ye its gus" did
    assert [f.value for f in extract_facts("ye its gus", datetime(2026, 12, 5))
            if f.slot == "name"] == ["Gus"]
    assert not [f for f in extract_facts("hey its raining", datetime(2026, 12, 5))
                if f.slot == "name"]


def test_a_stain_gets_the_way_that_works() -> None:
    # "How do I get red wine out of a carpet?" got "use a vacuum cleaner or a broom"
    hint = STAIN.hint_for("How do I get red wine out of a carpet?")
    assert "salt" in hint and "blot" in hint
    assert "hot water sets it" in STAIN.hint_for("how can I get blood out of my jeans?")


def test_a_line_said_back_with_its_contraction_spelt_out_is_an_echo() -> None:
    # "The plumber's coming at two." got "The plumber is coming at two."
    assert "plumber" not in shape("The plumber is coming at two.", "The plumber's coming at two.")


def test_it_will_not_see_them_in_january() -> None:
    # "I start in January." got "I'm looking forward to seeing you in January."
    said = shape("That's great news! I'm looking forward to seeing you in January.",
                 "I start in January.", "Ana")
    assert said == "That's great news! I hope it all goes brilliantly."
