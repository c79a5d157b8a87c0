"""Steers added after talking to it as Jas (16, shut out of her friends' group chat): the 1.5B
blamed her, gave tech tips and met her admitting it hurt with "That's great to hear!"."""

from __future__ import annotations

import pytest

from memory.affect import detect_affect
from pipeline.left_out_steers import BAD_DAY, CALLED_DRAMATIC, DONT_CARE, LEFT_OUT, STILL_CARE
from pipeline.steers import FAREWELL, OVERREACTING, SHOUTED_AT, steer_for

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
    ("Did they make a new chat without me?", None),
    # got "That's great to hear!"
    ("actually i kind of do", STILL_CARE),
    ("i do care though", STILL_CARE),
    ("i kind of do", None),  # an answer to any question of ours
    # got "It's okay if you don't feel like talking about it right now."
    ("whatever. i dont even care", DONT_CARE),
    ("I don't care anymore.", DONT_CARE),
    ("I don't care what we have for dinner.", None),
    # got "It can be hard to feel like you're being dramatic sometimes"
    ("my mum thinks im just being dramatic", CALLED_DRAMATIC),
    ("My dad says I'm overreacting.", CALLED_DRAMATIC),
    ("Am I being dramatic?", OVERREACTING),
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
