"""Steers added after talking to it as Dev (dumped, six beers in), Leo (10, his hamster died)
and Gloria (who gets muddled): "we were together three years" got "That's a long time! ... How
did it go?", "i just want to text her right now" "That's great!", "Do hamsters go to heaven?"
the hamster wheel, "I get muddled these days, it frightens me a bit." "That's a common
feeling.", "I can't remember if I locked the back door." "How do you feel about it?"."""

from __future__ import annotations

from datetime import datetime

import pytest

from memory.affect import detect_affect
from memory.extract import extract_facts
from pipeline.care_steers import GRIEF
from pipeline.heartache_steers import (
    CALM_ME,
    PET_HEAVEN,
    TOGETHER_YEARS,
    WANT_TO_TEXT,
    WHAT_IF_I_FREEZE,
)
from pipeline.moment_steers import BORED, MUDDLED, NOT_SURE_I_DID
from pipeline.steers import CRITICISED, EVERYONE_SAYS, GOODNIGHT, HELPING, steer_for

STEERED = [
    ("we were together three years", TOGETHER_YEARS),
    ("We were together for 12 years and then she just left.", TOGETHER_YEARS),
    ("We have been together three years.", None),  # still together
    ("i just want to text her right now", WANT_TO_TEXT),
    ("I really want to text my ex tonight", WANT_TO_TEXT),
    ("I keep nearly texting him.", WANT_TO_TEXT),
    ("I want to call my mum.", None),
    ("Should I text her?", None),  # asked: the model answers
    ("Do hamsters go to heaven?", PET_HEAVEN),
    ("Is my hamster in heaven now?", PET_HEAVEN),
    ("Where do pets go when they die?", PET_HEAVEN),
    ("Is Grandad in heaven now?", None),  # no pet's answer for a person
    ("Do you believe in heaven?", None),
    ("My hamster Nibbles died today.", GRIEF),  # got "Do you have any other pets?"
    ("We buried Nibbles in the garden today.", None),  # sad now: "Aw, that sounds"
    ("My mum says I have to go to bed now.", GOODNIGHT),  # got "I'm sorry to hear that"
    ("I have to go to bed early tonight because of my exam.", None),
    ("I get muddled these days, it frightens me a bit.", MUDDLED),
    ("I get so confused lately.", MUDDLED),
    ("I was confused by the film.", None),
    ("I can't remember if I locked the back door.", NOT_SURE_I_DID),
    ("I can't remember if I liked that film.", None),
    # Frank, retired a week: "That's understandable. How do you feel about it?", "I'm sorry,
    # Frank. I'm not sure what you mean."; Nadia "That's great to hear, Nadia!"
    ("First week of retirement and I'm already bored stiff.", BORED),
    ("You're not much help, are you?", CRITICISED),
    ("Everyone keeps saying these are the best days.", EVERYONE_SAYS),
    ("Everyone says to enjoy every minute.", EVERYONE_SAYS),
    ("I was bored at the party, but it got better.", None),
    # Ravi, awake at three: "Take a deep breath and count to five."
    ("Can you help me calm down?", CALM_ME),
    ("Please help me calm down.", CALM_ME),
    ("I need to calm down.", CALM_ME),
    ("Can you help me with my CV?", HELPING),
    ("What if I freeze in front of everyone?", WHAT_IF_I_FREEZE),
    ("What if I forget my words?", WHAT_IF_I_FREEZE),
    ("What if it freezes tonight?", None),
]


@pytest.mark.parametrize(("said", "steer"), STEERED)
def test_the_lines_are_steered(said: str, steer: object) -> None:
    assert steer_for(said, detect_affect(said).tone) is steer


def test_what_is_said() -> None:
    assert steer_for("My hamster Nibbles died today.", "sad").openers_for(  # type: ignore[union-attr]
        "My hamster Nibbles died today.")[0].endswith("What was Nibbles like?")
    assert WANT_TO_TEXT.openers_for("i just want to text her right now", "Dev")[0] == (
        "It sounds like you really want to reach out, Dev. What would you want to say to her?")
    assert "sleep on it" in WANT_TO_TEXT.openers_for("I want to text my ex so badly")[0]
    assert "doctor" in MUDDLED.openers_for("I get muddled these days, it frightens me.")[0]
    assert "doctor" not in MUDDLED.openers_for("I get so confused lately.")[0]
    assert "heaven" not in PET_HEAVEN.openers_for("Do hamsters go to heaven?")[0]  # no lesson


@pytest.mark.parametrize(("said", "name"), [
    ("hey. im dev", "Dev"),  # got "It's great to hear you're developing."
    ("Hi. I'm Gloria.", "Gloria"),
    ("hey. im tired", ""),
])
def test_a_name_after_a_greeting_of_its_own(said: str, name: str) -> None:
    names = [fact.value for fact in extract_facts(said, datetime.now()) if fact.slot == "name"]
    assert names == ([name] if name else [])


def test_a_burial_is_sad() -> None:
    """ "We buried Nibbles in the garden today." got "what a lovely way to remember them"."""
    assert detect_affect("We buried Nibbles in the garden today.").tone == "sad"
    assert detect_affect("The treasure was buried under the tree.").tone == "neutral"


def test_the_breath_goes_on_one_step_at_a_time() -> None:
    """Asked what next, Ravi got "take a walk outside if it's not too cold" at 3 a.m."""
    begun = CALM_ME.openers_for("Can you help me calm down?", "Ravi")[0]
    assert "breathe together" in begun
    step = steer_for("Okay. What do I do after that?", "neutral", last_reply=begun)
    assert step is not None and "shoulders drop" in step.openers_for("", "Ravi")[0]
    assert steer_for("Okay. What do I do after that?", "neutral", last_reply="Hi!") is None
    assert steer_for("Thanks, that helped.", "neutral", last_reply=begun) is not step
