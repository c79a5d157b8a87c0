"""Facts and preferences from what the user says, by rules (an LLM may add more, never needed).

Each fact names a ``slot`` (what it is about). A slot that holds one value at a time ("home",
"job", "like:coffee") is superseded when a newer turn gives it another value: "I moved to Porto"
after "I live in Lisbon". Many-valued slots (pets, family members) just accumulate.
Emotionally important events (an interview, surgery, a breakup) are facts that ask for a
follow-up later, from ``due`` on.
"""

from __future__ import annotations

import re
from datetime import datetime

from memory.abilities import about_body
from memory.diet import about_diet, food_that_sickens
from memory.events import EVENTS, events_told
from memory.fact import Extractor, Fact, article, clean, slot_key
from memory.losses import losses_told
from memory.people import CALLED_NAME as _CALLED_NAME
from memory.people import GREETING_ALONE, PET, REL, about_family, about_pets
from memory.people import NAME as _NAME
from memory.people import PLACE as _PLACE

__all__ = ["EVENTS", "JOBS", "PET", "REL", "Extractor", "Fact", "extract_facts"]

JOBS = (r"teacher|nurse|doctor|engineer|software engineer|developer|programmer|designer|lawyer|"
        r"student|writer|chef|cook|accountant|manager|artist|musician|farmer|pilot|driver|"
        r"scientist|data scientist|researcher|architect|electrician|plumber|carpenter|"
        r"photographer|journalist|librarian|pharmacist|dentist|vet|veterinarian|firefighter|"
        r"police officer|consultant|cashier|waiter|waitress|baker|mechanic|translator|"
        r"therapist|professor|carer|caregiver|secretary|salesperson|barista|painter|actor|"
        r"retiree|tailor|gardener|cleaner|social worker|paramedic|midwife|economist|analyst")
_PLAY_NOT_A_THING = {"with", "it", "along", "around", "up", "dead", "nice", "fair", "safe", "hard",
                     "well", "badly", "together", "outside", "music", "them", "him", "her"}
# "I'm not a morning person", "not a big fan of", "I'm not a bad person": no thing disliked.
_NOT_TASTES = {"morning", "night", "evening", "early", "people", "details", "big", "huge", "great",
               "massive", "real", "patient", "confident", "natural", "good", "very", "bad", "nice",
               "horrible", "terrible", "awful", "mean", "lazy", "happy", "sad", "better", "strong",
               "weak", "normal", "rude", "cruel", "shy", "loud", "angry", "perfect", "social",
               "emotional", "spiritual", "violent", "sporty", "outdoorsy", "different", "kind",
               "quiet", "busy", "lucky", "brave", "tough", "smart", "clever", "proud", "single"}
# ...nor an adjective by its ending: "a jealous person", "a spiteful person".
_ADJECTIVE = re.compile(r"(?:ous|ful|ive|ish|ible|able|less)$")
_SKIP_OBJECTS = {"it", "that", "this", "them", "you", "him", "her", "to", "so", "a", "the", "me"}


# "Hi, I'm Raj." / "I'm Lena, I study biology.": a capitalised word alone after "I'm", at the
# start or after a greeting, is a name, unless it is one of the few other words written so.
# "By the way, I'm Aisha." mid-conversation is an introduction too.
_GREETED = (r"(?:^|\b(?i:hi|hello|hey|hiya|yo|morning|evening|by the way|btw|oh|actually|anyway|"
            r"sorry|alright)\b(?: (?i:there|again|all|dear|love|mate|everyone))?")
# "Hello. Raj here." is an introduction too.
_INTRO = re.compile(_GREETED + r"[\s,!.]*(?i:and )?)(?:(?i:i'm|i am|im) " + _NAME
                    + r"(?=\s*(?:[,.!?]|$)|\s+(?i:and|here|from|by the way|btw)\b)|" + _NAME
                    + r",? (?i:here)(?=\s*(?:[,.!]|$)))")
# Typed all in lowercase, "im tom, im 17" is an introduction too when an age follows it, and
# "hey im jess" when the line says nothing more.
_LOWER_INTRO = re.compile(r"^(?:(?:hey|hi|hello|yo)[\s,!.]*)?(?:i'm|im|i am) ([a-z]{2,15}),? "
                          r"(?:and )?(?:i'm|im|i am) (?:\d{1,3}|[a-z]+teen|one|two|three|four|"
                          r"five|six|seven|eight|nine|ten|eleven|twelve)\b|"
                          r"^(?:hey|hi|hello|yo)(?: there)?[\s,!.]+(?:i'm|im|i am) ([a-z]{2,15})"
                          # "yo im tyrone, i live in birmingham" (Tyrone, 19)
                          r"(?:[\s.!]*$|,? (?:and )?(?:i live in|i'm from|im from|from) )|"
                          r"^(?:hey|hi|hello|yo|evening|morning)[\s,!.]+([a-z]{2,15}) "
                          r"here[\s.!]*$|^(?i:hey|hi|hello|yo|ye|yeah)[\s,!.]+(?i:it's|its) "
                          r"([A-Za-z]{2,15})(?: again| here)?[\s.!]*$")
# Typed in lowercase, a home has no capital: "i live in birmingham" (not "in fear", "in a flat").
_LOWER_HOME = re.compile(r"\bi live in ([a-z]{3,20}(?: [a-z]{3,20})?)(?=\s*(?:[,.!?]|$|and\b|"
                         r"with\b|now\b|tbh\b|lol\b))")
_NOT_PLACES = frozenset(("the", "fear", "hope", "denial", "constant", "terror", "dread", "misery",
                         "pain", "peace", "poverty", "luxury", "sin", "squalor", "limbo", "chaos",
                         "silence", "comfort", "shame", "awe", "there", "here", "town", "city",
                         "country", "village", "flat", "house", "hiding", "hospital", "care",
                         "halls", "student", "shared", "council", "social", "temporary", "one",
                         "two", "three", "his", "her", "their", "our", "this", "that", "my", "its"))
_NOT_NAMES = frozenset((
    "ok", "okay", "fine", "sorry", "good", "great", "back", "here", "home", "done", "ready",
    "american", "british", "english", "scottish", "welsh", "irish", "canadian", "australian",
    "indian", "chinese", "japanese", "korean", "french", "german", "italian", "spanish",
    "portuguese", "dutch", "polish", "russian", "ukrainian", "mexican", "brazilian", "african",
    "european", "asian", "christian", "catholic", "protestant", "jewish", "muslim", "hindu",
    "buddhist", "sikh", "atheist", "vegan", "vegetarian", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "raining", "cold", "hot", "time", "true", "hard",
    # ...and, before "here", words that are no one's name ("I'm here.", "Nobody here.").
    "i'm", "i", "it", "it's", "we", "we're", "they", "they're", "you", "you're", "he", "she",
    "me", "nobody", "everybody", "everyone", "someone", "somebody", "anyone", "nothing", "mum",
    "mom", "dad", "just", "still", "not", "right", "over", "up", "down", "out", "in", "new",
    "bored", "tired", "sad", "sick", "lonely", "single", "married", "alone", "stuck", "busy",
    "scared", "stressed", "lost", "broke", "free", "late", "only", "almost", "nearly", "about",
    "hungry", "sleepy", "exhausted", "awake", "upset", "angry", "happy", "excited", "nervous",
    "worried", "confused", "cold", "hot", "ill", "well", "alright", "so", "very", "really", "also",
    "too", "already", "off", "a", "an", "the", "feeling", "going", "leaving", "sad", "bored"))


_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_AGE_WORDS = (r"(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS[1:10]) + r"))?|"
              + "|".join(sorted(_UNITS[3:], key=len, reverse=True)))
# "I'm sixteen", "I'm 79 and I live on my own", "I am 42 years old"; not "I'm 5 minutes away".
_AGE = re.compile(r"\b(?i:i'm|i am|im) (\d{1,3}|(?i:" + _AGE_WORDS + r"))(?=(?: years? old)?"
                  r"\s*(?:[,.!?;]|$|(?i:and|now|today)\b))")


def _number(words: str) -> int:
    """ "79" or "seventy-nine" -> 79."""
    if words.isdigit():
        return int(words)
    parts = re.split(r"[- ]", words.lower())
    tens = 20 + 10 * _TENS.index(parts[0]) if parts[0] in _TENS else 0
    return tens + (_UNITS.index(parts[-1]) if parts[-1] in _UNITS else 0)


def _sentences(text: str) -> list[str]:
    text = GREETING_ALONE.sub(r"\1, ", text)  # "hey. im dev": the greeting goes with the name
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\s*;\s*|\n+", text) if s.strip()]


def _rules(sentence: str, said: datetime) -> list[Fact]:
    s = sentence
    facts: list[Fact] = []
    i = re.IGNORECASE

    # "Alright. Name's Gary." and "The name's Bond." begin their sentence.
    m = re.search(r"(?:^(?i:the )?(?i:name's)|\b(?i:my name is|my name's|i'm called|i am "
                  r"called|call me|(?:everyone|everybody|people|my friends|friends|most people) "
                  r"(?:all |just )?calls me)) "
                  + _CALLED_NAME, s)
    if m is None and (m := _INTRO.search(s) or _LOWER_INTRO.search(s)) and \
            next(g for g in m.groups() if g).lower() in _NOT_NAMES:
        m = None
    if m:
        name = next(g for g in m.groups() if g).capitalize()
        facts.append(Fact("name", name, f"The user's name is {name}."))
    if (m := _AGE.search(s)) and 3 <= (age := _number(m.group(1))) <= 120:
        facts.append(Fact("age", str(age), f"The user is {age} years old."))

    facts += [Fact(slot, value, text, single=False) for slot, value, text in about_family(s)]

    facts += [Fact(slot, value, text, single=False) for slot, value, text in about_pets(s)]

    if m := re.search(r"\b(?i:i live in|i'm living in|i am living in|we live in|i now live in|"
                      r"i(?:'ve| have)? (?:just )?(?:moved|relocated) to|we(?:'ve| have)? "
                      r"(?:just )?moved to|i'm moving to|i am moving to|i(?:'ve| have)? (?:just )?"
                      # a student lives where they study: the help line is that country's
                      r"(?:started|began|begun) (?:uni|university|college) in|i'm at (?:uni|"
                      r"university|college) in|i study in)\s+(the )?" + _PLACE, s):
        place = (m.group(1) or "") + m.group(2)  # "the UK", "the Netherlands"
        moved = re.search(r"mov|reloc|started|began|begun", m.group(0), re.I) is not None
        # One wording whatever the verb: "where do I live?" must find the newest home.
        facts.append(Fact("home", place, f"The user lives in {place}"
                          + (" (moved there)." if moved else ".")))
        # "Where do I study?" (Daniel, at uni in Glasgow) got "You'll study at Glasgow University."
        if re.search(r"\b(?:uni|university|college|study)\b", m.group(0), re.I):
            school = "college" if "college" in m.group(0).lower() else "university"
            facts.append(Fact("school", place, f"The user is at {school} in {place}."))
    elif (m := _LOWER_HOME.search(s)) and m.group(1).split()[0] not in _NOT_PLACES:
        place = m.group(1).title()  # "yo im tyrone, i live in birmingham": the help line's country
        facts.append(Fact("home", place, f"The user lives in {place}."))
    if m := re.search(r"\b(?i:i'm from|i am from|i grew up in|i was born in)\s+" + _PLACE, s):
        facts.append(Fact("origin", m.group(1), f"The user is from {m.group(1)}."))

    if m := re.search(r"\b(?:i work as|i'm working as|my job is|i (?:got|started|began|have|"
                      r"found) a (?:new )?job as|"
                      r"i(?:'m| am) (?:now )?(?:a|an)) (?:a |an )?(" + JOBS + r")\b", s, i):
        job = m.group(1).lower()
        facts.append(Fact("job", job, f"The user works as {article(job)} {job}."))
    elif m := re.search(r"\b(?:i used to (?:be|work as)|i worked as|i was|i(?:'m| am) a retired|"
                        r"i retired as) (?:a |an )?(?!student|retiree)(" + JOBS + r")\b", s, i):
        # "I used to be a carpenter" gave the LLM's "The user's job: carpenter." and the reply
        # "Your job was carpenter."
        job = m.group(1).lower()
        facts.append(Fact("job", job, f"The user is a retired {job}." if _RETIRED.search(s)
                          else f"The user used to work as {article(job)} {job}."))
    elif m := re.search(r"\bi(?: still)? drive (?:a|an) (taxi|cab|bus|lorry|truck|van|tram|train|"
                        r"delivery van|ambulance)\b(?! to\b)", s, i):
        job = f"{m.group(1).lower()} driver"  # "I drive a taxi, twelve hours a day"
        facts.append(Fact("job", job, f"The user works as {article(job)} {job}."))
    elif _RETIRED.search(s):
        facts.append(Fact("job", "retired", "The user is retired."))
    # "I'm studying law at Bristol.", then "What am I studying?" got "I'm studying for my exam."
    if (m := re.search(r"\b(?i:i(?:'m| am) (?:studying|reading|doing a degree in)|i study) "
                       r"(?!(?i:for|hard|all|a lot|now|tonight|today|late|at|in|with)\b)"
                       r"([a-zA-Z][\w ]{1,30}?)(?: (?i:at) " + _PLACE
                       + r")?(?=\s*[.,!?;]|\s+(?i:and|but|so)\b|$)", s)):
        subject, where = m.group(1).lower(), f" at {m.group(2)}" if m.group(2) else ""
        facts.append(Fact("study", subject, f"The user studies {subject}{where}."))
    if m := re.search(r"\b(?i:i work (?:at|for)) " + _PLACE, s):
        facts.append(Fact("workplace", m.group(1), f"The user works at {m.group(1)}."))

    if m := re.search(r"\bmy fav(?:o|ou)rite ([\w ]{2,30}?) (?:is|are) ([^.,!?;]{2,40})", s, i):
        what, value = m.group(1).lower(), clean(m.group(2))
        facts.append(Fact(f"favorite:{slot_key(what)}", value,
                          f"The user's favorite {what} is {value}.", "preference"))
    for m in re.finditer(r"\bi(?: (?:really |also |just |absolutely )?(love|like|enjoy|adore|"
                         r"hate|dislike|can't stand|cannot stand|(?:don't|do not) (?:really |much "
                         r"|particularly )?(?:like|enjoy|care for)|no longer like)|(?:'m| am) "
                         r"(not (?:really |a big |much of )?(?:a )?fan of))"
                         r"(?! to me)\s+([^.,!?;]{2,60})", s, i):
        # "What do I love doing?" gave "The user loves doing.": asked, it tells no taste ("Did I
        # tell you I love jazz?" does).
        if re.search(r"\b(?:do|did|does|would|will)\s+$", s[: m.start()], re.I):
            continue
        verb, obj = (m.group(1) or m.group(2)).lower(), re.sub(r"\b(?i:my)\b", "their",
                                                               clean(m.group(3)))
        if not obj or obj.split()[0].lower() in _SKIP_OBJECTS and len(obj.split()) == 1:
            continue
        verb_text = {"love": "loves", "like": "likes", "enjoy": "enjoys", "adore": "adores"}.get(
            verb, "dislikes")
        taste = "dislikes" if verb_text == "dislikes" else "likes"
        facts.append(Fact(f"like:{slot_key(obj)}", taste, f"The user {verb_text} {obj}.",
                          "preference"))
    # "No, I'm not really a golf person." (Frank, retired, told to take up golf) and "I'm not
    # really a salad person." (Mick, newly diabetic) were no dislike: golf came back later.
    for m in re.finditer(r"\b(?:i'm|i am|im) not (?:really |much of |a big |a huge |exactly |"
                         r"very much )?(?:a|an) ([a-z]+(?: [a-z]+)?) (?:person|fan|lover|guy|"
                         r"girl|man|woman|type)\b|\b(?:i'm|i am|im) not (?:really |very |that |"
                         r"too )?(?:into|keen on|fussed (?:on|about)) ([^.,!?;]{2,40})|"
                         r"\b([a-z]+(?: [a-z]+)?) (?:is|isn't|is not|'s not|really isn't|just "
                         r"isn't) (?:really )?(?:not )?(?:my thing|for me)\b", s, i):
        what = clean(next(g for g in m.groups() if g)).lower()
        negated = m.group(3) is None or re.search(r"n't|not", m.group(0), re.I)
        if not what or what.split()[0] in _SKIP_OBJECTS | _NOT_TASTES or not negated or \
                _ADJECTIVE.search(what.split()[0]) or \
                re.search(r"\b(?:do|did|does|would|will)\s+$", s[: m.start()], re.I):
            continue
        facts.append(Fact(f"like:{slot_key(what)}", "dislikes", f"The user dislikes {what}.",
                          "preference"))
    # "i just play minecraft to forget about it", then "what game do i play?" got "You can play
    # Minecraft, which is a fun game...": what the user plays is theirs to be told back.
    if (m := re.search(r"(?<!when )(?<!if )\bi (?:just |also |still |mostly |usually |often |"
                       r"really )?play (?:a lot of |a bit of |some )?((?:the )?[a-z][\w']{1,20}"
                       r"(?: [a-z][\w']{1,20})?)(?= to | with | every| on | at | in | for | since "
                       r"| and |[.,!?;]|$)", s, i)) \
            and m.group(1).split()[0].lower() not in _PLAY_NOT_A_THING:
        what = clean(m.group(1), 3)
        facts.append(Fact(f"plays:{slot_key(what)}", what, f"The user plays {what}.", "preference",
                          single=False))
    if food := clean(food_that_sickens(s)).lower():  # "Spicy food makes me feel sick"
        facts.append(Fact(f"like:{slot_key(food)}", "dislikes", f"The user dislikes {food}.",
                          "preference"))
    facts += [Fact(slot, value, text, "preference") for slot, value, text in about_diet(s)]
    facts += [Fact(slot, value, text, "preference", single=False)
              for slot, value, text in about_body(s)]
    facts += [Fact(slot, value, text, single=False) for slot, value, text in losses_told(s)]
    if m := re.search(r"\bi(?:'m| am) allergic to ([^.,!?;]{2,40})", s, i):
        what = clean(m.group(1))
        facts.append(Fact(f"allergy:{slot_key(what)}", what, f"The user is allergic to {what}.",
                          single=False))

    facts += events_told(s, said)
    return facts


_RETIRED = re.compile(r"\b(?:i(?:'m| am) (?:a )?retired|i retired|before i retired)\b", re.I)


def extract_facts(text: str, said: datetime, extra: Extractor | None = None) -> list[Fact]:
    """Facts in one user turn; ``extra`` (e.g. an LLM) may add facts the rules miss."""
    facts: list[Fact] = []
    for sentence in _sentences(text):
        facts += _rules(sentence, said)
    if extra is not None:
        known = {f.slot for f in facts}
        facts += [f for f in extra(text, said) if f.slot not in known]
    unique: dict[tuple[str, str], Fact] = {}
    for fact in facts:  # the first of each, in order
        unique.setdefault((fact.slot, fact.value), fact)
    return list(unique.values())
