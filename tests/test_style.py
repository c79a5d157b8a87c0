"""Lou said "Please stop asking me so many questions." and every later reply still ended with
a question: a way of talking asked for is kept (a fact, for later sessions too) and held to."""

from __future__ import annotations

import pytest

from pipeline.style import style_asked
from pipeline.user_profile import user_profile
from tests.steer_checks import shape


@pytest.mark.parametrize(("said", "style"), [
    ("Please stop asking me so many questions.", "fewer"),
    ("Honestly, stop with the questions.", "fewer"),
    ("No more questions please.", "fewer"),
    ("Can you stop asking me so many questions, please.", "fewer"),
    ("You can ask me questions again.", "usual"),
    ("I don't mind questions.", "usual"),
    # not requests
    ("Why do you ask so many questions?", ""),
    ("I had no more questions for the doctor.", ""),
    ("The kids never stop asking questions.", ""),
    ("My teacher asks too many questions.", ""),
])
def test_a_way_of_talking_asked_for(said: str, style: str) -> None:
    assert style_asked(said) == style


def test_with_no_questions_asked_for_the_reply_has_none() -> None:
    from pipeline.speakable import ReplyShaper, speakable_reply

    async def words(text: str):  # type: ignore[no-untyped-def]
        for word in text.split(" "):
            yield word + " "

    async def said(text: str, questions: int) -> str:
        return " ".join([c async for c in speakable_reply(
            words(text), lambda: ReplyShaper(said="The poorly dog pulled through!",
                                             questions=questions))]).strip()

    import asyncio
    reply = "That's wonderful news, Lou! How did the dog do?"
    assert asyncio.run(said(reply, 1)) == reply
    assert asyncio.run(said(reply, 0)) == "That's wonderful news, Lou!"
    # a reply that is only a question is said rather than nothing
    assert asyncio.run(said("How was your day?", 0)) == "How was your day?"
    assert shape(reply, "The poorly dog pulled through!") == reply  # as before by default


async def test_the_request_is_kept_for_later_sessions(store) -> None:
    from pipeline.recall import Recall
    from pipeline.style import restyled
    from pipeline.user_profile import UserProfile

    recall = Recall(store, "lou", session="one")
    intent = recall.intent("Please stop asking me so many questions.")
    assert intent is not None and Recall.changes_memory(intent) and intent.action == "style"
    held, fact, said = restyled(UserProfile(), intent.topic)
    assert held.fewer_questions and said == \
        "Of course. No more questions from me, I'll just listen."
    await recall.keep_style(fact)
    assert user_profile(store.facts("lou")).fewer_questions
    held, fact, said = restyled(held, "usual")
    assert not held.fewer_questions
    assert said == "Okay, good to know. I'll ask when I'm curious, then."
    await recall.keep_style(fact)
    assert not user_profile(store.facts("lou")).fewer_questions


async def test_in_a_conversation_the_replies_stop_asking(store) -> None:
    from pipeline.recall import Recall
    from tests.test_reply_wiring import chat, conversation

    conv, llm = conversation("That sounds like a busy day. How was it?")
    conv.thinker.recall = Recall(store, "lou", session="one")
    assert await chat(conv, "Work was long, I'm a vet nurse.") == \
        "That sounds like a busy day. How was it?"
    assert await chat(conv, "Please stop asking me so many questions.") == \
        "Of course. No more questions from me, I'll just listen."
    assert await chat(conv, "We had a really poorly dog in today.") == \
        "That sounds like a busy day."
    await conv.thinker.recall.flush()

    conv, llm = conversation("That's great to hear! How did the dog do?")  # the next day
    conv.thinker.recall = Recall(store, "lou", session="two")
    assert await chat(conv, "The poorly dog pulled through!") == "That's great to hear!"


async def test_with_a_full_disk_it_still_holds_for_the_session(store, monkeypatch) -> None:
    from memory import MemoryWriteError
    from pipeline.recall import Recall
    from tests.test_reply_wiring import chat, conversation

    def full(*args: object, **kwargs: object) -> None:
        raise MemoryWriteError("database or disk is full")

    monkeypatch.setattr(store, "add_fact", full)
    conv, llm = conversation("That sounds like a busy day. How was it?")
    conv.thinker.recall = Recall(store, "lou", session="one")
    assert await chat(conv, "Please stop asking me so many questions.") == \
        "Of course. No more questions from me, I'll just listen."
    assert await chat(conv, "Work was long, I'm a vet nurse.") == "That sounds like a busy day."


@pytest.mark.parametrize(("said", "style"), [
    ("Could you speak a bit slower please?", "slower"),  # Edna, hard of hearing
    ("You're talking too fast.", "slower"),
    ("slow down!", "slower"),
    ("Speak more slowly, love.", "slower"),
    ("Still a bit fast, love. Slow down.", "slower"),
    ("Too fast!", "slower"),
    ("Can you speak faster?", "faster"),
    ("you talk too slowly", "faster"),
    ("You can speak at your normal speed again.", "pace"),
    # not requests
    ("I need to slow down at work.", ""),
    ("My boss talks too fast.", ""),
    ("The traffic was too fast for me.", ""),
    ("I had to slow down on the motorway.", ""),
    ("I wish my boss would speak more slowly.", ""),
    ("Can you please speak slower", "slower"),
])
def test_a_pace_asked_for(said: str, style: str) -> None:
    assert style_asked(said) == style


def test_each_request_moves_the_pace_one_step_and_says_so() -> None:
    from pipeline.style import paced

    slower, fact, said = paced("slower", 1.0)
    assert slower < 1.0 and fact is not None and said == "Of course. I'll slow down."
    slowest, _, _ = paced("slower", slower)
    assert slowest < slower
    assert paced("slower", slowest)[1:] == (None, "I'm going as slowly as I can. Tell me if "
                                            "anything isn't clear.")
    assert paced("faster", slower)[0] == 1.0 and paced("pace", slowest)[0] == 1.0


class PacedTTS:
    """The fake voice, remembering the length_scale (duration per phoneme) of each text."""

    def __init__(self, tts: object) -> None:
        self.tts, self.scales = tts, []  # type: ignore[var-annotated]

    def __getattr__(self, name: str) -> object:
        return getattr(self.tts, name)

    def stream(self, text: str, length_scale: float | None = None):  # type: ignore[no-untyped-def]
        self.scales.append(length_scale)
        return self.tts.stream(text, length_scale)  # type: ignore[attr-defined]


async def test_the_voice_slows_down_and_stays_slow_the_next_day(store) -> None:
    """Edna got "Sure, I'll do my best to speak more slowly." in the same voice as before."""
    from pipeline.recall import Recall
    from tests.test_reply_wiring import conversation, spoken

    async def scale_of(conv, text: str) -> float:  # type: ignore[no-untyped-def]
        voice = PacedTTS(conv.speaker.tts)
        conv.speaker.tts = voice
        await spoken(conv, text)
        return voice.scales[-1]

    conv, _ = conversation("Nice to meet you, Edna.")
    conv.thinker.recall = Recall(store, "edna", session="one")
    usual = await scale_of(conv, "Hello, I'm Edna.")
    slower = await scale_of(conv, "Could you speak a bit slower please?")
    assert slower > usual  # piper's length_scale: longer is slower
    assert await scale_of(conv, "I had toast for breakfast.") == slower
    from tests.fakes import RecordingSink
    voice = PacedTTS(conv.speaker.tts)
    conv.speaker.tts = voice
    await conv.say("The oven timer has finished.", RecordingSink())  # an announcement too
    assert voice.scales == [slower]
    await conv.thinker.recall.flush()

    conv, _ = conversation("Morning, Edna.")  # the next day, a new process
    conv.thinker.recall = Recall(store, "edna", session="two")
    assert await scale_of(conv, "Morning!") == slower
    assert await scale_of(conv, "You can speak at your normal speed again.") == usual


async def test_words_said_without_the_model_keep_the_pace() -> None:
    from pipeline.context import Timeline, TurnContext
    from pipeline.think_stage import Fixed, Script

    for source in (Script(0.85), Fixed("Sorry, I didn't quite catch that.", 0.85)):
        ctx = TurnContext("Dinner's ready.", Timeline(0.0))
        said = [piece async for piece in source.reply("Dinner's ready.", ctx)]
        assert said and ctx.affect.speaking_rate == 0.85
