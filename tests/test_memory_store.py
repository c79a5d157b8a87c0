"""MemoryStore with the real embedder and real files: the memory API contract."""

from __future__ import annotations

import io
import json
import threading
from datetime import datetime, timedelta

import pytest

from memory import Hit, MemoryStore

pytestmark = pytest.mark.e2e
T0 = datetime(2026, 5, 3, 10, 0)




def day(n: int, hour: int = 10) -> datetime:
    return T0 + timedelta(days=n, hours=hour - 10)


def test_contract_add_search_hit_fields(store):
    turn_id = store.add("I moved to Lisbon in May", role="user", session="2026-11-20",
                        timestamp=T0, profile="alice")
    assert isinstance(turn_id, int)
    hits = store.search("where does she live?", k=10, profile="alice", now=day(2))
    assert hits and all(isinstance(h, Hit) for h in hits)
    by_kind = {h.kind: h for h in hits}
    assert set(by_kind) == {"turn", "fact"}
    turn, fact = by_kind["turn"], by_kind["fact"]
    assert (turn.id, turn.text, turn.timestamp, turn.source_ids) == \
        (turn_id, "I moved to Lisbon in May", T0, [turn_id])
    assert fact.text == "The user lives in Lisbon (moved there)." and fact.source_ids == [turn_id]
    assert isinstance(fact.score, float) and hits[0].score >= hits[-1].score


def test_profiles_never_see_each_other(store):
    store.add("My dog is called Biscuit.", timestamp=T0, profile="alice")
    store.add("My secret recipe uses saffron and dog biscuits.", timestamp=T0, profile="bob")
    for query in ("What's my dog's name?", "saffron recipe", "Biscuit", "dog"):
        for profile in ("alice", "carol"):
            hits = store.search(query, k=50, profile=profile)
            assert all("saffron" not in h.text for h in hits), (query, profile)
    assert store.search("anything", profile="carol") == []
    assert {h.text for h in store.search("saffron", profile="bob")} >= {
        "My secret recipe uses saffron and dog biscuits."}
    assert store.forget("dog", profile="bob") and store.search("Biscuit", profile="alice")


def test_dog_name_across_restarts(tmp_path, embedder):
    with MemoryStore(tmp_path / "m", embedder=embedder, progress=False) as s1:
        s1.add("My dog is called Biscuit", session="one", timestamp=T0, profile="me")
        s1.add("That's a lovely name!", role="assistant", session="one", timestamp=T0,
               profile="me")
    with MemoryStore(tmp_path / "m", embedder=embedder, progress=False) as s2:
        hits = s2.search("What's my dog's name?", k=3, profile="me", now=day(7))
        assert "Biscuit" in hits[0].text
        assert s2.index_status("me")["agree"]


def test_newer_fact_supersedes_older_and_both_keep_dates(store):
    lisbon = store.add("I live in Lisbon.", timestamp=day(0), profile="a")
    porto = store.add("I moved to Porto!", timestamp=day(60), profile="a")
    facts = store.facts("a")
    assert [f.text for f in facts] == ["The user lives in Porto (moved there)."]
    hits = store.search("Where do I live?", k=10, profile="a", now=day(61))
    homes = [h for h in hits if h.kind == "fact"]
    assert "Porto" in homes[0].text and homes[0].source_ids == [porto]
    old = next(h for h in homes if "Lisbon" in h.text)
    assert old.timestamp == day(0) and old.superseded_at == day(60)
    assert old.source_ids == [lisbon] and "no longer true since" in old.text


def test_repeated_fact_is_one_fact_with_more_sources(store):
    a = store.add("I love jazz.", timestamp=day(0), profile="a")
    b = store.add("Did I tell you I love jazz?", timestamp=day(3), profile="a")
    (fact,) = [f for f in store.facts("a") if "jazz" in f.text]
    assert fact.source_ids == [a, b]


def test_time_cues_pick_the_right_week(store):
    store.add("I went to the cinema with Tom.", timestamp=day(0), profile="a")
    store.add("I went to the cinema with Maria.", timestamp=day(40), profile="a")  # 12 June
    now = day(47)  # the Friday after
    top = store.search("Who did I go to the cinema with last week?", k=1, profile="a",
                       now=now)[0]
    assert "Maria" in top.text
    top = store.search("Who did I go to the cinema with in May?", k=1, profile="a", now=now)[0]
    assert "Tom" in top.text


def test_forget_topic_removes_turns_and_derived_facts(store):
    store.add("My sister is called Ana.", timestamp=day(0), profile="a")
    store.add("Ana works as a nurse in Leeds, she's my sister.", timestamp=day(1), profile="a")
    store.add("My cat is called Tom.", timestamp=day(2), profile="a")
    gone = store.forget("my sister", profile="a")
    assert len(gone) >= 3  # two turns and the family fact
    left = " ".join(h.text for h in store.recent("a"))
    assert "Ana" not in left and "Tom" in left
    assert all("Ana" not in h.text for h in store.search("Ana", k=20, profile="a"))
    assert store.index_status("a")["agree"]


def test_forget_topic_removes_the_replies_that_repeat_it(store):
    # The tiny model answered "My favorite color is green." with "...a lovely shade of green";
    # after "forget my favorite color" that reply still told it.
    said = [("My favorite color is green.", "user"), ("Such a lovely shade of green!", "assistant"),
            ("Tell me a joke.", "user"), ("Why did the scarecrow win an award?", "assistant")]
    for n, (text, role) in enumerate(said):
        store.add(text, role=role, session="s1", timestamp=day(n), profile="a")
    store.add("Green is nice.", role="assistant", session="s2", timestamp=day(9), profile="a")
    store.forget("favorite color", profile="a")
    left = [h.text for h in store.recent("a")]
    assert not any("shade of green" in text for text in left)
    assert "Tell me a joke." in left and "Why did the scarecrow win an award?" in left
    assert "Green is nice." in left  # another session's turn, not a reply to it


def test_export_import_round_trip(store, tmp_path, embedder):
    store.add("I live in Lisbon.", timestamp=day(0), profile="a")
    store.add("I moved to Porto.", timestamp=day(30), profile="a")
    store.add("I have a job interview tomorrow, I'm nervous", timestamp=day(31), profile="a")
    store.add("Nice to meet you", role="assistant", timestamp=day(0), profile="b")
    out = io.StringIO()
    count = store.export(out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert count == len(lines) and {r["kind"] for r in lines} == {"turn", "fact"}
    path = tmp_path / "export.jsonl"
    path.write_text(out.getvalue())
    with MemoryStore(tmp_path / "copy", embedder=embedder, progress=False) as copy:
        assert copy.import_(path) == count
        assert copy.stats() | {"path": "", "db_bytes": 0} == \
            store.stats() | {"path": "", "db_bytes": 0}
        assert [f.text for f in copy.facts("a") if "live" in f.text] == \
            ["The user lives in Porto (moved there)."]
        assert len(copy.followups("a", now=day(35))) == 1


def test_import_plain_turns_extracts_facts(store, tmp_path):
    path = tmp_path / "plain.jsonl"
    path.write_text('{"text": "My name is Zoe"}\n\n{"text": "My parrot is called Kiwi", '
                    '"timestamp": "2026-02-01T09:00:00"}\n')
    assert store.import_(path, profile="z") == 2
    assert {f.text for f in store.facts("z")} == {"The user's name is Zoe.",
                                                  "The user has a parrot called Kiwi."}
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    from memory import MemoryImportError

    with pytest.raises(MemoryImportError, match="line 1 is not JSON"):
        store.import_(bad)


def test_followups_until_followed_up(store):
    store.add("I have a job interview tomorrow and I'm really nervous.", timestamp=day(0),
              profile="a")
    assert store.followups("a", now=day(0, 18)) == []  # not before it happened
    (f,) = store.followups("a", now=day(7))
    assert f.question == "You were nervous about the job interview last week: how did it go?"
    assert f.source_ids and f.timestamp == day(0)
    store.mark_followed_up(f.id, day(7))
    assert store.followups("a", now=day(8)) == []
    assert store.followups("a", now=day(40)) == []
    store.add("I'm going to tell my parents I'm gay tomorrow.", timestamp=day(0), profile="b")
    (plan,) = store.followups("b", now=day(3))
    assert plan.question.endswith("you said you were going to tell your parents you're gay: how "
                                  "did it go?")


def test_summaries_are_searchable(store):
    t = store.add("We planned the garden: tomatoes and basil.", timestamp=day(0), profile="a")
    sid = store.add_summary("Talked about planting tomatoes and basil in the garden.",
                            session="s1", profile="a", timestamp=day(0), source_ids=[t])
    hits = store.search("what are we growing?", k=5, profile="a", kinds=["summary"])
    assert [h.id for h in hits] == [sid] and hits[0].source_ids == [t]


def test_search_while_adding_from_another_thread(store):
    store.add("My favourite colour is green.", timestamp=day(0), profile="a")
    errors: list[BaseException] = []
    stop = threading.Event()

    def searcher() -> None:
        try:
            while not stop.is_set():
                assert store.search("favourite colour", k=5, profile="a")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=searcher) for _ in range(2)]
    for t in threads:
        t.start()
    ids = [store.add(f"Note number {i} about the garden.", timestamp=day(1), profile="a")
           for i in range(30)]
    stop.set()
    for t in threads:
        t.join()
    assert not errors
    assert len(set(ids)) == 30 and store.index_status("a")["agree"]


def test_session_summary_replaces_the_older_one(store):
    from memory.summary import summarize_session

    a = store.add("My dog is called Biscuit.", session="s1", timestamp=day(0), profile="a")
    store.add("Lovely name!", role="assistant", session="s1", timestamp=day(0), profile="a")
    first = summarize_session(store, "s1", "a")
    second = summarize_session(store, "s1", "a", summarize=lambda lines: f"{len(lines)} lines")
    summaries = store.recent("a", kind="summary")
    assert [s.id for s in summaries] == [second] and first != second
    assert summaries[0].text == "Conversation of s1: 2 lines" and a in summaries[0].source_ids
    assert summarize_session(store, "nothing", "a") is None
    assert len(store.recent("a", kind="turn")) == 2  # replacing a summary keeps its turns


def test_large_profiles_switch_to_hnsw_and_forget_still_works(tmp_path, embedder,
                                                              monkeypatch):
    from memory import dense

    monkeypatch.setattr(dense, "HNSW_THRESHOLD", 40)  # 20k in real use
    folder = tmp_path / "big"
    with MemoryStore(folder, embedder=embedder, progress=False) as s:
        s.add_many([(f"Note {i} about the colour {c}.", "user", None, day(i))
                    for i, c in enumerate(["red", "blue", "green", "amber"] * 12)], "a",
                   extract=False)
        assert s.index_status("a")["hnsw"]
        gone = s.forget("amber", profile="a")
        assert len(gone) == 12
        assert all("amber" not in h.text for h in s.search("amber colour", k=20, profile="a"))
    with MemoryStore(folder, embedder=embedder, progress=False) as s:
        status = s.index_status("a")
        assert status["hnsw"] and status["agree"] and status["db"] == 36


def test_lexical_hits_of_a_profile_crowded_out_by_another(store):
    """BM25 ranks the whole index first and keeps the profile's rows after; where another
    profile's better matches fill those first rows, the profile's own are still found."""
    store.add_many([(f"The saffron harvest number {i} was a saffron saffron festival.", "user",
                     "s", T0) for i in range(300)], "bob", extract=False)
    store.add("I once bought saffron at a market.", timestamp=T0, profile="alice")
    hits = store.search("saffron", k=5, profile="alice", mode="lexical")
    assert [h.text for h in hits] == ["I once bought saffron at a market."]
    assert len(store.search("saffron", k=5, profile="bob", mode="lexical")) == 5
