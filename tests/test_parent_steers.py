"""Steers added after talking to it as Pete (a new dad on three hours of sleep) and Carmen (a
student whose flatmate eats her food): each line got a reply a friend would not give."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from memory.affect import detect_affect
from pipeline.prompting import asks_for_ideas, dislike_opener
from pipeline.speakable import SpeechFilter
from pipeline.steers import (
    BABY_LOST,
    FIRST_MILESTONE,
    LITTLE_SLEEP,
    NEW_BABY,
    SLEEPLESS,
    SPEAK_UP,
    steer_for,
)

STEERED = [
    # got "That's wonderful news! Congratulations on having a new baby. How do you feel about
    # Rosie?"
    ("My wife and I just had a baby girl, her name is Rosie.", NEW_BABY),
    ("We had a baby boy last night!", NEW_BABY),
    ("I'm a dad now!", NEW_BABY),
    ("I had a baby three years ago.", None),
    ("We had a baby but she died.", None),
    ("We lost the baby.", BABY_LOST),
    ("Have you had a baby?", None),
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
    ("Should I say something nice at the wedding?", None),
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
    assert dislike_opener(asked, now) == "Fair enough, no coffee then. How about"
    assert dislike_opener("I hate running.", now) == "Fair enough, no running then. What"
