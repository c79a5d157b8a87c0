"""Loading two llama.cpp models at once must not silence the process (pipeline.llm.base.LOAD_LOCK).

llama-cpp-python quiets a load by pointing file descriptors 1 and 2 at /dev/null and back. When
the words' end-of-turn model starts loading first and the brain starts while it is still
loading, the brain's load saves /dev/null as the "original" and restores it last: `companion
bench > report.json` then wrote an empty file. The child below loads them in that order.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

CHILD = """
import threading, time
from models import resolve_model
from pipeline.config import LlmConfig
from pipeline.llm.local import LlamaChat
from pipeline.llm.turn_words import TextTurnModel

words_path, brain_path = resolve_model("turn_words"), resolve_model("llm", "{brain}")
words = threading.Thread(target=TextTurnModel, args=(words_path,))
words.start()
time.sleep(0.01)  # the brain's load starts while the words' model is loading
brain = threading.Thread(target=LlamaChat, args=(brain_path, LlmConfig()))
brain.start()
words.join()
brain.join()
print("still heard")
"""


@pytest.mark.e2e
def test_concurrent_loads_leave_stdout_working(real_brain: str) -> None:
    for _ in range(2):
        child = subprocess.run([sys.executable, "-c", CHILD.format(brain=real_brain)],
                               capture_output=True, text=True, timeout=180)
        assert child.returncode == 0, child.stderr[-2000:]
        assert "still heard" in child.stdout
