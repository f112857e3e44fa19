"""A failing disk or folder as one sentence: which folder, what went wrong, what to do.

OSError (no space, read-only, permission denied, a file locked by another program on Windows)
and SQLite's own codes for the same faults map to one StorageError, so the CLI exits 2 with
that sentence and the window shows it, instead of "an unexpected error happened".
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import StorageError
from desktop_app.core.i18n import Msg

if TYPE_CHECKING:  # only named here: a CLI start that opens no journal loads no sqlite3
    import sqlite3

# SQLite primary result codes (sqlite3.h).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
DISK_CODES = frozenset(
    {SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL}
    | {SQLITE_CANTOPEN}
)
DAMAGE_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})
_WINDOWS_LOCKED = frozenset({32, 33})  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def _sentence(kind: str, folder: Path, what: str, detail: str) -> Msg:
    """`what` is words (a Msg: "the journal"); `detail` is the system's own, untranslated."""
    where = str(folder)
    if kind == "full":
        return Msg(
            "The disk that holds {folder} is full, so Seller Desk could not save {what};"
            " free some space, then try again (a job resumes where it stopped).",
            folder=where,
            what=what,
        )
    if kind == "read-only":
        return Msg(
            "{folder} is read-only, so Seller Desk could not save {what}; make it writable"
            " (or choose another folder; SELLER_DESK_HOME moves all of Seller Desk's),"
            " then try again.",
            folder=where,
            what=what,
        )
    if kind == "denied":
        return Msg(
            "Seller Desk is not allowed to use {folder}, so it could not use {what}; give"
            " your account access to it (or choose another folder; SELLER_DESK_HOME moves"
            " all of Seller Desk's), then try again.",
            folder=where,
            what=what,
        )
    if kind == "locked":
        return Msg(
            "Another program holds a file in {folder} locked, so Seller Desk could not save"
            " {what}; close that program (or another Seller Desk), then try again.",
            folder=where,
            what=what,
        )
    return Msg(
        "Seller Desk could not use {what} in {folder} ({detail}); check the disk, then try again.",
        what=what,
        folder=where,
        detail=detail,
    )


def _os_kind(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "full"
    if error.errno == errno.EROFS:
        return "read-only"
    if getattr(error, "winerror", None) in _WINDOWS_LOCKED:
        return "locked"
    if isinstance(error, PermissionError):
        return "denied"
    return "other"


def os_fault(error: OSError, folder: Path, what: str) -> StorageError:
    """The sentence for an OSError met while writing `what` in `folder`."""
    detail = error.strerror or type(error).__name__
    return StorageError(_sentence(_os_kind(error), folder, what, detail), str(folder))


def disk_full(folder: Path, what: str) -> StorageError:
    return StorageError(_sentence("full", folder, what, ""), str(folder))


def sqlite_disk_full(error: sqlite3.Error, folder: Path) -> bool:
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    return code == SQLITE_FULL or (code == SQLITE_IOERR and _disk_full(folder))


def _sqlite_kind(code: int, folder: Path) -> str:
    if code == SQLITE_FULL:
        return "full"
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return "locked"
    if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN):
        # SQLite does not say whether the disk or the permissions refuse: ask the folder.
        return "read-only" if _read_only_file_system(folder) else "denied"
    return "other"


def sqlite_fault(error: sqlite3.Error, folder: Path, what: str) -> StorageError | None:
    """The StorageError for a disk fault SQLite reported, or None for anything else (a bug)."""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code not in DISK_CODES:
        return None
    if code == SQLITE_IOERR and _disk_full(folder):
        code = SQLITE_FULL  # a full disk often shows up as a failed write
    return StorageError(
        _sentence(_sqlite_kind(code, folder), folder, what, str(error)), str(folder)
    )


def _read_only_file_system(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs on Windows
        return False


def _disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False
