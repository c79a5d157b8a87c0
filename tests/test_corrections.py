""" "My sister Joanne lives in York." then "Sorry, I meant she lives in Leeds, not York.": three
days later "Where does my sister live?" got "Your sister lives in York."; after "Actually she
prefers Jo, not Joanne.", "What's my sister called?" got "Your sister is called Joanne.". A
spoken correction must stick, as it does with a person."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from memory.corrections import Corrected, Correction, acknowledge, parse_correction, resolve_old
from memory.intents import answer, parse_memory_intent

T0 = datetime(2026, 5, 4, 10, 0)  # a Monday


@pytest.mark.parametrize(("said", "new", "old", "naming"), [
    ("Sorry, I meant she lives in Leeds, not York.", "Leeds", "York", False),
    ("Actually she prefers Jo, not Joanne.", "Jo", "Joanne", True),
    ("No, my dog's called Max, not Mac.", "Max", "Mac", True),
    ("no, my dog's called max, not mac", "max", "mac", True),  # typed in lowercase
    ("Sorry, I meant Tuesday, not Thursday.", "Tuesday", "Thursday", False),
    ("Actually it's Leeds, not York.", "Leeds", "York", False),
    ("Not York, Leeds.", "Leeds", "York", False),
    ("No, not Sunday, Saturday.", "Saturday", "Sunday", False),
    ("I said York but I meant Leeds.", "Leeds", "York", False),
    ("I said Thursday, I meant Tuesday.", "Tuesday", "Thursday", False),
    ("Leeds, not York.", "Leeds", "York", False),
    ("It's Leeds not York.", "Leeds", "York", False),
    ("Oops. Sorry, I meant New York, not York.", "New York", "York", False),
    ("My sister is called Jo, not Joanne.", "Jo", "Joanne", True),
    ("Call me Jo, not Joanna.", "Jo", "Joanna", True),
    # Y is in the line just said: found there when the correction is applied
    ("Sorry, I meant Leeds.", "Leeds", "", False),
    ("I meant she lives in Leeds.", "Leeds", "", False),
    ("Call her Jo.", "Jo", "", True),
    ("She goes by Jo.", "Jo", "", True),
    ("Her name's actually Jo.", "Jo", "", True),
])
def test_a_correction_says_what_is_meant_instead_of_what(said: str, new: str, old: str,
                                                        naming: bool) -> None:
    found = parse_correction(said)
    assert found is not None, said
    assert (found.new, found.old, found.naming) == (new, old, naming)


@pytest.mark.parametrize("said", [
    "I'm not tired, just bored.", "It's not York I'm worried about.", "Not now.",
    "not bad, thanks", "Not really, no.", "Not today, thanks.", "Not me, my sister.",
    "I'm not sure, not really.", "I'm happy, not sad.", "I meant what I said.",
    "I meant to call you.", "I meant it.", "I mean Tuesday", "Call her tomorrow.",
    "Call her Mum.", "She prefers tea.", "Is it Leeds, not York?",
    "Call me Jo.",  # the user's own name: the rules keep it as a fact anyway
    "We went to Leeds, not York, last year.", "I'm going to Leeds not York",
    "I work as a nurse, not a teacher.", "Not Thursday, no.", "My sister Joanne lives in York.",
    # a correction and then more to answer: the model answers the line
    "Sorry, Leeds not York. Anyway I had an awful day at work today.",
    "Sorry, I meant Leeds, not York. Have you ever been?",
])
def test_other_lines_are_no_corrections(said: str) -> None:
    assert parse_correction(said) is None


def test_a_contrast_told_without_a_cue_corrects_only_what_it_contrasts() -> None:
    """ "I love Paris, not London." corrects a "love London", never "I went to London"."""
    found = parse_correction("I love Paris, not London.")
    assert found is not None and found.strict and found.context == "I love"
    assert not parse_correction("Sorry, I meant Leeds, not York.").strict  # type: ignore[union-attr]


@pytest.mark.parametrize(("said", "before", "old"), [
    ("Sorry, I meant Leeds.", "My sister Joanne lives in York.", "York"),  # Joanne: a name
    ("I meant she lives in Leeds.", "My sister Joanne lives in York.", "York"),
    ("Sorry, I meant Tuesday.", "My dentist appointment is on Thursday.", "Thursday"),
    ("Call her Jo.", "My sister Joanne lives in York.", "Joanne"),
    ("No, I meant Max.", "My dog Mac is poorly.", "Mac"),
    ("Call her Peggy.", "My mum Margaret lives in Hull.", "Margaret"),
    ("Sorry, I meant Leeds.", "My sister Joanne lives in York and Sam lives in Hull.", ""),
    ("Sorry, I meant Tuesday.", "I went to York on Thursday.", "Thursday"),
    ("Sorry, I meant Tuesday.", "I love it here.", ""),
])
def test_what_is_corrected_is_found_in_the_line_before(said: str, before: str, old: str) -> None:
    correction = parse_correction(said)
    assert correction is not None
    assert resolve_old(correction, before, {"joanne", "margaret", "mac", "sam"}) == old


def test_the_reply_acknowledges_plainly() -> None:
    assert acknowledge(Corrected("Leeds", "York", False, (1,))) == "Ah, Leeds, not York. Got it."
    assert acknowledge(Corrected("Jo", "Joanne", True, (1,))) == "Jo it is. Thanks for telling me."


def ask(store, question: str, profile: str = "me") -> str:
    intent = parse_memory_intent(question)
    assert intent is not None, question
    return answer(intent, store, profile)


@pytest.mark.e2e
def test_the_sister_s_home_and_name_stay_corrected(store) -> None:
    store.add("My sister Joanne lives in York.", session="one", timestamp=T0, profile="me")
    store.add("Oh nice, York is lovely.", role="assistant", session="one", timestamp=T0,
              profile="me")
    assert ask(store, "Where does my sister live?") == "Your sister lives in York."
    joanne = {h.text: h.id for h in store.facts("me")}["The user's sister is called Joanne."]

    done = store.correct(parse_correction("Sorry, I meant she lives in Leeds, not York."),
                         profile="me", now=T0 + timedelta(minutes=1))
    assert done is not None and (done.new, done.old) == ("Leeds", "York")
    # three days later
    later = T0 + timedelta(days=3)
    assert ask(store, "Where does my sister live?") == "Your sister lives in Leeds."
    facts = [h.text for h in store.facts("me")]
    assert "The user's sister lives in Leeds." in facts and not any("York" in f for f in facts)
    hits = store.search("Where does my sister live?", k=5, profile="me", now=later)
    assert "Leeds" in hits[0].text, [h.text for h in hits]
    # the old fact may come, said to be no longer true; the line as first said does not
    assert all(h.superseded_at is not None for h in hits if "York" in h.text
               and h.role != "assistant"), [h.text for h in hits]
    said = [h.text for h in store.search("York", k=10, profile="me", now=later)
            if h.kind == "turn"]
    assert "My sister Joanne lives in Leeds." in said, said
    assert not any(t.startswith("My sister Joanne lives in York") for t in said), said
    # what the correction did not touch is the fact it was
    assert {h.text: h.id for h in store.facts("me")}["The user's sister is called Joanne."] == \
        joanne
    assert ask(store, "What's my sister called?") == "Your sister is called Joanne."

    done = store.correct(parse_correction("Actually she prefers Jo, not Joanne."), profile="me",
                         now=later)
    assert done is not None and done.naming
    assert ask(store, "What's my sister called?") == "Your sister is called Jo."
    assert ask(store, "Where does my sister live?") == "Your sister lives in Leeds."
    assert store.index_status("me")["agree"]

    # Nothing is lost: what was first said is kept, superseded by what was meant.
    kept = {h.text.split(" (no longer")[0]: h for h in store.session("one", profile="me")}
    assert kept["My sister Joanne lives in York."].superseded_at is not None
    assert kept["My sister Joanne lives in Leeds."].superseded_at is not None
    assert kept["My sister Jo lives in Leeds."].superseded_at is None
    assert kept["Oh nice, York is lovely."].superseded_at is None  # the companion's words
    old_facts = [h.text for h in store.recent("me", kind="fact") if h.superseded_at]
    assert any("lives in York" in f for f in old_facts) and any("Joanne" in f for f in old_facts)
    assert store.stats("me")["superseded_facts"] == len(old_facts)


@pytest.mark.e2e
def test_a_day_corrected_gets_its_new_date(store) -> None:
    store.add("My mum comes round on Thursday.", session="one", timestamp=T0, profile="me")
    store.add("I've got a dentist appointment on Thursday and I'm nervous.", session="one",
              timestamp=T0, profile="me")
    assert [f.question for f in store.followups("me", now=T0 + timedelta(days=4))]
    assert store.correct(parse_correction("Sorry, I meant Tuesday, not Thursday."), profile="me",
                         now=T0)
    events = [h for h in store.facts("me") if h.category == "event"]
    assert len(events) == 1 and "Tuesday" in events[0].text and "2026-05-05" in events[0].text
    due = store.followups("me", now=T0 + timedelta(days=2))
    assert [f.id for f in due] == [events[0].id]
    # a plan's fact says the day only as a date: the same words, told anew
    store.add("I'm going to see the dentist on Thursday.", session="one", timestamp=T0,
              profile="me")
    assert store.correct(parse_correction("Not Thursday, Tuesday."), profile="me", now=T0)
    plans = [h.text for h in store.facts("me") if h.category == "plan"]
    assert plans == ["The user plans: going to see the dentist (on 2026-05-05)."], plans
    # a day is corrected only in the line just told
    assert "My mum comes round on Thursday." in [h.text for h in store.session("one", "me")]


@pytest.mark.e2e
def test_only_recent_memories_that_say_it_change(store) -> None:
    store.add("My dog Mac loves the beach.", session="old", timestamp=T0, profile="me")
    later = T0 + timedelta(days=60)
    assert store.correct(Correction("Max", "Mac", naming=True), profile="me", now=later) is None
    assert ask(store, "What's my dog called?") == "Your dog is called Mac."
    assert store.correct(Correction("Leeds", "York"), profile="me", now=T0) is None  # no York
    store.add("My dog Mac is poorly.", session="new", timestamp=later, profile="me")
    assert store.correct(Correction("Max", "Mac", naming=True), profile="me", now=later)
    assert ask(store, "What's my dog called?") == "Your dog is called Max."


@pytest.mark.e2e
async def test_the_spoken_correction_is_answered_without_the_model(store) -> None:
    from pipeline.recall import Recall

    first = Recall(store, "me", session="one")
    first.remember("My sister Joanne lives in York.", "How lovely.")
    line = "Sorry, I meant she lives in Leeds, not York."
    intent = first.intent(line)
    assert intent is not None and Recall.changes_memory(intent)
    assert await first.answer(intent) == "Ah, Leeds, not York. Got it."
    first.remember(line, "Ah, Leeds, not York. Got it.")
    await first.flush()

    later = Recall(store, "me", session="two")
    assert await later.answer(later.intent("Where does my sister live?")) == \
        "Your sister lives in Leeds."
    said = "Actually she prefers Jo, not Joanne."
    assert await later.answer(later.intent(said)) == "Jo it is. Thanks for telling me."
    later.remember(said, "Jo it is. Thanks for telling me.")
    await later.flush()
    assert await later.answer(later.intent("What's my sister called?")) == \
        "Your sister is called Jo."
    # corrected again, it still finds what to correct (the line before holds no Y now)
    assert await later.answer(later.intent("Not York, Leeds.")) == ""
    assert Recall.intent("I'm not tired, just bored.") is None


@pytest.mark.e2e
async def test_i_meant_finds_what_it_corrects_in_the_line_before(store) -> None:
    from pipeline.recall import Recall

    recall = Recall(store, "me", session="one")
    recall.remember("My dog Mac is poorly.", "Oh no, poor Mac.")
    assert await recall.answer(recall.intent("No, I meant Max.")) == \
        "Ah, Max, not Mac. Got it."
    assert await recall.answer(recall.intent("What's my dog called?")) == \
        "Your dog is called Max."


@pytest.mark.e2e
async def test_in_a_conversation_the_model_is_not_asked(store) -> None:
    from pipeline.recall import Recall
    from tests.test_reply_wiring import chat, conversation

    conv, llm = conversation("Oh, I see. That's a different city. How about Joanne?")
    conv.thinker.recall = Recall(store, "default", session="one")
    await chat(conv, "My sister Joanne lives in York.")
    asked = len(llm.prompts)
    assert await chat(conv, "Sorry, I meant she lives in Leeds, not York.") == \
        "Ah, Leeds, not York. Got it."
    assert len(llm.prompts) == asked
    await conv.thinker.recall.flush()

    conv, llm = conversation("Your sister lives in York.")  # three days later
    conv.thinker.recall = Recall(store, "default", session="two")
    assert await chat(conv, "Where does my sister live?") == "Your sister lives in Leeds."
    assert await chat(conv, "Actually she prefers Jo, not Joanne.") == \
        "Jo it is. Thanks for telling me."
    assert await chat(conv, "What's my sister called?") == "Your sister is called Jo."
    assert llm.prompts == []


def test_a_corrected_line_stays_corrected_through_export_and_import(store, tmp_path,
                                                                     embedder) -> None:
    """Exported, the York line lost its "superseded" mark and came back as current on import."""
    from memory import MemoryStore

    store.add("My sister Joanne lives in York.", session="one", timestamp=T0, profile="me")
    store.correct(parse_correction("Sorry, I meant she lives in Leeds, not York."), profile="me",
                  now=T0 + timedelta(minutes=1))
    store.export(tmp_path / "me.jsonl", profile="me")
    with MemoryStore(tmp_path / "copy", embedder=embedder, progress=False) as copy:
        copy.import_(tmp_path / "me.jsonl")
        kept = {h.text.split(" (no longer")[0]: h for h in copy.session("one", profile="me")}
        assert kept["My sister Joanne lives in York."].superseded_at is not None  # kept
        assert kept["My sister Joanne lives in Leeds."].superseded_at is None
        said = [h.text for h in copy.search("York", k=10, profile="me") if h.kind == "turn"]
        assert not any(t.startswith("My sister Joanne lives in York") for t in said), said
        assert ask(copy, "Where does my sister live?") == "Your sister lives in Leeds."
