"""ERLE of the echo canceller on a real PulseAudio leak (tools.pulse_rig, 0.3 gain, ~30 ms).

The live path end to end: SpeakerSink plays piper replies and hands the reference their DAC
times; MicrophoneSource captures the loopback with its ADC times; every canceller mode cleans
the same frames as they arrive. A first reply warms AEC3 up (as earlier turns of a conversation
do); during the second the user (espeak-ng, played into the microphone) talks over it.

ERLE here = microphone energy / cleaned energy over frames where only our voice is in the room
(the reference is loud, the user is not talking); "self starts" = utterances the listener's VAD
would start on what each mode lets through, outside the user's words (its own voice, heard
back). "tail" = the 0.3 s after the reply (the
loopback has no reverberation: little is left there). CPU per second of audio includes, for the
first mode, the reference's bookkeeping (resampling what the speaker played). PortAudio reads
the PulseAudio address when it starts, so the measurement runs in a child process.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from tools.echo_bench import MODES, Canceller, LeakResult, _db
from voice.audio import SAMPLE_RATE, write_wav
from voice.echo import PlaybackReference

FRAME = 480


async def _play(sink: object, reply: np.ndarray, rate: int, user_wav: Path, env_play: list[str],
                spans: dict[str, float]) -> None:
    for name in ("warmup", "reply"):
        await asyncio.sleep(1.0)
        spans[f"{name}_start"] = time.monotonic()
        await sink.play(reply if name == "reply" else reply[: reply.size // 2], rate)  # type: ignore[attr-defined]
        if name == "reply":
            await asyncio.sleep(2.0)
            spans["user_start"] = time.monotonic()
            subprocess.Popen([*env_play, str(user_wav)])
        await sink.drain()  # type: ignore[attr-defined]
        spans[f"{name}_end"] = time.monotonic()
    await asyncio.sleep(1.0)


async def _measure(reply: np.ndarray, rate: int, user_wav: Path, user_s: float,
                   mic_sink: str) -> dict[str, object]:
    from voice.sinks import SpeakerSink
    from voice.sources import MicrophoneSource

    reference = PlaybackReference()
    sink = SpeakerSink(reference=reference)
    mic = MicrophoneSource()
    cancellers: dict[str, Canceller] = {name: make(reference) for name, make in MODES.items()}
    cpu = dict.fromkeys(cancellers, 0.0)
    near, times, outs = [], [], {name: [] for name in cancellers}
    spans: dict[str, float] = {}
    player = asyncio.ensure_future(_play(sink, reply, rate, user_wav,
                                         ["paplay", "-d", mic_sink], spans))
    async for frame in mic.frames():
        t = mic.frame_time or time.monotonic()
        near.append(frame)
        times.append(t)
        for name, canceller in cancellers.items():
            start = time.process_time()
            outs[name].append(canceller.process(frame, t))
            cpu[name] += time.process_time() - start
        if player.done():
            break
    latency_ms = round(sink.output_latency * 1000, 1)
    mic.close()
    sink.close()
    seconds = len(near) * FRAME / SAMPLE_RATE
    return {"near": np.concatenate(near), "times": np.array(times), "outs": outs, "cpu": cpu,
            "seconds": seconds, "spans": spans, "user_s": user_s,
            "latency_ms": latency_ms, "underruns": sink.underruns}


def self_starts(frames: list[np.ndarray], user: np.ndarray) -> int:
    """Speech starts the listener's VAD would find outside the user's words (its own voice)."""
    from voice.vad import SpeechStart, VadSegmenter

    vad = VadSegmenter()
    found = 0
    for frame, by_user in zip(frames, user, strict=True):
        for event in vad.feed(frame):
            found += isinstance(event, SpeechStart) and not by_user
    return found


def _score(run: dict[str, object]) -> tuple[list[LeakResult], dict[str, int]]:
    near = run["near"].astype(np.float64).reshape(-1, FRAME)  # type: ignore[attr-defined]
    times, spans = run["times"], run["spans"]
    user = (times >= spans["user_start"] - 0.1) & (  # type: ignore[index, operator]
        times <= spans["user_start"] + run["user_s"] + 0.5)  # type: ignore[index, operator]
    during = (times > spans["reply_start"] + 0.2) & (times < spans["reply_end"]) & ~user  # type: ignore[index, operator]
    tail = (times >= spans["reply_end"]) & (times < spans["reply_end"] + 0.3)  # type: ignore[index, operator]
    loud = np.sqrt(np.mean(near ** 2, axis=1)) > 100  # the echo is audible in this frame
    results = []
    raw = list(run["near"].reshape(-1, FRAME))  # type: ignore[attr-defined]
    starts = {"microphone": self_starts(raw, user)}  # type: ignore[arg-type]
    for name, frames in run["outs"].items():  # type: ignore[attr-defined]
        out = np.stack([f.audio for f in frames]).astype(np.float64)
        gated = np.array([f.gated for f in frames])
        listened = [np.zeros(FRAME, np.int16) if f.gated else f.audio for f in frames]
        starts[name] = self_starts(listened, user)  # type: ignore[arg-type]
        scene = times >= spans["reply_start"]  # type: ignore[index, operator]
        results.append(LeakResult(
            name, round(_db(near[during & loud], out[during & loud]), 1),
            round(_db(near[tail & loud], out[tail & loud]), 1) if (tail & loud).any() else 0.0,
            None, round(run["cpu"][name] / run["seconds"] * 1000, 2),  # type: ignore[index, operator]
            round(float(np.sum(gated & scene)) * FRAME / SAMPLE_RATE, 2)))
    return results, starts


def child() -> None:
    from models import resolve_model
    from tools.synth import VOICES, speak
    from voice.tts import PiperTTS

    tts = PiperTTS(resolve_model("tts"))
    reply = tts.synthesize("The capital of France is Paris. It is a lovely city with many "
                           "museums, and the food is wonderful. Spiders have eight legs, and "
                           "most of them have eight eyes as well.")
    words = speak("Hold on. Tell me about the weather tomorrow morning.", VOICES[6])
    with tempfile.TemporaryDirectory() as tmp:
        user_wav = Path(tmp) / "user.wav"
        write_wav(user_wav, words, SAMPLE_RATE)
        run = asyncio.run(_measure(reply, tts.sample_rate, user_wav, words.size / SAMPLE_RATE,
                                   sys.argv[-1]))
    results, starts = _score(run)
    print(json.dumps({"rows": [r.__dict__ for r in results], "self_starts": starts,
                      "latency_ms": run["latency_ms"], "underruns": run["underruns"]}))


def rig_results() -> list[tuple[str, LeakResult]]:
    from tools.pulse_rig import PulseServer

    with tempfile.TemporaryDirectory() as tmp, PulseServer(Path(tmp), leak_gain=0.3) as pulse:
        proc = subprocess.run([sys.executable, "-m", "tools.echo_rig", "--child",
                               pulse.mic_sink], env=pulse.env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip()[-2000:])
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"rig: output latency {data['latency_ms']} ms, underruns {data['underruns']}; speech "
          f"starts of its own voice the VAD would hear: {data['self_starts']}", file=sys.stderr)
    return [("pulse leak 0.3", LeakResult(**row)) for row in data["rows"]]


if __name__ == "__main__":
    if "--child" in sys.argv:
        child()
    else:
        from tools.echo_bench import main

        sys.exit(main(["--rig", *sys.argv[1:]]))
