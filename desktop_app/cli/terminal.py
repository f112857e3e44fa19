"""Talking to a person on a terminal: confirmation, hidden input, a progress bar on stderr."""

from __future__ import annotations

import getpass
import sys
import time

from desktop_app.core.engine import JobProgress
from desktop_app.core.models import Outcome


def stdin_is_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_secret(prompt: str) -> str:
    """From stdin when piped (scripts), else typed without echo."""
    if stdin_is_terminal():
        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()


def confirm(question: str) -> bool:
    sys.stderr.write(f"{question} Type 'yes' to go on: ")
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in {"yes", "y"}


class ProgressBar:
    """Redraws at most every 100 ms; silent when stderr is not a terminal."""

    def __init__(self) -> None:
        self._enabled = sys.stderr.isatty()
        self._last = 0.0

    def __call__(self, progress: JobProgress) -> None:
        now = time.monotonic()
        if not self._enabled or (now - self._last < 0.1 and progress.counts[Outcome.PENDING]):
            return
        self._last = now
        total = max(progress.total, 1)
        filled = int(30 * progress.done / total)
        counts = progress.counts
        sys.stderr.write(
            f"\r[{'#' * filled}{'.' * (30 - filled)}] {progress.done}/{progress.total}"
            f"  ✓ {counts[Outcome.SUCCEEDED]}  ✕ {counts[Outcome.FAILED]}"
            f"  … {counts[Outcome.PENDING]} "
        )
        sys.stderr.flush()

    def close(self) -> None:
        if self._enabled:
            sys.stderr.write("\n")
