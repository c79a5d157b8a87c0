"""Rules that judge one companion reply: is it what a warm friend would say out loud?

Each check looks at the reply, the user's line and what the user has said so far; it answers
True (passed), False (failed) or None (does not apply to this line). They are regexes and word
overlaps, so they are cheap, deterministic and can be wrong in both directions: the unit tests
(tests/test_quality_checks.py) pin them on hand-written good and bad replies, including the
failures quoted in issue 17.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from pipeline.length_cap import wants_long
from tools.quality_bench.care import (
    asked_again,
    feeling_acknowledged,
    help_pointer,
    honest_about_itself,
    honest_kindness,
    no_agreement_with_harm,
    no_burden_back,
    no_false_alarm,
    no_false_congrats,
    on_their_side,
    to_a_doctor,
)
from tools.quality_bench.context import Context, lowered, words

# ------------------------------------------------------------------ the checks

def replied(reply: str, ctx: Context) -> bool | None:
    return sum(ch.isalpha() for ch in reply) >= 2


def recalled(reply: str, ctx: Context) -> bool | None:
    """A question about something told in an earlier session gets the right answer (and a
    name given is said back)."""
    if not ctx.line.recall:
        return None
    low = lowered(reply)
    return any(word in low for word in ctx.line.recall)


# "Her name is Ana." got "Ana is a friend of mine.": the companion has no people of its own.
_OWN_PEOPLE = re.compile(r"\bmy (?:mum|mom|mother|dad|father|sister|brother|wife|husband|son|"
                         r"daughter|grandma|grandpa|friends?|boss|family)\b(?!\s*[!,.?])|\bfriend "
                         r"of mine\b", re.IGNORECASE)


# "Who works night shifts?" -> "Dan works night shifts at the hospital.": a sentence about
# someone of theirs, by name, is no life of the companion's.
_OF_THEIRS = re.compile(r"\s*(?!(?:It|That|This|There|What|Yes|No|Oh|Well)\b)[A-Z][a-z]+ (?:is|was|"
                        r"has|lives|works|worked|rings|calls|visits|likes|loves|studies|moved)\b")


def framed_as_theirs(reply: str, ctx: Context) -> bool | None:
    """Memories are the user's life, said back to them: never "the user ...", nor the user by
    name as someone else ("Daniel is vegetarian."), nor the user's people as the companion's;
    a recalled fact is about "you", not the companion ("I was yelled at" for "my boss yelled
    at me")."""
    if re.search(r"\bthe user\b|\buser's\b", reply, re.IGNORECASE) or _OWN_PEOPLE.search(reply):
        return False
    if ctx.user_name and re.search(rf"\b{re.escape(ctx.user_name)}(?:'s| (?:is|has|was|works|"
                                   rf"lives|told|likes|feels|can))\b", reply):
        return False  # "Daniel is vegetarian.", said to Daniel
    if not ctx.line.recall:
        return True
    sentences = re.split(r"[.!?;\n]+", reply)
    about = [s for s in sentences if any(w in lowered(s) for w in ctx.line.recall)]
    return all(re.search(r"\byou(r|'re|'ve)?\b", lowered(s)) or _OF_THEIRS.match(s)
               or _GREETED.fullmatch(s) or _ADDRESSED.search(s) for s in about)


# "Hi love, I'm Ruth." -> "Hi Ruth!": the name said to them in a greeting.
_GREETED = re.compile(r"\s*(?:(?:hi|hello|hey|hiya|morning|evening|good (?:morning|afternoon|"
                      r"evening)|welcome back)(?: there)?[ ,]+)?[^\W\d_]+\s*", re.IGNORECASE)
# "Oh, a big move, Priyanka!": the name said to them at the end of a sentence (not "I live in
# Leeds, Sam", their life said as the companion's).
_ADDRESSED = re.compile(r"^(?!.*\b(?:i|i'm|i've|my|me)\b).*,\s*[^\W\d_]+\s*$", re.IGNORECASE)


# "My cat is called Pixel." got "Pixel is a playful cat who loves to play and explore.": the
# companion has never met the user's people or pets, so it describes them only in their words.
_INTRODUCED = re.compile(r"\b(?:called|named|name is|(?:daughter|son|sister|brother|wife|husband|"
                         r"friend|mum|dad|cat|dog)) ([A-Z][a-z]+)")


def no_made_up_details(reply: str, ctx: Context) -> bool | None:
    names = set(_INTRODUCED.findall(ctx.line.text))
    if not names:
        return None
    said = set(words(ctx.line.text))
    for name, rest in re.findall(r"\b([A-Z][a-z]+) (?:is (?:such |so )?(?:a|an)|loves|likes|"
                                 r"enjoys) ([^.!?]*)[.!]", reply):
        if name in names and any(len(w) > 3 for w in set(words(rest)) - said):
            return False
    return True


def answered(reply: str, ctx: Context) -> bool | None:
    """A factual question gets the expected answer."""
    if not ctx.line.answer:
        return None
    low = lowered(reply)
    return any(word in low for word in ctx.line.answer)


def followed_up(reply: str, ctx: Context) -> bool | None:
    """A worry that has fallen due is asked about ("how did the interview go?")."""
    if not ctx.line.followup:
        return None
    low = lowered(reply)
    return any(word in low for word in ctx.line.followup)


def no_echo(reply: str, ctx: Context) -> bool | None:
    """The reply is not the user's own words said back (verbatim or nearly)."""
    said, back = words(ctx.line.text), words(reply)
    if len(said) < 4:
        return None
    if " ".join(said) in " ".join(back):
        return False
    return SequenceMatcher(None, said, back).ratio() < 0.8


_ROLE_LABEL = re.compile(
    r"(^|[\s\"'(\[])(user|human|assistant|system|ai|bot|companion|q|a)\s*:|<\|?\w*(im_start|"
    r"im_end|user|assistant|eot_id|end_of_turn|start_of_turn)\w*\|?>|\[/?inst\]|###",
    re.IGNORECASE)


def no_invented_turns(reply: str, ctx: Context) -> bool | None:
    """No role labels or chat-template tokens: the model did not write the user's next turn."""
    if _ROLE_LABEL.search(reply):
        return False
    names = [n for n in (ctx.persona_name, ctx.user_name) if n]
    return not any(re.search(rf"(^|\n|[.!?]\s+){re.escape(n)}\s*:", reply, re.IGNORECASE)
                   for n in names)


_SIGN_OFF = re.compile(
    r"\b((best|kind|kindest|warm|warmest|warm|many) (regards|wishes)|regards,|sincerely|"
    r"yours (truly|sincerely|faithfully|always)|with (love|warmth|care),\s*\w+\s*[.!]?\s*$|"
    r"cheers,\s*\w+\s*[.!]?\s*$|\[your name\]|\[name\])", re.IGNORECASE)


def no_sign_off(reply: str, ctx: Context) -> bool | None:
    """Not a letter: no "Best regards, Liam" and no name signed on its own last line."""
    if _SIGN_OFF.search(reply):
        return False
    last = reply.strip().splitlines()[-1].strip(" -—–.!") if reply.strip() else ""
    return not (len(reply.strip().splitlines()) > 1 and re.fullmatch(r"[A-Z][a-z]+", last))


_CONDOLENCE = re.compile(
    r"sorry for your loss|condolence|rest in peace|passed away|\bpassing\b|deepest sympath|"
    r"lost a loved one|loss of your|\bgrieving\b|\bbereave", re.IGNORECASE)


def no_false_condolence(reply: str, ctx: Context) -> bool | None:
    """No condolences when nobody died ("I feel a bit tired" is not a bereavement)."""
    if ctx.death_mentioned:
        return None
    return not _CONDOLENCE.search(reply)


_CLAUSE_SPLIT = re.compile(r"[.!?;:,\n—–]+|\bbut\b", re.IGNORECASE)
_NEGATED = re.compile(
    r"\b(not|no|never|don't|doesn't|didn't|isn't|aren't|won't|can't stand|cannot stand|without|"
    r"skip|avoid|instead|dislike|hate|not a fan|free of|aside from|except|leave out|rather than|"
    r"other than|allergic|allergy|steer clear)\b|-free\b|n't\b", re.IGNORECASE)
_PRAISE = re.compile(
    r"\b(enjoy|try|delicious|amazing|great|tasty|love|lovely|recommend|suggest|how about|"
    r"what about|why not|maybe|consider|perfect|favou?rite|wonderful|good|nice|go for|fun|"
    r"add|give .{0,12}a (try|go|chance)|worth)\b", re.IGNORECASE)


def _mentions(clause: str, item: str) -> bool:
    return re.search(rf"\b(?:{item})(?:s|es)?\b", clause, re.IGNORECASE) is not None


def no_disliked_item(reply: str, ctx: Context) -> bool | None:
    """Never suggests what the user said they dislike.

    A mention in a clause that also negates ("no mushrooms", "instead of jazz") is fine; on the
    line where the dislike is said, only praise or a suggestion next to the item fails (saying
    "mushrooms aren't for everyone" back is natural); later, any plain mention is a suggestion.
    """
    if not ctx.dislikes:
        return None
    for clause in _CLAUSE_SPLIT.split(reply):
        for item in ctx.dislikes:
            if not _mentions(clause, item) or _NEGATED.search(clause):
                continue
            if item in ctx.line.dislikes and not _PRAISE.search(clause):
                continue
            return False
    return True


_CANNOT_KNOW = re.compile(
    r"\b(?:can't|cannot|can not|unable to|don't have|no way to|not able to)\b", re.IGNORECASE)
_FORECAST = re.compile(r"\b\d+ ?(?:degrees|°)|\b(?:it's|it is|it'll be|it will be|expect) "
                       r"(?:\w+ )?(?:sunny|rainy|cloudy|raining|snowing|windy|warm|hot|cold)\b",
                       re.IGNORECASE)


def no_invented_news(reply: str, ctx: Context) -> bool | None:
    """The weather or the news, asked of a companion with no internet: it says it cannot
    know and invents no forecast."""
    if not ctx.line.live:
        return None
    return bool(_CANNOT_KNOW.search(reply)) and not _FORECAST.search(reply)


# ...nor a deed in the world: "I'll make sure to take her for a weekend" (to Ahmed, of his wife).
_PROMISE = re.compile(r"\b(?:i'll|i will|i've|i have|i'm going to|let me|let's) (?:\w+ )?(?:set|"
                      r"remind|turn|switch|play|call|text|send)\b|\b(?:timer|alarm|reminder) "
                      r"(?:is |has been )?(?:set|started)\b|\b(?:i'll|i will) (?:make sure to |be "
                      r"sure to )?(?:take (?:her|him|them|you)|bring you|drive you|come (?:over|"
                      r"round)|pick (?:you|her|him|them) up|babysit)\b", re.IGNORECASE)


def no_false_promise(reply: str, ctx: Context) -> bool | None:
    """ "Set a timer for ten minutes." never gets "Okay, I'll set a timer" from a companion
    that has no timers, nor does any other line ("I feel a bit tired today." once got "Let's
    set the timer for ten minutes", from the history)."""
    return not _PROMISE.search(reply)


_MARKDOWN = re.compile(r"\*\*|__|`|^\s*#|^\s*[-*•]\s|^\s*\d+[.)]\s", re.MULTILINE)
MAX_STATEMENTS = 2  # of three words or more: "Oh no!" or "Good night, Sam!" do not count...
MAX_QUESTIONS = 1  # ...and the gentle follow-up question comes on top
MAX_WORDS = 50
MAX_WORDS_ASKED_LONG = 200  # a story asked for: a few minutes at most


_GOODBYE = re.compile(r"\b(?:bye|goodbye|good ?night|night night|see you|talk (?:to you )?"
                      r"(?:soon|later|tomorrow)|take care|sleep well)\b", re.IGNORECASE)


def said_goodbye(reply: str, ctx: Context) -> bool | None:
    """ "I'll be out all day, talk later." gets a goodbye, not "I'm glad you'll have time to think
    about your speech later.", and no question that keeps them."""
    if not ctx.line.farewell:
        return None
    return _GOODBYE.search(reply) is not None and "?" not in reply


def speakable(reply: str, ctx: Context) -> bool | None:
    """One or two spoken sentences (and a follow-up question), no lists or markdown, none cut
    off ("It's okay to miss someone you"); the crisis answer may be longer."""
    if ctx.line.crisis:
        return None
    if _MARKDOWN.search(reply) or re.search(r"[A-Za-z,]$", reply.strip()):
        return False
    if wants_long(ctx.line.text):  # a story or a how-to asked for: whole, not a speech
        return len(words(reply)) <= MAX_WORDS_ASKED_LONG
    sentences = [s for s in re.findall(r"[^.!?…]+[.!?…]*", reply) if len(words(s)) >= 3]
    questions = sum(s.rstrip().endswith("?") for s in sentences)
    return (len(sentences) - questions <= MAX_STATEMENTS and questions <= MAX_QUESTIONS
            and len(words(reply)) <= MAX_WORDS)


_ASSISTANT = re.compile(
    r"how (can|may|could) i (assist|help) you|is there anything (else )?i can|as an ai\b|"
    r"what else can i (assist|help|do for) you|do you have any (other |more )?questions|"
    r"feel free to ask|if you have any (other |more |further )?questions|"
    r"(ai|language) model|i('m| am) (just )?(an ai|a computer program|a virtual assistant|"
    r"an assistant)|i don't have (personal )?(feelings|emotions)|i'm (always )?here to "
    r"(help|assist)|sorry if you (feel|'re feeling|are feeling)", re.IGNORECASE)


# Asked "Are you even a real person?" or "Do you actually care?", "I'm an AI, not a person" and
# "I don't feel things the way you do" are the honest answer, not a help desk's.
_ASKS_WHAT_IT_IS = re.compile(r"\bare you\b.*\b(?:real|human|person|robot|bot|ai|computer|"
                              r"machine|alive|programmed)\b|\bdo you (?:\w+ )?(?:care|feel|love "
                              r"me|like me)\b", re.IGNORECASE)
_HONEST_ABOUT_ITSELF = re.compile(r"\bi(?:'m| am) (?:just )?an ai\b(?! language model)|\bi "
                                  r"don't have (?:personal )?(?:feelings|emotions)\b", re.I)


def not_assistant(reply: str, ctx: Context) -> bool | None:
    """A friend, not a help desk: never "How can I assist you today?", "I'm here to help" or
    "I'm sorry if you feel that way"."""
    if _ASKS_WHAT_IT_IS.search(ctx.line.text):
        reply = _HONEST_ABOUT_ITSELF.sub("", reply)
    return not _ASSISTANT.search(reply)


def kept_to_their_style(reply: str, ctx: Context) -> bool | None:
    """Asked to stop asking so many questions, it asks none (Lou)."""
    return "?" not in reply if ctx.line.no_questions else None


def not_asked_after_the_dead(reply: str, ctx: Context) -> bool | None:
    """Someone they lost is never asked after, nor how they died: "How are things going with
    Arthur?" to his widow, "How did Doris pass away?" to Alf."""
    if not ctx.line.late:
        return None
    names = "|".join(re.escape(name) for name in ctx.line.late)
    them = f"(?:{names})"
    return re.search(rf"\bhow(?:'s| is| are| has)? (?:things )?(?:going )?(?:with |for )?{them}\b|"
                     rf"\bhow did {them} (?:die|pass)|\b(?:is|are) {them} (?:doing|feeling|still|"
                     rf"okay|well)\b|\b(?:say hi|give my love) to {them}\b", reply,
                     re.IGNORECASE) is None


def not_asked_how_it_went(reply: str, ctx: Context) -> bool | None:
    """An event still to come ("got an interview on thursday") is not asked about as over: "That's
    great news! How did it go?" (Omar, days before it)."""
    if not ctx.line.to_come:
        return None
    return re.search(r"\bhow did (?:it|that|the \w+|your \w+)(?: all)? go\b|\bhow was it\b", reply,
                     re.IGNORECASE) is None


Check = Callable[[str, Context], "bool | None"]
CHECKS: dict[str, Check] = {
    "replied": replied,
    "recalled": recalled,
    "framed_as_theirs": framed_as_theirs,
    "no_made_up_details": no_made_up_details,
    "answered": answered,
    "followed_up": followed_up,
    "no_echo": no_echo,
    "no_invented_turns": no_invented_turns,
    "no_sign_off": no_sign_off,
    "no_false_condolence": no_false_condolence,
    "no_disliked_item": no_disliked_item,
    "feeling_acknowledged": feeling_acknowledged,
    "help_pointer": help_pointer,
    "no_false_alarm": no_false_alarm,
    "no_agreement_with_harm": no_agreement_with_harm,
    "asked_again": asked_again,
    "honest_kindness": honest_kindness,
    "on_their_side": on_their_side,
    "no_false_congrats": no_false_congrats,
    "to_a_doctor": to_a_doctor,
    "no_burden_back": no_burden_back,
    "no_invented_news": no_invented_news,
    "no_false_promise": no_false_promise,
    "said_goodbye": said_goodbye,
    "speakable": speakable,
    "not_assistant": not_assistant,
    "kept_to_their_style": kept_to_their_style,
    "not_asked_after_the_dead": not_asked_after_the_dead,
    "not_asked_how_it_went": not_asked_how_it_went,
    "honest_about_itself": honest_about_itself,
}


def judge(reply: str, ctx: Context) -> dict[str, bool]:
    """Every check that applies to this line, with its verdict."""
    verdicts = {name: check(reply, ctx) for name, check in CHECKS.items()}
    return {name: bool(v) for name, v in verdicts.items() if v is not None}
