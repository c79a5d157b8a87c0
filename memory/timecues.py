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
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "a couple of": 2, "a few": 3, "several": 4}


@dataclass(frozen=True)
class TimeCue:
    start: datetime | None = None  # the window the question points at, [start, end)
    end: datetime | None = None
    asks_when: bool = False  # "when did I ...": the answer is a date
    phrase: str = ""
    # "the weekend before the concert": the window is found from the anchor's date at search
    anchor: str = ""  # "the concert"
    anchor_unit: str = ""  # day | weekend | week | month
    anchor_after: bool = False

    def around(self, anchor: datetime) -> TimeCue:
        """This cue with its window placed next to the anchor's day."""
        day = day_of(anchor)
        span = {"day": 1, "weekend": 2, "week": 7, "month": 31}[self.anchor_unit]
        if self.anchor_unit == "weekend":
            start = day + timedelta(days=(5 - day.weekday()) % 7 + (0 if self.anchor_after
                                                                     else -7))
            if not self.anchor_after and day.weekday() >= 5:
                start = day - timedelta(days=day.weekday() - 5 + 7)
        elif self.anchor_after:
            start = day + timedelta(days=1)
        else:
            start = day - timedelta(days=span)
        return TimeCue(start, start + timedelta(days=span), self.asks_when, self.phrase)

    @property
    def has_window(self) -> bool:
        return self.start is not None and self.end is not None


def day_of(dt: datetime) -> datetime:
    return dt.replace(hour=0, minute=0, second=0, microsecond=0)


def month_window(year: int, month: int) -> tuple[datetime, datetime]:
    start = datetime(year, month, 1)
    end = datetime(year + (month == 12), month % 12 + 1, 1)
    return start, end


_AGO = re.compile(r"\b(\d+|an?|one|two|three|four|five|six|seven|a couple of|a few|several)\s+"
                  r"(day|week|month|year)s?\s+ago\b")
_ANCHOR = re.compile(r"\b(?:the )?(day|weekend|week|month) (before|after) (?:the |her |his |"
                     r"their |my |our )?([a-z' -]{3,40}?)\s*[?.!]*$")
# Every phrase parse_time_cue knows holds one of these (a cheap test before the many patterns).
_TIME_WORD = re.compile(r"\d|morning|today|tonight|evening|yesterday|night|days?\b|week|month|"
                        r"year|recent|lately|ago\b|before|after|" + "|".join(MONTHS + WEEKDAYS))
_WHEN = re.compile(r"^\s*(when|what (day|date|time)|how long ago)\b")


def parse_time_cue(text: str, now: datetime) -> TimeCue:
    """The time window a question refers to, relative to ``now`` (naive local time)."""
    low = text.lower()
    asks_when = bool(_WHEN.search(low))
    if not _TIME_WORD.search(low):  # most questions: no time words, no window
        return TimeCue(asks_when=asks_when)
    today = day_of(now)
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
        (r"\blast month\b", month_window(*_prev_month(today))),
        (r"\bthis year\b", (datetime(today.year, 1, 1), now)),
        (r"\blast year\b", (datetime(today.year - 1, 1, 1), datetime(today.year, 1, 1))),
        (r"\brecently\b|\blately\b", (today - timedelta(days=14), now)),
    ]
    if m := _ANCHOR.search(low):
        return TimeCue(asks_when=asks_when, phrase=m.group(0), anchor=m.group(3),
                       anchor_unit=m.group(1), anchor_after=m.group(2) == "after")
    for pattern, win in checks:
        m = re.search(pattern, low)
        if m:
            window, phrase = win, m.group(0)
            break
    if window is None and (day := absolute_date(low, now)) is not None:
        window, phrase = day, "date"
        if re.search(r"\bweekend of\b", low):
            saturday = day[0] + timedelta(days=(5 - day[0].weekday()) % 7) \
                if day[0].weekday() != 6 else day[0] - timedelta(days=1)
            window = (saturday, saturday + timedelta(days=2))
    if window is None and (m := _AGO.search(low)):
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS.get(m.group(1), 1)
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[m.group(2)] * n
        center = today - timedelta(days=days)
        slack = timedelta(days=max(1, days // 3))
        window, phrase = (center - slack, center + slack + timedelta(days=1)), m.group(0)
    if window is None and (m := re.search(r"\b(?:in|during|since) (" + "|".join(MONTHS)
                                          + r")(?: (\d{4}))?\b", low)):
        month = MONTHS.index(m.group(1)) + 1
        year = int(m.group(2)) if m.group(2) else today.year - (month > today.month)
        window, phrase = month_window(year, month), m.group(0)
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
    + r")(?: (\d{1,2})(?:st|nd|rd|th)?)?)\b")  # "on June 5th" is the 5th, not the 1st


def resolve_future(text: str, said: datetime) -> tuple[datetime | None, str]:
    """When a plan mentioned in ``text`` (said at ``said``) happens, and the words used."""
    m = _FUTURE.search(text.lower())
    if not m:
        return None, ""
    phrase = m.group(0)
    day = day_of(said)
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
        n = int(m.group(2)) if m.group(2).isdigit() else NUMBERS.get(m.group(2), 1)
        return day + timedelta(days={"day": 1, "week": 7, "month": 30}[m.group(3)] * n), phrase
    if m.group(4):
        ahead = (WEEKDAYS.index(m.group(4)) - day.weekday()) % 7 or 7
        if phrase.startswith("next "):
            ahead += 7 if ahead < 7 - day.weekday() else 0
        return day + timedelta(days=ahead), phrase
    month = MONTHS.index(m.group(5)) + 1
    year = day.year + (month < day.month)
    return datetime(year, month, int(m.group(6) or 1)), phrase


# Time words in what the user said on an earlier day, as they read told back later.
_THEN_WORDS = {"tonight": "that night", "this morning": "that morning",
               "this afternoon": "that afternoon", "this evening": "that evening",
               "yesterday": "the day before", "tomorrow": "the day after"}
_THEN_WORD = re.compile(r"\b(?:today|" + "|".join(_THEN_WORDS) + r")\b", re.IGNORECASE)


# Said yesterday, "tomorrow" is today: "What was I nervous about yesterday?" (Chen) got "...a job
# interview the day after.".
_YESTERDAYS = {"today": "yesterday", "tonight": "last night", "this morning": "yesterday morning",
               "this afternoon": "yesterday afternoon", "this evening": "yesterday evening",
               "yesterday": "the day before", "tomorrow": "today"}


def said_then(text: str, today: str) -> str:
    """Words said on an earlier day, as they read now: "today" becomes ``today`` ("that day",
    "on Sunday"), "tomorrow" "the day after", "this morning" "that morning"; said
    "yesterday", "tomorrow" is "today" and "tonight" "last night"."""
    if today == "yesterday":
        return _THEN_WORD.sub(lambda m: _YESTERDAYS[m.group(0).lower()], text)
    return _THEN_WORD.sub(lambda m: _THEN_WORDS.get(m.group(0).lower(), today), text)


def spoken_when(then: datetime, now: datetime) -> str:
    """'today', 'yesterday', 'on Monday', 'last week', 'on 3 May', 'in May 2025'."""
    days = (day_of(now) - day_of(then)).days
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


Window = tuple[datetime, datetime]
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTH = "(" + "|".join(MONTHS) + ")"


def _year_for(month: int, day: datetime, future: bool) -> int:
    if future:
        return day.year + (month < day.month)
    return day.year - (month > day.month)


def absolute_date(low: str, said: datetime, future: bool = False) -> Window | None:
    """"6 May 2023", "May 6th", "the 6th of May", "in March": a day or a month window."""
    day = day_of(said)
    for pattern, order in ((r"\b" + _ORD + r"(?: of)? " + _MONTH + r"(?:,? (\d{4}))?\b", "dm"),
                           (r"\b" + _MONTH + " " + _ORD + r"\b(?:,? (\d{4}))?", "md")):
        if m := re.search(pattern, low):
            d, mon = (m.group(1), m.group(2)) if order == "dm" else (m.group(2), m.group(1))
            month = MONTHS.index(mon) + 1
            year = int(m.group(3)) if m.group(3) else _year_for(month, day, future)
            try:
                start = datetime(year, month, int(d))
            except ValueError:
                return None
            return start, start + timedelta(days=1)
    if m := re.search(r"\b(?:in|during|since|early|late|mid-?) ?" + _MONTH + r"(?: (\d{4}))?\b",
                      low):
        month = MONTHS.index(m.group(1)) + 1
        year = int(m.group(2)) if m.group(2) else _year_for(month, day, future)
        return month_window(year, month)
    return None


# A fact keeps the words it was told in and the day they meant: "The user has an interview
# tomorrow (on 2026-12-05)". Read the next day it said "tomorrow" still, and "What was I nervous
# about yesterday?" (Chen) got "...a job interview tomorrow.".
_DATED = re.compile(r"\b(?:(?:today|tonight|tomorrow|yesterday|this \w+|next \w+|last \w+|on "
                    r"\w+day)\s+)?\(on (\d{4})-(\d\d)-(\d\d)\)", re.IGNORECASE)


def dated_from(text: str, now: datetime) -> str:
    """A fact's days as they read ``now``: "tomorrow (on 2026-12-05)", read on the 5th, is
    "today (on 2026-12-05)"."""
    def as_now(found: re.Match[str]) -> str:
        day = datetime(int(found.group(1)), int(found.group(2)), int(found.group(3)))
        ahead = (day - day_of(now)).days
        said = "today" if ahead == 0 else "tomorrow" if ahead == 1 else \
            f"on {WEEKDAYS[day.weekday()].capitalize()}" if 1 < ahead < 7 else \
            spoken_when(day, now)
        return f"{said} (on {found.group(1)}-{found.group(2)}-{found.group(3)})"
    return _DATED.sub(as_now, text)
