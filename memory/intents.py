"""Memory control by voice: "what do you remember about me?", "forget what I told you about X".

``parse_memory_intent`` is pure and cheap (regexes), so the pipeline can run it on every final
transcript before the LLM; ``answer`` turns the store's results into the sentence to speak.
Forgetting everything needs a spoken confirmation ("yes, forget everything"), since a
mis-heard phrase must not wipe months of memories.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from memory.affect import HE_WORDS, SHE_WORDS, detect_affect
from memory.last_talk import last_talk
from memory.own_facts import not_told, own_fact_answer, own_fact_question, spoken_list
from memory.said_back import names, told_back, told_by_day, your
from memory.timecues import said_then, spoken_when

if TYPE_CHECKING:
    from memory.hits import Hit
    from memory.store import MemoryStore


@dataclass(frozen=True)
class Intent:
    # recall_all | recall_topic | recall_happened | recall_own | recall_reminder | recall_worry |
    # recall_last_talk | forget | forget_all
    action: str
    topic: str = ""
    confirmed: bool = False  # forget_all only: the user confirmed it


_ME = r"(?:me|myself|my life)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("forget_all", re.compile(r"^(?:yes,? )?(?:please )?(?:forget|erase|delete|wipe) "
                              r"(?:everything|all(?: of)? (?:it|that|your memor(?:y|ies))|"
                              r"your (?:whole )?memory)(?: (?:you know |you have )?about "
                              + _ME + r")?$")),
    ("forget", re.compile(r"^(?:please |can you |could you )?(?:forget|erase|delete|remove) "
                          r"(?:everything |all )?(?:(?:that |what )?(?:i|i've|i have) "
                          r"(?:told|said to|mentioned to|shared with) you|(?:what )?i said|"
                          r"(?:that )?you know)?\s*(?:about |regarding |on )?(.+)$")),
    # "Did I ask you to remind me about something?" (Jamal, the day after asking for a reminder
    # it cannot set) got "Yes, I did remind you about something.".
    ("recall_reminder", re.compile(r"^(?:did|have) i ask(?:ed)? you to remind me(?: (?:about|of) "
                                   r"(?:something|anything))?$|^what (?:did|have) i ask(?:ed)? "
                                   r"you to remind me(?: about| of)?$")),
    # "What was I worried about?" (Ana, two days after "...but I'd be lonely.") got "I'm sorry
    # to hear that you're feeling anxious. What was it about?".
    # "What was I worried about last time?" (Megan, dreading a presentation) got "You told me
    # your partner Tom says you'll be fine, but he always says that."
    ("recall_worry", re.compile(r"^(?:what (?:was|were|am|have) i (?:been )?(?:so |really )?(?:"
                                r"worried|anxious|nervous|scared|stressed|upset|sad) (?:about|"
                                r"over)|what was (?:i|it that i) (?:worrying|stressing|fretting|"
                                r"dreading)(?: about)?|what did i (?:say|tell you) i was (?:"
                                r"worried|nervous|anxious|scared|stressed|dreading)(?: about)?)"
                                r"(?: last time| before| the other day)?$")),
    # "What did we talk about last time?" got a job nobody had (memory.last_talk).
    ("recall_last_talk", re.compile(
        r"^(?:(?:do|can) you remember |(?:can you )?(?:tell me|remind me) )?what (?:did |were |"
        r"have )?(?:we|i) (?:talk|talked|talking|chat|chatted|chatting|speak|spoke|say|said|tell "
        r"you|told you|ask you|asked you|ask|asked)(?: about)?(?: with you| to you)? (last time|"
        r"yesterday|the other day|before|last night|the last time we (?:talked|spoke))$")),
    ("recall_all", re.compile(r"^(?:so )?(?:what|tell me what) (?:do|did) you (?:remember|know)"
                              r"(?: about " + _ME + r")?$|^what have i told you(?: about "
                              + _ME + r")?$|^do you remember me$")),
    # "do you remember what happened with Niamh?" (Aoife, who fell out with her) got "About
    # niamh, I remember that your best friend is called Niamh.": what was said, not who she is.
    # "What did I say my neighbour keeps doing?" (Neil) got "You said you had enough of it."
    ("recall_happened", re.compile(r"^(?:do|did) you remember what happened (?:with|at|to) "
                                   r"(.+)$|^what did i (?:say|tell you) (my [a-z]+|[a-z]+) "
                                   r"(?:keeps doing|kept doing|keeps on doing|was doing|did|had "
                                   r"done|has done|would do|will do|(?:would|will|'d|'ll) say)"
                                   # "what did i say my dad would do if i dont get 9s?" (Kezia)
                                   r"(?: again| if .+)?$"
                                   # "What did I say the doctors want me to have?" (Shona) got
                                   # "You said you wanted chemo.": whose words they were counts
                                   r"|^what did i (?:say|tell you) ((?:the|my) [a-z]+s?) "
                                   r"(?:want|wanted|wants|said|told me|advised|recommended)\b.*$")),
    ("recall_topic", re.compile(r"^(?:what|tell me what) (?:do|did) you (?:remember|know) "
                                r"about (.+)$|^what did i (?:tell you|say) about (.+)$"
                                r"|^do you remember (?:what i "
                                r"(?:told you|said) about|the (?:thing|stuff) (?:with|about)|"
                                r"about) (.+)$|^what(?:'s| is| was) (my .+) about$"
                                # "What did I say helps me sleep?" (Marek) got "You might try
                                # drinking a little bit of water before bed."
                                r"|^what did i (?:say|tell you) (?:helps|helped|works|worked) "
                                r"(?:for )?(?:me )?(?:to )?(?:get to )?(sleep|relax|calm down|"
                                r"switch off|unwind|cope)$")),
]


def _normalize(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"^(?:hey|ok|okay|so|um|uh|well)[, ]+", "", text.strip())
    text = re.sub(r"[?!.,]+$", "", text).strip()
    # "What do you remember about me, then?" was asked about "you, then"
    return re.sub(r",? (?:then|now|again|though|anyway)$", "", text)


_CLAUSE_END = re.compile(r"\s*[,;:]\s*|\s+-\s+|\s+(?:because|cos|coz|cause|since|as i|i was|i'm|"
                         r"it was|it's|that was|please)\b")


def parse_memory_intent(text: str) -> Intent | None:
    """The memory command in a user's words, or None for ordinary conversation."""
    said = _normalize(text)
    # "What was my dad's name? I don't think I told you.": the question is one of the sentences.
    asked = [_normalize(q) for q in re.findall(r"[^.!?]+\?", text)] or [said]
    if own := next((q for q in map(own_fact_question, asked) if q), None):
        return Intent("recall_own", own)
    for action, pattern in _PATTERNS:
        m = pattern.match(said)
        if not m:
            continue
        topic = next((g for g in m.groups() if g), "").strip()
        topic = re.sub(r"^(?:about|the fact that|that) ", "", topic)
        topic = _as_written(topic, text)
        if action == "forget":
            # "Please forget what I said about Robert, I was being unfair." forgot every memory
            # that shared a word with "robert, i was being unfair" (her neighbour, her fall):
            # the topic ends where the line goes on to say why.
            topic = _CLAUSE_END.split(topic, maxsplit=1)[0].strip()
            if not topic or topic in ("it", "that", "this"):
                return None  # "forget it" is a figure of speech, not a command
            if re.fullmatch(r"(?:everything|all)(?: about " + _ME + r")?|" + _ME, topic):
                return Intent("forget_all", confirmed=False)
        if action == "forget_all":
            return Intent(action, confirmed=said.startswith("yes"))
        return Intent(action, topic)
    return None


def _as_written(topic: str, text: str) -> str:
    """The topic with the user's capitals: "What did I tell you about Geoff?" got "About geoff,
    I remember..." (the patterns match the line in lower case)."""
    at = text.replace("’", "'").lower().find(topic)
    return text[at:at + len(topic)] if topic and at >= 0 else topic


_VERBS = {"is": "are", "has": "have", "was": "were", "lives": "live", "works": "work",
          "loves": "love", "likes": "like", "enjoys": "enjoy", "adores": "adore",
          "dislikes": "dislike", "feels": "feel", "plans": "plan", "moved": "moved",
          "shared": "shared"}


def second_person(text: str) -> str:
    """'The user's dog is called Biscuit.' -> "your dog is called Biscuit"; the LLM's wording
    too: 'The user's pet: Pepper.' -> "your pet is Pepper", 'The user's family: mum.' ->
    "you told me about your mum"."""
    text = re.sub(r"\bThe user's family: ", "you told me about your ", text)
    text = re.sub(r"\bThe user's (\w+): ", r"your \1 is ", text)
    text = re.sub(r"\bThe user's\b", "your", text)
    text = re.sub(r"\bThe user (\w+)", lambda m: "you " + _VERBS.get(m.group(1), m.group(1)),
                  text)
    text = re.sub(r"\bThe user\b", "you", text)  # "a tough time for the user"
    text = re.sub(r"\btheir\b", "your", text)
    text = re.sub(r" \(on \d{4}-\d\d-\d\d\)", "", text)  # for the prompt, not to be read out
    return text.rstrip(". ")


def answer(intent: Intent, store: MemoryStore, profile: str, max_items: int = 6,
           now: datetime | None = None, session: str = "") -> str:
    """Carry out the intent on ``store`` and return the sentence to speak ("" when memory holds
    no answer to a question about the user's own facts: the model answers). ``session``: the
    conversation going on, which is not "last time"."""
    if intent.action == "recall_last_talk":
        turns = [h for h in store.recent(profile, limit=200, kind="turn")
                 if parse_memory_intent(h.text) is None]
        return last_talk(turns, session, now or datetime.now(),
                         yesterday=intent.topic in ("yesterday", "last night"))
    if intent.action == "recall_own":
        return own_fact_answer(intent.topic, store.facts(profile), now) or not_told(
            intent.topic, lambda: store.search(intent.topic.replace(":", " "), k=max_items,
                                               profile=profile))
    if intent.action == "recall_all":
        facts = [h for h in store.facts(profile, limit=max_items) if h.category != "event"]
        # Elsie had told of her neighbour's soup and her fall, and heard only "your name is
        # Elsie": what the rules made no fact of is still what she told.
        told = [] if len(facts) >= 3 else _worth_telling(store.recent(profile, limit=40,
                                                                     kind="turn"))
        return recall_sentence(facts, told_by_day(told, now or datetime.now()))
    if intent.action == "recall_worry":
        return _worries(store.recent(profile, limit=200, kind="turn"), now or datetime.now())
    if intent.action == "recall_reminder":
        return _reminder_asked(store.recent(profile, limit=200, kind="turn"), now or datetime.now())
    if intent.action in ("recall_topic", "recall_happened"):
        return _about(intent.topic, store.search(intent.topic, k=max_items, profile=profile),
                      now or datetime.now(), happened=intent.action == "recall_happened")
    if intent.action == "forget_all":
        if not intent.confirmed:
            return ("Do you want me to forget everything you've told me? If so, say: "
                    "yes, forget everything.")
        removed = store.forget(profile=profile, everything=True)
        return "Done. I've forgotten everything." if removed else "I had nothing to forget."
    removed = store.forget(intent.topic, profile=profile)
    if not removed:
        return f"I didn't have anything about {intent.topic} to forget."
    return f"Done. I've forgotten what you told me about {intent.topic}."


def _about(topic: str, hits: list[Hit], now: datetime, happened: bool = False) -> str:
    """What the user told about ``topic``: the facts, else their own words. "My mum is having
    surgery on Friday" left only "worried about surgery on Friday" as a fact, and "What do you
    remember about my mum?" got "I don't remember anything about my mum."."""
    topic = your(topic)
    facts = _distinct([h for h in hits
                       if h.kind == "fact" and h.superseded_at is None and h.score > 0.5])
    said = sorted((h for h in hits if h.users_statement and h.score > TOLD_SCORE),
                  key=lambda h: -h.score)[:2]
    # "What did I tell you about the vet?" got "...that you have a cat called Luna", though
    # "The vet thinks it's her kidneys." was told: words that name the topic come first.
    words = [w for w in re.findall(r"\w+", topic.lower()) if w not in ("your", "the", "a", "an")]
    if any(names(h.text, words) for h in said) and (
            happened or not any(names(h.text, words) for h in facts)):
        facts, said = [], [h for h in said if names(h.text, words)]
    if facts:
        return f"About {topic}, I remember that " + spoken_list(
            _named_once(topic, [second_person(h.text) for h in facts[:3]])) + "."
    if said:
        return "You told me " + spoken_list([told_back(h, now, words) for h in sorted(
            said, key=lambda h: h.timestamp)]) + "."
    return f"I don't remember anything about {topic}."


def _worries(turns: list[Hit], now: datetime) -> str:
    """The user's latest anxious or sad lines, told back; "" for none (the model answers)."""
    worried = [h for h in turns if h.users_statement and detect_affect(h.text).tone in (
        "anxious", "sad") and parse_memory_intent(h.text) is None][:2]
    if not worried:
        return ""
    return "You told me " + " and ".join(told_by_day(sorted(worried, key=lambda h: h.timestamp),
                                                      now)) + "."


_REMIND_ME = re.compile(r"\bremind me (to .+?|about .+?|that .+?)[.?!]*$", re.I)


def _reminder_asked(turns: list[Hit], now: datetime) -> str:
    """What the user last asked to be reminded of, and when: it set no reminder, but it
    remembers being asked."""
    for turn in turns:  # newest first
        found = _REMIND_ME.search(turn.text) if (turn.role or "user") == "user" else None
        if found is None or parse_memory_intent(turn.text) is not None:
            continue
        when = spoken_when(turn.timestamp, now)
        # said yesterday, "tomorrow" is today; said earlier, "the day after"
        what = your(found.group(1)) if when == "today" else said_then(
            your(found.group(1)), "yesterday" if when == "yesterday" else "that day")
        return f"You asked me {when} to remind you {what}. Have you done it yet?"
    return "You haven't asked me to remind you of anything. Is there something on your mind?"


def _named_once(topic: str, clauses: list[str]) -> list[str]:
    """The topic named once, then "he" or "she": "About Geoff, I remember that your husband is
    called Geoff and your husband Geoff has Parkinson's." is "...that he's your husband and he has
    Parkinson's."; "About your mum, ... your mum is having surgery" is "she is having surgery"."""
    name = re.escape(topic)
    is_called = re.compile(rf"your ((?:\w+ )?(\w+)) is called {name}")
    called = next((found for clause in clauses if (found := is_called.fullmatch(clause))),
                  None) if topic[:1].isupper() else None
    relation = called.group(2) if called else topic.split()[-1] if topic.startswith("your ") \
        else ""
    he = "she" if relation in SHE_WORDS else "he" if relation in HE_WORDS else ""
    if not he:
        return clauses  # "they has": unnamed ones are left as they are
    subject = re.compile(rf"^(?:your (?:\w+ )?{re.escape(called.group(2))} )?{name}\b" if called
                         else rf"^{name}\b")
    first = [f"{he}'s your {called.group(1)}"] if called else []  # who they are, first
    return first + [subject.sub(he, clause) for clause in clauses
                    if not called or clause != called.group(0)]


def _distinct(facts: list[Hit]) -> list[Hit]:
    """Without a fact the others already say: the rules wrote "The user has a cat called
    Pepper.", the LLM's extraction "The user's pet: Pepper." (said back: "and your pet:
    Pepper")."""
    kept: list[Hit] = []
    for fact in sorted(facts, key=lambda f: ": " in f.text):  # the rules' wording first
        value = fact.text.partition(": ")[2].rstrip(". ").lower()
        if not value or not any(value in other.text.lower() for other in kept):
            kept.append(fact)
    return kept


TOLD_SCORE = 0.6  # a turn about the topic: "my mum" scored 0.75 on "My mum is having surgery"
def recall_sentence(facts: list[Hit], told: Sequence[str] = ()) -> str:
    """"Here's what I remember: your name is Alice, ... ." from current facts, and ``told``
    ("that your neighbour Pam brings you soup") after them."""
    if not facts and not told:
        return "I don't know much about you yet. Tell me about yourself!"
    return "Here's what I remember: " + spoken_list(
        [second_person(h.text) for h in _distinct(facts)]
        + [f"you told me {clause}" for clause in told]) + "."


_SMALL_TALK = re.compile(r"\b(?:forget|remember|bye|goodnight|good night|hello|hi|hey|thanks|"
                         r"thank you)\b", re.I)


def _worth_telling(turns: list[Hit], most: int = 3) -> list[Hit]:
    """The user's latest statements that tell something (five words or more, not a greeting
    or a memory command), oldest first."""
    chosen = [h for h in turns if h.users_statement and len(h.text.split()) >= 5
              and not _SMALL_TALK.search(h.text)][:most]
    return sorted(chosen, key=lambda h: h.timestamp)
