"""Seven new users (Bea, Raj, Dee, Tom, Nina, Alf, Zoe): lines the 1.5B met with a lecture or a
misreading are steered; "Eh?" gets the last reply said again."""

from __future__ import annotations

import pytest

from pipeline.home_life_steers import STILL_LISTENING
from pipeline.moment_steers import (
    ALONE_AGAIN,
    BORED,
    DID_A_RUN,
    IS_IT_DAFT,
    JUST_HAD_OP,
    POINTLESS,
    SAT_WITH_ME,
    TOO_SOON,
    TRAINING_FOR,
)
from pipeline.say_again import said_again
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
    # not these
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
])
def test_the_whole_reply_is_a_friends(said: str, reply: str) -> None:
    assert_friends_reply(said, reply, "Alf", (POINTLESS, ALONE_AGAIN, STILL_LISTENING,
                                              JUST_HAD_OP, IS_IT_DAFT))


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
