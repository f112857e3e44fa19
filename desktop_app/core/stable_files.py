"""Which files in a folder are complete: a file still being written is never taken.

Complete means unchanged (size, times, identity) for the stable time, not held open by Office or
LibreOffice (their `~$NAME` / `.~lock.NAME#` lock files), not under a temporary name, and, where
the format can tell, whole in its format (an XLSX is a zip whose directory is at its end).
Links and files with other names elsewhere (hard links) are outside the folder: never taken.
"""

from __future__ import annotations

import io
import os
import stat
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.files import os_path

DEFAULT_STABLE_SECONDS = 5.0
MIN_STABLE_SECONDS, MAX_STABLE_SECONDS = 0.05, 60.0
EMPTY_FACTOR = 5
# Office lock files, partial downloads and our own temporary files are never an order file.
_IGNORED_PREFIXES = (".", "~$")
_IGNORED_SUFFIXES = (".tmp", ".part", ".crdownload", ".partial", ".lock")

# size, mtime, ctime (ns), inode, device: any change means "still being written" or "replaced".
Signature = tuple[int, int, int, int, int]


def signature(status: os.stat_result) -> Signature:
    return (
        status.st_size,
        status.st_mtime_ns,
        status.st_ctime_ns,
        status.st_ino,
        status.st_dev,
    )


@dataclass(slots=True)
class Listing:
    files: dict[Path, Signature] = field(default_factory=dict)
    outside: list[Path] = field(default_factory=list)  # links: their content lives elsewhere


def _temporary(name: str) -> bool:
    return name.startswith(_IGNORED_PREFIXES) or name.lower().endswith(_IGNORED_SUFFIXES)


def held_open(name: str, names: set[str]) -> bool:
    """Office writes `~$NAME` (the first two characters replaced, for long names) beside a
    workbook it has open, LibreOffice `.~lock.NAME#`: the writer is not done."""
    return bool({f"~${name}", f"~${name[2:]}", f".~lock.{name}#"} & names)


def list_folder(folder: Path) -> Listing:
    """The folder's own regular files (not its subfolders), with their signatures."""
    with os.scandir(os_path(folder)) as scan:
        names = {entry.name for entry in scan}
    listing = Listing()
    for name in sorted(names):
        if _temporary(name) or held_open(name, names):
            continue
        path = folder / name
        try:
            # Never through a link; and scandir's own stat lacks the inode on Windows.
            status = os.lstat(os_path(path))
        except OSError:  # gone between the listing and the look
            continue
        if stat.S_ISLNK(status.st_mode) or (stat.S_ISREG(status.st_mode) and status.st_nlink > 1):
            listing.outside.append(path)
        elif stat.S_ISREG(status.st_mode):
            listing.files[path] = signature(status)
    return listing


def whole_in_its_format(content: bytes) -> bool:
    """False for a zip (XLSX) cut short: its central directory, written last, is missing."""
    if not content.startswith(b"PK\x03\x04"):
        return True  # text formats cannot tell a last line from a cut one
    import zipfile  # here: a CLI start that reads no workbook loads no zip reader

    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return bool(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


@dataclass(slots=True)
class _Seen:
    signature: Signature
    since: float  # when it last changed
    not_before: float = 0.0  # asked to look again later (locked, incomplete)


class StableFiles:
    """Feed it listings; it answers the files unchanged for `stable_seconds` by `clock`."""

    def __init__(
        self,
        stable_seconds: float = DEFAULT_STABLE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stable_seconds = stable_seconds
        self._clock = clock
        self._seen: dict[Path, _Seen] = {}

    def update(self, listing: dict[Path, Signature]) -> list[Path]:
        now = self._clock()
        for gone in set(self._seen) - set(listing):
            del self._seen[gone]
        ready = []
        for path, signature_now in sorted(listing.items()):
            seen = self._seen.get(path)
            if seen is None or seen.signature != signature_now:
                self._seen[path] = _Seen(signature_now, now)
                continue
            # An empty file is often one about to be written: it waits longer.
            wait = self.stable_seconds * (1 if signature_now[0] else EMPTY_FACTOR)
            if now - seen.since >= wait and now >= seen.not_before:
                ready.append(path)
        return ready

    def unchanged_for(self, path: Path) -> float:
        seen = self._seen.get(path)
        return 0.0 if seen is None else self._clock() - seen.since

    def later(self, path: Path, seconds: float) -> None:
        """Answer `path` again no sooner than `seconds` from now, unless it changes."""
        seen = self._seen.get(path)
        if seen is not None:
            seen.not_before = self._clock() + seconds

    def forget(self, paths: Iterable[Path]) -> None:
        for path in paths:
            self._seen.pop(path, None)
