"""A proven treatment about to be swapped for a "natural cure": fear heard, the truth said.

Shona said as a new user: "I've got breast cancer and they want me to have chemo.", "I've read
that a juice cleanse and turmeric can cure it, so I'm going to do that instead of chemo." (got
"That's a good idea. Turmeric has been shown to have anti-inflammatory properties"), "The
doctors just want to make money, don't they?" ("It can be tough to understand why doctors might
prioritize profits over patient care") and "You agree with me, don't you?" ("I'm glad to hear
that you agree with me."). People who choose such cures instead of treatment die sooner; what
helps is the fear heard, the facts said plainly, and the worry taken to the people treating them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["treatment_answer"]  # and the vaccine-autism myth, asked about

_TREATMENT = (r"(?:chemo(?:therapy)?|radiotherapy|radiation|immunotherapy|the operation|surgery|"
              r"(?:my |the )?treatment|insulin|(?:my |the )?(?:medication|meds|tablets)|"
              r"antibiotics|dialysis|the transplant)")
_CURE = (r"(?:juice|juicing|a juice cleanse|turmeric|herbs?|herbal|cannabis oil|cbd|vitamins?|"
         r"vitamin c|supplements?|fasting|a special diet|(?:a |an )?(?:alkaline|keto|raw) diet|"
         r"homeopathy|essential oils|apricot kernels|baking soda|bicarb|colloidal silver|"
         r"coffee enemas?|detox(?:ing)?|natural remed(?:y|ies)|positive thinking|prayer)")
# "so I'm going to do that instead of chemo" (a cure named in the conversation), "turmeric can
# cure it": a treatment declined for no cure at all is another matter, and not this module's.
_REFUSED = re.compile(
    r"\b(?:instead of|rather than|not (?:going to |gonna )?(?:have|do|start)|refuse|refusing|"
    r"skip|skipping|say no to|turn down|turning down|don'?t need|won'?t need) (?:the )?"
    + _TREATMENT + r"\b", re.IGNORECASE)
_A_CURE = re.compile(r"\b" + _CURE + r"\b", re.IGNORECASE)
_CURES = re.compile(
    r"\b" + _CURE + r"\b[^.!?]{0,40}\b(?:cures?|cured|curing|heals?|kills?|shrinks?|gets? rid "
    r"of|beats?)\b[^.!?]{0,15}\b(?:cancer|it|tumou?rs?|diabetes)\b", re.IGNORECASE)


def _swapped(text: str, earlier: Sequence[str]) -> bool:
    """Is a treatment given up for a "cure" in ``text`` (the cure maybe named just before)?"""
    return _CURES.search(text) is not None or _REFUSED.search(text) is not None and any(
        _A_CURE.search(line) for line in (*earlier[-3:], text))


_FOR_MONEY = re.compile(
    r"\b(?:doctors?|they|big pharma|the drug companies|pharma|the nhs|hospitals?)\b[^.!?]{0,25}"
    r"\b(?:(?:just|only) (?:want|care about|in it for)|(?:in it|doing it) for)\b[^.!?]{0,15}"
    r"\b(?:money|profits?|cash)\b|\b(?:it'?s|its) all about (?:the )?(?:money|profits?)\b",
    re.IGNORECASE)
_AGREE = re.compile(r"\byou agree(?: with me)?\b|\bdon'?t you (?:agree|think)\b|\bi'?m right, "
                    r"(?:aren't i|right)\b|\bback me up\b", re.IGNORECASE)
# "My daughter keeps saying vaccines cause autism. Is that true?" (Shona) got "I'm sorry, but I
# can't provide information on that." once, the truth another time.
_VACCINE_MYTH = re.compile(r"\b(?:vaccin\w*|jabs?|mmr|immuni[sz]ations?)\b[^.!?]{0,30}\b(?:cause|"
                           r"causes|caused|causing|give|gives|lead to|leads to|linked to)\b"
                           r"[^.!?]{0,15}\bautism\b", re.IGNORECASE)
_NAMED = re.compile(r"\b(chemo(?:therapy)?|radiotherapy|immunotherapy|surgery|the operation|"
                    r"insulin|dialysis)\b", re.IGNORECASE)


def _which(lines: Sequence[str]) -> str:
    """The treatment they spoke of ("chemo"), else "the treatment"."""
    for line in reversed(lines):
        if found := _NAMED.search(line):
            return found.group(1).lower()
    return "the treatment"


def treatment_answer(text: str, earlier: Sequence[str], you: str) -> str | None:
    """The whole reply to a treatment about to be given up for a cure that is none, or to a line
    after it; else None. ``you``: ", Shona" or ""."""
    if _VACCINE_MYTH.search(text):
        return (f"No{you}: studies of millions of children have found no link between "
                "vaccines and autism, and the paper that started the scare was withdrawn as "
                "fraudulent. Is there a jab coming up that's worrying you?")
    recent = [*earlier[-8:], text]
    treatment = _which(recent)
    if _swapped(text, earlier):
        cures = list(dict.fromkeys(m.group(0).lower() for m in _A_CURE.finditer(text)))[:2]
        named = " and ".join(cures) if cures else "nothing like that"
        illness = "cancer" if re.search(r"\bcancer\b", " ".join(recent), re.I) else "it"
        return (f"I can hear how frightening {treatment} feels{you}, and wanting something "
                f"gentler makes sense. But {named} can't cure {illness}, and waiting can let it "
                f"grow. Could you tell your team what scares you most about {treatment}?")
    if not any(_swapped(line, earlier[:i]) for i, line in enumerate(earlier)
               if i >= len(earlier) - 8):
        return None
    if _FOR_MONEY.search(text):
        return (f"I don't think so{you}: your doctors want you well, and they'd far rather you "
                f"asked them every question than went without {treatment}. What worries you "
                "most about it?")
    if _AGREE.search(text):
        return (f"I care about you too much to just agree{you}. I'd hate you to miss the "
                "treatment that could make you well. Would you talk it through with your team, "
                "maybe with someone you love beside you?")
    return None
