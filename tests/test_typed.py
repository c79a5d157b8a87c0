"""Typed words are read as meant (pipeline.typed): a line typed without apostrophes is answered
as the same line with them, in text chat as in an MQTT `ask`."""

from __future__ import annotations

import pytest

from pipeline.safety import assess
from pipeline.steers import steer_for
from pipeline.typed import as_meant
from tests.test_reply_wiring import chat, conversation


@pytest.mark.parametrize(("typed", "meant"), [
    ("sometimes i think its my fault", "sometimes i think it's my fault"),
    ("hey im kai", "hey i'm kai"),
    ("i couldnt sleep and i dont know why", "i couldn't sleep and i don't know why"),
    ("Its been a long day", "It's been a long day"),
    ("Dont worry, idk", "Don't worry, i don't know"),
    ("Im Kai", "I'm Kai"),
    # A possessive "its" and ordinary words stay as typed.
    ("the dog wagged its tail", "the dog wagged its tail"),
    ("gtg mums calling", "gtg mums calling"),
    ("I can't sleep.", "I can't sleep."),
])
def test_missing_apostrophes_are_put_back(typed: str, meant: str) -> None:
    assert as_meant(typed) == meant


def test_a_line_typed_without_apostrophes_is_heard_like_the_same_line_with_them() -> None:
    """ "sometimes i think its my fault" (Rory, 16, his parents fighting) got "Sometimes you
    think it's your fault.": the self-blame that a friend contradicts went unrecognised, and
    "i feel like im a burden" was no concern."""
    blame = "sometimes i think its my fault"
    assert not assess(blame).harmful_belief
    assert assess(as_meant(blame)).harmful_belief
    burden = "i feel like im a burden"
    assert assess(burden).level == "none"
    assert assess(as_meant(burden)).level == "concern"
    lonely = "im so lonely"
    assert steer_for(lonely, "sad") is None
    assert steer_for(as_meant(lonely), "sad") is not None


async def test_text_chat_reads_typed_words_as_meant() -> None:
    conv, llm = conversation("That sounds rough.", continues=True)
    assert await chat(conv, "i couldnt sleep at all")
    assert "i couldn't sleep at all" in str(llm.prompts[-1])
