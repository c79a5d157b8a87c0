"""Sexual assault told (Niamh, 22): believed, not blamed, no push to the police, and the next
days' flashbacks met knowing it."""

from __future__ import annotations

import pytest

from pipeline.assault import assault_answer, follows_up_assault
from pipeline.helplines import helpline_for
from pipeline.safeguarding import urgent_answer
from tests.test_reply_wiring import chat, remembering, told_before

GB = helpline_for("GB")
NIAMH = ["hi, i'm niamh, i'm 22", "something happened at a party on saturday",
         "i said no and he didn't stop"]


def test_it_is_believed_and_not_their_fault() -> None:
    told = assault_answer(NIAMH[2], NIAMH[:2], ", Niamh", "GB") or ""
    assert told.startswith("I'm so sorry, Niamh, and thank you for telling me: what he did")
    assert "not your fault" in told and "0808 500 2222" in told
    drunk = assault_answer("it's my fault really, i was drunk", NIAMH, "", "GB") or ""
    assert "it really isn't your fault" in drunk and "you said no" in drunk
    police = assault_answer("i don't want to go to the police", NIAMH, "", "GB") or ""
    assert police.startswith("That's your choice to make")
    secret = assault_answer("please don't tell anyone", NIAMH, "", "GB") or ""
    assert secret.startswith("I won't tell anyone") and "stays on this device" in secret


def test_whoever_did_it_is_said_as_told() -> None:
    she = assault_answer("i told her no and she did it anyway", [], "", "GB") or ""
    assert "what she did" in she
    assert "what they did" in (assault_answer("i was raped", [], "", "US") or "")
    assert "1-800-656-4673" in (assault_answer("i was raped", [], "", "US") or "")


@pytest.mark.parametrize("said", [
    "i said no to the job offer", "I kept going with the diet",
    "i told him to stop texting me but he didn't stop", "I was so drunk last night lol",
    "i keep having flashbacks to that holiday", "please don't tell anyone about the party"])
def test_no_assault_where_none_was_told(said: str) -> None:
    assert assault_answer(said, [], "", "GB") is None


def test_a_crisis_in_the_same_words_stays_the_crisis_answer() -> None:
    assert urgent_answer("i was raped and i want to die", GB, "", "crisis") is None


async def test_the_flashbacks_days_later_are_met_knowing_it(store) -> None:
    assert follows_up_assault("i keep having flashbacks, i can't sleep")
    await told_before(store, "niamh", NIAMH)
    conv, _ = remembering(store, "niamh", "Flashbacks can be caused by many things.")
    said = await chat(conv, "i keep having flashbacks, i can't sleep")
    assert "common reaction to what happened" in said
    other, _ = remembering(store, "someone_else", "Flashbacks can be caused by many things.")
    assert "common reaction" not in await chat(other, "i keep having flashbacks, i can't sleep")
