"""Issue 16 finding 10: `scripts/dev.py demo` names the missing xcb libraries in one apt line."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "linux_libraries", ROOT / "scripts" / "linux_libraries.py"
)
assert spec is not None and spec.loader is not None
linux_libraries = importlib.util.module_from_spec(spec)
sys.modules["linux_libraries"] = linux_libraries
spec.loader.exec_module(linux_libraries)

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""


def test_the_missing_libraries_become_one_apt_line() -> None:
    packages = linux_libraries.missing_from(LDD)
    assert packages == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"]
    assert linux_libraries.apt_line(packages) == (
        "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
    )


def test_nothing_missing_says_nothing() -> None:
    assert linux_libraries.missing_from("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_the_readme_lists_the_packages_the_script_knows() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(package in readme for package in linux_libraries.KNOWN)
