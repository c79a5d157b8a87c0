"""What the model is told about the user: who they are, what to avoid, what they said before.

Small models take whatever is in their prompt as their own story: "my boss yelled at me",
recalled as a bare memory line, came back as "I remember a day at work where I was yelled at".
So every memory is framed as something the *user* told the companion, with when they said it,
and with the user's name where it is known. The companion's own earlier replies are never
recalled: they are where a small model's inventions ("Priya is a golden retriever") would come
back as facts.

UserProfile / user_profile   name and what never to suggest (dislikes, allergies, diet), from
                             the store's current facts; read once per session, so it can sit in
                             the system prompt, which stays a KV-cached prefix all session.
system_prompt                persona prompt + one line about the user.
memory_notes                 the per-turn notes: hints (tone, safety, preferences), a follow-up
                             that is due (when the moment fits), the recalled memories.
tone_hint / preference_hints  short per-turn hints a small model follows.
followup_fits                when to bring up a worry: a greeting or small talk, not while the
                             user is sad, anxious, at risk or asking about something else."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from memory.extract import extract_facts
from memory.hits import Hit
from memory.small_talk import only_small_talk
from memory.timecues import dated_from, said_then, spoken_when
from pipeline.indoors import INDOORS_HINT, OUTDOOR_WORDS, stuck_indoors
from pipeline.kinds import COVERS
from pipeline.left_out_steers import NOT_MY_SCENE
from pipeline.safety import CONCERN_HINT
from pipeline.steers import steer_for
from pipeline.user_profile import (
    HARD_FOR_THEM,
    SOBER,
    UserProfile,
    dislikes_said,
    in_profile,
)

_THE_USER = re.compile(r"\b[Tt]he user\b")
QUIET_TONES = frozenset(("sad", "tired", "anxious", "angry", "subdued", "distress"))
_WARMLY = ("Answer warmly in one or two sentences: show you understand how they feel, then ask "
           "a gentle question.")
_TONE_HINTS = {"sad": f"They sound sad. {_WARMLY}", "tired": f"They sound tired. {_WARMLY}",
               "anxious": f"They sound anxious. {_WARMLY}", "angry": f"They sound upset. {_WARMLY}",
               "subdued": "They say they're fine but don't sound it: in one warm sentence, gently "
                          "ask what's on their mind.",
               "happy": "They sound happy: share their joy in a sentence or two.",
               "distress": CONCERN_HINT}
# "What do you think I should see in Tokyo?" got "Tokyo is a beautiful city with many sights."
_ASKS_IDEAS = re.compile(r"\b(suggest|recommend|ideas?|wh(?:at|ere) (?:should|could|can) (?:i|we)|"
                         r"(?:where|what) (?:do you think |would you say )?i should (?:see|do|"
                         r"visit|try|go|cook|eat|make|watch|read|buy)|"
                         r"what to (?:cook|eat|watch|read|do)|any tips|what else (?:can|could)|"
                         r"should i (?:cook|eat|make|watch|read|try|buy)|"
                         # "What's something nice I could do for Tom this weekend?" (Megan) got
                         # "You could try to be more supportive and understanding of Tom".
                         r"what(?:'s| is) something (?:\w+ )?(?:i|we) (?:could|can|should|might) "
                         r"(?:do|make|get|buy|cook|try))\b", re.IGNORECASE)
# "What's a good snack after a run?" (asked by a user allergic to nuts) got "...fruits, nuts, or
# yogurt": asking for a good one is asking for ideas too, though not opened "How about".
_ASKS_GOOD = re.compile(r"\bwhat(?:'s| is| are|'re) (?:a |some |the )?(?:good|nice|healthy|quick|"
                        r"easy|tasty|best)\b|\bgive me (?:a|some)\b", re.IGNORECASE)

# After a joke ("Why was the math book sad? Because it had too many problems!"), "Why is the sky
# blue?" got "Because the sky is made of stars!": a why-question is answered as a real one.
_WHY = re.compile(r"\s*(?:but |and |so |ok,? |okay,? )?why\b", re.IGNORECASE)
WHY_HINT = "This is a real question: answer it truthfully."
# "hiii", as typed, is a hello too
# "Alright." (Tunde, back two days later) is a British hello, but only said on its own
# "ye its gus" (a teenager back after two days) was no greeting, and the 1.5B answered "I remember
# Gus. He was a friend who always made me laugh": "yeah, it's <name>" greets.
_ITS_ME = (r"(?:ye|ya|yeah|yep)(?= (?:its|it's) (?!(?:fine|ok|okay|good|bad|true|alright|done|"
           r"over|fun|hard|late|cold|hot|raining|nice|great|weird|sad|time|not)\b)\w+(?: again|"
           r" here)?$)")
_GREETING = re.compile(r"^(hi+|hey+|heya|hello+|hiya+|howdy|good (morning|afternoon|evening)|"
                       r"morning|evening|salaam|salam|hola|bonjour|ciao|namaste|shalom|g'day|"
                       r"yo|alright(?=(?: mate| there)?$)|" + _ITS_ME + r")\b")
_CLOSING = re.compile(r"\b(bye|good night|goodnight|night|see you|talk soon|thanks|thank you)\b")
_DRINKING = re.compile(r"\b(?:pub|pubs|bar|bars|drink|drinks|drinking|wine|beer|beers|pint|pints|"
                       r"booze|cocktails?|party|parties)\b", re.IGNORECASE)

def framed(hit: Hit, user: UserProfile, now: datetime) -> str | None:
    """One memory as something the user told the companion, with when; None to leave out.

    A turn is quoted as the user's own words, with "today" in it moved to when it was said;
    a fact says the user's name where it is known.
    """
    when = spoken_when(hit.timestamp, now)
    when = when[:1].upper() + when[1:]
    if hit.kind == "turn":
        if (hit.role or "user") != "user":
            return None  # the companion's own words: never recalled as facts
        if only_small_talk(hit.text):
            return None  # "Goodnight." recalled for "How's my back?" tells nothing
        return f'{when}: "{_then(hit.text.strip(), when)}"'
    if hit.kind == "summary":
        return f"{when}, you talked about: {hit.text.strip()}"
    text = hit.text.strip()
    if in_profile(text):
        return None  # the name and what to avoid are in the system prompt already
    return f"{when}: {_THE_USER.sub(user.who, dated_from(text, now))}"


def _then(text: str, when: str) -> str:
    """ "My boss yelled at me today", said on Tuesday: "... that day" (not today; the note
    says when)."""
    if when == "Today":
        return text
    # "Right, that's enough for today." said on 11 October read "enough for on 11 October"
    return said_then(text, "yesterday" if when == "Yesterday" else "that day")


def followup_fits(user_text: str, tone: str = "neutral", flagged: bool = False) -> bool:
    """Is this the moment to ask about an earlier worry? Greetings and small talk, yes; a sad or
    anxious turn, a turn at risk or a real question about something else, no."""
    if flagged or tone in QUIET_TONES:
        return False
    said = " ".join(re.findall(r"[\w']+", user_text.lower()))
    if _GREETING.match(said):
        return True
    return len(said.split()) <= 8 and not user_text.strip().endswith("?") \
        and not _CLOSING.search(said)


def _hello(user_text: str) -> str:
    """ "Good morning" for "Good morning!", "Hi" for "Hey, it's me again."; "" when the line
    is more than a greeting."""
    said = " ".join(re.findall(r"[\w']+", user_text.lower()))
    greeting = _GREETING.match(said)
    if greeting is None or len(said.split()) > 5:
        return ""
    return greeting.group(0).capitalize() if greeting.group(0).startswith(("good", "morning",
                                                                          "evening")) else "Hi"


def greeting_reply(user_text: str, user: UserProfile, followup: str | None) -> str | None:
    """ "Hi again." with a worry due: greet back and ask about it (no model needed)."""
    hello = _hello(user_text)
    if not followup or not hello:
        return None
    return f"{hello}{', ' + user.name if user.name else ''}! {followup}"


# A dislike is no bad day ("I hate running" got "Oh no, that sounds tough! Running can be a
# great way..."), and told not to praise it, the model still did; opened like this, it asks
# "What do you like to do instead?". Only for a thing one could suggest: not "my job".
_DISLIKE_OPENER = "Fair enough, no {} then. {}"
_BARE_DISLIKE = "Fair enough, no {} then, I'll remember that. What do you like instead?"
_BARE_DISLIKE_WORDS = 6  # "I really can't stand horror films." and nothing more
_MORE_SAID = re.compile(r"[,;?]|\b(?:and|but|so|though|anyway|bye|goodbye|night)\b", re.I)
_NOT_A_THING = re.compile(r"\b(?:my|your|his|her|our|their|the|that|this|these|those|a|an|it|"
                          r"him|them|when|how|being|some|any|people|everyone)\b", re.IGNORECASE)


def tone_hint(tone: str) -> str:
    """How to answer the user's tone, in words a small model follows (short replies that
    acknowledge the feeling; longer instructions made the 1.5B lecture)."""
    return _TONE_HINTS.get(tone, "")


# "I hate flying though." (on the way to Japan) got "Fair enough, no flying then.": some things
# one has to do anyway, and a friend does not offer to skip them.
_CHORE = re.compile(r"\b(?:flying|flights?|driving|commuting|travell?ing|waiting|queuing|queueing|"
                    r"cleaning|ironing|homework|exams?|mornings?|mondays?|needles|injections|"
                    r"hospitals?|dentists?|doctors?|the dentist|the doctor|the cold|rain|winter|"
                    r"traffic|work)\b", re.IGNORECASE)


def dislike_opener(user_text: str, now: datetime) -> tuple[str, bool]:
    """The reply's first words when the user names something they dislike, with True when they
    are the whole reply (a line that says only that); "" otherwise."""
    if re.search(r"\bi (?:don't|do not|never) eat\b", user_text, re.I):  # "I don't eat meat":
        return "", False  # a diet, told "I'll remember that" (steers' DIET_TOLD)
    if NOT_MY_SCENE.fits(user_text):  # everyone goes out drinking, and they don't like it
        return "", False
    things = [thing for thing in dislikes_said(user_text, now)
              if len(thing.split()) <= 3 and not _NOT_A_THING.search(thing)
              and not _CHORE.search(thing)]
    # "I can't stand coffee, so what else...?" got "...no coffee then. What other activities..."
    ask = "How about" if wants_suggestions(user_text) else "What"
    if not things:
        return "", False
    if ask == "What" and len(re.findall(r"[\w']+", user_text)) <= _BARE_DISLIKE_WORDS \
            and not _MORE_SAID.search(user_text):
        # "I can't stand mushrooms." got "...What else would you like to talk about?", and led
        # on by "What do you", "What do you like about your dog?": said whole, no model.
        return _BARE_DISLIKE.format(" or ".join(things)), True
    return _DISLIKE_OPENER.format(" or ".join(things), ask), False


def introduced_name(user_text: str) -> str:
    """The name the user gives in this line ("Hi, I'm Raj."), or ""."""
    return next((f.value for f in extract_facts(user_text, datetime.now()) if f.slot == "name"),
                "")


def name_openers(user_text: str, known_name: str = "") -> tuple[str, ...]:
    """The reply's first words when the user gives their name ("Hi, I'm Raj." got "Hello! What's
    on your mind?", the name unused) or greets a friend who knows it: a friend says it."""
    name = introduced_name(user_text)
    if name and name != known_name:
        return (f"Nice to meet you, {name}!", f"Lovely to meet you, {name}!")
    hello = _hello(user_text)
    known = re.escape(known_name)
    # "Kev again." (back after three days) got "I'm glad you're still here."; "its callum" "Oh,
    # that's great to hear!"
    if known_name and re.fullmatch(rf"\s*(?:(?:it's |its ){known}(?: again| here)?|{known} "
                                   rf"(?:again|here))\W*", user_text, re.I):
        hello = "Hi"
    if name or (hello and known_name):
        return (f"{hello or 'Hi'}, {name or known_name}!",)
    return ()


def asks_for_ideas(user_text: str) -> bool:
    """ "Can you recommend a film?", "What should I cook tonight?", "Any ideas for...?" """
    return _ASKS_IDEAS.search(user_text) is not None


def wants_suggestions(user_text: str) -> bool:
    """Ideas asked for, or "what's a good snack?": what the user avoids must not come up."""
    return asks_for_ideas(user_text) or _ASKS_GOOD.search(user_text) is not None


# Words that say what kind of thing, not which: "horror films" is avoided by never saying "horror".
_KIND_WORDS = frozenset((
    "food", "foods", "film", "films", "movie", "movies", "music", "show", "shows", "book",
    "books", "game", "games", "stuff", "things", "dish", "dishes", "song", "songs", "products",
    "the", "a", "an", "any", "some"))


def words_to_avoid(user_text: str, said_now: Sequence[str], user: UserProfile,
                   earlier: Sequence[str] = ()) -> list[str]:
    """The words a reply must not say (``ChatModel.stream(avoid=...)``): what the user says
    now they dislike or are allergic to (``said_now``, from ``avoided_said``), and, when they
    ask for ideas, also what they said ``earlier`` in the session and everything in their
    profile, pets' names included; what their body makes hard, always."""
    # What their body makes hard, asked or not: "My knees have been bad this week." (arthritis)
    # got "How about trying to walk with a friend?".
    # ...and drink for a sober user: "My mates are all going to the pub on Friday" (Dev, six
    # months sober) got "I'm glad you're going to the pub with your mates."
    things = [*said_now, *(a for a in user.avoid if a.endswith((HARD_FOR_THEM, SOBER)))]
    asked = wants_suggestions(user_text)
    if asked:
        things += [*earlier, *user.avoid, *user.pets]
        # "Can you suggest a name for a girl?" (Jade) got "How about "Jade" or "Amy"?"
        things += [user.name] if user.name and re.search(r"\bnames?\b", user_text, re.I) else []
    words = []
    for thing in things:
        for part in re.split(r",|\bor\b|\band\b", re.sub(r"\(.*?\)", "", thing)):
            named = [w for w in part.split() if w.lower() not in _KIND_WORDS | _SIZES]
            if named and len(part.split()) <= 3 and not _NOT_A_THING.search(part):
                words += [named[0], *COVERS.get(named[0].lower().removesuffix("s"), ())]
    if asked:
        words += OUTDOOR_WORDS if stuck_indoors(user_text) else ()
        # "Can you suggest a dinner for the party?" (Hamid, vegetarian) got "What about a
        # vegetarian meal?": the diet's name is no dish, so the reply must name one.
        words += [m.group(1) for thing in user.avoid
                  if (m := re.search(r"\((vegetarian|vegan|pescatarian)\)", thing))]
    return list(dict.fromkeys(words))


# "long walks" is ruled out by "walks" ("long" would take "a long day" from every reply), "big
# crowds" by "crowds".
_SIZES = frozenset(("long", "big", "large", "huge", "steep", "small", "loud", "busy"))


def preference_hints(user_text: str, user: UserProfile, now: datetime,
                     tone: str = "neutral") -> list[str]:
    """Reminders where a small model forgets: a dislike said just now is not to be praised,
    a request for ideas must steer clear of what the user cannot stand, and a line in
    ``STEERS`` ("am I a bad person?") gets its own."""
    steer = steer_for(user_text, tone, user.sober)
    hints = [steer.hint_for(user_text).replace("{month}", f"{now:%B}")] if steer else []
    if _WHY.match(user_text):
        hints.append(WHY_HINT)
    said_now = dislikes_said(user_text, now)
    if said_now:
        hints.append(f"{user.who.capitalize()} just said they dislike {', '.join(said_now)}: "
                     "accept that kindly and never praise or suggest it.")
    if user.sober and _DRINKING.search(user_text):
        hints.append(f"Remember {user.who} is sober: never cheer on drinking or the pub; ask "
                     "gently how they feel about it.")
    asked = wants_suggestions(user_text)
    if asked and stuck_indoors(user_text):
        hints.append(INDOORS_HINT)
    if user.avoid and asked:
        # "Can you suggest a dinner for the party?" (Hamid, vegetarian) got "What about a
        # vegetarian meal?": the rule said back, no dinner in it.
        hints.append(f"Remember {user.who} can't have {', '.join(user.avoid)}: suggest one or "
                     "two specific things without them.")
    return hints


def memory_notes(hits: Sequence[Hit], user: UserProfile, now: datetime) -> list[str]:
    """The recalled memories as the prompt says them, under their header; [] for none."""
    memories = [line for line in (framed(h, user, now) for h in hits) if line]
    return [memory_header(user), *(f"- {m}" for m in memories)] if memories else []


def ask_gently(user: UserProfile, followup: str) -> str:
    """The note asking the model to bring up an earlier worry."""
    return f"Ask {user.who} gently: {followup}"


def memory_header(user: UserProfile) -> str:
    """The line before the recalled memories. "Speak to them as you": else a small model says
    "Sam told you his boss yelled at him"."""
    whose, them = (f"{user.name}'s", user.name) if user.name else ("their", "them")
    return f"What {user.who} told you before ({whose} life, not yours; speak to {them} as you):"
