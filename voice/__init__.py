"""Ears and mouth: audio formats, sources, sinks, VAD, speech to text and text to speech, echo
cancellation (voice.echo) and the end-of-turn model (voice.turn_detector).

Submodules are imported directly (``from voice.stt import WhisperSTT``) so that importing one
piece does not load the others' heavy dependencies.
"""
