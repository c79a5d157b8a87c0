"""Upcycle a dense llama-family GGUF into a Mixtral-style mixture-of-experts GGUF.

Why: no MoE GGUF ships on the package registries, yet the MoE path through llama.cpp must be
tested offline. Every expert is a byte-for-byte copy of the dense FFN and the router weights are
zero, so the router's softmax is uniform, top-k picks any k experts with weight 1/k each, and the
weighted sum of k identical outputs is the dense output: greedy decoding must give the same tokens.

llama.cpp's ``llama`` architecture *is* Mixtral when ``llama.expert_count`` > 0 (it then expects
``ffn_gate_inp`` and the stacked ``ffn_{gate,up,down}_exps`` tensors instead of the dense FFN).
Quantized blocks are copied raw: a stacked expert tensor is the dense tensor's rows repeated per
expert, which is exactly the layout ggml expects for a 3-D tensor (experts are the outer dim).
"""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path
from typing import Any

import numpy as np

from models.cache import cache_dir
from models.errors import CompanionError, ModelCorruptError, ModelMissingError

log = logging.getLogger(__name__)

__all__ = ["UpcycleError", "moe_metadata", "upcycle_moe", "upcycled_name", "upcycled_path"]

_ARCHES = ("llama",)  # dense archs whose llama.cpp loader accepts Mixtral-style expert tensors
_FFN = re.compile(r"^(blk\.\d+)\.ffn_(gate|up|down)\.weight$")
_SOURCE_KEY = "companion.upcycle.source"  # "<name>:<size>:<mtime_ns>", for idempotence
_MAX_EXPERTS = 256


class UpcycleError(CompanionError):
    """The dense model cannot be upcycled (wrong architecture or bad arguments)."""


def upcycled_name(src: Path, experts: int) -> str:
    """Cache name, e.g. ``SmolLM2-135M-Instruct.Q4_1.gguf`` -> ``smollm2-135m-upcycled-moe-4x``."""
    base = src.name.split(".")[0].lower().replace("-instruct", "")
    return f"{base}-upcycled-moe-{experts}x"


def upcycled_path(src: Path, experts: int = 4, cache: Path | None = None) -> Path:
    """Where `upcycle_moe` puts the MoE by default: ``<cache>/<name>/<name>.gguf``."""
    name = upcycled_name(src, experts)
    return (cache if cache is not None else cache_dir()) / name / f"{name}.gguf"


def _source_stamp(src: Path) -> str:
    st = src.stat()
    return f"{src.name}:{st.st_size}:{st.st_mtime_ns}"


def moe_metadata(path: Path) -> dict[str, Any]:
    """Architecture, expert counts and upcycle stamp of a GGUF (reads the header only)."""
    from gguf import GGUFReader

    try:
        reader = GGUFReader(path, "r")
    except (OSError, ValueError) as exc:
        raise ModelCorruptError(f"{path} is not a readable GGUF file ({exc}); delete it and "
                                "run `companion models upcycle-moe` again") from exc

    def value(key: str) -> Any:
        field = reader.fields.get(key)
        return field.contents() if field is not None else None

    arch = value("general.architecture")
    return {
        "architecture": arch,
        "expert_count": value(f"{arch}.expert_count"),
        "expert_used_count": value(f"{arch}.expert_used_count"),
        "source": value(_SOURCE_KEY),
        "tensors": len(reader.tensors),
    }


def _stamp(dst: Path, src: Path, experts: int, used: int) -> dict[str, Any]:
    st = dst.stat()
    return {"source": _source_stamp(src), "experts": experts, "used": used,
            "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _up_to_date(dst: Path, src: Path, experts: int, used: int) -> bool:
    """Stat-only check through the ``.upcycle.json`` stamp (parsing a big GGUF takes seconds)."""
    try:
        recorded = json.loads(dst.with_name(dst.name + ".upcycle.json").read_text("utf-8"))
        return bool(recorded == _stamp(dst, src, experts, used))
    except (OSError, ValueError):
        return False


def _check_args(src: Path, experts: int, used: int) -> None:
    if not src.is_file():
        raise ModelMissingError(f"dense model {src} not found; run `companion models fetch` "
                                "or pass an existing .gguf")
    if not 2 <= experts <= _MAX_EXPERTS:
        raise UpcycleError(f"--experts must be between 2 and {_MAX_EXPERTS}, not {experts}")
    if not 1 <= used <= experts:
        raise UpcycleError(f"--used must be between 1 and --experts ({experts}), not {used}")


def upcycle_moe(
    src: Path, dst: Path | None = None, experts: int = 4, used: int = 2, progress: bool = True
) -> Path:
    """Write the MoE version of dense GGUF ``src`` to ``dst`` (default: the model cache).

    Idempotent: a ``dst`` already built from this very ``src`` (name, size, mtime) with the same
    expert counts is left alone. The file appears atomically (written as ``.part``, then renamed).
    """
    from gguf import GGUFReader, GGUFValueType, GGUFWriter, Keys

    src = Path(src)
    _check_args(src, experts, used)
    dst = Path(dst) if dst is not None else upcycled_path(src, experts)
    if _up_to_date(dst, src, experts, used):
        log.info("upcycle.skip dst=%s already built", dst)
        return dst
    reader = GGUFReader(src, "r")
    arch_field = reader.fields.get(Keys.General.ARCHITECTURE)
    arch = arch_field.contents() if arch_field is not None else "?"
    if arch not in _ARCHES:
        raise UpcycleError(f"{src.name} is a {arch!r} model; upcycling supports "
                           f"{', '.join(_ARCHES)} (llama.cpp runs those as Mixtral-style MoE)")
    if f"{arch}.expert_count" in reader.fields:
        raise UpcycleError(f"{src.name} already is a mixture-of-experts model")
    n_embd = int(reader.fields[f"{arch}.embedding_length"].contents())

    dst.parent.mkdir(parents=True, exist_ok=True)
    part = dst.with_name(dst.name + ".part")
    writer = GGUFWriter(part, arch)
    try:
        _copy_metadata(reader, writer, GGUFValueType)
        writer.add_expert_count(experts)
        writer.add_expert_used_count(used)
        writer.add_string(_SOURCE_KEY, _source_stamp(src))
        plan = _plan_tensors(reader, experts, n_embd)
        for name, data, raw_dtype in plan:
            writer.add_tensor_info(name, data.shape, data.dtype, data.nbytes, raw_dtype)
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_ti_data_to_file()
        bar = _bar(sum(d.nbytes for _, d, _ in plan), progress)
        for _name, data, _raw in plan:
            writer.write_tensor_data(data, tensor_endianess=reader.endianess)
            if bar is not None:
                bar.update(data.nbytes)
        if bar is not None:
            bar.close()
        writer.close()
        os.replace(part, dst)
        dst.with_name(dst.name + ".upcycle.json").write_text(
            json.dumps(_stamp(dst, src, experts, used)), "utf-8")
    except BaseException:
        writer.close()
        part.unlink(missing_ok=True)
        raise
    log.info("upcycle.done src=%s dst=%s experts=%d used=%d", src, dst, experts, used)
    return dst


def _copy_metadata(reader: Any, writer: Any, value_type: Any) -> None:
    for field in reader.fields.values():
        # GGUF.* are virtual (header) fields; the writer adds the architecture itself.
        if field.name.startswith("GGUF.") or field.name == "general.architecture":
            continue
        vtype = field.types[0]
        sub_type = field.types[-1] if vtype == value_type.ARRAY else None
        value = field.contents()
        if field.name == "general.alignment":
            writer.data_alignment = int(value)
        elif field.name == "general.name":  # so logs and `models compare` tell the two apart
            value = f"{value} (upcycled MoE)"
        writer.add_key_value(field.name, value, vtype, sub_type=sub_type)


def _plan_tensors(reader: Any, experts: int, n_embd: int) -> list[tuple[str, Any, Any]]:
    """(name, array, raw ggml type) for every output tensor, in the source's order.

    Stacked expert tensors are broadcast views (no copy): N experts cost no extra memory here.
    """
    from gguf import GGMLQuantizationType

    plan: list[tuple[str, Any, Any]] = []
    routers_done: set[str] = set()
    ffn_count = 0
    for tensor in reader.tensors:
        match = _FFN.match(tensor.name)
        if match is None:
            plan.append((tensor.name, tensor.data, tensor.tensor_type))
            continue
        ffn_count += 1
        block, kind = match.groups()
        if block not in routers_done:  # zero router: uniform softmax over identical experts
            routers_done.add(block)
            router = np.zeros((experts, n_embd), dtype=np.float32)
            plan.append((f"{block}.ffn_gate_inp.weight", router, GGMLQuantizationType.F32))
        stacked = np.broadcast_to(tensor.data, (experts, *tensor.data.shape))
        plan.append((f"{block}.ffn_{kind}_exps.weight", stacked, tensor.tensor_type))
    if ffn_count == 0:
        raise UpcycleError("no dense FFN tensors (blk.N.ffn_gate/up/down.weight) found to upcycle")
    return plan


def _bar(total: int, progress: bool) -> Any:
    if not progress:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="B", unit_scale=True, desc="upcycle", leave=False)
