"""Where a person in crisis can call: the help line of the country the user lives in.

The crisis reply used to name "988 if you're in the US" to everyone; a British 15-year-old who
said she scratches her arms until they bleed was told about an American number. The country
comes from, in order: ``region`` in config.toml (an ISO code: "GB"); the system's time zone
(/etc/localtime, $TZ: the time-zone database names the country of every zone; a home device's
clock is set where it stands, so it beats a city name that several countries share); the place
the user said they live ("The user lives in Dublin.": a server's clock is often UTC); the
locale ($LC_ALL, $LANG: "de_DE").
A user under 18 gets the country's line for young people where it has one. Unknown: the old
words (988 in the US, else "your local crisis line or emergency number").

The numbers were checked against what the services and the press published (late 2026);
South Africa's pages disagree on its lines, so it gets the old words. A number that changes
must be changed here, and only here.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pipeline.clock import zone_of


@dataclass(frozen=True)
class Helpline:
    """What to say after "reach out to someone you trust, or ..." and the emergency number."""

    country: str  # ISO 3166 code; "" = not known
    line: str  # "call Samaritans on 116 123, day or night"
    emergency: str = ""  # "999"; "" = the line already says what to do
    why: str = ""  # how the country was found, for `companion doctor`

    def crisis_reply(self) -> str:
        danger = f" If you're in danger right now, call {self.emergency}." if self.emergency \
            else ""
        return ("I'm really glad you told me, and I'm so sorry it feels this heavy right now. "
                f"You don't have to carry this alone: please reach out to someone you trust, or "
                f"{self.line}.{danger} Would you tell me a little about what's been happening?")

    def help_pointer(self) -> str:
        return ("If it ever feels like too much, please reach out to someone you trust, or "
                f"{self.line}.")

    def named_in(self, text: str) -> bool:
        """Does ``text`` (lower case) already give this line's number?"""
        digits = re.sub(r"\D", "", text)
        number = re.sub(r"\D", "", self.line.split(",")[0])
        return bool(number) and number in digits


UNKNOWN = Helpline("", "call or text 988 if you're in the US, or your local crisis line or "
                       "emergency number")

# country: (the line for everyone, the line for under-18s or "", the emergency number). Said
# by the voice, so short: the numbers are free; "ChildLine" because the voice says "Childline"
# as "child blind" (heard back by the recognizer).
_LINES: dict[str, tuple[str, str, str]] = {
    "US": ("call or text 988, the Suicide and Crisis Lifeline, any time", "", "911"),
    "CA": ("call or text 988, any time", "call Kids Help Phone on 1 800 668 6868, any time",
           "911"),
    "GB": ("call Samaritans on 116 123, day or night", "call ChildLine on 0800 1111, "
           "day or night", "999"),
    "IE": ("call Samaritans on 116 123, day or night", "call ChildLine on 1800 66 66 "
           "66, day or night", "112"),
    "AU": ("call Lifeline on 13 11 14, day or night", "call Kids Helpline on 1800 55 1800, day "
           "or night", "000"),
    "NZ": ("call or text 1737, any time", "call Youthline on 0800 376 633, any time", "111"),
    "DE": ("call the TelefonSeelsorge on 0800 111 0 111, day or night", "call Nummer gegen "
           "Kummer on 116 111", "112"),
    "FR": ("call 3114, day or night", "", "112"),
    "NL": ("call 113, day or night", "", "112"),  # free since October 2025, as is 0800 0113
    "ES": ("call 024, day or night", "", "112"),
    "IN": ("call Tele MANAS on 14416, day or night", "", "112"),
}
ADULT_AGE = 18
# "im 14", "I'm thirteen", "15 years old": a young person's age told of themselves.
CHILD_AGE = re.compile(r"\b(?:i'?m|im|i am) (1[0-7]|[0-9]|eleven|twelve|thirteen|fourteen|fifteen|"
                       r"sixteen|seventeen)\b|\b(1[0-7]) (?:years old|yrs old|yo)\b", re.IGNORECASE)
# Lines for one kind of trouble, said as a sentence or a clause by pipeline.gambling, .eating
# and .stalking; each number checked against the charity's own pages (December 2026): the US
# gambling line is the national council's 1-800-522-4700 since 1-800-GAMBLER went back to New
# Jersey's council in September 2025. A country not here gets the words without a number.
_TOPIC_LINES: dict[str, dict[str, str]] = {
    "gambling": {"GB": "The National Gambling Helpline is free, any time, on 0808 8020 133",
                 "US": "The National Problem Gambling Helpline is free, any time, on "
                       "1-800-522-4700",
                 "AU": "Gambling Help is free, any time, on 1800 858 858",
                 "NZ": "The Gambling Helpline is free, any time, on 0800 654 655"},
    "eating": {"GB": "Beat's helpline is free on 0808 801 0677",
               "AU": "The Butterfly helpline is free on 1800 33 4673"},
    "stalking": {"GB": "the National Stalking Helpline on 0808 802 0300"},
    "loan_sharks": {"GB": "Stop Loan Sharks on 0300 555 2222"},
    "debt": {"GB": "StepChange, free on 0800 138 1111"},
    "housing": {"GB": "Shelter's free helpline on 0808 800 4444"},
    "assault": {"GB": "Rape Crisis is there day or night on 0808 500 2222",
                "US": "RAINN is there day or night on 1-800-656-4673"},
    "older": {"GB": "Age UK's free advice line, 0800 678 1602"},
    "runaway": {"GB": "the Runaway Helpline is free, day or night, on 116 000",
                "US": "the National Runaway Safeline is free, any time, on 1-800-786-2929"},
    "child": {"GB": "Childline is free, any time, on 0800 1111"},
    "worried_adult": {"GB": "the NSPCC's helpline for worried adults is on 0808 800 5000"},
    "abuse": {"GB": "the National Domestic Abuse Helpline is free, day or night, on 0808 2000 247",
              "US": "the National Domestic Violence Hotline is free, any time, on 1-800-799-7233"},
    "lgbt_young": {"GB": "Switchboard LGBT+ is free, every day from 10am to 10pm, on 0800 0119 100",
                   "US": "the Trevor Project is free, any time, on 1-866-488-7386"},
    # Nacoa's line keeps afternoon and evening hours, so no "any time"
    "parent_drinking": {"GB": "Nacoa's free helpline, for anyone whose parent drinks, is on 0800 "
                              "358 3456"},
    # the government's unit helps in confidence, before travel and abroad
    "forced_marriage": {"GB": "the Forced Marriage Unit, on 020 7008 0151"},
    # intimate images shared without consent: it works with the sites to take them down
    "image_abuse": {"GB": "the Revenge Porn Helpline, on 0345 6000 459"},
    # Childline's Report Remove and NCMEC's Take It Down remove a young person's pictures
    "sextortion": {"GB": "if you're under 18, Childline on 0800 1111 can get the pictures taken "
                         "down",
                   "US": "if you're under 18, NCMEC's Take It Down can get the pictures removed"},
}


def topic_line(topic: str, country: str) -> str:
    """The help line for ``topic`` ("gambling", "eating", "stalking", "sextortion",
    "loan_sharks", "debt", "housing", "assault", "older", "runaway", "child", "abuse",
    "worried_adult", "lgbt_young", "parent_drinking", "forced_marriage", "image_abuse") in
    ``country``, or ""."""
    return _TOPIC_LINES[topic].get(country, "")


def topic_clause(country: str, *topics: str, otherwise: str) -> str:
    """The first of ``topics``' help lines in ``country``, else ``otherwise``."""
    return next((found for topic in topics if (found := topic_line(topic, country))), otherwise)


def sentence_start(line: str) -> str:
    """A help line said first in a sentence: "Shelter's free helpline on 0808 800 4444"."""
    return line[:1].upper() + line[1:]


def topic_sentence(country: str, *topics: str, otherwise: str) -> str:
    """``topic_clause`` as the start of a sentence."""
    return sentence_start(topic_clause(country, *topics, otherwise=otherwise))


def as_aside(line: str) -> str:
    """``line`` said mid-sentence: a number at its end closed by a comma, so it is not run into
    the words after it ("Age UK's free advice line, 0800 678 1602, can check...")."""
    return f"{line}," if line[-1:].isdigit() else line
# Said of a home, not in the time-zone database's list of countries.
_COUNTRY_WORDS = {"uk": "GB", "the uk": "GB", "britain": "GB", "great britain": "GB",
                  "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
                  "the us": "US", "the usa": "US", "usa": "US", "america": "US", "the states": "US",
                  "the united states": "US", "the netherlands": "NL", "holland": "NL"}
# Big cities the time-zone database does not name ("I live in Manchester"), of the countries
# above; the database knows London, Dublin, Sydney, Toronto, New York, Berlin, Paris...
_CITIES = {country: names.split(",") for country, names in {
    "GB": "manchester,birmingham,leeds,glasgow,edinburgh,liverpool,bristol,sheffield,cardiff,"
          "newcastle,nottingham,leicester,southampton,brighton,oxford,cambridge,york,aberdeen,"
          "belfast,coventry,bradford,swansea,plymouth,norwich,reading,milton keynes,hull",
    "IE": "cork,galway,limerick,waterford,kilkenny",
    "AU": "canberra,gold coast,hobart",
    "CA": "ottawa,calgary,montreal,quebec city",
    "NZ": "wellington,christchurch,dunedin",
    "US": "san francisco,seattle,boston,miami,atlanta,dallas,houston,austin,philadelphia,"
          "washington,washington dc,san diego,las vegas,portland,nashville,orlando",
    "DE": "munich,hamburg,cologne,frankfurt,stuttgart,dusseldorf,leipzig,dresden",
    "FR": "lyon,marseille,toulouse,nice,bordeaux,lille,nantes,strasbourg",
    "NL": "rotterdam,the hague,utrecht,eindhoven",
    "ES": "barcelona,valencia,seville,malaga,bilbao",
    "IN": "mumbai,delhi,new delhi,bangalore,bengaluru,chennai,hyderabad,pune,ahmedabad"}.items()}
# en_US is the default locale of many images wherever they run: no sign of the country.
_NO_SIGN_LOCALES = {"US"}


def helpline_for(region: str = "", home: str = "", age: str = "") -> Helpline:
    """The help line for the configured ``region``, else this system's time zone, else the
    user's ``home`` ("Dublin"), else the locale; the young people's line when ``age`` is under
    18."""
    # Each source only when the ones before it name no country (this runs on every turn).
    sources = (lambda: (region.upper(), "region in config.toml"), zone_country,
               lambda: (place_country(home), f"the user lives in {home}"), locale_country)
    country, why = next((found for source in sources if (found := source())[0]), ("", ""))
    if country not in _LINES:
        return UNKNOWN if not country else Helpline("", UNKNOWN.line, why=f"{country}: no line "
                                                    "known here; set region to one of "
                                                    f"{', '.join(known_regions())}")
    line, young, emergency = _LINES[country]
    if young and age.isdigit() and int(age) < ADULT_AGE:
        line = young
    return Helpline(country, line, emergency, why)


def known_regions() -> tuple[str, ...]:
    return tuple(sorted(_LINES))


def place_country(place: str) -> str:
    """ "Dublin" -> "IE", "the UK" -> "GB", "Leeds" -> "" (a city the database does not name)."""
    name = re.sub(r"\s*\(.*\)$", "", place).strip(" .").lower()
    if name in _COUNTRY_WORDS:
        return _COUNTRY_WORDS[name]
    if name in _countries():
        return _countries()[name]
    city = name.split(",")[0].strip()
    for country, cities in _CITIES.items():
        if city in cities:
            return country
    zone = zone_of(city)
    return _zone_countries().get(zone, "") if zone else ""


def zone_country() -> tuple[str, str]:
    """(country, how it was found) from this system's time zone; ("", "") for UTC or none."""
    zone = os.environ.get("TZ", "").lstrip(":")
    if not zone:
        try:
            zone = str(Path("/etc/localtime").resolve()).split("zoneinfo/", 1)[-1]
        except OSError:
            zone = ""
    country = _zone_countries().get(zone, "")
    return (country, f"the time zone {zone}") if country else ("", "")


def locale_country() -> tuple[str, str]:
    """(country, how it was found) from the locale ("de_DE.UTF-8"); ("", "") for none."""
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if m := re.match(r"[a-z]{2,3}_([A-Z]{2})\b", os.environ.get(key, "")):
            if m.group(1) not in _NO_SIGN_LOCALES:
                return m.group(1), f"the locale {os.environ[key]}"
            break
    return "", ""


def _table(name: str) -> list[list[str]]:
    text = resources.files("tzdata.zoneinfo").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """ "Europe/London" -> "GB" (zone.tab: one country per zone)."""
    return {row[2]: row[0] for row in _table("zone.tab") if len(row) >= 3}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """ "ireland" -> "IE", "britain" -> "GB" (iso3166.tab's names, "(UK)" dropped)."""
    return {re.sub(r"\s*\(.*\)$", "", row[1]).lower(): row[0] for row in _table("iso3166.tab")
            if len(row) >= 2}
