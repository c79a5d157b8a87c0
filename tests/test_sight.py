"""Sight: intent, image checks and the vision boundary, with a generated PNG and a fake model."""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

import pytest

from pipeline.sight import (
    CANNOT_SEE,
    MAX_IMAGE_BYTES,
    SightError,
    Vision,
    check_image,
    image_from_bytes,
    image_from_camera,
    image_from_file,
    is_sight_question,
)


def png(width: int = 8, height: int = 6, claim: tuple[int, int] | None = None) -> bytes:
    """A red RGB PNG built with zlib/struct; ``claim`` lies about its size in the header."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    w, h = claim or (width, height)
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def test_sight_intent():
    for text in ("What do you see?", "hey, what can you see right now", "Look at this!",
                 "Can you see me?", "describe the room", "what am I holding"):
        assert is_sight_question(text), text
    for text in ("What is the capital of France?", "I see what you mean", "See you later"):
        assert not is_sight_question(text), text


def test_image_checks(tmp_path: Path):
    uri = check_image(png())
    assert uri.startswith("data:image/png;base64,")
    assert base64.b64decode(uri.split(",", 1)[1]) == png()
    with pytest.raises(SightError, match="not an image"):
        image_from_bytes(b"hello, this is text")
    with pytest.raises(SightError, match="are refused"):
        image_from_bytes(png() + bytes(MAX_IMAGE_BYTES))
    with pytest.raises(SightError, match="too big"):
        image_from_bytes(png(claim=(100_000, 100_000)))
    big = tmp_path / "big.png"
    with big.open("wb") as f:  # 50 MB, sparse: refused from its size, never read
        f.write(png())
        f.truncate(50 * 1024 * 1024)
    with pytest.raises(SightError, match="50 MB.*refused"):
        image_from_file(big)
    with pytest.raises(SightError, match="cannot be read"):
        image_from_file(tmp_path / "missing.png")
    small = tmp_path / "small.png"
    small.write_bytes(png())
    assert image_from_file(small) == uri


def test_camera_without_opencv_says_what_to_install(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "cv2", None)  # import cv2 -> ImportError
    with pytest.raises(SightError, match="pip install opencv-python-headless"):
        image_from_camera(0)


def test_vision_answers_through_the_model_boundary():
    seen: list[list[dict]] = []

    def fake_chat(messages: list[dict], max_tokens: int) -> str:
        seen.append(messages)
        return "I see a red square."

    vision = Vision(fake_chat)
    assert vision.answer("What do you see?", image_from_bytes(png())) == "I see a red square."
    parts = seen[0][-1]["content"]
    assert parts[0]["image_url"]["url"].startswith("data:image/png;base64,")
    assert parts[1]["text"].startswith("What do you see?")


def test_without_a_vision_model_it_says_it_cannot_see():
    vision = Vision.load(None, None)
    assert not vision.available
    assert vision.answer("What do you see?", check_image(png())) == CANNOT_SEE
    with pytest.raises(SightError, match="Unknown vision chat handler"):
        Vision.load(Path("m.gguf"), Path("p.gguf"), handler="nope")
