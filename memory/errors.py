"""Errors of the memory store. Each ``str()`` is one line saying what happened and what to do."""

from __future__ import annotations

from models.errors import CompanionError


class MemoryStoreError(CompanionError):
    """Base for memory problems."""


class MemoryWriteError(MemoryStoreError):
    """Memory cannot be written (full disk, read-only folder); reads still work.

    The pipeline catches it and goes on without saving memories.
    """


class MemoryOpenError(MemoryStoreError):
    """The memory folder or database cannot be opened at all."""


class MemoryImportError(MemoryStoreError):
    """An import file is not valid JSON lines in the export format."""


class MemoryCorruptError(MemoryOpenError):
    """The database file is damaged (or not a file): the message says how to recover."""
