"""`companion models pull NAME_OR_URL`: download a bigger model over HTTP(S) into the cache.

For users with internet and a bigger box (see hardware/README.md for the table per profile).
Resumable: bytes land in ``<file>.part`` and a retry asks the server for the rest with a Range
request. Checked: with a known sha256 (``--sha256`` or the table) a mismatch deletes the file and
fails; without one, the digest is recorded beside the file (``<file>.sha256``) so later checks can
tell if it changed. The default models keep coming from PyPI wheels (models.fetch).
"""

from __future__ import annotations

import hashlib
import os
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from models.cache import cache_dir
from models.errors import CompanionError, ModelCorruptError, ModelDownloadError

__all__ = ["RECOMMENDED", "PullError", "Recommended", "pull_model", "download"]

_BLOCK = 1 << 20
_HF = "https://huggingface.co"


class PullError(CompanionError):
    """The name is neither a recommended model nor an http(s) URL."""


@dataclass(frozen=True)
class Recommended:
    """A model worth pulling on a bigger box: one or more files into ``<cache>/<name>/``."""

    name: str
    role: str
    profile: str
    description: str
    files: tuple[tuple[str, str | None], ...]  # (url, sha256 or None when not pinned)
    size_gb: float


def _hf(repo: str, *names: str) -> tuple[tuple[str, str | None], ...]:
    return tuple((f"{_HF}/{repo}/resolve/main/{n}", None) for n in names)


_WHISPER_FILES = ("config.json", "model.bin", "tokenizer.json", "vocabulary.txt")

# Checksums are not pinned: these files are fetched from the Hub by users, never by the tests, and
# were not downloadable where this table was written. Pass --sha256 to enforce one.
RECOMMENDED: dict[str, Recommended] = {r.name: r for r in (
    Recommended("qwen2.5-0.5b-instruct-q4_k_m", "llm", "rpi5-8gb",
                "Qwen2.5 0.5B Instruct, dense, Q4_K_M",
                _hf("Qwen/Qwen2.5-0.5B-Instruct-GGUF", "qwen2.5-0.5b-instruct-q4_k_m.gguf"),
                0.4),
    Recommended("olmoe-1b-7b-instruct-q4_k_m", "llm", "jetson-orin-nano-8gb",
                "OLMoE 1B-7B 0924 Instruct, MoE (64 experts, 8 used), Q4_K_M",
                _hf("Meshwa/OLMoE-1b-7b-0924-Instruct-gguf",
                    "OLMoE-1b-7b-0924-Instruct-Q4_K_M.gguf"), 4.2),
    Recommended("qwen3-30b-a3b-instruct-q4_k_m", "llm", "gpu-12gb, gpu-24gb",
                "Qwen3 30B-A3B, MoE (128 experts, 8 used, 3B active), Q4_K_M",
                _hf("Qwen/Qwen3-30B-A3B-GGUF", "Qwen3-30B-A3B-Q4_K_M.gguf"), 18.6),
    Recommended("qwen3-0.6b-q8_0", "llm", "gpu-12gb, gpu-24gb",
                "Qwen3 0.6B, Q8_0: speculative draft for Qwen3 targets (same tokenizer)",
                _hf("Qwen/Qwen3-0.6B-GGUF", "Qwen3-0.6B-Q8_0.gguf"), 0.6),
    Recommended("whisper-base.en", "stt", "jetson-orin-nano-8gb",
                "Whisper base.en, CTranslate2 (faster-whisper)",
                _hf("Systran/faster-whisper-base.en", *_WHISPER_FILES), 0.15),
    Recommended("whisper-small.en", "stt", "gpu-12gb",
                "Whisper small.en, CTranslate2 (faster-whisper)",
                _hf("Systran/faster-whisper-small.en", *_WHISPER_FILES), 0.5),
    Recommended("whisper-medium.en", "stt", "gpu-24gb",
                "Whisper medium.en, CTranslate2 (faster-whisper)",
                _hf("Systran/faster-whisper-medium.en", *_WHISPER_FILES), 1.5),
)}


def _progress_bar(total: int | None, initial: int, desc: str, enabled: bool) -> object | None:
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, initial=initial, unit="B", unit_scale=True, desc=desc, leave=False)


def _recorded(dest: Path) -> str:
    try:
        return dest.with_name(dest.name + ".sha256").read_text(encoding="ascii").split()[0]
    except (OSError, IndexError):
        return ""


def _hash_file(path: Path, digest: Any) -> None:
    with open(path, "rb") as fh:
        while block := fh.read(_BLOCK):
            digest.update(block)


def download(url: str, dest: Path, sha256: str | None = None, progress: bool = True,
             timeout: float = 30.0) -> str:
    """Fetch ``url`` into ``dest`` (resuming ``dest.part``); return the file's sha256.

    A present ``dest`` is not downloaded again when it matches ``sha256`` or, without one, the
    digest recorded when it was downloaded.
    """
    want = sha256.lower() if sha256 else None
    if dest.is_file():
        recorded = _recorded(dest)
        if want is None and recorded:
            return recorded
        digest = hashlib.sha256()
        _hash_file(dest, digest)
        if digest.hexdigest() == want:
            return want
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    request = urllib.request.Request(url, headers={"User-Agent": "voice-companion"})
    if have:
        request.add_header("Range", f"bytes={have}-")
    try:
        response = urllib.request.urlopen(request, timeout=timeout)  # noqa: S310 - http(s) only
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:  # the .part is already complete
            response = None
        else:
            raise ModelDownloadError(f"download of {url} failed: HTTP {exc.code} {exc.reason}; "
                                     "check the name/URL or try again later") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise ModelDownloadError(f"cannot reach {url} ({exc}); check the network, then run the "
                                 "same command again to resume") from exc
    digest = hashlib.sha256()
    if response is not None:
        with response:
            resumed = have and response.status == 206
            if have and not resumed:  # the server ignored the Range: start over
                have = 0
            length = response.headers.get("Content-Length")
            total = have + int(length) if length else None
            if resumed:
                _hash_file(part, digest)
            bar = _progress_bar(total, have, dest.name, progress)
            try:
                with open(part, "ab" if resumed else "wb") as out:
                    while block := response.read(_BLOCK):
                        out.write(block)
                        digest.update(block)
                        if bar is not None:
                            bar.update(len(block))  # type: ignore[attr-defined]
            except (OSError, urllib.error.URLError) as exc:
                raise ModelDownloadError(f"download of {url} stopped ({exc}); run the same "
                                         "command again to resume") from exc
            finally:
                if bar is not None:
                    bar.close()  # type: ignore[attr-defined]
            if total is not None and part.stat().st_size < total:
                raise ModelDownloadError(f"download of {url} ended early ({part.stat().st_size}"
                                         f" of {total} bytes); run the same command again to "
                                         "resume")
    else:
        _hash_file(part, digest)
    got = digest.hexdigest()
    if want is not None and got != want:
        part.unlink(missing_ok=True)
        raise ModelCorruptError(f"{dest.name} from {url} fails its sha256 check (got {got[:12]}…,"
                                f" expected {want[:12]}…); the file was deleted: check the "
                                "--sha256 value or the URL")
    os.replace(part, dest)
    dest.with_name(dest.name + ".sha256").write_text(f"{got}  {dest.name}\n", encoding="ascii")
    return got


def _name_from_url(url: str) -> str:
    stem = Path(unquote(urlparse(url).path)).name
    for suffix in (".gguf", ".onnx", ".bin"):
        stem = stem.removesuffix(suffix)
    return re.sub(r"[^a-z0-9._-]+", "-", stem.lower()).strip("-") or "model"


def pull_model(name_or_url: str, sha256: str | None = None, name: str | None = None,
               cache: Path | None = None, progress: bool = True) -> Path:
    """Download a recommended model (by name) or any http(s) URL into ``<cache>/<name>/``.

    Returns what a loader gets: the file for a single-file model, else its folder.
    """
    cache = cache if cache is not None else cache_dir()
    if name_or_url in RECOMMENDED:
        rec = RECOMMENDED[name_or_url]
        files = rec.files
        if sha256 and len(files) > 1:
            raise PullError(f"{rec.name} has {len(files)} files; --sha256 fits single files only")
        folder_name = name or rec.name
    elif urlparse(name_or_url).scheme in ("http", "https"):
        files = ((name_or_url, None),)
        folder_name = name or _name_from_url(name_or_url)
    else:
        raise PullError(f"{name_or_url!r} is neither an http(s) URL nor a recommended model ("
                        + ", ".join(RECOMMENDED) + ")")
    folder = cache / folder_name
    paths = []
    for url, pinned in files:
        dest = folder / Path(unquote(urlparse(url).path)).name
        download(url, dest, sha256=sha256 or pinned, progress=progress)
        paths.append(dest)
    return paths[0] if len(paths) == 1 else folder
