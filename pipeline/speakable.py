"""What may be said out loud: the reply's clauses, cleaned and guarded, as they stream.

SpeechFilter   one clause in, the words a voice should say out: strips markdown, emojis and a
               leading "Juniper:" label, says a help desk's words as a friend would
               (pipeline.desk_speak) and "the user's" as "your"; an invented turn ("User: ...", a
               chat template token) or a letter's sign-off ("Best regards, Liam") ends it; the
               user's recalled words said as the companion's own (pipeline.own_life) are not said.
LengthCap      (pipeline.length_cap) at most two statements and one question.
ReplyShaper    the filter, the safety guard (pipeline.safety.ReplyGuard), then the length cap
               (not on a turn at risk: its safe answer is said whole): one per reply.
speakable_reply  LLM text deltas -> speakable clauses, for the voice and for text chat alike;
               stops the model as soon as the reply has ended.

Every step works on a clause as soon as the chunker releases it, so the first clause is not held
back; the checks are regexes (microseconds).
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import aclosing

from memory.affect import detect_affect
from memory.extract import PET, REL
from memory.intents import second_person
from memory.people import A_NAME
from pipeline.chunker import ClauseChunker, clean_for_speech
from pipeline.desk_speak import FRIENDLY_QUESTION, HOLDING_UP, NOT_UNDERSTOOD, as_a_friend
from pipeline.late import speaks_of_late_as_alive
from pipeline.length_cap import SENTENCE_END, LengthCap, wants_long
from pipeline.own_life import (
    TheirWords,
    as_theirs,
    as_told,
    not_going,
    not_gone_yet,
    promises_a_deed,
    still_to_come,
)
from pipeline.parrot import Parrot
from pipeline.safety import NO_RISK, ReplyGuard, Risk

log = logging.getLogger(__name__)

OWN_LABELS = ("assistant", "ai", "bot", "companion")
OTHER_LABELS = ("user", "human", "system")
_TEMPLATE_TOKEN = re.compile(r"<\|?[a-z_]*(?:im_start|im_end|user|assistant|eot_id|end_of_turn|"
                             r"start_of_turn|system)[a-z_]*\|?>|\[/?inst\]|###|<</?sys>>", re.I)
# Where a sentence or a line begins: "someone you love." is no sign-off (the reply lost "love").
_SIGN_OFF = re.compile(
    r"(?:^|(?<=[.!?,\n]))\s*(?:(?:best|kind|kindest|warm|warmest|many) (?:regards|wishes)|"
    r"regards|sincerely|yours (?:truly|sincerely|faithfully|always)|cheers|with (?:love|warmth|"
    r"care)|love|warmly)\s*(?:,\s*[\w ]{0,30})?[.!]?\s*$|\[your name\]|\[name\]", re.I)
ASK_FEELING = "How do you feel about it?"
ASK_WHY = "What's been making you feel that way?"  # after "I feel like such a failure"
_MAKE_BELIEVE = re.compile(r"\b(?:jokes?|stor(?:y|ies)|poems?|pretend|role ?play|interview|"
                           r"riddles?|limericks?|funny)\b", re.I)
# "It's important to take care of yourself..." is how the 1.5B lectures; dropping it left curt
# replies, so a friend's "try to" says it instead ("Remember, it's important to" -> "Remember to").
_LECTURE = re.compile(
    r"\b(remember,?(?: that)? )?it(?:'s| is) (?:also |really |very |so |always )?(?:important|"
    r"essential|crucial|vital) (?:for you )?to (?!(?:me|you|us|him|her|them|your|my|the|a|an|our|"
    r"their|everyone|people|know)\b)(remember (?:that )?)?", re.I)
# Unasked, advice after the reply's first sentence is a lecture however it is worded: "I'm
# vegetarian, have been for ten years." got "That's great to hear, Elena! Try to eat a balanced
# diet.", and "She didn't recognise me last week." "...Remember that everyone has their own
# memories and experiences.". Such a sentence is not said; the reaction and the question stay.
# ...and suggestions: "My knees have been bad this week." (arthritis) got "How about trying to
# walk with a friend?", "I'm so tired" "Maybe you could try a nap or take a walk", "I got maybe
# two hours of sleep." (Noor, grieving) "How about we talk about something else?".
_ADVICE_START = re.compile(r"\s*(?:(?:but |and |so |just |also,? )?(?:try (?:to|and|\w+ing)|"
                           r"consider \w+ing|"
                           r"remember(?:,)? (?:that|to)|make sure (?:to|you)|don't forget to|"
                           r"(?:maybe )?you (?:should|could|might|can) (?:also )?(?:try|consider|"
                           r"want to)|(?:maybe|perhaps) you (?:could|can)|how about (?:you (?:try|"
                           r"get|take|go|do|make)|trying|taking|using|we|talking|doing|going|"
                           r"getting|making|an?|some)|have you (?:tried|considered|thought about)|"
                           r"it (?:might|may|could|can) (?:be helpful|help) to)\b|"
                           + _LECTURE.pattern + ")", re.I)
_ASKS_ADVICE = re.compile(r"\?|\b(?:tips?|advice|ideas?|suggest\w*|recommend\w*|how (?:do|can|"
                          r"should) i|what (?:should|can) i|help me)\b", re.I)
# "My cat is called Pixel." got "Pixel is a playful cat who loves to play and explore.", "My
# daughter Rosie just turned six." "Rosie is a wonderful child.", "a girl there, Priya, who..."
# "Priya is a friendly climber.": the companion has never met them. Such a sentence (after the
# first: the reply keeps its start) is not said.
_DESCRIBED = re.compile(r"\s*(" + A_NAME + r") (?:is (?:such |so |really )?(?:a|an|the)\b|(?:loves|"
                        r"likes|enjoys|adores) )([^?]*)$")
_THEIR_NAME = re.compile(r"\b(?:called|named|name is|name's)\s+(" + A_NAME + r")|\bmy (?:little |"
                         r"baby |new |best |oldest |old |good )?(?:" + REL + "|" + PET +
                         r"|friend|mate|pal|buddy|girl|boy)\s*,?\s+("
                         + A_NAME + r")|\b(?:a|an|this|one) (?:girl|guy|"
                         r"boy|man|woman|lady|bloke|lad|kid|nurse|teacher|neighbou?r|colleague|"
                         r"friend)\b[^,.!?]{0,25},\s*(" + A_NAME + r"),", re.I)
_FILLER = {"with", "that", "this", "very", "really", "such", "just", "always", "about", "when",
           "they", "them", "their", "have", "been", "from", "your", "what", "which"}
_ASKS_WHAT = re.compile(r"\s*what (?:are|do) you (\w+)\s*\?\s*$", re.I)
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")
# "How do you say thank you in Japanese?" got 'you can say "ありがとう" (arigatou)': the voice
# cannot read that script, so it says the romanisation given beside it, or leaves the word out.
_SCRIPT = ("[\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u3000-\u30ff\u3400-\u9fff"
           "\uac00-\ud7af\uff00-\uffef]")
_SCRIPT_WORDS = "[\"“「]?" + _SCRIPT + "+(?:[ ,]*" + _SCRIPT + "+)*[\"”」]?"
_ROMANISED = re.compile(_SCRIPT_WORDS + r"\s*\(([^()]*[A-Za-z][^()]*)\)")
_UNREADABLE = re.compile(r"\s*\(?" + _SCRIPT_WORDS + r"\)?,?")
_USER_LEAK = re.compile(r"\bthe user\b", re.I)
_SUBJECT_VERBS = ("is|has|was|lives|works|loves|likes|enjoys|adores|dislikes|feels|plans|moved|"
                  "told|said|mentioned|shared")
# ...and "How did Dan feel about it?" (to Dan, whose mum had come round).
_BEFORE_THEM = ("for", "to", "with", "about", "rings", "calls", "phones", "visits", "texts",
                "emails", "misses", "loves", "sees", "helps", "meets", "tells", "asks", "did",
                "does", "should", "could", "would", "can", "will")  # "What should Lauren do?"
_TOLD_YOU = re.compile(r"\b(The user) (?:told|said to|mentioned to) you\b")
__all__ = ["ASK_FEELING", "ASK_WHY", "ECHO_FALLBACK", "FRIENDLY_QUESTION", "HOLDING_UP",
           "NOT_UNDERSTOOD", "ReplyShaper", "SpeechFilter", "speakable_reply"]
FALLBACK = "Sorry, I lost my words there. Could you tell me a bit more?"
ECHO_FALLBACK = "Oh, tell me more about that."  # the model only said their line back
# "That's tough, Sofia. If you need help, feel free to ask." was said "If you need help," and
# the filter's question after it: what the filter drops (the sentences after the first come
# whole) takes its condition with it.
_LEFT_DANGLING = re.compile(r"(?:^|(?<=[.!?])\s)\s*(?:and |but |so )?(?:if|whenever|when) you\b"
                            r"[^.!?]*,\s*$", re.I)


class SpeechFilter:
    """Cleans clauses for speech; ``ended`` once the model stopped replying to the user."""

    def __init__(self, persona: str = "", user: str = "", make_believe: bool = False,
                 said: str = "", quotes: Sequence[str] = (), late: Sequence[str] = (),
                 tone: str | None = None) -> None:
        own = _alternatives([*OWN_LABELS, persona])
        self._said = said
        self._to_come = still_to_come(said)  # "got an interview on thursday": not gone yet
        # ``tone``: the Thinker's reading of ``said`` (memory.affect), read here if not given
        self._tone = detect_affect(said).tone if tone is None else tone
        # the user's earlier words the prompt recalls, not to be said as ours
        self._their_words = TheirWords(quotes)
        # What they told, now and in the recalled quotes ("my little boy Alfie" days ago)
        told = " ".join([said, *quotes])
        self._said_words = set(re.findall(r"[a-z']+", told.lower()))
        self._their_names = {name for found in _THEIR_NAME.finditer(told)
                             for name in found.groups() if name and name[0].isupper()}
        # "My partner Dan works night shifts." got "That's a busy life, Dan.", said to Nadia.
        others = sorted(self._their_names - {user})
        # Clauses break at commas, so the name may come alone: it is the user's name instead.
        self._calls_them = re.compile(rf"(,\s*|^\s*)(?:{'|'.join(others)})(?=\s*[.!?])") \
            if others else None
        self._user = user
        self._late = late  # who they have lost: never asked after
        self._sentence_starts = True  # the next clause begins a sentence
        self._skipping = False  # the sentence in progress is not said
        self.dropped_advice = False  # a sentence of unasked advice was not said
        self._parrot = Parrot(said)
        self.dropped_echo = False  # a sentence that said their line back was not said
        self._echoed = False  # the sentence in progress began with their line said back
        self._spoke = False  # something of the reply was said
        self._make_believe = make_believe  # a joke's "my wife" is the joke's
        anyone = _alternatives([*OWN_LABELS, *OTHER_LABELS, persona, user, "q", "a"])
        self._leading = re.compile(rf"^\s*(?:{own})\s*:\s*", re.I)
        # Recalled notes say "Daniel is vegetarian.", and the model said it so, to Daniel.
        # "...a tough time for Kai." was said to Kai too.
        name = re.escape(user)
        # "Peter rings Frank every Sunday." was said to Frank.
        after = "|".join(rf"(?<=\b{word} )" for word in _BEFORE_THEM)
        self._named = re.compile(rf"\b{name}(?='s\b|\s+(?:{_SUBJECT_VERBS})\b)|(?:{after})"
                                 rf"{name}\b(?!')") if user else None
        # "Yes, you told Tom about your marathon training.", said to Tom
        # "Bev again." got "Hi, Bev! I'm Bev.": the companion never takes their name
        self._as_them = re.compile(rf"^\W*(?:I'm|I am|my name is|my name's) {name}\b",
                                   re.I) if user else None
        self._told_them = re.compile(rf"\byou (told|(?:mentioned|said) (?:it |that |this )?to) "
                                     rf"{name}\b") if user else None
        self._turn = re.compile(rf"(?:^|[.!?…]\s+|\n)\s*(?:{anyone})\s*:", re.I)
        self.ended = False
        self._first = True

    def feed(self, clause: str) -> str:
        """The clause as it should be spoken ("" for nothing)."""
        if self.ended:
            return ""
        text = clause
        starts, self._sentence_starts = self._sentence_starts, bool(SENTENCE_END.search(clause))
        if self._echoed:  # the sentence began with their words: the rest, unless theirs too
            clause = text = self._parrot.after_echo(clause)
            self._echoed = not clause and not self._sentence_starts
            if not clause:
                return ""
            starts = True
        if starts and self._asks_back(clause):
            text = "How are you finding it?"
        else:
            text = as_told(text, starts)
        if starts and self._to_come:
            text = not_gone_yet(text)
        lectures = starts and self._spoke and self._lectures(clause)
        theirs = not self._skipping and self._their_words.said_as_ours(clause)
        if theirs:
            log.info("reply.their_words_dropped %r", clause)
        if starts and not self._skipping and self._parrot.repeats(clause):
            log.info("reply.echo_dropped %r", clause)
            self.dropped_echo, self._echoed = True, not self._sentence_starts
            return ""
        if self._skipping or lectures or theirs or speaks_of_late_as_alive(clause, self._late) \
                or (starts and self._spoke and self._describes_them(clause)) \
                or (starts and self._spoke and promises_a_deed(clause)) \
                or (starts and self._as_them is not None and self._as_them.match(clause)):
            self.dropped_advice = self.dropped_advice or lectures
            self._skipping = not self._sentence_starts
            return ""
        if self._first:
            text = self._leading.sub("", text)  # "Juniper: Hello!" is just "Hello!"
        self._first = False
        turn = self._turn.search(text)
        if turn is not None and turn.start() == 0 and not starts:
            # "...nervous flyers, Sam: slow breathing" goes on a sentence: no turn of Sam's
            turn = self._turn.search(text, 1)
        text = self._cut(text, turn)
        text = self._cut(text, _TEMPLATE_TOKEN.search(text))
        text = self._cut(text, _SIGN_OFF.search(text))
        text = not_going(as_a_friend(text, self._tone))
        text = _LECTURE.sub(_gently, text)
        if not self._make_believe:
            text = as_theirs(text)
        if self._calls_them is not None:
            text = self._calls_them.sub(lambda m: m.group(1) + self._user if self._user
                                        else "", text)
        if self._told_them is not None:
            text = self._told_them.sub(r"you \1 me", text)
        if self._named is not None:
            text = _TOLD_YOU.sub(r"\1 told me", self._named.sub("The user", text))
        if _USER_LEAK.search(text):  # the prompt's word for them: "The user's dog" -> "your dog"
            end = text.rstrip()[-1:] if text.rstrip()[-1:] in (".", "!", "?") else ""
            text = second_person(_USER_LEAK.sub("The user", text)).rstrip(".!? ") + end
            text = re.sub(r"(^|[.!?]\s+)(you|your)\b", lambda m: m.group(1) + m.group(2).title(),
                          text)
        if len(re.findall(_SCRIPT, text)) < len(re.findall(r"[A-Za-z]", text)):
            # A word in another script inside an English sentence; a reply in that language
            # (a voice and a recognizer set up for it) is left alone.
            text = _UNREADABLE.sub("", _ROMANISED.sub(r"\1", text))
        text = clean_for_speech(_EMOJI.sub("", text))
        if SENTENCE_END.search(clause):  # what followed a condition was dropped: so is it
            text = _LEFT_DANGLING.sub("", text)
        self._spoke = self._spoke or bool(text)
        return text

    def _asks_back(self, clause: str) -> bool:
        """Does it ask what they just said ("I'm studying law." got "What are you studying?")?"""
        asked = _ASKS_WHAT.match(clause)
        return asked is not None and re.search(rf"\bi(?:'m| am)? {asked.group(1)} \w",
                                               self._said, re.I) is not None

    def _lectures(self, clause: str) -> bool:
        """Does the clause begin advice nobody asked for?"""
        return _ASKS_ADVICE.search(self._said) is None and _ADVICE_START.match(clause) is not None

    def _describes_them(self, clause: str) -> bool:
        """Does the clause begin to tell the user about someone they just named, in words they
        did not say ("Rosie is a wonderful child")?"""
        found = _DESCRIBED.match(clause)
        if found is None or found.group(1) not in self._their_names:
            return False
        told = set(re.findall(r"[a-z']+", found.group(2).lower())) - self._said_words
        return any(len(word) > 3 and word not in _FILLER for word in told)

    def _cut(self, text: str, found: re.Match[str] | None) -> str:
        """Keep what comes before ``found``; the rest, and all later clauses, are not said."""
        if found is None:
            return text
        self.ended = True
        return text[: found.start()]


def _gently(lecture: re.Match[str]) -> str:
    """ "It's important to rest" -> "Try to rest"; "it's important to remember that" ->
    "remember that"; the case of the first letter is kept."""
    said = "remember to " if lecture.group(1) else "try to "
    if lecture.group(2):
        said = "remember that " if "that" in lecture.group(2) else "remember "
    first = lecture.group(0)[0]
    return (said[0].upper() if first.isupper() else said[0]) + said[1:]


def _alternatives(labels: Iterable[str]) -> str:
    return "|".join(re.escape(label.lower()) for label in labels if label)


class ReplyShaper:
    """A reply's clauses through the speech filter, then the safety guard."""

    def __init__(self, risk: Risk = NO_RISK, persona: str = "", user: str = "",
                 said: str = "", length_cap: bool = True, ask_instead: str = ASK_FEELING,
                 quotes: Sequence[str] = (), questions: int = 1, late: Sequence[str] = (),
                 tone: str | None = None) -> None:
        self.filter = SpeechFilter(persona, user, _MAKE_BELIEVE.search(said) is not None, said,
                                   quotes, late, tone)
        # said when dropped advice was the only question (none to a user who asked for none)
        self.ask_instead = ask_instead if questions else ""
        self._asked = False
        self.guard = ReplyGuard(risk)
        # A turn at risk gets the whole of the safe answer, however long; a story when asked.
        capped = length_cap and not (risk.flagged or wants_long(said))
        self.cap = LengthCap(questions=questions) if capped else None
        self._fed = 0
        self._spoken = 0
        self._changed = False  # a clause was cleaned, dropped, replaced or added

    @property
    def altered(self) -> bool:
        """What was said differs from what the model wrote (keep the said text in the history,
        not the model's: it would copy its own sign-offs and invented turns next time)."""
        return self._changed or self.ended

    @property
    def ended(self) -> bool:
        """Nothing more of this reply will be spoken: stop the model."""
        return self.filter.ended or self.guard.ended or (self.cap is not None and self.cap.ended)

    def feed(self, clauses: Iterable[str]) -> list[str]:
        out: list[str] = []
        for clause in clauses:
            if self.ended:
                break
            self._fed += 1
            text = self.filter.feed(clause)
            said: list[str] = []
            for piece in self.guard.feed(text) if text else []:
                said += self.cap.feed(piece) if self.cap is not None and not self.guard.ended \
                    else [piece]
            self._changed = self._changed or said != [clause]
            out += said
        self._spoken += len(out)
        self._asked = self._asked or any("?" in piece for piece in out)
        return out

    def finish(self) -> list[str]:
        """The end of the reply: a pointer to help if one is owed, or words if none were left."""
        out = self.guard.finish()
        if not self._spoken and self._fed and not out:
            # everything the model wrote was filtered away
            out = [ECHO_FALLBACK if self.filter.dropped_echo else FALLBACK]
        elif self.filter.dropped_advice and not self._asked and not out and self.ask_instead:
            out = [self.ask_instead]
        self._spoken += len(out)
        self._changed = self._changed or bool(out)
        return out


async def speakable_reply(deltas: AsyncIterator[str], make_shaper: Callable[[], ReplyShaper],
                          on_delta: Callable[[], None] = lambda: None,
                          keep_tail: Callable[[], bool] = lambda: True) -> AsyncIterator[str]:
    """Clauses ready to speak from the LLM's text deltas.

    ``make_shaper`` is called once the reply has started (the thinker has read the user's
    words and knows the risk by then); ``on_delta`` for every delta (timings); ``keep_tail()``
    says whether text after the last full clause is spoken (not when the reply was cut short
    by its token budget).
    """
    chunker = ClauseChunker()
    shaper: ReplyShaper | None = None
    async with aclosing(deltas) as stream:  # type: ignore[type-var]
        async for delta in stream:
            on_delta()
            if shaper is None:
                shaper = make_shaper()
                if shaper.guard.reads_closely:
                    chunker.first_phrase_after = None
            for clause in shaper.feed(chunker.feed(delta)):
                yield clause
            if shaper.ended:
                break  # closing the stream stops the model at once
    shaper = shaper or make_shaper()
    if not shaper.ended and keep_tail():
        for clause in shaper.feed(chunker.flush()):
            yield clause
    for clause in shaper.finish():
        yield clause
