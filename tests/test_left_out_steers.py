"""Steers added after talking to it as Jas (16, shut out of her friends' group chat): the 1.5B
blamed her, gave tech tips and met her admitting it hurt with "That's great to hear!"."""

from __future__ import annotations

import pytest

from memory.affect import detect_affect
from pipeline.left_out_steers import (
    BAD_DAY,
    CALLED_DRAMATIC,
    DONT_CARE,
    LEFT_OUT,
    NOT_MY_SCENE,
    STILL_CARE,
)
from pipeline.steers import FAREWELL, MONEY_WORRY, OVERREACTING, SHOUTED_AT, steer_for

STEERED = [
    # got "Oh no, that sounds really tough. How did it go?"
    ("school was awful today", BAD_DAY),
    ("Ugh, work was horrible.", BAD_DAY),
    ("was school awful today?", None),
    ("school was awful today but then i got pizza, so", None),
    ("Work was awful today, my boss yelled at me.", SHOUTED_AT),
    # got "It sounds like you might have been the one who made everyone feel uncomfortable"
    ("everyone in my group chat went quiet when i joined", LEFT_OUT),
    # got "It's always good to check your chat history before joining new ones"
    ("i think they made a new chat without me", LEFT_OUT),
    ("they all went to the cinema without me", LEFT_OUT),
    ("They didn't invite me to the party.", LEFT_OUT),
    ("My boss didn't tell me about the new plans.", None),
    ("My husband went to the shops without me.", None),
    ("My friends all went bowling without me.", LEFT_OUT),
    ("Did they make a new chat without me?", None),
    # got "That's great to hear!"
    ("actually i kind of do", STILL_CARE),
    ("i do care though", STILL_CARE),
    ("i kind of do", None),  # an answer to any question of ours
    ("Actually I do.", None),
    # got "It's okay if you don't feel like talking about it right now."
    ("whatever. i dont even care", DONT_CARE),
    ("I don't care anymore.", DONT_CARE),
    ("I don't care what we have for dinner.", None),
    ("I don't care.", None),
    # got "It can be hard to feel like you're being dramatic sometimes"
    ("my mum thinks im just being dramatic", CALLED_DRAMATIC),
    ("My dad says I'm overreacting.", CALLED_DRAMATIC),
    ("Am I being dramatic?", OVERREACTING),
    # got "Fair enough, no drinking then. What's on your mind?" (Wei, new in Glasgow)
    ("my flatmates are always going out drinking and I don't like drinking", NOT_MY_SCENE),
    ("My friends all go clubbing every weekend and I never go.", NOT_MY_SCENE),
    ("I don't like drinking.", None),
    # got "It's understandable. What's that been like for you?" (Leo, the rent going up)
    ("I don't know how I'm going to afford it.", MONEY_WORRY),
    # got "You're welcome! I'm glad I could help. Have a great day!"
    ("ok thanks. gonna go", FAREWELL),
    ("Im gonna go now.", FAREWELL),
    ("I'm going to go for a run.", None),
    ("I was gonna go but it rained.", None),
]


@pytest.mark.parametrize(("said", "steer"), STEERED)
def test_left_out_lines_are_steered(said: str, steer: object) -> None:
    assert steer_for(said, detect_affect(said).tone) is steer


def test_the_replies_are_on_their_side() -> None:
    chat = "everyone in my group chat went quiet when i joined"
    first, second = LEFT_OUT.openers_for(chat, "Jas")
    assert "didn't deserve" in first and "didn't deserve" in second and first != second
    assert LEFT_OUT.whole(chat)
    assert CALLED_DRAMATIC.openers_for("My dad says I'm overreacting.", "Jas")[0].endswith(
        "How did it feel when he said that?")
    assert BAD_DAY.openers_for("school was awful today", "Jas") == (
        "Oh no, Jas, I'm sorry. What happened?",)


async def test_a_steer_greets_by_the_name_told_in_the_same_line() -> None:
    """ "Hi, I'm Priyanka. I just moved to Leeds for a new job." got "Oh, a big move! ...": the
    name told in the line was not used by its steer."""
    from tests.test_reply_wiring import chat, conversation

    conv, _ = conversation("How exciting.", continues=True)
    reply = await chat(conv, "Hi, I'm Priyanka. I just moved to Leeds for a new job.")
    assert reply.startswith("Oh, a big move, Priyanka!"), reply


async def test_a_talk_practised_is_listened_to_not_given() -> None:
    """Wei practised his class presentation: "Hello everyone, today I will talk about renewable
    energy in China." got "Hello everyone! I'm excited to talk about renewable energy in China.
    What would you like to know?" - the model gave the talk."""
    from tests.test_reply_wiring import chat, conversation

    conv, llm = conversation("Hello everyone! I'm excited to talk about it.", continues=True)
    start = await chat(conv, "Tomorrow I have a presentation. Can you help me practise?")
    assert start.endswith("I'm listening."), start
    first = await chat(conv, "Hello everyone, today I will talk about renewable energy in China.")
    assert first.startswith("That's a clear start") and first.endswith("I'm listening."), first
    more = await chat(conv, "Have you ever wondered why China builds so many solar farms?")
    assert more.startswith("Good, that flows well"), more
    done = await chat(conv, "And that's it. Thank you for listening.")
    assert done.startswith("Well done"), done
    assert llm.prompts == []
    await chat(conv, "Anyway, what's for dinner?")  # something else: the model again
    assert len(llm.prompts) == 1


def test_a_dislike_that_leaves_them_out_is_no_taste() -> None:
    from datetime import datetime

    from pipeline.prompting import dislike_opener

    said = "my flatmates are always going out drinking and I don't like drinking"
    assert dislike_opener(said, datetime.now()) == ("", False)
    assert dislike_opener("I don't like drinking.", datetime.now())[0].startswith("Fair enough")
