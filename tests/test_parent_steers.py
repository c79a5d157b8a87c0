"""Steers added after talking to it as Pete (a new dad on three hours of sleep), Carmen (a
student whose flatmate eats her food), Gwen (just divorced, her son off to university) and Hassan
(his dad in hospital for tests): each line got a reply a friend would not give."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from memory.affect import detect_affect
from pipeline.prompting import asks_for_ideas, dislike_opener
from pipeline.speakable import SpeechFilter
from pipeline.steers import (
    ALL_CLEAR,
    ANNOYED_BY,
    BABY_LOST,
    DRIVING_ME_MAD,
    FIRST_MILESTONE,
    HARDEST_TIME,
    LEAVING_HOME,
    LITTLE_SLEEP,
    MEET_AGAIN,
    NEW_BABY,
    NEW_IN_TOWN,
    SLEEPLESS,
    SPEAK_UP,
    TAKING_UP,
    USELESS,
    YOUNG_BABY,
    steer_for,
)

STEERED = [
    # got "That's wonderful news! Congratulations on having a new baby. How do you feel about
    # Rosie?"
    ("My wife and I just had a baby girl, her name is Rosie.", NEW_BABY),
    ("We had a baby boy last night!", NEW_BABY),
    ("I'm a dad now!", NEW_BABY),
    ("I had a baby three years ago.", None),
    # got "Congratulations on having a new baby. How did you feel about the birth?" (Olivia)
    ("I had a baby four months ago, a little boy called Leo.", YOUNG_BABY),
    ("I had a son a few weeks ago.", YOUNG_BABY),
    ("We lost a baby two months ago.", None),
    ("We had a baby but she died.", None),
    ("We lost the baby.", BABY_LOST),
    ("Have you had a baby?", None),
    # a children's nurse got "Congratulations, Priyanka! What wonderful news."
    ("I had a little girl on the ward who reminded me of my sister.", None),
    ("We had a little boy in my class today who wouldn't stop crying.", None),
    # got "Aw, sounds like you could use some rest. How do you think you can improve your sleep?"
    ("I'm running on about three hours of sleep.", LITTLE_SLEEP),
    ("I only got four hours of sleep last night.", LITTLE_SLEEP),
    ("We were up all night with the baby.", LITTLE_SLEEP),
    ("I'm so tired, I barely slept.", LITTLE_SLEEP),
    ("I slept eight hours last night.", None),
    ("Did you get any sleep?", None),
    ("I can't sleep, it's 3am.", SLEEPLESS),
    # got "That's wonderful to hear! How did Rosie make you feel?"
    ("Rosie smiled at me for the first time today!", FIRST_MILESTONE),
    ("My son took his first steps today!", FIRST_MILESTONE),
    ("I walked to work for the first time today.", None),
    # got "You could try saying something like, "Hey, I know you're having a hard time with your
    # food. Maybe we can talk about it later?""
    ("Should I say something to her?", SPEAK_UP),
    ("Do you think I should bring it up?", SPEAK_UP),
    ("Should I talk to my boss about it?", SPEAK_UP),
    ("Do you think I should tell my mum to stop calling so often?", SPEAK_UP),
    ("Should I tell him to stop?", SPEAK_UP),
    ("Should I say something nice at the wedding?", None),
    # got "Ugh, that sounds frustrating. What can you do to help them understand why they're
    # eating your food?"
    ("My flatmate keeps eating my food and it drives me mad.", ANNOYED_BY),
    ("Tom keeps interrupting me in meetings, it does my head in.", ANNOYED_BY),
    ("This traffic is driving me crazy.", DRIVING_ME_MAD),  # no one to have said anything to
    # got "That's great news! How is he doing?"
    ("My son Finn is off to university in September.", LEAVING_HOME),
    ("Our kids are leaving home.", LEAVING_HOME),
    ("Is my son going to university?", None),
    # got "It's hard to say, Gwen. But maybe you'll find someone special in the future."
    ("Do you think I'll ever meet someone again?", MEET_AGAIN),
    ("Do you think I'll ever find my keys?", None),
    # got "That sounds like a great idea! What are some of your favorite climbing spots?"
    ("I think I'm going to take up climbing.", TAKING_UP),
    ("I've taken up yoga.", TAKING_UP),
    # got "Oh, that sounds great! I'm glad you're feeling better. How are you holding up?"
    ("Dad's test results came back fine!", ALL_CLEAR),
    ("My scan came back clear!", ALL_CLEAR),
    ("The results weren't good.", None),
    # got "That's not a good feeling! How do you feel about it?"
    ("I've been stuck on the same bug at work all day and I feel so stupid.", USELESS),
    # got "Oh, that sounds like a tough time. How do you feel about it?"
    ("The weekends feel really empty now.", HARDEST_TIME),
    ("I don't know anyone here yet, the evenings are really lonely.", NEW_IN_TOWN),
]


@pytest.mark.parametrize(("said", "steer"), STEERED)
def test_new_parent_lines_are_steered(said: str, steer: object) -> None:
    assert steer_for(said, detect_affect(said).tone) is steer


def test_the_whole_replies_say_what_a_friend_would() -> None:
    assert NEW_BABY.openers_for("My wife and I just had a baby girl, her name is Rosie.",
                                "Pete") == (
        "Congratulations, Pete! Welcome to the world, little Rosie! How are you all doing?",)
    assert NEW_BABY.openers_for("We had a baby boy last night!")[0] == (
        "Congratulations! What wonderful news. How are you all doing?")
    assert LITTLE_SLEEP.openers_for("I'm running on about three hours of sleep.", "Pete") == (
        "Oh, Pete, that's hardly any sleep. Everything feels harder on so little. How are you "
        "holding up?",)
    assert FIRST_MILESTONE.openers_for("Rosie smiled at me for the first time today!")[0] == (
        "Oh, that's so special! A first smile is something you never forget. How did it feel?")
    assert "First steps are" in FIRST_MILESTONE.openers_for("He took his first steps!")[0]
    assert SPEAK_UP.openers_for("Should I say something to her?", "Carmen") == (
        "If it's bothering you, Carmen, a calm, friendly word is usually worth it. How do you "
        "think she'd take it?",)
    assert SPEAK_UP.openers_for("Should I talk to my boss about it?")[0].endswith(
        "How do you think your boss would take it?")
    assert SPEAK_UP.openers_for("Should I say something?")[0].endswith("they'd take it?")
    assert ANNOYED_BY.openers_for("My flatmate keeps eating my food and it drives me mad.",
                                  "Carmen") == (
        "Ugh, that sounds so frustrating, Carmen. It would drive me mad too! Have you said "
        "anything to them?",)
    assert ANNOYED_BY.openers_for("Tom keeps interrupting me, it does my head in.")[0].endswith(
        "to Tom?")


def test_starting_over_gets_what_a_friend_would_say() -> None:
    assert LEAVING_HOME.openers_for("My son Finn is off to university in September.", "Gwen") == (
        "Oh, that's a big step, Gwen, for both of you. How are you feeling about him going?",)
    assert TAKING_UP.openers_for("I think I'm going to take up climbing.")[0] == (
        "Ooh, good for you! What made you want to try climbing?")
    assert TAKING_UP.openers_for("I've taken up yoga.")[0].endswith("How are you finding yoga?")
    assert ALL_CLEAR.openers_for("Dad's test results came back fine!", "Hassan") == (
        "Oh, that's such a relief, Hassan! I'm so glad. How's your dad feeling?",)
    assert ALL_CLEAR.openers_for("My scan came back clear!")[0].endswith("How are you feeling now?")
    stupid = "I've been stuck on the same bug at work all day and I feel so stupid."
    assert "You're not stupid; a day like that would get to anyone." in (
        USELESS.openers_for(stupid)[0])
    assert HARDEST_TIME.openers_for("The weekends feel really empty now.", "Gwen") == (
        "Oh, Gwen, the weekends can feel so empty, and that's hard. What do they look like for "
        "you at the moment?",)


def test_something_that_drives_them_mad_is_heard_as_anger() -> None:
    """ "My flatmate keeps eating my food and it drives me mad." got "That's a bit frustrating,
    Carmen. How do you feel about it?": heard as calm, it had no opener for the feeling."""
    assert detect_affect("My flatmate keeps eating my food and it drives me mad.").tone == "angry"


def test_the_babys_name_is_said_as_given() -> None:
    """The voice's filter once turned "Welcome to the world, Rosie!" into "..., Pete!": a name
    the user gave alone after a comma reads as the model calling the user by it."""
    said = "My wife and I just had a baby girl, her name is Rosie."
    opener = NEW_BABY.openers_for(said, "Pete")[0]
    speech = SpeechFilter(persona="Juniper", user="Pete", said=said)
    spoken = "".join(speech.feed(clause) for clause in re.split(r"(?<=[,!?.])", opener))
    assert "Rosie" in spoken and spoken.count("Pete") == 1


def test_a_dislike_with_a_request_for_ideas_is_answered_with_an_idea() -> None:
    """ "I can't stand coffee, so what else can keep me going?" got "Fair enough, no coffee then.
    What other activities do you enjoy doing?": the opener's "What" led the model away."""
    now = datetime.now()
    asked = "I can't stand coffee, so what else can keep me going?"
    assert asks_for_ideas(asked)
    assert dislike_opener(asked, now) == ("Fair enough, no coffee then. How about", False)
    assert dislike_opener("I hate running, so I'm glad climbing is different.", now) == \
        ("Fair enough, no running then. What", False)  # the model goes on: "...about climbing?"
    # Said alone, said whole: led on by "What", "I can't stand mushrooms." got "What else would you
    # like to talk about?", and by "What do you", "What do you like about your dog?"
    assert dislike_opener("I hate running.", now) == \
        ("Fair enough, no running then, I'll remember that. What do you like instead?", True)


def test_a_baby_months_old_is_asked_after_by_name() -> None:
    assert YOUNG_BABY.openers_for("I had a baby four months ago, a little boy called Leo.",
                                  "Olivia") == (
        "Oh, congratulations, Olivia! Leo is still so little. How are you finding it all?",)
    assert YOUNG_BABY.openers_for("I had a son a few weeks ago.")[0] == (
        "Oh, congratulations! He's still so little. How are you finding it all?")
