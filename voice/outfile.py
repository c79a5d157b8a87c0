"""Where a reply's WAV goes: checked before any work is done, written only once it succeeded.

- A regular file, old or new, is written next to itself under a temporary name and renamed over
  the old one (voice.audio.write_wav): a reader never sees half a file, and a failure leaves the
  old file exactly as it was. The file keeps its mode; a new one gets what the umask allows.
- A device (/dev/null), a pipe or /dev/stdout is what the user asked to write *to*: it gets the
  bytes as a stream and is never replaced by a file, whoever runs the program.
"""

from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from models.errors import CompanionError
from voice.audio import wav_bytes, write_wav

__all__ = ["OutputError", "OutputTarget", "MIN_FREE_BYTES"]

MIN_FREE_BYTES = 1 << 20  # a reply takes ~50 kB a second; less than this free is a full disk


class OutputError(CompanionError):
    """The output path cannot be written; the message says why and what to do."""


@dataclass(frozen=True)
class OutputTarget:
    path: Path  # as the user gave it
    stream: bool  # a device, pipe or standard stream: written to, never replaced

    @classmethod
    def check(cls, path: str | os.PathLike[str]) -> OutputTarget:
        """Where ``path`` can take a WAV file, or OutputError (before any work is done)."""
        p = Path(path)
        try:
            mode = os.stat(p).st_mode  # follows links, /dev/stdout's too
        except FileNotFoundError:
            mode = None
        except OSError as exc:
            raise OutputError(f"cannot use --out {p}: {exc.strerror}.") from None
        if str(path).endswith(("/", os.sep)) or (mode is not None and stat.S_ISDIR(mode)):
            raise OutputError(f"--out {p} is a folder; give a file name, e.g. {p / 'reply.wav'}.")
        if mode is not None and not stat.S_ISREG(mode):
            if not os.access(p, os.W_OK):
                raise OutputError(f"cannot write to --out {p}: permission denied.")
            return cls(p, stream=True)
        check_folder(Path(os.path.realpath(p)).parent, what=f"--out {p}", create=False)
        return cls(p, stream=False)

    @property
    def is_stdout(self) -> bool:
        """True when the WAV goes where print() goes: then the text must go elsewhere."""
        if not self.stream:
            return False
        try:
            return os.path.samestat(os.stat(self.path), os.fstat(1))
        except OSError:
            return False

    def write(self, samples: np.ndarray, rate: int) -> None:
        """The WAV, all of it or (on failure) nothing new; OutputError says what went wrong."""
        try:
            if self.stream:
                # No O_CREAT: if the device went away meanwhile, nothing is created in its place.
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
                with os.fdopen(fd, "wb") as out:
                    out.write(wav_bytes(samples, rate))
            else:
                write_wav(os.path.realpath(self.path), samples, rate)
        except OSError as exc:
            kept = "" if self.stream or not self.path.exists() else " It was left as it was."
            raise OutputError(f"cannot write the reply to {self.path}: {exc.strerror}.{kept}"
                              ) from None


def check_folder(folder: Path, what: str, create: bool = True) -> Path:
    """A folder that takes new files now (exists or is created, writable, not full)."""
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            raise OutputError(f"{what}: {folder} is a file, not a folder.") from None
        except OSError as exc:
            raise OutputError(f"{what}: cannot create the folder {folder}: {exc.strerror}."
                              ) from None
    elif not folder.is_dir():
        raise OutputError(f"{what}: the folder {folder} does not exist; create it first "
                          f"(mkdir -p {folder}).")
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
        space = os.statvfs(folder)
    except OSError as exc:
        raise OutputError(f"{what}: cannot create files in {folder} ({exc.strerror}); "
                          "choose another folder.") from None
    free = space.f_bavail * space.f_frsize
    if free < MIN_FREE_BYTES:
        raise OutputError(f"{what}: the disk holding {folder} is full ({free // 1024} kB free); "
                          "free some space first.")
    return folder
