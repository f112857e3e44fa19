""".ci/check_wheels.py against a package index of our own on 127.0.0.1: a project with only a
Linux wheel fails on every target, a pure-python wheel passes, and no index is a skip."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / ".ci" / "check_wheels.py"
WHEELS = {
    "linux-only": ["linux_only-1.0-cp311-cp311-manylinux_2_17_x86_64.whl", "linux_only-1.0.tar.gz"],
    "pure": ["pure-2.0-py3-none-any.whl", "pure-1.0-py3-none-any.whl"],
}


class SimpleIndex(BaseHTTPRequestHandler):
    """PEP 691 JSON pages for WHEELS, and each wheel's PEP 658 metadata."""

    def do_GET(self) -> None:
        parts = self.path.strip("/").split("/")
        if parts[0] == "simple" and len(parts) == 2 and parts[1] in WHEELS:
            base = f"http://{self.headers['Host']}/files"
            files = [{"filename": name, "url": f"{base}/{name}"} for name in WHEELS[parts[1]]]
            self._send(json.dumps({"meta": {"api-version": "1.0"}, "files": files}).encode())
        elif parts[0] == "files" and parts[-1].endswith(".whl.metadata"):
            name, version = parts[-1].split("-")[:2]
            self._send(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n".encode())
        else:
            self.send_error(404)

    def _send(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/vnd.pypi.simple.v1+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def index_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), SimpleIndex)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/simple"
    finally:
        server.shutdown()
        server.server_close()


def run_check(index_url: str, *requirements: str) -> subprocess.CompletedProcess[str]:
    wanted = [arg for requirement in requirements for arg in ("--require", requirement)]
    command = [sys.executable, str(SCRIPT), "--index-url", index_url, *wanted]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def test_a_dependency_with_only_a_linux_wheel_fails_on_every_target(index_url: str) -> None:
    done = run_check(index_url, "pure", "linux-only")
    assert done.returncode == 1, done.stdout + done.stderr
    failed = [line for line in done.stdout.splitlines() if "FAILED" in line and "Python" in line]
    assert len(failed) == 9  # Windows, both Macs; Python 3.11, 3.12, 3.13
    assert all(line.endswith("no wheel for linux-only==1.0") for line in failed), failed


def test_a_pure_python_wheel_counts_and_the_newest_version_is_checked(index_url: str) -> None:
    done = run_check(index_url, "pure")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count(": 1 pins (0 compiled)") == 9
    assert "passed" in done.stdout.splitlines()[-1]


def test_an_index_that_cannot_be_reached_skips_the_check_and_says_so() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    done = run_check(f"http://127.0.0.1:{port}/simple", "pure")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("check_wheels: SKIPPED: the package index cannot be reached")
