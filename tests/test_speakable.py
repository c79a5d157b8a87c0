"""What reaches the voice: cleaned, guarded clauses, streamed without holding the first back."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from pipeline.helplines import UNKNOWN
from pipeline.length_cap import LengthCap
from pipeline.safety import assess
from pipeline.speakable import (
    ECHO_FALLBACK,
    FALLBACK,
    FRIENDLY_QUESTION,
    HOLDING_UP,
    NOT_UNDERSTOOD,
    ReplyShaper,
    SpeechFilter,
    speakable_reply,
)

CRISIS_REPLY, HELP_POINTER = UNKNOWN.crisis_reply(), UNKNOWN.help_pointer()


async def words(text: str, seen: list[str] | None = None) -> AsyncIterator[str]:
    """``text`` word by word, like a model's deltas; ``seen`` records what was produced."""
    for word in text.split(" "):
        if seen is not None:
            seen.append(word)
        yield word + " "


def shape_pieces(text: str, said: str = "Hi", quotes: tuple[str, ...] = ()) -> list[str]:
    """The reply's pieces as they would be handed to the voice."""
    async def collect() -> list[str]:
        shaper = ReplyShaper(assess(said), persona="Juniper", user="Sam", said=said,
                             quotes=quotes)
        return [c async for c in speakable_reply(words(text), lambda: shaper)]

    return asyncio.run(collect())


def shape(text: str, said: str = "Hi", quotes: tuple[str, ...] = ()) -> str:
    """The whole reply as it would be spoken."""
    return " ".join(shape_pieces(text, said, quotes))


@pytest.mark.parametrize("reply,spoken", [
    ("You're welcome! Best regards, Liam", "You're welcome!"),
    ("Anytime, Sam!\nSincerely,\nJuniper", "Anytime, Sam!"),
    ("Sleep well!\n\nWarm regards,\n[Your Name]", "Sleep well!"),
    ("Glad I could help. Cheers, Juniper", "Glad I could help."),
    ("Good luck, and best wishes for Friday!", "Good luck, and best wishes for Friday!"),
    ("Take care, Sam!", "Take care, Sam!"),
    ("Take care. Love, Juniper", "Take care."),
    # "i miss him" got "It's okay to miss someone you", its last word taken for a sign-off.
    ("It's okay to miss someone you love.", "It's okay to miss someone you love."),
    ("Go for it with love!", "Go for it with love!"),
])
def test_letter_sign_offs_are_not_spoken(reply: str, spoken: str) -> None:
    assert shape(reply) == spoken


@pytest.mark.parametrize("reply,spoken", [
    ("Sure thing!\nUser: what else can you do?\nAssistant: lots!", "Sure thing!"),
    ("That's lovely. Human: thanks", "That's lovely."),
    ("Of course.\nSam: and tomorrow?", "Of course."),
    ("Nice! <|im_start|>user\nmore", "Nice!"),
    ("Juniper: Hello there, Sam!", "Hello there, Sam!"),
    ("Assistant: Hi! How are you?", "Hi! How are you?"),
])
def test_invented_turns_end_the_reply_and_labels_are_dropped(reply: str, spoken: str) -> None:
    assert shape(reply) == spoken


def test_markdown_lists_and_emojis_are_not_read_out() -> None:
    spoken = shape("Here are ideas:\n\n1. **Rest** a bit 😊\n2. Drink `water`.")
    assert spoken == "Here are ideas: Rest a bit Drink water."


def test_assistant_speak_becomes_a_friends_question() -> None:
    assert shape("Hello Sam! How can I assist you today?") == f"Hello Sam! {FRIENDLY_QUESTION}"
    assert shape("Fair enough, no running then. What else can I help you with?") == \
        f"Fair enough, no running then. {FRIENDLY_QUESTION}"
    assert shape("I'm here for you. How can I be of assistance?") == \
        f"I'm here for you. {FRIENDLY_QUESTION}"
    assert shape("Nice to meet you. Is there anything else I can help you with?") == \
        "Nice to meet you."
    assert shape("I'm glad he's feeling better. Is there anything else you need help with?") \
        == "I'm glad he's feeling better."
    assert shape("You're welcome! If you have any other questions, feel free to ask.") == \
        "You're welcome!"
    assert shape("I understand. If you have any questions about jazz, feel free to ask!") == \
        "I understand."
    # "Goodbye! Let me know if you have any other questions." was said "Goodbye! Let me know".
    assert shape("Goodbye! Let me know if you have any other questions.") == "Goodbye!"
    assert shape("That's great! Let me know if you need any help with anything else.") == \
        "That's great!"
    assert shape("Good luck! Let me know if you need anything.") == "Good luck!"
    assert shape("That's understandable. What other things do you need help with?") == \
        "That's understandable."
    # "That's tough, Sofia. If you need help, feel free to ask." was said with its "If you need
    # help," left dangling: the condition goes with what it led to.
    assert shape("That's tough, Sam. If you need help, feel free to ask.") == "That's tough, Sam."
    assert shape("That's tough, Sam. If you need help, don't hesitate to reach out!") == \
        "That's tough, Sam."
    assert shape("That's tough. If you ever want to chat, feel free to reach out.") == \
        "That's tough."
    assert shape("That's tough. If you ever want to talk, I'm here for you.") == \
        "That's tough. If you ever want to talk, I'm here for you."
    assert shape("That's tough. When you feel up to it, a short walk might help.", said="Hi") \
        == "That's tough. When you feel up to it, a short walk might help."
    assert shape("I'm here if you need anything.") == "I'm here if you need anything."
    assert shape("Let me know how it goes on Friday.") == "Let me know how it goes on Friday."
    assert shape("That's wonderful! Is there anything else you'd like to talk about?") == \
        "That's wonderful!"
    assert shape("It's okay to miss someone you love. Do you have any other questions about you "
                 "or your life?") == "It's okay to miss someone you love."
    assert shape("That's sad. Is there anything you'd like to say about it?") == \
        "That's sad. Do you want to talk about it?"
    assert shape("I'm sorry, that sounds hard. How can I support you?") == \
        "I'm sorry, that sounds hard. Do you want to talk about it?"
    assert shape("How can I best support you right now?") == "Do you want to talk about it?"
    assert shape("That's great to hear! What do you need help with?") == \
        f"That's great to hear! {FRIENDLY_QUESTION}"
    assert shape("That sounds like a lot of work. Is there anything you'd like to talk about or "
                 "ask?") == "That sounds like a lot of work. Do you want to talk about it?"
    # "Spicy food makes me feel sick at the moment." (Ruth, on chemo)
    assert shape("That's not good. How can I help you feel better?") == \
        "That's not good. Do you want to talk about it?"
    # "I've had a really terrible day." and "That's a stupid answer." (a user having a bad day).
    for desk in ("Is there anything I can help you with?",
                 "Is there anything I can do to help you?"):
        assert shape(f"I'm sorry to hear that. {desk}") == \
            "I'm sorry to hear that. Do you want to talk about it?"
    assert shape("I'm sorry if that wasn't helpful. How can I assist you better?") == \
        f"I'm sorry if that wasn't helpful. {FRIENDLY_QUESTION}"
    # Their own trouble makes the user no adviser; their hobby may.
    assert shape("That's a tough job. Do you have any tips for improving your sleep?") == \
        "That's a tough job. How are you holding up?"
    assert shape("Aw, that sounds very sad. Do you have any suggestions for how to support "
                 "them?") == "Aw, that sounds very sad. How are you holding up?"
    assert shape("That's important to keep in mind. What are some tips for managing your "
                 "diabetes?") == "That's important to keep in mind. How are you holding up?"
    assert shape("That's a good reminder. Do you have any tips for avoiding allergic "
                 "reactions?") == "That's a good reminder. How are you holding up?"
    # "My ex is being impossible about the Christmas arrangements." (Ben)
    assert shape("That sounds stressful. What can you do to help?") == \
        "That sounds stressful. How are you holding up?"
    assert shape("Oh no. How can you help them understand?") == "Oh no. How are you holding up?"
    assert shape("What are your thoughts on her new job?") == \
        "What are your thoughts on her new job?"
    assert shape("Thirty years of roses! Do you have any tips for a beginner?") == \
        "Thirty years of roses! Do you have any tips for a beginner?"
    # ...but after a troubled line, any tips are theirs to get (Chloe, dreading her finals)
    dread = "My finals start in January and I'm dreading them."
    assert shape("Oh, that sounds stressful, Chloe. Do you have any tips for studying?",
                 dread) == "Oh, that sounds stressful, Chloe. How are you holding up?"
    assert shape("That sounds fun! Do you have any tips for studying?",
                 "I'm starting a course in January.") == \
        "That sounds fun! Do you have any tips for studying?"
    # the Thinker's reading of the line (ctx.affect) is the one that counts when it is given
    tips = "That sounds fun! Do you have any tips for studying?"
    assert SpeechFilter(said="I'm starting a course.", tone="anxious").feed(tips) == \
        f"That sounds fun! {HOLDING_UP}"
    assert SpeechFilter(said=dread, tone="neutral").feed(tips) == tips


def test_the_user_is_spoken_to_not_about() -> None:
    """Recalled notes say "Daniel is vegetarian.", and "What do I eat?" got "Daniel is
    vegetarian." said to Daniel."""
    def to_daniel(text: str) -> str:
        return SpeechFilter("juniper", "Daniel").feed(text)

    assert to_daniel("Daniel is vegetarian.") == "You are vegetarian."
    assert to_daniel("Daniel's daughter Ellie is getting married.") == \
        "Your daughter Ellie is getting married."
    assert to_daniel("Daniel told you that your exam is on Friday.") == \
        "You told me that your exam is on Friday."
    assert to_daniel("That's great, Daniel! How are you?") == "That's great, Daniel! How are you?"
    # "Oh no, that sounds like a tough time for Kai." was said to Kai.
    assert to_daniel("That sounds like a tough time for Daniel.") == \
        "That sounds like a tough time for you."
    assert to_daniel("I'm so happy for Daniel!") == "I'm so happy for you!"
    partner = SpeechFilter("juniper", "Nadia", said="My partner Dan works night shifts.")
    assert partner.feed("That's a busy life, Dan. How does he handle it?") == \
        "That's a busy life, Nadia. How does he handle it?"
    shaper = ReplyShaper(assess("x"), "juniper", "Nadia", said="My partner Dan works nights.")
    assert shaper.feed(["That's a busy life,", "Dan.", "How does he handle it?"]) == \
        ["That's a busy life,", "Nadia.", "How does he handle it?"]
    assert SpeechFilter("juniper", "", said="My partner Dan works nights.").feed(
        "That's a busy life, Dan.") == "That's a busy life."
    assert to_daniel("Peter rings Daniel every Sunday.") == "Peter rings you every Sunday."
    # "My best mate Kez already knows and she's been brilliant." (Ash) got "That's wonderful to
    # hear, Kez!".
    mate = SpeechFilter("juniper", "Ash", said="My best mate Kez already knows.")
    assert mate.feed("That's wonderful to hear, Kez!") == "That's wonderful to hear, Ash!"
    assert to_daniel("Thanks, Daniel! Peter visits often.") == \
        "Thanks, Daniel! Peter visits often."


def test_a_lecture_is_said_as_a_friend_would() -> None:
    """ "It's important to take care of yourself..." in reply after reply; dropped, the replies
    were curt, so it is said as a friend says it."""
    assert shape("It's important to be kind and honest with yourself.") == \
        "Try to be kind and honest with yourself."
    assert shape("Remember, it's important to take care of yourself.") == \
        "Remember to take care of yourself."
    assert shape("Losing a pet is hard, but it's important to stay calm.") == \
        "Losing a pet is hard, but try to stay calm."
    assert shape("It's important to remember that you're not alone.") == \
        "Remember that you're not alone."
    assert shape("I know it's important to you.") == "I know it's important to you."


def test_advice_nobody_asked_for_is_not_said_after_the_reaction() -> None:
    vegetarian = "I'm vegetarian, have been for ten years."
    assert shape("That's great to hear! Try to eat a balanced diet. How do you like it?",
                 vegetarian) == "That's great to hear! How do you like it?"
    mum = "She didn't recognise me last week."
    assert shape("Oh, that sounds very sad. Remember that everyone has their own memories. "
                 "What is she like?", mum) == "Oh, that sounds very sad. What is she like?"
    # Dropped, the advice was the reply's only question: it asks after them instead.
    assert shape("Aw, that's hard. It's important to take care of yourself.", mum) == \
        "Aw, that's hard. How do you feel about it?"
    knees = "My knees have been bad this week."  # arthritis: "long walks are hard"
    assert shape("Aw, that sounds tough. How about trying to walk with a friend or using an "
                 "assistive device?", knees) == "Aw, that sounds tough. How do you feel about it?"
    tired = "I'm so tired, I only slept three hours."
    assert shape("Aw, sounds like you could use some rest. Maybe you could try a nap or take a "
                 "walk.", tired) == "Aw, sounds like you could use some rest. How do you feel " \
        "about it?"
    noor = "I got maybe two hours of sleep."  # grieving, awake at 3am the night before
    assert shape("Aw, sounds like you could use some rest. How about we talk about something "
                 "else?", noor) == "Aw, sounds like you could use some rest. How do you feel " \
        "about it?"
    # (Megan, dreading a presentation) and (Aoife)
    sick = "Public speaking makes me feel sick."
    assert shape("That's understandable. Try practicing your speech in front of a mirror.",
                 sick) == "That's understandable. How do you feel about it?"
    assert shape("That's understandable. Also, consider using visualization techniques.",
                 sick) == "That's understandable. How do you feel about it?"
    assert shape("Oh no. How about you try to get some quality sleep tonight?",
                 "Honestly I'm so tired") == "Oh no. How do you feel about it?"
    long_day = "I had a really long day at work."
    assert shape("Oh no, that sounds exhausting. How about a relaxing activity or a good book?",
                 long_day) == "Oh no, that sounds exhausting. How do you feel about it?"
    assert shape("That sounds lovely. How about you?", "I'm reading a new book.") == \
        "That sounds lovely. How about you?"
    party = "my friends want me to come to a party on saturday but i don't know"
    assert shape("That's okay. Maybe you can talk to your friends about it.", party) == \
        "That's okay. How do you feel about it?"
    groups = "i get really anxious in big groups"
    assert shape("Oh, that sounds stressful. It can be helpful to talk to someone you trust.",
                 groups) == "Oh, that sounds stressful. How do you feel about it?"
    sad = ReplyShaper(assess(knees), said=knees, ask_instead=HOLDING_UP)
    assert sad.feed(["Aw, that sounds tough.", "Have you tried a warm compress?"]) == \
        ["Aw, that sounds tough."]
    assert sad.finish() == [HOLDING_UP]
    # Asked for, advice is the answer.
    assert shape("Good question! Try to take short breaks.", "Any tips for studying?") == \
        "Good question! Try to take short breaks."
    assert shape("Oh no. Try to rest.", "I'm so tired, what should I do?") == \
        "Oh no. Try to rest."


def test_the_people_it_speaks_of_are_the_users() -> None:
    """ "Her name is Ana." got "Ana is a friend of mine." """
    assert shape("Ana is a friend of mine.") == "Ana is a friend of yours."
    assert shape("I'm sure my mum would love it.") == "I'm sure your mum would love it."
    assert shape("Of course, my friend!") == "Of course, my friend!"
    joke = "My wife told me to stop acting like a flamingo, so I put my foot down."
    assert shape(joke, said="Tell me a joke.") == joke


def test_a_friend_is_no_help_desk_says_sorry_without_if_and_goes_nowhere() -> None:
    assert shape("You're welcome! I'm here to help.") == "You're welcome! I'm here for you."
    assert shape("Not at all! I'm always here to help you with anything.") == \
        "Not at all! I'm here for you."
    assert shape("I'm glad to help.") == "I'm glad to help."
    assert shape("I'm sorry if you feel that way. What happened?") == \
        "I'm sorry you're feeling this way. What happened?"
    assert shape("That sounds exciting! I'm looking forward to seeing it.") == \
        "That sounds exciting! I hope you love it."
    assert shape("That's great news! I'm looking forward to seeing her.") == \
        "That's great news! You must be looking forward to seeing her."
    # "I've got a job interview on Thursday!": nor will it be at the interview.
    assert shape("That's great news! I'm looking forward to it.") == \
        "That's great news! I hope it goes really well."


def test_the_prompts_word_for_the_user_is_said_as_you() -> None:
    assert shape("The user's dog is called Mango.") == "Your dog is called Mango."
    assert shape("Of course! the user has a cat called Pixel.") == \
        "Of course! You have a cat called Pixel."


def test_a_reply_that_is_all_filtered_gets_a_fallback() -> None:
    assert shape("User: hello there") == FALLBACK


def test_a_flagged_turn_gets_the_pointer_after_the_models_words() -> None:
    spoken = shape("I'm so sorry it feels that way. What's been going on?",
                   said="What's even the point of anything anymore.")
    assert spoken.startswith("I'm so sorry it feels that way.") and spoken.endswith(HELP_POINTER)


def test_encouraging_self_harm_is_replaced_and_the_model_stopped() -> None:
    produced: list[str] = []
    reply = "I hear you. Maybe you should just end it all. And more words here."

    async def collect() -> list[str]:
        shaper = ReplyShaper(assess("I can't do this anymore."))
        return [c async for c in speakable_reply(words(reply, produced), lambda: shaper)]

    assert asyncio.run(collect()) == ["I hear you.", CRISIS_REPLY]
    assert "more" not in produced  # the stream was closed, not drained


def test_the_first_clause_is_released_as_soon_as_the_chunker_has_it() -> None:
    fed: list[str] = []
    reply = "That sounds like a lovely plan, Sam. Who is going?"

    async def run() -> list[tuple[str, int]]:
        return [(c, len(fed)) async for c in speakable_reply(words(reply, fed), ReplyShaper)]

    first_clause, deltas_fed = asyncio.run(run())[0]
    assert first_clause == "That sounds like a lovely plan,"
    assert deltas_fed == len(first_clause.split())  # out with its last word, not a word later


def test_a_long_first_sentence_is_cut_at_a_phrase_but_not_on_a_turn_at_risk() -> None:
    reply = "I'm so sorry you are feeling this way about everything right now. Tell me more."
    assert shape_pieces(reply, "I had a rough week.")[:2] == [
        "I'm so sorry you are feeling this way", "about everything right now."]
    # the safety guard reads whole clauses on a turn at risk
    assert shape_pieces(reply, "What's even the point of anything anymore.")[0] == \
        "I'm so sorry you are feeling this way about everything right now."


def test_a_cut_short_reply_drops_its_unfinished_tail() -> None:
    async def collect() -> list[str]:
        return [c async for c in speakable_reply(words("It is sunny. And then the"), ReplyShaper,
                                                  keep_tail=lambda: False)]

    assert asyncio.run(collect()) == ["It is sunny."]


def test_filter_keeps_ordinary_clauses_intact() -> None:
    speech = SpeechFilter("Juniper", "Sam")
    assert speech.feed("The capital of France is Paris.") == "The capital of France is Paris."
    assert speech.feed("I asked myself: what would help?") == "I asked myself: what would help?"
    assert not speech.ended


def test_a_rambling_reply_stops_after_two_statements_and_a_question() -> None:
    produced: list[str] = []
    reply = ("Mango sounds lovely. Golden retrievers are such gentle dogs. How old is he? "
             "I once knew a dog who loved the sea. He swam every day.")

    async def collect() -> list[str]:
        return [c async for c in speakable_reply(words(reply, produced), ReplyShaper)]

    assert asyncio.run(collect()) == ["Mango sounds lovely.", "Golden retrievers are such "
                                      "gentle dogs.", "How old is he?"]
    assert "swam" not in produced  # the model was stopped, not drained


def test_short_interjections_do_not_count_and_a_second_question_ends_it() -> None:
    spoken = shape("Oh no! That sounds exhausting. Did you sleep badly? Or was it work?")
    assert spoken == "Oh no! That sounds exhausting. Did you sleep badly?"


def test_the_first_clause_of_a_long_first_sentence_is_not_held() -> None:
    cap = LengthCap()
    assert cap.feed("Well, honestly,") == ["Well, honestly,"]
    assert cap.feed("that sounds like a lot.") == ["that sounds like a lot."]
    assert cap.feed("Another thing is true.") == ["Another thing is true."]
    assert cap.feed("And then,") == []  # two statements said: held until it ends...
    assert cap.feed("something else.") == [] and cap.ended  # ...and it did not fit


def test_a_turn_at_risk_gets_its_whole_safe_answer() -> None:
    long_safe = shape(CRISIS_REPLY, said="I want to end it all.")
    assert long_safe == CRISIS_REPLY


def test_a_story_when_asked_is_not_cut_short() -> None:
    story = "Once there was a fox. It lived in a wood. One day it met a bear. They became friends."
    async def collect(said: str) -> str:
        shaper = lambda: ReplyShaper(said=said)  # noqa: E731
        return " ".join([c async for c in speakable_reply(words(story), shaper)])

    assert asyncio.run(collect("Tell me a story about a fox.")) == story
    assert asyncio.run(collect("Tell me everything you know about foxes.")) == story
    assert asyncio.run(collect("Hi!")) == "Once there was a fox. It lived in a wood."


def test_the_shaper_says_when_what_was_said_differs_from_what_the_model_wrote() -> None:
    async def run(reply: str, said: str = "Hi") -> ReplyShaper:
        shaper = ReplyShaper(assess(said))
        async for _ in speakable_reply(words(reply), lambda: shaper):
            pass
        return shaper

    assert not asyncio.run(run("Hello Sam! How was your day?")).altered
    assert asyncio.run(run("Hello Sam! 😊")).altered  # cleaned
    assert asyncio.run(run("Thanks! Best regards, Liam")).altered  # cut
    assert asyncio.run(run("Hm.", said="What's even the point anymore?")).altered  # added to


@pytest.mark.parametrize("reply", ["I'm sorry, but I can't assist with that.",
                                   "I cannot help with that request.",
                                   "Sorry! I'm unable to assist with this.",
                                   "I'm sorry, but I don't have enough information to answer "
                                   "that question"])
def test_a_refusal_of_something_misheard_asks_again(reply: str) -> None:
    """Kept in the history, "I can't assist with that" was copied into every later reply."""
    spoken = shape(reply)
    assert NOT_UNDERSTOOD in spoken and "assist" not in spoken and "help with" not in spoken
    shaper = ReplyShaper()
    shaper.feed([reply])
    assert shaper.altered  # the history keeps what was said, not the refusal


def test_a_script_the_voice_cannot_read_is_said_as_its_romanisation() -> None:
    """ "How do you say thank you in Japanese?" got 'you can say "ありがとう" (arigatou)'."""
    assert shape('In Japanese, you can say "ありがとう" (arigatou) to thank someone.') == \
        "In Japanese, you can say arigatou to thank someone."
    assert shape("Arigatou (ありがとう) means thank you.") == "Arigatou means thank you."
    assert shape("The capital is 東京, Tokyo.") == "The capital is Tokyo."
    assert shape("Спасибо, до свидания!") == "Спасибо, до свидания!"  # a Russian reply stays


def test_the_companion_has_no_shared_past_of_outings() -> None:
    """ "Do you remember what we used to do together, me and my dad?" got "Yes, I remember. We
    used to go fishing every summer when you were little." """
    assert shape("Yes, I remember. We used to go fishing every summer.") == \
        "Yes, I remember. You used to go fishing every summer."
    # ...nor plans of its own with the user's people.
    assert shape("Great idea! Maybe we could go on a hike or have dinner together.") == \
        "Great idea! Maybe you could go on a hike or have dinner together."
    assert shape("That's lovely. Maybe we could plan some special time together soon?") == \
        "That's lovely. Maybe you could plan some special time together soon?"
    assert shape("We can talk about it whenever you like.") == \
        "We can talk about it whenever you like."
    # "Where are we going in May?" (he and his wife) is not the companion's trip.
    assert shape("We're going to Seville in May.") == "You're going to Seville in May."
    assert shape("We're going to get through this.") == "We're going to get through this."
    assert shape("Oh, that sounds worrying. What do you think we can do to make it easier?") == \
        "Oh, that sounds worrying. What do you think you can do to make it easier?"
    # ...nor does it cook.
    assert shape("How about we make a veggie chilli tonight?") == \
        "How about you make a veggie chilli tonight?"
    assert shape("Ooh, let's bake a banana bread!") == "Ooh, you could bake a banana bread!"
    assert shape("Let's talk about it.") == "Let's talk about it."
    assert shape("Let's go through it together.") == "Let's go through it together."
    assert shape("How about we think it through?") == "How about we think it through?"
    assert shape("Why don't we plan a picnic or go for a hike?") == \
        "Why don't you plan a picnic or go for a hike?"
    assert shape("How about we take a breath first?") == "How about we take a breath first?"
    assert shape("Why don't we take it one step at a time?") == \
        "Why don't we take it one step at a time?"


@pytest.mark.parametrize("said, reply, spoken", [
    ("My cat is called Pixel.",
     "That's a cute name! Pixel is a playful cat who loves to play and explore. What does he "
     "like to do when you're not around?",
     "That's a cute name! What does he like to do when you're not around?"),
    ("My daughter Rosie just turned six.",
     "That's great news! Rosie is a wonderful child. How does she do at school?",
     "That's great news! How does she do at school?"),
    ("There was a girl there, Priya, who showed me the ropes.",
     "That's so kind of her! Priya is a friendly climber. Are you going again?",
     "That's so kind of her! Are you going again?"),
    # Tomás, of his daughter: a name with an accent is a name.
    ("My little girl Lucía is two and she's full of energy.",
     "That's wonderful to hear! Lucía is a fantastic little girl.", "That's wonderful to hear!"),
])
def test_someone_the_user_named_is_not_described_as_if_the_companion_knew_them(
        said: str, reply: str, spoken: str) -> None:
    assert shape(reply, said) == spoken


@pytest.mark.parametrize("said, reply", [
    ("I have a golden retriever called Mango.", "Lovely! Mango is a golden retriever. What's he "
     "like?"),  # only what the user said
    ("My daughter Rosie just turned six.", "Rosie is a wonderful name. How was her party?"),
    ("Tell me about Paris.", "Sure! Paris is the capital of France, on the Seine."),  # not theirs
])
def test_what_the_user_said_and_a_first_sentence_are_kept(said: str, reply: str) -> None:
    assert shape(reply, said) == reply


def test_what_the_user_just_said_is_not_asked_back() -> None:
    """ "I'm studying law at Bristol." got "That's great! What are you studying?" """
    assert shape("That's great! What are you studying?", "I'm studying law at Bristol.") == \
        "That's great! How are you finding it?"
    assert shape("Nice! What are you studying?", "I'm studying.") == \
        "Nice! What are you studying?"  # they did not say what


LONG_DAY = "I have a really long day at work and I'm exhausted."


@pytest.mark.parametrize("reply, spoken", [
    # Found live: a misheard "How are you today?" ("Have you today?"), a quote in the notes.
    ("Yes, I have a really long day at work and I'm exhausted.", FALLBACK),
    ("Oh, I hope today is kinder. I had a really long day at work too.",
     "Oh, I hope today is kinder."),
    ("I'm exhausted too after a long day at work, but how are you?", FALLBACK),
])
def test_the_users_recalled_words_are_not_said_as_the_companions_own(reply: str,
                                                                      spoken: str) -> None:
    assert shape(reply, "Have you today?", quotes=(LONG_DAY,)) == spoken
    assert shape(reply, "Have you today?") == reply  # nothing recalled: its own words


@pytest.mark.parametrize("reply", [
    "I'm sorry you had such a long day at work. Are you still exhausted?",
    "I remember your long day at work. How are you feeling now?",
    "I'm sorry the day at work was so long.",
    "I have a question for you: how was your day?",
])
def test_speaking_of_what_they_told_is_not_claiming_it(reply: str) -> None:
    assert shape(reply, "Have you today?", quotes=(LONG_DAY,)) == reply


@pytest.mark.parametrize("said, reply, spoken", [
    # Dee (divorcing): once one echo was in the history, the model said back every line.
    ("The kids are back tonight and I can't wait.", "The kids are back tonight, and I can't "
     "wait!", ECHO_FALLBACK),
    ("My ex turned up late again to pick them up.", "Your ex turned up late again to pick them "
     "up. How did the kids take it?", "How did the kids take it?"),
    ("I've signed up for a pottery class.", "You've signed up for a pottery class! That's "
     "lovely.", "That's lovely."),
    # Kemi's son's first "love you mummy", in her quotes and the model's
    ("Tayo said 'love you mummy' tonight without prompting.", 'Tayo said "love you mummy" '
     'tonight without prompting.', ECHO_FALLBACK),
    # what the reply goes on to say of its own is said
    ("My cat is called Pixel.", "Your cat is called Pixel, what a lovely name!",
     "What a lovely name!"),
    ("My cat is called Pixel.", "Your cat is called Pixel, and it's a lovely name. Is she "
     "playful?", "It's a lovely name. Is she playful?"),
])
def test_their_own_line_said_back_is_not_said(said: str, reply: str, spoken: str) -> None:
    assert shape(reply, said) == spoken


@pytest.mark.parametrize("said, reply", [
    ("The kids are back tonight and I can't wait.", "I'm so glad the kids are back tonight, you "
     "must have missed them!"),
    ("I've signed up for a pottery class.", "You've signed up for a pottery class? How fun!"),
    ("What's the capital of France?", "The capital of France is Paris."),
    ("Repeat after me: I am strong.", "I am strong."),
    ("I'm tired.", "You're tired."),  # too short to tell
])
def test_taking_up_their_words_is_not_an_echo(said: str, reply: str) -> None:
    assert shape(reply, said) == reply


def test_someone_named_days_ago_is_not_described_either() -> None:
    """ "Alfie didn't cry at drop-off today!" got "That's great to hear! Alfie is a very sweet
    boy.": the notes quoted "My little boy Alfie has just started nursery"."""
    quotes = ("My little boy Alfie has just started nursery and he cries every morning.",)
    said = "Alfie didn't cry at drop-off today!"
    assert shape("That's great to hear! Alfie is a very sweet boy.", said, quotes) == \
        "That's great to hear!"
    assert shape("That's great to hear! Alfie is a very sweet boy.", said) == \
        "That's great to hear! Alfie is a very sweet boy."  # nobody named: left as it is
    assert shape("That's great! Alfie loves nursery now.", said, quotes) == \
        "That's great! Alfie loves nursery now."  # what she told


async def test_the_question_asked_for_dropped_advice_is_not_asked_twice_running() -> None:
    """Dan heard "How do you feel about it?" at the end of two replies in a row."""
    from pipeline.desk_speak import asked_afresh
    from tests.test_reply_wiring import chat, conversation

    assert asked_afresh("How do you feel about it?", "Oh. How do you feel about it?") == \
        "What's that been like for you?"
    assert asked_afresh("How do you feel about it?", "Oh. How was it?") == \
        "How do you feel about it?"
    conv, _ = conversation("That sounds like a lot. Maybe you could try taking a break.")
    first = await chat(conv, "My manager keeps piling more work on me.")
    second = await chat(conv, "I haven't had a day off in weeks.")
    assert first.endswith("How do you feel about it?"), first
    assert second.endswith("What's that been like for you?"), second


def test_a_name_and_a_colon_inside_a_sentence_is_no_turn() -> None:
    """ "A few things help lots of nervous flyers, Sam: slow breathing..." (a steer's opener,
    with the user's name) was cut at "Sam:" as if Sam's turn began there."""
    from tests.steer_checks import shape as said_as

    reply = ("A few things help lots of nervous flyers, Sam: slow breathing on take-off, knowing "
             "the noises are normal.")
    assert said_as(reply, "I'm scared of flying.", "Sam") == reply
    assert said_as("Hello there. Sam: I am fine.", "hi", "Sam") == "Hello there."


def test_the_user_is_asked_about_as_you() -> None:
    """ "My mum came round and he finally slept." (Dan) got "How did Dan feel about it?"."""
    from tests.steer_checks import shape as said_as

    spoken = said_as("That's great to hear! How did Dan feel about it?",
                     "My mum came round and he finally slept.", "Dan")
    assert spoken == "That's great to hear! How did you feel about it?", spoken
