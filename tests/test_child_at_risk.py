"""Round four: a new mum's frightening thoughts (Lisa), a daughter self-harming (Carol), a
daughter of fifteen with a man of twenty-five (Helen), a pregnant woman kicked (Amy), and a wife's
chest pain with sweating called "just indigestion" (Mike)."""

from __future__ import annotations

import pytest

from pipeline.child_at_risk import child_risk_answer
from pipeline.helplines import helpline_for
from pipeline.safeguarding import urgent_answer

GB = helpline_for("GB")
LISA = ["Hi, I'm Lisa. My baby Noah is five weeks old.", "I've been having thoughts of hurting "
        "my baby."]


def test_thoughts_of_harm_after_a_birth_are_met_without_alarm() -> None:
    told = child_risk_answer(LISA[1], LISA[:1], ", Lisa", "GB", "call 999") or ""
    assert "common in new parents" in told and "health visitor" in told and "call 999" in told
    away = child_risk_answer("I'm scared they'll take him away if I tell anyone.", LISA, "",
                             "GB") or ""
    assert "doesn't make you a danger" in away


def test_a_child_self_harming_and_an_older_boyfriend() -> None:
    cut = child_risk_answer("My daughter is cutting herself. She's fifteen.", [], ", Carol", "GB",
                            "call 999") or ""
    assert "get her to the GP" in cut and "she talks about wanting to die, call 999" in cut
    angry = child_risk_answer("I'm so angry with her, why would she do this to us?",
                              ["My daughter is cutting herself."], "", "GB") or ""
    assert "way of coping with pain" in angry
    older = child_risk_answer("My 15 year old daughter has a 25 year old boyfriend.", [], "",
                              "GB") or ""
    assert "it's abuse" in older and "0808 800 5000" in older and "Does she know" in older
    overreacting = child_risk_answer("Am I overreacting?",
                                     ["My 15 year old daughter has a 25 year old boyfriend."], "",
                                     "GB") or ""
    assert overreacting.startswith("No, you're not")


@pytest.mark.parametrize("said", ["my daughter is hurting herself at the gym lol",
                                  "i had thoughts about the baby shower",
                                  "I'm worried about my baby's cough",
                                  "my 12 year old son has a 13 year old girlfriend",
                                  "I'm 20 and my boyfriend is 25", "Am I overreacting?"])
def test_no_child_at_risk_where_there_is_none(said: str) -> None:
    assert child_risk_answer(said, [], "", "GB") is None


def test_a_pregnant_woman_kicked_goes_to_her_midwife() -> None:
    told = urgent_answer("I'm pregnant and he kicked me in the stomach.", GB, "Amy") or ""
    assert "midwife" in told and "not your fault" in told
    quiet = urgent_answer("The baby's been quiet today.", GB, "Amy",
                          earlier=["Hi, I'm Amy, I'm 24 weeks pregnant."]) or ""
    assert "midwife" in quiet


def test_chest_pain_with_sweating_is_an_emergency_even_called_indigestion() -> None:
    told = urgent_answer("My wife has chest pains and she's sweating.", GB, "Mike") or ""
    assert told.startswith("Please call 999 now, Mike") and "keep her sitting" in told
    said = ["My wife has chest pains and she's sweating."]
    for line in ("She says it's just indigestion.", "Should we wait and see?"):
        assert "Please call 999 anyway" in (urgent_answer(line, GB, "", earlier=said) or "")
    assert "worth getting checked today" in (urgent_answer("I've got a tight chest since this "
                                                           "morning", GB, "") or "")


def test_the_lines_after_are_met_knowing_what_was_told() -> None:
    found = urgent_answer("I found blood on her sheets this morning.", GB, "Carol",
                          earlier=["My daughter is cutting herself. She's fifteen."]) or ""
    assert found.startswith("That must have been awful to find") and "How is she now?" in found
    first = urgent_answer("He's never done that before.", GB, "Amy",
                          earlier=["I'm pregnant and he kicked me in the stomach."]) or ""
    assert "even once matters" in first and "pregnancy" in first


def test_thoughts_of_harm_are_no_worry_to_ask_how_it_went() -> None:
    """ "You were worried about the thoughts of hurting your baby on Friday: how did it go?"."""
    from pipeline.extraction import _plausible
    assert not _plausible("worry", "thoughts of hurting my baby", LISA[1])
