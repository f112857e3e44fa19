"""Where icons and translations live, and cached icon loading (SVG, so HiDPI stays sharp)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

_HERE = Path(__file__).resolve()
# Source tree: <repo>/resources; an installed package may carry desktop_app/resources.
_CANDIDATES = (_HERE.parents[2] / "resources", _HERE.parents[1] / "resources")


def resources_dir() -> Path:
    for candidate in _CANDIDATES:
        if candidate.is_dir():
            return candidate
    return _CANDIDATES[0]


@cache
def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
