"""Words that tell nothing about the user: hellos, thanks, goodbyes, asking the companion for
something. On the latency bench's store of real users' lines, "Okay, goodbye for now." recalled
four earlier goodbyes and "Hi there!" four earlier hellos ("Hi! My name is Sam."): ~80 prompt
tokens read after the endpoint (~1 s on 2 cores), for notes that only confuse the model."""

from __future__ import annotations

import re

SMALL_TALK = frozenset(re.findall(r"\w+", (
    "hi hello hey hiya there again good morning afternoon evening night goodnight bye goodbye "
    "for now see you later soon talk thanks thank cheers ok okay yes no yeah yep sure dear "
    "love oh well right alright fine great nice lovely howdy salaam salam hola bonjour ciao "
    "namaste shalom cheerio ta tara helps helped helpful chat chatting listening")))
# Words that carry nothing on their own: "How are you today?", "Thanks for being there.",
# "Right, that's enough for today."
_EMPTY = frozenset(re.findall(r"[\w']+", (
    "i i'm im me my you you're your it it's its is am are was were be been being a an the this "
    "that that's so much very just really too all now today tonight then how how's what what's "
    "whats do does did have has had for to of in on at and or but with about still enough bit "
    "lot quite please we us our anyway done by way actually can could would will should shall "
    "might may must i'll i'd")))
# A line that asks about what was said is about memory, however few its other words: "What did
# we talk about?"
_ABOUT_MEMORY = frozenset(("talk", "talked", "said", "say", "told", "tell", "remember", "remind",
                           "mentioned", "forget", "forgot"))
# Asking the companion for something tells nothing about the user: "can you tell me a joke",
# "Tell me something interesting." (a line that asks it to remember something does).
_REQUEST = re.compile(r"^(?:(?:so|and|ok|okay|right|please)\W+)*(?:(?:can|could|would|will) you|"
                      r"(?:tell|give|show|sing|read|play) me)\b(?!.*\b(?:remember|remind)\b)",
                      re.IGNORECASE)


# Saying who they are: the name is in the system prompt already ("Hi there, I'm Nadia.")
_NAME_GIVEN = re.compile(r"\b(?:i'm|i am|im|my name is|my name's|it's|this is|call me) "
                         r"(?-i:[A-Z])\w+", re.IGNORECASE)


def _words(text: str) -> set[str]:
    text = _NAME_GIVEN.sub(" ", text.replace("\u2019", "'"))
    return set(re.findall(r"[\w']+", text.lower()))


def only_small_talk(text: str) -> bool:
    """"Goodnight.", "Thanks, that helps. Bye.", "Hi, it's me again." """
    return _words(text) <= SMALL_TALK | _EMPTY


# A question typed or heard without its question mark ("what year did the first iphone come
# out", Rory) tells nothing about the user either, and its words mislead a search: "who did i
# come out to?" recalled it, not "i came out to my best friend". A wh-word (and up to two words)
# before a verb that comes before its subject, or such a verb before a pronoun ("is it going to
# rain"). Not "when i was little...", "what i need is sleep" (the subject first) nor "had a long
# day", "did my first 5k" (a statement missing its "I").
_SUBJECT = r"(?:i|you|we|they|he|she|it|my|our|your|his|her|their|that|this)\b"
_ASKS = re.compile(
    r"^(?:(?:so|and|but|ok|okay|hey|oh|um|also|just)\W+)*(?:(?:what|which|who|whose|where|when|why|"
    r"how)(?:\s+(?!" + _SUBJECT + r")[a-z]+){0,2}\s+(?:is|are|was|were|do|does|did|can|could|will|"
    r"would|should|has|have|had)\b|(?:what|who|where|how)(?:'s|s)\b|(?:is|are|was|were|do|does|did|"
    r"can|could|will|would|should|has|have)\s+(?:you|it|there|he|she|they|we)\b)", re.IGNORECASE)


def asks(text: str) -> bool:
    """A question, with or without its question mark."""
    return text.rstrip().endswith("?") or _ASKS.match(text.strip()) is not None


def tells_something(text: str) -> bool:
    """Is this line of the user's worth recalling later? Not small talk, not a request."""
    return not only_small_talk(text) and not _REQUEST.match(text.strip())


def worth_a_search(text: str) -> bool:
    """Can earlier talk bear on these words? "Hi there!", "How are you today?" and "Okay,
    goodbye for now." are about nothing the user told (a worry due to be asked about is the
    follow-up's business, not a note's); "What did we talk about?" is."""
    words = _words(text)
    return not only_small_talk(text) or bool(words & _ABOUT_MEMORY)
