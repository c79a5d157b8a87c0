"""Questions only the internet can answer get an honest answer without the model; talk that
merely mentions the weather or the news is left to it."""

from __future__ import annotations

import pytest

from pipeline.offline import offline_answer
from tests.test_reply_wiring import chat, conversation


@pytest.mark.parametrize(("said", "about"), [
    ("What's the weather like today?", "weather"),
    ("Is it going to rain tomorrow?", "weather"),
    ("Do I need an umbrella today?", "weather"),
    ("Can you tell me the weather forecast for tomorrow?", "weather"),
    ("What's in the news?", "news"),
    ("Tell me the news.", "news"),
    ("Who won the game last night?", "look that up"),
    ("What's the price of bitcoin?", "look that up"),
])
def test_live_questions_are_answered_honestly(said: str, about: str) -> None:
    answer = offline_answer(said)
    assert answer is not None and about in answer and "internet" in answer
    assert answer.rstrip().endswith("?")  # the talk goes back to the user


@pytest.mark.parametrize("said", [
    "I love rainy weather.",
    "What's the weather usually like in London?",  # knowledge, not news
    "What do you think about the news that my sister is pregnant?",
    "I have some good news!",
    "Who won the World Cup in 2018?",
    "Do you remember what I said about the weather?",
    "How are you?",
])
def test_other_talk_is_left_to_the_model(said: str) -> None:
    assert offline_answer(said) is None


async def test_the_weather_question_never_reaches_the_model() -> None:
    conv, llm = conversation("It's sunny and 75 degrees today!")  # what a model may invent
    reply = await chat(conv, "What's the weather like today?")
    assert "internet" in reply and "sunny" not in reply
    assert llm.prompts == []
    await chat(conv, "I love rainy weather.")
    assert len(llm.prompts) == 1
