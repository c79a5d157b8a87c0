"""The day a sentence is about, resolved when it is saved.

"I ran the half marathon last Saturday", said in a session of Monday 2023-05-08, is about
2023-05-06: the store keeps that window (``about_start``, ``about_end``) beside the time it
was said, so "what did she do on 6 May?" or "the weekend before the concert" can match it
months later. Past phrases resolve backwards, plans ("next Friday", "tomorrow") forwards.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from memory.timecues import NUMBERS, WEEKDAYS, Window, absolute_date, day_of, month_window

_FUTURE_HINT = re.compile(r"\b(will|going to|gonna|'ll|plan(?:ning)? to|next|tomorrow|"
                          r"coming|upcoming|can't wait|looking forward)\b")
# A bare weekday or month ("my exam is on Friday", "she's getting married in June", "we went
# out on Friday") takes its direction from the tense: what the user has, or what is, lies ahead
# unless a past verb says otherwise.
_PRESENT_HINT = re.compile(r"\b(?:have|has|is|are|am)\b|'(?:s|re|m|ve)\b")
_PAST_HINT = re.compile(
    r"\b(?:was|were|had|did|went|(?<!'ve )(?<!have )(?<!has )got|met|saw|made|came|took|gave|"
    r"told|said|ate|bought|left|lost|won|ran|found|felt|thought|heard|spent|drove|flew|wrote|"
    r"sang|swam|slept|been|since|used to|ago|last|yesterday)\b|\b(?!(?:worri|excit|scar|stress|"
    r"tir|bor|interest|marri|engag|suppos|call|nam|freak|book|plann|schedul|arrang|organis|"
    r"organiz|need|us)ed\b)\w{2,}ed\b")
_COUNT = r"(\d+|an?|one|two|three|four|five|six|seven|eight|a couple of|a few|several)"
_WEEKDAY = "(" + "|".join(WEEKDAYS) + ")"


def _days(n: int) -> timedelta:
    return timedelta(days=n)


def _weekday_back(day: datetime, weekday: int) -> datetime:
    return day - _days((day.weekday() - weekday) % 7 or 7)


def _weekday_ahead(day: datetime, weekday: int) -> datetime:
    return day + _days((weekday - day.weekday()) % 7 or 7)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS.get(word, 1)


def resolve_mentioned(text: str, said: datetime) -> Window | None:
    """The window [start, end) that ``text``, said at ``said``, says something happened in;
    None when it names no day (or only "today")."""
    low = text.lower().replace("’", "'")
    day = day_of(said)
    future = bool(_FUTURE_HINT.search(low)) or (
        _PRESENT_HINT.search(low) is not None and _PAST_HINT.search(low) is None)
    if re.search(r"\bday before yesterday\b", low):
        return day - _days(2), day - _days(1)
    if re.search(r"\b(yesterday|last night)\b", low):
        return day - _days(1), day
    if re.search(r"\btomorrow\b", low):
        return day + _days(1), day + _days(2)
    if m := re.search(r"\b(last|this|next) weekend\b", low):
        return _weekend(day, m.group(1))
    if m := re.search(r"\b(?:(last|next|this|on|that) )?" + _WEEKDAY + r"\b", low):
        weekday = WEEKDAYS.index(m.group(2))
        ahead = m.group(1) == "next" or (m.group(1) in (None, "on", "this") and future)
        target = _weekday_ahead(day, weekday) if ahead else _weekday_back(day, weekday)
        return target, target + _days(1)
    if m := re.search(_COUNT + r" (day|week|month|year)s? ago\b", low):
        n = _count(m.group(1)) * {"day": 1, "week": 7, "month": 30, "year": 365}[m.group(2)]
        slack = _days(max(1, n // 4))
        return day - _days(n) - slack, day - _days(n) + slack + _days(1)
    if m := re.search(r"\bin " + _COUNT + r" (day|week|month)s?\b", low):
        n = _count(m.group(1)) * {"day": 1, "week": 7, "month": 30}[m.group(2)]
        return day + _days(n), day + _days(n + 1)
    if m := re.search(r"\b(last|next|this) (week|month|year)\b", low):
        return _period(day, m.group(1), m.group(2))
    if window := absolute_date(low, said, future):
        return window
    return None


def _weekend(day: datetime, which: str) -> Window:
    """Saturday to Monday of the weekend meant; said on a weekend, "last" is the one before."""
    weekday = day.weekday()
    if which == "last":
        saturday = _weekday_back(day, 5) if weekday < 5 else day - _days(weekday - 5 + 7)
    elif weekday < 5:
        saturday = _weekday_ahead(day, 5)
    else:
        saturday = day - _days(weekday - 5) + _days(7 if which == "next" else 0)
    return saturday, saturday + _days(2)


def _period(day: datetime, which: str, unit: str) -> Window:
    if unit == "week":
        monday = day - _days(day.weekday())
        start = monday + _days({"last": -7, "this": 0, "next": 7}[which])
        return start, start + _days(7)
    if unit == "month":
        year, month = day.year, day.month + {"last": -1, "this": 0, "next": 1}[which]
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return month_window(year, month)
    year = day.year + {"last": -1, "this": 0, "next": 1}[which]
    return datetime(year, 1, 1), datetime(year + 1, 1, 1)
