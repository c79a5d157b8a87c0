"""Ideas asked for where the 1.5B's own were generic or wrong (Fatima's iftar and Eid, Dmitri's
first guitar song, Nikos newly retired), and a worry said outright answered with its own word."""

from __future__ import annotations

from datetime import datetime

import pytest

from memory.affect import detect_affect
from pipeline.idea_steers import (
    DINNER_IDEAS,
    DINNERS,
    FEAST_FOOD,
    FIRST_SONG,
    PRESENT_IDEAS,
    QUICK_DINNERS,
    RETIRED_IDEAS,
)
from pipeline.life_steers import HOSTING
from pipeline.openers import IDEAS_OPENERS, OPENERS, tone_openers
from pipeline.prompting import preference_hints, words_to_avoid
from pipeline.steers import steer_for
from pipeline.user_profile import UserProfile

STEERED = [
    # got "How about making a simple dish like grilled chicken or a salad?"
    ("What's something nice I could make to open the fast tonight?", FEAST_FOOD),
    # got "How about a fruit salad or a banana split?"
    ("Can you suggest a dessert for Eid?", FEAST_FOOD),
    ("What can I cook for Diwali?", FEAST_FOOD),
    ("Any ideas for pudding on Christmas Day?", FEAST_FOOD),
    ("What should I get my mum for Christmas?", PRESENT_IDEAS),  # a present, not food
    ("What should I cook on my holiday?", DINNER_IDEAS),  # "holiday" is not Holi
    ("Eid is next week and I'm hosting twenty people!", HOSTING),  # news, not asking for food
    # got "a salad with grilled chicken" (Sam, Margaret, Tomás, Fatima alike)
    ("Can you suggest something for dinner tonight?", DINNER_IDEAS),
    ("What's a quick dinner I could make tonight?", DINNER_IDEAS),
    ("Can you suggest a quick lunch I can make with one hand?", None),
    ("Where could we go for dinner?", None),
    # got "How about a birthday cake, a book, or a toy?" (Hamid, his daughter turning ten)
    ("What could I get her for her birthday?", PRESENT_IDEAS),
    ("Any ideas for an anniversary present?", PRESENT_IDEAS),
    ("What did you get for your birthday?", None),
    # got "Stairway to Heaven ... It's a classic and easy to play."
    ("What's an easy song to learn on guitar?", FIRST_SONG),
    ("Any simple tunes for a beginner on the piano?", FIRST_SONG),
    ("Who wrote the song about the guitar?", None),
    # got "reading, painting, or gardening"
    ("What's a good hobby for someone who's just retired?", RETIRED_IDEAS),
    ("I'm retired now, what should I do with all this time?", RETIRED_IDEAS),
    ("When did my dad retire?", None),
]


@pytest.mark.parametrize(("said", "steer"), STEERED)
def test_ideas_asked_for_are_steered(said: str, steer: object) -> None:
    assert steer_for(said, detect_affect(said).tone) is steer


def test_a_feast_gets_its_own_dishes_and_a_dessert_its_sweet_ones() -> None:
    iftar = FEAST_FOOD.hint_for("What's something nice I could make to open the fast tonight?")
    assert "dates" in iftar and "lentil soup" in iftar and "salad" not in iftar
    eid_sweet = FEAST_FOOD.hint_for("Can you suggest a dessert for Eid?")
    assert "sheer khurma" in eid_sweet and "biryani" not in eid_sweet
    assert "biryani" in FEAST_FOOD.hint_for("What should I cook for Eid lunch?")
    assert FEAST_FOOD.openers_for("Can you suggest a dessert for Eid?") == IDEAS_OPENERS
    # The dishes reach the prompt with the steer's hint.
    hints = preference_hints("Can you suggest a dessert for Eid?", UserProfile(), datetime.now())
    assert any("sheer khurma" in hint for hint in hints)


def test_dinner_ideas_are_two_real_dishes_quick_ones_when_asked() -> None:
    slow = DINNER_IDEAS.hint_for("Can you suggest something nice for supper?")
    assert sum(dish in slow for dish in DINNERS) == 2 and "salad" not in slow
    quick = DINNER_IDEAS.hint_for("What's a quick dinner I could make tonight?")
    assert sum(dish in quick for dish in QUICK_DINNERS) == 2
    assert not any(dish in quick for dish in DINNERS if dish not in QUICK_DINNERS)
    # Not the same two for every line: eleven people once all got the same stir-fry.
    asked = ["Can you suggest something for dinner tonight?", "What should I make for dinner "
             "tonight?", "Can you suggest a dinner for the party?", "Any ideas for supper?"]
    assert len({DINNER_IDEAS.hint_for(line) for line in asked}) > 1


def test_a_diet_rules_out_the_dishes_made_of_what_it_forbids() -> None:
    vegan = UserProfile(avoid=("animal products (vegan)",))
    avoided = words_to_avoid("What's a quick dinner I could make tonight?", [], vegan)
    assert "omelette" in avoided and "cheese" in avoided
    # A dish made of meat is meat: "I don't eat meat" (Ines), then "How about a shepherd's pie?"
    vegetarian = UserProfile(avoid=("meat or fish (vegetarian)",))
    avoided = words_to_avoid("Can you suggest something nice to cook on Sunday?", [], vegetarian)
    assert "shepherd" in avoided and "fish" in avoided
    spicy = UserProfile(avoid=("spicy food",))
    avoided = words_to_avoid("Can you suggest something nice for supper?", [], spicy)
    assert "curry" in avoided and "chilli" in avoided


def test_a_first_song_is_one_beginners_really_play() -> None:
    guitar = FIRST_SONG.openers_for("What's an easy song to learn on guitar?", "Dmitri")[0]
    assert guitar.startswith("Oh, nice, Dmitri! Knockin' on Heaven's Door")
    assert guitar.endswith("?") and FIRST_SONG.whole("What's an easy song to learn on guitar?")
    assert "I'm Yours" in FIRST_SONG.openers_for("Easy first song on the uke?")[0]
    assert "Ode to Joy" in FIRST_SONG.openers_for("A simple piece for keyboard beginners?")[0]


def test_retirement_ideas_name_sociable_things() -> None:
    hint = RETIRED_IDEAS.hint_for("What's a good hobby for someone who's just retired?")
    assert "volunteering" in hint and "walking group" in hint
    assert RETIRED_IDEAS.openers_for("What's a good hobby now I'm retired?") == IDEAS_OPENERS


@pytest.mark.parametrize(("said", "opener"), [
    # got "Oh, that sounds very sad." from "Oh, that sounds"
    ("Her flight was delayed and I'm really worried.", "Oh, that sounds worrying."),
    ("I'm so nervous about my driving test.", "Oh, that sounds nerve-racking."),
    ("I'm scared of the results.", "Oh, that sounds scary."),
])
def test_a_worry_said_outright_gets_its_own_word_back(said: str, opener: str) -> None:
    tone = detect_affect(said).tone
    assert tone == "anxious" and tone_openers(said, tone)[0] == opener


def test_other_feelings_keep_their_openers() -> None:
    assert tone_openers("I feel so lonely.", "sad") == OPENERS["sad"]
    assert tone_openers("I feel anxious all the time.", "anxious") == OPENERS["anxious"]
    assert tone_openers("What's the time?", "neutral") == ()
