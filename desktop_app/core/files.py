"""The files a seller sees that we write, replace or move (exports, a watched folder's files and
reports) go through here, so they hold on Windows and macOS too:
whole or not at all (a temporary file, fsync, then os.replace), under a name each of them
accepts (no CON or NUL, no trailing dot, not over 255 characters), at any path length (the
\\\\?\\ prefix on Windows), and a file another program holds open (Excel, on Windows) is said
to be "locked, try later" instead of failing for good.
"""

from __future__ import annotations

import errno
import io
import ntpath
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from desktop_app.core.errors import FileLocked, FileProblem
from desktop_app.core.i18n import Msg
from desktop_app.core.private_files import open_private_fd

ON_WINDOWS = os.name == "nt"
# Bytes (Linux, APFS) and UTF-16 units (NTFS) alike: a name's limit on every system we ship to.
MAX_NAME = 255
# CreateDirectory's limit is MAX_PATH (260) less room for an 8.3 name: prefix from there on.
WINDOWS_PATH_LIMIT = 248
_WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{port}{n}" for port in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]]
)
_NOT_IN_WINDOWS_NAMES = frozenset('<>:"/\\|?*') | {chr(code) for code in range(32)}
# Windows' answers to "another process has the file open": sharing and lock violations.
_WINDOWS_LOCKED = frozenset({32, 33})
_LOCKED_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY})


# -- names ---------------------------------------------------------------------------------------


def is_windows_device(name: str) -> bool:
    """CON, NUL, COM1... with any extension ("con.csv", "NUL .txt"): Windows opens a device."""
    return name.partition(".")[0].rstrip(" ").upper() in _WINDOWS_DEVICES


def _fits(name: str, room: int) -> bool:
    return len(name.encode("utf-8")) <= room and len(name.encode("utf-16-le")) // 2 <= room


def portable_name(name: str, *, reserve: int = 0) -> str:
    """`name` as every system we ship to accepts it, with `reserve` characters to spare for a
    suffix we add (".report.csv"). Names that need no change keep theirs; a shortened one ends
    in "~" and a digest of the whole name, so two long names never shorten to the same one."""
    cleaned = "".join("_" if char in _NOT_IN_WINDOWS_NAMES else char for char in name)
    cleaned = cleaned.rstrip(". ") or "_"
    if is_windows_device(cleaned):
        cleaned = "_" + cleaned
    room = MAX_NAME - reserve
    if _fits(cleaned, room):
        return cleaned
    stem, suffix = os.path.splitext(cleaned)
    if not _fits(suffix, room // 2):  # an "extension" this long is part of the name
        stem, suffix = cleaned, ""
    import hashlib  # here, as uuid below: a CLI start that writes no file loads neither

    tag = "~" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    while stem and not _fits(stem + tag + suffix, room):
        stem = stem[:-1]
    return (stem.rstrip(". ") + tag + suffix) if stem else tag + suffix


def refuse_device_name(path: Path) -> None:
    """A name we are asked to write that Windows would take for a device: a clear sentence."""
    if is_windows_device(path.name):
        raise FileProblem(
            errno.EINVAL,
            Msg(
                "'{name}' is a name Windows keeps for a device (CON, NUL, COM1...);"
                " choose another file name.",
                name=path.name,
            ),
        )


# -- paths ---------------------------------------------------------------------------------------


def long_path(path: str | os.PathLike[str], *, windows: bool = ON_WINDOWS) -> str:
    """The path to hand to the OS. On Windows an absolute path of 248 characters or more gets
    the \\\\?\\ prefix (\\\\?\\UNC\\ for a share), which lifts the 260-character limit; elsewhere,
    and for a short path, the path as it is."""
    text = os.fspath(path)
    if not windows:
        return text
    text = ntpath.normpath(text)  # the prefix turns Windows' own normalising off
    if len(text) < WINDOWS_PATH_LIMIT or text.startswith("\\\\?\\") or not ntpath.isabs(text):
        return text
    if text.startswith("\\\\"):
        return "\\\\?\\UNC\\" + text[2:]
    return "\\\\?\\" + text


def os_path(path: Path) -> str:
    """`path` absolute, as the OS call takes it (long ones prefixed on Windows)."""
    return long_path(os.path.abspath(path))


def exists(path: Path) -> bool:
    """Something (a file, a folder, a link, even a broken one) has this name."""
    return os.path.lexists(os_path(path))


# -- locked files --------------------------------------------------------------------------------


def is_locked(error: OSError) -> bool:
    """Another program holds the file, or we may not touch it now: worth trying again later."""
    winerror = getattr(error, "winerror", None)
    if winerror is not None:
        return winerror in _WINDOWS_LOCKED or isinstance(error, PermissionError)
    return isinstance(error, PermissionError) or error.errno in _LOCKED_ERRNOS


def _locked(path: Path, error: OSError) -> FileLocked:
    return FileLocked(
        error.errno or errno.EACCES,
        Msg(
            "'{name}' is open in another program or may not be changed now;"
            " it stays where it is and is tried again later.",
            name=path.name,
        ),
    )


# -- reading, writing, moving --------------------------------------------------------------------


def read_regular_file(path: Path, limit: int) -> tuple[bytes, os.stat_result]:
    """Up to `limit` bytes of `path`, read through one handle, and that handle's stat. Never
    through a symlink (O_NOFOLLOW where the OS has it) and only from a regular file."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(os_path(path), flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise FileProblem(
                errno.ELOOP, Msg("'{name}' is a link; it is not read.", name=path.name)
            ) from None
        if is_locked(error):
            raise _locked(path, error) from error
        raise
    with io.FileIO(descriptor, "rb") as handle:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise FileProblem(
                errno.EINVAL, Msg("'{name}' is not a regular file; not read.", name=path.name)
            )
        chunks = []
        left = limit
        while left > 0:
            chunk = handle.read(min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    return b"".join(chunks), status


@contextmanager
def atomic_text(path: Path, *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text handle whose content replaces `path` whole when the block ends without an error;
    on an error `path` is untouched. Through a symlink, the file it points to is replaced; a
    device or pipe (`-o /dev/stdout`) is written to as it is."""
    target = Path(os.path.realpath(path))
    refuse_device_name(target)
    if os.path.exists(os_path(target)) and not os.path.isfile(os_path(target)):
        with open(os_path(target), "w", encoding=encoding, newline="") as handle:
            yield handle
        return
    import uuid

    temp = target.with_name(f".{uuid.uuid4().hex[:12]}.tmp")  # hidden: no watch takes it
    try:
        fd = open_private_fd(Path(os_path(temp)), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        with open(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def write_text_atomically(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    with atomic_text(path, encoding=encoding) as handle:
        handle.write(text)


def replace(source: Path, target: Path) -> None:
    """os.replace on one volume (atomic: never half a file); FileLocked while a program holds
    either file."""
    try:
        os.replace(os_path(source), os_path(target))
    except OSError as error:
        if is_locked(error):
            raise _locked(source, error) from error
        raise


def make_folder(path: Path) -> None:
    """`path` as a real folder (not a link to one elsewhere), created when missing."""
    os.makedirs(os_path(path), exist_ok=True)
    if os.path.islink(os_path(path)):
        raise FileProblem(
            errno.ELOOP,
            Msg("'{folder}' is a link; files are not moved through it.", folder=str(path)),
        )


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable. Windows has no directory handle to sync."""
    if ON_WINDOWS:
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems cannot; the rename itself still happened
    finally:
        os.close(descriptor)
