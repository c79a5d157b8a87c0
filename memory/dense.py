"""Dense vectors in FAISS: one index per profile, always rebuildable from SQLite.

The vectors themselves live in SQLite (float32 blobs), so an index file is only a cache: when it
is missing, corrupt, or disagrees with the database (a crash between the database commit and the
index save), it is repaired from the blobs without re-embedding anything.
Flat inner product is exact and fast enough up to ~20k vectors (0.45 ms at 10k on 2 cores); past
that the profile switches to HNSW (0.1-0.3 ms at 100k), which cannot delete, so forgotten ids
become tombstones (the database lookup drops them) until the next rebuild.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import faiss
import numpy as np
from tqdm import tqdm

log = logging.getLogger(__name__)

HNSW_THRESHOLD = 20_000
HNSW_M = 32
HNSW_EF_SEARCH = 96
REBUILD_TOMBSTONE_RATIO = 0.1

# (ids, vectors) batches for one profile, read from SQLite.
VectorSource = Callable[[], Iterator[tuple[np.ndarray, np.ndarray]]]


def wants_hnsw(count: int, is_hnsw: bool) -> bool:
    """HNSW from HNSW_THRESHOLD vectors on, flat again only below half of it, so a profile
    hovering around the threshold does not rebuild back and forth."""
    return count >= (HNSW_THRESHOLD // 2 if is_hnsw else HNSW_THRESHOLD)


def _threads_for(batch: int) -> int:
    return (os.cpu_count() or 1) if batch >= 2000 else 1


def _new_index(dim: int, hnsw: bool) -> faiss.Index:
    if hnsw:
        inner = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        inner.hnsw.efConstruction = 64
        inner.hnsw.efSearch = HNSW_EF_SEARCH
    else:
        inner = faiss.IndexFlatIP(dim)
    return faiss.IndexIDMap(inner)


def _is_hnsw(index: faiss.Index) -> bool:
    return isinstance(faiss.downcast_index(index.index), faiss.IndexHNSW)


class ProfileIndex:
    """The FAISS index of one profile. Every method is thread-safe."""

    def __init__(self, dim: int, path: Path, index: faiss.Index | None = None) -> None:
        self.dim = dim
        self.path = path
        self.index = index if index is not None else _new_index(dim, hnsw=False)
        self.tombstones: set[int] = set()
        self.unsaved = 0
        self.lock = threading.Lock()

    @property
    def hnsw(self) -> bool:
        return _is_hnsw(self.index)

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def ids(self) -> np.ndarray:
        with self.lock:
            return faiss.vector_to_array(self.index.id_map).astype(np.int64)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids) == 0:
            return
        with self.lock:
            # OpenMP threads only pay off for big batches; with the cores busy (the LLM),
            # waiting threads made small adds 100x slower.
            faiss.omp_set_num_threads(_threads_for(len(ids)))
            self.index.add_with_ids(np.ascontiguousarray(vectors, np.float32),
                                    np.ascontiguousarray(ids, np.int64))
            self.unsaved += len(ids)

    def remove(self, ids: Iterable[int]) -> None:
        ids = np.fromiter(ids, np.int64)
        if len(ids) == 0:
            return
        with self.lock:
            if self.hnsw:
                self.tombstones.update(int(i) for i in ids)
            else:
                self.index.remove_ids(ids)
            self.unsaved += len(ids)

    def search(self, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(ids, inner products) of the ``k`` nearest, best first; tombstones left out."""
        with self.lock:
            if self.index.ntotal == 0:
                return np.zeros(0, np.int64), np.zeros(0, np.float32)
            want = min(k + len(self.tombstones), int(self.index.ntotal))
            # One query gains nothing from OpenMP threads, which only fight the LLM for the
            # cores (set per call: OpenMP's thread count is per calling thread).
            faiss.omp_set_num_threads(1)
            scores, ids = self.index.search(vector.reshape(1, -1).astype(np.float32), want)
        keep = (ids[0] >= 0) & ~np.isin(ids[0], list(self.tombstones))
        return ids[0][keep][:k], scores[0][keep][:k]

    def needs_rebuild(self) -> bool:
        n = len(self)
        return bool(self.tombstones) and len(self.tombstones) > REBUILD_TOMBSTONE_RATIO * n

    def save(self) -> None:
        """Write atomically (temp file + rename): a crash leaves the old file or the new one."""
        with self.lock:
            tmp = self.path.with_name(self.path.name + ".tmp")
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                faiss.write_index(self.index, str(tmp))
                os.replace(tmp, self.path)
                self.unsaved = 0
            except (OSError, RuntimeError) as exc:
                # The index is a cache of the database: failing to save it only costs a repair
                # at the next start, never a memory.
                log.warning("could not save memory index %s: %s", self.path, exc)
                tmp.unlink(missing_ok=True)


def index_path(folder: Path, profile: str) -> Path:
    digest = hashlib.sha1(profile.encode("utf-8")).hexdigest()[:16]
    return folder / "index" / f"profile-{digest}.faiss"


def build(dim: int, path: Path, total: int, source: VectorSource, why: str = "",
          progress: bool = True, is_hnsw: bool = False) -> ProfileIndex:
    """A fresh index from the database's vectors; a progress bar when there are many."""
    hnsw = wants_hnsw(total, is_hnsw)
    index = ProfileIndex(dim, path, _new_index(dim, hnsw))
    show = progress and total > 0
    log.info("building memory index %s from the database (%s)", path.name, why or "new")
    with tqdm(total=total, desc=f"Rebuilding memory index ({why or 'new'})", unit="vec",
              disable=not show, leave=False) as bar:
        for ids, vectors in source():
            index.add(ids, vectors)
            bar.update(len(ids))
    return index


def load_or_repair(dim: int, path: Path, db_ids: np.ndarray, source: VectorSource,
                   fetch: Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]],
                   progress: bool = True) -> tuple[ProfileIndex, str]:
    """Open the saved index and make it agree with the database ids ``db_ids``.

    Returns the index and what was done: "loaded", "caught up", "rebuilt (<why>)" or "new".
    ``fetch(ids)`` reads the vectors of the given ids (those added since the last save).
    """
    total = len(db_ids)
    if not path.exists():
        if total == 0:
            return ProfileIndex(dim, path), "new"
        log.warning("memory index %s is missing: rebuilding it from the database", path)
        index = build(dim, path, total, source, "index file missing", progress)
        return index, "rebuilt (index file missing)"
    try:
        loaded = faiss.read_index(str(path))
        if loaded.d != dim or not isinstance(loaded, faiss.IndexIDMap):
            raise RuntimeError(f"unexpected index type or dimension {loaded.d}")
        index = ProfileIndex(dim, path, loaded)
    except RuntimeError as exc:
        index = build(dim, path, total, source, "index file corrupt", progress)
        log.warning("memory index %s was unreadable (%s): rebuilt from the database", path, exc)
        return index, "rebuilt (index file corrupt)"
    have = index.ids()
    extra = np.setdiff1d(have, db_ids, assume_unique=False)
    missing = np.setdiff1d(db_ids, have, assume_unique=False)
    should_hnsw = wants_hnsw(total, index.hnsw)
    if (len(extra) and index.hnsw) or index.hnsw != should_hnsw:
        why = "forgotten memories" if len(extra) else "size changed"
        return (build(dim, path, total, source, why, progress, index.hnsw),
                f"rebuilt ({why})")
    if len(extra) == 0 and len(missing) == 0:
        return index, "loaded"
    index.remove(extra.tolist())
    for start in range(0, len(missing), 4096):
        ids, vectors = fetch(missing[start:start + 4096])
        index.add(ids, vectors)
    return index, "caught up"
