"""Set up the project's virtual environment on demand, then run the demo, the tests or the linters.

Usage: python3 scripts/dev.py demo | test [pytest args] | lint | run [seller-desk args]
Works on Linux, macOS and Windows with only a Python >= 3.11 on PATH.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("SELLER_DESK_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed-from"


def _requirements_digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv() -> None:
    """Create the venv and (re)install the project when pyproject.toml changed."""
    if not PYTHON.exists():
        print(f"Creating virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = _requirements_digest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    print("Installing Seller Desk and its test tools ...", flush=True)
    subprocess.run(
        [str(PYTHON), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"],
        check=True,
    )
    STAMP.write_text(digest)


def run(*args: str, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(PYTHON), *args], cwd=ROOT, env=env)


def _window_libraries_missing() -> bool:
    """Say in one apt line which system libraries the window needs, before Qt fails on them."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from linux_libraries import apt_line, missing_packages

    if os.environ.get("QT_QPA_PLATFORM", "xcb") not in ("xcb", ""):
        return False  # offscreen, wayland...: not the xcb plugin
    packages = missing_packages(VENV)
    if packages:
        print("The Seller Desk window needs system libraries this machine lacks. Install them:")
        print("  " + apt_line(packages))
    return bool(packages)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test", "lint", "run"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    ensure_venv()
    if command == "demo":
        if sys.platform.startswith("linux") and _window_libraries_missing():
            return 1
        return run("-m", "desktop_app", "--demo", *rest)
    if command == "run":
        return run("-m", "desktop_app", *rest)
    if command == "test":
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        return run("-m", "pytest", *rest, env=env)
    status = run("-m", "ruff", "check", ".")
    status |= run("-m", "ruff", "format", "--check", ".")
    status |= run("-m", "mypy", "--strict", "desktop_app/core")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
