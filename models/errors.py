"""User-facing errors shared by every package.

Each error's ``str()`` is one clear, actionable line: what went wrong and what to do about it.
The CLI prints it as-is and exits non-zero; the pipeline turns it into an error event.
"""

from __future__ import annotations


class CompanionError(Exception):
    """Base for every error a user may see."""


class ModelMissingError(CompanionError):
    """A model file or folder is not where it should be."""


class ModelCorruptError(CompanionError):
    """A model is present but fails its checksum or cannot be loaded."""


class NoAudioDeviceError(CompanionError):
    """PortAudio offers no usable microphone or speaker."""


class ModelDownloadError(ModelMissingError):
    """pip could not download a model wheel (no network, no index, or no such package)."""
