"""How the user asked to be talked to: "Please stop asking me so many questions."

Lou said it, and every later reply still ended with a question. The request is a memory
command (``pipeline.recall``): it is kept as a fact (one slot, so "you can ask me questions
again" supersedes it), read into the user profile each session, and the reply shaper lets no
question through while it holds.
"""

from __future__ import annotations

import re

from memory.extract import Fact

# A request, said to it: at the start of a sentence ("My kids never stop asking questions." is
# not one).
_FEWER = re.compile(
    r"(?:^|[,.!;]\s*)(?:(?:please|ok|okay|honestly|just|and|can you|could you|would you|will "
    r"you),? )*(?:(?:stop|quit|enough (?:of )?|no more|less|fewer|not so many|don'?t|do not) "
    r"(?:with )?(?:asking (?:me )?)?(?:so many |all these |all the |too many |any more |more |the "
    r")?questions\b|(?:stop|quit) asking me (?:stuff|things)\b)", re.IGNORECASE)
_AS_USUAL = re.compile(
    r"\byou can (?:ask me|start asking(?: me)?) (?:questions|things)(?: again)?\b|\bi don'?t mind "
    r"(?:your |the )?questions\b|\bfeel free to ask (?:me )?questions\b", re.IGNORECASE)
FEWER = Fact("style:questions", "fewer", "The user asked you to ask fewer questions.",
             "preference")
AS_USUAL = Fact("style:questions", "usual", "The user is happy to be asked questions again.",
                "preference")
SAID = {"fewer": "Of course. No more questions from me, I'll just listen.",
        "usual": "Okay, good to know. I'll ask when I'm curious, then."}


def style_asked(text: str) -> str:
    """ "fewer" or "usual" when the line asks for a way of talking, else ""."""
    if "?" in text:  # "Why do you ask so many questions?" is a question, not a request
        return ""
    return "usual" if _AS_USUAL.search(text) else "fewer" if _FEWER.search(text) else ""


def wants_fewer_questions(fact_text: str) -> bool | None:
    """What a current fact says of questions; None when it is not about them."""
    return True if fact_text == FEWER.text else False if fact_text == AS_USUAL.text else None
