"""Sentence embeddings with all-MiniLM-L6-v2, run by numpy: no torch, no onnxruntime.

The model is a 6-layer BERT (hidden 384, 12 heads). We read ``model.safetensors`` ourselves (an
8-byte header length, a JSON header, then raw little-endian tensors), tokenize with ``tokenizers``
and run the encoder with numpy, then mean-pool over real tokens and L2-normalize, exactly what
sentence-transformers does for this model (tests compare against its vectors).
"""

from __future__ import annotations

import json
import logging
import math
import os
import struct
import threading
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from models.errors import ModelCorruptError

log = logging.getLogger(__name__)

DIM = 384
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """All tensors of a .safetensors file, memory-mapped (the OS pages in what is used)."""
    try:
        with open(path, "rb") as fh:
            (header_len,) = struct.unpack("<Q", fh.read(8))
            header = json.loads(fh.read(header_len))
        data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + header_len)
    except (OSError, ValueError, struct.error) as exc:
        raise ModelCorruptError(f"embedder weights {path} cannot be read ({exc}); delete the "
                                "folder and run `companion models fetch`") from exc
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        dtype = _DTYPES[info["dtype"]]
        tensors[name] = data[start:end].view(dtype).reshape(info["shape"])
    return tensors


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU, in place. BERT's exact GELU uses erf; the tanh form differs by < 1e-3 and costs
    a third of the time (cosine to sentence-transformers' vectors stays > 0.9999)."""
    inner = x * x
    inner *= np.float32(0.044715)
    inner += np.float32(1.0)
    inner *= x
    inner *= np.float32(math.sqrt(2.0 / math.pi))
    np.tanh(inner, out=inner)
    inner += np.float32(1.0)
    x *= inner
    x *= np.float32(0.5)
    return x


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    x = x - x.mean(axis=-1, keepdims=True)
    scale = np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + np.float32(eps))
    x /= scale
    x *= weight
    x += bias
    return x


class _Layer:
    """One encoder layer, weights pre-transposed (and Q/K/V fused) so each step is one matmul."""

    def __init__(self, t: dict[str, np.ndarray], prefix: str) -> None:
        def w(name: str) -> np.ndarray:
            return np.ascontiguousarray(t[f"{prefix}.{name}"], dtype=np.float32)

        att = "attention.self"
        self.qkv_w = np.ascontiguousarray(np.concatenate(
            [w(f"{att}.query.weight"), w(f"{att}.key.weight"), w(f"{att}.value.weight")]).T)
        self.qkv_b = np.concatenate(
            [w(f"{att}.query.bias"), w(f"{att}.key.bias"), w(f"{att}.value.bias")])
        self.out_w = np.ascontiguousarray(w("attention.output.dense.weight").T)
        self.out_b = w("attention.output.dense.bias")
        self.ln1 = (w("attention.output.LayerNorm.weight"), w("attention.output.LayerNorm.bias"))
        self.up_w = np.ascontiguousarray(w("intermediate.dense.weight").T)
        self.up_b = w("intermediate.dense.bias")
        self.down_w = np.ascontiguousarray(w("output.dense.weight").T)
        self.down_b = w("output.dense.bias")
        self.ln2 = (w("output.LayerNorm.weight"), w("output.LayerNorm.bias"))


class Embedder:
    """Text -> unit-length float32 vectors of size 384. Thread-safe (numpy releases the GIL)."""

    dim = DIM

    def __init__(self, model_dir: Path, max_tokens: int = 256, cache_size: int = 256) -> None:
        from tokenizers import Tokenizer

        model_dir = Path(model_dir)
        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        try:
            self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        except Exception as exc:  # tokenizers raises its own Exception type
            raise ModelCorruptError(f"embedder tokenizer {model_dir}/tokenizer.json cannot be "
                                    f"loaded ({exc}); run `companion models fetch`") from exc
        # sentence-transformers truncates at max_seq_length (256) and pads to the batch's longest.
        self.tokenizer.enable_truncation(max_tokens)
        self.tokenizer.no_padding()
        limit_blas_threads()
        self._workers = max(1, min(2, os.cpu_count() or 1))
        t = read_safetensors(model_dir / "model.safetensors")
        prefix = "" if "embeddings.word_embeddings.weight" in t else "bert."
        self.word = t[f"{prefix}embeddings.word_embeddings.weight"]  # memmapped, rows on demand
        self.position = np.array(t[f"{prefix}embeddings.position_embeddings.weight"], np.float32)
        self.token_type0 = np.array(t[f"{prefix}embeddings.token_type_embeddings.weight"][0],
                                    np.float32)
        self.ln_emb = (np.array(t[f"{prefix}embeddings.LayerNorm.weight"], np.float32),
                       np.array(t[f"{prefix}embeddings.LayerNorm.bias"], np.float32))
        n_layers = int(config["num_hidden_layers"])
        self.layers = [_Layer(t, f"{prefix}encoder.layer.{i}") for i in range(n_layers)]
        # Partial transcripts repeat the same query many times: remember the last few vectors.
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = threading.Lock()

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """ids, mask: (batch, seq) -> pooled, normalized (batch, 384)."""
        batch, seq = ids.shape
        x = np.asarray(self.word[ids.reshape(-1)], np.float32).reshape(batch, seq, -1)
        x = x + self.position[:seq] + self.token_type0
        x = _layer_norm(x, *self.ln_emb, self.eps)
        hidden = x.shape[-1]
        head_dim = hidden // self.heads
        # Padded keys get -inf-like scores so they take no attention weight.
        key_bias = ((1.0 - mask[:, None, None, :]) * -1e9).astype(np.float32)
        scale = np.float32(1.0 / math.sqrt(head_dim))
        for layer in self.layers:
            qkv = x @ layer.qkv_w + layer.qkv_b  # (b, s, 3h)
            qkv = qkv.reshape(batch, seq, 3, self.heads, head_dim).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]  # (b, heads, s, d)
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + key_bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, seq, hidden)
            x = _layer_norm(context @ layer.out_w + layer.out_b + x, *layer.ln1, self.eps)
            up = _gelu(x @ layer.up_w + layer.up_b)
            x = _layer_norm(up @ layer.down_w + layer.down_b + x, *layer.ln2, self.eps)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (x * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """(len(texts), 384) unit vectors. Texts are batched by length so padding stays small."""
        out = np.zeros((len(texts), DIM), np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        chunks = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
        if len(chunks) > 1 and self._workers > 1:
            with ThreadPoolExecutor(self._workers, thread_name_prefix="embed") as pool:
                for _ in pool.map(lambda c: self._embed_chunk(encodings, c, out), chunks):
                    pass
        else:
            for chunk in chunks:
                self._embed_chunk(encodings, chunk, out)
        return out

    def _embed_chunk(self, encodings: list[Any], chunk: list[int], out: np.ndarray) -> None:
        seq = max(len(encodings[i].ids) for i in chunk)
        ids = np.zeros((len(chunk), seq), np.int64)
        mask = np.zeros((len(chunk), seq), np.float32)
        for row, i in enumerate(chunk):
            n = len(encodings[i].ids)
            ids[row, :n] = encodings[i].ids
            mask[row, :n] = 1.0
        out[chunk] = self._forward(ids, mask)  # distinct rows per chunk: no lock needed

    def embed_one(self, text: str) -> np.ndarray:
        """One vector (384,), cached: the same partial transcript is searched again and again."""
        with self._cache_lock:
            hit = self._cache.get(text)
            if hit is not None:
                self._cache.move_to_end(text)
                return hit
        vector = self.embed([text])[0]
        with self._cache_lock:
            self._cache[text] = vector
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return vector


_blas_limited = False
_blas_lock = threading.Lock()


def limit_blas_threads() -> None:
    """Run OpenBLAS single-threaded in this process, once and for good.

    Measured here: with another process busy on the 2 cores (the LLM, speech recognition, or
    just other work), OpenBLAS threads spin-waiting on each other made a 4 ms embedding take
    180 ms, and a one-sentence query 800 ms instead of 3 ms. One BLAS thread never does that;
    big batches get their parallelism from our own worker threads instead (numpy releases the
    GIL). The rest of the process uses numpy only for small array work, which BLAS threads do
    not speed up.
    """
    global _blas_limited
    with _blas_lock:
        if _blas_limited:
            return
        try:
            from threadpoolctl import threadpool_limits
        except ImportError:  # pragma: no cover - threadpoolctl is a dependency
            log.warning("threadpoolctl missing: embeddings may be slow on a busy machine")
        else:
            threadpool_limits(limits=1, user_api="blas")
        _blas_limited = True


_shared: dict[str, Embedder] = {}
_shared_lock = threading.Lock()


def load_embedder(override: str | None = None) -> Embedder:
    """The embedder of the resolved model, loaded once per process (it is ~90 MB)."""
    from models.resolve import resolve_model

    path = resolve_model("embedder", override)
    key = str(path)
    with _shared_lock:
        if key not in _shared:
            log.info("loading embedder from %s", path)
            _shared[key] = Embedder(path)
        return _shared[key]
