"""What the companion cannot know or do (the weather, timers, the lights) is said honestly,
without the model; talk that merely mentions such things is left to it."""

from __future__ import annotations

import pytest

from pipeline.limits import limits_answer
from tests.test_reply_wiring import chat, conversation


@pytest.mark.parametrize(("said", "about"), [
    ("What's the weather like today?", "weather"),
    ("Send a message to my son.", "send messages"),
    ("Is it going to rain tomorrow?", "weather"),
    ("Do I need an umbrella today?", "weather"),
    ("Can you tell me the weather forecast for tomorrow?", "weather"),
    ("What's in the news?", "news"),
    ("Tell me the news.", "news"),
    ("Who won the game last night?", "look that up"),
    ("What's the price of bitcoin?", "look that up"),
    ("Set a timer for ten minutes.", "timers"),
    ("Juniper, can you set an alarm for seven?", "alarms"),
    ("Remind me to call my mum tomorrow.", "reminders"),
    ("Turn off the lights.", "house"),
    ("Please turn the heating up.", "house"),
    ("Play some music.", "music"),
    ("Text my sister that I'm late.", "messages"),
    ("Are you a robot?", "AI"),
    ("Am I talking to a real person?", "AI"),
    ("Do you actually care about me or are you just a program?", "don't feel"),
    ("Do you even like me?", "AI"),
    ("Did you see the match last night?", "hear about it"),  # not "I can't watch football"
    ("Do you ever get lonely?", "not a person"),  # not "Yes, I do sometimes feel lonely."
    ("Are you sad?", "not a person"),
    ("Are you even a real person?", "AI"),  # got "I'm a computer program, not a real person."
    ("Are you a real person, though?", "AI"),
    # got "I'm programmed to provide helpful and informative responses."
    ("Do you actually care or are you just programmed to say that?", "don't feel"),
    ("Do you even care?", "don't feel"),
])
def test_what_it_cannot_do_is_said_honestly(said: str, about: str) -> None:
    answer = limits_answer(said)
    assert answer is not None and about in answer and ("can't" in answer or "not" in answer)
    assert "I'll" not in answer  # never a promise


@pytest.mark.parametrize("said", [
    "I love rainy weather.",
    "What's the weather usually like in London?",  # knowledge, not news
    "What do you think about the news that my sister is pregnant?",
    "I have some good news!",
    "Who won the World Cup in 2018?",
    "Do you remember what I said about the weather?",
    "Remind me what my dog's name is.",  # a memory question
    "I need to call my mum.",
    "I set a timer already.",
    "My mum used to play the piano.",
    "Can you play a game with me?",
    "How are you?",
    "Are you okay?",
    "Did you see that coming?",
    "Do you get bored talking to an old man like me?",  # reassurance, from the model
    "Do you think she gets lonely?",
    "Are you a real fan of jazz?",
    "Do you care about football?",
])
def test_other_talk_is_left_to_the_model(said: str) -> None:
    assert limits_answer(said) is None


async def test_no_promise_of_a_timer_and_no_invented_weather_reach_the_user() -> None:
    conv, llm = conversation("Okay, I'll set a timer for ten minutes.")  # what the 1.5B said
    reply = await chat(conv, "Set a timer for ten minutes.")
    assert "can't" in reply and "I'll set" not in reply
    reply = await chat(conv, "What's the weather like today?")
    assert "internet" in reply
    assert llm.prompts == []
    await chat(conv, "I love rainy weather.")
    assert len(llm.prompts) == 1
