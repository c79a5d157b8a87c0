"""Questions about the time and the date, answered from the clock.

"What time is it?" is what people ask a speaker most, and the model cannot know: the 1.5B said
"I'm sorry, but I can't provide real-time information." A plain question about the time or the
date (here, or in a city the time-zone database knows: "in Tokyo") is answered at once, without
the model; anything else about time ("what time is it tomorrow in...", "in Japan") is left to it.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

_END = r"(?= in | now| right| please| today| again|$)"  # not "what's the time difference"
_TIME = re.compile(r"\b(?:what(?:'s| is) the time|what time is it|what time it is|"
                   r"tell me the time|do you (?:know|have) the time)" + _END)
_DATE = re.compile(r"\b(?:what(?:'s| is) (?:the date|today's date)|what day is (?:it|today)|"
                   r"what date is it|what(?:'s| is) today|which day is (?:it|today))" + _END)
_PLACE = re.compile(r"\bin ([a-z][a-z .'-]*?)(?:,? (?:right )?now|,? today|,? at the moment)?$")
_ELSEWHEN = re.compile(r"\b(?:tomorrow|yesterday|next|last|ago|until|till|since|when|will|was)\b")
_MAX_WORDS = 12  # a long sentence that mentions the time is about something else


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    """ "tokyo" -> "Asia/Tokyo", "new york" -> "America/New_York": the database's cities."""
    zones: dict[str, str] = {}
    for key in sorted(available_timezones()):
        if "/" in key and not key.startswith(("Etc/", "SystemV/", "posix/", "right/")):
            zones.setdefault(key.rsplit("/", 1)[1].replace("_", " ").lower(), key)
    return zones


def zone_of(city: str) -> str | None:
    """ "tokyo" -> "Asia/Tokyo"; None for a place the database does not name."""
    return _zones().get(city.strip().lower())


def clock_answer(text: str, now: datetime | None = None) -> str | None:
    """The spoken answer to a plain question about the time or date; None for anything else."""
    said = " ".join(re.findall(r"[a-z']+", text.lower().replace("’", "'")))
    asks_time, asks_date = bool(_TIME.search(said)), bool(_DATE.search(said))
    if not (asks_time or asks_date) or _ELSEWHEN.search(said) or len(said.split()) > _MAX_WORDS:
        return None
    where = ""
    moment = now or datetime.now().astimezone()
    place = _PLACE.search(said)
    if place is not None:
        zone = zone_of(place.group(1))
        if zone is None:
            return None  # a country or a place the database does not name: the model answers
        moment = moment.astimezone(ZoneInfo(zone))
        where = f" in {zone.rsplit('/', 1)[1].replace('_', ' ')}"
    if asks_time:
        return f"It's {spoken_time(moment)}{where}."
    return f"It's {spoken_date(moment)}{where}."


def spoken_time(moment: datetime) -> str:
    """ "11:25 in the morning", "3 o'clock in the afternoon", "midnight": as a voice says it."""
    hour, minute = moment.hour, moment.minute
    if minute == 0 and hour in (0, 12):
        return "midnight" if hour == 0 else "noon"
    clock = f"{hour % 12 or 12}:{minute:02d}" if minute else f"{hour % 12 or 12} o'clock"
    part = "at night" if hour < 5 or hour >= 21 else "in the morning" if hour < 12 else \
        "in the afternoon" if hour < 17 else "in the evening"
    return f"{clock} {part}"


def spoken_date(moment: datetime) -> str:
    """ "Tuesday, December 1st" """
    day = moment.day
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{moment:%A, %B} {day}{suffix}"
