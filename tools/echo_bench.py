"""Echo-cancellation bench: ERLE and CPU cost, on a simulated leak and on the PulseAudio rig.

ERLE (echo return loss enhancement) = energy of the echo in the microphone / energy of what is
left of it after cancellation, in dB, over the frames where the companion's voice is in the
room and the user is silent. "user kept" is the level of the user's speech after processing
relative to before (0 dB = untouched), over the double-talk frames.

Simulated leak: the reply (piper, 22.05 kHz) is "played" in 20 ms device blocks whose DAC times
go to the PlaybackReference, exactly as SpeakerSink does; the microphone hears it at
``gain`` after ``delay_s`` through a reverberant room (exponential decay, ``rt60_s``), plus hiss
and, optionally, the user (espeak-ng) talking over it; its 30 ms frames carry capture times with
a little jitter, as MicrophoneSource's do.

    python -m tools.echo_bench            # simulated leak, all modes
    python -m tools.echo_bench --rig      # the same through a private PulseAudio with a loopback
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from voice.audio import SAMPLE_RATE, resample
from voice.echo import EchoCanceller, EchoGate, PlaybackReference

FRAME = 480  # the sources' 30 ms frames
Canceller = EchoCanceller | EchoGate


@dataclass
class LeakResult:
    mode: str
    erle_db: float  # echo removed, over echo-only frames
    tail_erle_db: float  # the same over the tail after the reply (reverberation)
    user_kept_db: float | None  # user's level after / before, over double talk
    cpu_ms_per_s: float  # CPU time of process() per second of audio
    gated_s: float  # seconds of microphone audio gated (never transcribed)


def room(seconds: float, rt60_s: float, drr_db: float = 3.0, seed: int = 1) -> np.ndarray:
    """A room impulse response: the direct sound, then exponentially decaying diffuse echoes
    ``drr_db`` weaker in total (a speaker and a microphone in the same box, ~1 m from walls)."""
    rng = np.random.default_rng(seed)
    n = int(seconds * SAMPLE_RATE)
    ir = rng.standard_normal(n) * np.exp(-np.arange(n) / SAMPLE_RATE * 6.9 / rt60_s)
    ir[0] = 0.0
    ir *= np.sqrt(10 ** (-drr_db / 10) / np.sum(ir ** 2))
    ir[0] = 1.0
    return ir


@dataclass
class LeakScene:
    """Everything the microphone hears, sample-aligned at 16 kHz from t0."""

    near: np.ndarray  # int16: echo + user + hiss
    echo: np.ndarray  # float: the echo alone (int16 scale)
    user: np.ndarray  # float: the user alone
    far_blocks: list[tuple[np.ndarray, int, float]]  # what the sink hands the reference
    t0: float
    reply_end_t: float
    start_t: float  # the scene proper starts here (after a warm-up reply)


def leak_scene(reply: np.ndarray, reply_rate: int, user: np.ndarray | None = None,
               user_at_s: float = 1.5, gain: float = 0.3, delay_s: float = 0.03,
               rt60_s: float = 0.3, lead_in_s: float = 0.5, t0: float = 1000.0,
               stop_at_s: float | None = None, warmup: np.ndarray | None = None) -> LeakScene:
    """The simulated leak of ``reply`` into the microphone (see the module doc).

    ``stop_at_s``: the reply is cut there (a barge-in), seconds from the start of the scene.
    ``warmup``: an earlier reply (and 1 s of quiet) before the scene, as in a conversation, so
    the canceller has converged; the scores count from the scene's start.
    """
    block = reply_rate // 50
    before = np.zeros(0, np.int16) if warmup is None else np.concatenate(
        [warmup, np.zeros(reply_rate, np.int16)])
    before = np.concatenate([before, np.zeros(-before.size % block, np.int16)])
    lead = np.zeros(int(lead_in_s * reply_rate), dtype=np.int16)
    scene = np.concatenate([lead, reply, np.zeros(reply_rate, dtype=np.int16)])
    if stop_at_s is not None:
        scene[int(stop_at_s * reply_rate):] = 0
    played = np.concatenate([before, scene])
    played = played[: played.size // block * block]
    start = before.size / reply_rate  # seconds of warm-up before the scene
    far_blocks = [(played[i:i + block], reply_rate, t0 + i / reply_rate)
                  for i in range(0, played.size, block)]
    far16 = resample(played, reply_rate, SAMPLE_RATE).astype(np.float64)
    delayed = np.concatenate([np.zeros(int(delay_s * SAMPLE_RATE)), far16])
    echo = gain * np.convolve(delayed, room(rt60_s * 1.2, rt60_s))[: far16.size]
    voice = np.zeros_like(echo)
    if user is not None:
        at = int((start + user_at_s) * SAMPLE_RATE)
        take = min(user.size, voice.size - at)
        voice[at:at + take] = user[:take].astype(np.float64)
    hiss = np.random.default_rng(7).standard_normal(echo.size) * 30.0
    near = np.clip(np.rint(echo + voice + hiss), -32768, 32767).astype(np.int16)
    n = near.size // FRAME * FRAME
    last_loud = int(np.flatnonzero(np.abs(played.astype(np.int32)) > 300)[-1])
    end = t0 + last_loud / reply_rate + delay_s  # the reply's last word reaches the microphone
    return LeakScene(near[:n], echo[:n], voice[:n], far_blocks, t0, end, t0 + start)


def run_scene(scene: LeakScene, make: Callable[[PlaybackReference], Canceller],
              jitter_s: float = 0.002, out_latency_s: float = 0.1) -> tuple[np.ndarray, Canceller,
                                                                            float, list[bool]]:
    """Play the scene through a canceller as the live pipeline would; (cleaned, it, cpu_s, gated).

    The sink hands each block to the reference ``out_latency_s`` before it plays (its device
    buffer), the microphone frames arrive after they were captured, with timestamp jitter.
    """
    reference = PlaybackReference()
    canceller = make(reference)
    rng = np.random.default_rng(3)
    blocks = iter(scene.far_blocks)
    pending = next(blocks, None)
    out = np.zeros_like(scene.near)
    gated = []
    cpu = 0.0
    for i in range(0, scene.near.size, FRAME):
        t = scene.t0 + i / SAMPLE_RATE
        # Everything the sink has handed over by the time this frame is processed.
        while pending is not None and pending[2] - out_latency_s <= t + FRAME / SAMPLE_RATE:
            reference.played(*pending)
            pending = next(blocks, None)
        start = time.process_time()
        clean = canceller.process(scene.near[i:i + FRAME], t + rng.uniform(-1, 1) * jitter_s)
        cpu += time.process_time() - start
        out[i:i + FRAME] = clean.audio
        gated.append(clean.gated)
    return out, canceller, cpu, gated


def _db(num: np.ndarray, den: np.ndarray) -> float:
    return float(10 * np.log10((np.sum(num ** 2) + 1e-9) / (np.sum(den ** 2) + 1e-9)))


def score(scene: LeakScene, out: np.ndarray, cpu_s: float, gated: list[bool],
          mode: str) -> LeakResult:
    """ERLE over echo-only frames (during the reply, and in its tail), user level kept."""
    frames = scene.near.size // FRAME
    shape = (frames, FRAME)
    echo, user = scene.echo.reshape(shape), scene.user.reshape(shape)
    residual = out.astype(np.float64).reshape(shape)
    echo_rms = np.sqrt(np.mean(echo ** 2, axis=1))
    user_rms = np.sqrt(np.mean(user ** 2, axis=1))
    times = scene.t0 + np.arange(frames) * FRAME / SAMPLE_RATE
    scene_frames = times >= scene.start_t
    echo_only = (echo_rms > 30.0) & (user_rms < 1.0) & scene_frames
    during, tail = echo_only & (times < scene.reply_end_t), echo_only & (times >= scene.reply_end_t)
    talk = user_rms > 100.0
    kept = _db(residual[talk], user[talk] + echo[talk]) if talk.any() else None
    seconds = scene.near.size / SAMPLE_RATE
    gated_s = np.sum(np.array(gated)[scene_frames]) * FRAME / SAMPLE_RATE
    return LeakResult(mode, round(_db(echo[during], residual[during]), 1),
                      round(_db(echo[tail], residual[tail]), 1) if tail.any() else 0.0,
                      None if kept is None else round(kept, 1),
                      round(cpu_s / seconds * 1000, 2), round(float(gated_s), 2))


MODES: dict[str, Callable[[PlaybackReference], Canceller]] = {
    "aec3+ns+squelch": lambda ref: EchoCanceller(ref),
    "aec3+ns": lambda ref: EchoCanceller(ref, squelch_dbfs=-200.0),
    "aec3": lambda ref: EchoCanceller(ref, noise_suppression=False, squelch_dbfs=-200.0),
    "gate": lambda ref: EchoGate(ref),
}


def simulated(user_talks: bool, barge_in: bool = False) -> list[LeakResult]:
    """Every mode on one scene: the reply alone, or with the user talking over it from 1.5 s
    (``barge_in``: and the reply cut 0.6 s later, as a barge-in does). An earlier reply comes
    first, so the scene is in a conversation: AEC3 has converged."""
    from models import resolve_model
    from tools.synth import VOICES, speak
    from voice.tts import PiperTTS

    tts = PiperTTS(resolve_model("tts"))
    reply = tts.synthesize("The capital of France is Paris. It is a lovely city with many "
                           "museums, and the food is wonderful. Spiders have eight legs.")
    user = speak("Wait, stop. What is two plus two?", VOICES[2]) if user_talks else None
    earlier = tts.synthesize("Hello! I am glad you are here. What would you like to talk "
                             "about today?")
    scene = leak_scene(reply, tts.sample_rate, user, user_at_s=1.5,
                       stop_at_s=2.1 if barge_in else None, warmup=earlier)
    results = []
    for mode, make in MODES.items():
        out, _, cpu_s, gated = run_scene(scene, make)
        results.append(score(scene, out, cpu_s, gated, mode))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="ERLE and CPU cost of the echo canceller")
    parser.add_argument("--rig", action="store_true", help="on a private PulseAudio leak rig")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.rig:
        from tools.echo_rig import rig_results

        rows = rig_results()
    else:
        rows = [("echo only", r) for r in simulated(False)]
        rows += [("user talks over", r) for r in simulated(True)]
        rows += [("barge-in", r) for r in simulated(True, barge_in=True)]
    if args.json:
        print(json.dumps([{"scene": s, **r.__dict__} for s, r in rows]))
        return 0
    print(f"{'scene':16} {'mode':16} {'ERLE dB':>8} {'tail dB':>8} {'user kept':>9} "
          f"{'CPU ms/s':>8} {'gated s':>7}")
    for scene, r in rows:
        kept = "-" if r.user_kept_db is None else f"{r.user_kept_db:+.1f}"
        tail = "silent" if r.tail_erle_db > 90 else f"{r.tail_erle_db:.1f}"
        erle = "silent" if r.erle_db > 90 else f"{r.erle_db:.1f}"
        print(f"{scene:16} {r.mode:16} {erle:>8} {tail:>8} {kept:>9} "
              f"{r.cpu_ms_per_s:8.2f} {r.gated_s:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
