"""Which model to load from where: catalog, cache, fetch (via pip), resolution and checks.

Imports nothing else from the project (other packages import it).
"""

from models.cache import cache_dir, entry_path, model_dir, wheels_dir
from models.errors import (
    CompanionError,
    ModelCorruptError,
    ModelDownloadError,
    ModelMissingError,
    NoAudioDeviceError,
)
from models.fetch import fetch_defaults, fetch_model, is_fetched, sha256_file
from models.registry import (
    CATALOG,
    DEFAULT_MODELS,
    ROLES,
    ModelFile,
    ModelSpec,
    WheelRef,
    get_spec,
)
from models.resolve import (
    ModelStatus,
    env_var,
    format_model_status,
    model_status,
    resolve_model,
    validate_model_path,
    verify_model,
)

__all__ = [
    "CATALOG",
    "DEFAULT_MODELS",
    "ROLES",
    "CompanionError",
    "ModelCorruptError",
    "ModelDownloadError",
    "ModelFile",
    "ModelMissingError",
    "ModelSpec",
    "ModelStatus",
    "NoAudioDeviceError",
    "WheelRef",
    "cache_dir",
    "entry_path",
    "env_var",
    "fetch_defaults",
    "fetch_model",
    "format_model_status",
    "get_spec",
    "is_fetched",
    "model_dir",
    "model_status",
    "resolve_model",
    "sha256_file",
    "validate_model_path",
    "verify_model",
    "wheels_dir",
]
