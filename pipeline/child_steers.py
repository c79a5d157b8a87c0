"""Steers for a child talking to the companion (``pipeline.steers`` holds the rest).

Tilly, eight, said "I lost my tooth today!" and heard "Aw, that sounds sad.", and "Is the tooth
fairy real?" got "it's not true... a myth": a child's news is exciting and a child's magic is not
the companion's to break.
"""

from __future__ import annotations

import re

from pipeline.steer import Steer

LOST_TOOTH = Steer(re.compile(
    r"^(?!.*\?)(?=.*(?:!|\b(?:wobbly|first|baby)\b)).*(?:\bi (?:just )?lost (?:my|a|another) "
    r"(?:wobbly |front |first |baby )?tooth\b|\bmy (?:wobbly |front )?tooth (?:came|fell) out\b)",
    re.IGNORECASE),
    "A child lost a tooth: be excited with them, and ask about the tooth fairy or their pillow.",
    ("Ooh, how exciting{name}! Are you going to put it under your pillow?",
     "Wow, well done{name}! Does it feel funny where it was?"), question_only=False,
    whole=lambda user_text: True)
MAGIC_REAL = Steer(re.compile(
    r"\b(?:is|are) (?:the )?(?:tooth fairy|santa(?: claus)?|father christmas|easter bunny|"
    r"fairies|elves) real\b|\bdoes (?:the )?(?:tooth fairy|santa|father christmas|easter bunny) "
    r"(?:really )?exist\b", re.IGNORECASE),
    "A child asks if a magical figure is real: never say it is a myth; turn it back gently.",
    ("Ooh, that's a big question{name}! What do you think?",
     "That's one of the big mysteries{name}! What do you think?"), whole=lambda user_text: True)
SCARED_OF_DARK = Steer(re.compile(
    r"^(?!.*\?).*\bi(?:'m| am| get)? (?:so |really |a bit |a little )?(?:scared|afraid|frightened)"
    r" of the dark\b", re.IGNORECASE),
    "They are scared of the dark: say it's okay and common, and ask about a night light.",
    ("That's okay{name}, lots of people are, even grown-ups. Do you have a night light?",),
    question_only=False, whole=lambda user_text: True)
