"""What the model is told about the user: framed as the user's life, dated, with what to avoid."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from memory import MemoryStore
from memory.affect import detect_affect
from memory.embedder import load_embedder
from memory.hits import Hit
from pipeline.indoors import INDOORS_HINT
from pipeline.moment_steers import SOBER_DECIDING
from pipeline.prompting import (
    WHY_HINT,
    ask_gently,
    followup_fits,
    framed,
    greeting_reply,
    memory_notes,
    name_openers,
    preference_hints,
    tone_hint,
    words_to_avoid,
)
from pipeline.safety import assess
from pipeline.school_steers import BULLIED
from pipeline.speakable import ReplyShaper
from pipeline.steers import (
    ADVISED_HELP,
    ANNIVERSARY,
    AT_LEAST,
    BABY_LOST,
    BIG_DAY,
    BURDEN,
    CONSCIENCE,
    CRAVING,
    DIET_TOLD,
    DRINKING_MORE,
    EXAM_FAILED,
    EXAM_NERVES,
    FAREWELL,
    FEAR_OF_FAILING,
    FIRST_STEP,
    FIRST_WITHOUT,
    FOND_MEMORY,
    GETS_EASIER,
    GOOD_NEWS,
    GOODNIGHT,
    GRIEF,
    HELPING,
    HOME_TOLD,
    HURT,
    KID_PASSION,
    NORMAL_FEELING,
    NOT_NOW,
    NOT_TOLD,
    ON_MY_OWN,
    OWN_TASTE,
    PANIC,
    PET_COMFORT,
    REASSURANCE,
    RECAP,
    REGRET,
    REHEARSAL,
    REMEMBERING,
    SECRET,
    SEEING_GUILT,
    SELF_BLAME,
    SELF_DOUBT,
    SHOUTED_AT,
    SLEEPLESS,
    SLOW_TRADE,
    SNAPPED,
    SOBER_INVITE,
    SPLIT_FAMILY,
    TOLD_BEFORE,
    TOLD_SOMEONE,
    steer_for,
)
from pipeline.user_profile import UserProfile, system_prompt, user_profile

NOW = datetime(2026, 5, 14, 18, 0)


def hit(text: str, kind: str = "turn", role: str | None = "user", days_ago: int = 2,
        superseded: bool = False) -> Hit:
    when = NOW - timedelta(days=days_ago)
    return Hit(1, text, 0.9, kind, when, [1], role, "s", None, when if superseded else None)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> MemoryStore:
    s = MemoryStore(tmp_path_factory.mktemp("mem"), embedder=load_embedder(), progress=False)
    said = NOW - timedelta(days=2)
    for line in ("Hi, my name is Sam.", "I can't stand mushrooms.", "I'm allergic to peanuts.",
                 "I'm vegetarian.", "My boss yelled at me in front of everyone today.",
                 "I love hiking.", "I have a golden retriever called Mango."):
        s.add(line, role="user", session="one", timestamp=said, profile="sam")
    s.add("I remember a day when I was yelled at too.", role="assistant", session="one",
          timestamp=said, profile="sam")
    yield s
    s.close()


def test_the_profile_has_the_name_and_everything_to_avoid(store: MemoryStore) -> None:
    profile = user_profile(store.facts("sam"))
    assert profile.name == "Sam"
    assert "mushrooms" in profile.avoid and "peanuts (allergy)" in profile.avoid
    assert any("vegetarian" in a for a in profile.avoid)
    assert not any("hiking" in a for a in profile.avoid)  # a like is not something to avoid
    assert profile.pets == ("Mango",)


def test_a_diet_given_up_no_longer_rules_out_food(tmp_path) -> None:
    """ "I've started eating fish again" left "Never suggest: meat or fish (vegetarian)" in
    every later prompt: the newer diet supersedes the older in the real store."""
    s = MemoryStore(tmp_path, embedder=load_embedder(), progress=False)
    s.add("I'm vegetarian, have been for ten years.", role="user", session="one",
          timestamp=NOW - timedelta(days=3), profile="mike")
    assert any("vegetarian" in a for a in user_profile(s.facts("mike")).avoid)
    s.add("Guess what, I've started eating fish again.", role="user", session="two",
          timestamp=NOW - timedelta(days=1), profile="mike")
    assert user_profile(s.facts("mike")).avoid == ()
    s.add("Actually I've gone vegan.", role="user", session="three", timestamp=NOW,
          profile="mike")
    assert user_profile(s.facts("mike")).avoid == ("animal products (vegan)",)
    s.close()


def test_the_system_prompt_names_the_user_and_what_never_to_suggest() -> None:
    prompt = system_prompt("You are Juniper.", UserProfile("Sam", ("mushrooms", "jazz")))
    assert prompt.startswith("You are Juniper.")
    assert "Sam" in prompt and "Never suggest: mushrooms, jazz." in prompt
    assert system_prompt("You are Juniper.", UserProfile()) == "You are Juniper."


def test_memories_are_what_the_user_told_the_companion(store: MemoryStore) -> None:
    hits = store.search("what happened with my boss?", k=8, profile="sam", now=NOW)
    assert any(h.role == "assistant" for h in hits)  # the store does return its own words...
    notes = memory_notes(hits, user_profile(store.facts("sam")), NOW)
    assert notes[0] == "What Sam told you before (Sam's life, not yours; speak to Sam as you):"
    lines = notes[1:]
    # Quoted as Sam's own words, dated, with "today" moved to the day it was said.
    assert '- On Tuesday: "My boss yelled at me in front of everyone that day."' in lines
    assert not any("I remember a day" in n for n in lines)  # ...which are never recalled
    assert all(n.startswith("- On Tuesday: ") for n in lines)
    assert all(n.startswith('- On Tuesday: "') or ": Sam " in n for n in lines)


def test_a_fact_is_about_the_user_by_name_or_as_the_user() -> None:
    fact = hit("The user has a dog called Mango.", kind="fact", days_ago=0)
    assert framed(fact, UserProfile("Sam"), NOW) == "Today: Sam has a dog called Mango."
    assert framed(fact, UserProfile(), NOW) == "Today: the user has a dog called Mango."
    said = hit("I moved to Porto today.", days_ago=1)
    assert framed(said, UserProfile(), NOW) == 'Yesterday: "I moved to Porto yesterday."'
    # said yesterday, "tomorrow" was today (Chen was told "a job interview the day after")
    said = hit("I've got a job interview tomorrow and I'm nervous tonight.", days_ago=1)
    assert framed(said, UserProfile(), NOW) == ('Yesterday: "I\'ve got a job interview today and '
                                               'I\'m nervous last night."')
    assert framed(hit("I said hi.", role="assistant"), UserProfile(), NOW) is None
    # "Goodnight." and "Hello there." were recalled for "How's my back, do you think?"
    assert framed(hit("Goodnight."), UserProfile(), NOW) is None
    assert framed(hit("Hello there."), UserProfile(), NOW) is None
    assert framed(hit("Good night, I'm off to Rome."), UserProfile(), NOW) is not None
    dislike = hit("The user dislikes mushrooms.", kind="fact")
    assert framed(dislike, UserProfile("Sam", ("mushrooms",)), NOW) is None  # in the system prompt


def test_a_facts_days_are_told_as_they_read_now() -> None:
    """ "What was I nervous about yesterday?" (Chen) got "...a job interview tomorrow.": the fact
    still said the day as it was told."""
    told = hit("The user has an interview tomorrow (on 2026-05-13) and feels nervous about it.",
               kind="fact", days_ago=2)  # NOW is the 14th
    assert framed(told, UserProfile("Chen"), NOW) == (
        "On Tuesday: Chen has an interview yesterday (on 2026-05-13) and feels nervous about it.")
    soon = hit("The user's mum is having surgery tomorrow (on 2026-05-18).", kind="fact")
    assert "on Monday (on 2026-05-18)" in framed(soon, UserProfile(), NOW)
    month = hit("The user's baby is due in May (on 2026-05-01).", kind="fact")
    assert "due in May (on 2026-05-01)" in framed(month, UserProfile(), NOW)


def test_notes_put_memories_first_then_hints_then_a_due_followup() -> None:
    """A hint the last words bring leaves the memories, read while the user spoke, in the cache."""
    from pipeline.turn_notes import TurnNotes

    remembered = memory_notes([hit("I love hiking.")], UserProfile("Maya"), NOW)
    notes = TurnNotes(tuple(remembered), hints=("The user sounds happy.",),
                      ask=ask_gently(UserProfile("Maya"), "How did the interview go?"))
    assert notes.lines == (*remembered, "The user sounds happy.",
                           "Ask Maya gently: How did the interview go?")
    assert remembered[0].startswith("What Maya told you before") and "hiking" in remembered[1]
    assert memory_notes([], UserProfile(), NOW) == []


def test_a_greeting_with_a_worry_due_is_answered_with_the_question() -> None:
    due = "You were nervous about the job interview last week: how did it go?"
    assert greeting_reply("Hi again.", UserProfile("Maya"), due) == f"Hi, Maya! {due}"
    assert greeting_reply("Good morning!", UserProfile(), due) == f"Good morning! {due}"
    assert greeting_reply("Hi again.", UserProfile("Maya"), None) is None
    assert greeting_reply("Hi, what's the capital of Peru?", UserProfile(), due) is None
    # "Alright." (Tunde, back two days later) got "I'm glad you're okay. How about you?"
    assert greeting_reply("Alright.", UserProfile("Tunde"), due) == f"Hi, Tunde! {due}"
    assert greeting_reply("Alright, so I've been thinking.", UserProfile(), due) is None


@pytest.mark.parametrize("said,tone,flagged,fits", [
    ("Hi again.", "neutral", False, True),
    ("Good morning! How are you?", "happy", False, True),
    ("Not much, just relaxing.", "neutral", False, True),
    ("I'm so anxious I can't sleep.", "anxious", False, False),
    ("What's even the point anymore.", "neutral", True, False),
    ("What's the capital of Australia?", "neutral", False, False),
    ("Thank you, good night.", "neutral", False, False),
])
def test_a_followup_waits_for_the_right_moment(said: str, tone: str, flagged: bool,
                                               fits: bool) -> None:
    assert followup_fits(said, tone, flagged) is fits


def test_a_dislike_said_just_now_gets_a_reminder_not_to_praise_it() -> None:
    hints = preference_hints("I can't stand mushrooms.", UserProfile("Sam"), NOW)
    assert hints == ["Sam just said they dislike mushrooms: accept that kindly and never praise "
                     "or suggest it."]
    assert preference_hints("I love mushrooms.", UserProfile("Sam"), NOW) == []


def test_a_request_for_ideas_is_reminded_of_what_to_avoid() -> None:
    user = UserProfile("Raj", ("horror films",))
    [hint] = preference_hints("Can you recommend a film for tonight?", user, NOW)
    assert "horror films" in hint and "specific things without them" in hint
    assert preference_hints("How was your day?", user, NOW) == []
    assert preference_hints("Any ideas for the weekend?", UserProfile("Raj"), NOW) == []


@pytest.mark.parametrize("said,steer", [
    ("Do you think I'm a bad person for yelling at my brother?", CONSCIENCE),
    ("Am I a terrible friend for forgetting her birthday?", CONSCIENCE),
    ("Was it wrong of me to tell my boss off?", CONSCIENCE),
    ("Is it bad that I didn't call my mum?", CONSCIENCE),
    ("Am I being selfish?", CONSCIENCE),
    ("Do you get bored talking to an old man like me?", REASSURANCE),
    ("I forgot my pills again. Am I an idiot?", REASSURANCE),
    ("Sorry for rambling.", REASSURANCE),
    ("I dropped a cup and broke it, I'm so clumsy.", REASSURANCE),  # not "take care of your
                                                                   # belongings"
    ("I'm bad at cooking.", None),  # a skill, not a conscience
    ("Am I a bad driver?", None),
    ("Am I wrong about the capital of France?", None),
    ("I'm not a bad person.", None),  # no question
    ("I get bored at work.", None),
    ("My wife used to make the best apple pie.", FOND_MEMORY),
    ("My wife Margaret passed away last spring.", GRIEF),
    ("I lost my husband in March.", GRIEF),
    ("My phone died.", None),
    ("What's your favourite colour?", OWN_TASTE),
    ("What kind of music do you like?", OWN_TASTE),
    ("Do you like my dog?", None),
    ("Can you help me practise for my interview?", REHEARSAL),
    ("I lost my keys again.", None),
    ("I miss how my wife used to sing, it makes me so sad.", None),  # the feeling's opener
    ("I'll be out all day, talk later.", FAREWELL),
    ("ok bye", FAREWELL),
    ("I'd better go, the kettle's boiling!", FAREWELL),
    ("Night night, dear.", GOODNIGHT),
    ("I'm off to bed.", GOODNIGHT),
    ("I said goodbye to my mum at the airport.", None),
    ("Can we talk later?", None),
    ("I have to go to the dentist tomorrow.", None),
    ("I take care of my mum.", None),
    ("Can you help me start my speech?", HELPING),
    ("Do you think I'm doing enough for him?", SELF_DOUBT),
    ("Am I a good mum?", SELF_DOUBT),
    ("I'm doing enough overtime.", None),
    ("I keep thinking I should have called him more.", REGRET),
    ("I wish I'd visited her more often.", REGRET),
    ("I feel guilty that I don't visit more.", SEEING_GUILT),
    ("I feel so guilty I can't get over to see her more often.", SEEING_GUILT),
    ("I feel guilty about not calling Mum enough.", SEEING_GUILT),
    ("I feel guilty about eating the whole cake.", REGRET),
    ("I run a little cafe, and business has been really slow this winter.", SLOW_TRADE),
    ("The shop has been so quiet since the roadworks started.", SLOW_TRADE),
    ("We've had hardly any customers all week.", SLOW_TRADE),
    ("Is business usually slow in January?", None),
    ("The bus has been really slow today.", None),
    ("I should have brought an umbrella today.", None),
    ("I'm organising the funeral and I don't know where to start.", FIRST_STEP),
    ("Where do I even begin with this essay?", FIRST_STEP),
    ("some kids at school keep making fun of me", BULLIED),
    ("they call me names in the corridor every day", BULLIED),
    ("My boss yelled at me in front of everyone today.", SHOUTED_AT),
    ("We laughed at the film all night.", None),
    ("The kids at school keep laughing at me.", BULLIED),
    ("Some boys pushed me in the corridor.", BULLIED),
    ("It suddenly hit me how much I miss her.", None),
    ("The baby kicked me all night!", None),
    ("I used to be a bully at school.", None),
    ("Can you help me practise for my interview?", REHEARSAL),
    ("Do you think I'm going to fail?", FEAR_OF_FAILING),  # got "It's possible, but don't worry."
    ("I'm going to fail, I just know it.", FEAR_OF_FAILING),
    ("I failed my driving test.", EXAM_FAILED),  # not a fear of failing: sorry, another go?
    ("Okay, I'm going to try to sleep. Night.", GOODNIGHT),
    ("I worry I'm becoming a burden to my daughter.", BURDEN),  # got "What are you doing to help"
    ("Could you remind me what we talked about earlier?", RECAP),  # got "...What was it?"
    ("What have we been talking about?", RECAP),
    ("What did we talk about last time?", None),  # not in the prompt: the opener would invent
    ("What did you talk about with Tom?", None),
    ("do you remember what i do to get away from everything?", TOLD_BEFORE),  # got advice
    ("Did I tell you where my sister lives?", TOLD_BEFORE),
    ("Do you remember when we first talked?", None),
    ("i don't really want to talk about it", NOT_NOW),  # got "talking... can help us feel better"
    ("I'd rather not talk about it.", NOT_NOW),
    ("I don't want to talk to my sister.", None),
    ("I had a fall in the kitchen yesterday.", HURT),  # got "That's a sad thing."
    ("I slipped on the ice this morning.", HURT),
    ("I fell over in the garden and banged my knee.", HURT),
    ("I fell asleep on the sofa.", None),
    ("I fell in love with Lisbon.", None),
    ("I broke my phone.", None),
    ("She hurt my feelings.", None),
    ("I'm allergic to nuts, so I have to be careful with food.", DIET_TOLD),  # "any tips...?"
    ("I'm vegetarian.", DIET_TOLD),
    ("I'm vegetarian, what should I cook tonight?", DIET_TOLD),
    ("My son is allergic to eggs.", None),
    ("I can't eat another bite!", None),
    # got "Aw, that sounds scary. How do you handle it?"
    ("Is it normal to feel scared all the time?", NORMAL_FEELING),
    ("Is it weird that I still miss him?", NORMAL_FEELING),
    ("Am I crazy for feeling this way?", NORMAL_FEELING),
    ("Is it okay to be this tired after chemo?", NORMAL_FEELING),
    ("Is it normal for a cat to sleep all day?", None),
    ("Is it okay to eat eggs every day?", None),
    ("I had a panic attack on the tram this morning.", PANIC),  # got "How did you feel?"
    ("I've been having panic attacks at work.", PANIC),
    ("My sister had a panic attack.", None),
    ("I had a miscarriage last week. It was our first pregnancy.", BABY_LOST),
    ("We lost the baby at twelve weeks.", BABY_LOST),
    ("Honestly I really want a drink right now.", CRAVING),  # got "remember to stay hydrated"
    ("I'm so tempted to drink tonight.", CRAVING),
    ("I want a drink of water.", None),
    ("Everyone keeps saying at least it was early.", AT_LEAST),
    ("My mum keeps telling me at least he didn't suffer.", AT_LEAST),
    # got "...but remember that we all make mistakes"
    ("I keep thinking it was my fault.", SELF_BLAME),
    ("It was my fault we were late, sorry.", None),
    # got "That's a tough time, Noor. How do you feel about it?"
    ("This is going to be my first Christmas without my mum.", FIRST_WITHOUT),
    ("It's the first Christmas without him.", FIRST_WITHOUT),
    ("My first Christmas without a car!", None),
    ("She always made the big dinner for everyone.", FOND_MEMORY),  # got "That's great to hear"
    ("He always made me feel small.", None),
    # got "What do you think about getting some sleep?"
    ("I can't sleep, it's 3am and my head won't stop.", SLEEPLESS),
    ("It's 2am and I'm still awake.", SLEEPLESS),
    ("I couldn't sleep last night.", None),
    ("Do you think it gets easier?", GETS_EASIER),  # got "...take care of yourself and your cat"
    ("Does it ever get any easier?", GETS_EASIER),
    ("My mates are going to the pub and they invited me.", None),  # only for the sober
    # got "Aw, that sounds like a lot of fun!"
    ("I've got my kids, Ollie and Rosie, every other weekend since the divorce.", SPLIT_FAMILY),
    ("Alright, cheers.", FAREWELL),  # got "You're welcome! Have a great day!"
    ("Yeah. Cheers.", FAREWELL),  # (Gary) got "You're welcome, Gary! I'm here for you."
    ("Right, I'm off to watch the football.", FAREWELL),  # got "Good luck with your football!"
    ("Thank you, dear. I'll let you get on.", FAREWELL),  # got "I'll be here if you need..."
    ("I'm off work tomorrow.", None),  # was a goodbye
    ("I'm off sick today.", None),
    ("Cheers for that, what about tomorrow", None),
    # got "It's okay to feel upset. Let's talk about it and figure out how to handle it better."
    ("I shouted at Rosie this morning and now I feel awful.", SNAPPED),
    ("I snapped at my mum and I feel so guilty.", SNAPPED),
    ("I shouted at the telly, it felt great.", None),
    ("ok night", GOODNIGHT),  # got "Goodnight! I hope you have a great night."
    # got "That's great to hear, Noor! ... What do they do for fun together?"
    ("My cat Biscuit is curled up next to me, at least.", PET_COMFORT),
    ("My cat is sitting on the table.", None),
    # got "How about making a special meal for her? Maybe you could make some cookies"
    ("Any ideas for something small to remember mum on the day?", REMEMBERING),
    ("How do I remember my sister's birthday?", None),
    ("Can you remind me to call my mum?", None),
    # (Zara, 15, who scratches her arms) got "You told Amy about your arms." and "She said you
    # should talk to the school counselor.": echoes
    ("i told my friend amy about my arms", TOLD_SOMEONE),
    ("I finally told my mum about the cutting.", TOLD_SOMEONE),
    ("I told my boss about the project.", None),
    ("she said i should talk to the school counsellor", ADVISED_HELP),
    ("please don't tell anyone", SECRET),  # got "I understand. I'm here for you."
    ("Don't tell anyone, it's a surprise party!", None),
    # got "It's a very sad time for you and your family."
    ("I miss Joan terribly today. It would have been our anniversary.", ANNIVERSARY),
    ("It's our anniversary today!", None),
    # (Zara) got "That's great! You have lots of time to prepare."
    ("i'm 15 and my gcses start in may", BIG_DAY),
    ("My interview is next week.", BIG_DAY),
    ("My exams went well.", GOOD_NEWS),  # good news, no big day ahead
    ("when do my exams start?", None),  # asks for the date it was told
    ("My hip operation is next month.", BIG_DAY),  # (Eleanor) got "That's exciting!"
    # (Gary) got "Manchester is a city in England."
    ("I live in Manchester.", HOME_TOLD),
    ("We live in a small flat.", None),
    # (Kate) got "That's a fun and interesting fact about Ollie."
    ("Ollie is seven and obsessed with dinosaurs.", KID_PASSION),
    ("My daughter is mad about horses.", KID_PASSION),
    ("Dave is obsessed with conspiracy theories.", None),
    ("She is obsessed with trains.", None),
    # (Kate) got "That sounds like a busy life. Do you have any hobbies?"
    ("My husband works away on the rigs, so it's mostly just me and Ollie.", ON_MY_OWN),
    # (Gary, made redundant) got "That's not good for your health."
    ("I've been drinking a bit more than I should since.", DRINKING_MORE),
    ("I've been drinking more water lately.", None),
    # (Aoife, 16, cutting again) got "Would it be okay if I talked to someone about it?"
    ("i haven't told anyone", NOT_TOLD),
    ("Nobody knows about the surprise party.", None),
    # (Eleanor) got "That's a sad thing to hear. How do you feel about it?"
    ("The house is so quiet since Arthur passed.", GRIEF),
    ("Since I passed my test I drive everywhere.", None),
    ("My exams are over!", None),
    ("My test came back negative.", None),
])
def test_lines_a_small_model_answers_badly_are_steered(said: str, steer: object) -> None:
    tone = detect_affect(said).tone
    assert steer_for(said, tone) is steer
    hints = preference_hints(said, UserProfile(), NOW, tone)
    assert (steer is not None and steer.hint_for(said) in hints) or (steer is None and hints == [])


def test_a_big_day_ahead_is_met_with_how_they_feel_about_it() -> None:
    gcses = "i'm 15 and my gcses start in may"
    assert BIG_DAY.openers_for(gcses, "Zara") == (
        "Oh, that's a big one, Zara. How are you feeling about them?",)
    assert BIG_DAY.whole(gcses)
    tips = "My driving test is tomorrow, any tips?"  # the model gives them, after the opener
    assert BIG_DAY.openers_for(tips) == ("Oh, that's a big one.",) and not BIG_DAY.whole(tips)
    # scared of it: exam nerves' own answer, not "how are you feeling about them?"
    assert steer_for("My exams start tomorrow and I'm terrified.", "anxious") is EXAM_NERVES


def test_everyday_life_told_in_passing_gets_a_friends_question() -> None:
    assert HOME_TOLD.openers_for("i'm 16 and i live in Dublin", "Aoife") == (
        "Oh, lovely, Aoife! How long have you lived in Dublin?",)
    assert KID_PASSION.openers_for("Ollie is seven and obsessed with dinosaurs.") == (
        "Oh, I love that! Does Ollie have a favourite?",)
    assert KID_PASSION.openers_for("My son is crazy about cars.")[0].endswith(
        "Does he have a favourite?")
    assert GRIEF.openers_for("The house is so quiet since Arthur passed.")[0].endswith(
        "What was Arthur like?")
    said = NOT_TOLD.openers_for("i haven't told anyone", "Aoife")[0]
    assert said.endswith("Is there someone you trust you could tell?") and "I'll" not in said
    assert NOT_TOLD.whole("i haven't told anyone")


def test_a_sober_user_asked_to_the_pub_is_asked_how_they_feel() -> None:
    """Dev, six months sober, got "That's great! I hope you enjoy your time with them."."""
    invited = "My mates are all going to the pub on Friday and they invited me."
    sober = UserProfile(name="Dev", avoid=("alcohol (sober)",))
    steer = steer_for(invited, "neutral", sober.sober)
    assert steer is SOBER_INVITE and steer.whole(invited)
    assert "pub" not in steer.openers_for(invited, "Dev")[0]
    assert SOBER_INVITE.hint in preference_hints(invited, sober, NOW)
    # asked, not told: not the invitation's reply, but the decision left to them (Greg)
    assert steer_for("Should I go? They asked me to come for drinks.", "neutral", True) is \
        SOBER_DECIDING


def test_ideas_for_a_rainy_day_are_for_indoors() -> None:
    """Ben got "If it rains, you could go to the park or have a picnic."."""
    rainy = "Got the kids this weekend, what could we do if it rains?"
    assert {"park", "picnic"} <= set(words_to_avoid(rainy, [], UserProfile()))
    assert INDOORS_HINT in preference_hints(rainy, UserProfile(), NOW)
    assert "park" not in words_to_avoid("What could we do this weekend?", [], UserProfile())
    assert preference_hints("I love the rain.", UserProfile(), NOW) == []


def test_telling_someone_is_brave_and_named() -> None:
    assert TOLD_SOMEONE.openers_for("i told my friend amy about my arms", "Zara") == (
        "Oh, Zara. I'm really glad you told Amy. That took courage. How did it go?",)
    assert TOLD_SOMEONE.openers_for("I finally told my mum about the cutting.")[0].endswith(
        "I'm really glad you told your mum. That took courage. How did it go?")


def test_a_pet_keeping_them_company_is_named() -> None:
    line = "My cat Biscuit is curled up next to me, at least."
    assert PET_COMFORT.openers_for(line, "Noor") == ("Aw, Noor. I'm glad Biscuit's keeping you "
                                                     "company.",)
    assert PET_COMFORT.openers_for("my dog is asleep on me")[0] == (
        "Aw. I'm glad your dog's keeping you company.")


def test_a_first_holiday_without_someone_asks_about_them() -> None:
    line = "This is going to be my first Christmas without my mum."
    assert FIRST_WITHOUT.openers_for(line, "Noor") == (
        "Oh, Noor, I'm so sorry. The first Christmas without her must be so hard. What was "
        "Christmas like with her?",)
    assert FIRST_WITHOUT.openers_for("first birthday without my dad")[0].endswith(
        "The first birthday without him must be so hard. What was he like?")
    assert FIRST_WITHOUT.openers_for("the first birthday without my friend")[0].endswith(
        "What were they like?")


def test_a_fall_is_asked_after_and_a_subject_let_be() -> None:
    """Both are the whole reply: the model asked "How did it happen?" and urged to talk."""
    fall = "I had a fall in the kitchen yesterday."
    assert HURT.openers_for(fall) == ("Oh no, I hope you didn't hurt yourself. Are you "
                                      "alright?",)  # one question: a reply has room for one
    assert HURT.whole(fall)
    knee = "I fell over and banged my knee."
    assert HURT.openers_for(knee) == ("Oh no, are you alright?",)  # it said what hurts
    spoken = ReplyShaper(assess(fall), said=fall)
    assert spoken.feed(["Oh no, I hope you didn't hurt yourself.", "Are you alright?"]) + \
        spoken.finish() == ["Oh no, I hope you didn't hurt yourself.", "Are you alright?"]
    (let_be,) = NOT_NOW.openers_for("i don't really want to talk about it")
    assert "?" not in let_be and NOT_NOW.whole("i don't really want to talk about it")


def test_an_allergy_told_is_remembered_and_a_question_with_it_answered() -> None:
    told = "I'm allergic to nuts, so I have to be careful with food."
    assert DIET_TOLD.openers_for(told, "Nadia") == ("Thanks for telling me, Nadia, I'll remember "
                                                     "that.",)
    assert DIET_TOLD.whole(told) and not DIET_TOLD.whole("I'm vegan, any dinner ideas?")


def test_someone_bullied_is_asked_whether_they_could_tell_someone() -> None:
    """ "some kids at school keep making fun of me" got "Try to stand up for yourself": the
    opener is on their side, then asks about the one step that helps."""
    for opener in BULLIED.openers_for("some kids at school keep making fun of me", "Kai"):
        assert "fault" in opener or "deserves" in opener
        assert opener.endswith("?") and "tell" in opener


def test_tone_hints_ask_for_short_warm_answers() -> None:
    assert "understand how they feel" in tone_hint("sad")
    assert "one or two sentences" in tone_hint("anxious")
    assert tone_hint("neutral") == ""
    assert "crisis line" in tone_hint("distress")


def test_a_why_question_is_a_real_question_even_after_a_joke() -> None:
    assert WHY_HINT in preference_hints("Why is the sky blue?", UserProfile(), NOW)
    assert WHY_HINT in preference_hints("But why do cats purr?", UserProfile(), NOW)
    assert WHY_HINT not in preference_hints("Tell me a joke.", UserProfile(), NOW)


@pytest.mark.parametrize(("said", "question"), [
    ("My wife Margaret passed away last spring.", "What was Margaret like?"),
    ("My husband, John, passed away.", "What was John like?"),
    ("My grandad died last week, the funeral is on Friday.", "What was he like?"),
    ("I lost my mum in March.", "What was she like?"),
    ("My grandfather died on Sunday.", "What was he like?"),  # the follow-ups' words too
    ("My nan passed away.", "What was she like?"),
    ("My cat died this morning.", "What was your cat like?"),
    ("My friend's dad passed away.", ""),  # not the user's own loss: no question about him
])
def test_a_loss_is_met_with_sorrow_and_a_question_about_the_one_lost(said: str,
                                                                       question: str) -> None:
    """ "My wife Margaret passed away last spring." got "...How did Margaret make you feel?" """
    steer = steer_for(said, detect_affect(said).tone)
    assert steer is GRIEF
    assert steer.openers_for(said) == tuple(f"{o} {question}".strip() for o in GRIEF.openers)


def test_a_goodbye_is_said_back_by_name() -> None:
    """ "I'll be out all day, talk later." got "I'm glad you'll have time to think about your
    speech later." """
    said = "I'll be out all day, talk later."
    assert steer_for(said).openers_for(said, "Daniel") == ("Bye for now, Daniel!",
                                                           "Talk soon, Daniel!")
    assert steer_for("Goodnight.").openers_for("Goodnight.")[0] == "Goodnight! Sleep well."


def test_a_name_given_is_said_back() -> None:
    assert name_openers("Hi, I'm Raj.") == ("Nice to meet you, Raj!", "Lovely to meet you, Raj!")
    assert name_openers("Hi, I'm Raj.", known_name="Raj") == ("Hi, Raj!",)
    assert name_openers("Hi, I'm so tired.") == ()
    # "Morning!" to a friend who knows the name got "Good morning! How are you today?"
    assert name_openers("Morning!", known_name="Priya") == ("Morning, Priya!",)
    assert name_openers("Good evening.", known_name="Tom") == ("Good evening, Tom!",)
    assert name_openers("Hey, what's the capital of Peru?", known_name="Tom") == ()
    assert name_openers("Hi!") == ()


def test_the_name_and_an_allergy_outlast_many_newer_facts(tmp_path) -> None:
    """The profile read the 50 newest facts: after a few weeks of plans and likes, the name and
    the allergy told on the first day fell out of the system prompt."""
    s = MemoryStore(tmp_path, embedder=load_embedder(), progress=False)
    first = NOW - timedelta(days=60)
    s.add("Hi, my name is Sam. I'm allergic to peanuts.", role="user", session="one",
          timestamp=first, profile="sam")
    for day in range(1, 61):
        s.add(f"I love hobby number {day}.", role="user", session=f"s{day}",
              timestamp=first + timedelta(days=day), profile="sam")
    profile = user_profile(s.facts("sam"))
    assert profile.name == "Sam" and "peanuts (allergy)" in profile.avoid
    s.close()
