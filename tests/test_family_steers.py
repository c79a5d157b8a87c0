"""Steers added after talking to it as Tariq (divorced, his son of fifteen barely talks to him)
and Yuki (terrified of flying to see her grandma of ninety-two): each line got a reply a friend
would not give."""

from __future__ import annotations

import pytest

from memory.affect import detect_affect
from pipeline.steers import (
    DREADING,
    FLYING_FEAR,
    FOND_MEMORY,
    GOOD_DAY,
    GREAT_AGE,
    HATES_ME,
    LET_DOWN,
    LONG_APART,
    MADE_FOR,
    MADE_ME,
    NOT_KNOWN,
    PULLING_AWAY,
    WILL_THEY,
    steer_for,
)

STEERED = [
    # got "That's a tough situation. Maybe it's time to have a conversation with your son"
    ("My son's fifteen and he barely talks to me anymore.", PULLING_AWAY),
    ("My daughter won't speak to me.", PULLING_AWAY),
    ("He shuts me out.", PULLING_AWAY),
    ("Don't talk to me about football.", None),
    ("Why won't he talk to me?", None),
    # got "Maybe we can try to find some new ways to spend time together"
    ("We used to go fishing together every weekend.", FOND_MEMORY),
    ("What did we use to do together?", None),
    # got "That's not good. How do you feel about it?"
    ("I think he hates me.", HATES_ME),
    ("My boss hates me.", HATES_ME),
    ("Do you think he hates me?", None),
    ("I hate him.", None),
    # got "What else did you do with you?"
    ("We went bowling and he actually laughed.", GOOD_DAY),
    ("He didn't even laugh.", None),
    # got "That's great to hear! How was she doing yesterday?"
    ("My mum remembered my name today.", GOOD_DAY),
    # got "...What do you think about your relationship now?"
    ("I still feel like I let him down with the divorce.", LET_DOWN),
    ("I feel like I let everyone down.", LET_DOWN),
    ("I let my hair down last night.", None),
    ("Don't let me down.", None),
    # got "Flying can be nerve-wracking, but remember that it's a common experience"
    ("I'm flying to Osaka on Tuesday to see my grandma, and I'm terrified of flying.", DREADING),
    ("What helps with a fear of flying?", FLYING_FEAR),
    # got "That's a lot! How do you feel about it?"
    ("She's ninety-two.", GREAT_AGE),
    ("My grandad is 88.", GREAT_AGE),
    ("She's twelve.", None),
    ("It's ninety degrees.", None),
    # got "It's okay to miss your grandma. Sometimes, it helps to have a plan in place"
    ("I haven't seen her in four years.", LONG_APART),
    ("I haven't seen snow in years.", None),
    ("Have you seen her in years?", None),
    # got "That's understandable. It can be hard to remember someone's name"
    ("She didn't remember my name at first. That was hard.", NOT_KNOWN),
    ("He didn't recognise me this morning.", NOT_KNOWN),
    ("He doesn't know me anymore.", NOT_KNOWN),
    ("She didn't remember my birthday.", None),
    # got "It's hard to say for sure, but it's always good to try and be kind and respectful."
    ("Do you think she'll ever like me?", WILL_THEY),
    ("Will my dad ever forgive me?", WILL_THEY),
    ("Do you think you will like me?", None),
    # got "That's great news, Kwame! I'm glad you're enjoying your woodworking. How do you feel
    # about it?"
    ("I finished the little bookshelf for Ama.", MADE_FOR),
    ("I made a cake for my granddaughter.", MADE_FOR),
    ("I baked cookies for Christmas.", None),
    # got "That's wonderful! How did you feel about it?" (Dmitri)
    ("My daughter Katya drew me a picture of us.", MADE_ME),
    ("My kids made me breakfast in bed!", MADE_ME),
    ("My boss made me work late.", None),
    ("My ex sent me a nasty text.", None),
]


@pytest.mark.parametrize(("said", "steer"), STEERED)
def test_family_ties_are_steered(said: str, steer: object) -> None:
    assert steer_for(said, detect_affect(said).tone) is steer


def test_the_whole_replies_say_what_a_friend_would() -> None:
    assert PULLING_AWAY.openers_for("He barely talks to me.", "Tariq") == (
        "Oh, Tariq, that must really hurt. What were things like between you before?",)
    assert HATES_ME.openers_for("I think he hates me.") == (
        "That sounds so painful. What makes you feel that way?",)
    assert GREAT_AGE.openers_for("She's ninety-two.", "Yuki") == (
        "What a wonderful age, Yuki! What's she like?",)
    assert GREAT_AGE.openers_for("My grandad is 88.")[0].endswith("What's he like?")
    assert GREAT_AGE.openers_for("Nan is ninety.")[0].endswith("What's Nan like?")
    assert LONG_APART.openers_for("I haven't seen her in four years.", "Yuki") == (
        "That's such a long time, Yuki. What do you miss most about her?",)
    assert LONG_APART.openers_for("My mum is flying in tomorrow, I haven't seen her in three "
                                  "years.")[0].endswith("You must be so excited to see her!")
    assert LONG_APART.openers_for("I haven't seen my dad in years.")[0].endswith("about him?")
    assert NOT_KNOWN.openers_for("She didn't remember my name.", "Yuki") == (
        "Oh, Yuki, that must have been so hard. How are you holding up?",)
    assert NOT_KNOWN.openers_for("He doesn't know me anymore.") == (
        "Oh, that must be so hard. How are you holding up?",)
    assert WILL_THEY.openers_for("Do you think she'll ever like me?", "Ines") == (
        "These things often take time, Ines, and it sounds like you're really trying. What makes "
        "you worry she won't?",)
    assert WILL_THEY.openers_for("Will my dad ever forgive me?")[0].endswith("he won't?")
    assert MADE_FOR.openers_for("I finished the little bookshelf for Ama.", "Kwame") == (
        "Oh, how lovely, Kwame! I bet Ama will love it. How did it turn out?",)
    assert MADE_FOR.openers_for("I made a cake for my granddaughter.")[0].endswith(
        "I bet she'll love it. How did it turn out?")
    for steer in (PULLING_AWAY, HATES_ME, LET_DOWN, GREAT_AGE, LONG_APART, NOT_KNOWN, WILL_THEY,
                  MADE_FOR):
        assert steer.whole("")


def test_something_made_for_them_is_met_with_warmth_and_the_right_question() -> None:
    assert MADE_ME.openers_for("My daughter Katya drew me a picture of us.", "Dmitri") == (
        "Aw, that's so sweet, Dmitri! Katya must really love you. Are you going to put it up?",)
    assert MADE_ME.openers_for("My kids made me breakfast in bed!")[0].endswith(
        "They must really love you. Was it good?")
    assert MADE_ME.openers_for("My husband wrote me a letter.")[0].endswith(
        "He must really love you. What did it say?")
