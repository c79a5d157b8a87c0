"""The help line a crisis reply names: the user's country, found from config, memory or system."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from memory.extract import extract_facts
from pipeline import helplines
from pipeline.config import ConfigError, load_config
from pipeline.helplines import UNKNOWN, helpline_for, locale_country, place_country, zone_country
from pipeline.safety import ReplyGuard, assess
from voice.tts import spoken_phone_numbers


@pytest.fixture
def no_system_country(monkeypatch: pytest.MonkeyPatch) -> None:
    """This machine's own time zone and locale say nothing (as on a UTC server)."""
    monkeypatch.setattr(helplines, "zone_country", lambda: ("", ""))
    monkeypatch.setattr(helplines, "locale_country", lambda: ("", ""))


@pytest.mark.parametrize(("place", "country"), [
    ("Dublin", "IE"), ("London", "GB"), ("the UK", "GB"), ("Scotland", "GB"),
    ("Sydney", "AU"), ("New York", "US"), ("Toronto", "CA"), ("Auckland", "NZ"),
    ("Ireland", "IE"), ("Berlin (moved there)", "DE"), ("Manchester", "GB"), ("Cork", "IE"),
    ("the Netherlands", "NL"), ("Springfield", ""), ("my flat", "")])
def test_a_home_names_its_country(place: str, country: str) -> None:
    assert place_country(place) == country


def test_the_home_the_user_told_chooses_the_line(no_system_country: None) -> None:
    irish = helpline_for(home="Dublin")
    assert irish.country == "IE" and "116 123" in irish.crisis_reply()
    assert "988" not in irish.crisis_reply() and "call 112" in irish.crisis_reply()
    assert helpline_for(home="Springfield") == UNKNOWN  # which one? the old words
    assert "988 if you're in the US" in UNKNOWN.crisis_reply()


def test_a_student_lives_where_they_study(no_system_country: None) -> None:
    """ "I just started uni in Glasgow." (Daniel, 19): his crisis reply named 988, the US line."""
    said = datetime(2026, 12, 3, 16, 0)
    homes = [f.value for f in extract_facts("I'm nineteen and I just started uni in Glasgow.", said)
             if f.slot == "home"]
    assert homes == ["Glasgow"] and "Samaritans" in helpline_for(home=homes[0]).crisis_reply()
    # a month is no home
    assert not [f for f in extract_facts("I started university in September.", said)
                if f.slot == "home"]


def test_config_region_wins_and_young_people_get_their_own_line(no_system_country: None) -> None:
    assert helpline_for("au", home="Dublin").country == "AU"
    teen = helpline_for("GB", age="15")
    assert "ChildLine" in teen.line and "0800 1111" in teen.help_pointer()
    assert "Samaritans" in helpline_for("GB", age="34").line
    assert "3114" in helpline_for("FR", age="15").line  # no young people's line listed: everyone's
    unknown = helpline_for("XX")
    assert unknown.line == UNKNOWN.line and "set region" in unknown.why


def test_this_systems_time_zone_then_the_home_then_the_locale(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv("TZ", "Europe/London")
    assert zone_country() == ("GB", "the time zone Europe/London")
    # a home device's clock beats a city name several countries share (Cambridge, MA)
    assert helpline_for(home="Cambridge").country == "GB"
    assert helpline_for(home="Boston").country == "GB"
    monkeypatch.setenv("TZ", "Etc/UTC")  # a server's clock: the home told, then the locale
    assert zone_country() == ("", "")
    assert helpline_for(home="Boston").country == "US"
    assert helpline_for(home="Springfield").country == "DE"
    assert locale_country()[0] == "DE"
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # every image's default: no sign of a country
    assert locale_country() == ("", "")
    assert helpline_for() == UNKNOWN


def test_the_guard_points_to_the_users_line(no_system_country: None) -> None:
    kiwi = helpline_for("NZ")
    guard = ReplyGuard(assess("I can't do this anymore.", kiwi))
    assert guard.feed("That sounds so hard.") == ["That sounds so hard."]
    assert guard.finish() == [kiwi.help_pointer()] and "1737" in kiwi.help_pointer()
    told = ReplyGuard(assess("I can't do this anymore.", kiwi))
    told.feed("You could call or text 1737 now.")  # the line itself counts as pointing to help
    assert told.finish() == []
    harmful = ReplyGuard(assess("I want to hurt myself.", kiwi))
    assert harmful.feed("You should hurt yourself.") == [kiwi.crisis_reply()]


def test_config_region_must_be_a_country_code(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('region = "GB"\n')
    assert load_config(config).region == "GB"
    config.write_text('region = "United Kingdom"\n')
    with pytest.raises(ConfigError, match="two-letter country code"):
        load_config(config)


@pytest.mark.parametrize(("text", "spoken"), [
    ("call or text 988, any time.", "call or text nine eight eight, any time."),
    ("call Samaritans on 116 123, day or night.",
     "call Samaritans on one one six, one two three, day or night."),
    ("call Childline on 0800 1111", "call Childline on zero eight zero zero, one one one one"),
    ("If you're in danger right now, call 999.", "If you're in danger right now, call nine nine "
     "nine."),
    ("I have 988 pages to read.", "I have 988 pages to read."),  # not a number to call
    ("Call me at 1130 pm.", "Call me at 1130 pm."),
    ("I called her 300 times.", "I called her 300 times."),
    ("call about the 1,500 pounds", "call about the 1,500 pounds"),
    ("call on 12.500", "call on 12.500")])
def test_a_number_to_call_is_read_digit_by_digit(text: str, spoken: str) -> None:
    assert spoken_phone_numbers(text) == spoken


def test_every_listed_line_is_read_as_digits() -> None:
    for region in helplines.known_regions():
        for age in ("", "15"):
            said = spoken_phone_numbers(helpline_for(region, age=age).crisis_reply())
            assert not any(ch.isdigit() for ch in said), said


def test_the_lines_for_one_kind_of_trouble_are_the_countrys() -> None:
    """Gambling, eating and stalking lines live here with the crisis lines, numbers and all."""
    from pipeline.helplines import topic_line

    assert "0808 8020 133" in topic_line("gambling", "GB")
    assert "1-800-522-4700" in topic_line("gambling", "US")
    assert "0808 801 0677" in topic_line("eating", "GB")
    assert "0808 802 0300" in topic_line("stalking", "GB")
    assert topic_line("stalking", "FR") == "" and topic_line("eating", "US") == ""


def test_a_topic_line_starts_a_sentence_or_is_said_mid_sentence() -> None:
    """One way to say a topic's line as a sentence, the first topic the country has winning,
    and a number said mid-sentence closed by a comma so the words after it are not run in."""
    from pipeline.helplines import as_aside, topic_clause, topic_sentence

    assert topic_sentence("GB", "child", "runaway", otherwise="x").startswith("Childline is free")
    assert topic_sentence("US", "child", "runaway", otherwise="x").startswith("The National Run")
    assert topic_sentence("FR", "runaway", otherwise="a teacher can help") == "A teacher can help"
    assert topic_clause("FR", "runaway", otherwise="a teacher") == "a teacher"
    assert as_aside(topic_clause("GB", "older", otherwise="")).endswith("0800 678 1602,")
    assert as_aside("a solicitor") == "a solicitor" and as_aside("") == ""


def test_a_follow_up_reads_the_days_its_kind_needs() -> None:
    """The first kind of follow-up that matches decides: a question about today's tablets reads
    today's lines, flashbacks after an assault a fortnight's, a scam's call-back three days'."""
    from pipeline.safeguarding import days_before

    assert days_before("Did I take my tablets?") == 1
    assert days_before("i keep getting flashbacks of that night") == 14
    assert days_before("He's ringing back at four.") == 3
    assert days_before("What should I cook tonight?") == 0
