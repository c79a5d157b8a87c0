"""What we talked about last time is told back from memory: "What did we talk about last time?"
(Rosa, the day after telling of her sister's visit and asking for a paella recipe) got "Last
time we talked, You shared some exciting news about her new job.", made up."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from memory.intents import Intent, answer, parse_memory_intent
from memory.last_talk import asked_back

NOW = datetime(2026, 12, 5, 10, 0)


@pytest.mark.parametrize(("said", "topic"), [
    ("What did we talk about last time?", "last time"),
    ("Do you remember what I asked you yesterday?", "yesterday"),
    ("What did I tell you yesterday?", "yesterday"),
    ("Can you remind me what we talked about last time?", "last time"),
])
def test_asked_what_we_talked_about(said: str, topic: str) -> None:
    assert parse_memory_intent(said) == Intent("recall_last_talk", topic)


@pytest.mark.parametrize("said", ["What did we talk about?",  # this conversation: the model
                                  "What did I say about my sister?"])
def test_other_memory_questions_are_not_it(said: str) -> None:
    intent = parse_memory_intent(said)
    assert intent is None or intent.action != "recall_last_talk"


@pytest.mark.parametrize(("asked", "back"), [
    ("Can you recommend a good paella recipe?", "to recommend a good paella recipe"),
    ("Could you tell me a joke?", "to tell you a joke"),
    ("Are you a real person?", "whether I'm a real person"),
    ("Will you remember this tomorrow?", "whether I'd remember this tomorrow"),
    ("Who else can hear what I tell you?", None),  # not said back wrong
])
def test_a_question_said_back(asked: str, back: str | None) -> None:
    assert asked_back(asked) == back


def _talked(store, session: str, when: datetime, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    for i, line in enumerate(lines):
        store.add(line, "user", session, when + timedelta(minutes=i), profile="rosa")
        store.add("Oh, lovely.", "assistant", session, when + timedelta(minutes=i, seconds=5),
                  profile="rosa")


def test_the_last_conversation_is_told_back(store) -> None:
    _talked(store, "monday", NOW - timedelta(days=5), ["My cat Pip is fifteen now."])
    _talked(store, "friday", NOW - timedelta(days=1), [
        "Hi, I'm Rosa.", "My sister Lucia is visiting from Madrid next week.",
        "Can you recommend a good paella recipe?", "Thanks, bye."])
    _talked(store, "today", NOW, ["Hi, it's Rosa."])
    said = answer(Intent("recall_last_talk", "last time"), store, "rosa", now=NOW,
                  session="today")
    assert said == ("You told me yesterday that your sister Lucia is visiting from Madrid next "
                    "week and you asked me to recommend a good paella recipe.")
    assert "Pip" not in said  # an older conversation
    assert answer(Intent("recall_last_talk", "yesterday"), store, "rosa", now=NOW,
                  session="today") == said


def test_no_talk_yesterday_says_so_and_tells_the_last(store) -> None:
    _talked(store, "monday", NOW - timedelta(days=5), ["My cat Pip is fifteen now."])
    said = answer(Intent("recall_last_talk", "yesterday"), store, "rosa", now=NOW,
                  session="today")
    assert said.startswith("We didn't talk yesterday, but you told me on") and "Pip" in said
    assert answer(Intent("recall_last_talk", "last time"), store, "nobody", now=NOW,
                  session="today").startswith("I don't remember us talking before.")


async def test_in_a_conversation_the_model_is_not_asked(store) -> None:
    from pipeline.recall import Recall
    from tests.test_reply_wiring import chat, conversation

    _talked(store, "before", datetime.now() - timedelta(days=1),
            ["My sister Lucia is visiting from Madrid next week."])
    conv, llm = conversation("Last time we talked, You shared some exciting news about her "
                             "new job.")  # what the 1.5B said
    conv.thinker.recall = Recall(store, "rosa", session="now")
    reply = await chat(conv, "What did we talk about last time?")
    assert "your sister Lucia is visiting from Madrid" in reply and "job" not in reply
    assert llm.prompts == []


def test_their_we_is_told_back_as_you_and_a_goodnight_is_left_out(store) -> None:
    """Sami heard "You told me yesterday that we lost a patient that night ... and that you
    should try and sleep. Night.": the companion lost no patient."""
    _talked(store, "night", NOW - timedelta(days=1), [
        "Hi, I'm Sami, I'm a nurse.", "We lost a patient tonight.", "I can't switch off.",
        "I should try and sleep. Night."])
    said = answer(Intent("recall_last_talk", "yesterday"), store, "rosa", now=NOW,
                  session="today")
    assert said == ("You told me yesterday that you lost a patient last night and that you "
                    "can't switch off.")


def test_a_question_about_it_told_back_is_no_claim_to_be_a_person() -> None:
    from tools.quality_bench.care import honest_about_itself
    from tools.quality_bench.context import Context
    from tools.quality_bench.lines import Line

    ctx = Context(Line("Do you remember what I asked you yesterday?"), (), False, "Sam")
    assert honest_about_itself("Yesterday, you asked me whether I'm a real person.", ctx)
    assert not honest_about_itself("Yes, I am a real person.", ctx)
