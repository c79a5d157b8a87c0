"""What we talked about last time, told back from the store.

"What did we talk about last time?" (Rosa, the day after telling of her sister's visit and
asking for a paella recipe) got "Last time we talked, You shared some exciting news about her new
job.", made up; "Do you remember what I asked you yesterday?" got her sister again, and "What
did I tell you yesterday?" "You asked me what you told me before.". The user's own lines of that
conversation are in memory: what they told, and what they asked, said back to them.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from memory.own_facts import spoken_list
from memory.said_back import told_by_day, your
from memory.small_talk import asks
from memory.timecues import day_of, spoken_when

if TYPE_CHECKING:
    from memory.hits import Hit

# A question about the companion or a request, said back: "Can you recommend a good paella
# recipe?" -> "to recommend a good paella recipe"; "Are you a real person?" -> "whether I'm a
# real person". Other questions are left out rather than said wrong.
_ASKED = (
    (re.compile(r"^(?:can|could|would|will) you (?:please )?(recommend|suggest|tell me|give me|"
                r"help me with|explain|find) (.+)$", re.I), "to {0} {1}"),
    (re.compile(r"^(are|will|can|do) you (.+)$", re.I), "whether {0} {1}"),
)
_I_AM = {"are": "I'm", "will": "I'd", "can": "I can", "do": "I"}
# A line said back needs its subject: "Just got in from a night shift." would be "you told me
# that just got in from a night shift".
_HAS_SUBJECT = re.compile(r"(?i:i|i'm|i've|i'd|i'll|my|we|we're|we've|our|the|he|she|they|it|"
                          r"it's|there|this|that|his|her|their)\b|(?!Just\b|Only\b|Still\b)"
                          r"[A-Z][a-z]+ (?:is|was|has|had|and|says|said|came|went|got|loves|"
                          r"likes)\b")
_SMALL_TALK = re.compile(r"\b(?:forget|remember|bye|goodnight|good night|night|hello|hi|hey|"
                         r"thanks|thank you|again|see you|later)\b", re.I)


def asked_back(question: str) -> str | None:
    """A question the user asked, as "you asked me ..." goes on; None when it cannot be said
    back right."""
    said = question.strip().rstrip("?!. ").replace("’", "'")
    said = re.sub(r"^(?:hi|hey|hello|ok|okay|so|and)[,.!]*\s+", "", said, flags=re.I)
    for pattern, template in _ASKED:
        if found := pattern.match(said):
            verb = found.group(1).lower()  # "whether I'm ...": the companion stays "I"
            first = _I_AM[verb] if template.startswith("whether") else your(verb)
            return template.format(first, your(found.group(2)))
    return None


def last_talk(turns: list[Hit], session: str, now: datetime, yesterday: bool = False) -> str:
    """What the user told and asked in the last conversation before ``session`` (or
    ``yesterday``'s). ``turns``: the store's, newest first."""
    earlier = [h for h in turns if (h.role or "user") == "user" and h.session != session]
    if not earlier:
        return "I don't remember us talking before. What's on your mind?"
    said = [h for h in earlier if day_of(h.timestamp) == day_of(now) - timedelta(days=1)]
    missed = "We didn't talk yesterday, but " if yesterday and not said else ""
    if not yesterday or not said:  # the last conversation
        said = [h for h in earlier if h.session == earlier[0].session]
    said.sort(key=lambda h: h.timestamp)
    told = [h for h in said if h.users_statement and len(h.text.split()) >= 4
            and not _SMALL_TALK.search(h.text) and _HAS_SUBJECT.match(h.text)][:3]
    asked = [back for h in said if asks(h.text) and (back := asked_back(h.text))][:3]
    when = spoken_when(said[0].timestamp, now)
    if not told and not asked:
        text = f"we only said hello {when}, I think. How are you doing?"
    else:
        parts = [f"you told me {' and '.join(told_by_day(told, now))}"] if told else []
        if asked:
            parts.append(f"you asked me {spoken_list(asked)}")
        text = f"{'' if told and when != 'today' else f'{when}, '}{' and '.join(parts)}."
        text = text.replace("today, ", "earlier today ", 1) if when == "today" else text
    return missed + text if missed else text[0].upper() + text[1:]
