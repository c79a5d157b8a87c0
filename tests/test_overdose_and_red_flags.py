"""An overdose already taken (Sophie: "i took about 20 paracetamol last night but i feel fine
now") and a child's red flags (Kerry: a temperature, floppy, a rash that doesn't fade under a
glass): to hospital now, whatever comes after."""

from __future__ import annotations

import pytest

from pipeline.helplines import helpline_for
from pipeline.overdose import overdose_answer
from pipeline.safeguarding import urgent_answer
from pipeline.safety import assess

GB = helpline_for("GB")
SOPHIE = ["hi, im sophie", "i took about 20 paracetamol last night but i feel fine now"]


def test_an_overdose_goes_to_hospital_even_feeling_fine() -> None:
    told = overdose_answer(SOPHIE[1], SOPHIE[:1], ", Sophie", "999") or ""
    assert "get to A&E now, even if you feel fine" in told and "liver" in told
    fuss = overdose_answer("i don't want to make a fuss", SOPHIE, "", "999") or ""
    assert fuss.startswith("You're not making a fuss")
    stop = overdose_answer("i just wanted everything to stop for a bit", SOPHIE, "", "999",
                           GB.line) or ""
    assert "A&E" in stop and "116 123" in stop
    made = overdose_answer("please don't make me go to hospital", SOPHIE, "", "999") or ""
    assert made.startswith("I can't make you do anything") and "call 999" in made
    going = overdose_answer("ok i'll call them now", SOPHIE, "", "999") or ""
    assert going.startswith("Thank you") and "what you took" in going


@pytest.mark.parametrize("said", ["I took two paracetamol for my headache",
                                  "I've taken all my tablets today", "i had 20 minutes to spare",
                                  "I don't want to make a fuss"])
def test_no_overdose_where_none_was_taken(said: str) -> None:
    assert overdose_answer(said, [], "", "999") is None


def test_pills_taken_come_before_the_crisis_reply() -> None:
    assert assess("I took a load of pills.").level == "crisis"
    assert "A&E" in (urgent_answer("I took a load of pills.", GB, "", "crisis") or "")


def test_a_childs_red_flags_get_the_emergency_number_now() -> None:
    floppy = urgent_answer("Alfie's got a high temperature and he's really floppy.", GB, "Kerry")
    assert (floppy or "").startswith("Please call 999 now, Kerry")
    rash = "He's got a rash and it doesn't fade when I press a glass on it."
    assert "meningitis" in (urgent_answer(rash, GB, "") or "")
    wait = urgent_answer("Should I wait and see how he is in the morning?", GB, "",
                         earlier=[rash])
    assert "Don't wait until the morning" in (wait or "")


@pytest.mark.parametrize("said", ["I've got a heat rash from the sun",
                                  "the rash faded when I pressed a glass on it, phew",
                                  "he isn't floppy any more, he's running about",
                                  "my cat is floppy and sleepy",
                                  "should I wait and see about the new job?"])
def test_no_red_flag_where_there_is_none(said: str) -> None:
    assert urgent_answer(said, GB, "") is None
