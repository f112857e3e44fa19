"""One rotating log file in the log dir; every handler masks known secrets."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from desktop_app.core.paths import AppPaths
from desktop_app.core.redaction import RedactingFilter


def configure_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "seller_desk", False) for h in root.handlers):
        return
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        paths.log_dir / "seller-desk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.seller_desk = True  # type: ignore[attr-defined]
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every request URL at INFO; keep that out of the file.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
