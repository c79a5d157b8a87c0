"""Asked to say it again: "Eh?" (Alf, 85, after "It's Saturday, December 5th.") got "I'm sorry,
Alf. I didn't catch that. Could you please repeat or clarify your question?": the model took
the user's not hearing for its own. Said again, the last reply is the answer, with no model."""

from __future__ import annotations

import re

_AGAIN = re.compile(
    r"^\s*(?:(?:sorry|pardon|pardon me|excuse me|eh|huh|come again|you what|what was that|"
    r"sorry,? what|sorry,? what was that)\s*[?!.]*|(?:sorry,? )?(?:can|could|would) you (?:please "
    r")?(?:say|repeat) (?:that|it|what you said)(?: again)?(?:,? please)?\s*[?.!]*|(?:sorry,? )?"
    r"(?:please )?(?:say|repeat) (?:that|it) again(?:,? please)?\s*[?.!]*|(?:sorry,? )?what did "
    r"you (?:just )?say\s*[?.!]*|(?:sorry,? )?i didn't (?:catch|hear) (?:that|you|what you "
    r"said)\s*[?.!]*)\s*$", re.IGNORECASE)


def said_again(user_text: str, last_reply: str) -> str | None:
    """The last reply again when the user asks for it ("Pardon?"), else None."""
    if not last_reply.strip() or not _AGAIN.match(user_text.replace("’", "'")):
        return None
    return f"I said: {last_reply.strip().removeprefix('I said: ')}"  # said twice: said once
