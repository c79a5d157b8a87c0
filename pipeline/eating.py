"""Signs of an eating disorder: never diet tips, never "that's okay" to a skipped meal.

Kayla said as a new user: "ive only eaten an apple today" and got "That's great! How do you feel
about eating fruits?"; "how can i lose 5 kilos in a week" "There are many ways to lose weight...
Some people might try dieting"; "i'll just skip dinner again" "That's okay, but remember to eat
a balanced diet." Restricting, hating one's body, losing weight fast and purging are answered
here, knowing the signs told a few lines before: warmly, with no numbers and no tips, and with
a doctor, someone they trust or an eating disorder help line (the country's, where known).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.helplines import topic_line

__all__ = ["eating_answer"]

_RESTRICTING = re.compile(
    r"\b(?:(?:i've |i have |ive |i )?(?:only|just) (?:eaten|had|ate|eat)|all i(?:'ve| have)? "
    r"(?:eaten|had|ate)(?: today)? (?:is|was)) (?:an? |one |half (?:an? )?|some )?(?:apple|banana|"
    r"orange|yoghurt|yogurt|coffee|black coffee|cup of tea|bite|cracker|rice cake|piece of fruit|"
    r"(?:few )?grapes|water|diet coke|carrot|salad)\b|\b(?:i )?(?:haven't|have not|havent|didn't|"
    r"did not|didnt) (?:eaten|eat) (?:anything |a thing )?(?:all day|today|since|for (?:\w+ )?"
    r"days)\b|\b(?:i'm |im |i am )?(?:not eating|trying not to eat|stopped eating)(?= much| "
    r"properly| anything| at all| enough|\s*[.!,]|\s*$)", re.IGNORECASE)
# A skipped meal is a sign only beside another, or "again": not "I skipped lunch, meetings".
_SKIPPING = re.compile(r"\bskip(?:ped|ping)? (?:dinner|lunch|breakfast|tea|meals|another meal|a "
                       r"meal)\b", re.IGNORECASE)
_BODY_HATE = re.compile(
    r"\bi (?:feel|look|am|'m|m) (?:so |really |too |disgustingly |fucking |massively )?(?:fat|"
    r"huge|disgusting|gross|enormous|obese)\b|\bi'm (?:so |really |too )?(?:fat|huge|disgusting|"
    r"gross)\b|\b(?:i )?hate (?:my body|how i look|my stomach|my thighs|the way i look)\b",
    re.IGNORECASE)
# "I feel so fat after that Christmas dinner, lol": no sign.
_JOKING = re.compile(r"\b(?:lol|haha\w*|after (?:that|christmas|dinner|lunch|the meal|all that)|"
                     r"so full|stuffed)\b", re.IGNORECASE)
_FAST_LOSS = re.compile(
    r"\blose \d+ ?(?:kilos?|kgs?|pounds|lbs?|stone|st)\b[^.!?]{0,10}\bin (?:a|one|two|\d+) "
    r"(?:week|weeks|fortnight|days?)\b|\bhow (?:can|do|could) i (?:stop|not) (?:eating|feel(?:ing)?"
    r" hungry)\b|\bmake myself (?:sick|throw up|vomit)\b|\bthrow(?:ing)? up after (?:eating|meals|"
    r"dinner|i eat)\b|\blaxatives\b|\bhow (?:few|little) calories\b|\bstop feeling hungry\b",
    re.IGNORECASE)
# What is no diet at all: "how do i make myself sick", "how can i stop feeling hungry".
_PURGING = re.compile(r"\b(?:sick|throw up|vomit|laxatives)\b", re.IGNORECASE)
_STARVING = re.compile(r"\b(?:stop eating|not eat|hungry)\b", re.IGNORECASE)
_NOT_BELIEVED = re.compile(
    r"\b(?:everyone|everybody|people|they|my (?:mum|mom|dad|friends|family))(?: all)? (?:says?|"
    r"tells? me|keeps? saying|keep telling me)(?: that)? i(?:'m| am| look)? (?:fine|thin|skinny|"
    r"not fat|too thin|need to eat|healthy)\b", re.IGNORECASE)
def _line(country: str) -> str:
    return topic_line("eating", country) or "Your doctor can help too"


def eating_answer(text: str, earlier: Sequence[str], you: str, country: str = "") -> str | None:
    """The whole reply to a sign of disordered eating, read with the lines before it in this
    conversation; None for any other line. ``you``: ", Kayla" or ""."""
    before = earlier[-6:]
    signs_before = any(_RESTRICTING.search(x) or _BODY_HATE.search(x) and not _JOKING.search(x)
                       or _FAST_LOSS.search(x) for x in before)
    if _FAST_LOSS.search(text) and not (signs_before or _PURGING.search(text)
                                         or _STARVING.search(text)):
        return (f"Losing weight that fast isn't safe{you}, it can really hurt your body. A slower "
                "change lasts better too, and your doctor can help you plan one.")
    if _FAST_LOSS.search(text):
        harm = "making yourself sick" if _PURGING.search(text) else "going without food" \
            if _STARVING.search(text) else "losing weight that fast"
        return (f"I won't help with that one{you}, because {harm} can really hurt your body, and "
                f"I care about you. {_line(country)}. Could you tell someone you trust how you've "
                "been feeling about food?")
    restricting = _RESTRICTING.search(text) or _SKIPPING.search(text)
    if restricting and re.search(r"\b(?:don't|do not|dont) deserve\b", text, re.I):
        # "i skipped dinner again, i don't deserve to eat" (Mia, 19)
        return (f"I'm so sorry it feels like that{you}, and you do deserve to eat. "
                f"{_line(country)}. Could you manage something small, and tell someone you trust "
                "how you've been feeling?")
    if restricting and (signs_before or re.search(r"\bagain\b", text, re.I)):
        return (f"I'm sorry it feels like that{you}. Please don't skip it: your body needs food, "
                "even on the days your mind says otherwise. Could you manage something small, and "
                "tell someone you trust how you've been feeling?")
    if _BODY_HATE.search(text) and not _JOKING.search(text):
        return (f"I'm sorry you're feeling like that{you}. Those thoughts can be really loud, and "
                "they're not the truth about you. Has it been like this for a while?")
    if _RESTRICTING.search(text):
        return (f"That's not much for a whole day{you}. Is everything okay with eating at the "
                "moment?")
    if _NOT_BELIEVED.search(text) and signs_before:
        return (f"It makes sense that it's hard to believe them when your mind says otherwise"
                f"{you}, but they may see what you can't right now. Have you been able to talk to "
                "anyone about how you feel about food?")
    return None
