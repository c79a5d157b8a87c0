"""The play stage's account of a reply: when it was heard, and the speaker's glitches in it."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.items import TurnMetrics
from tests.fakes import RecordingSink
from tests.test_pipeline_units import conversation, turn


class GlitchySink(RecordingSink):
    """A speaker 120 ms behind what it is handed, that ran dry once per chunk it played."""

    output_latency = 0.12
    pausable = True

    def __init__(self) -> None:
        super().__init__()
        self.underruns = 5  # from earlier replies: not this one's
        self.gaps = 1

    async def play(self, chunk: np.ndarray, rate: int) -> None:
        await super().play(chunk, rate)
        self.underruns += 1


async def test_first_audio_heard_adds_the_output_latency_and_glitches_are_counted() -> None:
    conv = conversation("One sentence here. And a second one.")
    metrics: list[TurnMetrics] = []
    conv.bus.subscribe(lambda e: metrics.append(e) if isinstance(e, TurnMetrics) else None)
    sink = GlitchySink()
    result = await turn(conv, "hello", sink).run()
    marks = result.timings_ms
    # (each mark is rounded to 0.1 ms on its own)
    assert marks["first_audio_heard"] - marks["first_audio_out"] == pytest.approx(120.0, abs=0.2)
    assert result.underruns == len(sink.chunks) and result.gaps == 0  # this reply's only
    assert metrics[-1].underruns == result.underruns
