"""Plain questions about the user's own facts are answered from memory, not by the model."""

from __future__ import annotations

from datetime import datetime

import pytest

from memory.extract import extract_facts
from memory.hits import Hit
from memory.intents import Intent, parse_memory_intent
from memory.own_facts import not_told, own_fact_answer

NOW = datetime(2026, 12, 1, 10, 0)


def facts(*texts: str) -> list[Hit]:
    return [Hit(i, text, 1.0, "fact", NOW, [i]) for i, text in enumerate(texts)]


KNOWN = facts("The user's name is Grace.", "The user lives in Leeds (moved there).",
              "The user works as a teacher.", "The user is 34 years old.",
              "The user has a golden retriever called Mango.", "The user has a cat called Luna.",
              "The user's daughter is called Ellie.", "The user's sister is called Priya.",
              "The user's sister lives in Glasgow.", "The user plays minecraft.",
              "The user plays the piano.", "The user studies law at Bristol.",
              "The user works at Google.")


@pytest.mark.parametrize(("asked", "said"), [
    ("What's my name?", "You're Grace!"),
    ("Where did I move to?", "You moved to Leeds."),  # was "You moved to a new place."
    ("What do I do for work?", "You work as a teacher."),  # was "You can teach students..."
    ("How old am I?", "You told me you're 34."),
    ("What's my dog's name?", "Your golden retriever is called Mango."),
    ("What's my cat called?", "Your cat is called Luna."),
    ("What pets do I have?", "Your golden retriever is called Mango, and your cat is called Luna."),
    ("What's my daughter called?", "Your daughter is called Ellie."),
    ("Who's my sister?", "Your sister is called Priya."),
    ("Where does my sister live?", "Your sister lives in Glasgow."),
    # "i just play minecraft to forget about it", later: "You can play Minecraft, which is...".
    ("what game do i play", "You play minecraft."),
    ("What instrument do I play?", "You play the piano."),
    ("What do I play?", "You play minecraft and the piano."),
    ("What am I studying?", "You're studying law at Bristol."),  # was "I'm studying for my exam."
    ("Where do I study?", "You study at Bristol."),
    # Asked of an accountant (when memory was late), the model said "You were a teacher.".
    ("What did I do for a living?", "You worked as a teacher."),
    ("Where do I work?", "You work at Google."),
    ("Do you remember where I used to work?", "You worked at Google."),
])
def test_a_question_about_the_user_is_answered_from_their_facts(asked: str, said: str) -> None:
    intent = parse_memory_intent(asked)
    assert intent is not None and intent.action == "recall_own"
    assert own_fact_answer(intent.topic, KNOWN) == said


def test_a_name_memory_does_not_hold_is_not_made_up() -> None:
    """ "What was my dad's name? I don't think I told you." got "your dad's name was John." """
    intent = parse_memory_intent("What was my dad's name? I don't think I told you.")
    assert intent == Intent("recall_own", "family:dad")
    assert own_fact_answer(intent.topic, KNOWN) == ""
    said = facts("My dad passed away on Sunday.", "He used to take me fishing.")
    assert not_told(intent.topic, lambda: said) == \
        "I don't think you've told me your dad's name yet."
    assert not_told("pet:parrot") == "I don't think you've told me your parrot's name yet."
    assert not_told("name").startswith("I don't think you've told me your name")
    # A line that names them, though no fact was made of it: the model reads it in the notes.
    assert not_told("pet:dog", lambda: facts("My dog is called Biscuit.")) == ""
    assert not_told("home", lambda: pytest.fail("searched")) == ""  # left to the model, unsearched
    # "Do you remember where I used to work?" (never told) got "...the same firm as me."
    years = facts("I got made redundant after twenty two years at the same firm.")
    assert not_told("workplace:used to", lambda: years) == \
        "I don't think you've told me where you worked."
    assert not_told("workplace", lambda: facts("I've worked at the Co-op for years.")) == ""


def test_what_memory_does_not_hold_is_left_to_the_model() -> None:
    assert own_fact_answer("lives:brother", KNOWN) == ""
    assert own_fact_answer("plays:sport", KNOWN) == ""
    assert own_fact_answer("home", facts("The user's name is Grace.")) == ""


@pytest.mark.parametrize("said", ["What do I do?", "Where do you live?", "What's your name?",
                                  "What's my dog doing?", "Who is my best option?"])
def test_other_questions_are_not_about_own_facts(said: str) -> None:
    intent = parse_memory_intent(said)
    assert intent is None or intent.action != "recall_own"


def test_the_newest_home_wins() -> None:
    newest_first = facts("The user lives in Porto (moved there).", "The user lives in Leeds.")
    assert own_fact_answer("home", newest_first) == "You moved to Porto."


@pytest.mark.e2e
def test_the_real_store_answers_where_the_user_lives(store) -> None:
    from memory.intents import answer

    store.add("I've been feeling really lonely since I moved to Leeds.", profile="p")
    store.add("My cat Luna has been sick all week.", profile="p")
    assert answer(Intent("recall_own", "home"), store, "p") == "You moved to Leeds."
    assert answer(parse_memory_intent("What's my cat called?"), store, "p") == \
        "Your cat is called Luna."
    assert answer(parse_memory_intent("What's my job?"), store, "p") == ""
    store.add("My sister Priya lives in Glasgow.", profile="p")
    assert answer(parse_memory_intent("Where does my sister live?"), store, "p") == \
        "Your sister lives in Glasgow."


def test_when_an_event_is_comes_from_its_fact_not_a_made_up_day() -> None:
    """ "When is my marathon?" got "Your marathon is on April 1, 2027.", then "April 20"; the
    user had said "in April"."""
    told = facts("The user has a marathon in April 2027.",
                 "The user has a job interview on Friday (on 2026-12-04) and feels nervous "
                 "about it.")
    for asked, said in (("When is my marathon?", "Your marathon is in April."),
                        ("When's my interview?", "Your job interview is on Friday, 4 December.")):
        intent = parse_memory_intent(asked)
        assert intent is not None and intent.action == "recall_own"
        assert own_fact_answer(intent.topic, told, NOW) == said
    later = datetime(2026, 12, 9)
    assert own_fact_answer("when:interview", told, later) == \
        "Your job interview was on Friday, 4 December."
    assert own_fact_answer("when:wedding", told, NOW) == ""  # the model answers


def test_what_the_user_dislikes_and_is_allergic_to_comes_from_the_facts() -> None:
    """ "What did I say I don't like?" got "You said you don't like shellfish.", the allergy;
    the dislike was fantasy."""
    told = facts("The user's name is Olga.", "The user dislikes fantasy.",
                 "The user is allergic to shellfish.")
    intent = parse_memory_intent("What did I say I don't like?")
    assert intent == Intent("recall_own", "dislikes")
    assert own_fact_answer(intent.topic, told) == \
        "You told me you don't like fantasy. And you're allergic to shellfish."
    intent = parse_memory_intent("What am I allergic to?")
    assert intent is not None and own_fact_answer(intent.topic, told) == \
        "You're allergic to shellfish."
    assert own_fact_answer("dislikes", facts("The user's name is Olga.")) == ""


def test_the_real_store_says_when_a_name_was_never_told(tmp_path) -> None:
    from memory import MemoryStore
    from memory.embedder import load_embedder
    from memory.intents import answer

    store = MemoryStore(tmp_path, embedder=load_embedder(), progress=False)
    store.add("My dad passed away on Sunday.", role="user", session="s", timestamp=NOW,
              profile="p")
    asked = parse_memory_intent("What was my dad's name? I don't think I told you.")
    assert asked is not None
    assert answer(asked, store, "p", now=NOW) == \
        "I don't think you've told me your dad's name yet."
    store.add("My dad Jim loved fishing.", role="user", session="s", timestamp=NOW, profile="p")
    assert answer(asked, store, "p", now=NOW) == "Your dad is called Jim."
    store.close()


def test_when_the_baby_is_due() -> None:
    """ "I'm pregnant with my first baby, due in March." was a plan "(on 2027-03-01)", and "When
    is my baby due?" got "Your baby is due on March 1, 2027." """
    from memory.extract import extract_facts

    (fact,) = extract_facts("I'm pregnant with my first baby, due in March.", NOW)
    told = [Hit(0, fact.text, 1.0, "fact", NOW, [0])]
    for asked in ("When is my baby due?", "When am I due?"):
        intent = parse_memory_intent(asked)
        assert intent is not None and intent.topic == "due"
        assert own_fact_answer(intent.topic, told, NOW) == "Your baby is due in March."
    on_a_day = facts("The user's baby is due on March 3rd (on 2027-03-03).")
    assert own_fact_answer("due", on_a_day, NOW) == "Your baby is due on Wednesday, 3 March."
    assert own_fact_answer("due", KNOWN, NOW) == ""


def test_the_names_of_the_user_s_children() -> None:
    """ "Hello. Raj here." / "I've got twins, Arjun and Maya, they're eight." was no fact, and
    "What are my kids called?" got "Your kids are called Raj and Raj." """
    from memory.extract import extract_facts

    told = [Hit(i, fact.text, 1.0, "fact", NOW, [i]) for i, fact in enumerate(
        extract_facts("Hello. Raj here.", NOW)
        + extract_facts("I've got twins, Arjun and Maya, they're eight.", NOW))]
    assert told[0].text == "The user's name is Raj."
    intent = parse_memory_intent("What are my kids called?")
    assert intent is not None and intent.topic == "children:kids"
    assert own_fact_answer(intent.topic, told) == "Your kids are called Arjun and Maya."
    assert own_fact_answer("children:twins", told[:2]) == "Your twin is called Arjun."
    assert own_fact_answer(intent.topic, told[:1]) == ""
    assert not_told(intent.topic) == "I don't think you've told me your kids' names yet."
    # "I've got two grandkids, Ella and Sam." then "What are my grandkids called?" got "Your
    # grandkids are named Jack and Jill."
    grand = [Hit(i, f.text, 1.0, "fact", NOW, [i]) for i, f in enumerate(
        extract_facts("I've got two grandkids, Ella and Sam.", NOW))] + told
    intent = parse_memory_intent("What are my grandkids called?")
    assert intent is not None and intent.topic == "children:grandkids"
    assert own_fact_answer(intent.topic, grand) == "Your grandkids are called Ella and Sam."
    assert own_fact_answer("children:kids", grand) == "Your kids are called Arjun and Maya."


def test_a_newborn_is_the_user_s_son_or_daughter() -> None:
    """ "I had a baby boy three months ago, his name is Leo." was stored by the LLM as "The
    user's family: Leo.", and "What's my son's name?" got "I don't think you've told me". """
    from memory.extract import extract_facts

    def told(*lines: str) -> list[Hit]:
        return [Hit(i, f.text, 1.0, "fact", NOW, [i])
                for i, f in enumerate(f for line in lines for f in extract_facts(line, NOW))]

    for line, kin, name in (("I had a baby boy three months ago, his name is Leo.", "son", "Leo"),
                            ("We just had a baby girl called Mia!", "daughter", "Mia"),
                            ("My newborn son Oscar is so tiny.", "son", "Oscar")):
        intent = parse_memory_intent(f"What's my {kin}'s name?")
        assert intent is not None
        assert own_fact_answer(intent.topic, told(line)) == f"Your {kin} is called {name}."
    baby = told("My baby Leo wakes up every two hours.")
    assert [h.text for h in baby] == ["The user's baby is called Leo."]
    for asked in ("What's my baby's name?", "What's my son's name?"):
        intent = parse_memory_intent(asked)
        assert intent is not None
        assert "is called Leo." in own_fact_answer(intent.topic, baby)
    # "What's my baby called?" (Bex) got "I don't think you've told me your baby's name yet."
    isla = told("I had my baby girl three weeks ago, she's called Isla.")
    intent = parse_memory_intent("What's my baby called?")
    assert intent is not None
    assert own_fact_answer(intent.topic, isla) == "Your daughter is called Isla."
    assert told("I had a baby three weeks ago.", "I had a son, I named him Jack.",
                "I had a baby girl, Three weeks old.") == []


@pytest.mark.parametrize(("told", "asked", "said"), [
    # "I used to be a carpenter" was kept only by the model ("The user's job: carpenter."), and
    # "What was my job?" got "Your job was carpenter."
    ("I used to be a carpenter, I made furniture for forty years.", "What was my job?",
     "You were a carpenter."),
    ("I was a nurse for thirty years.", "What did I do for a living?", "You were a nurse."),
    ("I worked as a teacher until I retired.", "What's my job?", "You're a retired teacher."),
    ("I'm a retired plumber.", "What did I do for work?", "You're a retired plumber."),
    ("I'm retired now.", "What do I do for work?", "You're retired."),
])
def test_a_past_job_is_said_in_the_past(told: str, asked: str, said: str) -> None:
    from memory.extract import extract_facts
    (fact,) = [f for f in extract_facts(told, NOW) if f.slot == "job"]
    intent = parse_memory_intent(asked)
    assert intent is not None and intent.action == "recall_own"
    assert own_fact_answer(intent.topic, facts(fact.text)) == said


@pytest.mark.parametrize("told", ["I was a student in Leeds.", "I was a bit tired.",
                                  "I was a mess yesterday."])
def test_what_the_user_was_is_not_always_a_job(told: str) -> None:
    from memory.extract import extract_facts
    assert not [f for f in extract_facts(told, NOW) if f.slot == "job"]


def test_a_student_is_told_where_they_study() -> None:
    """ "Where do I study?" (Daniel, who said "I just started uni in Glasgow.") got "You'll study
    at Glasgow University.", made up from his home."""
    said = datetime(2026, 12, 3, 16, 0)
    told = [f.text for f in extract_facts("I'm nineteen and I just started uni in Glasgow.", said)]
    assert "The user is at university in Glasgow." in told
    intent = parse_memory_intent("Where do I study?")
    assert intent is not None and intent.topic == "school"
    assert own_fact_answer(intent.topic, facts(*told)) == "You're at university in Glasgow."
    assert not [f for f in extract_facts("I study in Leeds.", said) if f.slot == "study"]


def test_names_with_accents_are_names() -> None:
    """ "My little girl Lucía is two and she's full of energy." (Tomás) named nobody, and "What's
    my daughter's name?" got "I don't think you've told me your daughter's name yet." """
    from memory.extract import extract_facts

    told = [Hit(i, fact.text, 1.0, "fact", NOW, [i]) for i, fact in enumerate(
        extract_facts("My little girl Lucía is two and she's full of energy.", NOW)
        + extract_facts("My sister Zoë lives in Málaga.", NOW))]
    intent = parse_memory_intent("What's my daughter's name?")
    assert intent is not None
    assert own_fact_answer(intent.topic, told) == "Your daughter is called Lucía."
    assert "The user's sister lives in Málaga." in [hit.text for hit in told]


def test_what_the_user_loves_doing_is_told_back_from_the_real_store(store) -> None:
    """"What do I love doing?" (Ruth, who loves her garden) got "You love doing things that make
    you happy and bring you joy."; memory held it, said "The user loves my garden."."""
    from memory.intents import answer, parse_memory_intent

    store.add("I love my garden, the roses are my pride and joy.", role="user", profile="ruth")
    intent = parse_memory_intent("What do I love doing?")
    assert intent is not None and intent.topic == "likes"
    assert answer(intent, store, "ruth") == "You love your garden."
    assert answer(intent, store, "nobody") == ""  # memory holds none: the model answers
