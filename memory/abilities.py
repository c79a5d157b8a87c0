"""What the user's body makes hard for them: never to be suggested, like a dislike.

Told "I have arthritis in my knees, so long walks are hard.", the 1.5B answered "There are many
ways to stay active, such as hiking or biking", and later offered sights for a day on foot; told
"I have type 2 diabetes, so I have to watch my sugar.", it offered "a banana split with whipped
cream" for dessert. A friend remembers. Only physical activities count: "work is hard" or "life
is hard" is a feeling, not a thing to steer around.
"""

from __future__ import annotations

import re

# What one can find hard, in the words one says it (plural or -ing, as the user puts it).
_ACTIVITY = (r"(?:long |steep |big |)(?:walks?|walking|hikes?|hiking|stairs|steps|hills?|"
             r"climbing|running|jogging|standing|kneeling|bending down|lifting|cycling|biking|"
             r"dancing|swimming|gardening|driving|long drives|long flights)")
_HARD = (r"(?:(?:really |very |quite |too |so |a bit |much |getting )*(?:hard|difficult|painful|"
         r"tough|tricky|beyond me|too much)|(?:a |a real |a bit of a )(?:struggle|nightmare))")
# "so long walks are hard", "stairs are a struggle for me now"
_IS_HARD = re.compile(r"\b(" + _ACTIVITY + r") (?:is|are|has become|have become|got) " + _HARD
                      + r"\b", re.IGNORECASE)
# "I can't walk far anymore", "I can't manage stairs", "I can no longer drive"
_CANNOT = re.compile(r"\bi (?:can'?t|cannot|can no longer|can'?t really|struggle to|find it hard "
                     r"to) (?:manage |do |go on |)(walk (?:far|for long|very far|long distances|"
                     r"much)|climb stairs|stairs|run|jog|kneel|dance|cycle|ride a bike|drive|"
                     r"hike|long walks)\b", re.IGNORECASE)
_AS_THING = {"walk": "long walks", "climb stairs": "stairs", "run": "running", "jog": "running",
             "kneel": "kneeling", "dance": "dancing", "cycle": "cycling",
             "ride a bike": "cycling", "drive": "driving", "hike": "hiking"}
# A wheelchair says it without a word about walking.
_WHEELCHAIR = re.compile(r"\bi(?:'m| am) (?:in|using) a wheelchair\b|\bi use a wheelchair\b",
                         re.IGNORECASE)


_DIABETIC = re.compile(r"\bi(?:'m| am) (?:a )?diabetic\b|\bi(?: have|'ve got| was diagnosed with) "
                       r"(?:type (?:1|2|one|two) )?diabetes\b", re.IGNORECASE)
# "I'm coeliac" (Sofia) kept nothing, and "What should I have for lunch?" got whole-grain bread.
_COELIAC = re.compile(r"\bi(?:'m| am) (?:a )?(?:coeliac|celiac)\b|\bi(?: have|'ve got| was "
                      r"diagnosed with) (?:coeliac|celiac)\b|\bi(?:'m| am) gluten[- ]intolerant\b|"
                      r"\bi (?:can't|cannot|can not|don't|do not) (?:eat|have) (?:any )?gluten\b",
                      re.IGNORECASE)


def about_body(sentence: str) -> list[tuple[str, str, str]]:
    """Facts (slot, value, text) about what the user's body rules out."""
    facts = [(f"limit:{thing}", thing, f"The user finds {thing} hard.")
             for thing in hard_for_them(sentence)]
    if _DIABETIC.search(sentence):  # the wording of a diet (pipeline.prompting._DIETS)
        facts.append(("health:diabetes", "diabetic", "The user is diabetic."))
    if _COELIAC.search(sentence):
        facts.append(("health:coeliac", "coeliac", "The user is coeliac."))
    return facts


def hard_for_them(sentence: str) -> list[str]:
    """The activities this sentence says the user finds hard: "long walks", "stairs"."""
    things = [m.group(1).lower() for m in _IS_HARD.finditer(sentence)]
    for m in _CANNOT.finditer(sentence):
        verb = m.group(1).lower()
        things.append(_AS_THING.get(verb.split()[0] if verb.startswith("walk") else verb, verb))
    if _WHEELCHAIR.search(sentence):
        things += ["long walks", "hiking"]
    return list(dict.fromkeys(things))
