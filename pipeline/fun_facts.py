"""'Tell me something interesting': a true fact, from a short checked list, not from the model.

Asked for "something interesting", the 1.5B said "the average person spends 70% of their life in
bed" (it is about a third); a companion's fun fact must be true. ``FunFacts`` says each fact
once per conversation, in an order shuffled per conversation, before any comes again.
"""

from __future__ import annotations

import random
import re

_ASKS = re.compile(
    r"\btell me (?:something|a thing|anything) (?:interesting|fun|cool|surprising|new|random|"
    r"amazing|weird)\b|\btell me (?:something|a thing|anything) (?:cheerful|happy|nice|lovely|"
    r"good|uplifting|positive|to cheer me up)(?=,? ?(?:please)?[.!?]*$)|"
    # "Tell me something cheerful." (Walter, 90) got "Sure, I can tell you something cheerful.
    # Have you ever been to a concert or a movie?"
    r"\bcheer me up\b|\b(?:tell me |give me |know |got |have )(?:a|any|another|one more) "
    r"(?:fun|cool|random|interesting|weird) facts?\b|^(?:a |another )?(?:fun|random) fact\b",
    re.IGNORECASE)

FACTS = (
    "Did you know that octopuses have three hearts and blue blood?",
    "Did you know that honey never spoils? Pots of it found in ancient Egyptian tombs were "
    "still edible.",
    "Did you know that a day on Venus is longer than its year?",
    "Did you know that bananas are berries, but strawberries aren't?",
    "Did you know that sea otters hold hands while they sleep, so they don't drift apart?",
    "Did you know that the Eiffel Tower grows about fifteen centimetres taller in summer, "
    "because the iron expands in the heat?",
    "Did you know that cows have best friends, and get stressed when they're apart?",
    "Did you know that a group of flamingos is called a flamboyance?",
    "Did you know that wombat poop is cube-shaped?",
    "Did you know that there are more trees on Earth than stars in the Milky Way?",
    "Did you know that sharks are older than trees? They've been around for over 400 million "
    "years.",
    "Did you know that your heart beats about a hundred thousand times a day?",
    "Did you know that butterflies taste with their feet?",
    "Did you know that Scotland's national animal is the unicorn?",
    "Did you know that a bolt of lightning is about five times hotter than the surface of the "
    "sun?",
    "Did you know that hummingbirds are the only birds that can fly backwards?",
    "Did you know that the shortest war in history, between Britain and Zanzibar, lasted less "
    "than an hour?",
    "Did you know that koalas sleep up to twenty hours a day?",
    "Did you know that the inventor of the Pringles can was buried in one?",
    "Did you know that some turtles can breathe through their bottoms?",
)


class FunFacts:
    """The next fact when the words ask for one; None for any other line."""

    def __init__(self, rng: random.Random | None = None) -> None:
        self._order = list(FACTS)
        (rng or random.Random()).shuffle(self._order)
        self._next = 0

    def answer(self, text: str) -> str | None:
        if _ASKS.search(text.replace("’", "'")) is None:
            return None
        fact = self._order[self._next % len(self._order)]
        self._next += 1
        return fact
