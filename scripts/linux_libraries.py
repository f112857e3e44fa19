"""Before the demo opens a window on Linux: the system libraries Qt's xcb platform needs and the
machine lacks, named as Debian/Ubuntu packages in one apt line (instead of Qt's own message)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
# Where the package name does not follow from the library's file name.
_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
# What a minimal Linux is known to miss (the README lists the same).
KNOWN = (
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    "libegl1",
)


def package_for(library: str) -> str:
    """libxcb-cursor.so.0 -> libxcb-cursor0; libfoo2.so.1 -> libfoo2-1 (Debian's rule)."""
    if library in _PACKAGES:
        return _PACKAGES[library]
    stem, _, version = library.partition(".so.")
    stem = stem.lower()
    version = version.split(".")[0]
    if not version:
        return stem
    return f"{stem}-{version}" if stem[-1].isdigit() else f"{stem}{version}"


def missing_from(ldd_output: str) -> list[str]:
    """The packages for each library ldd reports "not found", in order, once each."""
    return list(dict.fromkeys(package_for(lib) for lib in _NOT_FOUND.findall(ldd_output)))


def xcb_plugin(venv: Path) -> Path | None:
    found = sorted(venv.glob("lib/python*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so"))
    return found[0] if found else None


def missing_packages(venv: Path) -> list[str]:
    """Packages to install before Qt can open a window here; [] when nothing is known missing."""
    plugin = xcb_plugin(venv)
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return []
    done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
    return missing_from(done.stdout)


def apt_line(packages: list[str]) -> str:
    return "sudo apt-get install " + " ".join(packages)
