"""Seller Desk's own files are readable by the user only: 0600 files in 0700 folders.

The journal, the logs, exports and settings hold order data; on a shared computer with the
usual umask 022 they would be readable by every account. Windows keeps them in the user's
profile, where the modes below do not apply.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(folder: Path) -> Path:
    """Create `folder` (0700) if needed; an existing one of ours loses its group/other bits."""
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    tighten(folder)
    return folder


def create_private_file(path: Path) -> None:
    """Create an empty 0600 file; FileExistsError if there is one."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))


def open_private_fd(path: Path, flags: int) -> int:
    """os.open that creates the file 0600 (an existing file keeps its mode)."""
    return os.open(path, flags, PRIVATE_FILE)


def tighten(path: Path) -> None:
    """Drop group and other bits, best effort: a read-only disk is reported by what writes."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
