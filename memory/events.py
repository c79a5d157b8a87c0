"""Plans, worries and emotionally important events in what the user says, with when to ask.

An interview on Friday is asked about from Saturday; a parent in hospital the next day; a
breakup two days on. Each comes back as a ``Fact`` whose ``due`` says from when.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from memory.dates import resolve_mentioned
from memory.fact import Fact, article, clean, slot_key
from memory.people import PET, REL
from memory.timecues import MONTHS, WEEKDAYS, resolve_future

EVENTS = (r"job interview|interview|exam|exams|test results|driving test|test|surgery|operation|"
          r"biopsy|scan|appointment|presentation|first day|wedding|funeral|audition|"
          r"competition|race|marathon|date|hospital|court|results|moving day|trip|flight|gcses|"
          r"a-levels|a levels|finals|mocks|sats")
_UNWELL = (r"in (?:the )?hospital|taken to (?:the )?hospital|a heart attack|a stroke|cancer|"
           r"(?:been )?diagnosed with [\w ]+|surgery|an operation|(?:really |very |quite )?(?:ill|"
           r"sick|unwell|poorly)|not (?:very )?well|a (?:bad )?fall|an accident|dementia|"
           r"alzheimer's|parkinson's|covid|"
           # "My mum is having a hip replacement on Friday." (Priti) was no fact
           r"an? (?:hip|knee|shoulder) replacement|a (?:heart )?bypass|a transplant|an? "
           r"(?:\w+ )?operation")
FEELINGS = r"nervous|anxious|worried|scared|afraid|terrified|stressed|excited|sad|upset|dreading"


def events_told(s: str, said: datetime) -> list[Fact]:
    """Plans, worries and emotionally important events, with when to follow them up."""
    facts: list[Fact] = []
    i = re.IGNORECASE
    when, phrase = resolve_future(s, said)
    # "I'm pregnant with my first baby, due in March." was "The user plans: pregnant with their
    # first baby (on 2027-03-01)."; "When is my baby due?" then got "on March 1, 2027".
    if when is not None and re.search(r"\b(?:pregnant|expecting)\b[^.!?]*?\bdue\b|\b(?:the|our|my) "
                                      r"(?:first |second |next )?baby(?:'s| is) due\b", s, i):
        return [Fact("baby_due", f"{when:%Y-%m-%d}",
                     f"The user's baby is due{_when_said(when, phrase)}.", "event")]
    told = resolve_mentioned(s, said)
    if when is not None and (phrase in ("today", "tonight") or (
            told is not None and told[1] <= _day(said))):
        when, phrase = None, ""  # over already ("I passed my test on Saturday"), or small talk
    # Someone close is ill: "My dad is in hospital" is asked after ("How is he doing now?"), and
    # so is a pet: "My dog Rex is really poorly" came back, from the LLM's extraction, as "You
    # were worried about the poorly on Tuesday: how did it go?".
    if m := re.search(r"\bmy (" + REL + "|" + PET + r")(?:,? ((?-i:[A-Z])[a-z]+),?)? (?:is|was|"
                      r"has been|had|has|got|is having|went) (" + _UNWELL + r")\b", s, i):
        rel = m.group(1).lower()
        pet = f" {m.group(2)}" if m.group(2) and re.fullmatch(PET, rel) else ""
        what = re.split(r"[,;]| and | but | so ", s[m.start():])[0].split(" ", 2)[2]
        dated = f" (on {when:%Y-%m-%d})" if when else ""  # "having surgery on Friday"
        facts.append(Fact(f"health:{rel}", f"their {rel}{pet}",
                          f"The user's {rel} {clean(what, 10)}{dated}.", "worry",
                          single=False, due=(when or _day(said)) + timedelta(days=1),
                          feeling="worried"))
        return facts
    feeling_m = re.search(r"\b(" + FEELINGS + r")\b", s, i)
    feeling = feeling_m.group(1).lower() if feeling_m else ""
    # "my maths exam", "a driving test": one word may say what kind.
    event_m = re.search(r"\b(?:my|a|an|the|our) (?:(?:big|new|final|important|next|first)"
                        r" )?((?:(?!(?:last|this|other)\b)[a-z]+ )?(?:" + EVENTS + r"))\b", s, i)
    if event_m and (when is not None or feeling):
        event = event_m.group(1).lower()
        due = (when or _day(said)) + timedelta(days=1)
        plural = event.endswith("s") and not event.endswith(("ss", "sis"))  # not "an exams"
        text = f"The user has {'their' if plural else article(event)} {event}" \
            + _when_said(when, phrase)
        text += (" and is dreading it." if feeling == "dreading" else  # not "feels dreading"
                 f" and feels {feeling} about it." if feeling else ".")
        facts.append(Fact(f"event:{slot_key(event)}:{(when or said):%Y-%m-%d}", event, text,
                          "event", single=False, due=due, feeling=feeling))
        return facts
    if m := re.search(r"\bi(?:'m| am)(?: really| so| a bit| very)? (" + FEELINGS
                      + r") (?:about|for|of) ([^.,!?;]{3,60})", s, i):
        about = _third_person(clean(m.group(2), 8))
        facts.append(Fact(f"worry:{slot_key(about)}", about,
                          f"The user feels {m.group(1).lower()} about {about}.", "worry",
                          single=False, due=_day(said) + timedelta(days=2),
                          feeling=m.group(1).lower()))
        return facts
    if m := re.search(r"\b(?:we broke up|i broke up with|(?:my \w+ )?(?:died|passed away)|first "
                      r"\w+(?: \w+)? without (?:my|our) (?:late )?(?:mum|mom|mother|dad|father|"
                      r"wife|husband|partner|son|daughter|brother|sister|gran|grandma|granny|"
                      r"grandad|grandpa|nan|nana|baby)\b|"
                      r"i lost my job|i got (?:fired|laid off)|i(?:'m| am) getting divorced|"
                      # "I got made redundant today after twenty years at the factory." (Leon),
                      # "Someone nicked my scooter last night." (Sol, a courier)
                      r"i(?:'ve| have)? (?:got|been|was) made redundant|(?:someone|somebody) "
                      r"(?:nicked|stole) my \w+|my \w+ (?:was|got) (?:nicked|stolen))\b",
                      s, i):
        what = clean(s, 12)
        facts.append(Fact(f"event:{slot_key(m.group(0))}:{said:%Y-%m-%d}", m.group(0).lower(),
                          f"The user shared something hard: {what}.", "event", single=False,
                          due=_day(said) + timedelta(days=2), feeling="sad"))
        return facts
    if when is not None and (m := re.search(
            # the longer first: "I'm going to tell..." was the plan "going to tell..."
            r"\b(?:remind me to|i need to|i'm planning to|i plan to|(?:i'm|i am|we're) (?:just |"
            r"finally |actually )?going to(?= "
            r"(?!(?:the|a|an|my|our|"
            r"his|her|their|see)\b)(?-i:[a-z]))|i'm|i am|"
            r"we're|we are|i will|i'll|we'll)\s+(?!\d|(?:so|really|a bit|not|freaking|"
            r"stressing|worrying|panicking|dreading|feeling|nervous|scared|worried)\b)"
            r"([^.,!?;]{3,60})", s, i)):
        # Its day is kept as a date: "call their mum tomorrow" was asked about as it was.
        plan = _third_person(clean(re.sub(rf"\s*\b{re.escape(phrase)}(?: morning| afternoon| "
                                           r"evening| night)?\b", "", m.group(1), flags=i)
                                    if phrase else m.group(1), 10))
        plan = re.sub(r"\s+\b(?:from|until|till|starting)$", "", plan)  # "...from tomorrow"
        # "I'm just going to stop taking it from tomorrow." (Gary, of his sertraline): "stop
        # taking it" came back three days on as "How was your trip to the store?".
        if re.fullmatch(r"(?:\w+ ){0,2}(?:it|them|that|this)", plan, i):
            return facts
        # "my gcses start in may" was kept as "(on 2027-05-01)" and told back as "Your exams
        # start on May 1, 2027."
        day = f"in {when:%B %Y}" if _month_only(phrase) else f"on {when:%Y-%m-%d}"
        facts.append(Fact(f"plan:{slot_key(plan)}", plan, f"The user plans: {plan} ({day}).",
                          "plan", single=False, due=when + timedelta(days=1)))
    return facts


def _when_said(when: datetime | None, phrase: str) -> str:
    """ " on Friday (on 2026-11-27)"; a month alone is no day: "I'm training for my first
    marathon in April" was told back as "Your marathon is on April 1, 2027." """
    phrase = re.sub(r"\b(?:" + "|".join(MONTHS + WEEKDAYS) + r")\b",
                    lambda m: m.group(0).capitalize(), phrase)
    if when is None:
        return f" {phrase}" if phrase else ""
    if _month_only(phrase):
        return f" in {when:%B %Y}"
    return f"{' ' + phrase if phrase else ''} (on {when:%Y-%m-%d})"


def _month_only(phrase: str) -> bool:
    """ "in May", "next month": no day is known."""
    return not re.search(r"\d", phrase) and ("month" in phrase.lower()
                                             or any(m in phrase.lower() for m in MONTHS))


_THEIRS = {"my": "their", "me": "them", "i": "they", "i'm": "they're", "i've": "they've",
           "i'll": "they'll", "i'd": "they'd", "myself": "themselves"}


def _third_person(phrase: str) -> str:
    """ "tell my parents I'm gay" -> "tell their parents they're gay"."""
    return re.sub(r"\b(?:my|me|i'm|i've|i'll|i'd|i|myself)\b(?!')",
                  lambda m: _THEIRS[m.group(0).lower()], phrase, flags=re.IGNORECASE)


def _day(dt: datetime) -> datetime:
    return dt.replace(hour=0, minute=0, second=0, microsecond=0)
