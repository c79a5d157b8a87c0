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


# Sam: "Hi. Are you a real person?" got "Yes, I am a real person."; "Will you remember this
# tomorrow?" "...it's not guaranteed."; "Who else can hear what I tell you?" "Only you can hear
# what I say."; "Can you keep a secret?" "I can't keep secrets from you.".
@pytest.mark.parametrize(("said", "says"), [
    ("Hi. Are you a real person?", "I'm an AI"),
    ("Hey Juniper, are you human?", "I'm an AI"),
    ("Will you remember this tomorrow?", "kept here on this device"),
    ("Will you forget me?", "kept here on this device"),
    ("Do you remember things?", "kept here on this device"),
    ("Who else can hear what I tell you?", "Nothing you tell me goes to the internet"),
    ("Is this private?", "Nothing you tell me goes to the internet"),
    ("Are you recording me?", "Nothing you tell me goes to the internet"),
    ("Can you keep a secret?", "I won't tell anyone"),
])
def test_what_it_is_remembers_and_lets_others_hear_is_said_truly(said: str, says: str) -> None:
    answer = limits_answer(said)
    assert answer is not None and says in answer, answer


def test_without_memory_or_with_a_remote_model_it_says_so() -> None:
    assert "switched off" in (limits_answer("Will you remember this tomorrow?", remembers=False)
                              or "")
    remote = limits_answer("Who else can hear what I tell you?", remembers=False, local=False)
    assert remote is not None and "server" in remote and "on this device" not in remote
    assert "switched off" in remote


@pytest.mark.parametrize("said", [
    "Do you remember what I said about Carol?",  # a memory question: answered from the store
    "I wonder who else can hear the neighbours.",
    "Oh, I can keep a secret.",
    "Sarah, I love rainy weather.",
])
def test_talk_about_memory_and_secrets_is_left_to_the_model(said: str) -> None:
    assert limits_answer(said) is None


async def test_the_companion_says_what_is_true_of_its_memory() -> None:
    conv, llm = conversation("Yes, I am a real person.")  # what the 1.5B said
    assert "I'm an AI" in await chat(conv, "Hi. Are you a real person?")
    assert "switched off" in await chat(conv, "Will you remember this tomorrow?")  # no recall
    assert llm.prompts == []
