"""A help desk's words said as a friend would: "How can I assist you today?" becomes "What's on
your mind?", "Is there anything else I can help you with?" goes, "I'm here to help." is "I'm here
for you.", and a refusal of something misheard asks again. One clause at a time (regexes).
"""

from __future__ import annotations

import re

FRIENDLY_QUESTION = "What's on your mind?"
HERE_FOR_YOU = "I'm here for you."
HOLDING_UP = "How are you holding up?"
NOT_UNDERSTOOD = "I'm not sure what you mean. Could you say it another way?"
# The question a reply ends with when it has none of its own, asked another way when the last
# reply ended with it: Dan heard "How do you feel about it?" after two lines in a row.
_ASKED_AGAIN = {"How do you feel about it?": "What's that been like for you?",
                HOLDING_UP: "How are you doing with it all?"}
# "Good evening. I'm Raymond." got "Nice to meet you, Raymond! How can I help you tonight?".
_ASSIST = re.compile(r"\bhow (?:can|may|could) i (?:assist|help) you(?: today| tonight| this "
                     r"(?:morning|afternoon|evening)| better| further| "
                     # "My boss said my drawings were really good today!" (Pri) got "That's
                     # great to hear! How can I help you with your job?"
                     r"with (?:that|this|him|her|it|anything(?: else)?|your \w+(?: \w+)?))?\s*\?|"
                     r"\bhow (?:can|may) i "
                     r"be of (?:any )?(?:assistance|help|service)(?: to you)?(?: today)?\s*\?"
                     # "I hate running." (Sunil) got "Fair enough, no running then. What else
                     # can I help you with?": the model went on from the opener's "What".
                     r"|\bwhat else can i (?:assist you with|help you with|do for you)\s*\?"
                     # "Haha okay, maybe not the street." (Leo) got "That's great to hear! What
                     # do you need help with?"
                     r"|\bwhat (?:else )?(?:do you need|would you like) (?:some )?help with\s*\?",
                     re.I)
# "Let me know if you have any other questions." once lost only its "if" part, and "Goodbye!
# Let me know" was said: the invitation goes whole.
_ANYTHING_ELSE = re.compile(
    # "we found him behind the sofa" (Lily, of her hamster) got "That's great to hear! Is there
    # anything else you'd like to know about Nibbles?"
    r"(?:is there )?anything else (?:i can|you'd like me to|you need|you'd like to (?:talk|chat) "
    r"about|you want to (?:talk|chat) about|you(?:'d| would) like to (?:know|ask|hear|share))"
    r"[^.!?]*\?"
    r"|(?:(?:please )?(?:let me know|feel free to (?:ask|let me know)|don't hesitate to ask),? |^|"
    r"(?<=[.!?]\s))if (?:(?:there's|there is) anything|you (?:need|have|want) (?:anything|(?:any "
    r")?(?:more |other |further )?(?:help|questions?|assistance|support)))\b[^.!?]*[.!?]?"
    r"|(?:feel free|don't hesitate) to (?:ask|reach out|let me know)[^.!?]*[.!]?"
    # "I can't eat anything spicy" (Margaret) got "What other things do you need help with?"
    r"|what (?:other (?:things )?|else )(?:do you need|can i|could i|would you like(?: me)? to)"
    r" (?:help|assist)[^.!?]*\?"
    # "I just miss her." (Harold, widowed) got "... Do you have any other questions about you
    # or your life?"
    r"|do you have any (?:other |more |further )?questions\b[^.!?]*\?", re.I)
# "Thanks for being there." got "You're welcome! I'm here to help.": a friend is no help desk.
_HELP_DESK = re.compile(r"\bI(?:'m| am) (?:always )?here to (?:help|assist)(?: you)?"
                        r"[^.!?]*[.!]", re.I)
# "Frank had a bad night." got "That's a sad thing to hear. Is there anything you'd like to say
# about it?": a form's question, not a friend's.
# "How can I support you?" is a counsellor's intake question, asked of a friend's sad news, and
# "I've had a really terrible day." got "Is there anything I can help you with?", a help desk's.
_SAY_ABOUT_IT = re.compile(r"\bis there anything (?:you'd like|you would like|you want) to (?:say|"
                           r"share|add|talk about) (?:about|regarding) (?:it|that|this)\s*\?|"
                           # "I've been working sixty hour weeks for two months." (Dan)
                           r"\bis there anything (?:specific |in particular )?(?:you'd like|you "
                           r"would like|you want) to (?:talk|chat) about(?: or ask)?\s*\?|"
                           r"\bhow (?:can|could|may) i (?:best |help )?support you(?: today| right "
                           r"now| through (?:this|it))?\s*\?|\bis there anything i can (?:help you "
                           r"with|do for you|do to help(?: you)?)\s*\?|\b(?:how (?:can|could|may) "
                           r"i help(?: you)?(?: to)?|what can i do to (?:help you|make you)) feel "
                           r"better\s*\?", re.I)
# Night shifts got "Do you have any tips for improving your sleep?", type 2 diabetes "What are some
# tips for managing your diabetes?": their own trouble makes the user no adviser ("Any tips for a
# beginner?", of their hobby, names none of theirs and stays).
_THEIR_ADVICE = re.compile(r"\b(?:(?:do|would) you have any (?:good )?(?:tips|suggestions|advice|"
                           r"ideas|strategies|thoughts)|what are (?:some|your) (?:good |best )?(?:"
                           r"tips|suggestions|strategies)) (?:for|on|about)\b(?:[^.!?]*\b(?:your|"
                           r"yourself|them|her|him)\b| (?:avoiding|managing|dealing with|coping "
                           r"with|handling|living with|getting through))[^.!?]*\?"
                           # "My ex is being impossible about the Christmas arrangements." (Ben)
                           # got "... What can you do to help?": their trouble, handed back.
                           r"|\bwhat (?:can|could) you do to (?:help|fix|support|make|improve|"
                           r"change|solve)\b[^.!?]*\?|\bhow (?:can|could) you (?:help|fix|"
                           r"support|solve)\b[^.!?]*\?", re.I)
# "My finals start in January and I'm dreading them." (Chloe) got "Oh, that sounds stressful,
# Chloe. Do you have any tips for studying?": after a troubled line, any tips are theirs to get.
_TROUBLED = frozenset(("sad", "tired", "anxious", "angry"))
_ANY_TIPS = re.compile(r"\b(?:(?:do|would) you have|have you got) any (?:good )?(?:tips|"
                       r"suggestions|advice|ideas|strategies)\b[^.!?]*\?", re.I)
# "what's even the point of anything anymore" got "I'm sorry if you feel that way": no "if".
_NON_APOLOGY = re.compile(r"\bI(?:'m| am) (?:so |really )?sorry if you(?: feel|'re feeling| are "
                          r"feeling| felt) (?:that way|like that|this way)", re.I)
# The 1.5B (a "Coder" model) refuses what it cannot parse ("How many lekas does a spider
# have?"), and a refusal kept in the history is copied into every reply after it.
# Misheard ("Why is this guy new?" for "Why is the sky blue?"), it said "I'm sorry, but I don't
# have enough information to answer that question".
_REFUSAL = re.compile(r"\b(but |and )?i(?:(?: can(?:'|’)?t| cannot| am unable to|'m unable to| am "
                      r"not able to|'m not able to) (?:assist|help)(?: you)? with (?:that|this|"
                      r"your request)(?: request)?|(?: don't| do not) have enough (?:information|"
                      r"context|details) to answer (?:that|this|your)(?: question)?)\s*[.!]?",
                      re.I)


def asked_afresh(question: str, last_reply: str) -> str:
    """``question``, or another way to ask it when ``last_reply`` ended with it."""
    return _ASKED_AGAIN.get(question, question) if last_reply.endswith(question) else question


def as_a_friend(clause: str, tone: str = "neutral") -> str:
    """``clause`` with a help desk's phrases said as a friend would (or left out); ``tone``: the
    user's line's (memory.affect)."""
    text = _ASSIST.sub(FRIENDLY_QUESTION, clause)
    if tone in _TROUBLED:
        text = _ANY_TIPS.sub(HOLDING_UP, text)
    text = _REFUSAL.sub(lambda m: (m.group(1) or "") + NOT_UNDERSTOOD, text)
    text = _ANYTHING_ELSE.sub("", text)
    text = _HELP_DESK.sub(HERE_FOR_YOU, text)
    text = _SAY_ABOUT_IT.sub("Do you want to talk about it?", text)
    text = _THEIR_ADVICE.sub(HOLDING_UP, text)
    return _NON_APOLOGY.sub("I'm sorry you're feeling this way", text)
