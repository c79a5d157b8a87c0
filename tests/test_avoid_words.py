"""A reply never says what the user cannot stand (pipeline.llm.avoid, prompting.words_to_avoid).
The last test runs the real llama.cpp with the tiny model."""

from __future__ import annotations

from datetime import datetime

import numpy as np

from memory.extract import extract_facts
from memory.hits import Hit
from models.resolve import resolve_model
from pipeline.config import LlmConfig
from pipeline.llm.avoid import AvoidWords, word_forms
from pipeline.prompting import preference_hints
from pipeline.prompting import words_to_avoid as avoid_for
from pipeline.user_profile import UserProfile, avoided_said, user_profile

# A toy vocabulary: " fish" is one token, " coriander" two (" cor" + "iander"), "Fish" one.
VOCAB = {" fish": [1], "fish": [2], " Fish": [3], "Fish": [2], " fishes": [1, 4],
         "fishes": [2, 4], " Fishes": [3, 4], "Fishes": [2, 4],
         " coriander": [5, 6], "coriander": [7, 6], " Coriander": [8, 6], "Coriander": [7, 6],
         " corianders": [5, 6, 4], "corianders": [7, 6, 4], " Corianders": [8, 6, 4],
         "Corianders": [7, 6, 4]}
TEXT = {0: "Hi", 9: " (", 5: " cor", 6: "iander", 1: " fish", 2: "fish", 10: " f"}
VOCAB["ish"] = [11]
PROMPT = [0, 0]


def banned(words: list[str], said: list[int]) -> set[int]:
    avoid = AvoidWords(words, lambda text: VOCAB.get(text, [99]), lambda t: TEXT.get(t, "x"),
                       start=len(PROMPT))
    scores = avoid(np.array(PROMPT + said), np.zeros(100, dtype=np.float32))
    return {int(i) for i in np.flatnonzero(np.isinf(scores))}


def test_a_one_token_word_is_never_written() -> None:
    assert {1, 2, 3} <= banned(["fish"], [])
    assert {1, 3} <= banned(["fish"], [0])


def test_a_long_word_is_stopped_at_its_last_token_only() -> None:
    assert 5 not in banned(["coriander"], [0])  # " cor" may still become " corn"
    assert 6 in banned(["coriander"], [0, 5])  # " cor" + "iander" may not


def test_a_word_without_its_space_counts_only_where_a_word_starts() -> None:
    assert 2 in banned(["fish"], [])  # the reply's first word: "Fish tacos..."
    assert 2 in banned(["fish"], [9])  # after " ("
    assert 2 not in banned(["fish"], [6])  # "...iander" + "fish" would be one word


def test_a_word_spelled_another_way_is_stopped_too() -> None:
    assert 11 in banned(["fish"], [0, 10])  # " f" + "ish"
    assert 11 not in banned(["fish"], [0, 9])


def test_plurals_and_capitals_are_the_same_word() -> None:
    assert set(word_forms(["mushroom"])) == {"mushroom", "mushrooms", "Mushroom", "Mushrooms",
                                             "MUSHROOM", "MUSHROOMS"}
    assert "peanut" in word_forms(["peanuts"])


def test_what_to_avoid_comes_from_the_words_and_the_profile() -> None:
    now = datetime(2026, 12, 1, 18)
    user = UserProfile("Tom", ("mushrooms", "peanuts (allergy)", "meat or fish (vegetarian)",
                               "horror films"))
    said = "What should I cook tonight? I hate olives by the way."

    def words_to_avoid(text: str, user: UserProfile, now: datetime,
                       earlier: list[str] | None = None) -> list[str]:
        return avoid_for(text, avoided_said(text, now), user, earlier or [])

    assert words_to_avoid(said, user, now, ["kale"])[:7] == \
        ["olives", "kale", "mushrooms", "peanuts", "meat", "chicken", "beef"]
    # No ideas asked for: only what is said now, so "Tell me about fish" can still be answered.
    assert words_to_avoid("Tell me about fish.", user, now, ["kale"]) == []
    assert words_to_avoid("I'm allergic to cashews.", user, now) == ["cashews"]
    assert words_to_avoid("I hate my job.", user, now) == []  # not a thing one suggests
    # "What's a good snack after a run?" got "...fruits, nuts, or yogurt" said to a user
    # allergic to nuts.
    nuts = UserProfile("Aisha", ("nuts (allergy)",))
    snack = words_to_avoid("What's a good snack after a run?", nuts, now)
    assert snack[0] == "nuts" and "almond" in snack  # a kind covers its members
    assert words_to_avoid("What are some healthy breakfasts?", nuts, now) == snack
    assert {"fish", "salmon", "horror"} <= set(words_to_avoid(said, user, now))
    # "I hate running." then "Any ideas for staying fit?" got "walking or jogging".
    assert "jogging" in words_to_avoid("Any ideas for staying fit?", UserProfile(), now,
                                       ["running"])


def test_a_pets_name_is_not_suggested_as_food() -> None:
    """ "Can you suggest something for dinner?" got "something with mango": Mango is the dog."""
    user = UserProfile("Sam", ("mushrooms",), pets=("Mango",))
    now = datetime(2026, 12, 1, 18)
    asked = "Can you suggest something for dinner tonight?"
    assert avoid_for(asked, [], user, []) == ["mushrooms", "Mango"]
    assert avoid_for("How is Mango doing?", [], user, []) == []  # no ideas asked for
    assert avoided_said(asked, now) == []


def test_what_their_body_makes_hard_is_not_suggested() -> None:
    """ "I have arthritis in my knees, so long walks are hard." got "...such as hiking or
    biking", and "Any ideas for things to do there?" a day of sights on foot."""
    now = datetime(2026, 12, 1, 18)
    said = "I have arthritis in my knees, so long walks are hard."
    assert avoided_said(said, now) == ["long walks"]
    assert {"walks", "hiking"} <= set(avoid_for(said, avoided_said(said, now), UserProfile()))
    marcus = user_profile([Hit(i, text, 1.0, "fact", now, [i]) for i, text in enumerate((
        "The user finds long walks hard.", "The user dislikes big crowds."))])
    assert marcus.avoid == ("long walks (hard for them)", "big crowds")
    ideas = avoid_for("Any ideas for things to do there?", [], marcus)
    assert {"walks", "hiking", "crowds"} <= set(ideas)
    assert "long" not in ideas and "big" not in ideas  # "a long day" stays sayable
    # Asked nothing, what their body makes hard is still never suggested; a dislike may be said.
    knees = avoid_for("My knees have been bad this week.", [], marcus)
    assert "walking" in knees and "crowds" not in knees
    # "I have type 2 diabetes, so I have to watch my sugar." then "Any ideas for a dessert I
    # could make tonight?" got "How about a banana split with whipped cream?".
    told = "I have type 2 diabetes, so I have to watch my sugar."
    samir = user_profile([Hit(1, f.text, 1.0, "fact", now, [1]) for f in extract_facts(told, now)])
    assert samir.avoid == ("sugary food (diabetes)",)
    dessert = avoid_for("Any ideas for a dessert I could make tonight?", [], samir)
    assert {"sugar", "cream", "chocolate"} <= set(dessert)
    assert avoided_said("Work is hard at the moment.", now) == []  # a feeling, not a thing
    # "I'm six months sober today." was kept nowhere: "What could I do tonight to unwind?"
    dev = user_profile([Hit(1, f.text, 1.0, "fact", now, [1])
                        for f in extract_facts("I'm six months sober today.", now)])
    assert dev.avoid == ("alcohol (sober)",)
    assert {"wine", "beer", "pub"} <= set(avoid_for("What could I do tonight to unwind?", [], dev))
    pub = "My mates are all going to the pub on Friday and they invited me."
    assert "pub" in avoid_for(pub, [], dev)  # asked nothing, drink is still not cheered on
    assert any("is sober" in hint for hint in preference_hints(pub, dev, now))
    assert not any("is sober" in hint for hint in preference_hints(pub, UserProfile(), now))
    # "I'm coeliac, so I can't eat gluten." then "What should I have for lunch?" got
    # "whole-grain bread".
    for told in ("I'm coeliac, so I can't eat gluten.", "I have coeliac disease.",
                 "I can't eat gluten at all.", "I'm gluten intolerant."):
        sofia = user_profile([Hit(1, f.text, 1.0, "fact", now, [1])
                              for f in extract_facts(told, now)])
        assert sofia.avoid == ("gluten (coeliac)",), told
        lunch = avoid_for("What should I have for lunch?", [], sofia)
        assert {"gluten", "bread", "pasta", "couscous", "sandwich"} <= set(lunch)
    assert avoid_for("I had a long day.", [], sofia) == []
    # "I'm vegan, by the way." then "What's a quick dinner I could make tonight?" (Tomás) got
    # "a salad with grilled chicken or fish".
    tomas = user_profile([Hit(1, f.text, 1.0, "fact", now, [1])
                          for f in extract_facts("I'm vegan, by the way.", now)])
    assert {"chicken", "fish", "cheese", "egg", "honey"} <= set(
        avoid_for("What's a quick dinner I could make tonight?", [], tomas))
    # ...and in the same session, before the profile knows it.
    told = avoided_said("I'm vegan, by the way.", now)
    assert told == ["animal products (vegan)"]
    assert {"chicken", "fish", "cheese"} <= set(
        avoid_for("What's a quick dinner I could make tonight?", [], UserProfile(), told))
    jade = UserProfile(name="Jade")
    assert "Jade" in avoid_for("Can you suggest a name for a girl?", [], jade)
    assert "Jade" not in avoid_for("Can you suggest a film?", [], jade)
    hamid = user_profile([Hit(1, "The user is vegetarian.", 1.0, "fact", now, [1])])
    assert "vegetarian" in avoid_for("Can you suggest a dinner for the party?", [], hamid)
    assert "vegetarian" not in avoid_for("I had a long day.", [], hamid)


def test_the_real_model_writes_around_a_banned_word() -> None:
    from pipeline.llm.local import LlamaChat

    llm = LlamaChat(resolve_model("llm", "tiny"), LlmConfig(context_tokens=512))
    ask = [{"role": "user", "content": "Say the word fish three times, nothing else."}]
    free = "".join(llm.stream(ask, 12))
    assert "fish" in free.lower(), free  # else this test proves nothing
    kept = "".join(llm.stream(ask, 12, avoid=["fish"]))
    assert kept.strip() and "fish" not in kept.lower(), kept
