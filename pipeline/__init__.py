"""The turn: listen, think, speak, play.

Set before any model library loads: llama.cpp and CTranslate2 (whisper) each bring their own
OpenMP runtime (the system libgomp and a bundled copy), whose idle threads spin by default, so
on 2 cores the two models (and any other busy process) starve each other. Measured with the
1.5B under load: 8 decode steps took 11-19 s with spinning threads and 1.6-1.8 s with passive
ones. But fully passive threads cost llama.cpp a third of its speed alone (16 against 25-27
tokens/s: its threads sleep and wake at every step). So whisper's runtime is passive, and
llama.cpp's spins for a bounded while (``LLM_SPIN_COUNT``) before it sleeps: it writes at
full speed when it runs alone, which is most of a reply, and whisper beside it still finishes
(144 -> 338 ms a pass; with both passive 204 ms, the LLM 15.1 against 15.5 tokens/s).
An explicit OMP_WAIT_POLICY or GOMP_SPINCOUNT in the environment wins.
"""

import ctypes
import os

LLM_SPIN_COUNT = "1000000"  # libgomp spin iterations before a waiting thread sleeps


def _load_llm_openmp() -> None:
    """Load the system libgomp, which llama.cpp links, while the environment asks for a bounded
    spin: libgomp reads it once, when it loads. Whisper's bundled copy loads later, passive."""
    if "OMP_WAIT_POLICY" in os.environ or "GOMP_SPINCOUNT" in os.environ:
        return
    os.environ["GOMP_SPINCOUNT"] = LLM_SPIN_COUNT
    try:
        ctypes.CDLL("libgomp.so.1")
    except OSError:
        pass  # no libgomp (a build without OpenMP): nothing to tune
    finally:
        del os.environ["GOMP_SPINCOUNT"]


_load_llm_openmp()
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
