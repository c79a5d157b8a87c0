"""Seven new users (Bea, Raj, Dee, Tom, Nina, Alf, Zoe): lines the 1.5B met with a lecture or a
misreading are steered; "Eh?" gets the last reply said again."""

from __future__ import annotations

import pytest

from pipeline.health_steers import DREARY_HERE
from pipeline.home_life_steers import STILL_LISTENING
from pipeline.moment_steers import (
    ALONE_AGAIN,
    BAD_REF,
    BORED,
    CARER_GUILT,
    DID_A_RUN,
    HAD_A_FALL,
    IS_IT_DAFT,
    JUST_BRUISED,
    JUST_HAD_OP,
    LOSING_MY_MIND,
    MISLAID,
    MISS_HOME_FOOD,
    PET_MISSING,
    POINTLESS,
    SAT_WITH_ME,
    SOBER_DECIDING,
    SOBER_OCCASION,
    STILL_THINKING,
    TEAM_LOST,
    TOO_SOON,
    TRAINING_FOR,
)
from pipeline.say_again import said_again
from pipeline.steers import LOST_AT_WORK, SCARE_BUT_OK, steer_for
from pipeline.strain_steers import RACING_MIND
from tests.steer_checks import assert_friends_reply, steered_to

STEERED = [
    ("Is that daft?", IS_IT_DAFT),  # "It's a great idea. What do you think it could be used for?"
    ("Am I being silly?", IS_IT_DAFT),
    ("Do you think it's too soon?", TOO_SOON),  # "Try to give your cat time to adjust"
    ("Is it too soon to start dating again?", TOO_SOON),
    ("Had my dinner on my own again.", ALONE_AGAIN),  # "That's great to hear!"
    ("Spent another Sunday on my own.", ALONE_AGAIN),
    ("whats the point of even going", POINTLESS),  # "Try to have a purpose in life"
    ("What's the point in even trying?", POINTLESS),
    ("a girl in my art class sat with me at lunch", SAT_WITH_ME),  # "That's interesting!"
    ("Someone asked me to join their group today.", SAT_WITH_ME),
    ("I've just had knee surgery so I'm stuck on the sofa for six weeks.", JUST_HAD_OP),
    ("I'm training for a marathon in April.", TRAINING_FOR),  # a lecture on endurance
    ("I ran ten miles today.", DID_A_RUN),  # "Running is a fantastic way to stay active"
    ("I did 5k this morning!", DID_A_RUN),
    ("I'm so bored already.", BORED),  # "sometimes it helps to take a break"
    ("I keep expecting Smudge at the door.", STILL_LISTENING),  # "cats can be unpredictable"
    ("I keep forgetting she's gone.", STILL_LISTENING),
    # Sami, Irene, Kev, Ola, Mags
    ("I can't switch off.", RACING_MIND),  # "it can be hard to let go of things"
    ("Still thinking about last night though.", STILL_THINKING),  # "reflect on the day"
    ("I keep forgetting where I put things.", MISLAID),
    ("Yesterday I found my glasses in the fridge.", MISLAID),  # "keep your things organized"
    ("Am I losing my mind?", LOSING_MY_MIND),  # "Try to talk about your feelings"
    ("We got battered four nil.", TEAM_LOST),  # "how we can improve for next time"
    ("We lost on penalties.", TEAM_LOST),
    ("The ref was an absolute joke.", BAD_REF),  # "important for referees to be fair"
    ("It gets dark at four o'clock, it's so depressing.", DREARY_HERE),
    ("I really miss my mum's jollof rice.", MISS_HOME_FOOD),
    ("I feel guilty even saying I want a break.", CARER_GUILT),  # "It's okay to feel guilty"
    ("Jim had a fall last night.", HAD_A_FALL),  # "That's a sad news."
    ("He's okay, just bruised.", JUST_BRUISED),  # "anything else you'd like to know about Jim?"
    ("nibbles escaped last night", PET_MISSING),  # "anything you can do to help keep him safe?"
    ("My dog ran off in the park.", PET_MISSING),
    ("The prisoner escaped last night?", None),
    # not these
    ("We lost a patient tonight.", LOST_AT_WORK),
    ("He had a fall in the night but he's alright.", SCARE_BUT_OK),
    ("We lost the dog.", None),
    ("Is Jim okay?", None),
    ("Is that a real place?", None),
    ("Nobody sat with me at lunch.", None),
    ("I keep waiting for Monday to come.", None),
    ("I keep looking for work.", None),
    ("My mum had knee surgery.", None),
    ("Is it too late to apply?", None),
    ("What's the point of a tie?", None),
]


@pytest.mark.parametrize(("said", "steer"), STEERED)
def test_lines_new_users_said_are_steered(said: str, steer: object) -> None:
    assert steered_to(said) is steer


@pytest.mark.parametrize(("said", "reply"), [
    ("Is that daft?", "Not at all, Alf, not one bit. It sounds like it means a lot to you."),
    ("Do you think it's too soon?", "There's no right or wrong time, Alf. What does your heart "
     "tell you?"),
    ("Had my dinner on my own again.", "Oh, Alf, on your own again, that can feel so lonely. "
     "I'm glad you're talking to me now. What did you have?"),
    ("whats the point of even going", "Oh, Alf, it makes sense you'd feel like that when things "
     "are this hard. You deserve to feel better than this. Is there someone you trust you could "
     "talk to about it?"),
    ("a girl in my art class sat with me at lunch", "Oh, Alf, that's lovely! I'm so glad. What "
     "are they like?"),
    ("I've just had knee surgery so I'm stuck on the sofa for six weeks.", "Oh, Alf, that's a "
     "lot to go through. How are you feeling?"),
    ("I'm training for a marathon in April.", "Ooh, good for you, Alf! A marathon! How's the "
     "training going?"),
    ("I ran ten miles today.", "Wow, that's brilliant, Alf! How are your legs feeling?"),
    ("I'm so bored already.", "Ugh, Alf, being bored is the worst. What would you be doing if "
     "you could?"),
    ("I keep expecting Smudge at the door.", "Of course you do, Alf. That must be so hard. What "
     "do you miss most about Smudge?"),
    ("Jim had a fall last night.", "Oh no, Alf, falls are such a fright. Is Jim alright?"),
    ("My mum had a fall.", "Oh no, Alf, falls are such a fright. Is she alright?"),
    ("He's okay, just bruised.", "Oh, thank goodness, Alf. That must have given you a fright. How "
     "are you doing after it all?"),
    ("Am I losing my mind?", "Oh, Alf, that must be so frightening. Forgetting things can "
     "have lots of causes, and a doctor can help find out. What worries you most about it?"),
    ("I feel guilty even saying I want a break.", "Oh, Alf, wanting a break doesn't make you "
     "selfish. Caring for someone day after day must be exhausting. When did you last have "
     "some time for yourself?"),
    ("We got battered four nil.", "Ouch, Alf, that's a painful one to watch! Who were you "
     "playing?"),
    ("Still thinking about last night though.", "That's understandable, Alf, it's a lot to "
     "carry. Do you want to talk about it?"),
    ("nibbles escaped last night", "Oh no, Alf, that must have been so worrying! Did you find "
     "them?"),
    ("I keep forgetting where I put things.", "Oh, Alf, that's so normal, it happens to all of "
     "us now and then. Has it been worrying you?"),
    ("I really miss my mum's jollof rice.", "Oh, Alf, that's hard, nothing tastes quite like "
     "home. What makes it so special?"),
])
def test_the_whole_reply_is_a_friends(said: str, reply: str) -> None:
    assert_friends_reply(said, reply, "Alf", (POINTLESS, ALONE_AGAIN, STILL_LISTENING,
                                              JUST_HAD_OP, IS_IT_DAFT, LOSING_MY_MIND,
                                              CARER_GUILT, STILL_THINKING, PET_MISSING, MISLAID,
                                              MISS_HOME_FOOD, SOBER_OCCASION))


@pytest.mark.parametrize(("said", "steer"), [
    ("Work's Christmas party is on Friday.", SOBER_OCCASION),  # "I hope you have a great time."
    ("Everyone will be drinking.", SOBER_OCCASION),
    ("Should I go?", SOBER_DECIDING),  # "go ahead and enjoy the party"
])
def test_only_a_sober_user_is_asked_how_they_feel_about_drink(said: str, steer: object) -> None:
    from memory.affect import detect_affect

    assert steer_for(said, detect_affect(said).tone, sober=True) is steer
    assert steer_for(said, detect_affect(said).tone, sober=False) is None


async def test_told_this_session_a_user_is_sober_from_the_next_line() -> None:
    from tests.test_reply_wiring import chat, conversation

    conv, llm = conversation("That sounds like a fun party! I hope you have a great time.",
                             continues=True)
    await chat(conv, "I'm thirty days sober today.")
    assert await chat(conv, "Work's Christmas party is on Friday.") == \
        "Oh, that sounds like a tricky one. How are you feeling about it?"


@pytest.mark.parametrize("asked", ["Eh?", "Pardon?", "Sorry?", "Say that again?",
                                   "Could you repeat that, please?", "Sorry, what did you say?",
                                   "I didn't catch that."])
def test_asked_to_say_it_again_it_does(asked: str) -> None:
    assert said_again(asked, "It's Saturday, December 5th.") == \
        "I said: It's Saturday, December 5th."
    assert said_again(asked, "I said: It's Saturday.") == "I said: It's Saturday."
    assert said_again(asked, "") is None  # nothing said yet: the model answers


@pytest.mark.parametrize("said", ["What?", "What did you say about the cat?", "Eh, I dunno.",
                                  "Sorry I was late."])
def test_other_lines_are_not_asked_again(said: str) -> None:
    assert said_again(said, "It's Saturday.") is None


async def test_in_a_conversation_eh_repeats_without_the_model() -> None:
    from tests.test_reply_wiring import chat, conversation

    conv, llm = conversation("It's a lovely day.")
    assert await chat(conv, "Let's talk about the garden.") == "It's a lovely day."
    asked = len(llm.prompts)
    assert await chat(conv, "Eh?") == "I said: It's a lovely day."
    assert len(llm.prompts) == asked


def test_what_they_told_is_told_to_me_not_to_them() -> None:
    from tests.steer_checks import shape

    said = "I'm training for a marathon, did I tell you?"  # Tom heard "you told Tom about..."
    assert shape("Yes, you told Tom about your marathon training.", said, "Tom") == \
        "Yes, you told me about your marathon training."
    assert shape("Yes, you mentioned it to Tom.", said, "Tom") == "Yes, you mentioned it to me."
    assert shape("Did you tell Tom?", said, "Tom") == "Did you tell Tom?"  # a question: theirs


@pytest.mark.parametrize(("said", "opened"), [
    ("What did I have surgery on?", False),  # got "Oh, that sounds like a tough time."
    ("Do you remember what I was scared of?", False),
    ("I'm worried about my surgery.", True),
    ("I feel so sad today.", True),
])
def test_a_question_about_what_they_told_gets_no_feeling_opener(said: str, opened: bool) -> None:
    from memory.affect import detect_affect
    from pipeline.openers import tone_openers

    assert detect_affect(said).tone != "neutral"
    assert bool(tone_openers(said, detect_affect(said).tone)) is opened


def test_a_child_who_gives_her_age_too_is_known_by_name() -> None:
    from datetime import datetime

    from memory.extract import extract_facts

    facts = [f.text for f in extract_facts("hi im lily and im nine", datetime.now())]
    assert "The user's name is Lily." in facts and "The user is 9 years old." in facts


def test_a_help_desk_offer_of_more_is_not_said() -> None:
    from tests.steer_checks import shape

    # "we found him behind the sofa" (Lily, of her hamster)
    assert shape("That's great to hear! Is there anything else you'd like to know about "
                 "Nibbles?", "we found him behind the sofa", "Lily") == "That's great to hear!"


@pytest.mark.parametrize(("said", "known", "opened"), [
    ("Kev again.", "Kev", ("Hi, Kev!",)),  # got "I'm glad you're still here."
    ("Alright, Kev here.", "", ("Nice to meet you, Kev!", "Lovely to meet you, Kev!")),
    ("Pasta again.", "Kev", ()),
])
def test_back_by_name_is_a_greeting(said: str, known: str, opened: tuple[str, ...]) -> None:
    from pipeline.prompting import name_openers

    assert name_openers(said, known) == opened


async def test_a_whole_steered_reply_is_not_said_twice_running(monkeypatch) -> None:
    import pipeline.first_words as first_words
    from pipeline.steer import Steer
    from tests.test_reply_wiring import chat, conversation

    conv, llm = conversation("Oh dear, glasses do wander.", continues=True)
    first = await chat(conv, "I keep forgetting where I put things.")
    second = await chat(conv, "Yesterday I found my glasses in the fridge.")
    assert first.startswith("Oh, that's so normal") and second != first  # the other opener
    # a steer with one opener: said again, it would be the very words just said
    one = Steer(MISLAID.pattern, MISLAID.hint, MISLAID.openers[:1], question_only=False,
                ask=MISLAID.ask, whole=MISLAID.whole)
    monkeypatch.setattr(first_words, "steer_for", lambda *args: one)
    again = await chat(conv, "I keep losing my keys.")
    assert again.startswith("Oh, that's so normal")
    assert await chat(conv, "I keep losing my keys.") == "Oh dear, glasses do wander."
