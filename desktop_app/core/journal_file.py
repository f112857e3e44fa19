"""The journal's file: created private and whole, refused when damaged, never overwritten.

A new journal is built under a temporary name and linked into place, so a journal file that is
empty or cut short is never one of ours half-made: it is damage, said in one sentence. Seller
Desk then changes nothing until the seller moves it aside (`seller-desk journal move-aside`, or
the window's dialog at start), which keeps the old file beside the new journal.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.core.errors import JournalDamaged
from desktop_app.core.i18n import Msg, message_id
from desktop_app.core.journal_schema import SCHEMA_VERSION, migrate
from desktop_app.core.private_files import (
    create_private_file,
    open_private_fd,
    private_folder,
    tighten,
)
from desktop_app.core.storage_faults import (
    DAMAGE_CODES,
    disk_full,
    os_fault,
    sqlite_disk_full,
    sqlite_fault,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
# Disk space held back beside the journal, freed when the disk fills: enough for a job to
# journal what it already sent and learnt (a batch id, results, its state) before it stops.
RESERVE_BYTES = 1024 * 1024
FIRST_TABLES = frozenset({"jobs", "batches", "rows", "events"})  # migration 1
WHAT = message_id("the journal")
NOT_A_DATABASE = message_id("it is not a database")
CUT_SHORT = message_id("the file is cut short")
_SIDE_FILES = ("-wal", "-shm")


class GuardedConnection(sqlite3.Connection):
    """A connection whose disk faults are StorageErrors and whose damage is JournalDamaged;
    every other error (a constraint, a bug) passes unchanged.

    A full disk is met once with the space reserve: SQLite has rolled the transaction back, so
    the reserve is freed and the transaction's statements run again. What a job learnt after
    a request (its batch id, its results) is then still journaled, and `require_room` stops
    the job before its next request."""

    journal_path = Path("journal.sqlite3")
    _statements: list[tuple[bool, str, Any]] | None = None  # since BEGIN: (many, sql, params)

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        return self._run(False, sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:
        return self._run(True, sql, parameters)

    def executescript(self, script: str, /) -> sqlite3.Cursor:
        try:
            return super().executescript(script)
        except sqlite3.DatabaseError as error:
            raise self.fault(error) from None

    def require_room(self) -> None:
        """Before a request is journaled: StorageError when the disk is (nearly) full."""
        if not ensure_reserve(self.journal_path):
            raise disk_full(self.journal_path.parent, Msg(WHAT))

    def fault(self, error: sqlite3.DatabaseError) -> Exception:
        return journal_fault(error, self.journal_path)

    def _raw(self, many: bool, sql: str, parameters: Any) -> sqlite3.Cursor:
        if many:
            return super().executemany(sql, parameters)
        return super().execute(sql, parameters)

    def _run(self, many: bool, sql: str, parameters: Any) -> sqlite3.Cursor:
        command = sql.strip().upper()
        if command.startswith("BEGIN"):
            self._statements = []
        try:
            try:
                cursor = self._raw(many, sql, parameters)
            except sqlite3.DatabaseError as error:
                if not (
                    sqlite_disk_full(error, self.journal_path.parent)
                    and self._can_replay(many, parameters)
                    and release_reserve(self.journal_path)
                ):
                    raise
                self._replay()
                cursor = self._raw(many, sql, parameters)
        except sqlite3.DatabaseError as error:
            self._statements = None if not self.in_transaction else self._statements
            raise self.fault(error) from None
        if command in ("COMMIT", "ROLLBACK"):
            self._statements = None
        elif self._statements is not None and not command.startswith("BEGIN"):
            self._statements.append((many, sql, parameters))
        return cursor

    def _can_replay(self, many: bool, parameters: Any) -> bool:
        """Rows handed over as a one-shot generator (a new job's) cannot run twice; that
        transaction comes before any request, so failing it loses nothing."""
        statements = [*(self._statements or ()), (many, "", parameters)]
        return all(not many or isinstance(params, list | tuple) for many, _, params in statements)

    def _replay(self) -> None:
        """Run the rolled-back transaction's statements again, up to the one that failed. They
        read what they read the first time: the state before BEGIN is back, and the job's lease
        keeps other Seller Desks from writing its rows meanwhile."""
        done = self._statements
        if done is None or self.in_transaction:
            return
        super().execute("BEGIN IMMEDIATE")
        for many, sql, parameters in done:
            self._raw(many, sql, parameters)


def reserve_file(path: Path) -> Path:
    return path.with_name(f"{path.name}.reserve")


def ensure_reserve(path: Path) -> bool:
    """Keep RESERVE_BYTES of the disk for the journal's last words; False when the disk has
    not that much room to spare."""
    reserve = reserve_file(path)
    if reserve.exists():
        return True
    try:
        if shutil.disk_usage(path.parent).free < 4 * RESERVE_BYTES:
            return False
        fd = open_private_fd(reserve, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        with open(fd, "wb") as handle:
            handle.write(b"\0" * RESERVE_BYTES)  # written, not sparse: it really holds space
    except FileExistsError:
        return True
    except OSError:
        with contextlib.suppress(OSError):  # half a reserve is no reserve
            reserve.unlink()
        return False
    return True


def release_reserve(path: Path) -> bool:
    try:
        reserve_file(path).unlink()
    except OSError:
        return False
    return True


def journal_fault(error: sqlite3.DatabaseError, path: Path) -> Exception:
    if getattr(error, "sqlite_errorcode", 0) & 0xFF in DAMAGE_CODES:
        return damaged(path, Msg("SQLite cannot read it"))
    return sqlite_fault(error, path.parent, Msg(WHAT)) or error


def damaged(path: Path, why: str) -> JournalDamaged:
    return JournalDamaged(
        Msg(
            "The journal {path} is damaged ({why}); Seller Desk has not changed it. Move it"
            " aside and start a new journal (`seller-desk journal move-aside`, or the window's"
            " offer at start); the old file is kept beside the new one.",
            path=str(path),
            why=why,
        ),
        str(path),
    )


def open_journal(path: Path) -> GuardedConnection:
    """The journal's connection, migrated to SCHEMA_VERSION; a new file when there is none."""
    try:
        private_folder(path.parent)
        if not path.exists():
            _create(path)
    except OSError as error:
        raise os_fault(error, path.parent, Msg(WHAT)) from None
    problem = _file_problem(path)
    if problem:
        raise damaged(path, problem)
    db = _connect(path)
    try:
        problem = _schema_problem(db)  # before any PRAGMA: a refused file stays as it was
        if problem:
            raise damaged(path, problem)
        _configure(db)
        migrate(db)
    except BaseException:
        db.close()
        raise
    for own in (path, *(Path(f"{path}{side}") for side in _SIDE_FILES)):
        tighten(own)  # a journal an older Seller Desk left readable to all
    ensure_reserve(path)
    return db


def _connect(path: Path) -> GuardedConnection:
    try:
        # Autocommit mode: transactions are explicit, so nothing is ever left half-written.
        db = sqlite3.connect(path, isolation_level=None, timeout=10.0, factory=GuardedConnection)
    except sqlite3.DatabaseError as error:
        raise journal_fault(error, path) from None
    db.journal_path = path
    db.row_factory = sqlite3.Row
    return db


def _configure(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")  # a commit survives power loss
    db.execute("PRAGMA foreign_keys=ON")


def _create(path: Path) -> None:
    """Build a new journal beside `path`, then link it into place: never half a file, and
    never over a journal another Seller Desk made meanwhile."""
    temp = path.with_name(f".{path.name}.new-{os.getpid()}")
    for leftover in (temp, *(Path(f"{temp}{side}") for side in _SIDE_FILES)):
        leftover.unlink(missing_ok=True)
    create_private_file(temp)
    db = _connect(temp)
    try:
        _configure(db)
        migrate(db)
    finally:
        db.close()  # the last close checkpoints the WAL into the file
    try:
        os.link(temp, path)
    except FileExistsError:
        pass  # another Seller Desk was quicker: use its journal
    except OSError:
        if not path.exists():  # a file system without hard links
            os.rename(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def _file_problem(path: Path) -> str | None:
    """What the bytes on disk say, before SQLite may treat an empty file as a new database."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as error:
        raise os_fault(error, path.parent, Msg(WHAT)) from None
    if size == 0:
        return Msg("the file is empty")
    if not head.startswith(SQLITE_MAGIC):
        return Msg(NOT_A_DATABASE)
    if len(head) < 100:
        return Msg(CUT_SHORT)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return Msg(NOT_A_DATABASE)
    if _wal_size(path):
        return None  # a checkpoint cut short by a full disk: the WAL still holds every page
    pages = int.from_bytes(head[28:32], "big")
    header_counts_pages = head[92:96] == head[24:28]  # "version-valid-for" = change counter
    if size % page_size or (header_counts_pages and pages * page_size > size):
        return Msg(CUT_SHORT)
    return None


def _wal_size(path: Path) -> int:
    try:
        return Path(f"{path}-wal").stat().st_size
    except OSError:
        return 0


def _schema_problem(db: sqlite3.Connection) -> str | None:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if version == 0 and tables:
        return Msg("it is another program's database")
    if 0 < version <= SCHEMA_VERSION and FIRST_TABLES - tables:
        return Msg("its tables are missing")
    return None


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged journal (and its -wal/-shm) to `<name>.damaged-<date>`; never over a
    file already there. Returns the new name; the next open starts a new journal."""
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%d")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while any(Path(f"{target}{side}").exists() for side in ("", *_SIDE_FILES)):
        number += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    try:
        if path.exists():
            os.rename(path, target)
        for side in _SIDE_FILES:
            with contextlib.suppress(FileNotFoundError):
                os.rename(f"{path}{side}", f"{target}{side}")
    except OSError as error:
        raise os_fault(error, path.parent, Msg("the damaged journal under a new name")) from None
    return target
