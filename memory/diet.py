"""What the user eats and drinks: a diet ("I'm vegetarian", and its end), sobriety, and food
that makes them ill.

Facts come back as (slot, value, text); memory.extract makes them preference ``Fact``s, one
value at a time. Both rule suggestions out (pipeline.prompting: "meat or fish (vegetarian)",
"alcohol (sober)").
"""

from __future__ import annotations

import re

_SOBER = re.compile(r"\bi(?:'m| am| have been|'ve been) (?:now |\w+ (?:days?|weeks?|months?|"
                    r"years?) |)sober\b|\bi(?:'m| am) (?:a )?(?:recovering alcoholic|in "
                    r"recovery)\b|\bi (?:quit|stopped|gave up) (?:drinking|alcohol|the booze)\b|"
                    r"\bi(?:'ve| have) (?:quit|stopped|given up) (?:drinking|alcohol)\b|\bi "
                    r"(?:don't|do not) drink (?:alcohol|anymore|any more)\b", re.I)
_FOODS = (r"(?:(?!(?:of|the|a|an|and|to|my|some|any|all)\b)[a-z]+ )?(?:food|foods|meat|fish|"
          r"pork|beef|chicken|lamb|seafood|dairy|milk|cheese|coffee|curry|curries|"
          r"chilli|chili|spice|spices|garlic|onions?|eggs?|sugar|chocolate|wine|beer|alcohol|"
          r"bread|pizza|burgers?|chips|fries)")
_SICKENS = re.compile(r"\b(?!(?:the|all|any|most)\b)(" + _FOODS + r") (?:makes?|is making|are "
                      r"making) me (?:feel )?(?:sick|ill|nauseous|queasy)\b|\bi (?:can't|cannot|"
                      r"don't|do not|never) (?:eat|stomach|keep down) (?:any )?(" + _FOODS
                      + r")\b", re.I)
# "I can't eat anything spicy, it upsets my stomach." (Margaret) is spicy food.
_ANYTHING = re.compile(r"\banything (spicy|greasy|fried|fatty|sugary|sweet|rich|salty|acidic)\b",
                       re.I)
_DIETS = r"(vegetarian|vegan|pescatarian)"


def _diet(s: str) -> list[tuple[str, str, str]]:
    """One diet at a time: "I've started eating fish again" ends "The user is vegetarian.",
    which had kept every fish dish out of the suggestions for good."""
    i = re.IGNORECASE
    if m := re.search(r"\bi(?:'m| am)(?: now| a)? " + _DIETS + r"\b|\bi(?:'ve| have)? ?(?:gone|"
                      r"become|became|turned|went) (?:fully )?" + _DIETS + r"\b", s, i):
        diet = (m.group(1) or m.group(2)).lower()
        return [("diet", diet, f"The user is {diet}.")]
    if m := re.search(r"\bi(?:'m| am) (?:not|no longer) (?:a )?" + _DIETS + r"\b|\bi(?:'ve| have)?"
                      r" ?(?:stopped|quit|gave up|given up) being (?:a )?" + _DIETS, s, i):
        diet = (m.group(1) or m.group(2)).lower()
        return [("diet", f"no longer {diet}", f"The user is no longer {diet}.")]
    food = r"(meat|fish|chicken|seafood)"
    if m := re.search(r"\bi(?:'ve| have)? (?:started|begun|began) eating " + food + r"|\bi(?:'m|"
                      r" am) eating " + food + r" again|\bi eat " + food + r" (?:again|now)\b",
                      s, i):
        food = next(g for g in m.groups() if g).lower()
        return [("diet", f"eats {food}", f"The user eats {food} now.")]
    return []


def about_diet(s: str) -> list[tuple[str, str, str]]:
    """The diet the sentence ``s`` tells, and whether the user is sober."""
    # "I'm six months sober today." was kept nowhere; a sober user is never offered a drink.
    sober = [("sober", "sober", "The user is sober.")] if _SOBER.search(s) else []
    return _diet(s) + sober


def food_that_sickens(s: str) -> str:
    """The food the user cannot eat, or that makes them sick ("" for none): "Spicy food makes me
    feel sick at the moment." (Ruth, on chemo) was kept nowhere, and "suggest a nice dinner"
    could have been a curry. "All the food makes me sick" bans no dish."""
    found = _SICKENS.search(_ANYTHING.sub(r"\1 food", s))
    food = (found.group(1) or found.group(2)) if found else ""
    return "" if food.lower() in ("food", "foods") else food
