"""The first words of a reply, which the model goes on from (or, when ``whole``, the reply):
for a concern, a dislike, a steered moment (``pipeline.steers``), a harmful belief, a loss
remembered, a feeling, a request for ideas or a name told. The Thinker streams them before the
model has read the prompt, so the voice starts at once."""

from __future__ import annotations

from datetime import datetime

from pipeline.context import TurnContext
from pipeline.late import remembering_reply
from pipeline.openers import IDEAS_OPENERS, tone_openers
from pipeline.prompting import asks_for_ideas, dislike_opener, name_openers
from pipeline.safety import BELIEF_OPENERS, CONCERN_OPENERS
from pipeline.steers import steer_for
from pipeline.user_profile import UserProfile

KEPT = 8  # openers remembered, so the same one is not said twice running


class FirstWords:
    """Picks a reply's first words, never the last ones said again while another fits."""

    def __init__(self) -> None:
        self.said: list[str] = []  # the openers used, the latest last

    def choose(self, text: str, ctx: TurnContext, user: UserProfile, named: str,
               last_reply: str, remembered: bool = False) -> tuple[str, bool]:
        """The opener ("" for none) and whether it is the whole reply (a steer's ``whole``: a
        bare goodbye, a fear of being a burden). ``user`` holds what this session told (a
        name just given: "Hi, I'm Priyanka. I just moved to Leeds." is steered with it);
        ``named`` is the name known before this line (a name told now is greeted as new)."""
        if not ctx.risk.flagged and (disliked := dislike_opener(text, datetime.now()))[0]:
            return disliked  # its own words for the thing disliked: nothing to rotate
        phrases, whole = self._phrases(text, ctx, user, named, last_reply, remembered)
        if not phrases:
            return "", False

        def last_said(phrase: str) -> int:  # -1: never; else where in ``said`` (later: newer)
            return max((i for i, p in enumerate(self.said) if p == phrase), default=-1)

        # Not the last one again, whatever the tone: one never said first, else the oldest.
        opener = min(phrases, key=last_said)
        if whole and opener == last_reply:  # "Yesterday I found my glasses in the fridge."
            return "", False  # got the very words just said: the model answers
        self.said = [*self.said, opener][-KEPT:]
        return opener, whole

    @staticmethod
    def _phrases(text: str, ctx: TurnContext, user: UserProfile, named: str, last_reply: str,
                 remembered: bool) -> tuple[tuple[str, ...], bool]:
        if ctx.risk.flagged:
            return CONCERN_OPENERS, False
        if steer := steer_for(text, ctx.affect.tone, user.sober, last_reply):
            if steer.needs_memory and not remembered:
                return (), False
            return steer.openers_for(text, user.name), steer.whole(text)
        if ctx.risk.harmful_belief:
            return BELIEF_OPENERS, False
        if fond := remembering_reply(text, user, ctx.affect.tone):  # someone lost
            return (fond.format(name=f", {named}" if named else ""),), True
        return tone_openers(text, ctx.affect.tone) or (
            IDEAS_OPENERS if asks_for_ideas(text) else name_openers(text, named)), False
