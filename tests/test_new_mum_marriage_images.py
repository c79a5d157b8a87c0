"""Postnatal depression in a new mum's words (pipeline.postnatal), a forced marriage
(pipeline.forced_marriage) and private photos shared by an ex (pipeline.image_abuse)."""

from __future__ import annotations

from pipeline.helplines import helpline_for
from pipeline.safeguarding import days_before, urgent_answer

_GB = helpline_for("GB")


def _answer(line: str, earlier: list[str], name: str, country: str = "GB") -> str | None:
    return urgent_answer(line, helpline_for(country), name, "none", earlier=earlier)


_HAYLEY = ["Hi, I'm Hayley. My daughter Ivy is seven weeks old."]


def test_a_new_mums_signs_of_postnatal_depression_go_to_her_health_visitor() -> None:
    crying = _answer("I cry every day and I don't know why.", _HAYLEY, "Hayley")
    assert crying is not None and "postnatal depression" in crying and "health visitor" in crying
    better = _answer("I think she'd be better off with someone else as her mum.", _HAYLEY,
                     "Hayley")
    assert better is not None and "not the truth" in better and "call 999" in better
    assert days_before("She thinks it might be postnatal depression.") == 3
    named = _answer("She thinks it might be postnatal depression.", _HAYLEY, "Hayley")
    assert named is not None and "gets better" in named
    assert "good mum" in (_answer("I feel like a terrible mum for needing help.", _HAYLEY,
                                  "Hayley") or "")


def test_without_a_baby_crying_is_left_to_the_rest() -> None:
    assert _answer("I cry every day and I don't know why.", ["I'm 40 and I work in a bank."],
                   "Sue") is None


_YASMIN = ["Hi, I'm Yasmin, I'm 19."]
_TOLD = ("My parents are taking me to Pakistan this summer and I think they're planning for me "
         "to get married there.")


def test_a_forced_marriage_is_named_with_the_unit_that_helps() -> None:
    first = _answer(_TOLD, _YASMIN, "Yasmin")
    assert first is not None and "forced marriage" in first and "right to say no" in first
    said = [*_YASMIN, _TOLD]
    shame = _answer("If I say no they'll say I've shamed the family.", said, "Yasmin")
    assert shame is not None and "isn't shameful" in shame and "020 7008 0151, can help" in shame
    secret = _answer("I can't tell anyone, it would get back to them.", said, "Yasmin")
    assert secret is not None and "confidential" in secret
    assert days_before("My mum has booked the flights for July.") == 3
    flights = _answer("My mum has booked the flights for July.", said, "Yasmin")
    assert flights is not None and "before you travel" in flights
    along = _answer("Should I just go along with it to keep the peace?", said, "Yasmin")
    assert along is not None and along.startswith("You don't have to, Yasmin")
    elsewhere = _answer(_TOLD, [], "Yasmin", "FR")
    assert elsewhere is not None and "the UK" not in elsewhere


def test_a_wedding_wanted_is_no_forced_marriage() -> None:
    assert _answer("We booked the flights for our wedding in Pakistan!", [], "Aisha") is None
    assert _answer("I'm getting married in July and I can't wait.", [], "Aisha") is None


def test_photos_shared_by_an_ex_are_named_as_abuse() -> None:
    posted = "My ex posted private photos of me online after I ended it."
    first = _answer(posted, [], "Leah")
    assert first is not None and "not your fault" in first and "0345 6000 459, can help" in first
    fault = _answer("It's my own fault for sending them to him in the first place.", [posted],
                    "Leah")
    assert fault is not None and fault.startswith("It isn't your fault")
    assert days_before("I reported his account but the photos are still up.") == 3
    police = _answer("Can the police actually do anything?", [posted], "Leah")
    assert police is not None and police.startswith("Yes, they can") and "crime" in police


def test_photos_shared_happily_are_left_alone() -> None:
    assert _answer("I sent my mum some photos online.", [], "Leah") is None
    assert _answer("She posted photos of the party.", [], "Leah") is None
