"""The durable record of every job, row, batch and event (SQLite in WAL mode).

Write-ahead rule: a batch and its exact payload are committed before it is sent, and the
marketplace's batch id right after the answer. Every method commits before it returns.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.core.i18n import Msg, from_stored, messages_from_json, messages_json, stored
from desktop_app.core.job_lease import owner_is_gone
from desktop_app.core.job_states import RESUMED_ON_ITS_OWN, sources_of
from desktop_app.core.journal_file import open_journal
from desktop_app.core.models import (
    EMPTY_DETAILS,
    Action,
    InputRow,
    ItemId,
    JobRecord,
    JobState,
    Outcome,
    RowResult,
    ShipInfo,
)

log = logging.getLogger(__name__)


class BatchStatus:
    PREPARED = "prepared"  # payload committed; the POST may or may not have reached the marketplace
    SUBMITTED = "submitted"  # the marketplace gave it a batch id; we poll it
    COMPLETED = "completed"
    FAILED = "failed"
    REJECTED = "rejected"  # refused whole (400/422); its rows moved to smaller batches


OPEN_BATCH_STATUSES = (BatchStatus.PREPARED, BatchStatus.SUBMITTED)


@dataclass(frozen=True, slots=True)
class BatchRecord:
    id: int
    job_id: int
    payload: str
    payload_hash: str
    request_id: str | None
    status: str
    remote_status: str | None
    created_at: str
    submitted_at: str | None
    # What the marketplace's status showed of its items before the first send (its own text).
    state_before: str | None = None


@dataclass(frozen=True, slots=True)
class WatchedFile:
    """A file a watched folder has read: its job, and where the file went afterwards."""

    hash: str
    folder: str
    name: str
    profile: str
    action: Action
    job_id: int | None
    taken_at: str
    settled_at: str | None
    settled_to: str | None


@dataclass(frozen=True, slots=True)
class RowVerdict:
    """The final word on one row of a batch."""

    line: int
    outcome: Outcome
    errors: tuple[str, ...] = ()


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def payload_hash(payload: str) -> str:
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _ship_to_json(ship: ShipInfo | None) -> str | None:
    if ship is None:
        return None
    return json.dumps([ship.carrier_key, ship.shipment_tracking_key, ship.return_tracking_key])


def _ship_from_json(text: str | None) -> ShipInfo | None:
    if text is None:
        return None
    carrier, shipment, returns = json.loads(text)
    return ShipInfo(carrier, shipment, returns)


class Journal:
    def __init__(self, path: Path) -> None:
        """Open (or create) the journal; StorageError or JournalDamaged say why it cannot be."""
        self.path = path
        self._db = open_journal(path)

    def close(self) -> None:
        self._db.close()

    def require_room(self) -> None:
        """Call before each request: StorageError when the disk is too full to journal its
        answer, so a job stops before sending what it could not record."""
        self._db.require_room()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            if self._db.in_transaction:  # SQLite may have rolled back already (a full disk)
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- jobs -------------------------------------------------------------------------------

    def create_job(
        self,
        action: Action,
        profile: str,
        marketplace: str,
        source_name: str,
        rows: Sequence[InputRow],
        *,
        scheduled: bool = False,
        send_at: str | None = None,
        source_hash: str | None = None,
    ) -> int:
        """Record a job with every input row; sendable rows start PENDING, the rest keep theirs.

        A `scheduled` job waits for its send-at time (or, without one, for a confirmation).
        `source_hash` names the watched file it came from, linked in the same transaction.
        """
        now = utc_now()
        state = JobState.SCHEDULED if scheduled else JobState.READY
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO jobs (action, profile, marketplace, source_name, state, created_at,"
                " updated_at, send_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (action.value, profile, marketplace, source_name, state, now, now, send_at),
            )
            job_id = int(cursor.lastrowid or 0)
            if source_hash is not None:
                db.execute(
                    "UPDATE watched_files SET job_id = ? WHERE hash = ?", (job_id, source_hash)
                )
            db.executemany(
                "INSERT INTO rows (job_id, line, order_items, ship, outcome, errors, details,"
                " raw_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        job_id,
                        row.line,
                        json.dumps(row.order_items),
                        _ship_to_json(row.ship),
                        (Outcome.PENDING if row.sendable else row.outcome).value,
                        messages_json(row.errors),
                        json.dumps(dict(row.details)) if row.details else "{}",
                        "" if row.sendable else row.raw_ids,
                    )
                    for row in rows
                ),
            )
            created = Msg(
                "{n} row from {source}",
                plural="{n} rows from {source}",
                n=len(rows),
                source=source_name,
            )
            self._event(db, job_id, "created", created)
        return job_id

    # -- job states: every change is one guarded UPDATE (see core/job_states.py) -------------

    def transition(
        self, job_id: int, target: JobState, error: str | None = None, *, owner: str | None = None
    ) -> bool:
        """Move the job to `target` if the table allows it from its current state (and, with
        `owner`, only while that runner holds it). False, and logged, when refused."""
        with self._transaction() as db:
            return self._transition(db, job_id, target, error, owner=owner)

    def _transition(
        self,
        db: sqlite3.Connection,
        job_id: int,
        target: JobState,
        error: str | None,
        *,
        owner: str | None = None,
        extra: str = "",
        extra_params: Sequence[object] = (),
        event: str | None = None,
    ) -> bool:
        sources = sources_of(target)
        now = utc_now()
        query = (
            "UPDATE jobs SET state = ?, updated_at = ?, last_error = ?,"  # noqa: S608
            " finished_at = CASE WHEN ? = 'finished' THEN ? ELSE finished_at END"
            f" WHERE id = ? AND state IN ({','.join('?' * len(sources))})"
        )
        params: list[object] = [target, now, stored(error), target, now, job_id, *sources]
        if owner is not None:
            query += " AND owner = ?"
            params.append(owner)
        changed = db.execute(query + extra, [*params, *extra_params]).rowcount
        if not changed:
            found = db.execute("SELECT state FROM jobs WHERE id = ?", (job_id,)).fetchone()
            log.warning(
                "job %d: refused the change to %s (it is %s)",
                job_id,
                target.value,
                found[0] if found else "not in the journal",
            )
            return False
        self._event(db, job_id, event or f"state:{target}", error or "")
        return True

    def claim_job(self, job_id: int, owner: str, now: float, lease_seconds: float) -> bool:
        """Take the job for `owner` and mark it running, unless a live runner holds it or its
        state forbids running (finished, scheduled, stopped)."""
        with self._transaction() as db:
            found = db.execute(
                "SELECT owner, lease_until FROM jobs WHERE id = ?", (job_id,)
            ).fetchone()
            if found is None:
                return False
            held_by = found[0]
            gone = bool(held_by) and held_by != owner and owner_is_gone(held_by)
            taken = self._transition(
                db,
                job_id,
                JobState.RUNNING,
                None,
                extra=" AND (owner IS NULL OR owner = ? OR COALESCE(lease_until, 0) <= ? OR ?)",
                extra_params=(owner, now, int(gone)),
                event="claimed",
            )
            if taken:
                db.execute(
                    "UPDATE jobs SET owner = ?, lease_until = ? WHERE id = ?",
                    (owner, now + lease_seconds, job_id),
                )
        return taken

    def renew_lease(self, job_id: int, owner: str, until: float) -> bool:
        """Extend the runner's lease; False when it no longer holds the job (taken over, or
        stopped): the runner must stop before its next request."""
        with self._transaction() as db:
            changed = db.execute(
                "UPDATE jobs SET lease_until = ? WHERE id = ? AND owner = ? AND state = ?",
                (until, job_id, owner, JobState.RUNNING),
            ).rowcount
        return bool(changed)

    def end_lease(self, job_id: int, owner: str) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE jobs SET owner = NULL, lease_until = NULL WHERE id = ? AND owner = ?",
                (job_id, owner),
            )

    def holder(self, job_id: int) -> tuple[JobState, str | None, float | None]:
        """The job's state, its runner and the runner's lease end: what a runner checks
        before each request (a cheap read by primary key)."""
        found = self._db.execute(
            "SELECT state, owner, lease_until FROM jobs WHERE id = ?", (job_id,)
        ).fetchone()
        if found is None:
            raise KeyError(job_id)
        return JobState(found[0]), found[1], found[2]

    def stop_job(self, job_id: int) -> bool:
        """The seller's Stop: the job's runner (here or in another process) stops before its
        next request; its rows stay pending. False when the job cannot be stopped."""
        return self.transition(job_id, JobState.STOPPED, Msg("Stopped; resume it to go on."))

    def reopen_stopped(self, job_id: int) -> bool:
        """The seller's Resume of a stopped job: stopped -> ready."""
        with self._transaction() as db:
            return self._transition(db, job_id, JobState.READY, None, event="resumed")

    def job(self, job_id: int) -> JobRecord:
        row = self._db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        if row is None:
            raise KeyError(job_id)
        return self._job_record(row)

    def jobs(self) -> list[JobRecord]:
        """Every job, newest first."""
        rows = self._db.execute("SELECT * FROM jobs ORDER BY id DESC").fetchall()
        return [self._job_record(row) for row in rows]

    def unfinished_jobs(self) -> list[JobRecord]:
        """Jobs a resume takes up on its own: not finished, not scheduled (those wait for the
        seller), not stopped (the seller stopped them)."""
        return self._jobs_in(RESUMED_ON_ITS_OWN)

    def unfinished_job_ids(self) -> list[int]:
        """The ids of `unfinished_jobs`: a face reads each job on its own, so one it cannot
        read does not hide the others."""
        return self.job_ids_in(RESUMED_ON_ITS_OWN)

    def stopped_jobs(self) -> list[JobRecord]:
        return self._jobs_in({JobState.STOPPED})

    def job_ids_in(self, states: Iterable[JobState]) -> list[int]:
        wanted = [state.value for state in states]
        rows = self._db.execute(
            f"SELECT id FROM jobs WHERE state IN ({','.join('?' * len(wanted))})"  # noqa: S608
            " ORDER BY id",
            wanted,
        )
        return [int(job_id) for (job_id,) in rows]

    def _jobs_in(self, states: Iterable[JobState]) -> list[JobRecord]:
        return [self.job(job_id) for job_id in self.job_ids_in(states)]

    def scheduled_jobs(self) -> list[JobRecord]:
        return self._jobs_in({JobState.SCHEDULED})

    # -- the undo window ----------------------------------------------------------------------

    def set_send_at(self, job_id: int, send_at: str) -> bool:
        """Give a scheduled job (e.g. one just confirmed) its send-at time."""
        with self._transaction() as db:
            changed = db.execute(
                "UPDATE jobs SET send_at = ?, updated_at = ? WHERE id = ? AND state = ?",
                (send_at, utc_now(), job_id, JobState.SCHEDULED),
            ).rowcount
            if changed:
                self._event(db, job_id, "scheduled", Msg("send at {send_at}", send_at=send_at))
        return bool(changed)

    def release_job(self, job_id: int) -> bool:
        """Scheduled -> ready, atomically: False when it was withdrawn (or released) already."""
        with self._transaction() as db:
            return self._transition(db, job_id, JobState.READY, None, event="released")

    def withdraw_job(self, job_id: int) -> bool:
        """Scheduled -> finished with every pending row withdrawn; False once it was released."""
        with self._transaction() as db:
            if not self._transition(
                db,
                job_id,
                JobState.FINISHED,
                None,
                extra=" AND state = ?",
                extra_params=(JobState.SCHEDULED,),
                event="withdrawn",
            ):
                return False
            db.execute(
                "UPDATE rows SET outcome = ? WHERE job_id = ? AND outcome = ?",
                (Outcome.WITHDRAWN, job_id, Outcome.PENDING),
            )
        return True

    def cancelled_items_since(
        self, profile: str, since: str, *, exclude_job: int | None = None
    ) -> int:
        """Order items the profile's cancel jobs cancelled since `since` (UTC ISO): succeeded
        rows only, since a pending row may yet fail or be withdrawn. `exclude_job` leaves out
        the job being confirmed: its rows count as "this job", once."""
        query = (
            "SELECT COALESCE(SUM(json_array_length(r.order_items)), 0) FROM rows r"
            " JOIN jobs j ON j.id = r.job_id LEFT JOIN batches b ON b.id = r.batch_id"
            " WHERE j.profile = ? AND j.action = ? AND j.id IS NOT ? AND r.outcome = ?"
            " AND COALESCE(b.finished_at, j.updated_at) >= ?"
        )
        params = (profile, Action.CANCEL.value, exclude_job, Outcome.SUCCEEDED, since)
        return int(self._db.execute(query, params).fetchone()[0])

    def live_jobs_holding(
        self,
        profile: str,
        action: Action,
        items: Iterable[ItemId],
        *,
        exclude_job: int | None = None,
    ) -> dict[int, int]:
        """Unfinished jobs of the profile and action whose rows (pending or done) hold any of
        `items`: job id -> how many of them. A second job of the same items applies them twice
        where the marketplace does not refuse it."""
        wanted = set(items)
        found: Counter[int] = Counter()
        rows = self._db.execute(
            "SELECT r.job_id, r.order_items FROM rows r JOIN jobs j ON j.id = r.job_id"
            " WHERE j.profile = ? AND j.action = ? AND j.state != ? AND j.id IS NOT ?"
            " AND r.outcome IN (?, ?)",
            (
                profile,
                action.value,
                JobState.FINISHED,
                exclude_job,
                Outcome.PENDING,
                Outcome.SUCCEEDED,
            ),
        )
        for job_id, order_items in rows:
            found[int(job_id)] += sum(1 for item in json.loads(order_items) if item in wanted)
        return {job_id: n for job_id, n in sorted(found.items()) if n}

    def counts(self, job_id: int) -> Counter[Outcome]:
        return Counter(
            {
                Outcome(outcome): int(n)
                for outcome, n in self._db.execute(
                    "SELECT outcome, COUNT(*) FROM rows WHERE job_id = ? GROUP BY outcome",
                    (job_id,),
                )
            }
        )

    def _job_record(self, row: sqlite3.Row) -> JobRecord:
        return JobRecord(
            id=row["id"],
            action=Action(row["action"]),
            profile=row["profile"],
            marketplace=row["marketplace"],
            source_name=row["source_name"],
            state=JobState(row["state"]),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            finished_at=row["finished_at"],
            last_error=from_stored(row["last_error"]),
            counts=self.counts(row["id"]),
            send_at=row["send_at"],
        )

    # -- rows -------------------------------------------------------------------------------

    def rows(
        self,
        job_id: int,
        outcomes: Iterable[Outcome] | None = None,
        *,
        after_line: int = 0,
        limit: int = -1,
    ) -> list[RowResult]:
        """The job's rows in file order; a page of them with `after_line` and `limit`."""
        query = (
            "SELECT r.*, b.request_id FROM rows r LEFT JOIN batches b ON b.id = r.batch_id"
            " WHERE r.job_id = ? AND r.line > ?"
        )
        params: list[object] = [job_id, after_line]
        if outcomes is not None:
            wanted = [outcome.value for outcome in outcomes]
            query += f" AND r.outcome IN ({','.join('?' * len(wanted))})"
            params.extend(wanted)
        params.append(limit)
        rows = self._db.execute(query + " ORDER BY line LIMIT ?", params)
        return [self._row_result(row) for row in rows]

    def detail_keys(self, job_id: int) -> list[str]:
        """The keys of the job's row details, in first-seen order (the export's columns)."""
        rows = self._db.execute(
            "SELECT d.key FROM rows r, json_each(r.details) d WHERE r.job_id = ?"
            " GROUP BY d.key ORDER BY MIN(r.line), MIN(d.id)",
            (job_id,),
        )
        return [str(key) for (key,) in rows]

    def unbatched_rows(
        self, job_id: int, *, after_line: int = 0, limit: int = -1
    ) -> list[RowResult]:
        """Pending rows no batch carries yet, in file order; a page of them with `limit`."""
        rows = self._db.execute(
            "SELECT r.*, NULL AS request_id FROM rows r WHERE job_id = ? AND outcome = ?"
            " AND batch_id IS NULL AND line > ? ORDER BY line LIMIT ?",
            (job_id, Outcome.PENDING, after_line, limit),
        )
        return [self._row_result(row) for row in rows]

    def batch_rows(self, batch_id: int) -> list[RowResult]:
        rows = self._db.execute(
            "SELECT r.*, b.request_id FROM rows r JOIN batches b ON b.id = r.batch_id"
            " WHERE r.batch_id = ? ORDER BY line",
            (batch_id,),
        )
        return [self._row_result(row) for row in rows]

    def in_doubt_lines(self, job_id: int) -> list[int]:
        rows = self._db.execute(
            "SELECT line FROM rows WHERE job_id = ? AND in_doubt = 1 ORDER BY line", (job_id,)
        )
        return [int(line) for (line,) in rows]

    def batch_in_doubt_lines(self, batch_id: int) -> set[int]:
        """The batch's rows that may have been applied by an earlier attempt (by index: the
        cost grows with the batch, not the job)."""
        rows = self._db.execute(
            "SELECT line FROM rows WHERE batch_id = ? AND in_doubt = 1", (batch_id,)
        )
        return {int(line) for (line,) in rows}

    def fail_rows(self, job_id: int, lines: Sequence[int], message: str) -> None:
        with self._transaction() as db:
            db.executemany(
                "UPDATE rows SET outcome = ?, errors = ? WHERE job_id = ? AND line = ?",
                ((Outcome.FAILED, messages_json((message,)), job_id, line) for line in lines),
            )

    @staticmethod
    def _row_result(row: sqlite3.Row) -> RowResult:
        return RowResult(
            line=row["line"],
            order_items=tuple(json.loads(row["order_items"])),
            ship=_ship_from_json(row["ship"]),
            outcome=Outcome(row["outcome"]),
            errors=messages_from_json(row["errors"]),
            batch_id=row["request_id"],
            details=json.loads(row["details"]) if row["details"] != "{}" else EMPTY_DETAILS,
            raw_ids=row["raw_ids"],
        )

    # -- batches ----------------------------------------------------------------------------

    def add_batch(
        self, job_id: int, payload: str, lines: Sequence[int], state_before: str | None = None
    ) -> int:
        """Commit a batch and claim its rows, before anything is sent."""
        with self._transaction() as db:
            return self._insert_batch(db, job_id, payload, lines, state_before=state_before)

    def split_batch(
        self,
        batch_id: int,
        message: str,
        parts: Sequence[tuple[str, Sequence[int]]],
        verdicts: Sequence[RowVerdict] = (),
    ) -> list[int]:
        """Retire a batch and hand its rows to new ones, or settle them with `verdicts`. The new
        ones keep the retired batch's `state_before`: their items are among its items."""
        with self._transaction() as db:
            job_id = self._mark_batch(db, batch_id, BatchStatus.REJECTED, message)
            self._store_verdicts(db, job_id, verdicts)
            (before,) = db.execute(
                "SELECT state_before FROM batches WHERE id = ?", (batch_id,)
            ).fetchone()
            return [
                self._insert_batch(
                    db, job_id, payload, lines, from_batch=batch_id, state_before=before
                )
                for payload, lines in parts
            ]

    def release_batch(self, batch_id: int, message: str) -> None:
        """Retire a batch refused whole and give its rows back to the unbatched ones."""
        with self._transaction() as db:
            self._mark_batch(db, batch_id, BatchStatus.REJECTED, message)
            db.execute("UPDATE rows SET batch_id = NULL WHERE batch_id = ?", (batch_id,))

    def set_batch_submitted(self, batch_id: int, request_id: str) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE batches SET request_id = ?, status = ?, submitted_at = ? WHERE id = ?",
                (request_id, BatchStatus.SUBMITTED, utc_now(), batch_id),
            )

    def set_remote_status(self, batch_id: int, remote_status: str) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE batches SET remote_status = ? WHERE id = ?", (remote_status, batch_id)
            )

    def mark_in_doubt(self, batch_id: int, in_doubt: bool = True) -> None:
        """Its POST may have reached the marketplace before a crash: the rows may be applied."""
        with self._transaction() as db:
            db.execute("UPDATE rows SET in_doubt = ? WHERE batch_id = ?", (int(in_doubt), batch_id))

    def finish_batch(self, batch_id: int, status: str, verdicts: Sequence[RowVerdict]) -> None:
        """Store the batch's final status and every row's outcome in one transaction."""
        with self._transaction() as db:
            job_id = self._mark_batch(db, batch_id, status, None)
            self._store_verdicts(db, job_id, verdicts)

    @staticmethod
    def _store_verdicts(
        db: sqlite3.Connection, job_id: int, verdicts: Sequence[RowVerdict]
    ) -> None:
        db.executemany(
            "UPDATE rows SET outcome = ?, errors = ?,"
            " in_doubt = CASE WHEN ? = 'succeeded' THEN 0 ELSE in_doubt END"
            " WHERE job_id = ? AND line = ?",
            # A list, not a generator: on a full disk the journal runs it again (journal_file).
            [(v.outcome, messages_json(v.errors), v.outcome, job_id, v.line) for v in verdicts],
        )

    def open_batches(self, job_id: int) -> list[BatchRecord]:
        rows = self._db.execute(
            "SELECT * FROM batches WHERE job_id = ? AND status IN"  # noqa: S608 - placeholders only
            f" ({','.join('?' * len(OPEN_BATCH_STATUSES))}) ORDER BY id",
            (job_id, *OPEN_BATCH_STATUSES),
        )
        return [self._batch_record(row) for row in rows]

    def prepared_batch_count(self, job_id: int) -> int:
        """Batches written but not yet answered with a batch id: requests still to make."""
        row = self._db.execute(
            "SELECT COUNT(*) FROM batches WHERE job_id = ? AND status = ?",
            (job_id, BatchStatus.PREPARED),
        ).fetchone()
        return int(row[0])

    def batch(self, batch_id: int) -> BatchRecord:
        row = self._db.execute("SELECT * FROM batches WHERE id = ?", (batch_id,)).fetchone()
        if row is None:
            raise KeyError(batch_id)
        return self._batch_record(row)

    def batches(self, job_id: int) -> list[BatchRecord]:
        rows = self._db.execute("SELECT * FROM batches WHERE job_id = ? ORDER BY id", (job_id,))
        return [self._batch_record(row) for row in rows]

    def _insert_batch(
        self,
        db: sqlite3.Connection,
        job_id: int,
        payload: str,
        lines: Sequence[int],
        from_batch: int | None = None,
        state_before: str | None = None,
    ) -> int:
        """A new batch taking `lines`, which must be unbatched (or in `from_batch`)."""
        cursor = db.execute(
            "INSERT INTO batches (job_id, payload, payload_hash, status, created_at, state_before)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (job_id, payload, payload_hash(payload), BatchStatus.PREPARED, utc_now(), state_before),
        )
        batch_id = int(cursor.lastrowid or 0)
        taken = db.executemany(
            "UPDATE rows SET batch_id = ? WHERE job_id = ? AND line = ? AND batch_id IS ?",
            ((batch_id, job_id, line, from_batch) for line in lines),
        ).rowcount
        if taken != len(lines):  # never let two batches carry one row
            raise RuntimeError(f"job {job_id}: rows already belong to another batch")
        return batch_id

    def _mark_batch(
        self, db: sqlite3.Connection, batch_id: int, status: str, message: str | None
    ) -> int:
        db.execute(
            "UPDATE batches SET status = ?, message = ?, finished_at = ? WHERE id = ?",
            (status, stored(message), utc_now(), batch_id),
        )
        (job_id,) = db.execute("SELECT job_id FROM batches WHERE id = ?", (batch_id,)).fetchone()
        return int(job_id)

    @staticmethod
    def _batch_record(row: sqlite3.Row) -> BatchRecord:
        return BatchRecord(
            id=row["id"],
            job_id=row["job_id"],
            payload=row["payload"],
            payload_hash=row["payload_hash"],
            request_id=row["request_id"],
            status=row["status"],
            remote_status=row["remote_status"],
            created_at=row["created_at"],
            submitted_at=row["submitted_at"],
            state_before=row["state_before"],
        )

    # -- events -----------------------------------------------------------------------------

    def add_event(self, job_id: int | None, kind: str, message: str) -> None:
        with self._transaction() as db:
            self._event(db, job_id, kind, message)

    @staticmethod
    def _event(db: sqlite3.Connection, job_id: int | None, kind: str, message: str) -> None:
        db.execute(
            "INSERT INTO events (job_id, at, kind, message) VALUES (?, ?, ?, ?)",
            (job_id, utc_now(), kind, stored(message)),
        )

    def events(self, job_id: int) -> list[tuple[str, str, str]]:
        rows = self._db.execute(
            "SELECT at, kind, message FROM events WHERE job_id = ? ORDER BY id", (job_id,)
        )
        return [(row["at"], row["kind"], from_stored(row["message"])) for row in rows]

    # -- watched folders ----------------------------------------------------------------------

    def remember_file(
        self, file_hash: str, folder: str, name: str, profile: str, action: Action
    ) -> WatchedFile | None:
        """Claim a file's content before reading it; returns the earlier record if known."""
        with self._transaction() as db:
            # INSERT OR IGNORE: two watchers (window and CLI) racing for one file; one wins.
            inserted = db.execute(
                "INSERT OR IGNORE INTO watched_files (hash, folder, name, profile, action,"
                " taken_at) VALUES (?, ?, ?, ?, ?, ?)",
                (file_hash, folder, name, profile, action.value, utc_now()),
            ).rowcount
        return None if inserted else self.watched_file(file_hash)

    def forget_file(self, file_hash: str) -> None:
        """Drop a claim that never became a job (a crash while reading): nothing was sent."""
        with self._transaction() as db:
            db.execute("DELETE FROM watched_files WHERE hash = ? AND job_id IS NULL", (file_hash,))

    def settle_file(self, file_hash: str, settled_to: str) -> None:
        """Where the file went ("" when it was gone); the first word on it stays."""
        with self._transaction() as db:
            db.execute(
                "UPDATE watched_files SET settled_at = ?, settled_to = ?"
                " WHERE hash = ? AND settled_at IS NULL",
                (utc_now(), settled_to, file_hash),
            )

    def unsettled_files(self, folder: str) -> list[WatchedFile]:
        """Files of `folder` read into a job and not moved yet: a watch stopped meanwhile."""
        rows = self._db.execute(
            "SELECT * FROM watched_files WHERE folder = ? AND job_id IS NOT NULL"
            " AND settled_at IS NULL ORDER BY taken_at",
            (folder,),
        ).fetchall()
        return [_watched_file(row) for row in rows]

    def watched_file(self, file_hash: str) -> WatchedFile | None:
        row = self._db.execute(
            "SELECT * FROM watched_files WHERE hash = ?", (file_hash,)
        ).fetchone()
        return None if row is None else _watched_file(row)


def _watched_file(row: sqlite3.Row) -> WatchedFile:
    return WatchedFile(
        hash=row["hash"],
        folder=row["folder"],
        name=row["name"],
        profile=row["profile"],
        action=Action(row["action"]),
        job_id=row["job_id"],
        taken_at=row["taken_at"],
        settled_at=row["settled_at"],
        settled_to=row["settled_to"],
    )
