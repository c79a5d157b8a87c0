"""The first words of a reply, which the model goes on from (``Thinker._opener``): for a
feeling, and for a request for ideas."""

from __future__ import annotations

import re

# The first words of a reply to a sad, tired, anxious or angry line, which the model goes on
# from. Told only to "show you understand", the 1.5B said "That's great to hear!" to "I'm
# exhausted", "It's nice to hear that you feel lonely", and "I understand how you feel. It's
# important to..." to nearly everything; opened like this, it names the feeling in its own words
# ("Oh no, that sounds like a tough day. How do you feel about it?"). Each is safe for any line
# of its tone ("Oh," alone once went on "that's a good sign" to "I feel a bit tired").
OPENERS = {"sad": ("Aw, that sounds", "Oh, that sounds"),
           "tired": ("Aw, sounds like you could use some rest.", "Oh no, that sounds draining."),
           "anxious": ("Oh, that sounds", "Aw, that sounds"),
           "angry": ("Ugh, that sounds", "Oh no, that sounds"),
           "subdued": ("Oh? You don't sound so sure.", "You don't sound too sure about that.")}
# Asked for ideas, the 1.5B echoed the request ("Can you recommend a film for tonight?" -
# "Sure, I can recommend a film for tonight.") or asked one back ("What genre are you interested
# in?"); opened like this, it names one: "How about "The Shawshank Redemption"? It's a classic".
IDEAS_OPENERS = ("How about", "What about")
# A worry said outright gets its own word back: "Her flight was delayed and I'm really worried."
# got "Oh, that sounds very sad." from "Oh, that sounds". The opener is a whole sentence, so the
# model goes on to the person or the thing, not to a feeling of its choosing.
_ANXIOUS_WORDS = ((re.compile(r"\bworr(?:y|ied|ying)\b", re.IGNORECASE), "worrying"),
                  (re.compile(r"\b(?:nervous|on edge|jittery)\b", re.IGNORECASE), "nerve-racking"),
                  (re.compile(r"\b(?:scared|afraid|frightened|terrified)\b", re.IGNORECASE),
                   "scary"))


# "What did I have surgery on?" (Dee, two days after her knee op) got "Oh, that sounds like a
# tough time. You had knee surgery, right?": a question about what they told has no feeling to
# meet, whatever its words.
_ASKS_WHAT_I_TOLD = re.compile(
    r"^\s*(?:and |so |oh,? )?(?:(?:what|which|where|when|who|how (?:long|many|much|far|old))\b"
    r"[^?]*\b(?:did|was|were|have|had) i\b|(?:do|did|can) you (?:still )?remember\b)[^?]*\?",
    re.IGNORECASE)


def tone_openers(user_text: str, tone: str) -> tuple[str, ...]:
    """``OPENERS`` for the line's tone; an anxious line naming its worry gets the word back
    ("Oh, that sounds worrying.")."""
    if _ASKS_WHAT_I_TOLD.search(user_text):
        return ()
    if tone == "anxious":
        for said, word in _ANXIOUS_WORDS:
            if said.search(user_text):
                return (f"Oh, that sounds {word}.", f"Aw, that sounds {word}.")
    return OPENERS.get(tone, ())
