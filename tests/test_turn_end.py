"""pipeline.turn_end: the words' hangover refined by the voice's end-of-turn probability."""

from __future__ import annotations

import pytest

from pipeline.endpointing import EndpointPolicy
from pipeline.turn_end import TurnEndPolicy

WORDS = EndpointPolicy(default_ms=600, complete_ms=240, dangling_ms=1200)
POLICY = TurnEndPolicy(WORDS)


@pytest.mark.parametrize("text", ["What time is it?", "I was thinking, um", "so then", ""])
def test_without_the_voice_the_words_decide_alone(text: str) -> None:
    assert POLICY.hangover_ms(text, None) == WORDS.hangover_ms(text)


def test_a_finished_question_ends_fast_when_the_voice_agrees() -> None:
    assert POLICY.hangover_ms("What time is it in Tokyo?", 0.9) == POLICY.fast_ms
    assert POLICY.fast_ms < WORDS.complete_ms


def test_a_full_stop_the_voice_doubts_waits_and_one_it_rejects_waits_long() -> None:
    # Whisper writes "I'd like to book a table." for a hesitation mid-sentence.
    assert POLICY.hangover_ms("I'd like to book a table.", 0.2) == POLICY.unsure_ms
    assert POLICY.hangover_ms("I'd like to book a table.", 0.02) == WORDS.dangling_ms


def test_dangling_words_wait_long_unless_the_voice_is_sure() -> None:
    assert POLICY.hangover_ms("So I was thinking, um", 0.6) == WORDS.dangling_ms
    assert POLICY.hangover_ms("So I was thinking, um", 0.97) == POLICY.unsure_ms


def test_without_punctuation_the_voice_decides() -> None:
    assert POLICY.hangover_ms("turn off the lights", 0.97) == POLICY.fast_ms
    assert POLICY.hangover_ms("what is the name of the", 0.04) == WORDS.dangling_ms
    assert POLICY.hangover_ms("turn off the lights", 0.5) == POLICY.unsure_ms
    assert POLICY.hangover_ms("", 0.99) == POLICY.unsure_ms  # nothing heard: no fast end


def test_the_early_exit_needs_a_near_certain_voice_and_words_that_do_not_dangle() -> None:
    assert POLICY.early_ms("Is it going to rain tomorrow", 0.99) == POLICY.fast_ms
    assert POLICY.early_ms("Is it going to rain tomorrow", 0.9) is None
    assert POLICY.early_ms("I want to ask you about the", 0.99) is None


# --- with the words' language model (c: how finished the words read) ----------------------------

def test_words_that_read_finished_end_fast_even_when_the_voice_is_unsure() -> None:
    # Smart Turn reads synthetic voices at chance: "What is the capital of Australia?" got 0.11.
    assert POLICY.hangover_ms("What is the capital of Australia?", 0.11, 0.84) == POLICY.fast_ms
    assert POLICY.hangover_ms("What is the capital of Australia?", None, 0.84) == POLICY.fast_ms
    # ...unless the voice clearly objects to words that read only weakly finished
    unsure = POLICY.read_unsure_ms
    weakly = (POLICY.finished_c + POLICY.overrules_c) / 2
    assert POLICY.hangover_ms("What is the capital of Australia?", 0.01, weakly) == unsure
    # Words that read surely finished overrule it: "Thanks, that was helpful." (0.8) waited
    # 1.2 s on Smart Turn's 0.03 for a synthetic voice.
    assert POLICY.hangover_ms("What is the capital of Australia?", 0.01, 0.84) == POLICY.fast_ms
    assert POLICY.hangover_ms("Thanks, that was helpful.", 0.03, 0.8) == POLICY.fast_ms
    assert POLICY.hangover_ms("I want to go to the park.", 0.01, 0.3) == POLICY.statement_ms


def test_a_full_stop_counts_only_when_the_words_are_likely_finished() -> None:
    likely = (POLICY.likely_c + POLICY.finished_c) / 2
    assert POLICY.hangover_ms("Did you have a long day?", None, likely) == POLICY.fast_ms
    assert POLICY.hangover_ms("Did you have a long day", None, likely) == POLICY.read_unsure_ms


def test_a_finished_statement_waits_longer_than_a_question_unless_the_voice_is_sure() -> None:
    # "I want to go to the park | with my dog": finished words, and more to come.
    assert POLICY.hangover_ms("I want to go to the park.", 0.5, 0.2) == POLICY.statement_ms
    assert POLICY.hangover_ms("I want to go to the park.", 0.97, 0.2) == POLICY.fast_ms
    assert POLICY.hangover_ms("Thanks, that was helpful.", 0.5, 0.8) == POLICY.fast_ms  # plainly
    assert POLICY.hangover_ms("Hi there!", 0.5, 0.2) == POLICY.fast_ms  # an exclamation
    assert POLICY.fast_ms < POLICY.statement_ms < POLICY.read_unsure_ms


def test_words_that_read_open_wait_long_even_when_punctuated_as_finished() -> None:
    # Whisper's "How many people live in?" at a hesitation: the model reads it as open.
    assert POLICY.hangover_ms("How many people live in?", 0.5, 0.0) == WORDS.dangling_ms
    assert POLICY.hangover_ms("How many people live in?", 0.97, 0.0) == POLICY.read_unsure_ms


def test_dangling_words_wait_long_whatever_the_language_model_says() -> None:
    assert POLICY.hangover_ms("So I was thinking, um", None, 0.9) == WORDS.dangling_ms


def test_the_early_exit_on_a_partial_that_reads_finished() -> None:
    assert POLICY.early_ms("Is it going to rain tomorrow?", None, 0.9) == POLICY.fast_ms
    assert POLICY.early_ms("I want to go to the park.", None, 0.4) == POLICY.statement_ms
    assert POLICY.early_ms("Thanks, that was helpful.", None, 0.8) == POLICY.fast_ms
    assert POLICY.early_ms("Is it going to rain tomorrow", 0.99, 0.1) is None  # the words decide
    assert POLICY.early_ms("I want to ask you about the", None, 0.9) is None  # dangles
    assert POLICY.early_ms("", None, 0.9) is None


def test_a_last_word_that_starts_where_the_voice_stopped_reads_as_invented() -> None:
    # Whisper's "I left my keys on the table." for "I left my keys on the |": "table" starts
    # where the voice stopped; a spoken last word starts well before it.
    cut = "I left my keys on the table."
    assert POLICY.hangover_ms(cut, 0.5, 0.9, last_word_ms=300) == POLICY.fast_ms
    assert POLICY.hangover_ms(cut, 0.5, 0.9, last_word_ms=20) == WORDS.dangling_ms
    assert POLICY.hangover_ms(cut, 0.97, 0.9, last_word_ms=-40) == POLICY.read_unsure_ms
    assert POLICY.hangover_ms(cut, None, None, last_word_ms=20) == WORDS.dangling_ms
    assert POLICY.hangover_ms(cut, 0.5, 0.9, last_word_ms=None) == POLICY.fast_ms  # unknown
