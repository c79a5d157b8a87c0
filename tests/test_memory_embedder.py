"""The numpy embedder matches sentence-transformers' vectors of the same model."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest

from memory.embedder import DIM, load_embedder, read_safetensors
from models.resolve import resolve_model

FIXTURE = Path(__file__).parent / "fixtures" / "minilm_reference.json"
pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def embedder():
    return load_embedder()


def test_matches_sentence_transformers_reference(embedder):
    ref = json.loads(FIXTURE.read_text())
    expected = np.array(ref["vectors"], np.float32)
    got = embedder.embed(ref["sentences"])
    assert got.shape == (len(ref["sentences"]), DIM)
    cosines = (got * expected).sum(axis=1)
    assert cosines.min() >= 0.99, dict(zip(ref["sentences"], cosines.round(5), strict=True))
    # One at a time (no padding) gives the same vectors as the padded batch.
    for sentence, vector in zip(ref["sentences"], expected, strict=True):
        assert float(embedder.embed_one(sentence) @ vector) >= 0.99


def test_vectors_are_unit_length_and_similar_texts_are_close(embedder):
    v = embedder.embed(["My dog is called Biscuit.", "What is my dog's name?",
                        "The stock market fell sharply today."])
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2
    assert embedder.embed([]).shape == (0, DIM)


def test_single_query_is_fast(embedder):
    embedder.embed_one("warm up")
    times = []
    for i in range(20):
        t = time.perf_counter()
        embedder.embed_one(f"where did I go on holiday last summer {i}?")
        times.append(time.perf_counter() - t)
    # ~3-7 ms on 2 busy cores; a generous bound catches thread-contention regressions (800 ms).
    assert sorted(times)[10] < 0.1


def test_safetensors_reader_reads_every_tensor():
    tensors = read_safetensors(resolve_model("embedder") / "model.safetensors")
    assert tensors["embeddings.word_embeddings.weight"].shape == (30522, DIM)
    assert sum(1 for name in tensors if name.endswith("attention.self.query.weight")) == 6
