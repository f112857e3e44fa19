"""Where a watched file goes when it is done: DIR/processed/ or DIR/failed/, with a report."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.exporting import export_rows
from desktop_app.core.files import (
    exists,
    make_folder,
    portable_name,
    replace,
    write_text_atomically,
)
from desktop_app.core.models import Action, RowResult

log = logging.getLogger(__name__)

PROCESSED, FAILED = "processed", "failed"
_SIDECARS = (".report.csv", ".error.txt")
_ROOM = max(len(suffix) for suffix in _SIDECARS) + len("-999")  # a sidecar and a number fit
CELL_SHOWN = 12  # of a file that is no order file, no more of a cell than this
_QUOTED = re.compile(r"(?<!\w)'([^\n]*?)'(?!\w)")  # not the one in "file's"


def _free_name(folder: Path, name: str) -> Path:
    """`name` as every system accepts it, or `stem-2.ext`, `stem-3.ext`...: a file moved here
    never replaces another, and its sidecars' names fit too."""
    fitted = portable_name(name, reserve=_ROOM)
    stem, suffix = Path(fitted).stem, Path(fitted).suffix
    target = folder / fitted
    number = 2
    while exists(target) or any(exists(_sidecar(target, s)) for s in _SIDECARS):
        target = folder / f"{stem}-{number}{suffix}"
        number += 1
    return target


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def clipped(message: str, keep: str = "") -> str:
    """`message` with each quoted cell cut to its first characters (`keep` stays whole: the
    file's own name): what a file that is no order file says never goes further than that."""

    def clip(match: re.Match[str]) -> str:
        text = match.group(1)
        if text == keep or len(text) <= CELL_SHOWN:
            return match.group(0)
        return f"'{text[:CELL_SHOWN]}…'"

    return _QUOTED.sub(clip, message)


def settle(
    path: Path,
    where: str,
    *,
    action: Action,
    rows: Sequence[RowResult] = (),
    error: str = "",
) -> Path:
    """Move `path` into its folder's `where` subfolder with its outcome report beside it
    (NAME.report.csv, the export format) and, when something went wrong, NAME.error.txt.
    Raises FileLocked while another program holds the file, then nothing has moved."""
    folder = path.parent / where
    make_folder(folder)
    target = _free_name(folder, path.name)
    replace(path, target)  # same volume: atomic, and never half a file
    try:
        if rows:
            export_rows(_sidecar(target, ".report.csv"), action, rows)
        if error:
            write_text_atomically(_sidecar(target, ".error.txt"), error + "\n")
    except OSError as problem:  # the file has moved; a missing report must not undo that
        log.warning("no report beside %s: %s", target, problem)
    return target
