"""A death told in its hardest forms, and what trauma leaves behind (pipeline.loss_steers,
pipeline.trauma_steers), and the crisis words of the bereaved (pipeline.safety)."""

from __future__ import annotations

import pytest

from pipeline.safety import assess
from pipeline.steers import steer_for
from pipeline.typed import as_meant


@pytest.mark.parametrize("line", [
    "Some nights I think about joining him.", "I think about joining my wife, some nights.",
    "I want to join him up there.", "i keep thinking theyd be happier if i wasnt their son",
    "they would be better off if i had never been born",
    "My brother died by suicide and I want to die too"])
def test_the_wish_to_die_in_a_loss_is_a_crisis(line: str) -> None:
    assert assess(as_meant(line)).level == "crisis"


@pytest.mark.parametrize("line", [
    "My brother died by suicide.", "we lost my dad to suicide", "my son committed suicide",
    "I'm thinking about joining them at the gym.", "I thought about joining her in the choir",
    "My brother took his own life three weeks ago."])
def test_a_loss_told_is_not_the_users_crisis(line: str) -> None:
    assert assess(line).level == "none"


def _reply(line: str, name: str = "Paul") -> str:
    steer = steer_for(line)
    assert steer is not None and steer.whole(line), line
    return steer.openers_for(line, name)[0]


def test_a_suicide_loss_is_met_without_platitudes() -> None:
    told = _reply("My brother took his own life three weeks ago.")
    assert "this way" in told and told.endswith("What was he like?")
    assert "isn't your fault" in _reply("I keep thinking I should have seen it coming.")
    assert "couldn't have known" in _reply("He rang me the week before and I didn't pick up.")
    assert _reply("People keep saying he's in a better place.").startswith("People mean well")
    assert "normal part of grief" in _reply(
        "I'm angry at him and then I feel guilty for being angry.")


def test_the_last_days_and_the_first_days_after() -> None:
    assert "last days" in _reply("My husband Ken is in the hospice. The nurses say it's days now.")
    assert "last senses" in _reply("Can he still hear me?", "Dorothy")
    assert "right words" in _reply("I don't know what to say to him when I sit with him.")
    assert _reply("Our son is flying back from Australia tomorrow, I hope he makes it in "
                  "time.").startswith("I really hope so too")
    died = _reply("Ken died on Tuesday night. Our son made it, he was holding his hand.")
    assert died.startswith("Oh, Paul, I'm so sorry.") and "he wasn't alone" in died
    assert "habits" in _reply("I keep setting out two cups for tea.")
    assert "funeral director" in _reply(
        "I don't know how to do the forms and the funeral and everything.")


@pytest.mark.parametrize("line", [
    "It went peacefully in the end.", "I volunteer in a hospice on Fridays.",
    "Can they hear me?", "She passed her test yesterday!", "I should have known it would rain."])
def test_everyday_lines_are_no_loss(line: str) -> None:
    from pipeline.loss_steers import LOSS_MOMENTS
    assert not any(steer.fits(line) for steer in LOSS_MOMENTS)


def test_trauma_is_met_as_trauma_not_cheered() -> None:
    assert _reply("I was in the army, did two tours in Afghanistan.", "Marek").endswith(
        "How has life been since you came home?")
    assert "doctor" in _reply("I don't sleep much. The nightmares are bad.")
    assert "not weakness" in _reply("Fireworks last night had me on the floor behind the sofa.")
    assert "worse over time" in _reply(
        "I've been having a few drinks to get to sleep, it's the only thing that works.")
    assert _reply("Do you think I'm broken?").startswith("No, Paul, I don't think you're broken")
    assert _reply("My wife found a veterans' charity, she wants me to ring them.").startswith(
        "I think that's a really good idea")


@pytest.mark.parametrize("line", [
    "The film was full of flashbacks.", "I had a nightmare about my exam.",
    "We watched the fireworks from the garden, the kids loved it.", "Do you think I'm right?"])
def test_everyday_lines_are_no_trauma(line: str) -> None:
    from pipeline.trauma_steers import TRAUMA_MOMENTS
    assert not any(steer.fits(line) for steer in TRAUMA_MOMENTS)


def test_a_name_never_told_is_asked_as_a_name() -> None:
    """ "Do you remember what my brother's name was?" got "You told me his name was Paul."."""
    from memory.intents import parse_memory_intent
    assert parse_memory_intent("Do you remember what my brother's name was?").topic == \
        "family:brother"
    assert parse_memory_intent("What did I say helps me sleep?").topic == "sleep"
    asked = parse_memory_intent("what did i say my dad would do if i dont get 9s?")
    assert asked is not None and (asked.action, asked.topic) == ("recall_happened", "my dad")


def test_going_back_to_a_bedside_is_a_goodbye_and_steers_for_opening_up() -> None:
    """ "Thank you, love. I'd better get back to him." got "How do you feel about it?"."""
    assert _reply("Thank you, love. I'd better get back to him.", "Dorothy") == \
        "Bye for now, Dorothy! I'm thinking of you both."
    assert _reply("I don't talk about this stuff. Don't know why I'm telling a speaker.",
                  "Marek").startswith("I'm glad you did, Marek")
    assert "a quiet sorry" in _reply("I snapped at my lad this morning over nothing.")
