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


# A medicine by name, as people say it: also what pipeline.medicines_stopped guards.
# MEDICINE_NAMES is the bare alternation, for a pattern that captures the name.
MEDICINE_NAMES = (r"tablets|pills|meds|medication|medicine|antidepressants?|sertraline|"
                  r"citalopram|escitalopram|fluoxetine|prozac|mirtazapine|venlafaxine|duloxetine|"
                  r"paroxetine|amitriptyline|lithium|quetiapine|olanzapine|insulin|statins?|"
                  r"metformin|warfarin|apixaban|blood thinners?|steroids?|prednisolone|inhalers?|"
                  r"levothyroxine|lamotrigine|levetiracetam|(?:blood pressure|heart|bp|thyroid|"
                  r"diabetes|epilepsy) (?:tablets|pills|meds|medication)")
MEDICINES = f"(?:{MEDICINE_NAMES})"
# "What tablets did I say I was on?" (Gary) got only the tablets he had stopped: "I've been on
# sertraline for a year" was no fact.
_ON_MEDICINE = re.compile(rf"\bi(?:'m| am|'ve been| have been| was put) on (?:my )?"
                          rf"({MEDICINE_NAMES})\b|\bi take (?:my )?({MEDICINE_NAMES})\b",
                          re.IGNORECASE)
_OFF_MEDICINE = re.compile(r"\bi(?:'ve| have)? (?:stopped|quit|come off|came off|ditched) "
                           rf"(?:taking )?(?:my |the )?({MEDICINE_NAMES})\b", re.IGNORECASE)
_ANY = {"tablets", "pills", "meds", "medication", "medicine"}  # which, unsaid: no fact


def _medicines(sentence: str) -> list[tuple[str, str, str]]:
    """ "I've been on sertraline for a year" -> the user takes sertraline; "I've stopped my blood
    pressure tablets" -> stopped (the same slot: the newer holds)."""
    facts = []
    for found in _ON_MEDICINE.finditer(sentence):
        med = (found.group(1) or found.group(2)).lower()
        if med not in _ANY:
            # "What tablets did I say I was on?" got only the tablets stopped: said as asked
            pill = " tablets" if " " not in med and not med.endswith("s") and med != "insulin" \
                else ""
            facts.append((f"medicine:{med}", med, f"The user is on {med}{pill}."))
    for found in _OFF_MEDICINE.finditer(sentence):
        med = found.group(1).lower()
        if med not in _ANY:
            facts.append((f"medicine:{med}", f"stopped {med}", f"The user has stopped the {med}."))
    return facts


# "I've got breast cancer and they want me to have chemo." (Shona) kept nothing of the cancer.
_ILLNESS = re.compile(
    r"\bi(?:'ve| have|'m| am)? (?:got|have|been diagnosed with|was diagnosed with|just found out "
    r"i have|living with) ((?:(?:stage \w+|breast|bowel|lung|prostate|skin|ovarian|cervical|"
    r"blood|brain|pancreatic|liver|kidney|throat|secondary|terminal) )*(?:cancer|leukaemia|"
    r"leukemia|lymphoma|ms|multiple sclerosis|parkinson's|dementia|alzheimer's|epilepsy|copd|"
    r"heart failure|crohn's|lupus|endometriosis|long covid|fibromyalgia|motor neurone disease|"
    r"mnd|hiv|rheumatoid arthritis|arthritis))\b", re.IGNORECASE)


# ...and "What did I say the doctors want me to have?" got "You said you wanted to have
# chemotherapy.": whose advice it was is kept.
_ADVISED = re.compile(
    r"\b(?:they|the doctors?|my doctors?|the hospital|my consultant|the consultant|my oncologist|"
    r"the oncologist|my gp|the specialist)(?:'ve| have)? (?:want|wants|recommend|recommends|"
    r"recommended|advised|said i (?:need|should have)|think i (?:need|should have)) (?:me )?"
    r"(?:to have )?(chemo(?:therapy)?|radiotherapy|immunotherapy|surgery|an operation|dialysis|"
    r"a (?:hip |knee )?replacement|a transplant|a mastectomy|a hysterectomy|a stent|a bypass)\b",
    re.IGNORECASE)


def about_body(sentence: str) -> list[tuple[str, str, str]]:
    """Facts (slot, value, text) about what the user's body rules out, their illnesses, their
    medicines and the treatment their doctors advise."""
    facts = [(f"limit:{thing}", thing, f"The user finds {thing} hard.")
             for thing in hard_for_them(sentence)] + _medicines(sentence)
    if _DIABETIC.search(sentence):  # the wording of a diet (pipeline.prompting._DIETS)
        facts.append(("health:diabetes", "diabetic", "The user is diabetic."))
    if ill := _ILLNESS.search(sentence):
        what = re.sub(r"\b(?:ms|hiv|copd|mnd)\b", lambda m: m.group(0).upper(),
                      ill.group(1).lower())
        facts.append((f"health:{what}", what, f"The user has {what}."))
    if advised := _ADVISED.search(sentence):
        what = advised.group(1).lower()
        facts.append((f"treatment:{what}", what, f"The user's doctors advise {what}."))
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
