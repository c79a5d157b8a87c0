"""Steers added after talking to it as Amara (a night nurse, her cat just died), Bill (78,
widowed), Ines, Leo and Yuki: each line got a reply a friend would not give."""

from __future__ import annotations

import pytest

from memory.affect import detect_affect
from pipeline.prompting import words_to_avoid
from pipeline.safety import assess
from pipeline.steers import (
    ANNIVERSARY,
    CAN_I_DO_IT,
    CLASS_BOOKED,
    DREADING,
    FAREWELL,
    FLYING_FEAR,
    HARDEST_TIME,
    LONG_SHIFT,
    PODCASTS,
    PROUD_OF_ME,
    SHOUTED_AT,
    SIGNED_UP,
    STILL_MISS,
    TEACHING_ME,
    TENSE_WITH,
    THANKS_FOR_CHAT,
    WORRIED_FOR,
    steer_for,
)
from pipeline.user_profile import UserProfile

STEERED = [
    # got "Aw, that sounds very sad. Let's talk more about how you feel."
    ("A patient's family shouted at me today.", SHOUTED_AT),
    ("My boss yelled at me in front of everyone.", SHOUTED_AT),
    ("The man at the counter was really rude to me.", SHOUTED_AT),
    ("I shouted at my son.", None),
    ("Did he shout at me?", None),
    # got "Aw, sounds like you could use some rest. Let's talk about something else."
    ("Morning! I just finished a twelve-hour shift.", LONG_SHIFT),
    ("I just did a double shift.", LONG_SHIFT),
    ("My shift starts at eight.", None),
    # got "That's okay, Amara. Sometimes it takes time to get into a new routine"
    ("I'm not sure I can actually do it.", CAN_I_DO_IT),
    ("I don't think I can do this.", CAN_I_DO_IT),
    # despair, the safety guard's: never "It's normal to doubt yourself"
    ("I don't think I can do this anymore.", None),
    # got "Oh, that sounds stressful for you. Let's talk about it together."
    ("Sam's got his exams next week and I'm worried for him.", WORRIED_FOR),
    ("I'm worried about my dad, he's in hospital.", WORRIED_FOR),
    ("I'm worried about the interview.", DREADING),
    ("I'm worried about Monday.", None),
    # got "That's very sad to hear. Let's try something else together."
    ("I still miss Biscuit so much.", STILL_MISS),
    ("I miss my dad every day.", STILL_MISS),
    ("I miss Joan terribly today. It would have been our anniversary.", ANNIVERSARY),
    ("I missed the bus so much.", None),
    ("Do you miss me?", None),
    # got "Jean would probably be proud of you for being strong and brave."
    ("Do you think Jean would be proud of me?", PROUD_OF_ME),
    ("Would my mum be proud of me?", PROUD_OF_ME),
    # got "How can we help?"
    ("I'm a bit stressed about his mum, she's quite full on.", TENSE_WITH),
    ("I still get anxious before seeing her though.", TENSE_WITH),
    ("I always feel tense around my boss.", TENSE_WITH),
    ("I'm stressed about my dad, he's in hospital.", None),  # worry for him, not about him
    ("I'm nervous about meeting her parents.", None),
    # got "practicing relaxation techniques or joining a flight simulator class"
    ("What helps with a fear of flying?", FLYING_FEAR),
    ("Any tips for a nervous flyer?", FLYING_FEAR),
    ("I'm flying to Osaka on Tuesday.", None),
    # got "That sounds exciting! Good luck with your training and the marathon."
    ("I've signed up for a half marathon in April.", SIGNED_UP),
    ("I've entered a 10k.", SIGNED_UP),
    ("I signed up for a pottery class.", CLASS_BOOKED),  # a class, not a race
    # got "That's wonderful! I'm glad you're learning. What do you think about smartphones?"
    ("My grandson Sam is teaching me to use this smartphone.", TEACHING_ME),
    ("She's teaching me to knit.", TEACHING_ME),
    ("Can you teach me to cook?", None),
    # got two podcasts that do not exist
    ("Do you know any good podcasts for long runs?", PODCASTS),
    ("I listen to podcasts on my commute.", None),
    # got "Sometimes, even the most enjoyable activities can be challenging. What are you doing
    # to make them easier?"
    ("The evenings are the hardest.", HARDEST_TIME),
    ("Nights are the worst since she left.", HARDEST_TIME),
    ("The evenings are the best.", None),
    # got "You're welcome, Bill. It was nice talking to you.": no goodbye back
    ("Well, thank you for the chat.", THANKS_FOR_CHAT),
    ("Anyway, thanks for listening.", THANKS_FOR_CHAT),
    ("Thanks for listening, bye!", FAREWELL),
    ("Thanks for the chat, what time is it?", None),
]


@pytest.mark.parametrize("said, steer", STEERED)
def test_strain_and_missing_are_steered(said: str, steer: object) -> None:
    assert steer_for(said, detect_affect(said).tone) is steer


def test_the_whole_replies_say_what_a_friend_would() -> None:
    assert STILL_MISS.openers_for("I still miss Biscuit so much.", "Amara") == (
        "Of course you do, Amara. That must be so hard. What do you miss most about Biscuit?",)
    assert STILL_MISS.openers_for("I miss my dad every day.")[0].endswith("about your dad?")
    assert PROUD_OF_ME.openers_for("Do you think Jean would be proud of me?", "Bill") == (
        "Oh, Bill, I'm sure Jean would be. What would Jean be proudest of, do you think?",)
    assert PROUD_OF_ME.openers_for("Would my mum be proud of me?")[0] == (
        "Oh, I'm sure your mum would be. What would she be proudest of, do you think?")
    assert WORRIED_FOR.openers_for("Sam's got his exams and I'm worried for him.", "Bill") == (
        "Oh, Bill, it's natural to worry, it shows how much you care about him. What's worrying "
        "you most?",)
    assert TENSE_WITH.openers_for("I'm a bit stressed about his mum.", "Ines") == (
        "Oh, Ines, that sounds stressful. What is it about her that gets to you most?",)
    assert TENSE_WITH.openers_for("I still get anxious before seeing her.")[0].endswith(
        "What is it about seeing her that worries you?")
    assert SIGNED_UP.openers_for("I've signed up for a half marathon in April.", "Amara") == (
        "Ooh, good for you, Amara! A half marathon, that's brilliant. How's the training going?",)
    assert TEACHING_ME.openers_for("My grandson Sam is teaching me to use this phone.")[0] == (
        "Oh, how lovely! That's so kind of Sam. How are you getting on with it?")
    assert TEACHING_ME.openers_for("My daughter is showing me how to use email.")[0].endswith(
        "kind of her. How are you getting on with it?")
    assert HARDEST_TIME.openers_for("The evenings are the hardest.", "Bill") == (
        "Oh, Bill, the evenings can be so hard. What are they like for you now?",)
    assert THANKS_FOR_CHAT.openers_for("Well, thank you for the chat.", "Bill") == (
        "It was lovely talking with you, Bill. Take care!",)
    assert '"' not in PODCASTS.openers_for("Any good podcasts?")[0]  # no titles made up
    for steer in (SIGNED_UP, TEACHING_ME, PODCASTS, SHOUTED_AT, LONG_SHIFT, CAN_I_DO_IT,
                  WORRIED_FOR, STILL_MISS, PROUD_OF_ME, TENSE_WITH, FLYING_FEAR, HARDEST_TIME,
                  THANKS_FOR_CHAT):
        assert steer.whole("")


def test_a_goodbye_before_work_wishes_them_a_good_shift_and_a_task_is_left_to_the_model() -> None:
    """ "Right, I'm off to work." got "Good luck with whatever you're doing."; "Okay, I need to
    pack. Bye!" (flying the next day) got only "Bye for now, Yuki!"."""
    work = "Right, I'm off to work. Speak tomorrow."
    assert steer_for(work) is FAREWELL and FAREWELL.whole(work)
    assert FAREWELL.openers_for(work, "Amara")[0] == "Bye for now, Amara! Have a good one at work!"
    packing = "Okay, I need to pack. Bye!"
    assert steer_for(packing) is FAREWELL and not FAREWELL.whole(packing)
    for plain in ("Bye!", "I need to go. Bye!", "I have to sleep now. Bye!"):
        assert FAREWELL.whole(plain) and FAREWELL.openers_for(plain)[0] == "Bye for now!"


def test_i_dont_think_i_can_do_this_anymore_is_heard_as_despair() -> None:
    assert assess("I don't think I can do this anymore.").level == "concern"
    assert assess("I don't think I can do it.").level == "none"


def test_not_eating_meat_rules_out_fish_too() -> None:
    """ "I don't eat meat." (Ines) was offered "a grilled fish" for his parents."""
    user = UserProfile(name="Ines", avoid=("meat",))
    words = words_to_avoid("Can you suggest something nice to cook for his parents?", [], user)
    assert {"chicken", "fish", "salmon", "prawn"} <= set(words)
