"""The user's quoted words, found in the notes, and told apart from the companion's own."""

from __future__ import annotations

from pipeline.own_life import TheirWords, quotes_in


def test_quotes_are_the_recalled_lines_not_a_hints_words() -> None:
    notes = ["What Sam told you before:",
             '- Monday: "I have a really long day at work and I\'m exhausted."',
             '- Today: "My boss said "no" again."',
             'Be gentle: say "I\'m here for you" and ask one question.']
    assert quotes_in(notes) == ("I have a really long day at work and I'm exhausted.",
                                'My boss said "no" again.')
    assert quotes_in(["\n".join(notes)]) == quotes_in(notes)  # the history's notes: one message


def test_a_clause_is_borrowed_when_its_first_person_and_words_are_theirs() -> None:
    theirs = TheirWords(["My boss yelled at me in front of everyone today."])
    assert theirs.said_as_ours("My boss yelled at me in front of everyone,")
    assert not theirs.said_as_ours("Your boss yelled at you in front of everyone?")
    assert not theirs.said_as_ours("My goodness, in front of everyone?")  # "my goodness" is ours
    assert not TheirWords(["I love the mountains."]).said_as_ours(
        "I love that you hike in the mountains!")
    assert not TheirWords([]).said_as_ours("My boss yelled at me in front of everyone,")


async def test_a_recalled_quote_the_model_says_as_its_own_is_not_spoken() -> None:
    """Found live: "Have you today?" (misheard) got "Yes, I have a really long day at work and
    I'm exhausted.", a line of the user's from another day that the notes quoted."""
    from pipeline.recall import Recall
    from pipeline.speakable import FALLBACK
    from tests.test_prefill import Memories
    from tests.test_reply_wiring import chat, conversation

    parroted = "Yes, I have a really long day at work and I'm exhausted."
    recalled = Memories({"day": (1, "I have a really long day at work and I'm exhausted.", 0.7)})
    conv, llm = conversation(parroted)
    conv.thinker.recall = Recall(recalled, "default", session="now")  # type: ignore[arg-type]
    assert await chat(conv, "Have you had a good day?") == FALLBACK
    assert "long day at work" in llm.prompts[-1][-2]["content"]  # it was in the notes
    # ...and in the next turn's prompt, from the history's notes, once the store no longer has it
    conv.thinker.recall = Recall(Memories({}), "default", session="now")  # type: ignore[arg-type]
    assert await chat(conv, "Have you had a good day?") == FALLBACK
    conv, _ = conversation(parroted)  # nothing recalled: the model's words are its own
    assert await chat(conv, "Have you had a good day?") == parroted


def test_a_deed_in_the_world_is_not_promised() -> None:
    """ "Her sister might take her for a weekend so I can rest." (Ahmed) got "That's a good idea.
    I'll make sure to take her for a weekend so you can rest."."""
    from tests.test_speakable import shape

    said = "Her sister might take her for a weekend so I can rest."
    spoken = shape("That's a good idea. I'll make sure to take her for a weekend so you can rest.",
                   said)
    assert spoken.strip() == "That's a good idea.", spoken
    kept = "That's a good idea. I'll be thinking of you both."
    assert shape(kept, said).strip() == kept
    assert shape("I'll come over and help.", said).strip()  # the reply's first words stay
