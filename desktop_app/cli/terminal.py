"""Talking to a person on a terminal: readable output on any console, confirmation, hidden
input, a progress bar on stderr."""

from __future__ import annotations

import codecs
import getpass
import io
import sys
import time
import unicodedata
from typing import TYPE_CHECKING

from desktop_app.core.i18n import Msg
from desktop_app.core.models import Outcome

if TYPE_CHECKING:
    from desktop_app.core.engine import JobProgress

# What we print instead of a symbol the console's code page lacks (cp850 has no "€", "…" or
# "—"; cp1252 no "✓" or "✕"). Other characters lose their accents, or become "?".
FALLBACKS = {
    "…": "...",
    "✓": "v",
    "✕": "x",
    "—": "-",
    "–": "-",
    "€": "EUR",
    "→": "->",
    "≤": "<=",
    "≥": ">=",
    "“": '"',
    "”": '"',
    "„": '"',
    "‘": "'",
    "’": "'",
    "•": "*",
}
READABLE = "seller-desk-readable"


def _ascii_for(char: str) -> str:
    plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode("ascii")
    return plain or "?"


def _readable(error: UnicodeError) -> tuple[str, int]:
    """A codec error handler: text the console cannot encode, as ASCII a person can read."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(FALLBACKS.get(char) or _ascii_for(char) for char in text), error.end


def readable_output() -> None:
    """Every print of the CLI goes through here: stdout and stderr never raise on a character
    the console's encoding lacks (a Windows code page, PYTHONIOENCODING), they replace it."""
    codecs.register_error(READABLE, _readable)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):  # None in a windowed app; tests may swap it
            stream.reconfigure(errors=READABLE)


def stdin_is_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_secret(prompt: str) -> str:
    """From stdin when piped (scripts), else typed without echo."""
    if stdin_is_terminal():
        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()


def confirm(question: str) -> bool:
    """Yes in English ("yes", "y") or in the active language's word for it ("ja", "sí" or "si")."""
    yes = Msg("yes").lower()
    prompt = Msg("{question} Type '{yes}' to go on:", question=question, yes=yes)
    sys.stderr.write(f"{prompt} ")
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in {"yes", "y", yes, _ascii_word(yes)}


def _ascii_word(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")


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
