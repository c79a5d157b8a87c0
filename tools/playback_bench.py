"""Playback bench: underruns of the speaker sink on a loaded box, per device latency.

Each setting plays ``--seconds`` of speech-like audio through SpeakerSink on the default output
device, in clause-sized chunks as a reply comes, in a child process whose Python thread keeps the
GIL busy (as the event loop and model threads do), while ``--load`` busy processes compete for
the CPU. It reports PortAudio's output-underflow count, ALSA's "underrun occurred" messages (the
child's stderr), reply gaps, and the measured output latency.

    python -m tools.playback_bench --latency low 0.05 0.1 0.2 --load 3
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import threading
import time

import numpy as np

RATE = 22050  # piper's rate


def speech_like(seconds: float, seed: int = 0) -> np.ndarray:
    """Syllable-rate bursts of a harmonic voice: loud enough that a gap or a click is visible."""
    t = np.arange(int(seconds * RATE)) / RATE
    f0 = 120 + 30 * np.sin(2 * np.pi * 0.5 * t)
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    voice = sum(np.sin(k * phase) / k for k in range(1, 8))
    envelope = np.clip(np.sin(2 * np.pi * 3.3 * t), 0, None)
    noise = np.random.default_rng(seed).standard_normal(t.size) * 0.02
    return (6000 * (voice * envelope + noise)).astype(np.int16)


def _hog_gil(stop: threading.Event) -> None:
    while not stop.is_set():
        sum(i * i for i in range(20000))  # pure Python: holds the GIL between switch intervals


async def _play(latency: str | float, seconds: float) -> dict[str, float]:
    from voice.sinks import SpeakerSink

    sink = SpeakerSink(latency=latency)
    audio = speech_like(seconds)
    chunk = int(2.5 * RATE)  # a clause at a time, as piper delivers them
    for i in range(0, audio.size, chunk):
        await sink.play(audio[i:i + chunk], RATE)
        await asyncio.sleep(0.5 * chunk / RATE)  # the next clause arrives while this one plays
    await sink.drain()
    result = {"underflows": sink.underruns, "gaps": sink.gaps,
              "output_latency_ms": round(sink.output_latency * 1000, 1)}
    sink.close()
    return result


def child(latency: str | float, seconds: float) -> None:
    stop = threading.Event()
    threading.Thread(target=_hog_gil, args=(stop,), daemon=True).start()
    result = asyncio.run(_play(latency, seconds))
    stop.set()
    print(json.dumps(result), flush=True)


def measure(latency: str, seconds: float, load: int) -> dict[str, object]:
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(load)]
    try:
        proc = subprocess.run([sys.executable, "-m", "tools.playback_bench", "--child", latency,
                               "--seconds", str(seconds)], capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": os.getcwd()})
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    alsa = proc.stderr.count("underrun occurred")
    return {"latency": latency, **result, "alsa_underruns": alsa,
            "per_min": round(max(alsa, result["underflows"]) / (seconds / 60), 1)}


def _latency(value: str) -> str | float:
    return value if value in ("low", "high") else float(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="speaker underruns per device latency")
    parser.add_argument("--latency", nargs="+", default=["low", "0.05", "0.1"])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--load", type=int, default=2, help="busy processes competing for CPU")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(_latency(args.child), args.seconds)
        return 0
    for latency in args.latency:
        start = time.monotonic()
        row = measure(latency, args.seconds, args.load)
        row["wall_s"] = round(time.monotonic() - start, 1)
        print(json.dumps(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
