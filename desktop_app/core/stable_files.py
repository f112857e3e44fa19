"""Which files in a folder have stopped growing: a file still being written is never taken."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

DEFAULT_STABLE_SECONDS = 2.0
EMPTY_FACTOR = 5
# Office lock files, partial downloads and our own sidecars are never someone's order file.
_IGNORED_PREFIXES = (".", "~$")
_IGNORED_SUFFIXES = (".tmp", ".part", ".crdownload", ".partial", ".lock")


@dataclass(frozen=True, slots=True)
class _Seen:
    signature: tuple[int, int]  # size and mtime (ns): either changing means "still growing"
    since: float


def candidates(folder: Path) -> dict[Path, tuple[int, int]]:
    """The folder's regular files (not its subfolders), with their size and mtime."""
    found: dict[Path, tuple[int, int]] = {}
    for entry in folder.iterdir():
        name = entry.name
        if name.startswith(_IGNORED_PREFIXES) or name.lower().endswith(_IGNORED_SUFFIXES):
            continue
        try:
            if not entry.is_file():
                continue
            stat = entry.stat()
        except OSError:  # gone between the listing and the look
            continue
        found[entry] = (stat.st_size, stat.st_mtime_ns)
    return found


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

    def update(self, listing: dict[Path, tuple[int, int]]) -> list[Path]:
        now = self._clock()
        for gone in set(self._seen) - set(listing):
            del self._seen[gone]
        ready = []
        for path, signature in sorted(listing.items()):
            seen = self._seen.get(path)
            if seen is None or seen.signature != signature:
                self._seen[path] = _Seen(signature, now)
                continue
            # An empty file is often one about to be written: it waits longer.
            wait = self.stable_seconds * (1 if signature[0] else EMPTY_FACTOR)
            if now - seen.since >= wait:
                ready.append(path)
        return ready

    def forget(self, paths: Iterable[Path]) -> None:
        for path in paths:
            self._seen.pop(path, None)
