"""Words of a question for lexical search, and the bar a memory must pass to be recalled."""

from __future__ import annotations

import re

# Words that carry no topic: left out of the lexical query so BM25 only scores content words.
_STOP_TEXT = """
a about above after again against all am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
don't down during each few for from further had hadn't has hasn't have haven't having he he'd
he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into
is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only
or other ought our ours ourselves out over own same shan't she she'd she'll she's should
shouldn't so some such than that that's the their theirs them themselves then there there's
these they they'd they'll they're they've this those through to too under until up very was
wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while
who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours
yourself yourselves tell remember know said told say ever anything something again recall please
just like s t d ll re ve m also still now really much many thing things think
"""
STOPWORDS = frozenset(_STOP_TEXT.split())


def query_terms(text: str) -> list[str]:
    """Content words of a question, lowercased, in order, without repeats."""
    seen: list[str] = []
    for word in re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower()):
        word = word.split("'")[0] if word.endswith("'s") else word
        if word not in STOPWORDS and len(word) > 1 and word not in seen:
            seen.append(word)
    return seen


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression: any content word (quoted, so no FTS syntax leaks in)."""
    terms = query_terms(text)
    if not terms:
        return None
    return " OR ".join(f'"{t}"' for t in terms[:16])


def normalize_bm25(raw: dict[int, float]) -> dict[int, float]:
    """FTS5's bm25() is negative, lower = better; map to 0..1 with the best match at 1."""
    if not raw:
        return {}
    best = min(raw.values())
    if best >= 0:
        return {i: 0.0 for i in raw}
    return {i: max(0.0, s / best) for i, s in raw.items()}


# A best hit scoring below this is probably not about the question: the pipeline can leave
# such memories out of the prompt, and the benchmark counts it as "nothing to recall".
CONFIDENT_SCORE = 0.75
