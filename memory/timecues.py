"""Time in words: the window a question points at, and dates said back naturally.

"what did I do last week?" -> the 7 days of last week; "in May" -> the most recent May;
"when did I ..." -> no window, but the answer is a date, so dated events matter more.
Also resolves when a plan happens ("tomorrow", "on Friday", "next week") from when it was said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "a couple of": 2, "a few": 3, "several": 4}


@dataclass(frozen=True)
class TimeCue:
    start: datetime | None = None  # the window the question points at, [start, end)
    end: datetime | None = None
    asks_when: bool = False  # "when did I ...": the answer is a date
    phrase: str = ""

    @property
    def has_window(self) -> bool:
        return self.start is not None and self.end is not None


def _day(dt: datetime) -> datetime:
    return dt.replace(hour=0, minute=0, second=0, microsecond=0)


def _month_window(year: int, month: int) -> tuple[datetime, datetime]:
    start = datetime(year, month, 1)
    end = datetime(year + (month == 12), month % 12 + 1, 1)
    return start, end


_AGO = re.compile(r"\b(\d+|an?|one|two|three|four|five|six|seven|a couple of|a few|several)\s+"
                  r"(day|week|month|year)s?\s+ago\b")
_WHEN = re.compile(r"^\s*(when|what (day|date|time)|how long ago)\b")


def parse_time_cue(text: str, now: datetime) -> TimeCue:
    """The time window a question refers to, relative to ``now`` (naive local time)."""
    low = text.lower()
    asks_when = bool(_WHEN.search(low))
    today = _day(now)
    window: tuple[datetime, datetime] | None = None
    phrase = ""
    checks: list[tuple[str, tuple[datetime, datetime]]] = [
        (r"\bthis morning\b", (today, today + timedelta(hours=12))),
        (r"\b(today|tonight|this evening)\b", (today, today + timedelta(days=1))),
        (r"\b(yesterday|last night)\b", (today - timedelta(days=1), today)),
        (r"\bday before yesterday\b", (today - timedelta(days=2), today - timedelta(days=1))),
        (r"\b(last|past) (few|couple of) days\b", (today - timedelta(days=4), now)),
        (r"\bthis week\b", (today - timedelta(days=today.weekday()), now)),
        (r"\blast week(end)?\b", (today - timedelta(days=today.weekday() + 7),
                                  today - timedelta(days=today.weekday()))),
        (r"\b(past|last) (seven|7) days\b", (today - timedelta(days=7), now)),
        (r"\bthis month\b", (today.replace(day=1), now)),
        (r"\blast month\b", _month_window(*_prev_month(today))),
        (r"\bthis year\b", (datetime(today.year, 1, 1), now)),
        (r"\blast year\b", (datetime(today.year - 1, 1, 1), datetime(today.year, 1, 1))),
        (r"\brecently\b|\blately\b", (today - timedelta(days=14), now)),
    ]
    for pattern, win in checks:
        m = re.search(pattern, low)
        if m:
            window, phrase = win, m.group(0)
            break
    if window is None and (m := _AGO.search(low)):
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS.get(m.group(1), 1)
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[m.group(2)] * n
        center = today - timedelta(days=days)
        slack = timedelta(days=max(1, days // 3))
        window, phrase = (center - slack, center + slack + timedelta(days=1)), m.group(0)
    if window is None and (m := re.search(r"\b(?:in|during|since) (" + "|".join(MONTHS)
                                          + r")(?: (\d{4}))?\b", low)):
        month = MONTHS.index(m.group(1)) + 1
        year = int(m.group(2)) if m.group(2) else today.year - (month > today.month)
        window, phrase = _month_window(year, month), m.group(0)
    if window is None and (m := re.search(r"\b(?:last|on) (" + "|".join(WEEKDAYS) + r")\b", low)):
        back = (today.weekday() - WEEKDAYS.index(m.group(1))) % 7 or 7
        day = today - timedelta(days=back)
        window, phrase = (day, day + timedelta(days=1)), m.group(0)
    if window is None and (m := re.search(r"\bin (\d{4})\b", low)):
        year = int(m.group(1))
        window, phrase = (datetime(year, 1, 1), datetime(year + 1, 1, 1)), m.group(0)
    if window is None:
        return TimeCue(asks_when=asks_when)
    return TimeCue(window[0], window[1], asks_when, phrase)


def _prev_month(day: datetime) -> tuple[int, int]:
    return (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)


_FUTURE = re.compile(
    r"\b(tomorrow|tonight|today|this (?:morning|afternoon|evening|weekend)|next week(?:end)?|"
    r"next month|in (\d+|a|an|two|three|a few|a couple of) (day|week|month)s?|"
    r"(?:on |this |next )?(" + "|".join(WEEKDAYS) + r")|(?:on |in )(" + "|".join(MONTHS)
    + r")(?: (\d{1,2}))?)\b")


def resolve_future(text: str, said: datetime) -> tuple[datetime | None, str]:
    """When a plan mentioned in ``text`` (said at ``said``) happens, and the words used."""
    m = _FUTURE.search(text.lower())
    if not m:
        return None, ""
    phrase = m.group(0)
    day = _day(said)
    if phrase in ("today", "tonight") or phrase.startswith("this "):
        if "weekend" in phrase:
            return day + timedelta(days=(5 - day.weekday()) % 7), phrase
        return day, phrase
    if phrase == "tomorrow":
        return day + timedelta(days=1), phrase
    if phrase.startswith("next week"):
        return day + timedelta(days=7 - day.weekday()), phrase
    if phrase == "next month":
        year, month = (day.year + (day.month == 12), day.month % 12 + 1)
        return datetime(year, month, 1), phrase
    if m.group(2):
        n = int(m.group(2)) if m.group(2).isdigit() else _NUMBERS.get(m.group(2), 1)
        return day + timedelta(days={"day": 1, "week": 7, "month": 30}[m.group(3)] * n), phrase
    if m.group(4):
        ahead = (WEEKDAYS.index(m.group(4)) - day.weekday()) % 7 or 7
        if phrase.startswith("next "):
            ahead += 7 if ahead < 7 - day.weekday() else 0
        return day + timedelta(days=ahead), phrase
    month = MONTHS.index(m.group(5)) + 1
    year = day.year + (month < day.month)
    return datetime(year, month, int(m.group(6) or 1)), phrase


def spoken_when(then: datetime, now: datetime) -> str:
    """'today', 'yesterday', 'on Monday', 'last week', 'on 3 May', 'in May 2025'."""
    days = (_day(now) - _day(then)).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    if 1 < days < 7:
        return f"on {WEEKDAYS[then.weekday()].capitalize()}"
    if 7 <= days < 14:
        return "last week"
    if days < 0:
        return f"on {then.day} {MONTHS[then.month - 1].capitalize()}"
    if then.year == now.year or days < 300:
        return f"on {then.day} {MONTHS[then.month - 1].capitalize()}"
    return f"in {MONTHS[then.month - 1].capitalize()} {then.year}"
