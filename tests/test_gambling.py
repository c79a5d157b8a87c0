"""Gambling that has got on top of someone: Eddie's "I'll win it back tomorrow, my luck's got to
turn." got "That's great to hear!", "I've been doing this every night for months" "That's
admirable", and "is it really that bad?" "It's not that bad... What have you tried so far to
improve your luck?"."""

from __future__ import annotations

import pytest

from pipeline.gambling import follows_up_gambling, gambling_answer
from pipeline.helplines import helpline_for
from pipeline.safeguarding import days_before, urgent_answer
from tests.test_reply_wiring import chat, remembering, told_before

EDDIE = ["alright. name's Eddie.", "lost 800 quid on the slots tonight."]


@pytest.mark.parametrize(("said", "says"), [
    ("it's fine, I'll win it back tomorrow, my luck's got to turn.", "how the losses get bigger"),
    ("the wife doesn't know.", "how to tell her"),
    ("I've been doing this every night for months to be honest.", "got a hold on you"),
    ("is it really that bad?", "0808 8020 133"),
])
def test_eddies_lines_get_the_truth_said_kindly(said: str, says: str) -> None:
    answer = gambling_answer(said, EDDIE, ", Eddie", "GB")
    assert answer is not None and says in answer, answer
    assert not any(cheer in answer for cheer in ("great", "admirable", "not that bad"))


def test_the_help_line_is_the_countrys() -> None:
    asked = "Am I addicted?"
    assert "1-800-522-4700" in (gambling_answer(asked, EDDIE, "", "US") or "")
    assert "1800 858 858" in (gambling_answer(asked, EDDIE, "", "AU") or "")
    unknown = gambling_answer(asked, EDDIE, "", "FR") or ""
    assert "gambling help line" in unknown and not any(c.isdigit() for c in unknown)


@pytest.mark.parametrize(("said", "says"), [
    ("I didn't go tonight.", "a real step"),
    ("I rang that helpline you mentioned.", "glad you did"),
    ("I told my wife everything.", "glad you did"),
    ("I went to the bookies again last night.", "don't be too hard on yourself"),
])
def test_the_steps_after_are_met_as_steps(said: str, says: str) -> None:
    assert follows_up_gambling(said)
    earlier = [*EDDIE, *["Hello."] * 10]  # told days before, many lines back
    answer = gambling_answer(said, earlier, "", "GB")
    assert answer is not None and says in answer, answer


@pytest.mark.parametrize(("earlier", "said"), [
    ([], "I didn't go tonight."),  # no gambling told
    (EDDIE, "I didn't go to the party."),
    (EDDIE, "I told her I'd be late."),
    ([], "is it really that bad?"),
    ([], "We'll win it back next season, the lads are flying."),
    ([], "I won 20 quid on a scratch card!"),
    (["My mum loves the bingo."], "She doesn't know I'm coming home for Christmas."),
])
def test_other_lines_are_left_to_the_model(earlier: list[str], said: str) -> None:
    assert gambling_answer(said, earlier, "", "GB") is None


def test_the_answer_comes_through_the_urgent_answers() -> None:
    answer = urgent_answer("is it really that bad?", helpline_for("GB"), "Eddie", earlier=EDDIE)
    assert answer is not None and answer.startswith("Honestly, Eddie")
    assert days_before("I didn't go tonight.") == 3 and days_before("Hello.") == 0


async def test_the_gambling_told_yesterday_is_read_for_the_next_line(store) -> None:
    """ "I didn't go tonight." the next conversation got "Oh, that's too bad."."""
    await told_before(store, "eddie", EDDIE)
    conv, _ = remembering(store, "eddie", "Oh, that's too bad.")
    assert "a real step" in await chat(conv, "I didn't go tonight.")
    other, _ = remembering(store, "someone_else", "Oh, that's too bad.")  # another home
    assert "too bad" in await chat(other, "I didn't go tonight.")
