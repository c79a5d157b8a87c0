"""Plain spoken sums ("what's fifteen percent of eighty?"), worked out here, not by the model.

The 1.5B guesses at arithmetic: asked "What's fifteen percent of eighty?" it said "Fifteen
percent of eighty is seven." A speaker that gets a sum wrong is worse than one that cannot do
sums, so a line that is nothing but a sum (numbers as digits or words, since speech recognition
gives either) is answered at once, echoing the sum with digits: "15% of 80 is 12." Anything with
other words in it ("I spent fifteen percent of my salary on rent") is left to the model.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator

_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SMALL = {w: n for n, w in enumerate(_UNITS)} | {w: 20 + 10 * n for n, w in enumerate(_TENS)}
_SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9}
_DIGITS = {w: str(n) for n, w in enumerate(_UNITS[:10])} | {"oh": "0"}  # "three point oh five"

# The asking around the sum; the lazy body stops before a closing "make", "equals", "please".
_ASK = re.compile(
    r"(?:\w+, )?(?:(?:hey|ok|okay|so|um|erm|right|and),? )?"  # "Juniper, ...", "Okay, ..."
    r"(?:(?:can|could|would|will) you (?:please )?|please )?"
    r"(?:work out |calculate |tell me |figure out |do )?"
    r"(?:what's |whats |what is |how much is |how much (?:does|do) |what do you get (?:if|when) "
    r"you |what (?:does |do |would |will )?)?"
    r"(?P<body>.+?)"
    r"(?: equals?| equal to| makes?| comes? to| is| be)?(?:,? (?:please|for me|then))*")

# (the spoken echo, the arithmetic, the ways of saying it): {a} and {b} are the numbers.
_OPS: list[tuple[str, Callable[..., float], str]] = [
    ("{a}% of {b}", lambda a, b: a * b / 100, "{a} percent of {b}"),
    ("{a} plus {b}", lambda a, b: a + b,
     "{a} plus {b}|{a} add {b}|{a} + {b}|add {a} and {b}|add {a} to {b}"),
    ("{a} minus {b}", lambda a, b: a - b, "{a} minus {b}|{a} take away {b}|subtract {b} from {a}"
     "|take {b} from {a}|take {b} away from {a}|take away {b} from {a}"),
    ("{a} times {b}", lambda a, b: a * b, "{a} times {b}|{a} multiplied by {b}|{a} x {b}"
     "|{a} × {b}|{a} * {b}|multiply {a} by {b}|times {a} by {b}"),
    ("{a} divided by {b}", lambda a, b: a / b,
     "{a} divided by {b}|{a} over {b}|{a} ÷ {b}|divide {a} by {b}"),
    ("{a} squared", lambda a: a * a, "{a} squared|square {a}"),
    ("the square root of {a}", lambda a: math.sqrt(a), "the square root of {a}|square root of {a}"),
    ("half of {a}", lambda a: a / 2, "half of {a}|one half of {a}|halve {a}"),
    ("a third of {a}", lambda a: a / 3, "a third of {a}|one third of {a}"),
    ("a quarter of {a}", lambda a: a / 4, "a quarter of {a}|one quarter of {a}"),
    ("double {a}", lambda a: 2 * a, "double {a}|twice {a}"),
]


def sum_answer(text: str) -> str | None:
    """ "15% of 80 is 12." for a line that is only a plain sum; None for anything else."""
    said = text.lower().replace("’", "'").strip()
    said = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", said)  # "1,200"; any comma left: more talk
    said = said.replace("%", " percent").replace("per cent", "percent")
    said = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", said)  # "twenty-five"
    said = re.sub(r"\s*([+×*÷])\s*", r" \1 ", said)
    asked = _ASK.fullmatch(" ".join(re.sub(r"[?!.\s]+$", "", said).split()))
    if asked is None or len(asked["body"].split()) > 20:  # no sum is that long
        return None
    for echo, work, forms in _OPS:
        for values in (v for form in forms.split("|") for v in _fill(asked["body"], form)):
            try:
                result = work(**values)
            except ZeroDivisionError:
                return "You can't divide by zero, I'm afraid."
            except (ValueError, OverflowError):  # the root of a negative: the model says
                return None
            if abs(result) >= 1e15:  # past what a float holds exactly
                return None
            sum_said = echo.format(**{k: _say(v) for k, v in values.items()})
            return f"{sum_said[0].upper()}{sum_said[1:]} is {_say(result, answer=True)}."
    return None


def _fill(body: str, form: str) -> Iterator[dict[str, float]]:
    """Every way ``body`` fits ``form`` ("add {a} and {b}") with a number in each slot: "add a
    hundred and twelve and five" is tried at each "and" until both sides are numbers."""
    parts = re.split(r"\{(\w)\}", form)  # "add {a} and {b}" -> ["add ", "a", " and ", "b", ""]
    head, names, tail = parts[0], parts[1::2], parts[-1]
    if not (body.startswith(head) and body.endswith(tail)) or len(body) <= len(head + tail):
        return
    core = body[len(head):len(body) - len(tail)]
    cuts = [(m.start(), m.end()) for m in re.finditer(re.escape(parts[2]), core)] \
        if len(names) == 2 else [(len(core), len(core))]
    for start, end in cuts:
        numbers = [_number(core[:start]), _number(core[end:])][:len(names)]
        if None not in numbers:
            yield dict(zip(names, numbers, strict=True))


def _number(phrase: str) -> float | None:
    """ "3.5", "two point five", "a hundred and twelve", "six and a half" -> the number."""
    if re.fullmatch(r"-?\d+(?:\.\d+)?", phrase):
        return float(phrase)
    words = phrase.split()
    if phrase.endswith(" and a half"):
        whole = _whole(words[:-3])
        return None if whole is None else whole + 0.5
    if "point" in words:  # "two point five": digits after the point, one word each
        at = words.index("point")
        whole = _whole(words[:at]) if at else 0
        digits = [_DIGITS.get(w, "") for w in words[at + 1:]]
        return None if whole is None or not digits or "" in digits else \
            float(f"{whole}.{''.join(digits)}")
    whole = _whole(words)
    return None if whole is None else float(whole)


def _whole(words: list[str]) -> int | None:
    """ "one thousand two hundred" -> 1200; None for "five five", "fifty five years"."""
    total, part, last, scale = 0, 0, "", 10**12
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if word == "a" and i == 0 and after in _SCALES:  # "a hundred", "a thousand"
            part = 1
        elif word in _SMALL:
            value = _SMALL[word]
            if last == "a" or (value == 0 and len(words) > 1) or \
                    (last in _SMALL and not (_SMALL[last] >= 20 and 0 < value < 10)):
                return None  # only a ten may be followed by a unit: "twenty five"
            part += value
        elif word == "hundred" and last in (*_SMALL, "a") and 0 < part < 100:
            part *= 100  # "twelve hundred" too
        elif word in _SCALES and word != "hundred" and 0 < part < 1000 and _SCALES[word] < scale:
            total, part, scale = total + part * _SCALES[word], 0, _SCALES[word]
        elif not (word == "and" and last in _SCALES and after in _SMALL):  # "a hundred and two"
            return None
        last = word
    return total + part if words else None


def _say(x: float, answer: bool = False) -> str:
    """1200.0 -> "1,200", -2.0 -> "minus 2"; an answer is rounded, and said "about 3.33"."""
    near = round(x, 2 if abs(x) >= 0.01 else 4) if answer else x
    about = "about " if abs(near - x) > 1e-9 * max(1.0, abs(x)) else ""
    number = f"{int(abs(near)):,}" if near.is_integer() else f"{abs(near):,}"
    return f"{about}{'minus ' if near < 0 else ''}{number}"
