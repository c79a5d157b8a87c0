"""Who is who in the user's life: their family's names and where they live.

Facts come back as (slot, value, text); memory.extract makes them ``Fact``s (many-valued: a
user has more than one sister). The name patterns live here too, since a relative is named in
them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Letters of names, accents too: "My little girl Lucía is two." (Tomás) named nobody.
UPPER = "A-ZÀ-ÖØ-Þ"
LETTERS = "a-zA-ZÀ-ÖØ-öø-ÿ"
A_NAME = rf"[{UPPER}][{LETTERS}'\-]+"
NAME = f"({A_NAME})"
# Not a month or a day: "I started university in September." names no home.
PLACE = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
         r"([A-Z][\w'\-]+(?:[ \-](?:(?:de|do|da|del|la|le|upon|on) )?[A-Z][\w'\-]+)*)")
GREETING_ALONE = re.compile(r"^((?i:hey|hi|hello|hiya|yo)(?: there)?)[.!]+\s+")  # "hey. im dev"
PET = (r"golden retriever|retriever|labrador|lab|poodle|terrier|spaniel|beagle|collie|sheepdog|"
       r"husky|dachshund|pug|greyhound|dog|puppy|cat|kitten|parrot|budgie|bird|rabbit|bunny|"
       r"guinea pig|hamster|goldfish|fish|horse|pony|turtle|tortoise|snake|lizard|gecko|ferret")
REL = (r"mother|mom|mum|father|dad|sister|brother|wife|husband|partner|son|daughter|girlfriend|"
       r"boyfriend|fianc[eé]e?|grandmother|grandma|granny|grandfather|grandpa|aunt|uncle|cousin|"
       r"niece|nephew|best friend|boss|roommate|flatmate|grandson|granddaughter|grandchild")
# After "called" or "named" a name may come lowercase: the recognizer writes "a dog called
# mango" when the name is also a word. Never a word that goes on the sentence.
# "they call me names in the corridor" gave the name "Names".
_GOES_ON = (r"(?!(?:is|was|and|but|has|who|that|because|so|names|stupid|weird|lazy|fat|ugly|"
            r"nerd|loser|crazy|mad|back|later|tomorrow|sometime|anytime|when|if|at|on)\b)")
_ANY_CASE_NAME = rf"[{LETTERS}][{LETTERS}'\-]+"
CALLED_NAME = _GOES_ON + "(" + _ANY_CASE_NAME + ")"
_KIDS = (r"(twins|kids|children|boys|girls|sons|daughters|grandkids|grandchildren|grandsons|"
         r"granddaughters)")
_CHILDREN = re.compile(r"\b(?i:(?:i've got|i have|we've got|we have|i've|we've) (?:two |three |"
                       r"four |)" + _KIDS + r",?\s+(?:(?i:called|named)\s+)?|my " + _KIDS
                       + r" are (?:(?i:called|named)\s+)?)((?-i:" + A_NAME + r")(?:(?:,\s*|"
                       r"\s+and\s+|,\s*and\s+)(?-i:" + A_NAME + r")){0,5})")
_CHILD_KIND = {"twins": "twin", "boys": "son", "sons": "son", "girls": "daughter",
               "daughters": "daughter", "grandkids": "grandchild", "grandchildren": "grandchild",
               "grandsons": "grandson", "granddaughters": "granddaughter"}
# "I had a baby boy three months ago, his name is Leo." was stored as "The user's family: Leo."
# (by the LLM: no relation), and "What's my son's name?" got "I don't think you've told me".
_NEWBORN = re.compile(
    r"\b(?i:(?:i|we)(?: just| recently| finally)? (?:had|have|welcomed|got) (?:a|our) (?:new |"
    r"little |beautiful |baby |newborn |first |second |third )*(?P<had>boy|girl|son|daughter|baby)"
    r"|my (?:(?:new |little |newborn )*baby(?: (?P<baby>boy|girl|son|daughter))?|(?:new |little |"
    r"newborn )+(?P<my>son|daughter|boy|girl)))\b(?:[^.!?]*?\b(?:(?i:his|her) name(?:'s| is)|"
    r"(?i:(?:he|she)(?:'s| is) called|called|named))\s+(?P<called>" + _GOES_ON
    + _ANY_CASE_NAME + r")|,? (?P<name>" + A_NAME + r")\b)?")
_BABY_KIND = {"boy": "son", "girl": "daughter", "son": "son", "daughter": "daughter"}
_NOT_A_NAME = ("is", "was", "and", "has", "i", "just", "who", "last", "this", "him", "her", "them",
               "it", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def about_family(sentence: str) -> list[tuple[str, str, str]]:
    """(slot, value, text) for each relative named in ``sentence``, and where one lives."""
    s = sentence
    found: list[tuple[str, str, str]] = []
    for m in re.finditer(r"\b(?i:my (" + REL + r"))(?:(?:'s name is|\s+is called|\s+is named|"
                         r",?\s+(?i:called|named))\s+" + CALLED_NAME + r"|\s+" + NAME + ")", s):
        rel, name = m.group(1).lower(), (m.group(2) or m.group(3)).capitalize()
        if name.lower() not in _NOT_A_NAME:
            found.append(_named(rel, name))

    # "I've got twins, Arjun and Maya" was no fact, and "What are my kids called?" got "Your kids
    # are called Raj and Raj." (the user's own name).
    if m := _CHILDREN.search(s):
        kind = _CHILD_KIND.get((m.group(1) or m.group(2)).lower(), "child")
        for name in re.findall(r"(?!(?:And|But|They|Who|The|So)\b)" + A_NAME, m.group(3)):
            found.append(_named(kind, name))

    if (m := _NEWBORN.search(s)) and (name := m["called"] or m["name"]):
        kind = _BABY_KIND.get((m["had"] or m["baby"] or m["my"] or "").lower(), "baby")
        if name.lower() not in _NOT_A_NAME and name.lower() not in ("boy", "girl", "baby"):
            found.append(_named(kind, name.capitalize()))

    # "My sister Priya lives in Glasgow": where someone close lives ("Where does my sister live?").
    for m in re.finditer(r"\b(?i:my (" + REL + r"))(?:,? " + NAME + r",?)? (?i:lives|is living|"
                         r"(?:has )?moved) (?i:in|to) " + PLACE, s):
        rel, place = m.group(1).lower(), m.group(3)
        found.append((f"lives:{rel}", place, f"The user's {rel} lives in {place}."))
    # "I look after my wife, she has MS." (Ahmed) was no fact, and "Who do I look after?" the
    # next day got "Ahmed looks after your wife".
    if m := _CARES_FOR.search(s):
        rel, ill = m.group(1).lower(), (m.group(2) or "").strip(" .,!")
        found.append((f"cares_for:{rel}", f"their {rel}", f"The user looks after their {rel}"
                      + (f", who has {ill}." if ill else ".")))
    return found


_CARES_FOR = re.compile(
    r"\b(?:i(?:'m| am)? (?:look(?:ing)? after|car(?:e|ing) for)|i(?:'m| am) (?:the |a )?(?:full[- ]"
    r"time )?carer for) my (" + REL + r")\b(?:,? (?:(?:and|as|since|because) )?(?:she|he|they)"
    r"(?: has got|'s got| has| lives with|'s) ([\w' ]{2,30}?)(?=[.,!;]|$| and\b| so\b))?",
    re.IGNORECASE)


def _named(relation: str, name: str) -> tuple[str, str, str]:
    return (f"family:{relation}:{name.lower()}", name, f"The user's {relation} is called {name}.")


_PRONOUN_NAMED = re.compile(r"^(?:(?i:oh|and|well|so|yeah)[, ]+)?(?i:(his|her) name(?:'s| is)|"
                            r"(he|she)(?:'s| is) called)\s+" + NAME + r"\b")
_ENGAGED = re.compile(r"\b(?:got|just got|am|i'm|we're|we are|we got) engaged\b", re.I)
_SPOKEN_OF = re.compile(r"\b(?i:my (?:new |little |older |younger |big )?(" + REL + r"))\b")


def named_by_pronoun(sentence: str, before: str) -> tuple[str, str, str] | None:
    """ "His name's Marco." after "I got engaged last weekend!" names the fiance: the person
    the user spoke of just ``before`` ("What's my fiance called?" got "I don't think you've
    told me your fiance's name yet")."""
    m = _PRONOUN_NAMED.match(sentence.strip())
    if m is None or m.group(3).lower() in _NOT_A_NAME:
        return None
    his = (m.group(1) or m.group(2)).lower() in ("his", "he")
    spoken_of = _SPOKEN_OF.findall(before)
    if spoken_of:
        relation = spoken_of[-1].lower()
    elif _ENGAGED.search(before):
        relation = "fiance" if his else "fiancee"
    else:
        return None
    return _named(relation.replace("é", "e"), m.group(3))


# "Oliver is in the army and he's being sent abroad next month." (Margaret, of her grandson,
# named the day before) was kept under "Oliver" only, and "What does my grandson do?" got "Your
# grandson Oliver is a computer programmer.": what is told of someone by name is kept under who
# they are too.
_TOLD_OF = re.compile(r"(?:^|(?<=[.!?])\s+)(" + A_NAME + r") ((?:is|was|works|lives|studies|"
                      r"teaches|has been|'s been|just got|got|started)\b[^.!?]{3,90})")
_KNOWN = re.compile(r"^The user's ([\w ]+) is called (" + A_NAME + r")\.$")
_ABOUT_THE_USER = re.compile(r"\b(?:i|me|my|i'm|i've|mine)\b", re.IGNORECASE)


def named_in(said: str) -> list[str]:
    """The names that ``said`` tells something of ("Oliver is in the army." -> ["Oliver"])."""
    return [m.group(1) for m in _TOLD_OF.finditer(said)]


def told_of_them(said: str, facts: Iterable[str]) -> list[tuple[str, str, str]]:
    """(slot, value, text) for what ``said`` tells of someone close by name, given the ``facts``
    already known ("The user's grandson is called Oliver.")."""
    who = {m.group(2): m.group(1) for text in facts if (m := _KNOWN.match(text))}
    found = []
    for m in _TOLD_OF.finditer(said):
        name, told = m.group(1), m.group(2).strip()
        if name in who and not _ABOUT_THE_USER.search(told):
            found.append((f"about:{who[name]}:{name.lower()}", told,
                          f"The user's {who[name]} {name} {told}."))
    return found


def about_pets(sentence: str) -> list[tuple[str, str, str]]:
    """(slot, value, text) for each of the user's pets named or told of in ``sentence``."""
    s = sentence
    found: list[tuple[str, str, str]] = []

    def pet(kind: str, name: str = "") -> None:
        slot = f"pet:{kind}:{name.lower()}" if name else f"pet:{kind}"
        if name and any(value == name for _, value, _ in found):
            return  # "I have a cocker spaniel called Biscuit" is told once
        found.append((slot, name or kind, f"The user has a {kind} called {name}." if name
                      else f"The user has a {kind}."))

    # "Our new puppy is called Biscuit."
    for m in re.finditer(r"\b(?i:(?:my|our) (?:new |little |old |baby )?(" + PET + r"))(?:(?:'s "
                         r"name is|\s+is called|\s+is named|,?\s+(?i:called|named))\s+"
                         + CALLED_NAME + r"|\s+" + NAME + ")", s):
        pet(m.group(1).lower(), (m.group(2) or m.group(3)).capitalize())
    # "I've got a cat called Biscuit, she keeps me company." (Margaret, 88), "We just got a
    # puppy!" (Ravi)
    for m in re.finditer(r"\b(?i:(?:i|we)(?:'ve| have)? (?:just |finally |recently )?(?:have|got|"
                         r"adopted|own|rescued|bought|brought home) (?:a|an|two|three) (?:new |"
                         r"little |rescue |baby )?(" + PET + r")s?)(?:\s+(?i:called|named)\s+"
                         + CALLED_NAME + r")?", s):
        pet(m.group(1).lower(), (m.group(2) or "").capitalize())
    # ...and then "He's a cocker spaniel called Biscuit.": told the next day "I don't think you've
    # told me your puppy's name yet."
    for m in re.finditer(r"(?:^(?i:he|she|it)(?:'s| is)|\b(?i:i|we)(?:'ve| have)? (?:just )?"
                         r"(?i:have|got|adopted|own|rescued|bought)) (?i:an? (?:new |little |"
                         r"rescue |lovely |gorgeous |baby )?((?:\w+ )?(?:" + PET + r"))) "
                         r"(?i:called|named) " + CALLED_NAME, s):
        pet(m.group(1).lower(), m.group(2).capitalize())
    return found
