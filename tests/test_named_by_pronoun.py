""" "I got engaged last weekend!" then "His name's Marco, we've been together five years."
(Ines): asked "What's my fiance called?" the companion said "I don't think you've told me your
fiance's name yet". A name told with a pronoun belongs to whoever the line before spoke of."""

from __future__ import annotations

import pytest

from memory.people import named_by_pronoun


@pytest.mark.parametrize(("before", "said", "named"), [
    ("I got engaged last weekend!", "His name's Marco, we've been together five years.",
     ("family:fiance:marco", "Marco", "The user's fiance is called Marco.")),
    ("We're engaged!", "Her name is Lily.",
     ("family:fiancee:lily", "Lily", "The user's fiancee is called Lily.")),
    ("My new boss is a nightmare.", "She's called Karen.",
     ("family:boss:karen", "Karen", "The user's boss is called Karen.")),
    ("My sister just had a baby and my brother is visiting.", "His name is Omar.",
     ("family:brother:omar", "Omar", "The user's brother is called Omar.")),
    ("I went to the shops.", "His name's Marco.", None),  # nobody was spoken of
    ("My dad is ill.", "His name is on the list.", None),
    ("I got engaged!", "What's his name?", None),
])
def test_a_name_told_with_a_pronoun_names_the_one_spoken_of(before: str, said: str,
                                                             named: object) -> None:
    assert named_by_pronoun(said, before) == named


async def test_the_fiance_named_a_line_later_is_remembered(store) -> None:
    from memory.intents import answer, parse_memory_intent
    from pipeline.recall import Recall

    recall = Recall(store, "ines", session="s1")
    recall.remember("I got engaged last weekend!", "Congratulations!")
    recall.remember("His name's Marco, we've been together five years.", "Five years!")
    await recall.flush()
    intent = parse_memory_intent("What's my fiancé called?")
    assert intent is not None
    assert answer(intent, store, "ines") == "Your fiance is called Marco."


def test_a_fiancee_told_with_its_accent_is_still_found() -> None:
    """Questions are spelt without the accent ("fiancé" -> "fiance"), so a fact told with it
    ("My fiancée Lily...") must be read the same way, or it is never found."""
    from datetime import datetime

    from memory.extract import extract_facts
    from memory.hits import Hit
    from memory.intents import parse_memory_intent
    from memory.own_facts import own_fact_answer

    now = datetime(2026, 12, 3, 20, 0)
    told = [Hit(i, f.text, 1.0, "fact", now, [i]) for i, f in enumerate(
        extract_facts("My fiancée Lily is lovely. My fiancée Lily lives in Leeds.", now))]
    named = parse_memory_intent("What's my fiancée called?")
    lives = parse_memory_intent("Where does my fiancée live?")
    assert named is not None and lives is not None
    assert own_fact_answer(named.topic, told) == "Your fiancee is called Lily."
    assert own_fact_answer(lives.topic, told) == "Your fiancee lives in Leeds."


async def test_what_is_told_of_someone_by_name_is_kept_under_who_they_are(store) -> None:
    """ "Oliver is in the army and he's being sent abroad next month." (Margaret, of the grandson
    she named a line before) was kept under "Oliver" only: "What does my grandson do?" got "Your
    grandson Oliver is a computer programmer."."""
    from pipeline.recall import Recall

    recall = Recall(store, "margaret", session="s1")
    recall.remember("I'm seventy-six and my grandson Oliver just set up this tablet for me.", "")
    recall.remember("Oliver is in the army and he's being sent abroad next month.", "")
    recall.remember("I think Oliver is wonderful.", "")
    await recall.flush()
    facts = [hit.text for hit in store.facts("margaret")]
    assert "The user's grandson Oliver is in the army and he's being sent abroad next month." \
        in facts
    assert not any("wonderful" in fact for fact in facts)
