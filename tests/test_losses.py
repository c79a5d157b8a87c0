"""Pearl told it "My husband Arthur died two years ago."; the next day "I had fish and chips on
the pier, Arthur's favourite." got "How are things going with Arthur?": who the user has lost
is kept, told to the model, and no reply asks after them."""

from __future__ import annotations

import pytest

from memory.losses import losses_told
from pipeline.late import loss_hint, remembering_reply, speaks_of_late_as_alive
from pipeline.user_profile import UserProfile, system_prompt
from tests.steer_checks import shape


@pytest.mark.parametrize(("said", "who"), [
    ("My husband Arthur died two years ago.", "husband Arthur"),
    ("I lost my wife Jean last spring.", "wife Jean"),
    ("My late husband Arthur loved the sea.", "husband Arthur"),
    ("My late wife, Mary, loved roses.", "wife Mary"),
    ("My mum passed away in March.", "mum"),
    ("My nan passed last year.", "nan"),
    ("Since Dad died I have been on my own.", "dad"),
    ("I lost my mum to cancer.", "mum"),
    ("Our dog Max had to be put down last week.", "dog Max"),
    ("My best friend Sam died.", "best friend Sam"),
])
def test_a_loss_is_kept_with_who_it_was(said: str, who: str) -> None:
    assert [value for _, value, _ in losses_told(said)] == [who]


@pytest.mark.parametrize("said", [
    "My phone died.", "My dad nearly died.", "My mum passed her driving test.",
    "I lost my dad's watch.", "I lost my dog in the park today.", "I lost my job.",
    "I thought my cat would die.", "I had fish and chips on the pier, Arthur's favourite.",
])
def test_other_lines_are_no_losses(said: str) -> None:
    assert losses_told(said) == []


PEARL = UserProfile(name="Pearl", late=("husband Arthur",))


@pytest.mark.parametrize(("clause", "asks"), [
    ("How are things going with Arthur?", True),
    ("How is Arthur doing these days?", True),
    ("How's your husband?", True),
    ("Say hi to Arthur for me!", True),
    ("Is Arthur still working?", True),
    ("Did Arthur like the seaside?", False),  # asked about him, in the past
    ("What was Arthur's favourite thing about the pier?", False),
    ("Arthur sounds like he was a lovely man.", False),
    ("How are you feeling today?", False),
    ("It sounds like you had a fun time with your husband.", True),  # he died two years ago
    ("How did Arthur pass away?", True),
])
def test_asking_after_someone_who_died(clause: str, asks: bool) -> None:
    assert speaks_of_late_as_alive(clause, PEARL.late) is asks
    assert not speaks_of_late_as_alive(clause, ())


def test_the_model_is_told_and_reminded_when_they_are_spoken_of() -> None:
    assert "lost their husband Arthur" in system_prompt("You are Juniper.", PEARL)
    assert "lost" not in system_prompt("You are Juniper.", UserProfile(name="Pearl"))
    assert "Arthur died" in loss_hint("I had fish and chips on the pier, Arthur's favourite.",
                                      PEARL)
    assert loss_hint("I had fish and chips on the pier.", PEARL) == ""


@pytest.mark.parametrize(("said", "tone", "opener"), [
    ("I had fish and chips on the pier, Arthur's favourite.", "neutral",
     "Oh{name}, what a lovely way to remember him. Tell me more about him."),
    ("Arthur always made a roast on Sundays.", "happy",
     "Oh{name}, what a lovely memory of him. Tell me more about him."),
    ("I miss Arthur so much.", "sad", ""),  # a feeling: its own opener
    ("Do you remember Arthur?", "neutral", ""),  # a question: answered
    ("I had fish and chips on the pier.", "neutral", ""),
])
def test_a_calm_memory_of_them_is_met_as_one(said: str, tone: str, opener: str) -> None:
    assert remembering_reply(said, PEARL, tone) == opener
    assert remembering_reply(said, UserProfile(name="Pearl"), tone) == ""


def test_a_reply_never_asks_after_them() -> None:
    from pipeline.speakable import ReplyShaper

    shaper = ReplyShaper(user="Pearl", said="I had fish and chips on the pier.",
                         late=PEARL.late)
    said = shaper.feed(["That sounds like a lovely day, Pearl.",
                        "How are things going with Arthur?"])
    said += shaper.finish()
    assert said == ["That sounds like a lovely day, Pearl."]
    reply = "That sounds like a lovely day. How are things going with Arthur?"
    assert shape(reply, "I had fish and chips on the pier.") == reply  # nobody lost: as before


async def test_told_in_one_session_the_next_one_knows(store) -> None:
    from pipeline.recall import Recall
    from pipeline.user_profile import user_profile
    from tests.test_reply_wiring import chat, conversation

    first = Recall(store, "pearl", session="one")
    first.remember("My husband Arthur died two years ago.", "I'm so sorry, Pearl.")
    await first.flush()
    profile = user_profile(store.facts("pearl"))
    assert profile.late == ("husband Arthur",)

    conv, llm = conversation("That sounds lovely, Pearl. How are things going with Arthur?")
    conv.thinker.recall = Recall(store, "pearl", session="two")
    assert await chat(conv, "I had fish and chips on the pier, Arthur's favourite.") == \
        "That sounds lovely, Pearl."
    prompt = "\n".join(m["content"] for m in llm.prompts[-1])
    assert "lost their husband Arthur" in prompt
    assert "Remember: the user's husband Arthur died" in prompt
    # told back gently when asked what it remembers
    said = await conv.thinker.recall.answer(
        conv.thinker.recall.intent("What do you remember about me?"))
    assert "you lost your husband Arthur" in said


async def test_spoken_of_the_next_day_they_are_remembered_not_asked_after(store) -> None:
    from pipeline.recall import Recall
    from tests.test_reply_wiring import chat, conversation

    first = Recall(store, "pearl", session="one")
    first.remember("My husband Arthur died two years ago.", "I'm so sorry, Pearl.")
    await first.flush()
    conv, llm = conversation("It sounds like you had a fun time with your husband.",
                             continues=True)
    conv.thinker.recall = Recall(store, "pearl", session="two")
    reply = await chat(conv, "I had fish and chips on the pier, Arthur's favourite.")
    assert reply == "Oh, what a lovely way to remember him. Tell me more about him."


def test_the_whole_reply_passes_the_quality_checks() -> None:
    from tests.steer_checks import shape
    from tools.quality_bench.checks import judge
    from tools.quality_bench.context import Context
    from tools.quality_bench.lines import Line

    alf = UserProfile(name="Alf", late=("wife Doris",))
    said = "Doris always made a roast on Sundays."
    reply = remembering_reply(said, alf, "neutral").format(name=", Alf")
    assert reply == "Oh, Alf, what a lovely memory of her. Tell me more about her."
    assert shape(reply, said, "Alf") == reply
    assert all(judge(reply, Context(Line(said, late=("Doris",)), (), True, "Alf")).values())


async def test_a_loss_told_this_session_counts_from_the_next_line() -> None:
    """The system prompt holds the losses of earlier sessions only (it is a cached prefix): told
    now, "How are things going with Arthur?" two lines on was said as it was."""
    from tests.test_reply_wiring import chat, conversation

    conv, llm = conversation("That sounds lovely. How are things going with Arthur?")
    await chat(conv, "My husband Arthur died two years ago.")
    assert await chat(conv, "I had fish and chips on the pier, Arthur's favourite.") == \
        "That sounds lovely."
    assert "Remember: the user's husband Arthur died" in "\n".join(
        m["content"] for m in llm.prompts[-1])
