"""A watched folder: each new file, once it is complete, becomes a job of one action.

Polling only (no extra dependency). A file is read once, through one handle that never follows
a link; those bytes are hashed and those same bytes imported, so what the journal claims is what
is sent. The claim is made before the import, and the job is linked in the same transaction that
creates it, so no content is ever read into two jobs, across crashes and restarts; a restarted
watch resumes its own unfinished jobs. A PRODUCTION cancel never goes on its own: it waits as a
scheduled job for the seller's confirmation. When the job is done the file moves to
DIR/processed/ (every row succeeded) or DIR/failed/, with its outcome report beside it; a file
that changed after it was read goes to failed/ with a note, never to processed/.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from desktop_app.core.errors import FileLocked, FileProblem, ImportFileError, SellerDeskError
from desktop_app.core.files import exists, os_path, read_regular_file
from desktop_app.core.i18n import Msg, message_id, message_of
from desktop_app.core.importing.api import MAX_BYTES
from desktop_app.core.importing.for_marketplace import import_for
from desktop_app.core.job_service import JobService, ProfileResolver
from desktop_app.core.journal import WatchedFile
from desktop_app.core.models import (
    Action,
    ImportResult,
    InputRow,
    JobRecord,
    JobState,
    Outcome,
    RowResult,
)
from desktop_app.core.profiles import Environment, Profile
from desktop_app.core.stable_files import (
    DEFAULT_STABLE_SECONDS,
    Signature,
    StableFiles,
    list_folder,
    signature,
    whole_in_its_format,
)
from desktop_app.core.watch_settle import FAILED, PROCESSED, clipped, settle

log = logging.getLogger(__name__)

# A claim with no job this old was left by a crash mid-read (nothing was sent): read it again.
# Younger, another watcher may be reading the same file right now.
STALE_CLAIM_SECONDS = 300.0
# A workbook unchanged this long (in stable times, at least a minute) but still not a whole zip
# is damaged, not being written: it is taken, and fails with the importer's sentence.
INCOMPLETE_STABLE_TIMES = 12
INCOMPLETE_MIN_SECONDS = 60.0
LOCKED_RETRY_SECONDS = 5.0
SHOWN_PROBLEMS = 3  # of a file with no row to send
WAITS_FOR_CONFIRMATION = message_id("job {job} waits for a confirmation")


class WatchEventKind(StrEnum):
    SCHEDULED = "scheduled"  # a job in its undo window, then sent
    WAITING = "waiting"  # a job that waits for the seller's confirmation
    PROCESSED = "processed"  # moved to processed/ with its report
    FAILED = "failed"  # moved to failed/ with its report or error, or left where it could not
    PROBLEM = "problem"  # not the file's fault (marketplace, profile, a lock); retried later
    IGNORED = "ignored"  # a link, or a file that is also elsewhere: never read


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


@dataclass(frozen=True, slots=True)
class _Settlement:
    """A move still to make: the file was locked when it was due."""

    file_hash: str | None
    where: str
    rows: Sequence[RowResult]
    error: str
    job_id: int | None


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
        self._pending: dict[Path, _Settlement] = {}
        self._left: dict[Path, Signature] = {}  # could not be moved: not looked at again
        self._noted: dict[Path, str] = {}  # what was said about a file, said once
        self._resumed = False

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
        if not self._resumed:
            self._resume_own_jobs()
            self._resumed = True
        await self._settle_finished()
        for path, settlement in list(self._pending.items()):
            self._move(path, settlement)
        listing = await asyncio.to_thread(list_folder, self.rule.folder)
        present = set(listing.files) | set(listing.outside)
        for path in set(self._noted) - present:
            del self._noted[path]
        for path in listing.outside:
            self._note_once(
                path,
                WatchEventKind.IGNORED,
                Msg(
                    "a link, or a file that is also elsewhere: it is never read; put the file"
                    " itself in the folder."
                ),
            )
        files = listing.files
        for path in [*self._in_flight, *self._pending]:
            files.pop(path, None)
        for path, left_as in list(self._left.items()):
            if files.get(path) == left_as:
                del files[path]
            else:  # changed or gone: whatever is there now is a new file
                del self._left[path]
        for path in self._stable.update(files):
            await self._take(path, files[path])

    def waiting_files(self) -> dict[Path, int]:
        """Files whose jobs are not done yet, with their job ids."""
        return {path: flight.job_id for path, flight in self._in_flight.items()}

    # -- a restart ---------------------------------------------------------------------------

    def _resume_own_jobs(self) -> None:
        """Files this folder read into jobs before a stop: wait for them, and resume the jobs."""
        rule = self.rule
        for known in self._journal.unsettled_files(str(rule.folder)):
            if known.job_id is None or (known.profile, known.action) != (rule.profile, rule.action):
                continue
            path = rule.folder / known.name
            self._in_flight.setdefault(path, _InFlight(known.hash, known.job_id))
            self._resume(known.job_id)
            if self._journal.job(known.job_id).state is JobState.SCHEDULED:
                message = Msg(WAITS_FOR_CONFIRMATION, job=known.job_id)
                self._emit(WatchEventKind.WAITING, path, message, known.job_id)

    def _resume(self, job_id: int) -> None:
        """The engine's one resume path; it leaves alone a job that runs, is done, or waits for
        the seller's word (a scheduled job is never sent without it)."""
        if self._service.resume(job_id):
            log.info("watch %s: resumed job %d", self.rule.folder, job_id)

    # -- taking a file ----------------------------------------------------------------------

    async def _take(self, path: Path, listed: Signature) -> None:
        if listed[0] > MAX_BYTES:  # never read into memory, nor claimed: it cannot be sent
            megabytes = MAX_BYTES // 1024 // 1024
            self._fail(
                path,
                None,
                Msg(
                    "The file could not be read: it is {size:.0f} MB, and Seller Desk reads"
                    " files of up to {limit} MB; split it into smaller files.",
                    size=listed[0] / 1024 / 1024,
                    limit=megabytes,
                ),
            )
            return
        try:
            content, opened = await asyncio.to_thread(read_regular_file, path, MAX_BYTES)
            after = await asyncio.to_thread(os.lstat, os_path(path))
        except FileLocked as error:
            self._note_once(path, WatchEventKind.PROBLEM, message_of(error))
            self._stable.later(path, LOCKED_RETRY_SECONDS)
            return
        except FileProblem as error:  # a link put in its place since the listing
            self._note_once(path, WatchEventKind.IGNORED, message_of(error))
            return
        except OSError as error:  # gone: nothing to take
            log.info("cannot read %s: %s", path, error)
            self._stable.forget([path])
            return
        if not _same_file(opened, listed) or signature(after) != listed:
            log.info("%s changed while it was read; taken once it is stable again", path.name)
            self._stable.forget([path])
            return
        if not whole_in_its_format(content) and self._stable.unchanged_for(path) < max(
            INCOMPLETE_MIN_SECONDS, INCOMPLETE_STABLE_TIMES * self.timing.stable_seconds
        ):
            log.info("%s is not complete yet (a workbook cut short); looked at again", path.name)
            self._stable.later(path, self.timing.stable_seconds)
            return
        file_hash = hashlib.sha256(content).hexdigest()
        rule = self.rule
        known = self._journal.remember_file(
            file_hash, str(rule.folder), path.name, rule.profile, rule.action
        )
        if known is not None and not self._retake(path, listed, known):
            return
        try:
            profile = self._resolve(rule.profile)
            session = self._service.sessions.get(profile)
            result = await import_for(session, path, rule.action, content=content)
        except (ImportFileError, OSError, UnicodeError) as error:
            message = clipped(
                Msg("The file could not be read: {reason}", reason=message_of(error)), path.name
            )
            self._fail(path, file_hash, message)
            return
        except SellerDeskError as error:
            # The marketplace or the profile, not the file: forget the claim, retry later.
            self._journal.forget_file(file_hash)
            self._stable.forget([path])
            self._emit(WatchEventKind.PROBLEM, path, message_of(error))
            return
        self._submit(path, file_hash, profile, result)

    def _retake(self, path: Path, listed: Signature, known: WatchedFile) -> bool:
        """A file whose content the journal knows: True when it should be read after all."""
        if known.settled_at is not None:
            if known.settled_to == str(path):  # left here once, as it could not be moved
                self._left[path] = listed
                return False
            message = Msg(
                "This content was already read on {when} UTC (job {job}); it was not sent again.",
                when=known.taken_at[:16].replace("T", " "),
                job=str(known.job_id),
            )
            self._fail(path, None, message)  # the first reading keeps its record
            return False
        if known.job_id is not None:  # ours, from before a restart: wait for its job
            self._in_flight[path] = _InFlight(known.hash, known.job_id)
            self._resume(known.job_id)
            return False
        age = (datetime.now(UTC) - datetime.fromisoformat(known.taken_at)).total_seconds()
        if age < STALE_CLAIM_SECONDS:
            self._stable.later(path, STALE_CLAIM_SECONDS - age)
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
            self._fail(path, file_hash, _nothing_sendable(result.rows, path.name))
            return
        automatic = may_go_automatically(profile, action, self.rule.automatic)
        job_id = self._service.create_job(
            action, profile, path.name, result.rows, confirmed=automatic, source_hash=file_hash
        )
        self._in_flight[path] = _InFlight(file_hash, job_id)
        if automatic:
            self._service.start(job_id)
            self._emit(
                WatchEventKind.SCHEDULED,
                path,
                Msg("job {job} sends after its undo window", job=job_id),
                job_id,
            )
        else:
            self._emit(
                WatchEventKind.WAITING, path, Msg(WAITS_FOR_CONFIRMATION, job=job_id), job_id
            )

    # -- settling ---------------------------------------------------------------------------

    async def _settle_finished(self) -> None:
        for path, flight in list(self._in_flight.items()):
            job = self._journal.job(flight.job_id)
            if job.state is not JobState.FINISHED or self._service.is_running(job.id):
                continue
            try:
                now_hash = await asyncio.to_thread(_hash_now, path)
            except FileLocked as error:  # held open right now: settled on a later look
                self._note_once(path, WatchEventKind.PROBLEM, message_of(error))
                continue
            del self._in_flight[path]
            rows = self._journal.rows(job.id)
            where, note = _job_outcome(job, rows)
            if now_hash is None:
                self._gone(path, _Settlement(flight.hash, where, rows, note, job.id))
                continue
            if now_hash != flight.hash:  # never "processed": this content was not sent
                where, note = FAILED, _changed_note(job.id, note)
            self._move(path, _Settlement(flight.hash, where, rows, note, job.id))

    def _fail(self, path: Path, file_hash: str | None, error: str) -> None:
        """Into failed/ with a note and no report: no row of it became a job."""
        self._move(path, _Settlement(file_hash, FAILED, (), error, None))

    def _move(self, path: Path, settlement: _Settlement) -> None:
        where = settlement.where
        self._pending.pop(path, None)
        try:
            target = settle(
                path, where, action=self.rule.action, rows=settlement.rows, error=settlement.error
            )
        except FileLocked as error:  # Excel has it open, on Windows: moved on a later look
            self._pending[path] = settlement
            self._note_once(path, WatchEventKind.PROBLEM, message_of(error))
            return
        except OSError as error:  # a name or folder we cannot write, deleted meanwhile...
            if exists(path):
                self._left_in_place(path, settlement, error)
            else:
                self._gone(path, settlement)
            return
        self._stable.forget([path])
        self._noted.pop(path, None)
        if settlement.file_hash is not None:
            self._journal.settle_file(settlement.file_hash, str(target))
        kind = WatchEventKind.PROCESSED if where == PROCESSED else WatchEventKind.FAILED
        moved = settlement.error or Msg("moved to {folder}/", folder=where)
        self._emit(kind, target, moved, settlement.job_id)

    def _gone(self, path: Path, settlement: _Settlement) -> None:
        if settlement.file_hash is not None:
            self._journal.settle_file(settlement.file_hash, "")
        if settlement.error:
            said = Msg(
                "done ({note}); the file was no longer in the folder, so no report lies beside it.",
                note=settlement.error,
            )
        else:
            said = Msg("done; the file was no longer in the folder, so no report lies beside it.")
        self._emit(
            WatchEventKind.FAILED if settlement.where == FAILED else WatchEventKind.PROCESSED,
            path,
            said,
            settlement.job_id,
        )

    def _left_in_place(self, path: Path, settlement: _Settlement, error: OSError) -> None:
        """Said once; the journal and this watch then let the file be until it changes."""
        self._stable.forget([path])
        try:
            self._left[path] = signature(os.lstat(os_path(path)))
        except OSError:
            self._left.pop(path, None)  # gone: nothing is left to look at
        if settlement.file_hash is not None:
            self._journal.settle_file(settlement.file_hash, str(path))
        reason = error.strerror or type(error).__name__
        left = Msg(
            "It could not be moved to {folder}/ ({reason}), so it is left where it is and not"
            " read again; move or rename it yourself.",
            folder=settlement.where,
            reason=reason,
        )
        if settlement.error:
            left = Msg("{note} {more}", note=settlement.error, more=left)
        self._emit(WatchEventKind.FAILED, path, left, settlement.job_id)

    def _note_once(self, path: Path, kind: WatchEventKind, message: str) -> None:
        if self._noted.get(path) != message:
            self._noted[path] = message
            self._emit(kind, path, message)

    def _emit(
        self, kind: WatchEventKind, path: Path, message: str, job_id: int | None = None
    ) -> None:
        log.info("watch %s: %s %s: %s", self.rule.folder, kind.value, path.name, message)
        if self._on_event is not None:
            self._on_event(WatchEvent(kind, path, message, job_id))


def _job_outcome(job: JobRecord, rows: Sequence[RowResult]) -> tuple[str, str]:
    """Where a done job's file goes, and the note beside it."""
    problems = sum(1 for row in rows if row.outcome is not Outcome.SUCCEEDED)
    if not problems:
        return PROCESSED, ""
    if job.counts[Outcome.WITHDRAWN]:
        return FAILED, Msg("Job {job} was withdrawn; nothing was sent.", job=job.id)
    return FAILED, Msg(
        "Job {job} ended with {problems} of {total} row(s) not done; see the report.",
        job=job.id,
        problems=problems,
        total=len(rows),
    )


def _changed_note(job_id: int, outcome: str) -> str:
    changed = Msg(
        "This file changed after it was read: job {job} sent the content read then (its"
        " rows are in the report), and this new content was NOT sent. To send it, put the file"
        " into the watched folder again.",
        job=job_id,
    )
    return Msg("{note} {more}", note=changed, more=outcome) if outcome else changed


def _same_file(opened: os.stat_result, listed: Signature) -> bool:
    """The handle read the file that was listed, unchanged since (an inode of 0: not known)."""
    size, mtime, _, inode, _ = listed
    same_inode = opened.st_ino == inode or 0 in (opened.st_ino, inode)
    return opened.st_size == size and opened.st_mtime_ns == mtime and same_inode


def _hash_now(path: Path) -> str | None:
    """The hash of what `path` holds now; None when it is gone (or no longer a file)."""
    try:
        content, _ = read_regular_file(path, MAX_BYTES + 1)  # more than was ever taken
    except FileLocked:
        raise
    except OSError:
        return None
    return hashlib.sha256(content).hexdigest()


def _nothing_sendable(rows: Sequence[InputRow], name: str) -> str:
    """Perhaps no order file at all: no report of its rows, and of its cells no more than the
    start of the first few bad ones."""
    problems = [clipped(text, name) for row in rows for text in row.errors][:SHOWN_PROBLEMS]
    said = Msg(
        "No row of this file can be sent ({n} row(s) read).",
        plural="No row of this file can be sent ({n} row(s) read).",
        n=len(rows),
    )
    return said + "".join(f"\n- {text}" for text in problems)
