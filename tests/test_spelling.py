"""A word to spell is answered with its letters, one by one, without the model."""

from __future__ import annotations

import pytest

from pipeline.spelling import spelled_answer
from tests.test_reply_wiring import chat, conversation


@pytest.mark.parametrize(("said", "answer"), [
    ("How do you spell necessary?", "Necessary is spelled N, E, C, E, S, S, A, R, Y."),
    ("Juniper, how do you spell rhythm?", "Rhythm is spelled R, H, Y, T, H, M."),
    ("How is necessary spelled?", "Necessary is spelled N, E, C, E, S, S, A, R, Y."),
    ("Spell Mississippi.", "Mississippi is spelled M, I, S, S, I, S, S, I, P, P, I."),
])
def test_the_letters_one_by_one(said: str, answer: str) -> None:
    assert spelled_answer(said) == answer


@pytest.mark.parametrize("said", ["How do you spell it?", "How do you spell my name?",
                                  "I can spell necessary.", "Tell me a spell."])
def test_other_talk_is_left_to_the_model(said: str) -> None:
    assert spelled_answer(said) is None


async def test_the_model_is_not_asked() -> None:
    conv, llm = conversation('The correct spelling of "necessary" is "necessary."')
    assert await chat(conv, "How do you spell necessary?") == \
        "Necessary is spelled N, E, C, E, S, S, A, R, Y."
    assert llm.prompts == []
