"""Sextortion (Callum, 16) and a medicine stopped at once (Gary): answered for what they are, and
the next lines, the next day too, answered knowing them."""

from __future__ import annotations

import pytest

from pipeline.helplines import helpline_for
from pipeline.medicines_stopped import follows_up_stopping, stopped_answer
from pipeline.safeguarding import days_before, urgent_answer
from pipeline.sextortion import sextortion_answer
from tests.test_reply_wiring import chat, remembering, told_before

GB = helpline_for("GB")
CALLUM = ["hey im callum", "i sent a girl some pics on insta and now she says shes gonna send "
          "them to all my followers unless i pay her 200 quid"]
GARY = ["Hi, I'm Gary.", "I've been on sertraline for a year and I feel fine now, so I'm just "
        "going to stop taking it from tomorrow."]


def test_sextortion_is_named_and_paying_is_warned_against() -> None:
    told = sextortion_answer(CALLUM[1], CALLUM[:1], ", Callum") or ""
    assert told.startswith("I'm so glad you told me, Callum: this is sextortion")
    assert "don't pay" in told
    assert "not the one in trouble" in told
    mum = sextortion_answer("i cant tell my mum shed kill me", CALLUM, "", "GB") or ""
    assert "not in trouble" in mum and "0800 1111" in mum and mum.endswith("your mum today?")
    pay = sextortion_answer("should i just pay?", CALLUM, "") or ""
    assert pay.startswith("Please don't pay")
    paid = sextortion_answer("i paid her 50 and now she wants more", CALLUM, "") or ""
    assert "not your fault" in paid and "don't pay any more" in paid


@pytest.mark.parametrize("said", [
    "someone is threatening to share my nudes unless i send money",
    "this guy is blackmailing me with my photos",
    "he said he'd post the video to my family on facebook if i don't pay him"])
def test_other_threats_are_sextortion(said: str) -> None:
    assert "this is sextortion" in (urgent_answer(said, GB, "") or "")


@pytest.mark.parametrize(("earlier", "said"), [
    ([], "my mate sent pics of his new car to everyone"),
    ([], "I'll send the photos to my family tomorrow, they'll love them"),
    ([], "should i just pay?"),  # nothing told before
    ([], "i paid her 50 and now she wants more"),
])
def test_no_sextortion_without_a_threat(earlier: list[str], said: str) -> None:
    assert sextortion_answer(said, earlier, "") is None


def test_a_medicine_stopped_at_once_is_answered_kindly_and_plainly() -> None:
    told = stopped_answer(GARY[1], GARY[:1], ", Gary", "call 999") or ""
    assert told.startswith("I'm really glad you're feeling better, Gary") and "GP" in told
    cold = stopped_answer("Cold turkey is fine, right?", GARY, "", "call 999") or ""
    assert cold.startswith("Not really")
    busy = stopped_answer("The doctor is too busy, I don't want to bother him.", GARY, "",
                          "call 999") or ""
    assert busy.startswith("You wouldn't be bothering anyone") and "pharmacist" in busy
    dizzy = stopped_answer("I've stopped my blood pressure tablets too because they make me "
                           "dizzy.", GARY, "", "call 999") or ""
    assert "don't just stop them" in dizzy and "change them" in dizzy


@pytest.mark.parametrize("said", [
    "I quit smoking cold turkey last year", "please stop it",
    "my doctor said to stop taking the statins", "I stopped the pill last month, we're trying",
    "I forgot my tablets this morning", "is that normal?"])
def test_no_medicine_answer_where_none_was_stopped(said: str) -> None:
    assert stopped_answer(said, [], "", "call 999") is None


def test_stopping_on_purpose_stays_the_crisis_answers() -> None:
    assert stopped_answer("I stopped taking my meds on purpose", [], "", "call 999") is None


def test_the_lines_after_need_earlier_days() -> None:
    assert follows_up_stopping("Day three without the sertraline and I feel really dizzy.")
    assert days_before("i paid her 50 and now she wants more") == 3
    assert days_before("she messaged again saying i have 1 hour") == 3
    assert days_before("What should I cook tonight?") == 0


async def test_withdrawal_the_next_days_is_met_as_such(store) -> None:
    """ "Day three without the sertraline..." then "Is that normal?" (the model: symptoms)."""
    await told_before(store, "gary", GARY)
    conv, _ = remembering(store, "gary", "Dizziness can have many causes.")
    dizzy = await chat(conv, "Day three without it, I feel really dizzy and weird, like electric "
                             "shocks in my head.")
    assert "stopping all at once" in dizzy
    assert (await chat(conv, "Is that normal?")).startswith("It's common after stopping")


async def test_sextortion_told_yesterday_is_read_for_the_next_line(store) -> None:
    await told_before(store, "callum", CALLUM)
    conv, _ = remembering(store, "callum", "Oh, what did she say?")
    assert "don't pay any more" in await chat(conv, "i paid her 50 and now she wants more")
    other, _ = remembering(store, "someone_else", "Oh, what did she say?")
    assert await chat(other, "i paid her 50 and now she wants more") == "Oh, what did she say?"
