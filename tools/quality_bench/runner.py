"""Runs the conversation set through real `companion chat` processes and judges every reply.

Each session is its own process on one home folder, as a person who comes back the next day:
whatever a later session knows about an earlier one, it knows from memory. Between sessions
the person's memories are aged by the session's ``days_later`` (their timestamps and due dates
moved back), so follow-ups on worries fall due as they would in real life.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from memory.db import Database
from models.errors import CompanionError
from tools.quality_bench.checks import Context, judge
from tools.quality_bench.conversations import USERS, Session, User

log = logging.getLogger(__name__)

DAY_S = 86400.0
ROOT = Path(__file__).resolve().parents[2]
# The `companion` command as a module, run with this interpreter from this checkout (the
# console script would run whatever checkout the venv was installed from). Looked up, not
# imported: tools never import the shells.
CLI = "shells.cli"


class BenchError(CompanionError):
    """A companion process failed or answered fewer lines than it was given."""


@dataclass
class Judged:
    user: str
    session: int
    said: str
    reply: str
    verdicts: dict[str, bool] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return all(self.verdicts.values())


@dataclass
class ModelRun:
    model: str
    turns: list[Judged] = field(default_factory=list)
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)  # sessions that could not be run


def age_memories(home: Path, profile: str, days: float) -> None:
    """Move a person's memories ``days`` into the past, as if that much time had gone by."""
    shift = days * DAY_S
    db = Database(home / "memory")
    try:
        with db.write() as conn:
            conn.execute(
                "UPDATE memories SET ts = ts - ?, due = due - ?, superseded_at = superseded_at "
                "- ?, followed_up = followed_up - ? WHERE profile = ?",
                (shift, shift, shift, shift, profile))
    finally:
        db.close()


def parse_replies(stdout: str, persona: str) -> list[str]:
    """`companion chat` prints "persona> reply" per line it was given (a reply may wrap)."""
    parts = re.split(rf"(?m)^{re.escape(persona.lower())}> ", stdout)
    return [p.strip() for p in parts[1:]]


def chat_session(model: str | None, home: Path, user: str, lines: list[str],
                 persona: str, extra_args: list[str]) -> list[str]:
    """One `companion chat` process: the lines on stdin, one reply per line back."""
    cmd = [sys.executable, "-m", CLI, "--home", str(home), "--user", user,
           *(["--llm", model] if model else []), *extra_args, "chat"]
    env = {**os.environ, "COMPANION_HOME": str(home)}
    try:
        proc = subprocess.run(cmd, input="\n".join(lines) + "\n", capture_output=True,
                              text=True, timeout=600 + 240 * len(lines), env=env,
                              cwd=ROOT)
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"`companion chat` for {user} took over {exc.timeout:.0f} s") from exc
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("error:")]
    if proc.returncode != 0:
        raise BenchError(f"`companion chat` for {user} failed (exit {proc.returncode}): "
                         + (errors[-1] if errors else proc.stderr.strip()[-300:]))
    replies = parse_replies(proc.stdout, persona)
    if len(replies) != len(lines):
        raise BenchError(f"`companion chat` for {user} gave {len(replies)} replies to "
                         f"{len(lines)} lines")
    return replies


def judge_session(user: User, number: int, session: Session, replies: list[str],
                  story: dict[str, object], persona: str) -> list[Judged]:
    """Judge a session's replies; ``story`` carries dislikes and bereavements across sessions."""
    judged = []
    for line, reply in zip(session.lines, replies, strict=True):
        story["dislikes"] = tuple(story.get("dislikes", ())) + line.dislikes  # type: ignore[operator]
        story["death"] = bool(story.get("death")) or line.bereavement
        ctx = Context(line, dislikes=story["dislikes"],  # type: ignore[arg-type]
                      death_mentioned=bool(story["death"]), user_name=user.name,
                      persona_name=persona)
        judged.append(Judged(user.user, number, line.text, reply, judge(reply, ctx)))
    return judged


Progress = Callable[[str], None]


def run_model(model: str | None, home: Path, persona: str, extra_args: list[str],
              users: tuple[User, ...] = USERS, progress: Progress = lambda msg: None,
              memory_budget_ms: int | None = None) -> ModelRun:
    """The whole set with one LLM on a fresh ``home``; ``memory_budget_ms`` overrides how long
    a reply waits for memory (by default the set meets what a user of text chat meets).
    """
    home.mkdir(parents=True, exist_ok=True)
    if memory_budget_ms is not None:
        (home / "config.toml").write_text(f"[memory]\nbudget_ms = {memory_budget_ms}\n",
                                          encoding="utf-8")
    run = ModelRun(model or "default")
    started = time.monotonic()
    sessions = sum(len(u.sessions) for u in users)
    done = 0
    for user in users:
        story: dict[str, object] = {}
        for number, session in enumerate(user.sessions, 1):
            if session.days_later:
                age_memories(home, user.user, session.days_later)
            done += 1
            progress(f"model={run.model} session={done}/{sessions} user={user.user}")
            lines = [line.text for line in session.lines]
            try:
                replies = chat_session(model, home, user.user, lines, persona, extra_args)
            except BenchError as exc:  # the other people's sessions still count
                run.errors.append(str(exc))
                progress(f"error: {exc}; skipping the rest of {user.user}'s sessions")
                break
            run.turns += judge_session(user, number, session, replies, story, persona)
    run.seconds = round(time.monotonic() - started, 1)
    return run


def rejudge(model: str, saved: list[dict[str, object]], persona: str,
            users: tuple[User, ...] = USERS) -> ModelRun:
    """Judge saved replies again (after the rules changed) without running any model."""
    replies: dict[tuple[str, int], list[str]] = {}
    for turn in saved:
        replies.setdefault((str(turn["user"]), int(turn["session"])), []).append(  # type: ignore[call-overload]
            str(turn["reply"]))
    run = ModelRun(model)
    for user in users:
        story: dict[str, object] = {}
        for number, session in enumerate(user.sessions, 1):
            said = replies.get((user.user, number))
            if said is None or len(said) != len(session.lines):
                raise BenchError(f"the saved replies of {model} do not match the conversation "
                                 f"set at {user.user} session {number}: run the bench again")
            run.turns += judge_session(user, number, session, said, story, persona)
    return run
