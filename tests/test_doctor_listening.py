"""`companion doctor` on listening: is echo cancellation active, is the end-of-turn model?"""

from __future__ import annotations

import sys

from hardware import doctor as doc_mod
from hardware.doctor import doctor_ok, run_doctor


def listening(checks: list[doc_mod.Check]) -> dict[str, doc_mod.Check]:
    return {c.name: c for c in checks if c.name in ("echo cancellation", "end of turn")}


def test_aec_and_smart_turn_are_reported_active(tmp_path) -> None:
    found = listening(doc_mod._listening({}, None, "auto", True))  # the real package and model
    echo, turn = found["echo cancellation"], found["end of turn"]
    assert echo.ok and "active" in echo.detail and "AEC3" in echo.detail
    assert "full-duplex" in echo.detail
    assert turn.ok and "Smart Turn" in turn.detail


def test_without_the_packages_the_fallbacks_are_named(monkeypatch, tmp_path) -> None:
    monkeypatch.setitem(sys.modules, "pywebrtc_audio", None)  # import fails
    found = listening(doc_mod._listening({"turn": str(tmp_path / "none.onnx")}, tmp_path, "auto",
                                          True))
    echo, turn = found["echo cancellation"], found["end of turn"]
    assert not echo.ok and not echo.required and "half-duplex" in echo.detail
    assert "pip install pywebrtc-audio" in echo.fix
    assert not turn.ok and not turn.required and "transcript rule only" in turn.detail
    assert doctor_ok([echo, turn])  # the companion still works: these only warn


def test_the_chosen_gate_is_reported_as_such() -> None:
    echo = doc_mod._echo_check("gate")
    assert echo.ok and echo.detail.startswith("off") and "half-duplex" in echo.detail


def test_the_doctor_runs_the_listening_group(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(doc_mod, "_packages", lambda: [])
    checks = run_doctor(cache=tmp_path, echo_mode="gate")
    assert set(listening(checks)) == {"echo cancellation", "end of turn"}


def test_what_the_config_turns_off_is_reported_off_not_active(monkeypatch) -> None:
    """Available is not active: the config decides (the real package and model are here)."""
    monkeypatch.setattr(doc_mod, "_packages", lambda: [])
    found = listening(run_doctor(echo_mode="off", turn_model=False))
    echo, turn = found["echo cancellation"], found["end of turn"]
    assert echo.ok and echo.detail.startswith("off") and "active" not in echo.detail
    assert turn.ok and "transcript rule only" in turn.detail and "turn_model = false" in turn.detail
    on = listening(run_doctor(echo_mode="aec", turn_model=True))
    assert "active" in on["echo cancellation"].detail and "active" in on["end of turn"].detail


def test_aec_demanded_where_it_cannot_load_says_run_will_refuse(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pywebrtc_audio", None)
    echo = doc_mod._echo_check("aec")
    assert not echo.ok and "refuses to start" in echo.detail


def test_the_probe_times_the_real_end_of_turn_model() -> None:
    from hardware.probe import probe_turn
    from models import resolve_model

    result = probe_turn(resolve_model("turn"))
    assert result.ok and result.figure > 0 and "end-of-turn call" in result.describe()
    broken = probe_turn(__import__("pathlib").Path("/nonexistent.onnx"))
    assert not broken.ok and "cannot load" in broken.describe()


def test_the_words_end_of_turn_model_active_missing_or_off(tmp_path) -> None:
    def words(overrides: dict[str, str | None], enabled: bool) -> doc_mod.Check:
        checks = doc_mod._listening(overrides, None, "off", True, enabled)
        return next(c for c in checks if c.name == "end of turn (words)")

    active = words({}, True)  # the real model
    assert active.ok and "reads whether the words are finished" in active.detail
    missing = words({"turn_words": str(tmp_path / "none.gguf")}, True)
    assert not missing.ok and not missing.required and "punctuation rule only" in missing.detail
    assert "companion models fetch" in missing.fix
    off = words({"turn_words": str(tmp_path / "none.gguf")}, False)
    assert off.ok and "turn_words = false" in off.detail
