"""Counting the days to Christmas (or to the 14th of February), done here, not by the model.

Asked "How many days until Christmas?" on Saturday the 5th of December 2026, the 1.5B said
"There are 24 days until Christmas." (it is 20): a model cannot count days on a calendar it does
not see. A plain question about the days, weeks or sleeps to a fixed holiday, Easter or a date is
answered at once, with the weekday it falls on. Holidays whose date differs by country (Mother's
Day, Thanksgiving), "my birthday" and anything else are left to the model and the memory.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth")
# "the twenty first of March": speech recognition writes ordinals as words as often as digits.
_ORDINAL_DAYS = {w: n for n, w in enumerate(_ORDINALS, 1)} | {"twentieth": 20, "thirtieth": 30} \
    | {f"twenty {w}": 21 + n for n, w in enumerate(_ORDINALS[:9])} | {"thirty first": 31}
_DAY = r"\d{1,2}(?:st|nd|rd|th)?|" + "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))
_MONTH = "|".join(_MONTHS)
_DATE = re.compile(rf"(?:the )?(?:(?P<d>{_DAY}) (?:of )?(?P<m>{_MONTH})"
                   rf"|(?P<m2>{_MONTH}) (?:the )?(?P<d2>{_DAY}))(?: (?P<y>20\d\d))?")

_ASK = re.compile(
    r"(?:(?:\w+ )?\w+, )?(?:(?:hey|ok|okay|so|um|erm|right|and|oh) )?"  # "Hey Juniper, so..."
    r"(?:(?:can|could|would) you (?:please )?(?:tell me |work out )?|do you know |tell me "
    r"|please |i wonder |guess )?"
    r"how (?:many (?:more )?(?P<unit>days|weeks|sleeps)|long|far)"
    r"(?:(?: away is)| (?:(?:is it|are there|is there|have we got|have i got|do we have|do i have"
    r"|is left|are left|left|to go|now) )*(?:until|till|til|'til|to|before))"
    r" (?:it's |it is |next )?(?P<target>.+?)"
    r"(?: (?:is it|are there|left|to go|now|from (?:now|today)|this year|again|then|please))*"
    r"(?:, \w+)?")  # "..., Juniper?"
_MAX_WORDS = 14  # a long sentence that names a holiday is about something else


def easter(year: int) -> date:
    """Easter Sunday: the anonymous Gregorian computus (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _on(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _easter_plus(days: int) -> Callable[[int], date]:
    return lambda year: easter(year) + timedelta(days=days)


# Spoken name, the day in a given year, what to say on the day; keys without apostrophes.
_XMAS = ("Christmas", _on(12, 25), "Happy Christmas!")
_NEW_YEAR = ("New Year's Day", _on(1, 1), "Happy New Year!")
_VALENTINE = ("Valentine's Day", _on(2, 14), "Happy Valentine's Day!")
_PATRICK = ("Saint Patrick's Day", _on(3, 17), "Happy Saint Patrick's Day!")
_BONFIRE = ("Bonfire Night", _on(11, 5), "")
_EASTER = ("Easter Sunday", easter, "Happy Easter!")
_OCCASIONS: dict[str, tuple[str, Callable[[int], date], str]] = {
    "christmas": _XMAS, "christmas day": _XMAS, "xmas": _XMAS,
    "christmas eve": ("Christmas Eve", _on(12, 24), ""),
    "boxing day": ("Boxing Day", _on(12, 26), ""),
    "new years eve": ("New Year's Eve", _on(12, 31), ""),
    "new year": _NEW_YEAR, "new years": _NEW_YEAR, "new years day": _NEW_YEAR,
    "halloween": ("Halloween", _on(10, 31), "Happy Halloween!"),
    "valentines day": _VALENTINE, "valentines": _VALENTINE, "st valentines day": _VALENTINE,
    "st patricks day": _PATRICK, "st paddys day": _PATRICK, "paddys day": _PATRICK,
    "bonfire night": _BONFIRE, "guy fawkes night": _BONFIRE, "guy fawkes": _BONFIRE,
    "easter": _EASTER, "easter sunday": _EASTER, "easter day": _EASTER,
    "good friday": ("Good Friday", _easter_plus(-2), ""),
    "easter monday": ("Easter Monday", _easter_plus(1), ""),
}


def days_until_answer(text: str, now: date | datetime | None = None) -> str | None:
    """ "20 days: Christmas is on a Friday." for a plain question about the days to a holiday or
    a date; None for anything else."""
    said = re.sub(r"[^a-z0-9',]+", " ", text.lower().replace("’", "'"))
    said = re.sub(r"\s*,[\s,]*", ", ", said).strip(" ,")
    asked = _ASK.fullmatch(said)
    if asked is None or len(said.split()) > _MAX_WORDS:
        return None
    today = now.date() if isinstance(now, datetime) else now or date.today()
    found = _when(asked["target"], today)
    if found is None:
        return None
    name, day, greeting = found
    n = (day - today).days
    if n == 0:
        return f"It's today! {greeting}".strip()
    if n == 1:
        return f"{name[0].upper()}{name[1:]} is tomorrow!"  # "The 14th of February is..."
    year = "" if day.year == today.year or n < 183 else \
        " next year" if day.year == today.year + 1 else f" in {day.year}"
    # not "Good Friday is on a Friday": a holiday named for its weekday gets its date
    on = f"the {_ordinal(day.day)} of {day:%B}" if f"{day:%A}" in name else f"a {day:%A}"
    return f"{_count(n, asked['unit'] or 'days')}: {name} is on {on}{year}."


def _when(target: str, today: date) -> tuple[str, date, str] | None:
    """What ``target`` names and the first day it falls on from ``today``; None if unknown."""
    target = re.sub(r"^the ", "", target.replace("'", "")).replace("saint ", "st ")
    if target in _OCCASIONS:
        name, on, greeting = _OCCASIONS[target]
        return name, next(d for y in (today.year, today.year + 1) if (d := on(y)) >= today), \
            greeting
    asked = _DATE.fullmatch(target)
    if asked is None:
        return None  # "my birthday", "I see my mum", Mother's Day: the model and memory answer
    day_said = asked["d"] or asked["d2"]
    digits = re.match(r"\d+", day_said)
    day = int(digits.group()) if digits else _ORDINAL_DAYS[day_said]
    month = _MONTHS.index(asked["m"] or asked["m2"]) + 1
    years = [int(asked["y"])] if asked["y"] else range(today.year, today.year + 9)
    for year in years:  # the 29th of February may be years away
        try:
            when = date(year, month, day)
        except ValueError:  # the 30th of February: not a day; the 29th: not this year
            continue
        if when >= today:
            return f"the {_ordinal(day)} of {_MONTHS[month - 1].title()}", when, ""
        if asked["y"]:  # a date in a past year: "days since", the model's
            return None
    return None


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _count(days: int, unit: str) -> str:
    """ "20 days", "20 sleeps", "2 weeks and 6 days", "3 weeks exactly": as a voice says it."""
    if unit != "weeks" or days < 7:
        return f"{days} {'sleeps' if unit == 'sleeps' else 'days'}"
    weeks, rest = divmod(days, 7)
    said = f"{weeks} week{'s' * (weeks > 1)}"
    return f"{said} and {rest} day{'s' * (rest > 1)}" if rest else f"{said} exactly"
