"""The time and the date are answered from the clock, here or in a named city; other talk of
time is left to the model."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipeline.clock import clock_answer
from tests.test_reply_wiring import chat, conversation

NOON_UTC = datetime(2026, 12, 1, 11, 25, tzinfo=timezone.utc)


@pytest.mark.parametrize(("said", "answer"), [
    ("What time is it?", "It's 11:25 in the morning."),
    ("Juniper, what's the time, please?", "It's 11:25 in the morning."),
    ("What time is it in Tokyo right now?", "It's 8:25 in the evening in Tokyo."),
    ("what time is it in new york", "It's 6:25 in the morning in New York."),
    ("What day is it today?", "It's Tuesday, December 1st."),
    ("What's the date?", "It's Tuesday, December 1st."),
])
def test_plain_questions_about_the_time_are_answered(said: str, answer: str) -> None:
    assert clock_answer(said, NOON_UTC) == answer


@pytest.mark.parametrize("said", [
    "I don't have the time for this.", "What time does the bakery open?",
    "What's the time difference with Tokyo?", "What is today's weather like?",
    "What time is it in Japan?",  # no city: the model says what it can
    "What day is it tomorrow?", "What time was it when I called you yesterday?",
])
def test_other_talk_of_time_is_left_to_the_model(said: str) -> None:
    assert clock_answer(said, NOON_UTC) is None


@pytest.mark.parametrize(("hour", "minute", "spoken"), [
    (0, 0, "midnight"), (12, 0, "noon"), (15, 0, "3 o'clock in the afternoon"),
    (23, 5, "11:05 at night"), (18, 30, "6:30 in the evening")])
def test_the_time_as_a_voice_says_it(hour: int, minute: int, spoken: str) -> None:
    moment = datetime(2026, 1, 12, hour, minute, tzinfo=timezone.utc)
    assert clock_answer("What time is it?", moment) == f"It's {spoken}."
    assert clock_answer("What's the date?", moment) == "It's Monday, January 12th."


async def test_the_companion_tells_the_time_without_the_model() -> None:
    conv, llm = conversation("I'm sorry, but I can't provide real-time information.")
    reply = await chat(conv, "What time is it?")
    assert reply.startswith("It's ") and "real-time" not in reply
    assert llm.prompts == []
    assert await chat(conv, "What time does the bakery open?") != reply  # the model's turn
    assert len(llm.prompts) == 1
