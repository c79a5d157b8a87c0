"""Lines found weak by talking to the companion as new users (Owen, a new paramedic; Wendy, 81;
Nell, her son new at nursery; Zoe, 15; Raymond, his dad just diagnosed with cancer; George, a
retired carpenter): each is steered, and its whole reply is what a friend would say."""

from __future__ import annotations

import pytest

from memory.affect import detect_affect
from memory.affect import detect_affect as tone_of
from pipeline.idea_steers import (
    BOOKS,
    DINNER_IDEAS,
    FUN_QUESTIONS,
    PRESENT_IDEAS,
    SPECIAL_DINNERS,
)
from pipeline.prompting import name_openers
from pipeline.speakable import SpeechFilter
from pipeline.steers import (
    ACHE,
    ALL_ON_ME,
    BOOK_IDEAS,
    CAREER,
    CARER,
    CUT_OUT_FOR,
    DREADING,
    ENGAGED,
    EXAM_FAILED,
    EXAM_NERVES,
    FAMILY_WEDDING,
    FAREWELL,
    LOST_AT_WORK,
    MADE_FRIENDS,
    MOVED,
    MOVING_AWAY,
    MOVING_IN,
    NAGGED,
    NEW_JOB,
    PARENT_GUILT,
    POOR_SLEEP,
    SETTLED,
    SETTLING_IN,
    SOMETHING_FUN,
    THANKS_FOR_CHAT,
    TRAINING_AS,
    TREATMENT_DAY,
    VISITING,
    steer_for,
)
from tools.quality_bench.checks import judge
from tools.quality_bench.context import Context
from tools.quality_bench.lines import Line

STEERED = [
    # got "That's great news!" and nothing more
    ("I've just started a new job as a paramedic.", NEW_JOB),
    ("I'm starting a new job on Monday.", NEW_JOB),
    ("I hate my new job.", None),
    # got "Aw, sounds like you could use some rest. What do you think about your new job?"
    ("My first shift was brutal, we lost a patient.", LOST_AT_WORK),
    ("One of my residents passed away last night.", LOST_AT_WORK),
    ("We lost a client to a competitor.", None),
    ("I lost a student's essay.", None),
    # got "Try to consider your skills and interests when choosing a job. What are you good at?"
    ("Do you think I'm cut out for this job?", CUT_OUT_FOR),
    ("Maybe I'm not cut out for nursing.", CUT_OUT_FOR),
    # got "Aw, that sounds like a tricky problem. What do you think might be causing it?"
    ("My hip has been playing up in this cold weather.", ACHE),
    ("My hip is still sore from the fall.", ACHE),
    ("My knees are bad, so what can I do for exercise?", None),  # asked: the model answers
    ("The back of my car is bad.", None),
    # got "That's a long time! What did you do with it?"
    ("I was a carpenter for forty years.", CAREER),
    ("I've been a teacher for two years.", None),
    ("I was a smoker for thirty years.", None),
    # got "That's great news, Owen! It sounds like you'll have a new home and a new partner."
    ("My girlfriend Chloe is moving in with me next month.", MOVING_IN),
    ("My mum is moving in with us.", None),
    # got "How about "The Cat in the Hat" by Dr. Seuss?" (Nell, 34, her son at nursery)
    ("Can you recommend a good book to read before bed?", BOOK_IDEAS),
    ("Any good books for my son?", None),  # the model knows children's books
    ("Can you suggest a bedtime story for Alfie?", None),
    # got "That's a common issue for new parents. Is there anything you can do to help Alfie..."
    ("My little boy Alfie has just started nursery and he cries every morning.", SETTLING_IN),
    ("The kids started school today.", None),
    # got "Please don't be too hard on yourself. It's okay to feel this way."
    ("I feel so guilty leaving him.", PARENT_GUILT),
    # got "That's great to hear!" and no more
    ("Alfie didn't cry at drop-off today!", SETTLED),
    ("I didn't cry at school.", None),
    # got "That's understandable. How can I support him?"
    ("I'm his only child so it's all on me.", ALL_ON_ME),
    # got "That's great news! How do you think your best friend is adjusting to Australia?"
    ("my best friend is moving to australia", MOVING_AWAY),
    ("My sister is moving to Leeds to be near me!", None),
    # got "I'm sorry to hear that. It's important for everyone to get enough sleep..."
    ("I've not been sleeping well.", POOR_SLEEP),
    ("I've been sleeping well lately.", None),
    # got "That's great to hear! I'm glad he's taking care of himself."
    ("He started his treatment today, he was very brave.", TREATMENT_DAY),
    ("I started my treatment today.", None),
    # Zoe, 15, types in lowercase (the lines are read as meant: "im" is "i'm")
    # got "Oh, that sounds stressful! Remember, it's okay to feel nervous."
    ("i have my gcse mocks next week and i'm freaking out", EXAM_NERVES),
    ("My dad's in hospital for some tests tomorrow and I'm a bit worried.", None),
    ("My daughter's exams are next week and she's so stressed.", None),  # not theirs
    # got "That's okay. How do you feel about it?"
    ("i think i failed the chemistry one", EXAM_FAILED),
    # got "That's understandable. Sometimes, it helps to talk about your feelings with someone..."
    ("my mum keeps nagging me to revise", NAGGED),
    # got "Sure, let's talk about something fun!", and nothing fun
    ("can we talk about something fun", SOMETHING_FUN),
    # got "How do you feel about visiting your mum?" (Luca)
    ("my mum is coming to visit next weekend", VISITING),
    ("My mum is coming from Lahore to stay with us for a month.", None),
    # got "That's great news!" and no more (Amina)
    ("My sister is getting married in the summer.", FAMILY_WEDDING),
    ("I'm getting married!", ENGAGED),  # their own
    # got "You're welcome, Wendy. I'm glad you could listen to me talk about your life."
    ("Thank you for listening, dear.", THANKS_FOR_CHAT),
    # got "You're welcome! Have a great chat tomorrow."
    ("Thanks, chat tomorrow.", FAREWELL),
    # got "That's great! Training is a rewarding journey. What are some of your goals?"
    ("I'm training to be a nurse.", TRAINING_AS),
    # got "That's great! What are you looking forward to?"
    ("I'm in my first year at uni in Manchester", MOVED),
    # got "That's great to hear! How have you been climbing?" (Luca, who had no friends there)
    ("I joined the climbing society and met some nice people!", MADE_FRIENDS),
    ("I met a friend for coffee.", None),
    # Harriet, 70: got "That's a wonderful situation."
    ("My husband Geoff has Parkinson's and I look after him.", CARER),
    ("My mum has dementia and she lives with us now.", None),  # the model asks after her
    # Kofi: got "You're welcome! Have a great day."
    ("Cheers, later.", FAREWELL),
    # Elif, vegan: got "a salad with some grilled vegetables and a small piece of fruit"
    ("What should I eat tonight?", DINNER_IDEAS),
    ("What should I watch tonight?", None),
    # Elif: got "What are some things you can do to help yourself?"
    ("I'm presenting at a conference in Berlin next month and I'm terrified.", DREADING),
]


@pytest.mark.parametrize(("said", "steer"), STEERED)
def test_work_and_aches_are_steered(said: str, steer: object) -> None:
    assert steer_for(said, detect_affect(said).tone) is steer


@pytest.mark.parametrize(("said", "reply"), [
    ("I've just started a new job as a paramedic.", "Oh, how exciting, Owen! How's it going so "
     "far?"),
    ("I'm starting a new job on Monday.", "Oh, how exciting, Owen! How are you feeling about it?"),
    ("My first shift was brutal, we lost a patient.", "Oh, Owen, I'm so sorry. Losing a patient "
     "is so hard, and it stays with you. How are you holding up?"),
    ("One of my residents passed away last night.", "Oh, Owen, I'm so sorry. Losing a resident "
     "is so hard, and it stays with you. How are you holding up?"),
    ("My hip has been playing up in this cold weather.", "Oh, Owen, I'm sorry, that sounds sore. "
     "The cold really does get into the joints. Are you managing alright with it?"),
    ("My hip is still sore from the fall.", "Oh, Owen, I'm sorry, that sounds sore. Are you "
     "managing alright with it?"),
    ("I was a carpenter for forty years.", "What a career, Owen! Forty years as a carpenter. What "
     "did you love most about it?"),
    ("I've been a nurse for 20 years.", "What a career, Owen! 20 years as a nurse. What do you "
     "love most about it?"),
    ("I was an engineer for thirty years.", "What a career, Owen! Thirty years as an engineer. "
     "What did you love most about it?"),
    ("My girlfriend Chloe is moving in with me next month.", "Oh, that's a big step, Owen! How "
     "are you both feeling about it?"),
    ("My daughter started school and she clings to me at the gate.", "Oh, Owen, that's so hard, "
     "leaving her upset like that. It's really common, and most little ones settle within a few "
     "weeks. How are you holding up at drop-off?"),
    ("I'm his only child so it's all on me.", "That's a lot to carry on your own, Owen. Who's "
     "looking after you in all this?"),
    ("Tom is moving to Canada in March.", "Oh, Owen, that's hard. You'll miss Tom so much. How are "
     "you feeling about it?"),
    ("I've not been sleeping well.", "Oh, Owen, that must be wearing you down. Is something "
     "going round your head at night?"),
    ("He started his treatment today, he was very brave.", "That must have been a big day, Owen. "
     "He sounds so brave. How are you doing with it all?"),
    ("My mum had her first chemo yesterday.", "That must have been a big day, Owen. How are you "
     "doing with it all?"),
    ("i think i failed the chemistry one", "Oh no, Owen, that's such a horrible feeling. You might "
     "have done better than you think. What makes you think it went badly?"),
    ("I failed my driving test.", "Oh no, Owen, I'm sorry, that's so disappointing. Will you get "
     "another go at it?"),
    ("my mum keeps nagging me to revise", "Ugh, that can be so annoying, Owen, even when she means "
     "well. How are you getting on with it, honestly?"),
    ("My son and his wife are coming for Christmas.", "Oh, how lovely, Owen! What are you hoping "
     "to do while they're here?"),
    ("I'm training to be a nurse.", "Oh, that's brilliant, Owen! What made you want to become a "
     "nurse?"),
    ("I'm in my first year at uni in Manchester", "Oh, a big move, Owen! How are you finding "
     "Manchester?"),
    ("I'm her full-time carer.", "That's a lot to carry, Owen, looking after someone you love day "
     "in, day out. How are you doing yourself?"),
    ("My brother is getting married in May.", "Oh, that's lovely news, Owen. How exciting for "
     "him! Are you part of the wedding?"),
    ("I feel so guilty leaving my daughter at nursery.", "Oh, Owen, that guilt is so hard to "
     "carry, and it only shows how much you love her. You're not doing anything wrong. What's "
     "the hardest part?"),
])
def test_the_whole_reply_is_a_friends(said: str, reply: str) -> None:
    steer = steer_for(said, detect_affect(said).tone)
    assert steer is not None and steer.whole(said)
    assert steer.openers_for(said, "Owen") == (reply,)
    felt = steer in (CARER, LOST_AT_WORK, ACHE, SETTLING_IN, PARENT_GUILT, ALL_ON_ME, MOVING_AWAY,
                     POOR_SLEEP, TREATMENT_DAY, EXAM_NERVES, EXAM_FAILED)
    verdicts = judge(reply, Context(Line(said, feeling=felt), (),
                                    death_mentioned=steer is LOST_AT_WORK, user_name="Owen"))
    assert all(verdicts.values()), verdicts


def test_guilt_of_another_kind_is_not_a_parents() -> None:
    assert steer_for("I feel guilty for yelling at my brother.") is not PARENT_GUILT


def test_a_book_asked_for_is_a_grown_ups_by_title_and_author() -> None:
    asked = "Can you recommend a good book to read before bed?"
    hint = BOOK_IDEAS.hint_for(asked)
    offered = [book for book in BOOKS if book in hint]
    assert len(offered) == 2 and " by " in offered[0]
    assert hint == BOOK_IDEAS.hint_for(asked)  # the same line on the same day: the same two


def test_freaking_out_is_anxious_and_poor_sleep_tiring() -> None:
    """ "i have my gcse mocks next week and im freaking out" (typed) got "That's a big step,
    Zoe.": read as neutral."""
    assert tone_of("i have my gcse mocks next week and i'm freaking out").tone == "anxious"
    assert tone_of("I've not been sleeping well.").tone == "tired"


def test_a_help_desk_greeting_at_night_is_a_friends_question() -> None:
    """ "Good evening. I'm Raymond." got "Nice to meet you, Raymond! How can I help you
    tonight?"."""
    assert SpeechFilter().feed("How can I help you tonight?") == "What's on your mind?"
    # "My boss said my drawings were really good today!" (Pri)
    assert SpeechFilter().feed("That's great to hear! How can I help you with your job?") == \
        "That's great to hear! What's on your mind?"


def test_something_fun_asked_for_brings_up_a_fun_question() -> None:
    asked = "can we talk about something fun"
    reply = SOMETHING_FUN.openers_for(asked)[0]
    assert reply.startswith("Of course! ") and reply.endswith("?")
    assert any(question in reply for question in FUN_QUESTIONS)


def test_a_typed_hello_is_greeted_by_name() -> None:
    """ "hiii" (Zoe) got "Hello! What's on your mind?"."""
    assert name_openers("hiii", "Zoe") == ("Hi, Zoe!",)
    assert name_openers("history is fun", "Zoe") == ()


def test_presents_and_dinners_have_their_occasions_own() -> None:
    """ "Can you suggest a present for her wedding?" got "a book that she loves, or a gift card";
    "What should I cook to celebrate?" "a roasted vegetable stir-fry or a hearty soup"."""
    assert "wedding date" in PRESENT_IDEAS.hint_for("Can you suggest a present for her wedding?")
    assert "For a" not in PRESENT_IDEAS.hint_for("What could I get her for her birthday?")
    special = DINNER_IDEAS.hint_for("What should I cook to celebrate?")
    assert sum(dish in special for dish in SPECIAL_DINNERS) == 2


def test_whom_a_line_is_about_is_said_back_as_an_object() -> None:
    from pipeline.steer import them_of

    assert [them_of(who) for who in ("she", "his", "my mum", "my brother just", "Tom")] == [
        "her", "him", "her", "him", "Tom"]
    assert them_of("my son and his wife") == "them" and them_of("Tom", names=False) == "them"
