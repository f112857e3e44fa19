"""Where a watched file goes when it is done: DIR/processed/ or DIR/failed/, with a report."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.exporting import export_rows
from desktop_app.core.models import Action, RowResult

PROCESSED, FAILED = "processed", "failed"


def _free_name(folder: Path, name: str) -> Path:
    """`name`, or `stem-2.ext`, `stem-3.ext`...: a file moved here never replaces another."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while target.exists() or _sidecar(target, ".report.csv").exists():
        target = folder / f"{stem}-{number}{suffix}"
        number += 1
    return target


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def settle(
    path: Path,
    where: str,
    *,
    action: Action,
    rows: Sequence[RowResult] = (),
    error: str = "",
) -> Path:
    """Move `path` into its folder's `where` subfolder with its outcome report beside it
    (NAME.report.csv, the export format) and, when something went wrong, NAME.error.txt."""
    folder = path.parent / where
    folder.mkdir(exist_ok=True)
    target = _free_name(folder, path.name)
    os.replace(path, target)  # same volume: atomic, and never half a file
    if rows:
        export_rows(_sidecar(target, ".report.csv"), action, rows)
    if error:
        _sidecar(target, ".error.txt").write_text(error + "\n", encoding="utf-8")
    return target
