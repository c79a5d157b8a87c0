"""Private photos shared without consent by an ex: the crime named, the blame put where it
belongs, and how to get them taken down.

Talked to as Leah the 1.5B said "consider reaching out to your ex" to "My ex posted private photos
of me online after I ended it.", "That's true." to "Everyone at work has probably seen them.",
"That's understandable." to "It's my own fault for sending them to him in the first place." and
"the photos are private and not accessible to the public" to "Can the police actually do
anything?". What the UK's Revenge Porn Helpline says: sharing private sexual images without
consent is a crime (in England and Wales, and in most US states); screenshots of where they are
help; they work with the sites to take them down; the fault is never the person pictured.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.helplines import as_aside, topic_sentence

__all__ = ["follows_up_images", "images_answer"]

_PICS = (r"(?:private |intimate |naked |nude |sexual |personal )?(?:photos|pictures|pics|videos?|"
         r"nudes)")
# someone else shared the user's own pictures: "My ex posted private photos of me online"
_POSTED = re.compile(r"\b(?:he|she|they|my ex|someone|somebody|my (?:ex-?)?(?:boyfriend|girlfriend|"
                     r"partner|husband|wife))\b[^.!?]{0,25}\b(?:posted|shared|put|leaked|uploaded|"
                     r"spread|sent)\b[^.!?]{0,10}\b(?:(?:my|our) " + _PICS + r"|" + _PICS
                     + r" of (?:me|us))\b", re.IGNORECASE)
_MY_FAULT = re.compile(r"\b(?:my (?:own )?fault|i shouldn't have (?:sent|taken)|serves me right|"
                       r"i brought (?:it|this) on myself)\b", re.IGNORECASE)
_STILL_UP = re.compile(r"\b(?:still (?:up|there|online)|won't take (?:them|it) down|haven't "
                       r"(?:taken|removed) (?:them|it))\b", re.IGNORECASE)
_POLICE = re.compile(r"\b(?:can|will|would|could) the police (?:actually |really )?(?:do|help)\b|"
                     r"\bis (?:it|that|this) (?:even )?(?:a crime|illegal|against the law)\b",
                     re.IGNORECASE)
_SEEN = re.compile(r"\b(?:everyone|everybody|people|all of them)\b[^.!?]{0,25}\b(?:seen|saw|"
                   r"looked at|laughing)\b", re.IGNORECASE)


def follows_up_images(text: str) -> bool:
    """A line days after ("I reported his account but the photos are still up.")."""
    return _STILL_UP.search(text) is not None or _POLICE.search(text) is not None


def images_answer(text: str, earlier: Sequence[str], you: str, country: str = "") -> str | None:
    """The whole reply to private images shared without consent, or to a line after it; else
    None. ``you``: ", Leah" or ""."""
    told = any(_POSTED.search(line) for line in earlier)
    posted_now = not told and _POSTED.search(text) is not None
    if not (told or posted_now):
        return None
    helps = as_aside(topic_sentence(country, "image_abuse", otherwise="an image abuse helpline"))
    if posted_now:
        return (f"I'm so sorry{you}, and it's not your fault: sharing someone's private photos "
                f"without consent is abuse, and in many places a crime. {helps} can help get "
                "them taken down. Have you kept screenshots of where they are?")
    if _MY_FAULT.search(text):
        return (f"It isn't your fault{you}, and I'm sorry you're carrying that: you trusted him, "
                "and he broke that trust. The shame is his, not yours.")
    if _SEEN.search(text):
        return (f"That must feel so exposing{you}, but anyone decent will see what he did, not "
                "you. You've done nothing wrong.")
    if _STILL_UP.search(text):
        return (f"That's so frustrating{you}. {helps} works with the sites directly to get "
                f"images taken down, and you can report it to the police too.")
    if _POLICE.search(text):
        where = "in the UK and in most US states" if country in ("GB", "US", "") else \
            "in many places"
        return (f"Yes, they can{you}: sharing private sexual images without consent is a crime "
                f"{where}. Screenshots of the posts and any messages from him help them act.")
    return None
