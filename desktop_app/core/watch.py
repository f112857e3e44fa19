"""A watched folder: each new file, once it has stopped growing, becomes a job of one action.

Polling only (no extra dependency). A file is claimed in the journal by its content hash before
it is read, and its job is linked in the same transaction that creates it, so no content is ever
read into two jobs, across crashes and restarts. A PRODUCTION cancel never goes on its own: it
waits as a scheduled job for the seller's confirmation. When the job is done the file moves to
DIR/processed/ (every row succeeded) or DIR/failed/, with its outcome report beside it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from desktop_app.core.errors import ImportFileError, SellerDeskError
from desktop_app.core.importing.for_marketplace import import_for
from desktop_app.core.job_service import JobService, ProfileResolver
from desktop_app.core.journal import WatchedFile
from desktop_app.core.models import (
    Action,
    ImportResult,
    InputRow,
    JobState,
    Outcome,
    RowResult,
)
from desktop_app.core.profiles import Environment, Profile
from desktop_app.core.stable_files import DEFAULT_STABLE_SECONDS, StableFiles, candidates
from desktop_app.core.watch_settle import FAILED, PROCESSED, settle

log = logging.getLogger(__name__)

# A claim with no job this old was left by a crash mid-read (nothing was sent): read it again.
# Younger, another watcher may be reading the same file right now.
STALE_CLAIM_SECONDS = 300.0


class WatchEventKind(StrEnum):
    SCHEDULED = "scheduled"  # a job in its undo window, then sent
    WAITING = "waiting"  # a job that waits for the seller's confirmation
    PROCESSED = "processed"  # moved to processed/ with its report
    FAILED = "failed"  # moved to failed/ with its report or error
    PROBLEM = "problem"  # not the file's fault (marketplace, profile); it stays and is retried


@dataclass(frozen=True, slots=True)
class WatchEvent:
    kind: WatchEventKind
    file: Path  # where the file is now
    message: str
    job_id: int | None = None


@dataclass(frozen=True, slots=True)
class WatchRule:
    folder: Path
    action: Action
    profile: str
    automatic: bool = False  # the profile allows sending without a confirmation


@dataclass(frozen=True, slots=True)
class WatchTiming:
    poll_seconds: float = 1.0
    stable_seconds: float = DEFAULT_STABLE_SECONDS


def may_go_automatically(profile: Profile, action: Action, automatic: bool) -> bool:
    """Ship, and anything in sandbox, may go on its own once allowed; a PRODUCTION cancel never."""
    production_cancel = action is Action.CANCEL and profile.environment is Environment.PRODUCTION
    return automatic and not production_cancel


@dataclass(frozen=True, slots=True)
class _InFlight:
    hash: str
    job_id: int


class FolderWatcher:
    def __init__(
        self,
        rule: WatchRule,
        service: JobService,
        resolve_profile: ProfileResolver,
        *,
        timing: WatchTiming | None = None,
        clock: Callable[[], float] = time.monotonic,
        on_event: Callable[[WatchEvent], None] | None = None,
    ) -> None:
        self.rule = rule
        self.timing = timing or WatchTiming()
        self._service = service
        self._journal = service.journal
        self._resolve = resolve_profile
        self._stable = StableFiles(self.timing.stable_seconds, clock)
        self._on_event = on_event
        self._in_flight: dict[Path, _InFlight] = {}

    async def run(self) -> None:
        """Poll until cancelled; a broken file or a bad moment never ends the watch."""
        await asyncio.to_thread(self.rule.folder.mkdir, parents=True, exist_ok=True)
        while True:
            try:
                await self.poll_once()
            except OSError as error:  # the folder itself went away or is unreadable: try again
                log.warning("watching %s: %s", self.rule.folder, error)
            await asyncio.sleep(self.timing.poll_seconds)

    async def poll_once(self) -> None:
        self._settle_finished()
        listing = candidates(self.rule.folder)
        for path in list(self._in_flight):
            listing.pop(path, None)
        for path in self._stable.update(listing):
            await self._take(path)

    def waiting_files(self) -> dict[Path, int]:
        """Files whose jobs are not done yet, with their job ids."""
        return {path: flight.job_id for path, flight in self._in_flight.items()}

    # -- taking a file ----------------------------------------------------------------------

    async def _take(self, path: Path) -> None:
        try:
            file_hash = await asyncio.to_thread(_content_hash, path)
        except OSError as error:  # locked or gone: look again next time
            log.info("cannot read %s yet: %s", path, error)
            return
        rule = self.rule
        known = self._journal.remember_file(
            file_hash, str(rule.folder), path.name, rule.profile, rule.action
        )
        if known is not None and not self._retake(path, known):
            return
        try:
            profile = self._resolve(rule.profile)
            result = await import_for(self._service.sessions.get(profile), path, rule.action)
        except (ImportFileError, OSError, UnicodeError) as error:
            self._fail(path, file_hash, [], f"The file could not be read: {error}")
            return
        except SellerDeskError as error:
            # The marketplace or the profile, not the file: forget the claim, retry later.
            self._journal.forget_file(file_hash)
            self._stable.forget([path])
            self._emit(WatchEventKind.PROBLEM, path, str(error))
            return
        self._submit(path, file_hash, profile, result)

    def _retake(self, path: Path, known: WatchedFile) -> bool:
        """A file whose content the journal knows: True when it should be read after all."""
        if known.settled_at is not None:
            message = (
                f"This content was already read on {known.taken_at[:16].replace('T', ' ')} UTC"
                f" (job {known.job_id}); it was not sent again."
            )
            self._fail(path, None, [], message)  # the first reading keeps its record
            return False
        if known.job_id is not None:  # ours, from before a restart: wait for its job
            self._in_flight[path] = _InFlight(known.hash, known.job_id)
            return False
        age = (datetime.now(UTC) - datetime.fromisoformat(known.taken_at)).total_seconds()
        if age < STALE_CLAIM_SECONDS:
            return False
        self._journal.forget_file(known.hash)
        return (
            self._journal.remember_file(
                known.hash, str(self.rule.folder), path.name, self.rule.profile, self.rule.action
            )
            is None
        )

    def _submit(self, path: Path, file_hash: str, profile: Profile, result: ImportResult) -> None:
        action = self.rule.action
        if not result.sendable_rows:
            rows = [_as_result(row) for row in result.rows]
            self._fail(path, file_hash, rows, "No row of this file can be sent; see the report.")
            return
        automatic = may_go_automatically(profile, action, self.rule.automatic)
        job_id = self._service.create_job(
            action, profile, path.name, result.rows, confirmed=automatic, source_hash=file_hash
        )
        self._in_flight[path] = _InFlight(file_hash, job_id)
        if automatic:
            self._service.start(job_id)
            self._emit(
                WatchEventKind.SCHEDULED, path, f"job {job_id} sends after its undo window", job_id
            )
        else:
            self._emit(
                WatchEventKind.WAITING, path, f"job {job_id} waits for a confirmation", job_id
            )

    # -- settling ---------------------------------------------------------------------------

    def _settle_finished(self) -> None:
        for path, flight in list(self._in_flight.items()):
            job = self._journal.job(flight.job_id)
            if job.state is not JobState.FINISHED or self._service.is_running(job.id):
                continue
            del self._in_flight[path]
            rows = self._journal.rows(job.id)
            problems = sum(1 for row in rows if row.outcome is not Outcome.SUCCEEDED)
            if not problems:
                self._move(path, flight.hash, PROCESSED, rows, "", job.id)
                continue
            what = (
                "was withdrawn; nothing was sent"
                if job.counts[Outcome.WITHDRAWN]
                else (f"ended with {problems} of {len(rows)} row(s) not done; see the report")
            )
            self._move(path, flight.hash, FAILED, rows, f"Job {job.id} {what}.", job.id)

    def _fail(self, path: Path, file_hash: str | None, rows: list[RowResult], error: str) -> None:
        self._move(path, file_hash, FAILED, rows, error, None)

    def _move(
        self,
        path: Path,
        file_hash: str | None,
        where: str,
        rows: list[RowResult],
        error: str,
        job_id: int | None,
    ) -> None:
        try:
            target = settle(path, where, action=self.rule.action, rows=rows, error=error)
        except OSError as error_moving:  # e.g. deleted or locked by the seller meanwhile
            log.warning("could not move %s to %s/: %s", path, where, error_moving)
            target = path
        self._stable.forget([path])
        if file_hash is not None:
            self._journal.settle_file(file_hash, str(target))
        kind = WatchEventKind.PROCESSED if where == PROCESSED else WatchEventKind.FAILED
        self._emit(kind, target, error or f"moved to {where}/", job_id)

    def _emit(
        self, kind: WatchEventKind, path: Path, message: str, job_id: int | None = None
    ) -> None:
        log.info("watch %s: %s %s: %s", self.rule.folder, kind.value, path.name, message)
        if self._on_event is not None:
            self._on_event(WatchEvent(kind, path, message, job_id))


def _content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _as_result(row: InputRow) -> RowResult:
    return RowResult(row.line, row.order_items, row.ship, row.outcome, row.errors + row.warnings)
