"""The echo stage: microphone frames in, ``CleanFrame``s out, the companion's own voice removed.

It runs before listening (``Conversation.run``): source -> EchoStage -> ListenStage. Each frame
is paired with the moment it was captured (the source's ``frame_time``: PortAudio's ADC clock on
a microphone), so the canceller subtracts what the speaker played at that very moment
(voice.echo). AEC3 with noise suppression costs about 0.3 ms of CPU per 30 ms frame (9 ms per
second of audio, measured with tools/echo_bench.py), less than the VAD's own numpy work, so it
runs on the loop, in order, without a thread hop per frame.

Without a canceller (a WAV file, stdin, a satellite or a browser, which cancel or gate their own
echo) frames pass through as clean frames that were never in the room with our voice.
"""

from __future__ import annotations

from collections.abc import AsyncIterable

import numpy as np

from pipeline.items import now
from pipeline.stage import Channel
from voice.audio import SAMPLE_RATE
from voice.echo import CleanFrame, EchoCanceller, EchoGate
from voice.sources import AudioSource


class EchoStage:
    def __init__(self, canceller: EchoCanceller | EchoGate | None,
                 source: AudioSource | None = None) -> None:
        self.canceller = canceller
        self.source = source

    def _captured(self, frame: np.ndarray) -> float:
        """When the frame's first sample was captured: the source knows; else about now."""
        t = getattr(self.source, "frame_time", None)
        return t if t is not None else now() - frame.size / SAMPLE_RATE

    async def run(self, inbox: AsyncIterable[np.ndarray], outbox: Channel[CleanFrame]) -> None:
        async for frame in inbox:
            t = self._captured(frame)
            if self.canceller is None:
                await outbox.put(CleanFrame(frame, t, echo=False, gated=False))
            else:
                await outbox.put(self.canceller.process(frame, t))
