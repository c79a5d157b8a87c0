"""A private Mosquitto broker on a free loopback port, for the tests and the bench.

Debian's mosquitto service does not start inside containers, and a shared broker would mix
runs; each LocalBroker writes its own config (anonymous, loopback only, optional persistence)
and can be killed and restarted on the same port to test reconnects.
"""

from __future__ import annotations

import getpass
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from models.errors import CompanionError

MOSQUITTO_PATHS = ("/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto")


class BrokerMissingError(CompanionError):
    """Mosquitto is not installed."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def mosquitto_binary() -> str:
    found = shutil.which("mosquitto") or next(
        (p for p in MOSQUITTO_PATHS if Path(p).is_file()), None)
    if found is None:
        raise BrokerMissingError("mosquitto is not installed; run `apt-get install mosquitto`.")
    return found


class LocalBroker:
    """``security`` lines (password_file, acl_file, cafile/certfile/keyfile for TLS) replace
    the anonymous default: a broker set up as the README's "Security and privacy" says."""

    def __init__(self, persistence: bool = False, folder: Path | None = None,
                 security: list[str] | None = None) -> None:
        self.port = free_port()
        self.folder = folder or Path(tempfile.mkdtemp(prefix="companion-broker-"))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.persistence = persistence
        self.proc: subprocess.Popen[bytes] | None = None
        self.config = self.folder / "mosquitto.conf"
        # Started as root, mosquitto would switch to its own user, which cannot write here.
        lines = [f"user {getpass.getuser()}", f"listener {self.port} 127.0.0.1",
                 *(security or ["allow_anonymous true"]),
                 f"persistence {'true' if persistence else 'false'}",
                 f"persistence_location {self.folder}/",
                 # Save after every change: a killed broker keeps sessions and queued messages.
                 "autosave_on_changes true", "autosave_interval 1",
                 "max_queued_messages 10000", f"log_dest file {self.folder}/mosquitto.log"]
        self.config.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @property
    def url(self) -> str:
        return f"mqtt://127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 10.0) -> LocalBroker:
        self.proc = subprocess.Popen([mosquitto_binary(), "-c", str(self.config)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                log = (self.folder / "mosquitto.log")
                detail = log.read_text()[-400:] if log.is_file() else ""
                raise BrokerMissingError(f"mosquitto exited at start: {detail}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise BrokerMissingError(f"mosquitto did not open port {self.port} in {timeout_s} s.")

    def stop(self, kill: bool = False) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        proc.wait(timeout=10)

    def __enter__(self) -> LocalBroker:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
