"""Who the user has lost, kept as a fact so that no later reply asks after them.

Pearl told it "My husband Arthur died two years ago."; the next day "I had fish and chips on the
pier, Arthur's favourite." got "How are things going with Arthur?" from the 1.5B: nothing in
its prompt said he had died. Each loss becomes "The user lost their husband Arthur." (a fact
with its own slot, many-valued; "you lost your husband Arthur" when memories are told), which
the profile reads (``LOST``, ``pipeline.user_profile``).

Only a relative, a friend or a pet, by relation word: "my phone died", "the plant died" and "my
dad nearly died" are no losses.
"""

from __future__ import annotations

import re

from memory.people import A_NAME, PET, REL

_WHO = rf"(?i:{REL}|nan|nana|gran|grandad|granddad|friend|old friend|{PET})"
_NAMED = rf"(?!['’])(?:,? ({A_NAME}),?)?"  # not "my dad's watch"
# "passed" alone only as a death: "my mum passed her test" is none
_DIED = (r"(?i:died|passed away|passed on|passed(?=\s*[.,!?]|\s*$| (?:last|recently|yesterday|in "
         r"\d{4}|(?:\w+ ){1,2}ago)\b)|was killed|has died|is dead|had to be put (?:down|to sleep)|"
         r"was put (?:down|to sleep))")
_LOSSES = (
    re.compile(rf"\b(?i:my|our) (?i:late) ({_WHO}){_NAMED}"),  # my late husband Arthur
    re.compile(rf"\b(?i:i|we) (?i:lost|buried) (?i:my|our) ({_WHO}){_NAMED}"),  # I lost my wife
    # My husband Arthur died two years ago. / Since Dad died ... / my dog had to be put down
    re.compile(rf"\b(?i:my|our) ({_WHO}){_NAMED} {_DIED}\b"),
    re.compile(rf"\b(?i:since|after|when) ((?i:mum|mom|dad|mother|father|gran|grandad|nan)) "
               rf"(){_DIED}\b"),
)
# The fact's wording, read back: who was lost
LOST = re.compile(rf"^The user lost their ({_WHO}(?: {A_NAME})?)\.$")
# "my dad nearly died", "I thought my mum would die", "if my dog died": no loss.
_NOT_SO = re.compile(r"\b(?:nearly|almost|could have|would have|might have|if|thought)\b", re.I)
_LOST_TRACK = re.compile(r"\blost (?:my|our) (?:\w+ ){1,2}(?:at|in) the\b", re.I)  # in the park


def losses_told(sentence: str) -> list[tuple[str, str, str]]:
    """(slot, value, text) for each person or pet this sentence says the user has lost."""
    if _NOT_SO.search(sentence) or _LOST_TRACK.search(sentence):
        return []
    found: list[tuple[str, str, str]] = []
    for pattern in _LOSSES:
        for m in pattern.finditer(sentence):
            who = re.sub(r"\s+", " ", m.group(1).lower())
            name = m.group(2) or ""
            if name.lower() in _NOT_A_NAME:
                name = ""
            said = f"{who} {name}".strip()
            found.append((f"died:{who}:{name.lower()}", said, f"The user lost their {said}."))
    return list({slot: (slot, value, text) for slot, value, text in found}.values())


# Words that may follow "my late husband" with a capital at a sentence's start
_NOT_A_NAME = frozenset(("i", "and", "but", "he", "she", "it", "we", "they", "was", "is"))
