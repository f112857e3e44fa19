"""`seller-desk sandbox --port 0` as a real process, driven like curl would."""

from __future__ import annotations

import queue
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
FIRST_LINE = re.compile(
    r"^Sandbox ABOUT YOU marketplace at (http://127\.0\.0\.1:(\d+)) \(API key: (.+)\)$"
)


def _first_line(process: subprocess.Popen[str]) -> str:
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    return lines.get(timeout=30)


def test_sandbox_command_prints_its_address_and_serves_until_interrupted() -> None:
    command = [sys.executable, "-m", "desktop_app", "sandbox", "--port", "0", "--items", "20"]
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = _first_line(process).rstrip("\n")
        match = FIRST_LINE.match(line)
        if match is None:
            process.kill()
            raise AssertionError(f"first line {line!r}; stderr: {process.communicate()[1]}")
        base_url, port, key = match.groups()
        assert int(port) > 0
        assert key == "sandbox-demo-key"
        response = httpx.get(
            f"{base_url}/api/v1/orders/", params={"per_page": 100}, headers={"X-API-Key": key}
        )
        denied = httpx.get(f"{base_url}/api/v1/orders/")
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert response.status_code == 200
    assert sum(len(o["order_items"]) for o in response.json()["items"]) == 20
    assert denied.status_code == 401
