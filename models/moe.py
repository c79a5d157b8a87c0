"""MoE knobs for llama-cpp-python: configuration in, ``Llama(...)`` keyword arguments out.

What llama-cpp-python 0.3.x lets us set (checked against 0.3.36):
- experts used per token: a metadata override, ``kv_overrides={"<arch>.expert_used_count": n}``
  (the ``Llama`` signature has ``kv_overrides``). Fewer experts = faster, lower quality.
- GPU layers: ``n_gpu_layers`` (-1 = all); only meaningful on a CUDA/Metal/Vulkan build.
- expert tensors on the CPU while attention runs on the GPU (llama.cpp's ``--cpu-moe`` /
  ``-ot exps=CPU``): ``Llama`` does **not** expose it; ``llama_model_params`` has the
  ``tensor_buft_overrides`` field, marked unused by the bindings. `expert_tensors_on_cpu` fills
  it in for the duration of one ``Llama(...)`` call (a scoped patch of the loader function);
  when the installed bindings lack what that needs, `llama_kwargs` returns a warning instead.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

__all__ = [
    "EXPERT_TENSOR_PATTERN",
    "cpu_moe_available",
    "expert_tensors_on_cpu",
    "gguf_architecture",
    "llama_kwargs",
]

# llama.cpp's --cpu-moe pattern (regex_search over tensor names).
EXPERT_TENSOR_PATTERN = r"\.ffn_(up|down|gate|gate_up)_(ch|)exps"
_PATCH_LOCK = threading.Lock()  # the patch is process-wide: one load at a time


def gguf_architecture(model_path: Path) -> str | None:
    """``general.architecture`` of a GGUF, or None if unreadable (header only, memory-mapped)."""
    try:
        from gguf import GGUFReader

        field = GGUFReader(model_path, "r").fields.get("general.architecture")
        return str(field.contents()) if field is not None else None
    except Exception:  # noqa: BLE001 - any unreadable file: the loader will say why later
        return None


def _get(config: Any, name: str, default: Any) -> Any:
    value = getattr(config, name, default)
    return default if value is None else value


def llama_kwargs(config: Any, model_path: Path | None = None) -> tuple[dict[str, Any], list[str]]:
    """(kwargs for ``Llama(...)``, warnings) from an ``LlmConfig``-like object.

    Reads, when present: ``threads``, ``context_tokens``, ``mmap``, ``gpu_layers`` (0 = CPU
    only, -1 = all), ``moe_experts_used`` (0 = the model's own number), ``moe_experts_on_cpu``.
    ``model_path`` is needed for the expert override (its key is prefixed by the architecture).
    Warnings are one line each, for the log and `companion doctor`; nothing here raises.
    """
    kwargs: dict[str, Any] = {}
    warnings: list[str] = []
    if hasattr(config, "threads"):
        # Prompts too: llama-cpp-python would use every core for them, crowding out whisper.
        kwargs["n_threads"] = kwargs["n_threads_batch"] = config.threads
    if hasattr(config, "context_tokens"):
        kwargs["n_ctx"] = config.context_tokens
    if hasattr(config, "mmap"):
        kwargs["use_mmap"] = bool(config.mmap)
    gpu_layers = int(_get(config, "gpu_layers", 0))
    kwargs["n_gpu_layers"] = gpu_layers
    if gpu_layers and not gpu_offload_supported():
        warnings.append(f"gpu_layers={gpu_layers} is ignored: this llama-cpp-python build has no "
                        "GPU backend; rebuild it with CMAKE_ARGS=\"-DGGML_CUDA=on\" (see "
                        "hardware/README.md)")
    used = int(_get(config, "moe_experts_used", 0))
    if used > 0:
        arch = gguf_architecture(model_path) if model_path is not None else None
        if arch is None:
            warnings.append("moe_experts_used is ignored: the model's architecture is unknown "
                            "(no readable GGUF path)")
        else:
            kwargs["kv_overrides"] = {f"{arch}.expert_used_count": used}
    if _get(config, "moe_experts_on_cpu", False):
        reason = cpu_moe_available()
        if reason:
            warnings.append(f"moe_experts_on_cpu is ignored: {reason}")
        elif not gpu_layers:
            warnings.append("moe_experts_on_cpu has no effect with gpu_layers=0 (everything "
                            "is on the CPU already)")
    return kwargs, warnings


def gpu_offload_supported() -> bool:
    """Whether the installed llama.cpp was built with a GPU backend (CUDA, Metal, Vulkan...)."""
    try:
        import llama_cpp

        return bool(llama_cpp.llama_supports_gpu_offload())
    except Exception:  # noqa: BLE001 - no bindings: no GPU
        return False


class _BuftOverride(ctypes.Structure):
    # struct llama_model_tensor_buft_override { const char * pattern; ggml_backend_buffer_type_t }
    _fields_ = [("pattern", ctypes.c_char_p), ("buft", ctypes.c_void_p)]


def _cpu_buffer_type() -> int | None:
    """``ggml_backend_cpu_buffer_type()`` from the ggml library the bindings loaded."""
    import llama_cpp

    lib_dir = Path(llama_cpp.__file__).parent / "lib"
    for name in ("libggml-base.so", "libggml-cpu.so", "libggml.so", "libggml-base.dylib",
                 "libggml-cpu.dylib", "ggml-base.dll", "ggml-cpu.dll"):
        path = lib_dir / name
        if not path.exists():
            continue
        lib = ctypes.CDLL(str(path))
        func = getattr(lib, "ggml_backend_cpu_buffer_type", None)
        if func is not None:
            func.restype = ctypes.c_void_p
            func.argtypes = []
            return func()
    return None


def cpu_moe_available() -> str:
    """"" when expert tensors can be pinned to the CPU with these bindings, else why not."""
    try:
        import llama_cpp
        from llama_cpp import _internals
    except ImportError:
        return "llama-cpp-python is not installed"
    fields = dict(llama_cpp.llama_model_params._fields_)
    if "tensor_buft_overrides" not in fields:
        return "this llama-cpp-python has no tensor_buft_overrides in llama_model_params"
    if not hasattr(_internals, "llama_cpp") or not hasattr(
            _internals.llama_cpp, "llama_model_load_from_file"):
        return "this llama-cpp-python loads models in a way the CPU-expert patch does not know"
    try:
        if _cpu_buffer_type() is None:
            return "ggml_backend_cpu_buffer_type is not exported by the bundled ggml"
    except OSError as exc:
        return f"the bundled ggml library cannot be opened ({exc})"
    return ""


@contextlib.contextmanager
def expert_tensors_on_cpu(
    enabled: bool = True, pattern: str = EXPERT_TENSOR_PATTERN
) -> Iterator[bool]:
    """Around ``Llama(...)``: keep tensors matching ``pattern`` in CPU memory (llama.cpp's
    ``--cpu-moe``), so a GPU holds attention + KV cache and the big expert FFNs stay in RAM.

    Yields whether the override is in place. Why a patch: the high-level ``Llama`` builds its
    ``llama_model_params`` and loads the model in one call, leaving no hook to set the field.
    """
    reason = cpu_moe_available() if enabled else "disabled"
    if reason:
        if enabled:
            log.warning("moe.cpu_experts unavailable: %s", reason)
        yield False
        return
    from llama_cpp import _internals

    module = _internals.llama_cpp
    buft = _cpu_buffer_type()
    # NULL-terminated array; kept alive by this frame until the load has returned.
    overrides = (_BuftOverride * 2)(_BuftOverride(pattern.encode(), buft), _BuftOverride())
    original = module.llama_model_load_from_file

    def load_with_overrides(path_model: bytes, params: Any) -> Any:
        params.tensor_buft_overrides = ctypes.cast(overrides, ctypes.c_void_p)
        return original(path_model, params)

    with _PATCH_LOCK:
        module.llama_model_load_from_file = load_with_overrides
        try:
            yield True
        finally:
            module.llama_model_load_from_file = original
