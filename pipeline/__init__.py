"""The turn: listen, think, speak, play.

Set before any model library loads: llama.cpp and CTranslate2 (whisper) each bring an OpenMP
runtime whose idle threads spin by default, so on 2 cores the two models (and any other busy
process) starve each other. Measured with the 1.5B under load: 8 decode steps took 11-19 s with
spinning threads and 1.6-1.8 s with passive ones. An explicit setting in the environment wins.
"""

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
