"""The season somewhere south of the equator, for a question about its weather.

"What's the weather usually like in Perth in December?" (Harold, his son there) got "From what I
know, Perth usually has a mild, rainy climate in December.": the 1.5B knows Perth is in
Australia, but not that December is its summer. The reply says the season first, and the model
goes on from it.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["season_there"]

# Not Santiago (de Compostela is in Spain), Chile (a pepper) or Lima (a bean): names that mean
# one place south of the equator.
_SOUTH = re.compile(
    r"\b(Australia|Sydney|Melbourne|Perth|Brisbane|Adelaide|Hobart|Canberra|Tasmania|Gold Coast|"
    r"New Zealand|Auckland|Wellington|Christchurch|Queenstown|South Africa|Cape Town|"
    r"Johannesburg|Durban|Pretoria|Argentina|Buenos Aires|Patagonia|Uruguay|Montevideo|"
    r"Rio de Janeiro|S[aã]o Paulo)\b", re.IGNORECASE)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
# "May" is a month only after "in": "I may go to Perth".
_IN_MONTH = re.compile(r"\bin (" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
_SOUTHERN_SEASON = ("summer", "summer", "autumn", "autumn", "autumn", "winter", "winter",
                    "winter", "spring", "spring", "spring", "summer")


def season_there(user_text: str, today: date | None = None) -> str:
    """ "December is summer in Perth,": the season in a southern-hemisphere place the line
    names, in the month it asks about (else now), as the words the reply goes on from (a note
    in the prompt was not enough: "Perth is generally cool and rainy in December"); "" for
    anywhere else."""
    place = _SOUTH.search(user_text)
    if place is None:
        return ""
    named = _IN_MONTH.search(user_text) or next(
        (m for m in _MONTH.finditer(user_text) if m.group(1).lower() != "may"), None)
    month = _MONTHS.index(named.group(1).lower()) if named else (today or date.today()).month - 1
    return f"{_MONTHS[month].title()} is {_SOUTHERN_SEASON[month]} in {place.group(1).title()},"
