"""Retrieval in long two-speaker conversations (issue 13), with the real embedder and files:
dates resolved when saved, date and anchor questions, rank fusion, replies found through the
question before them, speakers' facts pointing at their turns, HNSW rebuilt from SQLite, and
version-1 databases migrated in place."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from memory import MemoryStore
from memory.dates import resolve_mentioned
from memory.fusion import Candidate, Tuning, rrf

pytestmark = pytest.mark.e2e
MONDAY = datetime(2023, 5, 8, 14, 0)
FILLER = ["Hey, how has your week been?", "Pretty hectic, work has been non-stop.",
          "The weather has been so grey lately.", "Coffee first, then talking.",
          "Did you watch anything good this weekend?", "Just some old comedies, nothing special.",
          "I finally cleaned the kitchen.", "The traffic this morning was unbelievable.",
          "I've been sleeping badly.", "Have you tried that meditation app?",
          "Let's talk again soon.", "The neighbour's dog barked the whole night."]




def session(store: MemoryStore, when: datetime, lines: list[tuple[str, str]],
            profile: str = "p") -> list[int]:
    """Two friends talking: small talk around ``lines`` ((speaker, text) pairs)."""
    turns = [(text, who, f"{when:%Y-%m-%d}", when + timedelta(minutes=i))
             for i, (who, text) in enumerate(
                 [("Jon", FILLER[0]), ("Maya", FILLER[1]), *lines, ("Jon", FILLER[2]),
                  ("Maya", FILLER[3])])]
    return store.add_many(turns, profile)[2:2 + len(lines)]


def weeks_of_small_talk(store: MemoryStore, start: datetime, n: int) -> None:
    for week in range(n):
        when = start + timedelta(days=7 * week)
        store.add_many([(text, ("Jon", "Maya")[i % 2], f"{when:%Y-%m-%d}",
                         when + timedelta(minutes=i)) for i, text in enumerate(FILLER)], "p")


def test_relative_days_resolve_against_when_they_were_said():
    assert resolve_mentioned("I ran the half marathon last Saturday!", MONDAY) == \
        (datetime(2023, 5, 6), datetime(2023, 5, 7))
    assert resolve_mentioned("We spent last weekend hiking.", MONDAY) == \
        (datetime(2023, 5, 6), datetime(2023, 5, 8))
    assert resolve_mentioned("yesterday was lovely", MONDAY)[0] == datetime(2023, 5, 7)
    assert resolve_mentioned("I'll fly to Rome on Friday", MONDAY)[0] == datetime(2023, 5, 12)
    assert resolve_mentioned("I passed on the 6th of May 2023", MONDAY)[0] == datetime(2023, 5, 6)
    assert resolve_mentioned("Good morning, how are you?", MONDAY) is None


def test_a_turn_is_saved_with_the_day_it_is_about(store):
    (turn,) = session(store, MONDAY, [("Maya", "I ran the half marathon last Saturday!")])
    (hit,) = [h for h in store.recent("p", kind="turn") if h.id == turn]
    assert hit.timestamp.date() == MONDAY.date() and hit.about == datetime(2023, 5, 6)
    assert hit.dated().startswith("[2023-05-08, about 2023-05-06]")


def test_what_happened_on_a_date_finds_what_was_said_later_about_it(store):
    weeks_of_small_talk(store, datetime(2023, 4, 3, 18), 8)
    session(store, datetime(2023, 5, 6, 11), [("Maya", "Cleaning the garage all day, ugh.")])
    (marathon,) = session(store, MONDAY, [("Maya", "I ran the half marathon last Saturday!")])
    session(store, datetime(2023, 5, 20, 10), [("Maya", "I ran to the shop in the rain.")])
    hits = store.search("What did Maya do on 6 May 2023?", k=3, profile="p",
                        now=datetime(2023, 6, 1))
    assert marathon in [h.id for h in hits], [h.text for h in hits]


def test_the_weekend_before_an_event(store):
    weeks_of_small_talk(store, datetime(2023, 3, 27, 18), 8)
    (bread,) = session(store, datetime(2023, 4, 24, 19), [("Maya", "Last Saturday I baked "
                                                                   "sourdough bread.")])
    (kitchen,) = session(store, datetime(2023, 5, 1, 19), [("Maya", "On Saturday I repainted "
                                                                     "the kitchen, exhausting.")])
    (gig,) = session(store, MONDAY, [("Maya", "We saw Arcade Fire live last Saturday, what a "
                                              "concert!")])
    hits = [h.id for h in store.search("What did Maya do the weekend before the concert?", k=5,
                                       profile="p", now=datetime(2023, 6, 1))]
    assert kitchen in hits and gig in hits, hits
    assert bread not in hits[:hits.index(kitchen)]


def test_rank_fusion_lets_no_retriever_dominate():
    """A memory one retriever ranks first beats every memory that only the other retriever
    ranks below the top: neither can push the other's best out, whatever its raw scores."""
    row = {"kind": "turn"}
    lexical_first = Candidate(1, row, ranks={"lexical": 0})
    dense_first = Candidate(2, row, ranks={"dense": 0})
    dense_only = [Candidate(10 + r, row, ranks={"dense": r}) for r in range(1, 30)]
    lexical_only = [Candidate(50 + r, row, ranks={"lexical": r}) for r in range(1, 30)]
    both = Candidate(3, row, ranks={"dense": 3, "lexical": 2})
    candidates = [lexical_first, dense_first, *dense_only, *lexical_only, both]
    rrf(candidates, Tuning())
    order = [c.id for c in sorted(candidates, key=lambda c: -c.rrf)]
    assert order[0] == 3 and set(order[1:3]) == {1, 2}


def test_a_reply_is_found_through_the_question_before_it(store):
    weeks_of_small_talk(store, datetime(2023, 3, 6, 18), 10)
    lead, reply = session(store, MONDAY, [
        ("Jon", "So, did you end up going to the rescue centre?"),
        ("Maya", "We did! She's a beagle and she already ate my slippers.")])
    hits = [h.id for h in store.search("What did Maya bring home from the rescue centre?", k=5,
                                       profile="p", now=MONDAY + timedelta(days=3))]
    assert reply in hits and lead in hits, hits


def test_a_speakers_facts_are_about_that_speaker_and_point_at_the_turn(store):
    (maya_home,) = session(store, MONDAY, [("Maya", "I live in Porto.")])
    (jon_home,) = session(store, MONDAY + timedelta(days=1), [("Jon", "I live in Lisbon.")])
    facts = {f.text: f for f in store.facts("p")}
    assert set(facts) == {"Maya lives in Porto.", "Jon lives in Lisbon."}  # neither replaced
    assert facts["Jon lives in Lisbon."].source_ids == [jon_home]
    hits = store.search("Where does Jon live?", k=3, profile="p")
    assert {h.text for h in hits[:2]} == {"Jon lives in Lisbon.", "I live in Lisbon."}
    assert all(h.source_ids == [jon_home] for h in hits[:2])
    assert maya_home not in [s for h in hits[:2] for s in h.source_ids]


def test_hnsw_index_is_rebuilt_from_sqlite(tmp_path, embedder, monkeypatch):
    from memory import dense

    monkeypatch.setattr(dense, "HNSW_THRESHOLD", 40)
    folder = tmp_path / "mem"
    with MemoryStore(folder, embedder=embedder, progress=False) as s:
        ids = s.add_many([(f"Note {i}: the {c} kite.", "user", None, None)
                          for i, c in enumerate(["red", "blue", "green", "amber"] * 15)], "a",
                         extract=False)
        assert s.index_status("a")["hnsw"]
    dense.index_path(folder, "a").unlink()
    with MemoryStore(folder, embedder=embedder, progress=False) as s:
        status = s.index_status("a")
        assert status["hnsw"] and status["agree"] and status["opened"].startswith("rebuilt")
        assert ids[2] in [h.id for h in s.search("Note 2: the green kite", k=3, profile="a")]
        s.rebuild_index("a")
        assert s.index_status("a")["agree"] and s.index_status("a")["hnsw"]


def test_a_version_1_database_is_migrated_in_place(tmp_path, embedder):
    folder = tmp_path / "mem"
    with MemoryStore(folder, embedder=embedder, progress=False) as s:
        old = s.add("I adopted a cat.", profile="p", timestamp=MONDAY)
    conn = sqlite3.connect(folder / "memory.db")
    for sql in ("DROP INDEX memories_about", "DROP INDEX memories_role",
                "ALTER TABLE memories DROP COLUMN about_start",
                "ALTER TABLE memories DROP COLUMN about_end",
                "UPDATE meta SET value = '1' WHERE key = 'schema'"):
        conn.execute(sql)
    conn.commit()
    conn.close()
    with MemoryStore(folder, embedder=embedder, progress=False) as s:
        new = s.add("I ran the half marathon last Saturday!", profile="p", timestamp=MONDAY)
        hits = {h.id: h for h in s.recent("p", kind="turn")}
        assert hits[old].about is None and hits[new].about == datetime(2023, 5, 6)
        assert s.db.conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == \
            ("2",)


def test_a_summary_of_facts_points_at_the_turns_they_came_from(store):
    from memory.summary import summarize_session

    sister, _ = session(store, MONDAY, [("Maya", "My sister is called Ana."), ("Jon", "Nice!")])
    sid = summarize_session(store, f"{MONDAY:%Y-%m-%d}", "p")
    (summary,) = store.recent("p", kind="summary")
    assert summary.id == sid and summary.source_ids == [sister]
    assert "Maya's sister is called Ana." in summary.text


def test_what_do_you_remember_about_a_topic_names_only_related_facts(store):
    from memory.intents import answer, parse_memory_intent

    for text in ("My dog is called Biscuit.", "I live in Lisbon.", "I love jazz."):
        store.add(text, profile="p")
    said = answer(parse_memory_intent("What do you remember about music?"), store, "p")
    assert "jazz" in said and "Lisbon" not in said and "Biscuit" not in said
    said = answer(parse_memory_intent("What do you remember about cars?"), store, "p")
    assert said == "I don't remember anything about cars."


def test_what_do_you_remember_about_falls_back_on_the_users_own_words(store):
    """"My mum keeps asking when I will visit" leaves no fact about the mum."""
    from memory.intents import answer, parse_memory_intent

    store.add("My mum keeps asking when I will visit, and I feel guilty.", profile="p")
    store.add("What do you remember about my mum?", profile="p")  # a question tells nothing
    said = answer(parse_memory_intent("What do you remember about my mum?"), store, "p")
    assert said == ("You told me that your mum keeps asking when you will visit, and you feel "
                    "guilty.")


def test_do_you_remember_what_happened_tells_the_users_words_from_their_day(store):
    """ "Do you remember what happened with my boss?" got "Yes, I remember that. It was a very
    stressful situation for you." from the model, and once an invented story; told back from
    an earlier day, "today" is that day."""
    from memory.intents import answer, parse_memory_intent

    sunday = datetime(2026, 11, 29, 20, 0)
    store.add("My boss yelled at me in front of everyone today.", profile="p", timestamp=sunday)
    intent = parse_memory_intent("Do you remember what happened with my boss?")
    said = answer(intent, store, "p", now=datetime(2026, 12, 1, 9, 0))
    assert said == ("You told me on Sunday that your boss yelled at you in front of everyone "
                    "that day.")


def test_what_happened_with_a_friend_is_what_was_said_not_who_she_is(store):
    """ "do you remember what happened with Niamh?" (Aoife, who fell out with her best friend)
    got "About niamh, I remember that your best friend is called Niamh."."""
    from memory.intents import answer, parse_memory_intent

    monday = datetime(2026, 11, 30, 16, 0)
    store.add("i fell out with my best friend Niamh and now nobody at school talks to me",
              profile="p", timestamp=monday)
    intent = parse_memory_intent("do you remember what happened with Niamh?")
    said = answer(intent, store, "p", now=datetime(2026, 12, 1, 16, 0))
    assert said.startswith("You told me yesterday that you fell out with your best friend Niamh")
    said = answer(parse_memory_intent("What do you remember about Niamh?"), store, "p")
    assert "your best friend is called Niamh" in said  # who she is, asked so


def test_what_was_told_about_a_topic_comes_before_a_fact_that_does_not_name_it(store):
    """ "What did I tell you about the vet?" got "About the vet, I remember that you have a cat
    called Luna.", though "The vet thinks it's her kidneys." was told."""
    from memory.intents import answer, parse_memory_intent

    store.add("I'm Grace. My cat Luna has been sick all week.", profile="p")
    store.add("The vet thinks it's her kidneys.", profile="p")
    said = answer(parse_memory_intent("What did I tell you about the vet?"), store, "p")
    assert said == "You told me that the vet thinks it's her kidneys."
    said = answer(parse_memory_intent("What did I tell you about Luna?"), store, "p")
    assert said.lower().startswith("about luna, i remember that you have a cat called luna")


def test_what_is_my_exam_about_is_told_from_memory(store):
    """ "what's my exam about?" got "The exam is about algebra.", then "...about history." """
    from memory.intents import answer, parse_memory_intent

    store.add("i have my maths exam on friday and i'm freaking out", profile="p")
    said = answer(parse_memory_intent("what's my exam about?"), store, "p")
    assert said.startswith("About your exam,") and "maths exam" in said and "(on" not in said


def test_what_do_you_remember_about_a_parent_in_hospital(store):
    from memory.intents import answer, parse_memory_intent

    store.add("My mum is having surgery on Friday and I'm scared.", profile="p")
    said = answer(parse_memory_intent("What do you remember about my mum?"), store, "p")
    assert said == "About your mum, I remember that she is having surgery on Friday."


def test_a_person_asked_about_is_named_once_with_their_capital(store):
    """ "What did I tell you about Geoff?" (Harriet) got "About geoff, I remember that your
    husband is called Geoff and your husband Geoff has Parkinson's."."""
    from memory.intents import answer, parse_memory_intent

    store.add("My husband Geoff has Parkinson's and I look after him.", profile="p")
    said = answer(parse_memory_intent("What did I tell you about Geoff?"), store, "p")
    assert said.startswith("About Geoff, I remember that he's your husband")
    assert "Parkinson's" in said and said.count("Geoff") == 1


def test_a_fact_said_twice_is_said_back_once(store):
    from memory.extract import Fact
    from memory.intents import answer, parse_memory_intent

    store.add("I have a cat called Pepper.", profile="p")  # the rules: "... a cat called Pepper"
    store.add_fact(Fact("pet:pepper", "Pepper", "The user's pet: Pepper.", single=False),
                   profile="p")  # the LLM's extraction, in its own wording
    said = answer(parse_memory_intent("What do you remember about my cat?"), store, "p")
    assert said == "About your cat, I remember that you have a cat called Pepper."


def test_a_pet_named_in_the_next_sentence_or_with_ive_got_is_remembered(store):
    """ "We just got a puppy! He's a cocker spaniel called Biscuit." (Ravi) was answered the next
    day "I don't think you've told me your puppy's name yet.", and "I've got a cat called
    Biscuit, she keeps me company." (Margaret, 88) left no fact at all."""
    from memory.intents import answer, parse_memory_intent

    store.add("We just got a puppy! He's a cocker spaniel called Biscuit.", profile="ravi")
    said = answer(parse_memory_intent("What's my puppy called?"), store, "ravi")
    assert "Biscuit" in said and "told me" not in said
    store.add("I've got a cat called Biscuit, she keeps me company.", profile="maggie")
    store.add("My neighbour has a dog called Rex.", profile="maggie")
    assert "Biscuit" in answer(parse_memory_intent("What's my cat called?"), store, "maggie")
    assert not any("Rex" in fact.text for fact in store.facts("maggie"))  # the neighbour's


def test_when_a_parents_operation_is_is_told_from_memory(store):
    """ "When is my mum's operation?" (Priti) got "Her operation is scheduled for Friday.": the
    hip replacement she told of was no fact."""
    from memory.intents import answer, parse_memory_intent

    store.add("My mum is having a hip replacement on Friday.", profile="p",
              timestamp=datetime(2026, 12, 4, 20, 0))
    asked = parse_memory_intent("When is my mum's operation?")
    said = answer(asked, store, "p", now=datetime(2026, 12, 7, 9, 0))
    assert said == "Your mum's operation is on Friday, 11 December."
    assert answer(asked, store, "p", now=datetime(2026, 12, 14, 9, 0)).startswith(
        "Your mum's operation was on Friday")


def test_what_do_you_remember_about_me_tells_what_made_no_fact(store):
    """Elsie told of her neighbour's soup and her fall, and "What do you remember about me?"
    got "Here's what I remember: your name is Elsie."; after forgetting Robert, that is what
    is left, and Robert is not."""
    from memory.intents import answer, parse_memory_intent

    for text in ("Hello dear, I'm Elsie.", "My son Robert never calls me.",
                 "My neighbour Pam brings me soup on Thursdays.",
                 "I had a fall last month but I'm alright now."):
        store.add(text, profile="p")
    forget = parse_memory_intent("Please forget what I said about Robert, I was being unfair.")
    assert answer(forget, store, "p") == "Done. I've forgotten what you told me about Robert."
    said = answer(parse_memory_intent("What do you remember about me, then?"), store, "p")
    assert said == ("Here's what I remember: your name is Elsie and you told me that your "
                    "neighbour Pam brings you soup on Thursdays and that you had a fall last month "
                    "but you're alright now.")


def test_a_reminder_asked_for_is_remembered_as_asked(store):
    """ "Did I ask you to remind me about something?" got "Yes, I did remind you about
    something.": it set no reminder, but it knows what it was asked, and when."""
    from datetime import datetime, timedelta

    from memory.intents import answer, parse_memory_intent

    saturday = datetime(2026, 12, 5, 10)
    ask = parse_memory_intent("Did I ask you to remind me about something?")
    assert ask is not None and ask.action == "recall_reminder"
    assert "haven't asked" in answer(ask, store, "p", now=saturday)
    store.add("Can you remind me to call the plumber tomorrow?", profile="p", timestamp=saturday)
    store.add("Did I ask you to remind me about something?", profile="p",
              timestamp=saturday + timedelta(days=1))
    said = answer(ask, store, "p", now=saturday + timedelta(days=1))
    # said yesterday, "tomorrow" is today
    assert said == ("You asked me yesterday to remind you to call the plumber today. Have you "
                    "done it yet?")
    assert answer(ask, store, "p", now=saturday).startswith(
        "You asked me today to remind you to call the plumber tomorrow.")


def test_what_was_i_worried_about_tells_their_worried_words(store):
    """ "What was I worried about?" (Ana, two days after "...but I'd be lonely.") got "I'm sorry
    to hear that you're feeling anxious. What was it about?"."""
    from datetime import datetime, timedelta

    from memory.intents import answer, parse_memory_intent

    thursday = datetime(2026, 12, 3, 18)
    for text in ("I've been offered a job in London but all my friends are here in Bristol.",
                 "The money is much better but I'd be lonely."):
        store.add(text, profile="p", timestamp=thursday)
    ask = parse_memory_intent("What was I worried about?")
    assert ask is not None and ask.action == "recall_worry"
    said = answer(ask, store, "p", now=thursday + timedelta(days=2))
    assert said == "You told me on Thursday that the money is much better but you'd be lonely."
    assert answer(ask, store, "q", now=thursday) == ""  # nothing told: the model answers


def test_what_was_i_worried_about_last_time_is_the_same_question(store):
    """ "What was I worried about last time?" (Megan, dreading a presentation) got "You told me
    your partner Tom says you'll be fine, but he always says that."."""
    from datetime import datetime, timedelta

    from memory.intents import answer, parse_memory_intent

    monday = datetime(2026, 11, 30, 9)
    for text in ("I've got a big presentation at work on Thursday and I'm dreading it.",
                 "My partner Tom says I'll be fine, but he always says that."):
        store.add(text, profile="p", timestamp=monday)
    for asked in ("What was I worried about last time?", "What did I say I was dreading?",
                  "What was I so nervous about before?"):
        ask = parse_memory_intent(asked)
        assert ask is not None and ask.action == "recall_worry", asked
        said = answer(ask, store, "p", now=monday + timedelta(days=3))
        assert said.startswith("You told me on Monday that ") and "presentation" in said, said
        assert "Tom" not in said
