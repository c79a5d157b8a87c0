"""Questions only the internet can answer (the weather, the news, scores, prices), answered
honestly.

The companion runs on the device, offline. Asked "What's the weather like today?", the 1.5B
gave a flat "I'm sorry, but I can't provide real-time weather information." and, at other
times, invents a forecast, which is worse. A plain question about live information gets a
straight, friendly answer at once, without the model, that turns the talk back to the user.
"""

from __future__ import annotations

import re

# (what is asked about, how it is said back), first match wins.
_LIVE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:weather|forecast|temperature outside|how (?:hot|cold|warm) (?:is it|will "
                r"it be)|(?:going to|gonna|will it|is it) (?:rain|snow|be sunny|be windy)|need "
                r"an umbrella)\b"),
     "I can't check the weather from here, since I work without the internet. "
     "What does it look like out your window?"),
    (re.compile(r"\bwhat(?:'s| is) (?:in )?the news\b|\b(?:the|today's|latest) news(?: today)?$|"
                r"\bheadlines\b|\bwhat's happening in the world\b"),
     "I can't get the news from here, since I work without the internet. "
     "Has something in the news been on your mind?"),
    (re.compile(r"\b(?:who won (?:the game|the match|last night|yesterday|today|tonight)|"
                r"what(?:'s| is| was) the score|stock price|price of (?:bitcoin|gold|oil)|"
                r"exchange rate)\b"),
     "I can't look that up, since I work without the internet. "
     "Were you following it?"),
)
_QUESTION = re.compile(r"^(?:what|what's|whats|how|is|will|are|do|does|did|who|any|can you "
                       r"(?:tell|check|give)|tell me|could you (?:tell|check))\b")
# What the weather is like in summer is knowledge, not news: the model answers.
_GENERAL = re.compile(r"\b(?:usually|typically|normally|generally|in (?:summer|winter|spring|"
                      r"autumn|fall)|climate|best time|remember)\b")
_MAX_WORDS = 14  # a long sentence that mentions the weather is about something else


def offline_answer(text: str) -> str | None:
    """The spoken answer to a plain question about live information; None for anything else
    ("I love rainy weather.", "Do you remember what I said about the news?")."""
    said = " ".join(re.findall(r"[a-z']+", text.lower().replace("’", "'")))
    if not _QUESTION.match(said) or len(said.split()) > _MAX_WORDS \
            or _GENERAL.search(said):
        return None
    for asked, answer in _LIVE:
        if asked.search(said):
            return answer
    return None
