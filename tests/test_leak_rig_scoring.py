"""How the leak rig tells the user's questions from the companion hearing itself (pure logic)."""

from __future__ import annotations

from tests.leak_rig import INTERRUPT, QUESTIONS
from tests.leak_score import _exchanges, classify, just_asked

ASKED = QUESTIONS


def test_a_question_heard_a_bit_wrong_is_still_the_question() -> None:
    assert classify("What color is most kind of clear day?", ASKED, "") == QUESTIONS[2]
    assert classify("How many legs does that I don't have?", ASKED, "") == QUESTIONS[1]
    # "Stop." lost under the reply, and whisper's digits: still the user's question.
    assert classify("What if 2 plus 2?", [*ASKED, INTERRUPT], "The Roman Empire") == INTERRUPT


def test_a_garbled_question_just_asked_is_the_question_unless_it_echoes_the_reply() -> None:
    garbled = "What color is most kind of Clio T?"
    assert classify(garbled, ASKED, "A spider has eight legs.") == "self"  # out of context
    assert classify(garbled, ASKED, "A spider has eight legs.", QUESTIONS[2]) == QUESTIONS[2]
    misheard = "How many land can start at five or half?"  # whisper tiny, one espeak voice
    assert classify(misheard, ASKED, "Paris.", QUESTIONS[1]) == "self"  # a later line
    assert classify(misheard, ASKED, "Paris.", QUESTIONS[1], first=True) == QUESTIONS[1]
    echo = "the capital of Francis Paris."
    assert classify(echo, ASKED, "The capital of France is Paris.", QUESTIONS[0]) == "self"
    assert classify(echo, ASKED, "The capital of France is Paris.", QUESTIONS[0], True) == "self"


def test_its_own_reply_heard_back_is_a_self_answer() -> None:
    reply = "The capital of France is Paris."
    assert classify("the capital of Francis Paris.", ASKED, reply) == "self"
    assert classify("The cow man, he lands as either have.", ASKED, "The sky is blue.") == "self"


def test_backchannels_and_noise_are_noise() -> None:
    for heard in ("Mm-hmm.", "Okay.", "And anthem"):
        assert classify(heard, ASKED, "Once upon a time there was a dragon.") == "noise"


def test_a_reply_answers_the_latest_open_line() -> None:
    lines = [(0, "you", "q1"), (1, "juniper", "a1"), (2, "you", "echo of a1"),
             (3, "you", "q2"), (4, "juniper", "a2")]
    assert _exchanges(lines) == [("q1", True, ""), ("echo of a1", False, "a1"),
                                 ("q2", True, "a1")]


def test_a_line_belongs_to_the_question_started_before_it_even_before_its_wav_ended() -> None:
    asked = [("What is the capital of France?", 10.0, 12.5),
             ("What colour is the sky on a clear day?", 20.0, 23.0)]  # the WAV ends at 23.0
    heard_at = [12.3, 22.8, 30.0]
    assert just_asked(asked, heard_at, 12.3) == ("What is the capital of France?", True)
    assert just_asked(asked, heard_at, 22.8) == ("What colour is the sky on a clear day?", True)
    assert just_asked(asked, heard_at, 30.0) == (None, False)  # long after: nobody asked it
    assert just_asked(asked, [21.0, 22.8], 22.8) == ("What colour is the sky on a clear day?",
                                                     False)
