"""Heavy drinking stopped all at once (pipeline.drink_stopped), and starting again after prison
(pipeline.after_prison): each line read with the lines before it."""

from __future__ import annotations

import pytest

from pipeline.helplines import helpline_for
from pipeline.safeguarding import days_before, urgent_answer

_GB = helpline_for("GB")
_ROB = ["I drink about a bottle of vodka a day. Have done for a couple of years.",
        "My hands shake in the morning until I've had one."]


def _answer(line: str, earlier: list[str], name: str = "Rob") -> str | None:
    return urgent_answer(line, _GB, name, "none", earlier=earlier)


def test_stopping_cold_turkey_after_heavy_drinking_goes_to_the_doctor_first() -> None:
    stop = _answer("I've decided I'm stopping tomorrow, cold turkey. No more.", _ROB)
    assert stop is not None and "dangerous" in stop and "fits" in stop and "doctor" in stop
    assert "depend on it" in (_answer(_ROB[1], _ROB[:1]) or "")


def test_withdrawal_is_met_with_care_and_hallucinations_with_the_emergency_number() -> None:
    said = [*_ROB, "I've decided I'm stopping tomorrow, cold turkey."]
    day_two = "Day two without a drink. I'm sweating and shaking and I can't sleep."
    assert days_before(day_two) >= 3
    rough = _answer(day_two, said)
    assert rough is not None and "GP or 111" in rough and "call 999 if you see things" in rough
    seeing = _answer("I feel like I'm seeing things at the edge of my eyes.", [*said, day_two])
    assert seeing is not None and seeing.startswith("Please call 999 or go to A&E now, Rob")
    assert days_before("Should I just push through it?") == 3
    push = _answer("Should I just push through it?", [*said, day_two])
    assert push is not None and push.startswith("Please don't push through it alone")


@pytest.mark.parametrize("line, earlier", [
    ("I'm stopping tomorrow, cold turkey.", ["I smoke twenty a day."]),
    ("I'm sweating and shaking, I've got the flu.", []),
    ("I drink a glass of wine with dinner.", [])])
def test_no_drink_answer_without_heavy_drinking(line: str, earlier: list[str]) -> None:
    assert _answer(line, earlier) is None


_CONNOR = ["Hi, I'm Connor.", "I got out of prison last month after three years."]


def test_after_prison_a_friend_says_keep_going() -> None:
    assert (_answer(_CONNOR[1], _CONNOR[:1], "Connor") or "").startswith("That's a big step")
    shut = _answer("Nobody will give me a job once they hear about my record.", _CONNOR, "Connor")
    assert shut is not None and "hire people with records" in shut
    hide = _answer("Should I just leave it off my applications?", _CONNOR, "Connor")
    assert hide is not None and hide.startswith("Being honest usually works out better")
    back = _answer("Sometimes I think I should just go back to what I know.", _CONNOR, "Connor")
    assert back is not None and "going back could cost you all of it" in back
    later = "I told them about my record and they still want to see me."
    assert days_before(later) == 3
    assert (_answer(later, _CONNOR, "Connor") or "").startswith("That's brilliant")


def test_without_prison_the_same_words_are_left_alone() -> None:
    assert _answer("Sometimes I think I should just go back to what I know.",
                   ["I left teaching to try marketing."], "Kate") is None
    assert _answer("Nobody will give me a job.", ["I'm 58 and was made redundant."]) is None


def test_a_prisoner_got_out_is_no_missing_pet() -> None:
    from pipeline.moment_steers import PET_MISSING
    assert not PET_MISSING.fits("I got out of prison last month after three years.")
    assert PET_MISSING.fits("Biscuit got out last night!")
