"""Steers added after talking to it as Kwame (a month retired after thirty years of teaching),
Ines (just engaged, cooking for his parents), Leo (a first date in two years) and Mei (her cafe
struggling): each line got a reply a friend would not give."""

from __future__ import annotations

import pytest

from memory.affect import detect_affect
from pipeline.steers import (
    ADRIFT,
    BIG_DECISION,
    COLD_SHOULDER,
    DATE_NERVES,
    ENGAGED,
    FAREWELL,
    LET_GO,
    LONELY,
    LONG_DAYS,
    LUCK,
    RELIEVED,
    RUSTY,
    TIRED,
    USELESS,
    WHAT_IF_THEY_THINK,
    steer_for,
)

STEERED = [
    # got "How about exploring new hobbies or interests?"
    ("Honestly, I don't know what to do with myself now.", ADRIFT),
    ("I've lost my sense of purpose.", ADRIFT),
    ("I feel lost in this city.", None),
    ("I'm lost, where is the station?", None),
    # got "That's understandable. What are some things you enjoy doing in your free time?"
    ("My wife still works, so the days are long.", LONG_DAYS),
    ("The days are getting longer.", None),
    # got "That's understandable, Kwame. Sometimes it can be hard to find purpose in life."
    ("Some days I feel a bit useless, to be honest.", USELESS),
    ("I'm feeling a bit useless today.", USELESS),
    ("This phone feels useless.", None),
    # got "That's great news! Congratulations on your engagement. How did you feel about it?"
    ("I got engaged last weekend!", ENGAGED),
    ("We're getting married in June.", ENGAGED),
    ("My sister got engaged.", None),
    ("I'm not getting married.", None),
    # got "Bye for now, Ines!"
    ("Okay, wish me luck. Bye!", LUCK),
    ("Okay, bye!", FAREWELL),
    # got "That's great to hear! How was your flight?"
    ("I made it, the flight was fine in the end.", RELIEVED),
    ("The operation went okay in the end.", RELIEVED),
    ("I made it to the station.", None),
    ("I made it myself.", None),
    ("Was it fine in the end?", None),
    # got "Remember, it's okay to feel nervous before a big event. What do you think about the
    # date?"
    ("I've got a first date on Saturday and I'm really nervous.", DATE_NERVES),
    ("I'm not nervous about the date.", None),
    # got "That's a good thing. It gives you time to relax and get ready for your new
    # relationship."
    ("I haven't dated since my last relationship ended two years ago.", RUSTY),
    # got "Remember, everyone has their own unique interests... What makes you special to her?"
    ("What if she thinks I'm boring?", WHAT_IF_THEY_THINK),
    # got "That's okay, Ines. Sometimes people can be busy or have other things on their mind."
    ("The dinner went okay, but his mum barely spoke to me.", COLD_SHOULDER),
    ("I didn't talk to anyone today.", LONELY),
    # got "Try to take care of your team. What can you do to support them?"
    ("I had to let one of my staff go yesterday, and I feel terrible.", LET_GO),
    # got "Aw, that sounds tough. How can you help yourself?"
    ("I'm running on empty.", TIRED),
    # got "That's a tough decision. What do you think about it?"
    ("I'm thinking of closing the cafe for good.", BIG_DECISION),
    ("I'm thinking about dinner.", None),
]


@pytest.mark.parametrize(("said", "steer"), STEERED)
def test_a_changed_life_is_steered(said: str, steer: object) -> None:
    assert steer_for(said, detect_affect(said).tone) is steer


def test_the_whole_replies_say_what_a_friend_would() -> None:
    assert USELESS.openers_for("I feel worthless.", "Kwame") == (
        "I'm sorry it feels that way, Kwame. You're not worthless, not one bit. What's been "
        "making you feel like that?",)
    assert LUCK.openers_for("Okay, wish me luck. Bye!", "Ines") == (
        "Good luck, Ines! You've got this. Talk soon!",)
    assert LUCK.openers_for("Wish me luck for tomorrow.") == ("Good luck! You've got this.",)
    assert ENGAGED.openers_for("I got engaged!", "Ines") == (
        "Congratulations, Ines! That's wonderful news. How did it happen?",)
    assert LET_GO.openers_for("I had to let one of my staff go, and I feel terrible.", "Mei") == (
        "That's such a hard thing to have to do, Mei. Feeling awful about it shows how much you "
        "care. How are you doing?",)
    assert LET_GO.openers_for("I had to fire my cleaner.") == (
        "That's such a hard thing to have to do. How are you doing?",)
    for steer in (ADRIFT, LONG_DAYS, USELESS, ENGAGED, LUCK, RELIEVED, DATE_NERVES, RUSTY,
                  WHAT_IF_THEY_THINK, COLD_SHOULDER, LET_GO, BIG_DECISION):
        assert steer.whole("")


def test_a_food_they_do_not_eat_is_a_diet_told_not_a_dislike_waved_away() -> None:
    """ "I don't eat meat, by the way." got "Fair enough, no meat then. What's on your mind?"
    (the opener for "I hate running"); it is kept all the same, and ruled out of suggestions."""
    from datetime import datetime

    from pipeline.prompting import dislike_opener
    from pipeline.steers import DIET_TOLD
    from pipeline.user_profile import dislikes_said

    now = datetime(2026, 12, 3, 20, 0)
    assert dislike_opener("I don't eat meat, by the way.", now) == ("", False)
    assert dislikes_said("I don't eat meat, by the way.", now) == ["meat"]
    assert steer_for("I don't eat meat, by the way.") is DIET_TOLD
    assert dislike_opener("I hate running.", now)[0].startswith("Fair enough, no running then")
