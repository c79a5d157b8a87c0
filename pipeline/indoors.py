"""A rainy day's ideas are ideas for indoors.

"Got the kids this weekend, what could we do if it rains?" (Ben) got "If it rains, you could go
to the park or have a picnic.": asked for ideas with rain in the line, the model is told so, and
the outdoor words are ruled out of its reply (``ChatModel.stream(avoid=...)``).
"""

from __future__ import annotations

import re

_WET = re.compile(r"\b(?:rain|rains|raining|rainy|pouring|storm|stormy|snowing|wet (?:day|"
                  r"weekend|weather)|(?:too )?(?:cold|freezing) (?:to go )?out(?:side)?|stuck "
                  r"(?:inside|indoors))\b", re.IGNORECASE)
INDOORS_HINT = "The weather is bad: suggest one or two specific things to do indoors."
OUTDOOR_WORDS = ("park", "picnic", "beach", "hike", "hiking", "walk", "garden", "outdoor",
                 "outdoors", "outside", "bike", "cycling", "playground", "zoo", "camping")


def stuck_indoors(user_text: str) -> bool:
    """The line speaks of rain, snow or cold (``INDOORS_HINT`` is for a request for ideas)."""
    return _WET.search(user_text) is not None
