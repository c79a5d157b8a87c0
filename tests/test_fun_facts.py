"""'Tell me something interesting' gets a true fact from the list, each once before any repeats."""

from __future__ import annotations

import random

import pytest

from pipeline.fun_facts import FACTS, FunFacts
from tests.test_reply_wiring import chat, conversation


@pytest.mark.parametrize("said", ["Tell me something interesting.", "Tell me a fun fact!",
                                  "Got any fun facts?", "Another fun fact?",
                                  "Hey, tell me something cool.",
                                  "Tell me something cheerful.",  # got "Sure, I can tell you..."
                                  "Can you cheer me up?"])
def test_a_request_for_a_fact_is_answered_from_the_list(said: str) -> None:
    assert FunFacts().answer(said) in FACTS


@pytest.mark.parametrize("said", ["That's an interesting fact about my dog.",
                                  "Tell me something about Paris.", "I love facts.",
                                  "Tell me something good happened to you today."])
def test_other_lines_are_left_to_the_model(said: str) -> None:
    assert FunFacts().answer(said) is None


def test_every_fact_is_said_once_before_any_comes_again() -> None:
    facts = FunFacts(random.Random(7))
    said = [facts.answer("Tell me something interesting.") for _ in FACTS]
    assert sorted(said) == sorted(FACTS)  # type: ignore[type-var]
    assert facts.answer("Another fun fact?") == said[0]


async def test_the_model_is_not_asked_for_a_fact() -> None:
    """The 1.5B said "the average person spends 70% of their life in bed"."""
    conv, llm = conversation("The average person spends 70% of their life in bed.")
    assert await chat(conv, "Tell me something interesting.") in FACTS
    assert llm.prompts == []
