"""Steers added after talking to it as Sofia (fibromyalgia and coeliac disease) and Usha (moved
from Mumbai to her son's family in Bristol): each line got a reply a friend would not give."""

from __future__ import annotations

import pytest

from memory.affect import detect_affect
from pipeline.steers import (
    AM_I_LAZY,
    BABY_SCAN,
    CANCELLING,
    COMING_OUT,
    DEPLOYED,
    DIET_TOLD,
    DREARY_HERE,
    FAREWELL,
    FLARE_DAY,
    FORGETFUL,
    GHOSTED,
    GIVING_UP,
    GOING_TO_BE_OK,
    HOSTING,
    JOB_WORRY,
    KEPT_FROM_KIDS,
    KEPT_MINE,
    KID_AGE,
    LIVING_WITH,
    MADE_FOR,
    MANAGED,
    MOVED,
    NEW_GADGET,
    OUT_OF_PLACE,
    PARENT_FEAR,
    PARENTS_FIGHT,
    PET_POORLY,
    RAMADAN,
    SET_UP_FOR_ME,
    SOBER_FOR,
    STILL_MISS,
    STOP_ASKING,
    UNDER_FEET,
    steer_for,
)

STEERED = [
    # got a lecture on pacing and gentle exercise
    ("I have fibromyalgia, so some days are really hard.", LIVING_WITH),
    ("I was diagnosed with MS last year.", LIVING_WITH),
    ("I live with chronic pain.", LIVING_WITH),
    ("Do I have fibromyalgia?", None),
    ("My sister has lupus.", None),
    # got "That's tough, Sofia. If you need help, How do you feel about it?"
    ("Today is a bad flare day and I've barely got off the sofa.", FLARE_DAY),
    ("I'm having a flare-up.", FLARE_DAY),
    ("I'm in so much pain today.", FLARE_DAY),
    ("I barely got out of bed today.", FLARE_DAY),
    # got "You have a lot of energy"
    ("Do you think I'm lazy?", AM_I_LAZY),
    ("I feel so lazy today.", AM_I_LAZY),
    ("My cat is so lazy.", None),
    # got tips on managing her time
    ("I keep cancelling on my friends.", CANCELLING),
    ("I had to cancel plans again.", CANCELLING),
    ("The match was cancelled.", None),
    # got advice to plan ahead
    ("I'm scared they'll stop asking me.", STOP_ASKING),
    ("I'm worried my friends will stop inviting me.", STOP_ASKING),
    # got "How was your day?"
    ("I managed a short walk today!", MANAGED),
    ("I finally managed to get to the shops.", MANAGED),
    ("I managed to burn the toast.", MANAGED),
    ("I didn't manage to get out.", None),
    # got "What have you done to make the transition easier?"
    ("I feel like a guest in my own family's house.", OUT_OF_PLACE),
    ("I feel like an outsider at work.", OUT_OF_PLACE),
    # got "Is there anything else you would like to know or talk about?"
    ("It's so cold and grey here.", DREARY_HERE),
    ("It has been raining every day.", None),
    ("What's the weather usually like in Bristol?", steer_for(
        "What's the weather usually like in Bristol?")),
    # not steered before
    ("I miss my friends back home very much.", STILL_MISS),
    ("i miss him", STILL_MISS),  # Jess, after the breakup: "What do you think about your
    # relationship?"
    ("I moved from Mumbai to live with my son's family in Bristol.", MOVED),
    ("I made dosas for everyone and they loved them!", MADE_FOR),
    ("I have coeliac disease.", DIET_TOLD),
    ("I can't eat anything spicy, it upsets my stomach.", DIET_TOLD),
    # Tomás, Margaret and Rory
    # got "Good luck with your work! I hope you have a productive day."
    ("Anyway, I should get back to work. Cheers.", FAREWELL),
    ("But two of my friends lost theirs and I feel guilty.", KEPT_MINE),
    ("My whole team was laid off and I feel so guilty that I wasn't.", KEPT_MINE),
    ("gtg mums calling", FAREWELL),  # got "Good to hear that!"
    ("Sorry, I have to run.", FAREWELL),
    ("I have to run a marathon next week.", None),
    # got "That's exciting! I hope he has a great time."
    ("Oliver is in the army and he's being sent abroad next month.", DEPLOYED),
    ("My husband is being deployed in May.", DEPLOYED),
    # got "That's a sad thing, Margaret. How do you feel about it?"
    ("I burnt the Sunday roast today, I'm getting so forgetful.", FORGETFUL),
    ("My memory is going.", FORGETFUL),
    # got "It's okay to feel silly sometimes, but remember that everyone has their own learning
    # curve."
    ("I'm not very good with technology, I feel a bit silly.", NEW_GADGET),
    ("I'm hopeless with this phone.", NEW_GADGET),
    # got "Your parents were shouting again last night. You couldn't sleep."
    ("They were shouting again last night and I couldn't sleep.", PARENTS_FIGHT),
    ("My parents keep fighting and I can hear them through the wall.", PARENTS_FIGHT),
    ("Why do my parents keep fighting?", None),
    # got "That's great to hear! How do you feel now?"
    ("I came out to my best friend today and she was really nice about it.", COMING_OUT),
    ("I came out as gay to my mum.", COMING_OUT),
    ("The sun came out today.", None),
    # got "How does Oliver use the tablet?"
    ("I'm seventy-six and my grandson Oliver just set up this tablet for me.", SET_UP_FOR_ME),
    ("My daughter bought me a new phone.", SET_UP_FOR_ME),
    # Nikos and Jade
    # got "It sounds like Rex is in pain and needs immediate attention. What can you do to help
    # him?"
    ("My dog Rex is really poorly, the vet thinks it might be his heart.", PET_POORLY),
    ("My cat isn't eating.", None),
    # got "That's great news! Rex should be better soon."
    ("The vet says Rex is going to be okay!", GOING_TO_BE_OK),
    ("The doctor said my dad should pull through.", GOING_TO_BE_OK),
    ("The doctor said he's not going to be okay.", None),
    # got "Fair enough, no coffee then. What's on your mind?"
    ("I can't have coffee anymore, which is killing me.", GIVING_UP),
    # got "That's great news! How did it go?"
    ("We had the first scan today and saw the heartbeat!", BABY_SCAN),
    # got "I don't think that's true... Remember, you're doing a great job taking care of
    # yourself and your baby."
    ("I'm terrified I'll be a rubbish mum.", PARENT_FEAR),
    # got "It sounds like Jade might be ghosting you."
    ("My friend hasn't replied to my messages in weeks and I think she's ghosting me.", GHOSTED),
    # got "That's great news, Nikos! It sounds like you're enjoying your time with Eleni."
    ("My wife Eleni says I'm under her feet all day.", UNDER_FEET),
    # got "That's great news, Usha! What are some fun things you do with her?"
    ("My granddaughter Anika is seven.", KID_AGE),
    ("My son is 35.", None),
    # got "Is there anything specific that's causing you concern?"
    ("There are rumours of layoffs at my company and I can't stop thinking about it.", JOB_WORRY),
    ("I think I might lose my job.", JOB_WORRY),
    # got "That's great news! How do you feel about being sober?" (Dev)
    ("I'm six months sober today.", SOBER_FOR),
    ("How long have you been sober?", None),
    # Fatima and Dmitri
    # got "That's great to hear! Ramadan is a time of fasting, and it can be challenging."
    ("I'm fasting for Ramadan, so I can't eat until sunset.", RAMADAN),
    # got "That's great news! I'm glad you're hosting twenty people for Eid."
    ("Eid is next week and I'm hosting twenty people!", HOSTING),
    ("We're having people over on Saturday.", None),
    # got "It's tough to see your ex."
    ("My ex won't let me see the kids this weekend.", KEPT_FROM_KIDS),
    # got "Good luck with your guitar learning!"
    ("Right, shift starts soon. Later.", FAREWELL),
]


@pytest.mark.parametrize(("said", "steer"), STEERED)
def test_illness_and_a_new_home_are_steered(said: str, steer: object) -> None:
    assert steer_for(said, detect_affect(said).tone) is steer


def test_the_whole_replies_say_what_a_friend_would() -> None:
    assert FLARE_DAY.openers_for("Today is a bad flare day.", "Sofia") == (
        "Oh, Sofia, I'm sorry, that sounds like a really hard day. Resting is all today needs to "
        "be. How are you feeling right now?",)
    assert MOVED.openers_for("I moved from Mumbai to live with my son's family in Bristol.")[0] \
        .endswith("How are you finding Bristol?")
    assert STILL_MISS.openers_for("I miss my friends back home very much.")[0].endswith(
        "What do you miss most about your friends?")
    assert MADE_FOR.openers_for("I made dosas for everyone and they loved them!")[0].endswith(
        "That must have felt so good. How was it, seeing them enjoy it?")
    assert MADE_FOR.openers_for("I baked a cake for my mum and she loved it.")[0].endswith(
        "How was it, seeing her enjoy it?")
    assert MADE_FOR.openers_for("I knitted a scarf for my sister.")[0].endswith(
        "I bet she'll love it. How did it turn out?")
    assert COMING_OUT.openers_for("I came out to my best friend and she was really nice about "
                                  "it.", "Rory") == (
        "That's a big moment, Rory, and it took real courage. I'm so glad it went well. How are "
        "you feeling now?",)
    assert COMING_OUT.openers_for("I came out to my dad and he didn't say anything.")[0].endswith(
        "courage. How are you feeling now?")
    assert DEPLOYED.openers_for("Oliver is in the army and he's being sent abroad.")[0] == (
        "Oh, that must be such a worry. How are you feeling about him going?")
    assert SET_UP_FOR_ME.openers_for("My grandson Oliver just set up this tablet for me.",
                                     "Margaret") == (
        "Oh, how lovely, Margaret! That was kind of him. How are you getting on with it?",)
    assert PET_POORLY.openers_for("My dog Rex is really poorly.", "Nikos") == (
        "Oh, Nikos, I'm so sorry, that's such a worry. How is Rex doing now?",)
    assert GOING_TO_BE_OK.openers_for("The doctor said my dad should pull through.")[0].endswith(
        "How's your dad doing now?")
    assert GIVING_UP.openers_for("I can't have coffee anymore, which is killing me.")[0] == (
        "Oh no, that's a tough one to give up. How are you managing without coffee?")
    assert PARENT_FEAR.openers_for("I'm scared I'll be a terrible dad.")[0].endswith(
        "Lots of new dads feel exactly this. What worries you most?")
    assert KID_AGE.openers_for("My granddaughter Anika is seven.", "Usha") == (
        "Aw, what a lovely age, Usha! What's she like?",)
    assert SOBER_FOR.openers_for("I'm six months sober today.", "Dev") == (
        "That's huge, Dev, I'm so proud of you. Six months takes real strength. How are you "
        "feeling about it?",)
    for steer in (LIVING_WITH, FLARE_DAY, AM_I_LAZY, CANCELLING, STOP_ASKING, MANAGED,
                  OUT_OF_PLACE, DREARY_HERE):
        assert steer.whole("")
