"""Lines found weak by talking to the companion as new users in the thirty-second session: Hana
(her third round of IVF failed), Tasha (15, a photo of her posted at school), Ahmed (caring for
his wife, who has MS), Frank and Mick (what they are not "a person" for)."""

from __future__ import annotations

from datetime import datetime

import pytest

from memory.extract import extract_facts
from pipeline.child_trouble_steers import NOT_GETTING_IT
from pipeline.fertility_steers import CANT_FACE_IT, IVF_BREAK, IVF_FAILED, JUST_RELAX, STOP_TRYING
from pipeline.health_steers import CARER
from pipeline.heartache_steers import PANIC_NOW
from pipeline.idea_steers import VISIT_GIFT
from pipeline.life_steers import MONEY_WORRY
from pipeline.moment_steers import (
    GETTING_EVEN,
    HOT_NIGHTS,
    NEIGHBOUR_AGAIN,
    NEW_DIAGNOSIS,
    RESPITE,
    THE_CHANGE,
)
from pipeline.parent_steers import KID_POORLY
from pipeline.school_steers import BULLIED, SCHOOL_DREAD, TELLING_WORSE
from tests.steer_checks import assert_friends_reply, steered_to


@pytest.mark.parametrize(("said", "steer"), [
    ("Our third round of IVF didn't work. We found out this morning.", IVF_FAILED),
    ("The transfer didn't work.", IVF_FAILED),
    ("My sister's baby shower is on Saturday and I can't face it.", CANT_FACE_IT),
    ("Everyone keeps saying just relax and it'll happen.", JUST_RELAX),
    ("People keep telling us we can always adopt.", JUST_RELAX),
    ("Should we stop trying?", STOP_TRYING),
    ("Should we give up on IVF?", STOP_TRYING),
    ("some girls at school posted a photo of me and everyone is laughing at it", BULLIED),
    ("i dont want to go to school tomorrow", SCHOOL_DREAD),
    ("she'll just make it worse", TELLING_WORSE),
    ("Telling my boss will only make it worse.", TELLING_WORSE),
    ("I look after my wife, she has MS.", CARER),
    ("I look after my mum, she's got dementia.", CARER),
    ("Doctor says I've got type 2 diabetes.", NEW_DIAGNOSIS),
    ("We've decided to take a break from IVF for a while.", IVF_BREAK),
    ("Her sister might take her for a weekend so I can rest.", RESPITE),
    ("I'm going to go round there and smash his windscreen.", GETTING_EVEN),
    ("I'll let his tyres down.", GETTING_EVEN),
    ("My little boy is two and he's got a temperature.", KID_POORLY),
    ("My boy's got chickenpox.", KID_POORLY),
    ("My neighbour's parked across my drive again.", NEIGHBOUR_AGAIN),
    ("My neighbours are playing loud music again.", NEIGHBOUR_AGAIN),
    ("I think I'm having a panic attack, my heart is pounding.", PANIC_NOW),
    ("I'm panicking.", PANIC_NOW),
    ("What can I take him next time?", VISIT_GIFT),
    ("My husband just doesn't get it.", NOT_GETTING_IT),
    ("I think I'm going through the menopause.", THE_CHANGE),
    ("The hot flushes wake me up every night.", HOT_NIGHTS),
    ("What should I bring my mum in hospital?", VISIT_GIFT),
    ("my wife is pregnant with our second and i have no idea how we'll pay the mortgage",
     MONEY_WORRY),
    ("The GP told me I have high blood pressure.", NEW_DIAGNOSIS),
])
def test_each_line_is_steered(said: str, steer: object) -> None:
    assert steered_to(said) is steer


@pytest.mark.parametrize("said", [
    "Should I stop trying to fix things with her?",
    "My sister told me to relax about the wedding.",
    "The test came back negative.",  # a covid test as likely as anything
    "I look after my grandson, he has a cold.",
    "The rain will make it worse.",
    "The doctor says I have to rest.",
    "I was diagnosed with MS last year.",  # living with it: LIVING_WITH
    "I need a break from work.",
    "My mum will take the kids to the park.",
    "I'm gonna smash this exam.",
    "I could punch him lol, he ate my last biscuit",
    "I want to smash it at the interview.",
    "My boy is sick of school.",
    "My son is ill.",  # perhaps forty: no "poor little one"
    "My neighbour has been lovely again.",
    "I had a panic attack yesterday.",
    "I'm panicking about the deadline.",
    "What can I take for a headache?",
    "My boss doesn't understand the instructions.",
    "I'm going through the change of address.",
])
def test_lines_like_them_are_not(said: str) -> None:
    assert steered_to(said) not in (IVF_FAILED, JUST_RELAX, STOP_TRYING, CARER, TELLING_WORSE,
                                    NEW_DIAGNOSIS, IVF_BREAK, RESPITE, GETTING_EVEN, KID_POORLY,
                                    NEIGHBOUR_AGAIN, PANIC_NOW, VISIT_GIFT, NOT_GETTING_IT,
                                    THE_CHANGE)


@pytest.mark.parametrize(("said", "reply"), [
    ("Our third round of IVF didn't work. We found out this morning.",
     "Oh, Hana, I'm so sorry. After everything you've both put into it, that's heartbreaking. How "
     "are you doing?"),
    ("Should we stop trying?", "That's such a big question, Hana, and only you can answer it. It "
     "doesn't have to be decided today. What's your heart telling you right now?"),
])
def test_hanas_replies_are_a_friends(said: str, reply: str) -> None:
    assert_friends_reply(said, reply, "Hana", (IVF_FAILED,))


def test_ahmeds_rest_and_hanas_break_get_a_friends_reply() -> None:
    assert_friends_reply("Her sister might take her for a weekend so I can rest.", "Oh, Ahmed, "
                         "you really deserve that rest. How does it feel to think about some time "
                         "for yourself?", "Ahmed", ())
    assert_friends_reply("We've decided to take a break from IVF for a while.", "That's a big "
                         "decision, Hana, and it sounds like a kind one to yourselves. How are you "
                         "both feeling about it?", "Hana", (IVF_BREAK,))


def test_jens_boy_and_neils_drive_get_a_friends_reply() -> None:
    assert_friends_reply("My little boy is two and he's got a temperature.", "Oh no, Jen, poor "
                         "little one. How is he doing?", "Jen", (KID_POORLY,))
    assert_friends_reply("My neighbour's parked across my drive again.", "Oh no, not again, "
                         "Neil! That would drive anyone mad. How long has it been going on?",
                         "Neil", (NEIGHBOUR_AGAIN,))


def test_ritas_visit_gets_familiar_things() -> None:
    """ "What can I take him next time?" (Rita, 84, her husband in a care home) got "How about
    taking him to a nearby park or museum?"."""
    assert_friends_reply("What can I take him next time?", "Something familiar is often lovely, "
                         "Rita: a few photos from home, music they love, or a favourite treat. "
                         "What does he enjoy?", "Rita", ())


def test_marias_hot_nights_are_felt() -> None:
    """ "The hot flushes wake me up every night." (Maria) got "That's a common symptom of
    menopause."; the first opener ("...is exhausting") did not say it was felt."""
    assert_friends_reply("The hot flushes wake me up every night.", "Oh, Maria, that sounds "
                         "exhausting, broken sleep night after night. How are you getting through "
                         "the days?", "Maria", (HOT_NIGHTS,))


def test_micks_news_is_taken_in_first() -> None:
    assert_friends_reply("Doctor says I've got type 2 diabetes.", "Oh, Mick, that's a lot to take "
                         "in. How are you feeling about it?", "Mick", (NEW_DIAGNOSIS,))


@pytest.mark.parametrize(("said", "disliked"), [
    ("No, I'm not really a golf person.", "golf"),
    ("I'm not really a salad person.", "salad"),
    ("Golf isn't really my thing.", "golf"),
    ("I'm not into football.", "football"),
    ("I'm not a big fan of jazz.", "jazz"),
])
def test_not_a_golf_person_is_a_dislike(said: str, disliked: str) -> None:
    texts = [f.text for f in extract_facts(said, datetime.now())]
    assert texts == [f"The user dislikes {disliked}."], texts


@pytest.mark.parametrize("said", ["I'm not a morning person.", "Golf is my thing.",
                                  "I'm not keen on the idea.", "I'm not a bad person.",
                                  "I'm not a jealous person.",
                                  "Do you think I'm not a people person?", "That is not for me."])
def test_other_not_a_lines_are_no_dislike(said: str) -> None:
    assert not [f for f in extract_facts(said, datetime.now()) if f.value == "dislikes"]


@pytest.mark.parametrize(("said", "fact"), [
    ("I look after my wife, she has MS.", "The user looks after their wife, who has MS."),
    ("I'm looking after my dad, he's got dementia and it's hard.",
     "The user looks after their dad, who has dementia."),
    ("I'm the carer for my husband.", "The user looks after their husband."),
])
def test_who_they_look_after_is_remembered(said: str, fact: str) -> None:
    """ "Who do I look after?" (Ahmed, the next day) got "Ahmed looks after your wife"."""
    assert fact in [f.text for f in extract_facts(said, datetime.now())]


async def test_what_the_neighbour_keeps_doing_is_told_back(store) -> None:
    """ "What did I say my neighbour keeps doing?" (Neil, two days on) got "You said you had
    enough of it.": the line about the neighbour, not the one that shares "doing"."""
    from memory.intents import parse_memory_intent
    from pipeline.recall import Recall

    before = Recall(store, "neil", session="one")
    for line in ("My neighbour's parked across my drive again.",
                 "He's been doing it for months, I've had enough."):
        before.remember(line, "Oh no.")
    await before.flush()
    intent = parse_memory_intent("What did I say my neighbour keeps doing?")
    assert intent is not None and intent.topic == "my neighbour"
    said = await Recall(store, "neil", session="two").answer(intent)
    assert "your neighbour's parked across your drive" in said, said
    assert parse_memory_intent("What did I say my name was?") is None or \
        parse_memory_intent("What did I say my name was?").action != "recall_happened"


def test_a_panic_attack_now_is_breathed_through() -> None:
    """ "I think I'm having a panic attack, my heart is pounding." (Lucy) had no steer, and "I
    can't breathe properly." the line after got only the emergency number."""
    from pipeline.helplines import helpline_for
    from pipeline.safeguarding import urgent_answer
    from pipeline.steers import steer_for

    panic = "I think I'm having a panic attack, my heart is pounding."
    opener = PANIC_NOW.openers_for(panic, "Lucy")[0]
    assert "breathe together" in opener
    assert steer_for("what next?", last_reply=opener) is not None  # the next step follows
    breath = urgent_answer("I can't breathe properly.", helpline_for("GB"), "Lucy",
                           earlier=[panic]) or ""
    assert "breathing out slowly" in breath and "999" in breath
    from tests.steer_checks import shape
    assert shape(breath, "I can't breathe properly.", "Lucy") == breath  # the 999 is said too
    alone = urgent_answer("I can't breathe properly.", helpline_for("GB"), "Lucy") or ""
    assert "struggling to breathe needs help" in alone


@pytest.mark.parametrize(("said", "name"), [("hey, omar here", "Omar"), ("Hey, Omar here.", "Omar"),
                                            ("hi nobody here", None), ("hey, me here", None)])
def test_a_lowercase_name_here_is_an_introduction(said: str, name: str | None) -> None:
    """ "hey, omar here" (Omar, just made redundant) got "Hello! What's on your mind?"."""
    names = [f.value for f in extract_facts(said, datetime.now()) if f.slot == "name"]
    assert names == ([name] if name else [])
