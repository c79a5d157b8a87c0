"""Typed words as they are meant: a line typed without apostrophes ("sometimes i think its my
fault", "i couldnt sleep") is read as "it's my fault", "couldn't": every rule that answers a
line (steers, the safety check, memory) knows the word with its apostrophe, and Rory, sixteen,
heard his own words back ("Sometimes you think it's your fault.") where a friend says it isn't.
Speech comes with apostrophes from whisper; this is for text (`companion chat`, MQTT `ask`).
"""

from __future__ import annotations

import re

# Words that are only ever the contraction ("cant" and "wont" barely exist on their own); the
# case is the one typed.
_CONTRACTIONS = {
    "im": "i'm", "ive": "i've", "dont": "don't", "cant": "can't", "wont": "won't",
    "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't",
    "werent": "weren't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't",
    "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't", "youre": "you're",
    "theyre": "they're", "thats": "that's", "whats": "what's", "wheres": "where's",
    "hows": "how's", "idk": "i don't know",
}
_WORD = re.compile(r"\b(" + "|".join(_CONTRACTIONS) + r")\b", re.IGNORECASE)
# "its" is "it's" where no noun can follow the possessive: "its my fault", "its been hard".
_ITS = re.compile(r"\bits(?= (?:my|your|his|her|our|their|not|so|too|been|going|gonna|just|"
                  r"really|all|okay|ok|fine|over|a|an|the|always|never|only|getting|like|what|"
                  r"that|probably|kind of|pretty|very|such|no|nothing|weird|true|hard|late|"
                  r"raining|cold|hot|fine)\b)", re.IGNORECASE)


def as_meant(typed: str) -> str:
    """``typed`` with its missing apostrophes put back."""
    text = _ITS.sub(lambda m: m.group(0)[0] + "t's", typed)
    return _WORD.sub(lambda m: _kept_case(m.group(1), _CONTRACTIONS[m.group(1).lower()]), text)


def _kept_case(typed: str, meant: str) -> str:
    """ "Dont" -> "Don't", "dont" -> "don't", "im" -> "i'm": a line typed in lowercase stays
    so (an introduction typed "hey im jess" is read by its lowercase)."""
    return meant[0].upper() + meant[1:] if typed[0].isupper() else meant
