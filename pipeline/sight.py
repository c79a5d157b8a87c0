"""Sight: "what do you see?" answered from a camera snapshot, an image file or MQTT image bytes.

The image goes to a multimodal GGUF through llama-cpp-python's chat handlers (LLaVA 1.5/1.6,
Moondream, MiniCPM-V, Qwen2.5-VL, ...) as a data: URI. Without such a model the companion says
plainly that it cannot see. See hardware/VISION.md for the models per hardware profile.
"""

from __future__ import annotations

import base64
import re
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

from models.errors import CompanionError

MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a decompression bomb must not eat the RAM of a small speaker

CANNOT_SEE = ("I can't see: no vision model is set up. Add a multimodal model and its projector "
              "under [vision] to let me look.")

_SIGHT = re.compile(
    r"\b(what (do|can) you see|what('s| is) (in front of|around) (you|me)|look(ing)? at (this|"
    r"that|me)|(can|could) you see|describe (what you see|the (room|picture|image|scene))|"
    r"what am i (holding|wearing)|take a (look|picture|photo))\b", re.IGNORECASE)

# Chat handler per model family (class names in llama_cpp.llama_chat_format).
HANDLERS = {
    "llava-1.5": "Llava15ChatHandler", "llava-1.6": "Llava16ChatHandler",
    "moondream": "MoondreamChatHandler", "nanollava": "NanoLlavaChatHandler",
    "minicpm-v": "MiniCPMv26ChatHandler", "qwen2.5-vl": "Qwen25VLChatHandler",
    "llama3-vision": "Llama3VisionAlphaChatHandler",
}


class SightError(CompanionError):
    """An image that cannot be used, or no way to take one."""


def is_sight_question(text: str) -> bool:
    return bool(_SIGHT.search(text))


def image_kind(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data.startswith(b"BM"):
        return "bmp"
    return None


def image_size(data: bytes, kind: str) -> tuple[int, int] | None:
    """(width, height) from the header, without decoding pixels; None when unknown."""
    try:
        if kind == "png":
            return struct.unpack(">II", data[16:24])
        if kind == "gif":
            return struct.unpack("<HH", data[6:10])
        if kind == "bmp":
            w, h = struct.unpack("<ii", data[18:26])
            return abs(w), abs(h)
        if kind == "jpeg":
            return _jpeg_size(data)
    except struct.error:
        return None
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2:i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            h, w = struct.unpack(">HH", data[i + 5:i + 9])
            return w, h
        i += 2 + length
    return None


def check_image(data: bytes, where: str = "the image") -> str:
    """Validate raw bytes; return the data: URI the vision model takes."""
    if len(data) > MAX_IMAGE_BYTES:
        raise SightError(f"{where} is {len(data) / 2**20:.0f} MB; images over "
                         f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB are refused. Send a smaller one.")
    kind = image_kind(data)
    if kind is None:
        raise SightError(f"{where} is not an image (PNG, JPEG, GIF, WebP or BMP expected).")
    size = image_size(data, kind)
    if size is not None and (size[0] <= 0 or size[1] <= 0 or size[0] * size[1] > MAX_PIXELS):
        raise SightError(f"{where} claims {size[0]}x{size[1]} pixels, which cannot be right or is "
                         f"too big (limit {MAX_PIXELS // 1_000_000} megapixels).")
    return f"data:image/{kind};base64,{base64.b64encode(data).decode('ascii')}"


def image_from_file(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:  # refused before reading 50 MB into memory
            raise SightError(f"{path} is {size / 2**20:.0f} MB; images over "
                             f"{MAX_IMAGE_BYTES // 2**20} MB are refused. Use a smaller one.")
        return check_image(path.read_bytes(), str(path))
    except OSError as exc:
        raise SightError(f"Image {path} cannot be read ({exc.strerror}). Check the path.") from exc


def image_from_bytes(payload: bytes) -> str:
    """For the MQTT image topic: the payload bytes as they came."""
    return check_image(payload, "The MQTT image")


def image_from_camera(device: int | str = 0) -> str:
    """A snapshot from a camera via OpenCV, as a JPEG data: URI."""
    try:
        import cv2  # type: ignore[import-not-found]
    except ImportError as exc:
        raise SightError("Camera snapshots need OpenCV: pip install opencv-python-headless"
                         ) from exc
    camera = cv2.VideoCapture(device)
    try:
        ok, frame = camera.read() if camera.isOpened() else (False, None)
        if not ok:
            raise SightError(f"Camera {device!r} gave no picture. Check that it is connected "
                             "and not in use, or set [vision] camera.")
        ok, jpeg = cv2.imencode(".jpg", frame)
    finally:
        camera.release()
    if not ok:
        raise SightError("The camera picture could not be encoded as JPEG.")
    return check_image(jpeg.tobytes(), f"Camera {device!r}'s picture")


ChatFn = Callable[[list[dict[str, Any]], int], str]


class Vision:
    """Answers a question about an image with a multimodal GGUF and its projector (mmproj)."""

    def __init__(self, chat: ChatFn | None) -> None:
        self.chat = chat  # messages, max_tokens -> reply text (injected in tests)

    @classmethod
    def load(cls, model: Path | None, projector: Path | None, handler: str = "llava-1.5",
             context_tokens: int = 4096, threads: int = 2, gpu_layers: int = 0) -> Vision:
        """The real model; without model and projector a Vision that says it cannot see."""
        if model is None or projector is None:
            return cls(None)
        from llama_cpp import Llama
        from llama_cpp import llama_chat_format as formats

        name = HANDLERS.get(handler, handler)
        handler_cls = getattr(formats, name, None)
        if handler_cls is None:
            raise SightError(f"Unknown vision chat handler {handler!r}. Known: "
                             f"{', '.join(sorted(HANDLERS))}.")
        for path in (model, projector):
            if not path.is_file():
                raise SightError(f"Vision model file {path} is missing. Fix [vision] paths.")
        llama = Llama(model_path=str(model), chat_handler=handler_cls(
            clip_model_path=str(projector), verbose=False), n_ctx=context_tokens,
            n_threads=threads, n_gpu_layers=gpu_layers, verbose=False)

        def chat(messages: list[dict[str, Any]], max_tokens: int) -> str:
            answer = llama.create_chat_completion(messages=messages, max_tokens=max_tokens,
                                                  temperature=0.0)
            return str(answer["choices"][0]["message"]["content"] or "").strip()

        return cls(chat)

    @property
    def available(self) -> bool:
        return self.chat is not None

    def answer(self, question: str, image_uri: str, max_tokens: int = 96,
               system_prompt: str = "") -> str:
        """Blocking (run it in a thread): a short spoken-style answer about the image."""
        if self.chat is None:
            return CANNOT_SEE
        messages: list[dict[str, Any]] = []
        if system_prompt:
            messages.append({"role": "system", "content": system_prompt})
        messages.append({"role": "user", "content": [
            {"type": "image_url", "image_url": {"url": image_uri}},
            {"type": "text", "text": question + " Answer in one or two short sentences."},
        ]})
        return self.chat(messages, max_tokens)
