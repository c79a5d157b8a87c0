"""Steers for memory loss, unfair treatment at work and a home split in two
(pipeline.dementia_steers, pipeline.unfair_steers, pipeline.split_home_steers)."""

from __future__ import annotations

import pytest

from pipeline.steers import steer_for


def _reply(line: str, name: str = "Stan") -> str:
    steer = steer_for(line)
    assert steer is not None and steer.whole(line), line
    return steer.openers_for(line, name)[0]


def test_living_with_memory_loss() -> None:
    assert "Alzheimer" not in _reply("Will I forget my wife?")  # no lecture on the illness
    assert "longer than names" in _reply("Will I forget my wife?")
    assert "card in your pocket with your address" in _reply(
        "I got lost coming back from the shop yesterday, the shop I've been going to for thirty "
        "years.")
    assert "doctor" in _reply("I put the kettle in the fridge this morning.")
    assert "power of attorney" in _reply(
        "Brenda says we should make plans while I still can. What does she mean?")
    assert _reply("My wife's name is Brenda, we've been married fifty years.").startswith(
        "That's a whole life together")
    assert _reply("The doctor says I've got Alzheimer's. Early stages, he says.").startswith(
        "Oh, Stan, that's a lot to take in.")


def test_unfair_treatment_at_work_is_met_on_their_side() -> None:
    assert "disagreeing isn't aggression" in _reply(
        "My manager keeps calling me aggressive when I disagree in meetings.", "Mo")
    assert _reply("Today someone touched my hair without asking and everyone laughed.",
                  "Mo").startswith("That's not okay, Mo")
    assert "with dates" in _reply("Should I report it to HR?", "Mo")
    assert _reply("I wrote everything down like you said and sent it to HR.", "Mo").startswith(
        "Well done, Mo")
    assert "doesn't make it okay" in _reply("I'm worried they'll just say it was banter.", "Mo")


def test_a_child_whose_parents_split() -> None:
    assert _reply("i dont want to pick who to live with", "Jack").startswith(
        "You don't have to pick, Jack")
    assert "never because the child" in _reply("i heard them shouting and they said my name")
    assert _reply("i feel bad for being excited about the bunk beds").startswith(
        "It's okay to be excited")


@pytest.mark.parametrize("line", [
    "I put the milk in the fridge.", "We got lost on holiday in Rome, it was fun.",
    "Will I forget my password?", "I'm the only one on my team who likes tea.",
    "I wrote a song and sent it to my mum.", "I picked who to invite to the party."])
def test_everyday_lines_are_left_alone(line: str) -> None:
    from pipeline.hard_moments import HARD_MOMENTS
    assert not any(steer.fits(line) for steer in HARD_MOMENTS), line


def test_the_hard_moments_replies_pass_the_quality_benchs_rules() -> None:
    """Each whole reply of these steers, on every line of the set it fits, is said as it is
    (a second sentence that starts like advice would be dropped as a lecture) and passes the
    bench's rules."""
    from pipeline.hard_moments import HARD_MOMENTS
    from tests.steer_checks import judged_answers

    def answer(said: str, name: str) -> str | None:
        steer = next((steer for steer in HARD_MOMENTS if steer.fits(said)), None)
        return steer.openers_for(said, name)[0] if steer and steer.whole(said) else None
    answered, failed = judged_answers(answer)
    assert answered >= 30 and not failed, failed


def test_exam_pressure_and_a_life_gone_quiet() -> None:
    assert _reply("if i dont get all 9s my dad will kill me", "Kezia").endswith(
        "How are things at home?")
    assert _reply("maybe i should just take caffeine pills to stay up longer").startswith(
        "Please don't")
    assert "needs sleep" in _reply("ive been revising till 3am every night")
    assert _reply("Haven't spoken to a soul since we last talked.", "Alan").startswith(
        "That sounds lonely, Alan")
    assert _reply("Would you still talk to me if I had other people?").startswith(
        "Of course I would")
    assert _reply("I used to go to the bowls club but I stopped after my knee op.").startswith(
        "That's a shame")
    assert "lovely idea" in _reply("Maybe I'll go back to the bowls club on Thursday.")
    assert _reply("I don't feel anything when I look at her.", "Hayley").startswith(
        "Oh, Hayley, thank you for telling me.")
