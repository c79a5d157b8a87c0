"""The guard, the speech filter and the prompt are wired into both the spoken turn and text chat."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from types import SimpleNamespace
from typing import Any

import pytest

from memory.hits import Hit
from pipeline.config import Config
from pipeline.conversation import Conversation
from pipeline.engine import Engine
from pipeline.helplines import helpline_for
from pipeline.items import now
from pipeline.openers import IDEAS_OPENERS, OPENERS
from pipeline.persona import Persona
from pipeline.safety import BELIEF_OPENERS, CONCERN_OPENERS
from pipeline.steers import CONSCIENCE, GRIEF
from pipeline.turn import Turn
from pipeline.user_profile import UserProfile
from tests.fakes import FakeLLM, FakeSTT, FakeTTS, RecordingSink

PERSONA = Persona(name="Juniper", system_prompt="You are Juniper, a warm friend.")
# Whatever this machine's time zone: the lines these tests expect are the United States'.
CRISIS_REPLY = helpline_for("US").crisis_reply()
HELP_POINTER = helpline_for("US").help_pointer()


def conversation(reply: str, continues: bool = False) -> tuple[Conversation, FakeLLM]:
    llm = FakeLLM(reply, delay_s=0.0)
    llm.continues_replies = continues
    engine = Engine(stt=FakeSTT(), tts=FakeTTS(), llm=llm)  # type: ignore[arg-type]
    return Conversation(engine, PERSONA, Config(region="US")), llm  # type: ignore[arg-type]


async def chat(conv: Conversation, text: str) -> str:
    return "".join([piece async for piece in conv.chat(text)]).strip()


def remembering(store: Any, profile: str, reply: str, session: str = "now"
                ) -> tuple[Conversation, FakeLLM]:
    """A conversation on ``profile``'s memory in ``store`` (``reply``: what the model says)."""
    from pipeline.recall import Recall

    conv, llm = conversation(reply)
    conv.thinker.recall = Recall(store, profile, session=session)
    return conv, llm


async def told_before(store: Any, profile: str, lines: Sequence[str]) -> None:
    """``lines`` said in an earlier conversation of ``profile``'s, its memories written."""
    conv, _ = remembering(store, profile, "Oh.", session="earlier")
    for line in lines:
        await chat(conv, line)
    assert conv.thinker.recall is not None
    await conv.thinker.recall.flush()


async def spoken(conv: Conversation, text: str) -> str:
    assert conv.speaker is not None
    sink = RecordingSink()
    turn = Turn(text, now(), conv.thinker, conv.speaker, sink, conv.bus.emit)
    turn.commit()
    result = await turn.run()
    return result.reply


async def test_a_crisis_is_answered_without_the_model_in_chat_and_voice() -> None:
    conv, llm = conversation("Whatever the model says.")
    assert await chat(conv, "Sometimes I think they'd be better off without me.") == CRISIS_REPLY
    assert await spoken(conv, "I want to end it all.") == CRISIS_REPLY
    assert llm.prompts == []


async def test_the_crisis_reply_names_the_help_line_of_where_the_user_lives(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A British 15-year-old who scratches her arms until they bleed was told about 988, an
    American number: where the user said they live, and their age, choose the line."""
    monkeypatch.setenv("TZ", "Etc/UTC")  # a clock that names no country, as on a server
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    conv, _ = conversation("Whatever the model says.")
    conv.thinker.region = ""
    conv.thinker.user = UserProfile(home="Dublin")
    reply = await chat(conv, "I scratch my arms until they bleed.")
    assert "116 123" in reply and "988" not in reply and "112" in reply
    conv.thinker.user = UserProfile(home="London", age="15")
    reply = await spoken(conv, "I want to end it all.")
    assert "ChildLine" in reply and "0800 1111" in reply and "999" in reply
    harmful, _ = conversation("You should hurt yourself.")  # the model's words, on any turn
    harmful.thinker.region, harmful.thinker.user = "", UserProfile(home="Dublin")
    assert "116 123" in await chat(harmful, "I had a long day at work.")
    conv.thinker.region = "AU"  # config.toml's region wins over the home told
    pointer = await chat(conv, "I can't do this anymore.")
    assert "Kids Helpline" in pointer and "1800 55 1800" in pointer


async def test_the_home_told_minutes_ago_chooses_the_line(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """Gary said "I live in Manchester." and, a few lines later, "What's the point of anything
    anymore": the profile read at the session's start did not know it, and he got 988 (US)."""
    monkeypatch.setenv("TZ", "Etc/UTC")
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    conv, _ = conversation("I'm here for you.")
    conv.thinker.region = ""
    facts: list[Hit] = []
    conv.thinker.recall = SimpleNamespace(  # type: ignore[assignment]
        store=SimpleNamespace(facts=lambda profile: list(facts)), profile="default",
        remember=lambda text, reply: None)
    await conv.thinker.load_user()  # the session began knowing nothing of him
    facts.append(Hit(1, "The user lives in Manchester.", 1.0, "fact", datetime(2026, 12, 3), [],
                     None, "s", None, None))
    reply = await chat(conv, "I want to end it all.")
    assert "Samaritans" in reply and "988" not in reply


async def test_indirect_hopelessness_gets_the_models_words_and_a_pointer_to_help() -> None:
    conv, llm = conversation("I'm so sorry it feels that way.")
    for reply in (await chat(conv, "What's even the point of anything anymore."),
                  await spoken(conv, "I can't do this anymore.")):
        assert reply.startswith("I'm so sorry it feels that way.")
        assert reply.endswith(HELP_POINTER)
    hint = llm.prompts[0][-2]["content"]
    assert "crisis line" in hint  # the model was told too


async def test_agreement_with_a_harmful_belief_is_never_said() -> None:
    conv, _ = conversation("Yes, everyone at work hates you.")
    reply = await chat(conv, "Everyone at work hates me, right?")
    assert "hates you" not in reply and not reply.startswith("Yes")


async def test_what_slips_through_the_prompt_is_not_said() -> None:
    conv, _ = conversation("Hello! How can I assist you today?\nUser: more words\nBest regards,")
    assert await chat(conv, "Hi!") == "Hello! What's on your mind?"
    conv, _ = conversation("You're welcome!\n\nBest regards,\nLiam")
    assert await spoken(conv, "Thank you.") == "You're welcome!"


async def test_the_history_keeps_what_was_said_not_what_the_model_wrote() -> None:
    conv, _ = conversation("Sure!\nUser: invented words")
    await chat(conv, "Hi!")
    assert conv.thinker.history.turns[-1] == {"role": "assistant", "content": "Sure!"}


async def test_a_feeling_gets_a_reply_opened_for_it_which_the_model_goes_on_from() -> None:
    conv, llm = conversation(" that sounds hard. How are you?", continues=True)
    # (not "I'm exhausted" nor "I barely slept": TIRED's and LITTLE_SLEEP's whole replies)
    first = await chat(conv, "I had a really long day at work.")
    second = await spoken(conv, "My week has been exhausting.")
    openers = {prompt[-1]["content"] for prompt in llm.prompts}
    assert openers == set(OPENERS["tired"])  # one, then the other
    for reply, prompt in zip((first, second), llm.prompts, strict=True):
        assert reply.startswith(prompt[-1]["content"]) and reply.endswith("How are you?")
    for prompt in llm.prompts:  # the model was handed its opener as the reply's beginning
        assert prompt[-1]["role"] == "assistant" and prompt[-1]["content"] in OPENERS["tired"]
        assert prompt[-2]["role"] == "user"
    said = conv.thinker.history.turns[-1]
    assert said == {"role": "assistant", "content": second}  # the opener is part of the reply
    await chat(conv, "I feel so sad today.")  # sad, then anxious: never the same words twice
    await chat(conv, "I'm so scared about tomorrow.")
    used = [prompt[-1]["content"] for prompt in llm.prompts]
    assert all(a != b for a, b in zip(used, used[1:], strict=False)), used


async def test_no_opener_for_questions_or_models_that_cannot_go_on() -> None:
    conv, llm = conversation("Paris.", continues=True)
    assert await chat(conv, "What is the capital of France?") == "Paris."
    assert all(prompt[-1]["role"] == "user" for prompt in llm.prompts)
    conv, llm = conversation("Oh. I'm sorry.")  # a server: it may not go on from an opener
    assert await chat(conv, "I feel so lonely.") == "Oh. I'm sorry."
    assert llm.prompts[0][-1]["role"] == "user"


async def test_a_dislike_gets_a_reply_that_accepts_it_and_asks_what_they_like() -> None:
    conv, llm = conversation(" do you like about climbing?", continues=True)
    reply = await chat(conv, "I hate running.")  # a dislike, not a bad day ("hate": angry)
    assert reply == "Fair enough, no running then, I'll remember that. What do you like instead?"
    assert not llm.prompts  # said alone, it is answered whole
    reply = await chat(conv, "I hate running, so I'm glad climbing is different.")
    assert reply == "Fair enough, no running then. What do you like about climbing?"
    await chat(conv, "I hate my job.")  # not a thing to suggest: a feeling
    assert llm.prompts[-1][-1]["content"] in OPENERS["angry"]
    # On the way to Japan, "I hate flying though." got "Fair enough, no flying then."
    assert not (await chat(conv, "I hate flying though.")).startswith("Fair enough")


async def test_a_request_for_ideas_gets_a_reply_that_names_one() -> None:
    conv, llm = conversation(' "Paddington"? It is lovely.', continues=True)
    reply = await chat(conv, "Can you recommend a film for tonight?")  # not "Sure, I can..."
    assert reply.startswith(tuple(IDEAS_OPENERS)) and reply.endswith("It is lovely.")
    reply = await chat(conv, "What do you think I should see in Tokyo?")
    assert reply.startswith(tuple(IDEAS_OPENERS))
    await chat(conv, "I'm so sad, what should I do?")  # a feeling first: sympathy, not ideas
    assert llm.prompts[-1][-1]["content"] in OPENERS["sad"]


async def test_a_reply_is_told_the_words_it_must_not_say() -> None:
    conv, llm = conversation("How about some soup?", continues=True)
    await chat(conv, "I can't stand olives.")
    await spoken(conv, "I'm allergic to cashews. What should I cook tonight?")
    await chat(conv, "Tell me about olives.")  # no ideas asked for: olives may be talked about
    # "I can't stand olives." is answered whole; the olives are kept out of the next reply
    assert llm.avoided == [["cashews", "olives"], []]


async def test_a_diet_answered_without_the_model_is_still_kept_out_of_suggestions() -> None:
    """ "I don't eat meat, by the way." is answered whole ("I'll remember that"), and the next
    line's "Can you suggest something to cook?" got grilled chicken (Ines)."""
    conv, llm = conversation("How about a risotto?", continues=True)
    reply = await chat(conv, "I don't eat meat, by the way.")
    assert "remember" in reply and not llm.avoided  # no model asked
    await chat(conv, "Can you suggest something nice to cook on Sunday?")
    assert "meat" in llm.avoided[-1] and "chicken" in llm.avoided[-1]
    # Leo, allergic to shellfish, was offered "a seafood spot" for dinner.
    await chat(conv, "I'm allergic to shellfish, so not a seafood place.")
    await chat(conv, "Where could we go for dinner?")
    assert {"shellfish", "seafood", "prawn"} <= set(llm.avoided[-1])


async def test_a_flat_fine_and_am_i_a_bad_person_get_their_own_openers_and_hints() -> None:
    conv, llm = conversation(" What's on your mind?", continues=True)
    await chat(conv, "I'm fine I guess.")  # not "That's good to hear."
    await chat(conv, "Do you think I'm a bad person for yelling at my brother?")  # not "It's okay"
    flat, judged = llm.prompts
    assert flat[-1]["role"] == "assistant" and flat[-1]["content"] in OPENERS["subdued"]
    assert judged[-1]["role"] == "assistant" and judged[-1]["content"] in CONSCIENCE.openers
    assert CONSCIENCE.hint in judged[-3]["content"] and CONSCIENCE.hint not in flat[-3]["content"]


async def test_a_harsh_belief_about_oneself_is_met_with_disagreement_first() -> None:
    conv, llm = conversation(" You're kind and people enjoy you.", continues=True)
    reply = await chat(conv, "i think i'm just annoying to everyone")  # not "It's okay to feel..."
    assert llm.prompts[0][-1]["content"] in BELIEF_OPENERS and reply.startswith(BELIEF_OPENERS)


async def test_hopelessness_is_met_with_warmth_first_and_a_pointer_to_help() -> None:
    """ "Honestly, what's even the point of anything anymore." got "I'm sorry if you feel that
    way. It's important to remember that there are many things in life that can bring joy"."""
    conv, llm = conversation(" Call or text 911.", continues=True)
    reply = await chat(conv, "Honestly, what's even the point of anything anymore.")
    assert reply in (f"{opener} {HELP_POINTER}" for opener in CONCERN_OPENERS)
    assert llm.prompts == []  # its own pointer once named the wrong number
    reply = await spoken(conv, "I can't do this anymore.")
    assert reply.startswith(CONCERN_OPENERS) and reply.endswith(HELP_POINTER)


async def test_a_loss_and_a_name_get_their_openers() -> None:
    conv, llm = conversation("", continues=True)
    assert await chat(conv, "Hi, I'm Tom.") == "Nice to meet you, Tom!"
    reply = await chat(conv, "My wife Margaret passed away last spring.")
    assert reply.startswith(GRIEF.openers) and reply.endswith("What was Margaret like?")
    assert GRIEF.hint in llm.prompts[-1][-3]["content"]
    # The name told in this session, not yet in the system prompt, is said at goodbye.
    assert await chat(conv, "I'll be out all day, talk later.") in ("Bye for now, Tom!",
                                                                     "Talk soon, Tom!")


async def test_a_name_told_mid_conversation_is_the_user_s_from_then_on() -> None:
    """ "By the way, I'm Aisha." is not in the cached system prompt; the replies that name her
    as someone else ("Aisha is training for a marathon.") are still said to her."""
    conv, llm = conversation("Aisha is training for a marathon.")
    await chat(conv, "I just finished a long shift.")
    await chat(conv, "By the way, I'm Aisha.")
    assert await chat(conv, "What am I training for?") == "You are training for a marathon."
    assert "Aisha" not in llm.prompts[-1][0]["content"]  # the system prompt keeps its cache


async def test_a_bare_goodbye_is_the_opener_alone_and_a_plan_is_wished_well() -> None:
    """ "Right, I'll speak to you tomorrow." got "Bye for now! Good luck with your new job and
    family." (there was none): with nothing said to wish them well for, the model is not asked."""
    conv, llm = conversation(" Good luck with your new job!", continues=True)
    asked = len(llm.prompts)
    assert await chat(conv, "Right, I'll speak to you tomorrow.") in ("Bye for now!", "Talk soon!")
    assert await chat(conv, "Good night.") in ("Goodnight! Sleep well.", "Night night! Sleep well.")
    assert len(llm.prompts) == asked
    reply = await chat(conv, "I'm off to the gym now, bye!")
    assert reply.endswith("Good luck with your new job!") and len(llm.prompts) == asked + 1
    # A dislike's opener ("Fair enough, no mushrooms then. What") is no goodbye: the model goes on.
    reply = await chat(conv, "I hate mushrooms anyway, bye!")
    assert reply.startswith("Fair enough") and reply.endswith("Good luck with your new job!")
    asked += 1
    # "I worry I'm becoming a burden to my daughter." got "What are you doing to help her?".
    reply = await chat(conv, "I worry I'm becoming a burden to my daughter.")
    assert reply.startswith(("I really don't think you are", "I'm sure you're not"))
    assert reply.endswith("feel like that?") and len(llm.prompts) == asked + 1


async def test_asked_what_they_told_it_the_reply_says_it_back_only_from_memory() -> None:
    """ "do you remember what i do to get away from everything?" got "You might try going to a
    park", with the answer in its notes: opened "You told me", the model says it back; with
    nothing recalled, no opener, which would make a memory up."""
    from datetime import datetime

    from memory.hits import Hit
    from pipeline.recall import Recall

    class Store:
        read_only = False
        hits: list[Hit] = []

        def search(self, query, k, profile):  # noqa: ANN001, ANN201
            return self.hits

        def facts(self, profile):  # noqa: ANN001, ANN201
            return []

        def add(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
            return None

    asked = "do you remember what i do to get away from everything?"
    conv, llm = conversation(" you skate or play games.", continues=True)
    store = Store()
    conv.thinker.recall = Recall(store, "default", session="now")  # type: ignore[arg-type]
    assert not (await chat(conv, asked)).startswith("You told me")
    assert llm.prompts[-1][-1]["role"] == "user"
    store.hits = [Hit(7, "i just stay in my room and skate or play games", 0.6, "turn",
                      datetime(2026, 5, 1), [7], role="user", session="before")]
    conv, llm = conversation(" you skate or play games.", continues=True)
    conv.thinker.recall = Recall(store, "default", session="now")  # type: ignore[arg-type]
    assert await chat(conv, asked) == "You told me you skate or play games."


async def test_advice_dropped_leaves_a_question_that_fits_the_line() -> None:
    """The only question was unasked advice: a sad line is asked how they are holding up, a
    harsh belief about oneself what has been making them feel so."""
    from pipeline.speakable import ASK_WHY, HOLDING_UP

    conv, _ = conversation(" Have you tried making a list of your strengths?", continues=True)
    reply = await chat(conv, "Honestly some days I think I'm just stupid.")
    assert reply.startswith(BELIEF_OPENERS) and reply.endswith(ASK_WHY)
    conv, _ = conversation(" Maybe you could try a nap.", continues=True)
    reply = await chat(conv, "I'm so tired, I only slept three hours.")
    assert reply.startswith(OPENERS["tired"]) and reply.endswith(HOLDING_UP)
