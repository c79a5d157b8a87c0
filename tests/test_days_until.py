"""Days to Christmas: asked on Saturday the 5th of December 2026, the 1.5B said "There are 24
days until Christmas." (it is 20). The days are counted here, from a fixed day."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipeline.days_until import days_until_answer, easter
from tests.test_reply_wiring import chat, conversation

SAT_5_DEC = date(2026, 12, 5)


@pytest.mark.parametrize(("said", "answer"), [
    ("How many days until Christmas?", "20 days: Christmas is on a Friday."),
    ("how many days is it till christmas", "20 days: Christmas is on a Friday."),
    ("How long until Christmas?", "20 days: Christmas is on a Friday."),
    ("Hey Juniper, how many days to go until Christmas?", "20 days: Christmas is on a Friday."),
    ("How many days until Christmas, Juniper?", "20 days: Christmas is on a Friday."),
    ("How far away is Xmas?", "20 days: Christmas is on a Friday."),
    ("How many sleeps till Christmas?", "20 sleeps: Christmas is on a Friday."),
    ("How many weeks until Christmas?", "2 weeks and 6 days: Christmas is on a Friday."),
    ("How many weeks until Boxing Day?", "3 weeks exactly: Boxing Day is on a Saturday."),
    ("How many weeks until Christmas Eve?", "2 weeks and 5 days: Christmas Eve is on a Thursday."),
    ("How many days left until New Year's Eve?", "26 days: New Year's Eve is on a Thursday."),
    ("How many days until New Year?", "27 days: New Year's Day is on a Friday."),
    ("How many days until Valentine’s Day?", "71 days: Valentine's Day is on a Sunday."),
    ("How many days until St Patrick's Day?",
     "102 days: Saint Patrick's Day is on a Wednesday."),
    ("How many days until Easter?", "113 days: Easter Sunday is on the 28th of March."),
    ("How many days until Good Friday?", "111 days: Good Friday is on the 26th of March."),
    ("How many days until Halloween?", "330 days: Halloween is on a Sunday next year."),
    ("How many days until Bonfire Night?", "335 days: Bonfire Night is on a Friday next year."),
    ("How many days until the 14th of February?",
     "71 days: the 14th of February is on a Sunday."),
    ("how many days until March 3rd?", "88 days: the 3rd of March is on a Wednesday."),
    ("How many days until 1 April?", "117 days: the 1st of April is on a Thursday."),
    ("How many days until the twenty-first of March?",
     "106 days: the 21st of March is on a Sunday."),
    ("How many days until the 1st of January 2027?",
     "27 days: the 1st of January is on a Friday."),
    ("How many days until the 29th of February?",  # 2027 has none: the next is in 2028
     "451 days: the 29th of February is on a Tuesday in 2028."),
])
def test_the_days_to_a_holiday_or_a_date_are_counted(said: str, answer: str) -> None:
    assert days_until_answer(said, SAT_5_DEC) == answer


def test_on_the_eve_the_day_and_the_day_after() -> None:
    ask = "How many days until Christmas?"
    assert days_until_answer(ask, date(2026, 12, 24)) == "Christmas is tomorrow!"
    assert days_until_answer(ask, date(2026, 12, 25)) == "It's today! Happy Christmas!"
    assert days_until_answer(ask, datetime(2026, 12, 25, 23, 59, tzinfo=timezone.utc)) == \
        "It's today! Happy Christmas!"
    assert days_until_answer(ask, date(2026, 12, 26)) == \
        "364 days: Christmas is on a Saturday next year."
    assert days_until_answer("How many days until the 5th of December?", SAT_5_DEC) == \
        "It's today!"
    assert days_until_answer("How many days until the 6th of December?", SAT_5_DEC) == \
        "The 6th of December is tomorrow!"


def test_a_leap_year_has_a_29th_of_february() -> None:
    assert days_until_answer("How many days until March 1st?", date(2028, 2, 1)) == \
        "29 days: the 1st of March is on a Wednesday."
    assert days_until_answer("How many days until March 1st?", date(2027, 2, 1)) == \
        "28 days: the 1st of March is on a Monday."
    assert days_until_answer("How many days until the 29th of February?", date(2028, 2, 28)) \
        == "The 29th of February is tomorrow!"


@pytest.mark.parametrize("sunday", [
    date(2000, 4, 23), date(2008, 3, 23), date(2011, 4, 24), date(2019, 4, 21),
    date(2020, 4, 12), date(2021, 4, 4), date(2022, 4, 17), date(2023, 4, 9), date(2024, 3, 31),
    date(2025, 4, 20), date(2026, 4, 5), date(2027, 3, 28), date(2028, 4, 16), date(2029, 4, 1),
    date(2030, 4, 21),
    date(2038, 4, 25),  # the latest it can be
    date(2285, 3, 22),  # the earliest
])
def test_easter_is_the_gregorian_computus(sunday: date) -> None:
    assert easter(sunday.year) == sunday


def test_after_easter_the_count_is_to_next_years() -> None:
    assert days_until_answer("How many days until Easter?", date(2026, 4, 6)) == \
        "356 days: Easter Sunday is on the 28th of March next year."


@pytest.mark.parametrize("said", [
    "I can't wait until Christmas.",
    "Christmas is in 20 days.",
    "How many days until my birthday?",
    "How many days until I see my mum?",
    "How many days until Mother's Day?",
    "How many days until Thanksgiving?",
    "How many days until Chinese New Year?",
    "How many days since Christmas?",
    "How many days until the 30th of February?",
    "How many days until the 1st of January 2026?",  # past: a "days since", the model's
    "How many days until the 14th?",
    "How many days until Christmas should I post my cards to my sister in Canada?",
    "How many days until Christmas should I post the cards?",
    "What day is Christmas?",
    "How long does a turkey take?",
    "How many days are in a leap year?",
])
def test_anything_else_is_left_to_the_model(said: str) -> None:
    assert days_until_answer(said, SAT_5_DEC) is None


async def test_the_thinker_counts_the_days_without_the_model(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.days_until

    class _Day(date):
        @classmethod
        def today(cls) -> date:  # type: ignore[override]
            return SAT_5_DEC

    monkeypatch.setattr(pipeline.days_until, "date", _Day)
    conv, llm = conversation("There are 24 days until Christmas.")
    assert await chat(conv, "How many days until Christmas?") == \
        "20 days: Christmas is on a Friday."
    assert llm.prompts == []
