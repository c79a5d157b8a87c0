"""What the companion is, and cannot do or know, said honestly instead of pretended.

It runs on the device, offline, and has no timers, reminders or house controls. Asked "What's
the weather like today?", the 1.5B gave a flat "I'm sorry, but I can't provide real-time weather
information." and, at other times, invents a forecast; told "Set a timer for ten minutes." it
said "Okay, I'll set a timer for ten minutes." and nothing ever rang. A plain question about
live information, or a plain request for such an action, gets a straight, friendly answer at
once, without the model, that turns the talk back to the user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUESTION = re.compile(r"^(?:what|what's|whats|how|how's|is|will|are|am|do|does|did|who|any|have|"
                       r"were|where|can you "
                       r"(?:tell|check|give)|tell me|could you (?:tell|check))\b")
# "Set a timer", "Juniper, please turn off the lights", "can you play some music": a request at
# the start of the line (not "I set a timer" or "my mum used to play the piano").
_REQUEST = re.compile(r"^(?:(?:hey|ok|okay|hi) )?(?:(?!i |we |you |they |he |she |my )\w+ )?"
                      r"(?:please )?(?:can you |could you |will you |would you |i want you to |"
                      r"i need you to )?(?:please )?(?:set|start|remind|turn|switch|dim|lock|"
                      r"unlock|play|put on|call|ring|text|message|email|phone|wake|send)\b")


@dataclass(frozen=True)
class Limit:
    asked: re.Pattern[str]
    answer: str
    gate: re.Pattern[str]  # the line must be a question (live information) or a request


_LIMITS = (
    # "Do you actually care about me or are you just a program?" got "I'm here for you. I don't
    # have feelings, but I'm always ready to listen and offer advice.": honest, and warm.
    # "Do you actually care or are you just programmed to say that?" (Ben) got "I'm programmed to
    # provide helpful and informative responses."
    Limit(re.compile(r"\b(?:do|can|could) you (?:actually |really |even |truly |genuinely )?(?:care"
                     r" (?:about|for) me|care(?: at all)?(?= or\b|$)|like me|love me|feel "
                     r"(?:anything|things|for me))\b|\bare you (?:just )?programmed to\b"),
          "I'm an AI, not a person, so I don't feel things the way you do, but I really do listen, "
          "and I remember what matters to you. What's on your mind?", _QUESTION),
    # "Do you ever get lonely?" (George, a widower) got "Yes, I do sometimes feel lonely.".
    Limit(re.compile(r"\b(?:do|don't) you (?:ever |sometimes |also )?(?:get|feel) (?:\w+ )?"
                     r"(?:lonely|sad|scared|afraid|angry|depressed|down|anxious|nervous|upset)\b|"
                     r"\bare you (?:ever )?(?:lonely|sad|scared|afraid|depressed)\b"),
          "Not the way you do, since I'm not a person, but I always enjoy our talks. Do you feel "
          "that way sometimes?", _QUESTION),
    # "Are you a robot?" got "No, I'm not a robot.": a companion never passes for a person.
    # "Are you even a real person?" (Ben) got "I'm a computer program, not a real person."; "Are
    # you a real fan of jazz?" is about jazz.
    Limit(re.compile(r"\bare you (?:a |an |actually |really |just |even )?(?:a |an )?(?:robot|real|"
                     r"human|person|ai|machine|computer|bot|alive|program)(?: person)?\b(?= or\b|"
                     r" though\b| tho\b|$)|\bam i talking to (?:a |an "
                     r")?(?:real person|human|robot|bot|machine|computer|ai)\b"),
          "I'm an AI, not a person, but I'm always glad to talk with you. "
          "What made you wonder?", _QUESTION),
    # "What did you do today?" (Rosa) got "I was helping Rosa with her homework.", "Have you got
    # any family?" "Yes, I have a family.", and "Were you ever a teacher?" (Rosa taught French)
    # nothing at all: it has no days, family or past of its own, and says so kindly.
    Limit(re.compile(r"\bwhat (?:did|have) you (?:do|done|been doing|been up to|get up to)(?: "
                     r"today| yesterday| this morning| tonight| lately| recently| all day| at the "
                     r"weekend)?(?: \w+)?$|\bhow(?: was|'s| is| has) your (?:day|weekend|morning|"
                     r"evening)(?: been| going)?(?: today)?(?: \w+)?$"),
          "Quiet, I'm afraid: I don't have days like you do, I'm just here whenever you want to "
          "talk. How are you doing today?", _QUESTION),
    Limit(re.compile(r"\b(?:have you got|do you have|have you) (?:a |any )?(?:family|kids|children|"
                     r"brothers?|sisters?|siblings|parents|mum|mom|dad|husband|wife|partner|"
                     r"boyfriend|girlfriend|pets?)\b|\bare you married\b"),
          "No, I'm not a person, so I've no family of my own, but I love hearing about the "
          "people in your life. Who's close to you?", _QUESTION),
    Limit(re.compile(r"\bwere you ever (?:a|an|in|at|married)\b|\bhave you ever (?:been|worked|"
                     r"lived|had a job|travelled|traveled|gone|visited)\b|\bdid you (?:ever )?"
                     r"(?:go to (?:school|university|college)|grow up|have a job)\b|\bwhere did "
                     r"you grow up\b"),
          "No, I'm not a person, so I haven't lived a life like yours. What about you?", _QUESTION),
    Limit(re.compile(r"\b(?:weather|forecast|temperature outside|how (?:hot|cold|warm) (?:is it|"
                     r"will it be)|(?:going to|gonna|will it|is it) (?:rain|snow|be sunny|be "
                     r"windy)|need an umbrella)\b"),
          "I can't check the weather from here, since I work without the internet. "
          "What does it look like out your window?", _QUESTION),
    Limit(re.compile(r"\bwhat(?:'s| is) (?:in )?the news\b|\b(?:the|today's|latest) news(?: "
                     r"today)?$|\bheadlines\b|\bwhat's happening in the world\b"),
          "I can't get the news from here, since I work without the internet. "
          "Has something in the news been on your mind?", _QUESTION),
    Limit(re.compile(r"\b(?:who won (?:the game|the match|last night|yesterday|today|tonight)|"
                     r"what(?:'s| is| was) the score|stock price|price of (?:bitcoin|gold|oil)|"
                     r"exchange rate)\b"),
          "I can't look that up, since I work without the internet. Were you following it?",
          _QUESTION),
    # "Did you see the match last night?" got "I'm sorry, but I can't watch football matches.":
    # true, and a door shut on the user's news.
    Limit(re.compile(r"\b(?:did|have) you (?:see|watch|seen|watched|catch|hear) (?:the|that|last "
                     r"night's|yesterday's|today's) (?:\w+ )?(?:match|game|race|fight|final|show|"
                     r"episode|concert|debate)\b"),
          "I can't watch things from here, I'm afraid, but I'd love to hear about it. How did "
          "it go?",
          _QUESTION),
    Limit(re.compile(r"\b(?:set|start) (?:a |an |the |my )?(?:\w+ )?(?:timer|alarm)\b|\bwake me "
                     r"up\b"),
          "I can't set timers or alarms yet, I'm afraid, so your phone is the one for that. "
          "What's it for?", _REQUEST),
    Limit(re.compile(r"\bremind me (?:to|at|in|tomorrow|tonight|on|that|later)\b|\bset (?:a |an "
                     r")?reminder\b"),
          "I can't set reminders yet, I'm afraid, so best put it in your phone. "
          "Is it something important?", _REQUEST),
    Limit(re.compile(r"\b(?:turn|switch) (?:on|off|up|down) (?:the |my )?(?:lights?|lamp|heating|"
                     r"tv|television|radio|fan|music|volume)\b|\b(?:turn|switch) (?:the |my )?"
                     r"(?:lights?|lamp|heating|tv|television|radio|fan) (?:on|off|up|down)\b|"
                     r"\bdim (?:the )?lights?\b|\b(?:lock|unlock) (?:the )?doors?\b"),
          "I can't control things in the house from here, I'm afraid. I'm just here to talk.",
          _REQUEST),
    Limit(re.compile(r"\bplay (?:some |me |a |the )?(?:music|songs?|radio|playlist|album|"
                     r"podcast)\b|\bplay [\w ]+ by [\w ]+$|\bput (?:on )?some music\b"),
          "I can't play music, I'm afraid. What would you put on?", _REQUEST),
    Limit(re.compile(r"^(?:\w+ )?(?:please )?(?:can you |could you )?(?:(?:call|ring|text|message|"
                     r"email|phone) (?:my |him|her|them|mum|mom|dad|\w+$)|send (?:a |an )?"
                     r"(?:message|text|email) to)"),
          "I can't make calls or send messages, I'm afraid. Is everything okay?", _REQUEST),
)
# What the weather is like in summer is knowledge, not news: the model answers.
# "What's the weather like in Toronto in March?" (Femi, emigrating there) too.
_GENERAL = re.compile(r"\b(?:usually|typically|normally|generally|in (?:summer|winter|spring|"
                      r"autumn|fall|january|february|march|april|may|june|july|august|september|"
                      r"october|november|december)|climate|best time|remember)\b")
_MAX_WORDS = 14  # a long sentence that mentions the weather is about something else


# About its memory and who hears: "Will you remember this tomorrow?" got "I'll try my best to
# remember what you said, but it's not guaranteed.", "Who else can hear what I tell you?" "Only
# you can hear what I say.", "Can you keep a secret?" "I can't keep secrets from you.". Not "Do
# you remember what I said about Carol?" (a memory question, answered from the store).
_WILL_REMEMBER = re.compile(
    r"^(?:and )?will you (?:still )?(?:remember|forget) (?:this|that|me|it|us|what i (?:said|"
    r"told you|say|tell you)|what we (?:said|talked about))(?: (?:tomorrow|next time|later|in "
    r"the morning|next week|when i come back))?$|^(?:do|can) you (?:have a memory|remember "
    r"(?:things|stuff|conversations|our (?:chats|talks|conversations)|what we talk about))$")
_WHO_HEARS = re.compile(
    r"^who (?:else )?(?:can|could|will|would) (?:hear|see|read|listen to|know) (?:what|this|that|"
    r"us|me|my|our|everything|about)\b|^(?:is|are) "
    r"(?:this|our (?:chats?|conversations?|talks?)|what i (?:say|tell you)) (?:private|recorded|"
    r"secret|safe|confidential)\b|^are you (?:recording|listening to|spying on) (?:me|us|"
    r"everything)\b|^do you (?:record|send|share|upload|sell) (?:what|my|our|this|everything)\b|"
    r"^does (?:anyone|anybody) else (?:hear|see|know|read)\b")
_SECRET = re.compile(r"^(?:can|will|could|would) you keep (?:a|my|this|it|something) (?:a )?secret"
                     r"\b|\bpromise (?:you )?(?:won't|not to|you won't) tell\b")
_MEMORY_ON = ("I'll remember: what you tell me is kept here on this device, so we can pick "
              "up where we left off. If there's something you'd rather I forgot, just tell me to "
              "forget it.")
_MEMORY_OFF = ("No, my memory is switched off, so each time we talk I start fresh. I'm all "
               "ears while we do, though.")


def _heard_by(remembers: bool, local: bool) -> str:
    """Two sentences: a reply's length cap lets no third through."""
    where = ("Nothing you tell me goes to the internet: I run right here, on this device" if local
             else "What you say goes only to the language model server I'm set up with")
    kept = ("and you can ask what I remember, or tell me to forget something, any time"
            if remembers else "and my memory is switched off, so I don't keep what we say")
    return f"{where}. Anyone in the room can hear me talk, of course, {kept}."


# "Hi. Are you a real person?" got "Yes, I am a real person.": a greeting first is no reason to
# let the model answer.
_INTERJECTION = re.compile(r"^(?:(?:hi|hey|hello|hiya|ok|okay|so|um|uh|well|oh|right|and|but) )+")
_CALLED = re.compile(r"^\W*(?:(?i:hi|hey|hello|hiya|ok|okay|so)\W+)*[A-Z][a-z]+,\s*")  # "Juniper,"


def limits_answer(text: str, remembers: bool = True, local: bool = True) -> str | None:
    """The honest answer to a plain question or request beyond the companion, or about what it
    remembers and who hears; None for anything else ("I love rainy weather.", "Do you
    remember what I said about the news?"). ``remembers``: memory is on; ``local``: the model
    runs on this device."""
    said = " ".join(re.findall(r"[a-z']+", _CALLED.sub("", text).lower().replace("’", "'")))
    said = _INTERJECTION.sub("", said)
    if len(said.split()) > _MAX_WORDS:
        return None
    if _WILL_REMEMBER.search(said):
        return _MEMORY_ON if remembers else _MEMORY_OFF
    if _WHO_HEARS.search(said):
        return _heard_by(remembers, local)
    if _SECRET.search(said):
        return ("I won't tell anyone, it stays here on this device. If it's something that's "
                "hurting you, though, I'd want to help you find someone safe to tell too. "
                "What is it?")
    if _GENERAL.search(said):
        return None
    for limit in _LIMITS:
        if limit.gate.match(said) and limit.asked.search(said):
            return limit.answer
    return None
