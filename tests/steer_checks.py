"""Checks shared by the tests of steered lines: a line goes to its steer, and a whole steered
reply is what a friend would say (every opener, as the voice would say it, judged by the quality
bench's rules)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable

from memory.affect import detect_affect
from pipeline.safety import assess
from pipeline.speakable import ReplyShaper, speakable_reply
from pipeline.steer import Steer
from pipeline.steers import steer_for
from tools.quality_bench.checks import judge
from tools.quality_bench.context import Context
from tools.quality_bench.lines import Line


def shape(text: str, said: str, user: str = "Harriet", questions: int = 1) -> str:
    """The reply as the voice would say it (``questions=0``: to a user who asked for none)."""
    async def words() -> AsyncIterator[str]:
        for word in text.split(" "):
            yield word + " "

    async def spoken() -> str:
        shaper = ReplyShaper(assess(said), persona="Juniper", user=user, said=said,
                             questions=questions)
        return " ".join([clause async for clause in speakable_reply(words(), lambda: shaper)])

    return asyncio.run(spoken())


def steered_to(said: str) -> Steer | None:
    return steer_for(said, detect_affect(said).tone)


def assert_friends_reply(said: str, reply: str, user: str, felt: Iterable[Steer]) -> None:
    """The line's steer says ``reply`` whole, the voice says it intact (a third sentence once cut
    "Rolling over is such a big step. How did it feel?" off a reply), and it and the steer's other
    openers, said in turn, pass the quality checks (``felt``: steers whose lines need their
    feeling acknowledged)."""
    steer = steered_to(said)
    assert steer is not None and steer.whole(said)
    assert steer.openers_for(said, user)[0] == reply
    assert shape(reply, said, user) == reply
    for said_instead in steer.openers_for(said, user):
        context = Context(Line(said, feeling=steer in tuple(felt)), (), user_name=user)
        verdicts = judge(said_instead, context)
        assert all(verdicts.values()), (said_instead, verdicts)


def judged_answers(answer: Callable[..., str | None], earlier: bool = False
                   ) -> tuple[int, list[tuple[str, ...]]]:
    """How many lines of the conversation set ``answer(line, user's name)`` answers (without the
    model), and the bench rules each such reply fails, as (line, reply, rule), or "spoken whole"
    when the voice would not say it as it is; with ``earlier``,
    ``answer`` also gets the user's lines before it in that session."""
    from tools.quality_bench.conversations import USERS

    failed: list[tuple[str, ...]] = []
    answered = 0
    for user in USERS:
        for session in user.sessions:
            said: list[str] = []
            for line in session.lines:
                reply = answer(line.text, user.name, said) if earlier else \
                    answer(line.text, user.name)
                said.append(line.text)
                if reply is not None:
                    answered += 1
                    failed += [(line.text, reply, check) for check, ok in
                               judge(reply, Context(line, (), False, user.name)).items()
                               if not ok]
                    if shape(reply, line.text, user.name) != reply:  # "Joy:" read as a turn
                        failed.append((line.text, reply, "spoken whole"))
    return answered, failed
