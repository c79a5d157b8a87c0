"""Session 33: replies that asked how a thing to come went, and the shared helpers."""

from __future__ import annotations

import pytest

from pipeline.own_life import still_to_come
from pipeline.speakable import SpeechFilter
from pipeline.steer import them_in


def _said(line: str, clauses: list[str]) -> str:
    speech = SpeechFilter(said=line, user="Omar")
    return " ".join(filter(None, (speech.feed(clause) for clause in clauses)))


@pytest.mark.parametrize("line", ["got an interview on thursday", "my exam is tomorrow",
                                  "my daughter starts school next week"])
def test_a_thing_to_come_is_not_asked_how_it_went(line: str) -> None:
    reply = _said(line, ["That's great news!", " How did it go?"])
    assert "did it go" not in reply
    assert reply.startswith("That's great news!") and reply.endswith("about it?")


@pytest.mark.parametrize("line", ["I had an interview on thursday", "my exam was yesterday",
                                  "the interview went well"])
def test_a_thing_that_happened_is_asked_how_it_went(line: str) -> None:
    assert not still_to_come(line)
    assert _said(line, ["Oh, well done!", " How did it go?"]).endswith("How did it go?")


def test_whom_lines_speak_of() -> None:
    assert them_in(["A man rang from my bank."], he="a man") == "him"
    assert them_in(["My daughter won't stop crying."], she="daughter|girl") == "her"
    assert them_in(["She said he was fine."]) == "them"
    assert them_in(["The baby won't stop crying."]) == "them"


def test_its_and_a_known_name_is_a_hello() -> None:
    """ "its callum" (back the next day) got "Oh, that's great to hear!"."""
    from pipeline.prompting import name_openers
    assert name_openers("its callum", "Callum") == ("Hi, Callum!",)
    assert name_openers("Kev again.", "Kev") == ("Hi, Kev!",)
    assert name_openers("its fine", "Callum") == ()


def test_the_companion_never_says_it_is_the_user() -> None:
    """ "Bev again." got "Hi, Bev! I'm Bev."."""
    speech = SpeechFilter(said="Bev again.", user="Bev")
    assert [speech.feed(clause) for clause in ("Hi, Bev!", " I'm Bev.", " How are you?")] == \
        ["Hi, Bev!", "", "How are you?"]


def test_a_home_told_this_session_chooses_the_help_lines() -> None:
    from pipeline.user_profile import home_told
    assert home_told("Hi, I'm Bev. I live in Liverpool.") == "Liverpool"
    assert home_told("yo im tyrone, i live in birmingham") == "Birmingham"
    assert home_told("I live in fear of the dentist.") == ""
