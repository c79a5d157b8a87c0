"""Hellos, thanks, goodbyes and requests tell nothing about the user: they are not recalled, and
a line made only of them recalls nothing (each note is ~20 prompt tokens read while the user
waits, and "Hi! My name is Sam." recalled for "Hi there!" only confuses the model)."""

from __future__ import annotations

import pytest

from memory.small_talk import asks, tells_something, worth_a_search


@pytest.mark.parametrize("line", [
    "Thanks, that helps. Bye.", "Hi, it's me again.", "Okay. Thanks for listening. Night.",
    "Right, that's enough for today. Cheerio.", "Hi there, I'm Nadia.", "By the way, I'm Aisha.",
    "can you tell me a joke", "Tell me something interesting.", "Thanks for being there.",
])
def test_lines_that_tell_nothing(line: str) -> None:
    assert not tells_something(line)


@pytest.mark.parametrize("line", [
    "I'm tired.", "Hey! I'm Lena, I study biology.", "My dog is called Biscuit.",
    "Can you remember that my dentist is on Friday", "Okay, I need to get ready for my shift. Bye.",
    "I love hiking in the Dales at the weekend.",
])
def test_lines_that_tell_something(line: str) -> None:
    assert tells_something(line)


@pytest.mark.parametrize("line,search", [
    ("Hi there!", False), ("How are you today?", False), ("Okay, goodbye for now.", False),
    ("Thanks, that was helpful.", False), ("Good morning.", False),
    ("What did we talk about?", True), ("What's my dog called?", True), ("What's my name?", True),
    ("Do you like music?", True), ("Tell me about my sister.", True),
])
def test_which_lines_search_memory(line: str, search: bool) -> None:
    assert worth_a_search(line) == search


async def test_a_goodbye_recalls_no_goodbyes_and_a_question_gets_no_small_talk(store) -> None:
    """With the real store and embedder: earlier goodbyes and thanks are stored, never noted."""
    from pipeline.recall import Recall

    earlier = Recall(store, "sam", session="one")
    for line in ("Thanks, that helps. Bye.", "Okay. Thanks for listening. Night.",
                 "Hi! My name is Sam.", "My dog Biscuit loves the beach.",
                 "Can you tell me a joke about dogs"):
        earlier.remember(line, "Okay.")
    await earlier.flush()
    assert len(store.search("thanks bye", 10, "sam")) >= 2  # stored all the same

    later = Recall(store, "sam", session="two")
    assert await later.hits("Okay, thanks, bye for now.") == []
    notes = await later.notes("Thanks! Does my dog like the beach, do you remember?")
    assert any("Biscuit" in note for note in notes), notes
    assert not any("Bye" in note or "joke" in note or "Sam." in note for note in notes), notes


@pytest.mark.parametrize("line,question", [
    ("what year did the first iphone come out", True), ("who did i come out to", True),
    ("how many legs does a spider have", True), ("is it going to rain tomorrow", True),
    ("whats the weather like", True), ("so what do you think", True),
    ("Where is my phone?", True),
    ("when i was little i had a dog", False), ("what i need is sleep", False),
    ("had a long day", False), ("did my first 5k today", False), ("How lovely that was", False),
    ("I was wondering what to cook", False), ("what a day", False),
])
def test_questions_with_or_without_their_mark(line: str, question: bool) -> None:
    assert asks(line) == question


async def test_an_unmarked_question_is_no_note_about_them(store) -> None:
    """Rory typed "what year did the first iphone come out" without its question mark, and "who
    did i come out to?" days later recalled it (and got "You came out to the world in 2007.")
    instead of what they had told."""
    from pipeline.recall import Recall

    earlier = Recall(store, "rory", session="one")
    for line in ("i came out to my best friend today and she was really nice about it",
                 "what year did the first iphone come out"):
        earlier.remember(line, "Okay.")
    await earlier.flush()
    notes = await Recall(store, "rory", session="two").notes("who did i come out to?")
    assert any("best friend" in note for note in notes), notes
    assert not any("iphone" in note for note in notes), notes
