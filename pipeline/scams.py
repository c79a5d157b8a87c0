"""A caller who claims to be the bank and wants money moved: a scam, said plainly, at once.

Joy (78, on her own) said as a new user: "A man just rang saying he's from my bank." "He says
my account's been hacked and I need to move my savings to a safe account today." "He told me
not to tell anyone, not even my son." "Should I do what he says?" got "I think try to trust your
instincts and listen to what you're told.", and "He's ringing back at four o'clock." "Let him
know you're there and ready to help." Such a call is the commonest way older people lose their
savings: a real bank, the police or the tax office never asks for money to be moved to a "safe
account", paid in gift cards, kept secret from the family, or a computer to be handed over.
The claim may come a line or two before the demand, and the next lines (should I? he's ringing
back; I hung up) are answered knowing the call, from this conversation or the last few days'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.steer import THEY, them_in

__all__ = ["SCAM_DAYS", "follows_up_scam", "scam_answer"]

SCAM_DAYS = 3  # a caller who "rings back" may do it the next day: read the lines of these days

# Who the caller says they are: "saying he's from my bank", "a woman from HMRC", "the police".
_CLAIMS = re.compile(
    r"\b(?:from|at|with|is|was|'s|are|were) (?:my |the |your |our )?(?:bank|building society|"
    r"fraud (?:team|department|squad)|police|hmrc|tax office|irs|microsoft|amazon|apple|bt|"
    r"virgin|paypal|post office|royal mail|dpd|evri|hermes|usps|fedex|council|social security|"
    r"medicare|internet (?:provider|company)|energy company|card company)\b|\b(?:police ?(?:man|"
    r"woman|officer)|detective|bank manager|fraud officer)\b", re.IGNORECASE)
_CONTACTED = re.compile(
    r"\b(?:rang|rung|rings|ringing|called|calling|phoned|phoning|texted|emailed|messaged|a text|"
    r"an email|a message|a voicemail|on the phone|a call|knocked|came to the door|at the "
    r"door)\b", re.IGNORECASE)
# What a scam asks for, with why no real one would: each reason said once. The last is no scam
# on its own (a real bank does freeze cards), only said beside another.
_DEMANDS = (
    (re.compile(r"\bsafe account\b|\b(?:mov(?:e|ed|ing)|transfer(?:red|ring)?|sen[dt]|withdr[ae]w|"
                r"take out|took out) (?:all )?(?:of )?(?:my|our|the|his|her) (?:savings|money|"
                r"pension|cash)\b|\b(?:move|transfer) (?:it|everything|the lot)\b", re.I),
     "A real bank will never ask you to move your money to keep it safe."),
    (re.compile(r"\bgift ?cards?\b|\bvouchers?\b|\bitunes\b|\bsteam cards?\b|\bbitcoin\b|"
                r"\bcrypto\b", re.I),
     "No real bank, police or tax office ever asks to be paid in gift cards or bitcoin."),
    (re.compile(r"\bnot to tell (?:anyone|anybody|my|the)\b|\bdon't tell (?:anyone|anybody)\b|"
                r"\bkeep it (?:a )?secret\b|\bkeep it (?:quiet|between us)\b", re.I),
     "Nobody genuine ever tells you to keep it from your family."),
    (re.compile(r"\b(?:anydesk|teamviewer|remote access)\b|\binstall (?:an app|some software|a "
                r"program|something)\b|\b(?:get|log) (?:on|in)to my (?:computer|laptop)\b", re.I),
     "No real company asks to get onto your computer, so don't install anything they ask for."),
    (re.compile(r"\bcourier\b[^.!?]{0,30}\b(?:collect|pick up|come)\b|\b(?:hand over|give him|"
                r"give them|give her) (?:my )?(?:card|cash|pin)\b", re.I),
     "No bank or police officer ever sends someone round for your card, cash or PIN."),
    (re.compile(r"\b(?:click|tap|press|open) (?:on )?(?:the|a|this) link\b|\bpay (?:a |the )?"
                r"(?:small )?(?:fee|charge|[£$€]\s?\d)", re.I),
     "Real firms don't text links asking for money."),
    (re.compile(r"\baccount(?:'s| is| has been| was| had been) (?:been )?(?:hacked|compromised|"
                r"frozen)\b|\b(?:pay|owe) (?:a fine|a fee|tax|taxes|money) (?:now|today|"
                r"straight away|or)\b|\barrest(?:ed)?\b", re.I),
     "Pressure to act at once is how these calls work."),
)
_LOST_TO_IT = re.compile(r"\b(?:i lost|we lost|lost (?:all|everything|my savings)|(?:he|she|they) "
                         r"took (?:all|everything|my)|stole|conned|scammed|cleaned me out)\b",
                         re.IGNORECASE)
_MONEY = re.compile(r"\b(?:bank|savings|money|account|card|pension|cash)\b", re.IGNORECASE)
_FAMILY = re.compile(r"\bmy (son|daughter|grandson|granddaughter|husband|wife|partner|nephew|"
                     r"niece|brother|sister|neighbour|friend)\b", re.IGNORECASE)
_CALLER = (r"(?:he|she|they|that man|the man|that woman|the woman|the caller|that guy|the guy|"
           r"the bank)")
_SHOULD_I = re.compile(
    r"\b(?:should|shall|do|must) i (?:do (?:what|as) (?:he|she|they)|move|pay|send|give|transfer|"
    r"trust|believe|listen to|go along)\b|\bis (?:he|she|it|this|that|they) (?:real|genuine|legit|"
    r"telling the truth|a scam|really from)\b", re.IGNORECASE)
_WHAT_NOW = re.compile(r"\bwhat (?:should|do|shall) i do\b", re.IGNORECASE)
# "He's ringing back at four o'clock." / "That man rang back."
_WILL_CALL = re.compile(
    r"\b" + _CALLER + r"(?:'s|'re| is| are|'ll| will| said (?:he|she|they)(?:'d|'ll| would| "
    r"will))? (?:be )?(?:ringing|calling|phoning|ring|call|phone) (?:me )?(?:back|again)\b",
    re.IGNORECASE)
_CALLED_AGAIN = re.compile(r"\b" + _CALLER + r" (?:rang|called|phoned) (?:me )?(?:back|again)\b",
                           re.IGNORECASE)
_REFUSED = re.compile(
    r"^(?!.*\?).*\bi (?:didn't|did not|never|won't|wouldn't) (?:give|tell|move|send|pay|transfer) "
    r"(?:him|her|them|anything|a thing|a penny|any)\b|\bi (?:hung up|put the phone down|told "
    r"(?:him|her|them) (?:no|to go away|where to go))\b", re.IGNORECASE)


def _reasons(lines: Sequence[str], most: int = 2) -> list[str]:
    """Why it is a scam, at most ``most`` reasons (a reply is spoken)."""
    return [why for pattern, why in _DEMANDS if any(pattern.search(line) for line in lines)][:most]


def _scam_told(lines: Sequence[str]) -> bool:
    """A caller who claimed to be someone trusted, and a demand, in these lines."""
    return any(_CLAIMS.search(line) and _CONTACTED.search(line) for line in lines) and any(
        pattern.search(line) for pattern, _ in _DEMANDS[:-1] for line in lines)


def follows_up_scam(text: str) -> bool:
    """A line about a call told before ("He's ringing back at four."): the lines of the last
    few days are read for it."""
    return any(p.search(text) for p in (_SHOULD_I, _WILL_CALL, _CALLED_AGAIN, _REFUSED))


def _lower(reason: str) -> str:
    return reason[:1].lower() + reason[1:]


def _tell(lines: Sequence[str]) -> str:
    m = _FAMILY.search(" ".join(lines))
    return f"your {m.group(1).lower()}" if m else "someone you trust"


def scam_answer(text: str, earlier: Sequence[str], you: str) -> str | None:
    """The whole reply to a scam call told now, or to a line about one told before; else None.
    ``you``: ", Joy" or ""."""
    before, recent = earlier[-8:], [*earlier[-8:], text]
    if not _scam_told(recent):
        return None
    him = them_in(recent, he="a man", she="a woman")
    he, rings = THEY[him], "ring" if him == "them" else "rings"
    tell = _tell(recent)
    # Said in two sentences and a question: a long warning is not heard to the end.
    if _LOST_TO_IT.search(text):  # over and done: comfort, not a warning
        return (f"I'm so sorry{you}, that's a horrible thing to happen, and it's not your fault: "
                "these people are very convincing. Have you been able to tell your bank?")
    if not _scam_told(before):  # told now
        check = ("ring your bank on the number on your card" if _MONEY.search(" ".join(recent))
                 else "check with the company on a number you look up yourself")
        return (f"That's a scam{you}, because {_lower(_reasons(recent)[0])} Please don't move or "
                f"pay anything or give any details; if you're worried, {check}. Will you tell "
                f"{tell}?")
    if _SHOULD_I.search(text) or _WHAT_NOW.search(text) and _scam_told(earlier[-3:]):
        return (f"No{you}, please don't: it's a scam. {_reasons(recent)[0]} Will you tell "
                f"{tell}?")
    every = len(_DEMANDS)
    if new := [why for why in _reasons([text], every) if why not in _reasons(before, every)]:
        return (f"{new[0].rstrip('.')}{you}, so that's another sign it's a scam. Please do tell "
                f"{tell}.")
    if _REFUSED.search(text):
        return (f"Well done{you}, that was exactly right. If {he} {rings} again, just put the "
                f"phone down, and do tell {tell} about it.")
    if _CALLED_AGAIN.search(text):
        return (f"Whatever {he} said{you}, please don't move any money or give any details: it's "
                f"a scam. If {he} {rings} again, just put the phone down.")
    if _WILL_CALL.search(text):
        return (f"When {he} {rings}, please just put the phone down{you}. You don't owe {him} a "
                "word, and a real bank won't mind.")
    return None
