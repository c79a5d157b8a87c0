"""Pure parts of memory: fact rules, time cues, tone, voice intents (no model, milliseconds)."""

from __future__ import annotations

from datetime import datetime

import pytest

from memory.affect import SAFE_RESPONSE, detect_affect, followup_question
from memory.extract import Fact, extract_facts
from memory.intents import Intent, parse_memory_intent, second_person
from memory.retrieval import fts_query, query_terms
from memory.timecues import parse_time_cue, resolve_future, spoken_when

NOW = datetime(2026, 11, 20, 15, 0)  # a Friday


def slots(text: str) -> dict[str, str]:
    return {f.slot: f.value for f in extract_facts(text, NOW)}


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("Hi, my name is Alice.", "name", "Alice"),
    ("My dog is called Biscuit.", "pet:dog:biscuit", "Biscuit"),
    ("We adopted a cat named Tom last year", "pet:cat:tom", "Tom"),
    ("my sister Ana is visiting", "family:sister:ana", "Ana"),
    ("I live in Lisbon.", "home", "Lisbon"),
    ("I moved to Porto last month", "home", "Porto"),
    ("I work as a nurse at the hospital", "job", "nurse"),
    ("I work at Google", "workplace", "Google"),
    ("I love hiking in the mountains", "like:hiking in mountains", "likes"),
    ("I really don't like coffee anymore", "like:coffee", "dislikes"),
    ("I hate fish by the way.", "like:fish", "dislikes"),  # not "fish by the way"
    ("I don't really like spicy food.", "like:spicy food", "dislikes"),
    ("I'm not a big fan of horror films", "like:horror films", "dislikes"),
    ("My favourite colour is green", "favorite:colour", "green"),
    ("I'm allergic to peanuts", "allergy:peanuts", "peanuts"),
    ("i just play minecraft to forget about it", "plays:minecraft", "minecraft"),
    ("I play the piano every evening.", "plays:piano", "the piano"),
    ("I'm studying law at Bristol.", "study", "law"),
    ("Hello. Raj here.", "name", "Raj"),
    ("Alright. Name's Gary.", "name", "Gary"),  # got "Gary is a friendly and kind person."
    ("Hello dear, I'm Eleanor.", "name", "Eleanor"),
    ("I live in the UK.", "home", "the UK"),
    ("We have three boys, Jack, Harry and Leo.", "family:son:leo", "Leo"),
    ("I have arthritis in my knees, so long walks are hard.", "limit:long walks", "long walks"),
    ("i cant walk far anymore", "limit:long walks", "long walks"),
    ("Stairs are a real struggle for me now.", "limit:stairs", "stairs"),
    ("I use a wheelchair.", "limit:hiking", "hiking"),
    ("I drive a taxi, twelve hours a day most days.", "job", "taxi driver"),
    ("Spicy food makes me feel sick at the moment.", "like:spicy food", "dislikes"),
    ("The smell of fish makes me nauseous.", "like:fish", "dislikes"),
    ("I can't eat spicy food right now.", "like:spicy food", "dislikes"),
    # Ines said so, and was offered grilled chicken for his parents.
    ("I don't eat meat, by the way.", "like:meat", "dislikes"),
    ("I never eat pork.", "like:pork", "dislikes"),
    ("I'm six months sober today.", "sober", "sober"),
    ("I quit drinking last year.", "sober", "sober"),
])
def test_rules_find_facts(text, slot, value):
    assert slots(text).get(slot) == value


def test_events_and_worries_are_due_for_a_followup():
    (event,) = extract_facts("I have a job interview tomorrow and I'm so nervous", NOW)
    assert event.category == "event" and event.feeling == "nervous"
    assert event.due == datetime(2026, 11, 22)  # the day after the interview
    (worry,) = extract_facts("I'm worried about my mum's health", NOW)
    assert worry.category == "worry" and "their mum's health" in worry.text
    (plan,) = extract_facts("I'm going to Paris on Tuesday", NOW)
    assert plan.category == "plan" and "2026-11-24" in plan.text


def test_small_talk_gives_no_facts():
    for text in ("I'm a bit tired", "I like it", "What's the weather like?", "Thanks!",
                 "I play with my kids in the park.", "When I play tennis my knee hurts.",
                 "I'm here.", "Nobody here.", "I'm studying for my exam.", "I have two kids.",
                 "I don't eat much these days.", "I don't eat breakfast.",
                 "All the food makes me sick.", "The chemo makes me feel sick.",
                 "What do I love doing?", "Do you like jazz?", "I don't drink coffee."):
        assert extract_facts(text, NOW) == []


def test_extra_extractor_adds_but_rules_win_on_the_same_slot():
    def llm(text: str, said: datetime) -> list[Fact]:
        return [Fact("home", "Paris", "The user lives in Paris."),
                Fact("hobby", "chess", "The user plays chess.", "preference")]

    facts = {f.slot: f.value for f in extract_facts("I live in Lisbon.", NOW, llm)}
    assert facts == {"home": "Lisbon", "hobby": "chess"}


def test_time_cues():
    week = parse_time_cue("what did I do last week?", NOW)
    assert (week.start, week.end) == (datetime(2026, 11, 9), datetime(2026, 11, 16))
    may = parse_time_cue("where did I go in May?", NOW)
    assert (may.start, may.end) == (datetime(2026, 5, 1), datetime(2026, 6, 1))
    december = parse_time_cue("what happened in December?", NOW)
    assert december.start == datetime(2025, 12, 1)  # the last December, not the next one
    assert parse_time_cue("yesterday", NOW).start == datetime(2026, 11, 19)
    assert parse_time_cue("when did I move to Porto?", NOW).asks_when
    assert not parse_time_cue("what's my dog's name?", NOW).has_window
    assert parse_time_cue("three days ago", NOW).start < datetime(2026, 11, 17)


def test_future_dates_and_spoken_dates():
    assert resolve_future("I have an exam tomorrow", NOW)[0] == datetime(2026, 11, 21)
    assert resolve_future("surgery on Monday", NOW)[0] == datetime(2026, 11, 23)
    assert resolve_future("nothing planned", NOW) == (None, "")
    assert spoken_when(datetime(2026, 11, 19, 9), NOW) == "yesterday"
    assert spoken_when(datetime(2026, 11, 11), NOW) == "last week"
    assert spoken_when(datetime(2026, 5, 3), NOW) == "on 3 May"


def test_lexical_query_keeps_content_words_only():
    assert query_terms("What's my dog's name?") == ["dog", "name"]
    assert fts_query("What is it?") is None
    assert fts_query('say "AND" OR NEAR(x) cats*') == '"near" OR "cats"'  # no FTS syntax


@pytest.mark.parametrize(("text", "tone"), [
    ("I'm so happy, I got the job!", "happy"),
    ("I feel really lonely since she left", "sad"),
    ("I'm nervous about tomorrow, what if it goes wrong", "anxious"),
    ("This is ridiculous, I'm so fed up with the landlord", "angry"),
    ("What's the capital of France?", "neutral"),
    ("I'm not worried at all", "neutral"),
    ("I had a really long day at work and I'm exhausted.", "tired"),  # not "great to hear"
    ("My wife Margaret passed away last spring.", "sad"),  # no exam passed
    ("The house is so quiet since Arthur passed.", "sad"),  # was happy: an exam passed
    ("Since I passed my driving test I go everywhere.", "happy"),
    ("I got made redundant last month after twenty two years.", "sad"),  # got "That's a sad news"
    ("I passed my driving test!", "happy"),
    # A question about the companion is not how the user feels ("Aw, that sounds like a good
    # question"); a taste is not anger.
    ("Do you ever get lonely?", "neutral"),
    ("Are you angry with me?", "neutral"),
    ("Do you know why I feel so lonely?", "sad"),
    ("I feel so lonely. Do you ever get lonely?", "sad"),
    ("I hate fish.", "neutral"),
    ("I hate my job.", "angry"),
    # Said flatly, "fine" is no good news ("That's good to hear"); "not great" is low.
    ("I'm fine I guess.", "subdued"),
    ("It was great, I suppose.", "subdued"),
    ("I'm fine.", "neutral"),
    ("Not great.", "sad"),
    ("I've been better, honestly.", "sad"),
    ("Is it not good to eat late?", "neutral"),
    ("That sounds good, I think we should go.", "neutral"),
    # Looking forward is joy ("I'm sorry, but I can't watch movies" was said to it).
    ("I'm dying to see the new Dune film.", "happy"),
    ("I can't wait for my holiday!", "happy"),
    ("My knees have been hurting a lot lately.", "sad"),
    ("My best friend isn't talking to me anymore.", "sad"),
    ("I like drawing, it calms me down.", "neutral"),  # no low mood
    ("My dad is in hospital, he had a heart attack on Monday.", "anxious"),
    ("I'm trying to stay strong for my mum.", "sad"),  # not "That's great to hear!"
    ("I didn't sleep at all last night.", "tired"),
    ("This traffic is killing me.", "angry"),  # not "How about taking a walk?"
    ("I miss my husband.", "sad"),  # not "I understand. It's okay to miss your husband."
    ("Some days he doesn't know who I am.", "sad"),  # not "...to feel confused or disoriented"
    ("Frank had a bad night.", "sad"),
    ("I just finished a twelve hour night shift at the hospital.", "tired"),
    ("some kids at school keep making fun of me", "sad"),  # not "Try to be kind"
    ("they call me names in the corridor every day", "sad"),
    ("my parents are always arguing too", "sad"),
    ("It went as well as it could, I suppose.", "subdued"),  # not "That's good to hear."
    ("I had a biopsy yesterday and the results come on Thursday.", "anxious"),
    ("She won't sleep more than two hours at a time.", "tired"),
    ("She didn't recognise me last week.", "sad"),  # not "That's very disappointing"
    ("my dad moved out yesterday", "sad"),  # not "That's great news!"
    ("My parents are getting divorced.", "sad"),
    ("My knees have been bad this week.", "sad"),
    ("My arthritis is flaring up again.", "sad"),
    ("I finally moved out of my parents' place, I'm so happy!", "happy"),
    ("I got maybe two hours of sleep.", "tired"),  # not "That's okay, Noor."
    ("I got eight hours of sleep.", "neutral"),
    ("This is going to be my first Christmas without my mum.", "sad"),
    ("My ex is being impossible about the Christmas arrangements.", "angry"),  # not "communicate"
    ("my parents expect straight 9s and i just can't", "anxious"),
    ("I'm ninety and my eyesight isn't what it was.", "sad"),  # not "a common concern as we age"
])
def test_tone(text, tone):
    assert detect_affect(text).tone == tone


def test_tone_steers_style_and_prosody():
    sad, happy, neutral = (detect_affect(t) for t in ("I'm so sad today", "I'm thrilled!",
                                                      "Set a timer"))
    assert sad.speaking_rate < neutral.speaking_rate < happy.speaking_rate
    assert sad.sentence_pause_ms > neutral.sentence_pause_ms
    assert sad.style_hint and not neutral.style_hint


@pytest.mark.parametrize("text", ["I want to kill myself", "Sometimes I think about suicide",
                                  "everyone would be better off without me",
                                  "I can't go on like this", "I've been hurting myself"])
def test_distress_gets_a_caring_safe_response(text):
    affect = detect_affect(text)
    assert affect.distress and affect.tone == "distress"
    assert affect.safe_response == SAFE_RESPONSE and "988" in affect.safe_response
    assert "crisis" in affect.style_hint


def test_someone_close_being_ill_is_asked_after():
    (fact,) = extract_facts("My dad is in hospital, he had a heart attack on Monday.", NOW)
    assert fact.category == "worry" and fact.text == "The user's dad is in hospital."
    assert fact.due == datetime(2026, 11, 21)  # asked about from the next day
    assert followup_question(fact.value, fact.feeling, "on Monday") == \
        "You were worried about your dad on Monday. How is he doing now?"
    # "their" is how the facts speak of the user: the question says "your", never "the their".
    assert followup_question("their mum's health", "worried", "on Saturday") == \
        "You were worried about your mum's health on Saturday. How is she doing now?"


def test_a_poorly_pet_is_asked_after_by_name():
    """ "My dog Rex is really poorly" came back from the LLM's extraction as "You were worried
    about the poorly on Tuesday: how did it go?"."""
    facts = extract_facts("My dog Rex is really poorly, the vet thinks it might be his heart.", NOW)
    (fact,) = [f for f in facts if f.category == "worry"]
    assert fact.text == "The user's dog Rex is really poorly." and fact.value == "their dog Rex"
    assert followup_question(fact.value, fact.feeling, "on Tuesday") == \
        "You were worried about your dog Rex on Tuesday. How is Rex doing now?"
    (cat,) = extract_facts("My cat is not well.", NOW)
    asked = followup_question(cat.value, cat.feeling, "on Tuesday")
    assert asked.endswith("How are they doing now?")
    (mum,) = extract_facts("My mum is really poorly.", NOW)
    assert mum.category == "worry" and mum.value == "their mum"


def test_followup_question_wording():
    assert followup_question("interview", "nervous", "last week") == \
        "You were nervous about the interview last week: how did it go?"
    # A worry that goes on is asked after, not "how did it go?" (Jade, newly pregnant).
    assert followup_question("pregnancy", "worried", "on Sunday") == \
        "You were worried about the pregnancy on Sunday. How are you feeling about it now?"
    assert followup_question("their job", "worried", "on Monday").endswith("about it now?")


def test_being_made_redundant_or_robbed_is_asked_after() -> None:
    """ "I got made redundant today after twenty years at the factory." (Leon) left no follow-up,
    and three days later "Morning." got only "How are you feeling today?"."""
    for said in ("I got made redundant today after twenty years at the factory.",
                 "Someone nicked my scooter last night."):  # Sol's, his whole income
        (hard,) = extract_facts(said, NOW)
        assert hard.category == "event" and hard.feeling == "sad" and hard.due is not None


@pytest.mark.parametrize(("said", "asked"), [
    # Ash got "On Wednesday you mentioned the going to tell their parents I'm gay this weekend:
    # how did it go?"
    ("I'm going to tell my parents I'm gay this weekend.",
     "On Wednesday you said you were going to tell your parents you're gay: how did it go?"),
    ("I'm going to Paris next week.", "On Wednesday you said you were going to Paris: how did "
     "it go?"),
    ("We're moving house on Saturday.", "On Wednesday you said you were moving house: how did "
     "it go?"),
    ("I'll call my mum tomorrow morning.", "On Wednesday you said you were going to call your "
     "mum: how did it go?"),
])
def test_a_plan_is_asked_after_in_their_words(said: str, asked: str) -> None:
    (plan,) = extract_facts(said, NOW)
    assert plan.category == "plan"
    assert followup_question(plan.value, plan.feeling, "on Wednesday", plan=True) == asked


@pytest.mark.parametrize(("text", "intent"), [
    ("What do you remember about me?", Intent("recall_all")),
    ("Hey, what have I told you?", Intent("recall_all")),
    ("Forget what I told you about my sister.", Intent("forget", "my sister")),
    ("please forget about the interview", Intent("forget", "the interview")),
    ("What did I tell you about Lisbon?", Intent("recall_topic", "Lisbon")),
    ("Forget everything", Intent("forget_all")),
    ("Yes, forget everything.", Intent("forget_all", confirmed=True)),
])
def test_memory_intents(text, intent):
    assert parse_memory_intent(text) == intent


@pytest.mark.parametrize("text", ["forget it", "What is the weather?", "I forgot my keys"])
def test_ordinary_words_are_not_memory_commands(text):
    assert parse_memory_intent(text) is None


def test_facts_are_spoken_in_second_person():
    assert second_person("The user's dog is called Biscuit.") == "your dog is called Biscuit"
    assert second_person("The user lives in Porto.") == "you live in Porto"


def test_favorites_in_both_spellings_are_preferences() -> None:
    from datetime import datetime

    from memory.extract import extract_facts

    for sentence in ("My favorite color is green.", "My favourite colour is green."):
        facts = extract_facts(sentence, datetime(2026, 5, 1))
        assert [f.category for f in facts] == ["preference"] and "green" in facts[0].text


def _imports(path) -> set[str]:
    """Modules a file imports at run time (``if TYPE_CHECKING:`` blocks left out)."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
            and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return found


def test_memory_helpers_do_not_reach_back_into_the_store() -> None:
    """The store wires its parts; no part imports the store (no cycles), and memory imports
    nothing of the project but models."""
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "memory"
    for path in folder.glob("*.py"):
        imports = _imports(path)
        if path.stem not in ("__init__", "store"):
            assert "memory.store" not in imports, path.name
        project = {m.split(".")[0] for m in imports} & {"pipeline", "voice", "hardware",
                                                         "shells", "tools"}
        assert not project, (path.name, project)


@pytest.mark.parametrize(("said", "name"), [
    ("Hi, I'm Raj.", "Raj"), ("Hey! I'm Lena, I study biology.", "Lena"), ("I'm Zoe.", "Zoe"),
    ("Hello there. I'm Arthur, I'm 82.", "Arthur"), ("I'm Tom from Leeds.", "Tom"),
    ("Hello there, I'm Samir.", "Samir"), ("Hi again, I'm Bea.", "Bea"),
    ("I'm English.", None), ("I'm OK.", None), ("Hi, I'm so tired.", None),
    ("I'm Zoe's mum.", None), ("I think I'm Fine.", None),
    ("By the way, I'm Aisha.", "Aisha"), ("Oh and I'm Ben, by the way.", "Ben"),
    ("By the way, I'm exhausted.", None), ("Sorry, I'm late.", None),
    ("they call me names in the corridor every day", None), ("Call me Jo.", "Jo"),
    ("Call me back later.", None), ("hey im Tom", "Tom"), ("im tired", None),
    # typed all in lowercase: a name when an age follows
    ("im tom, im 17", "Tom"), ("hey im tom and im 17", "Tom"), ("im bored, im 15", None),
    ("im tom", None), ("hey im jess", "Jess"), ("hi im bored", None), ("hey im hungry", None),
    ("hi im back", None), ("hey im jess and my boyfriend left me", None),
    ("Well, everyone calls me Pri.", "Pri"), ("My friends call me Sunny.", "Sunny"),
    ("Everyone calls me names.", None),
])
def test_an_introduction_gives_the_name(said: str, name: str | None) -> None:
    """ "Hi, I'm Raj." left no name: the next session greeted him as nobody."""
    names = [f.value for f in extract_facts(said, NOW) if f.slot == "name"]
    assert names == ([name] if name else [])


def test_my_name_s_and_an_age_are_facts() -> None:
    """ "My name's Daniel." left no name; "I'm sixteen" no age, and a teenager is no adult."""
    assert slots("My name's Daniel. I've got back pain.")["name"] == "Daniel"
    assert slots("i'm Sam, i'm sixteen")["age"] == "16"
    assert slots("im tom, im 17")["age"] == "17"  # typed, without the apostrophe
    assert slots("I'm Margaret, I'm 79 and I live on my own.")["age"] == "79"
    assert slots("I am seventy-two years old.")["age"] == "72"
    for said in ("I'm 5 minutes away.", "I'm ten minutes late.", "I'm one of five kids.",
                 "I'm seventy-nine next month."):
        assert "age" not in slots(said)


def test_an_event_may_say_its_kind_and_a_feeling_is_no_plan() -> None:
    """ "i have my maths exam on friday and i'm freaking out" gave no exam, and once the
    Friday was ahead, "The user plans: freaking out"."""
    facts = extract_facts("i have my maths exam on friday and i'm freaking out", NOW)
    assert [(f.slot, f.category) for f in facts] == [("event:maths exam:2026-11-27", "event")]
    assert not [s for s in slots("I'm so stressed, it's on Friday.") if s.startswith("plan")]


def test_a_carer_s_husband_a_grandson_and_a_new_job_are_facts() -> None:
    """ "My husband Frank has dementia", "My grandson Leo is coming on Saturday" and "I started
    a new job as a teacher" left no facts, and "What do I do for work?" got "You can teach
    students, help with homework..." """
    facts = slots("My husband Frank has dementia, I look after him.")
    assert facts["family:husband:frank"] == "Frank" and "health:husband" in facts
    assert slots("My grandson Leo is coming to visit on Saturday.")["family:grandson:leo"] == "Leo"
    assert slots("I started a new job as a teacher last month.")["job"] == "teacher"
    facts = slots("My sister Priya lives in Glasgow.")
    assert facts["lives:sister"] == "Glasgow" and facts["family:sister:priya"] == "Priya"


@pytest.mark.parametrize(("said", "day"), [
    ("i have my maths exam on friday and i'm freaking out", 27),  # ahead: Friday 27 Nov
    ("My interview is on Monday.", 30),
    ("The party's on Saturday.", 28),
    ("We went out on Tuesday.", 17),  # past verbs look back
    ("I cooked a roast on Wednesday.", 18),
    ("I had a great time on Thursday.", 19),
    ("Kitchen experiment on Wednesday: paella.", 18),  # no verb: as before, back
    ("I've got a dentist appointment on Thursday.", 26),
    ("I got a new job on Monday.", 23),
])
def test_a_bare_weekday_looks_ahead_for_what_the_user_has_or_is(said: str, day: int) -> None:
    """ "i have my maths exam on friday", said on a Tuesday, was saved as the Friday before,
    and the exam was recalled as over."""
    from memory.dates import resolve_mentioned

    told = resolve_mentioned(said, datetime(2026, 11, 24, 10))  # a Tuesday
    assert told is not None and told[0] == datetime(2026, 11, day)


def test_a_month_ahead_is_next_year_s_when_the_user_has_it_to_come() -> None:
    """ "My daughter Ellie is getting married in June.", said in December, was saved as the
    June gone."""
    from memory.dates import resolve_mentioned

    december = datetime(2026, 12, 1, 10)
    assert resolve_mentioned("My daughter is getting married in June.", december)[0] == \
        datetime(2027, 6, 1)
    assert resolve_mentioned("We got married in June.", december)[0] == datetime(2026, 6, 1)
    assert resolve_mentioned("I've been in Leeds since March.", december)[0] == \
        datetime(2026, 3, 1)


def test_names_the_recognizer_writes_in_lowercase_are_still_names() -> None:
    """Whisper writes "a golden retriever called mango" when the name is also a word."""
    from datetime import datetime

    from memory.extract import extract_facts

    said = datetime(2026, 5, 1)
    facts = {t: [f.text for f in extract_facts(t, said)] for t in (
        "I have a golden retriever called mango.", "My dog is called biscuit.",
        "my name is ana", "my sister is called priya", "my dog is called and he is cute")}
    assert facts["I have a golden retriever called mango."] == [
        "The user has a golden retriever called Mango."]
    assert facts["My dog is called biscuit."] == ["The user has a dog called Biscuit."]
    assert facts["my name is ana"] == ["The user's name is Ana."]
    assert facts["my sister is called priya"] == ["The user's sister is called Priya."]
    assert facts["my dog is called and he is cute"] == []


@pytest.mark.parametrize(("said", "diet"), [
    ("I'm vegetarian, have been for ten years.", "vegetarian"),
    ("I'm a vegan.", "vegan"),
    ("I've gone vegan!", "vegan"),
    ("Guess what, I've started eating fish again.", "eats fish"),
    ("I eat meat now.", "eats meat"),
    ("I'm not vegetarian anymore.", "no longer vegetarian"),
    ("I gave up being vegetarian last year.", "no longer vegetarian"),
    ("I'm eating fish tonight.", None),  # a meal, not a diet
])
def test_a_diet_and_its_end_are_one_fact(said: str, diet: str | None) -> None:
    """ "I've started eating fish again" said nothing, so "vegetarian" stayed for good."""
    assert slots(said).get("diet") == diet


def test_a_month_alone_is_told_as_a_month_and_a_day_with_th_is_that_day() -> None:
    """ "...my first marathon in April" was told back as "Your marathon is on April 1, 2027.";
    "on June 5th" was saved as 1 June."""
    (marathon,) = extract_facts("I'm training for my first marathon in April.", NOW)
    assert marathon.text == "The user has a marathon in April 2027."
    (wedding,) = extract_facts("Our wedding is on June 5th.", NOW)
    assert wedding.slot == "event:wedding:2027-06-05" and "on June 5th" in wedding.text
    # "Your exams start on May 1, 2027." (Zara, 15): kept as a plan "15 and their gcses start
    # in may (on 2027-05-01)".
    texts = [f.text for f in extract_facts("i'm 15 and my gcses start in may", NOW)]
    assert "The user has their gcses in May 2027." in texts
    (finals,) = extract_facts("My finals start in January and I'm dreading them.", NOW)
    assert finals.text == "The user has their finals in January 2027 and is dreading it."
    assert not any("plans" in t or "-05-01" in t for t in texts)
    (move,) = [f for f in extract_facts("I'm moving to Leeds in March.", NOW) if "plans" in f.text]
    assert "(in March" in move.text and "-03-01" not in move.text


def test_a_name_said_of_someone_else_is_not_the_users() -> None:
    from datetime import datetime

    from memory.extract import extract_facts

    for text in ("His name's Tom.", "My boss, his name's Gary, is awful."):
        assert not [f for f in extract_facts(text, datetime(2026, 12, 3)) if f.slot == "name"]
