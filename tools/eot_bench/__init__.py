"""End-of-turn benchmark: premature endpoints and waits of VAD, words, Smart Turn, fusion."""
