"""One rotating log file in the log dir; every handler masks known secrets.

The log is a help, never a risk: it is private (0600), and a full or read-only disk drops log
lines silently instead of breaking the app or printing tracebacks over the CLI's one line.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop_app.core.paths import AppPaths
from desktop_app.core.private_files import open_private_fd, private_folder, tighten
from desktop_app.core.redaction import RedactingFilter

LOG_NAME = "seller-desk.log"


class PrivateLogHandler(RotatingFileHandler):
    """Opens each log file 0600 (the rotated ones too) and never lets a disk fault escape."""

    dropped = 0  # records lost to a failing disk, for tests and a curious debugger

    def _open(self) -> io.TextIOWrapper:
        path = Path(self.baseFilename)
        fd = open_private_fd(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        tighten(path)  # a log an older Seller Desk left readable to all
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def open_now(self) -> None:
        """Create the file at start (delay=True put it off), unless the disk refuses."""
        with contextlib.suppress(OSError):
            self.stream = self._open()

    def flush(self) -> None:
        try:
            super().flush()
        except (OSError, ValueError):
            self.handleError(None)

    def handleError(self, record: logging.LogRecord | None) -> None:
        self.dropped += 1
        # A half-written line may sit in the buffer; start over with a fresh file next time.
        if self.stream is not None:
            with contextlib.suppress(OSError, ValueError):
                self.stream.close()
            self.stream = None


def configure_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "seller_desk", False) for h in root.handlers):
        return
    with contextlib.suppress(OSError):  # no log folder: the handler drops its lines
        private_folder(paths.log_dir)
    handler = PrivateLogHandler(
        paths.log_dir / LOG_NAME, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    handler.open_now()
    handler.seller_desk = True  # type: ignore[attr-defined]
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every request URL at INFO; keep that out of the file.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
