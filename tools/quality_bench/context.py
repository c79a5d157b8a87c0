"""What the judge knows when a reply comes, and the word helpers its checks share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.quality_bench.conversations import Line


@dataclass(frozen=True)
class Context:
    """What the judge knows when a reply comes: the line and the user's story so far."""

    line: Line
    dislikes: tuple[str, ...] = ()  # items the user said they dislike, up to and with this line
    death_mentioned: bool = False  # someone died in the user's story: condolences are fine
    user_name: str = ""
    persona_name: str = "Juniper"


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))


def lowered(text: str) -> str:
    return " " + text.lower().replace("’", "'") + " "
