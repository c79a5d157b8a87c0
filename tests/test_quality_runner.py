"""The quality bench plumbing: replies parsed, memories aged, the story carried along."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from memory import MemoryStore
from memory.embedder import load_embedder
from tools.quality_bench.conversations import Line, Session, User
from tools.quality_bench.runner import BenchError, age_memories, judge_session, parse_replies
from tools.quality_bench.runner import rejudge as rejudge_run


def test_replies_are_split_per_line_even_when_one_wraps() -> None:
    out = "juniper> Hi Sam! How are you?\njuniper> Line one\nline two\njuniper> Bye!\n"
    assert parse_replies(out, "Juniper") == ["Hi Sam! How are you?", "Line one\nline two", "Bye!"]
    assert parse_replies("", "Juniper") == []


def test_aging_moves_a_persons_memories_and_due_dates_back(tmp_path: Path) -> None:
    store = MemoryStore(tmp_path / "memory", embedder=load_embedder(), progress=False)
    said = datetime.now()
    store.add("I have a job interview tomorrow and I'm nervous.", session="s1", timestamp=said,
              profile="maya")
    store.add("I love tea.", session="s1", timestamp=said, profile="other")
    assert store.followups("maya", said) == []  # due the day after the interview
    store.close()
    age_memories(tmp_path, "maya", 8)
    store = MemoryStore(tmp_path / "memory", embedder=load_embedder(), progress=False)
    assert [h.timestamp.date() for h in store.recent("maya", kind="turn")] == [
        (said - timedelta(days=8)).date()]
    assert store.recent("other")[0].timestamp.date() == said.date()  # nobody else's
    assert store.followups("maya", datetime.now())  # now it is due
    store.close()


PERSON = User("sam", "Sam", (
    Session((Line("I can't stand mushrooms.", dislikes=("mushroom",)),
             Line("My wife passed away.", bereavement=True))),
    Session((Line("What's for dinner?"), Line("I'm so sorry.")), days_later=1),
))


def test_dislikes_and_bereavements_carry_into_later_sessions() -> None:
    story: dict[str, object] = {}
    judge_session(PERSON, 1, PERSON.sessions[0], ["Fair enough!", "I'm so sorry."], story,
                  "Juniper")
    later = judge_session(PERSON, 2, PERSON.sessions[1],
                          ["A mushroom risotto!", "I'm sorry for your loss."], story, "Juniper")
    assert later[0].verdicts["no_disliked_item"] is False  # told a session earlier
    assert "no_false_condolence" not in later[1].verdicts  # someone did die


def test_rejudging_needs_the_same_conversation_set() -> None:
    saved = [{"user": "sam", "session": 1, "reply": "Fair enough!"}]
    with pytest.raises(BenchError, match="do not match"):
        rejudge_run("m", saved, "Juniper", users=(PERSON,))
    full = [{"user": "sam", "session": s, "reply": r} for s, r in
            ((1, "Fair enough!"), (1, "So sorry."), (2, "Pasta?"), (2, "Oh no."))]
    run = rejudge_run("m", full, "Juniper", users=(PERSON,))
    assert [t.reply for t in run.turns] == ["Fair enough!", "So sorry.", "Pasta?", "Oh no."]


def test_every_person_has_a_home_of_their_own() -> None:
    """Two people with one user id would share memories: the second Marcus (made redundant)
    would have been told the first one's Spanish lessons."""
    from tools.quality_bench.conversations import USERS

    ids = [user.user for user in USERS]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
