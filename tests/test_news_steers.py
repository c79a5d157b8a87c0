"""Steers added after talking to it as Olivia (a new mum going back to work), Daniel (19, new at
uni in Glasgow) and Rosa (67, caring for her husband with dementia): each line got a reply a
friend would not give."""

from __future__ import annotations

import re

import pytest

from memory.affect import detect_affect, followup_question
from pipeline.length_cap import LengthCap
from pipeline.steers import (
    BIG_DAY,
    BROKE_UP,
    BRUSHED_OFF,
    CONSCIENCE,
    FAILING,
    GOOD_DAY,
    GOOD_NEWS,
    HELPING,
    HOMESICK,
    MONEY_WORRY,
    MOVED,
    NOT_ARRIVED,
    REASSURANCE,
    SORRY_ABOUT,
    TOO_OLD,
    WAITING_TO_HEAR,
    WILL_MISS,
    WORRIED_FOR,
    steer_for,
)
from tests.steer_checks import shape
from tools.quality_bench.checks import judge
from tools.quality_bench.context import Context
from tools.quality_bench.conversations import USERS

STEERED = [
    # got "That's a good question. It depends on your personal circumstances and interests."
    ("I'm probably too old to learn piano, aren't I?", TOO_OLD),
    ("Am I too old to go back to college?", TOO_OLD),
    ("I'm too old for this nonsense.", None),
    # got "It's okay to feel homesick sometimes. How do you feel about it?"
    ("I'm homesick, which is stupid at my age.", HOMESICK),
    ("I'm not really homesick, just bored.", None),
    ("Are you ever homesick?", None),
    # got "That's great to hear! How did it go?"
    ("The interview went really well!", GOOD_NEWS),
    # got "Climbing can be a fun and rewarding experience. What else would you like to know?"
    ("I went climbing again and it was actually really fun.", GOOD_NEWS),
    ("I passed my driving test!", GOOD_NEWS),
    ("The interview didn't go well.", None),
    # got "...try to talk about your feelings with someone you trust. What do you think about
    # how you're feeling?" (Jess)
    ("my boyfriend broke up with me yesterday", BROKE_UP),
    ("She left me for someone else.", BROKE_UP),
    ("My husband left me a note.", None),
    ("The band split up.", None),
    ("My parents split up.", None),
    # got "That's great to hear! How was the weekend?" (Dmitri, kept from his kids)
    ("I got to see the kids today after all!", GOOD_NEWS),
    ("I hope it goes well.", None),
    ("I passed out at work.", None),
    ("It went well, I think, but I'm not sure.", None),
    # got "That's great to hear! How was your day?"
    ("Carlos had a good day today, he laughed at my jokes.", GOOD_DAY),
    ("My daughter had a great day at school.", GOOD_DAY),
    ("He had a bad day.", None),
    # got "That's good to hear. I'm glad you got the job interview."
    ("They said they'll let me know next week.", WAITING_TO_HEAR),
    ("I'm waiting to hear back from the hospital.", WAITING_TO_HEAR),
    ("When will they let me know?", None),
    # got "Remember, you're doing your best ... What do you think about getting some support?"
    ("Sometimes I feel like I'm failing at this.", FAILING),
    ("Sometimes I feel like I'm a terrible mother.", FAILING),
    ("Am I a terrible mum?", CONSCIENCE),
    ("I'm failing maths.", None),
    # got "I don't think that's true... What do you think about your job search?"
    ("Honestly some days I feel like such a failure.", FAILING),
    ("I'm a failure.", FAILING),
    # got "Oh, that sounds scary. What's your plan for getting through it?"
    ("I'm really worried about money, the rent is due soon.", MONEY_WORRY),
    ("I can't afford the rent this month.", MONEY_WORRY),
    ("Can you help me worry less about money?", HELPING),
    ("I'm worried about my mum.", WORRIED_FOR),
    # got "It's okay to feel sad sometimes ... What do you think about your life now?"
    ("Sorry about last time, I was just having a bad night. I'm okay.", SORRY_ABOUT),
    ("Sorry for dumping all that on you yesterday.", SORRY_ABOUT),
    ("Sorry for rambling.", REASSURANCE),
    ("I'm sorry about your day.", None),
    # got "try to take care of yourself and your health. What are you doing to stay healthy?"
    ("Mum says I'll be fine, but she always says that.", BRUSHED_OFF),
    ("My partner Tom says I'll be fine, but he always says that.", BRUSHED_OFF),
    ("My doctor says I'll be fine.", None),
    # got "What are you looking forward to?"
    ("I'm nineteen and I just started uni in Glasgow.", MOVED),
    ("I just started uni and I love it.", None),
    # got "I understand how you feel. What do you think about your job interview?"
    ("I'm worried I'll miss him too much when I'm back at work.", WILL_MISS),
    ("I'm worried I'll miss my train.", None),
    # got "That's exciting! Good luck with your interview!"
    ("I've got a job interview on Friday, to go back part time.", BIG_DAY),
    ("I got a new job interview on the phone.", None),
    # got "Oh, that sounds worrying. I'm here for you. What's on your mind?" (Fatima's mum)
    ("Her flight was delayed and I'm really worried.", NOT_ARRIVED),
    ("My sister's train has been cancelled.", NOT_ARRIVED),
    ("My son still hasn't come home and I'm worried sick.", NOT_ARRIVED),
    ("My flight was delayed.", None),  # their own: nobody to hear from
    ("The parcel hasn't arrived yet.", None),
    ("Is her flight delayed?", None),
]


@pytest.mark.parametrize(("said", "steer"), STEERED)
def test_news_and_hard_feelings_are_steered(said: str, steer: object) -> None:
    assert steer_for(said, detect_affect(said).tone) is steer


def test_the_whole_replies_say_what_a_friend_would() -> None:
    assert TOO_OLD.openers_for("I'm probably too old to learn piano, aren't I?", "Rosa") == (
        "Not at all, Rosa! People take up new things at every age. What drew you to it?",)
    assert HOMESICK.openers_for("I'm homesick, which is stupid at my age.", "Daniel") == (
        "Oh, that's hard, Daniel. Lots of people feel homesick, whatever their age. What do you "
        "miss most?",)
    assert GOOD_NEWS.openers_for("The interview went really well!", "Olivia")[0] == (
        "That's wonderful, Olivia! I'm so pleased for you. What was the best bit?")
    assert BRUSHED_OFF.openers_for("Mum says I'll be fine, but she always says that.") == (
        "I know it doesn't always help to hear it. What's worrying you most?",)
    assert WILL_MISS.openers_for("I'm worried I'll miss him too much.", "Olivia") == (
        "Aw, Olivia, of course you'll miss him, it shows how much you love him. What worries you "
        "most about it?",)
    assert MOVED.openers_for("I just started uni in Glasgow.")[0].endswith(
        "How are you finding Glasgow?")
    for steer in (TOO_OLD, HOMESICK, GOOD_NEWS, GOOD_DAY, WAITING_TO_HEAR, FAILING, SORRY_ABOUT,
                  BRUSHED_OFF, WILL_MISS, MONEY_WORRY):
        assert steer.whole("")


def test_someone_delayed_or_not_back_is_asked_after() -> None:
    assert NOT_ARRIVED.openers_for("Her flight was delayed and I'm really worried.", "Fatima") == (
        "Oh no, Fatima, no wonder you're worried. Have you heard from her since?",)
    assert NOT_ARRIVED.openers_for("Mum's plane has been diverted to Manchester!") == (
        "Oh no, that's so frustrating. Have you heard from her since?",)
    assert NOT_ARRIVED.openers_for("My son still hasn't come home and I'm worried sick.") == (
        "Oh no, no wonder you're worried. Have you heard anything yet?",)
    assert NOT_ARRIVED.openers_for("My wife isn't home yet.") == ("Oh no, is that unlike her?",)


def test_an_apology_for_a_dark_night_is_met_with_the_door_left_open() -> None:
    dark = SORRY_ABOUT.openers_for(
        "Sorry about last time, I was just having a bad night. I'm okay.", "Daniel")[0]
    assert dark == ("No need to say sorry, Daniel, I'm glad you're feeling better. If it ever "
                    "feels that heavy again, please tell me, or someone you trust. How are you "
                    "today?")
    vented = SORRY_ABOUT.openers_for("Sorry for moaning so much.")[0]
    assert vented == "No need to say sorry, I'm always glad to listen. How are you today?"


def test_every_whole_reply_fits_a_friends_length() -> None:
    """A whole reply longer than two statements and a question was cut by the length cap: "No
    need to say sorry, Daniel, I'm always glad to listen. I'm glad you're feeling better." and
    the rest, the door left open and the question, never said."""
    lines = [line.text for user in USERS for session in user.sessions for line in session.lines]
    lines += [said for said, _ in STEERED]
    whole = [(said, steer) for said in lines
             if (steer := steer_for(said, detect_affect(said).tone)) and steer.whole(said)]
    assert len(whole) > 40
    for said, steer in whole:
        for reply in steer.openers_for(said, "Sam"):
            cap = LengthCap()
            pieces = [p for p in re.split(r"(?<=[.!?])\s+", reply) if p]
            spoken = [out for piece in pieces for out in cap.feed(piece)]
            assert " ".join(spoken) == reply, (said, reply)


def test_a_worry_told_days_ago_says_when_it_was_told_first() -> None:
    """ "You mentioned the interview on Monday: how did it go?" was heard as an interview on
    Monday; Olivia had said on Monday that it was on Friday."""
    assert followup_question("interview", "", "on Monday") == (
        "On Monday you mentioned the interview: how did it go?")
    assert followup_question("interview", "nervous", "last week") == (
        "You were nervous about the interview last week: how did it go?")
    # Ines, of her fiance's mother, heard "You were stressed about the his mum on Tuesday".
    assert followup_question("his mum", "stressed", "on Tuesday") == (
        "You were stressed about his mum on Tuesday: how did it go?")


def test_every_whole_reply_to_a_set_line_passes_the_quality_checks() -> None:
    """The replies said without the model are judged by the reply-quality bench's own rules,
    on every line of its set they answer: "Oh, money worries are so heavy to carry." did not
    acknowledge Samir's worry in the words the rule knows."""
    failed = []
    for user in USERS:
        dislikes: tuple[str, ...] = ()
        died = False
        for line in (line for session in user.sessions for line in session.lines):
            dislikes, died = (*dislikes, *line.dislikes), died or line.bereavement
            steer = steer_for(line.text, detect_affect(line.text).tone)
            if steer is None or not steer.whole(line.text):
                continue
            ctx = Context(line, dislikes, died, user.name)
            for reply in steer.openers_for(line.text, user.name):
                # as said to a user who asked for no questions: the voice leaves them out
                reply = shape(reply, line.text, user.name, 0) if line.no_questions else reply
                failed += [(line.text, reply, check) for check, ok in judge(reply, ctx).items()
                           if not ok]
    assert not failed
