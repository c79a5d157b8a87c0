"""pipeline.llm.turn_words with the real tiny model: finished words against cut ones."""

from __future__ import annotations

import pytest

from pipeline.llm.turn_words import TextTurnModel, strip_end

FINISHED = ["What is the capital of Australia?", "I had a really long day at work today.",
            "Where is the nearest train station?"]
CUT = ["How many people live in?", "Can you please?", "The doctor said that I should.",
       "I need to buy a present for"]


@pytest.fixture(scope="module")
def words() -> TextTurnModel:
    from models import resolve_model

    return TextTurnModel(resolve_model("turn_words"))


def test_the_recognizers_last_punctuation_is_not_read() -> None:
    assert strip_end("How many people live in? ") == "How many people live in"
    assert strip_end("Well, um...") == "Well, um"


def test_finished_words_read_more_finished_than_every_cut_sentence(words: TextTurnModel) -> None:
    finished = [words.probability(t) for t in FINISHED]
    cut = [words.probability(t) for t in CUT]
    assert min(finished) > max(cut), (finished, cut)
    assert all(0.0 <= p <= 1.0 for p in finished + cut)


def test_scores_do_not_depend_on_what_was_scored_before(words: TextTurnModel) -> None:
    first = words.probability("Do you know any good jokes about cats")
    words.probability("a much longer sentence " * 30)  # the cached prefix must stay intact
    words._cache.clear()
    assert words.probability("Do you know any good jokes about cats") == pytest.approx(first)
    assert words.probability("") == 0.0
