"""Every command on a Windows code page (cp1252, cp850): no traceback, readable symbols.

The CLI runs as a real subprocess with PYTHONIOENCODING set to the code page, against the ABOUT
YOU sandbox over HTTP, with a profile named "Läden €" (cp850 has no "€", "…" or "—"; cp1252 has
no "✓" or "✕"). Progress is drawn only on a terminal, so one run has its stderr on a pty.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from tests.integration.cli_helpers import CliEnv, write_csv

KEY = "sandbox-demo-key"
NAME = "Läden €"
# What Python prints for a character it cannot encode with errors="backslashreplace".
ESCAPE = re.compile(r"\\(x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8})")


class Console:
    """The CLI as a seller's Windows console would show it: bytes in one code page."""

    def __init__(self, cli: CliEnv, encoding: str) -> None:
        self.cli, self.encoding = cli, encoding
        self.env = {**cli.env(), "PYTHONIOENCODING": encoding}
        self.euro = "€" if encoding == "cp1252" else "EUR"

    def run(self, *args: str, stdin: str = "", code: int = 0, **kwargs: Any) -> tuple[str, str]:
        done = subprocess.run(
            self.cli.command(*args),
            input=stdin.encode(self.encoding),
            capture_output=True,
            env=self.env,
            timeout=120,
            **kwargs,
        )
        as_json = "--json" in args  # JSON escapes every non-ASCII character on purpose
        out, err = self.readable(done.stdout, escapes=as_json), self.readable(done.stderr)
        assert done.returncode == code, (args, out, err)
        return out, err

    def start(self, *args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
        options: dict[str, Any] = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
        return subprocess.Popen(self.cli.command(*args), env=self.env, **(options | kwargs))

    def readable(self, data: bytes, *, escapes: bool = False) -> str:
        text = data.decode(self.encoding)
        for bad in ("Traceback", "UnicodeEncodeError", "unexpected error"):
            assert bad not in text, text
        assert escapes or not ESCAPE.search(text), text
        return text


@pytest.fixture(params=["cp1252", "cp850"])
def console(request: pytest.FixtureRequest, tmp_path: Path) -> Console:
    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    return Console(cli, request.param)


def _wait_scheduled(console: Console, process: subprocess.Popen[bytes], job: int) -> None:
    deadline = time.monotonic() + 60
    while True:
        out, _ = console.run("jobs")
        if re.search(rf"^job {job}\t.*\tscheduled\t", out, re.MULTILINE):
            return
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, out
        time.sleep(0.1)


def _with_stderr_on_a_terminal(console: Console, *args: str) -> tuple[str, str]:
    """Run with stderr on a pty, so the progress bar draws; returns stdout and the terminal."""
    import pty  # POSIX; on Windows the progress bar is covered by the same code path

    leader, follower = pty.openpty()
    seen = bytearray()

    def read() -> None:
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the child closed the terminal
                return
            if not chunk:
                return
            seen.extend(chunk)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        process = console.start(*args, stderr=follower)
        os.close(follower)
        out, _ = process.communicate(timeout=120)
    finally:
        reader.join(timeout=10)
        os.close(leader)
    assert process.returncode == 0, console.readable(bytes(seen))
    return console.readable(out), console.readable(bytes(seen))


def test_every_command_prints_readably_on_a_windows_code_page(
    console: Console, aboutyou_sandbox: Any, tmp_path: Path
) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)
    out, _ = console.run("--version")
    assert out.startswith("Seller Desk ")
    out, _ = console.run("--help")
    assert "cancel" in out
    add = ["profile", "add", NAME, "--marketplace", "aboutyou", "--base-url", sandbox.base_url]
    out, _ = console.run(*add, "--environment", "sandbox", stdin=KEY + "\n")
    assert f"Saved profile 'Läden {console.euro}'" in out
    out, _ = console.run("profile", "list")
    assert out.startswith(f"Läden {console.euro}\taboutyou\tsandbox")
    out, _ = console.run("profile", "test", NAME)
    assert "carrier keys" in out
    _, err = console.run("profile", "test", "Nobody €", code=2)  # an error, on stderr
    assert err.startswith("seller-desk: ") and err.count("\n") == 1

    # A dry run whose messages quote a cell with "…", in a file named with "€".
    checked = write_csv(tmp_path / "orders €.csv", "order_item_id", ["100001", "abc…", "100002"])
    out, _ = console.run("cancel", str(checked), "--profile", NAME, "--dry-run", code=1)
    dash = "—" if console.encoding == "cp1252" else "-"
    assert f"job (dry run): dry-run {dash} 1 invalid, 2 valid" in out
    assert "'abc...'" in out or "'abc…'" in out
    out, _ = console.run("cancel", str(checked), "--profile", NAME, "--dry-run", "--json", code=1)
    assert '"profile": "L\\u00e4den \\u20ac"' in out  # JSON is ASCII on every console
    _, err = console.run("ship", str(checked), "--profile", NAME, "--dry-run", code=2)
    assert err.startswith("seller-desk: ") and "carrier_key" in err  # a file error, one line

    # A real job, with the progress bar ("✓ 2  ✕ 0  … 0") on a terminal where one exists.
    sent = write_csv(tmp_path / "send €.csv", "order_item_id", ["100001", "100002"])
    job = ["cancel", str(sent), "--profile", NAME, "--yes"]
    if sys.platform == "win32":
        out, _ = console.run(*job)
    else:
        out, terminal = _with_stderr_on_a_terminal(console, *job)
        assert re.search(r"2/2 {2}v 2 {2}x 0 {2}(\.\.\.|…) 0", terminal), terminal
    assert f"finished {dash} 2 succeeded" in out
    out, _ = console.run("jobs")
    assert f"\tLäden {console.euro}\tfinished\t" in out
    exported = tmp_path / "out €.csv"
    out, _ = console.run("export", "1", "-o", str(exported))
    assert out.startswith("Wrote 2 rows to ") and "out " in out and exported.exists()

    # A job never sent: listed by resume, then withdrawn; another one sent by `send`.
    later = write_csv(tmp_path / "later €.csv", "order_item_id", ["100003"])
    for job_id in (2, 3):
        waiting = console.start(
            "cancel", str(later), "--profile", NAME, "--yes", "--delay", "60", "--overlap"
        )
        _wait_scheduled(console, waiting, job_id)
        waiting.kill()
        waiting.communicate()
    out, _ = console.run("resume", code=1)
    assert f"profile Läden {console.euro}) was never sent" in out
    out, _ = console.run("withdraw", "2")
    assert "withdrawn" in out
    out, _ = console.run("send", "3", "--yes")
    assert "succeeded" in out


@pytest.mark.skipif(sys.platform == "win32", reason="stops the watch with SIGINT (Ctrl+C)")
def test_the_watched_folder_prints_readably_on_a_windows_code_page(
    console: Console, aboutyou_sandbox: Any, tmp_path: Path
) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)
    add = ["profile", "add", NAME, "--marketplace", "aboutyou", "--base-url", sandbox.base_url]
    console.run(*add, "--environment", "sandbox", stdin=KEY + "\n")
    folder = tmp_path / "drop €"
    folder.mkdir()
    watch = ["watch", str(folder), "--profile", NAME, "--action", "cancel", "--automatic"]
    process = console.start(*watch, "--interval", "0.1", "--stable-seconds", "0.2")
    try:
        write_csv(folder / "orders €.csv", "order_item_id", ["100004"])
        assert process.stdout is not None
        line = console.readable(process.stdout.readline())
        assert f"orders {console.euro}.csv" in line, line
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    console.readable(out)
    assert "Stopped watching." in console.readable(err)
