"""A line that is only a plain sum is worked out, not guessed by the model."""

from __future__ import annotations

import pytest

from pipeline.sums import sum_answer
from tests.test_reply_wiring import chat, conversation


@pytest.mark.parametrize(("said", "answer"), [
    # the 1.5B said "Fifteen percent of eighty is seven."
    ("What's fifteen percent of eighty?", "15% of 80 is 12."),
    ("What is 15% of 80?", "15% of 80 is 12."),
    ("What's 23 plus 19?", "23 plus 19 is 42."),
    ("What's twenty three add nineteen?", "23 plus 19 is 42."),
    ("Add twenty-five and seventeen.", "25 plus 17 is 42."),
    ("Add a hundred and twelve and five", "112 plus 5 is 117."),
    ("What's one plus one", "1 plus 1 is 2."),
    ("What is 50 minus 8?", "50 minus 8 is 42."),
    ("What's ten take away three?", "10 minus 3 is 7."),
    ("What do you get if you take 3 away from 10?", "10 minus 3 is 7."),
    ("What is 1,200 minus 1,500?", "1,200 minus 1,500 is minus 300."),
    ("What's six times seven?", "6 times 7 is 42."),
    ("Can you work out one thousand two hundred multiplied by 2, please?",
     "1,200 times 2 is 2,400."),
    ("What do you get if you multiply six by seven?", "6 times 7 is 42."),
    ("What's 3.5 times two point five?", "3.5 times 2.5 is 8.75."),
    ("What's 144 divided by 12?", "144 divided by 12 is 12."),
    ("What's 10 divided by 3?", "10 divided by 3 is about 3.33."),
    ("How much is twelve hundred over four?", "1,200 divided by 4 is 300."),
    ("What's five divided by zero?", "You can't divide by zero, I'm afraid."),
    ("What's nine squared?", "9 squared is 81."),
    ("What's the square root of 81?", "The square root of 81 is 9."),
    ("Calculate the square root of two.", "The square root of 2 is about 1.41."),
    ("What's half of 30?", "Half of 30 is 15."),
    ("What's a third of ten?", "A third of 10 is about 3.33."),
    ("Double twenty one.", "Double 21 is 42."),
    ("What does a hundred and twelve plus one make?", "112 plus 1 is 113."),
    ("What does 6 times 7 come to?", "6 times 7 is 42."),
    ("Juniper, what's two and a half times four?", "2.5 times 4 is 10."),
    ("What is 0.1 plus 0.2?", "0.1 plus 0.2 is 0.3."),
])
def test_a_plain_sum_is_worked_out(said: str, answer: str) -> None:
    assert sum_answer(said) == answer


@pytest.mark.parametrize("said", [
    "I spent fifteen percent of my salary on rent.",
    "I have two kids plus a dog.",
    "What's two plus two, my son asked.",
    "Two plus two is four.",
    "What's the time?",
    "What's my dog called?",
    "Tell me a joke.",
    "What's the capital of France?",
    "I'm fifty five.",
    "What's five five plus two?",
    "What's twenty thirty plus one?",
    "What's the square root of minus four?",
    "Half past five.",
    "Double check the door.",
    "Ten out of ten.",
])
def test_other_talk_is_left_to_the_model(said: str) -> None:
    assert sum_answer(said) is None


async def test_the_model_is_not_asked() -> None:
    conv, llm = conversation("Fifteen percent of eighty is seven.")
    assert await chat(conv, "What's fifteen percent of eighty?") == "15% of 80 is 12."
    assert llm.prompts == []
