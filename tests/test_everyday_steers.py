"""Steers added after talking to it as Sunil (a nurse new in Leeds), Harold (81, widowed) and
Megan (dreading a presentation): each line got a reply a friend would not give."""

from __future__ import annotations

from datetime import datetime

import pytest

from memory.affect import detect_affect
from pipeline.prompting import asks_for_ideas, preference_hints
from pipeline.steers import (
    CLIMATE,
    DREADING,
    FAR_AWAY,
    GRIEF,
    HELPING,
    LIVES_ALONE,
    LONELY,
    MISSING_IT,
    MOVED,
    NEW_IN_TOWN,
    NORMAL_FEELING,
    NOT_SILLY,
    PRACTISE,
    REHEARSAL,
    SLEEPLESS,
    TIRED,
    TOLD_BEFORE,
    TOO_OLD,
    WHAT_TO_SAY,
    WORRIED_FOR,
    steer_for,
)
from pipeline.user_profile import UserProfile

DECEMBER = datetime(2026, 12, 3, 14, 0)


@pytest.mark.parametrize(("said", "steer"), [
    # got "Oh, that sounds very lonely, Aoife. What do you think about it?"
    ("i just feel so alone", LONELY),
    # got "Reach out to friends, family, or support groups if you need help."
    ("I feel very lonely, to be honest.", LONELY),
    ("Some days I don't speak to a single person.", LONELY),
    ("I've been feeling really isolated since the move.", LONELY),
    ("I'm home alone tonight, the kids are at their dad's.", None),
    ("I'm alone at the office today.", None),
    ("Is it normal to feel lonely?", NORMAL_FEELING),
    ("I've been so lonely since my wife died.", GRIEF),
    # got "How about you try to get some quality sleep tonight?"
    ("Honestly I'm so tired", TIRED),
    ("I'm so exhausted, he wakes up every two hours.", TIRED),
    ("I'm so tired of this rain.", None),
    ("I'm tired but I can't sleep.", SLEEPLESS),
    ("Are you tired?", None),
    # got "That's great to hear! Leeds is a beautiful city with lots of opportunities."
    ("I just moved to Leeds for work a couple of months ago.", MOVED),
    ("We moved to the countryside last year.", None),
    # got "That's okay. It's normal to feel a bit nervous at first"
    ("I don't really know anyone here yet.", NEW_IN_TOWN),
    ("I don't know anyone who likes jazz.", None),
    # got "That's great to hear! How do you manage your independence?"
    ("I'm eighty-one, and I live on my own now.", LIVES_ALONE),
    # got "That's great to hear! ... Do you have any plans for the future?"
    ("My son lives in Australia. We talk on Sundays.", FAR_AWAY),
    ("My grandchildren live in Sydney, I only see them on the computer.", FAR_AWAY),
    ("My sister is in America on holiday.", None),
    ("My son lives in Leeds.", None),
    # got "Climbing walls can be fun, but it's not for everyone."
    ("Maybe I could try a climbing wall? Do you think that's silly?", NOT_SILLY),
    ("Do you think I'm too old to join a choir?", TOO_OLD),  # "It's not too old to join"
    ("Do you think it's a bad idea to quit my job?", None),  # no cheering on whatever it is
    ("That film was silly.", None),
    # got "You could say something like, "I know you're nervous about going again""
    ("I'm nervous about messaging her to go again. What would I even say to her?", WHAT_TO_SAY),
    ("what would i even say to her?", WHAT_TO_SAY),  # Zara, of the school counsellor
    ("What would you say is your favourite book?", None),
    # got "Remember, it's okay to feel nervous before a big presentation. What can you do to help
    # yourself?"
    ("I've got a big presentation at work on Thursday and I'm dreading it.", DREADING),
    ("I have a job interview on Friday and I'm really nervous about it.", DREADING),
    ("I'm worried about my mum.", WORRIED_FOR),
    # got "That's okay, Sunil. You can still celebrate your birthday with your friends"
    ("My mum's birthday is on Saturday and I can't get home for it.", MISSING_IT),
    ("I can't make it to the wedding.", MISSING_IT),
    ("I can't go to the gym today.", None),
    # got "Oh, that sounds like a tough time. How did it go?"
    ("What was I worried about last time?", TOLD_BEFORE),
    # got "Here's a simple exercise you can try: stand in front of the mirror"
    ("Can you help me practise?", PRACTISE),
    ("Let's practise my speech.", PRACTISE),
    ("Can you help me practise for my interview?", REHEARSAL),
    ("Can you help me practise my Spanish?", HELPING),  # not a talk to listen to
    # got "I'm sorry, but I can't provide real-time weather information."
    ("What's the weather usually like in Perth this time of year?", CLIMATE),
    ("What's the weather like in Spain in summer?", CLIMATE),
    ("I love rainy weather.", None),
])
def test_everyday_lines_are_steered(said: str, steer: object) -> None:
    assert steer_for(said, detect_affect(said).tone) is steer


def test_loneliness_is_met_with_warmth_and_presence_not_advice() -> None:
    said = LONELY.openers_for("i just feel so alone", "Aoife")
    assert said[0] == ("I'm really sorry you're feeling so alone, Aoife. I'm glad you told me. "
                       "Do you want to tell me a bit about it?")
    assert said[1].startswith("Oh, Aoife, that sounds so lonely.")
    assert LONELY.whole("i just feel so alone")


def test_someone_worn_out_is_asked_what_is_wearing_them_out_unless_they_said() -> None:
    assert TIRED.openers_for("Honestly I'm so tired", "Aoife")[0] == (
        "Aw, that sounds draining, Aoife. What's been wearing you out?")
    assert TIRED.openers_for("I'm so exhausted, he wakes up every two hours.")[0].endswith(
        "How are you holding up?")
    assert TIRED.openers_for("I'm so tired these days, I don't know why.")[0].endswith(
        "How long have you been feeling like this?")
    assert TIRED.whole("Honestly I'm so tired")


def test_a_move_living_alone_and_knowing_nobody_get_a_friends_question() -> None:
    assert MOVED.openers_for("I just moved to Leeds for work a couple of months ago.",
                             "Sunil") == ("Oh, a big move, Sunil! How are you finding Leeds?",)
    assert MOVED.openers_for("We've recently relocated to New York.")[0].endswith(
        "How are you finding New York?")
    assert NEW_IN_TOWN.openers_for("I don't really know anyone here yet.")[0].endswith(
        "What do you miss most about home?")
    assert LIVES_ALONE.openers_for("I live on my own now.", "Harold") == (
        "How are you finding living on your own, Harold?",)


def test_the_model_goes_on_from_a_kind_start_for_ideas_and_words() -> None:
    """Not whole: the model says why the idea is good, or the words to say."""
    for steer, line in ((NOT_SILLY, "Do you think that's silly?"),
                        (CLIMATE, "What's the weather usually like in Perth in summer?")):
        assert not steer.whole(line)
    assert NOT_SILLY.openers_for("Is it silly?", "Sunil") == ("Not at all, Sunil.",)


def test_not_knowing_what_to_say_is_helped_to_their_own_words() -> None:
    """The 1.5B put the words in the wrong mouth: "Hey Amy" for the school counsellor."""
    said = "what would i even say to her?"
    assert WHAT_TO_SAY.openers_for(said, "Zara") == (
        "Keep it simple, Zara. You could just say it the way you'd say it to me. What's the main "
        "thing you'd want her to know?",)
    assert WHAT_TO_SAY.whole(said)
    assert WHAT_TO_SAY.openers_for("What should I say to my boss?")[0].endswith(
        "you'd want your boss to know?")


def test_someone_far_away_is_missed_and_asked_about() -> None:
    assert FAR_AWAY.openers_for("My son lives in Australia. We talk on Sundays.", "Harold") == (
        "That's a long way away, Harold. You must miss him. What's he like?",)
    assert FAR_AWAY.openers_for("My son Peter lives in Perth, in Australia.")[0].endswith(
        "You must miss him. What's Peter like?")
    assert FAR_AWAY.openers_for("My grandchildren live in Sydney.")[0].endswith(
        "You must miss them. What are they like?")


def test_a_day_they_dread_is_asked_about_not_lectured() -> None:
    said = "I've got a big presentation at work on Thursday and I'm dreading it."
    assert DREADING.openers_for(said, "Megan") == (
        "Oh, that sounds nerve-racking, Megan. What's worrying you most about it?",)
    assert DREADING.whole(said)


def test_ideas_for_something_nice_to_do_are_opened_as_ideas() -> None:
    """ "What's something nice I could do for Tom this weekend?" got "You could try to be more
    supportive and understanding of Tom's feelings"."""
    assert asks_for_ideas("What's something nice I could do for Tom this weekend?")
    assert not asks_for_ideas("What's something you like?")


def test_a_climate_question_is_told_the_month() -> None:
    """ "This time of year" means nothing to a model that does not know the date."""
    hints = preference_hints("What's the weather usually like in Perth this time of year?",
                             UserProfile(), DECEMBER)
    assert any("it is December now" in h for h in hints)
    assert not any("{month}" in h for h in hints)
