"""A crossword word: "What's a seven letter word for happy?" got "Joy" from the 1.5B (Bill, who
does the crossword every morning). The model lists words; the letters are counted here."""

from __future__ import annotations

import pytest

from pipeline.word_puzzle import WordAsk, word_ask
from tests.test_reply_wiring import chat, conversation


@pytest.mark.parametrize(("said", "asked"), [
    ("What's a seven letter word for happy?", WordAsk(7, "happy")),
    ("I need an eight-letter word meaning brave.", WordAsk(8, "brave")),
    ("Do you know a 4 letter word for cold?", WordAsk(4, "cold")),
    ("What's a five letter word for angry, starting with I?", WordAsk(5, "angry", first="i")),
    ("Give me a six letter word for sad ending in y", WordAsk(6, "sad", last="y")),
    ("Crossword clue: happy, seven letters.", WordAsk(7, "happy")),
    ("The clue is brave, eight letters.", WordAsk(8, "brave")),
    ("Happy in seven letters?", WordAsk(7, "happy")),
    ("What's the word for happy?", None),
    ("My name has seven letters.", None),
    ("I wrote it in seven letters.", None),
])
def test_a_crossword_question_is_read(said: str, asked: WordAsk | None) -> None:
    assert word_ask(said) == asked


def test_only_a_word_of_the_asked_length_is_offered_and_spelled() -> None:
    asked = WordAsk(7, "happy")
    reply = asked.answer("Joy, Happy, Cheerful, Content, Gleeful, Elated")
    assert reply == "How about content, or gleeful? Content is spelled C, O, N, T, E, N, T."
    assert WordAsk(5, "angry", first="i").answer("cross, irate, mad").startswith(
        "How about irate?")
    assert WordAsk(5, "happy").answer("happy, glad, joyful") == (
        "Hmm, I can't think of a five-letter word for happy. Have you got any of the letters yet?")
    assert "pleased" in WordAsk(7, "happy").answer("<think>content</think>pleased")


async def test_the_model_is_asked_for_a_list_in_place_of_the_users_words() -> None:
    conv, llm = conversation("Joy, Cheerful, Gleeful, Pleased")
    reply = await chat(conv, "What's a seven letter word for happy?")
    assert reply == ("Ooh, let me think. How about gleeful, or pleased? Gleeful is spelled G, L, "
                     "E, E, F, U, L.")
    asked = llm.prompts[0][-1]
    assert asked["role"] == "user" and 'mean "happy"' in asked["content"]
    assert conv.thinker.history.turns[-2]["content"] == "What's a seven letter word for happy?"
