"""Refresh the .ts files from the sources and compile them to .qm (run from the repo root).

    .venv/bin/python resources/translations/update.py

Uses pyside6-lupdate / pyside6-lrelease from the venv (PySide6-Essentials ships both).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = sorted(str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py"))


def tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6-Essentials in this environment")
    return found


def main() -> None:
    lupdate, lrelease = tool("pyside6-lupdate"), tool("pyside6-lrelease")
    for language in ("de", "es"):  # every text; the words are in GLOSSARY.md
        subprocess.run(  # noqa: S603 - our own tool paths, fixed args
            [lupdate, *SOURCES, "-no-obsolete", "-ts", str(HERE / f"seller_desk_{language}.ts")],
            check=True,
        )
    # English needs only the plural forms; every other text is already English.
    subprocess.run(  # noqa: S603 - our own tool paths, fixed args
        [lupdate, *SOURCES, "-no-obsolete", "-pluralonly", "-ts", str(HERE / "seller_desk_en.ts")],
        check=True,
    )
    for ts in sorted(HERE.glob("*.ts")):
        subprocess.run(  # noqa: S603 - our own tool paths, fixed args
            [lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


if __name__ == "__main__":
    main()
