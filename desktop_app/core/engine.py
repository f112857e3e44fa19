"""Runs a job: chunk -> journal the batch -> send -> poll -> outcomes. Resumes after any stop.

Rows reach the marketplace exactly once because every batch is journaled with its exact payload
before it is sent; after a crash (or a lost answer) a batch with no known id is settled by its
items' status first, and only what is not applied is sent again (byte for byte while the
marketplace's deduplication may still answer with the batch it already has).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.core.errors import (
    ActionNotOffered,
    AnswerLost,
    BatchTooLarge,
    ConfigError,
    JobBusy,
    LeaseLost,
    RequestRejected,
    SellerDeskError,
    StorageError,
)
from desktop_app.core.i18n import Msg, message_id, message_of
from desktop_app.core.job_lease import LEASE_SECONDS, new_owner
from desktop_app.core.journal import BatchRecord, BatchStatus, Journal, RowVerdict
from desktop_app.core.marketplaces.base import AppliedCheck, ItemVerdict, Marketplace
from desktop_app.core.models import Action, ItemId, JobRecord, JobState, Outcome, RowResult
from desktop_app.core.pacing import NetworkWait

log = logging.getLogger(__name__)

# Refusals about the content (bad request, too large, unprocessable): halving finds the culprit.
# Others (404, 405...) mean a wrong address, and halving would only multiply requests.
BISECTABLE_STATUSES = frozenset({400, 413, 422})
UNREADABLE_RESULTS = 3  # results answers that say nothing before the items' status is asked
MAX_LOST_IN_A_ROW = 3  # lost answers settled by status checks before the job waits
NOT_RUNNABLE = frozenset({JobState.FINISHED, JobState.SCHEDULED, JobState.STOPPED})
REPORT_EVERY = 0.1  # seconds between two progress reports of a running job
ROWS_PAGE = 2000  # rows read from the journal between two turns of the event loop
APPLIED_NOTE = message_id(
    "Applied before the interruption: its answer was lost, and the marketplace's order status"
    " shows this job's change."
)
UNATTRIBUTED_NOTE = message_id(
    "Its answer was lost, and the marketplace's order status shows the change done; its status"
    " before this job was not recorded, so it may have been done before the job."
)
UNDECIDED_NOTE = message_id(
    "Its answer was lost, and the marketplace's status cannot tell whether it was applied, so"
    " it was not sent again. It may already have been applied; check it in the marketplace."
)
STATUS_UNREAD = message_id(
    "{reason} The order status of rows whose answer was lost could not be read; their rows stay"
    " pending until it can."
)
IN_DOUBT_NOTE = message_id(
    "This row was sent again after an interruption; the first attempt may already have"
    " been applied. Check it in the marketplace."
)


@dataclass(frozen=True, slots=True)
class EngineSettings:
    poll_first_delay: float = 1.0  # seconds after the send before the first look
    poll_max_delay: float = 30.0
    poll_growth: float = 1.5
    horizon_seconds: float = 2 * 3600.0  # a batch still open after this stalls the job
    wait_for_results: bool = True  # False: send every batch, leave the polling to a resume
    lease_seconds: float = LEASE_SECONDS  # renewed every third of it while the runner runs


@dataclass(frozen=True, slots=True)
class JobProgress:
    """What the window and the CLI show while a job runs."""

    job_id: int
    state: JobState
    counts: Counter[Outcome]
    message: str | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def done(self) -> int:
        return self.total - self.counts[Outcome.PENDING]


ProgressListener = Callable[[JobProgress], None]


__all__ = ["EngineSettings", "JobBusy", "JobProgress", "JobRunner", "LeaseLost"]


class _Stalled(Exception):
    pass


class _NotWaiting(Exception):
    pass


class _Stopped(Exception):
    """The seller stopped the job (here or in another process): no further request."""


@dataclass(slots=True)
class _OpenBatch:
    record: BatchRecord
    due: float
    delay: float
    first_seen: float
    polls: int = 0
    unreadable: int = 0  # results answers in a row that said nothing (404, 5xx, garbled)


class JobRunner:
    def __init__(
        self,
        journal: Journal,
        marketplace: Marketplace,
        *,
        settings: EngineSettings | None = None,
        on_progress: ProgressListener | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.journal = journal
        self.marketplace = marketplace
        self.settings = settings or EngineSettings()
        self._on_progress = on_progress
        self._clock = clock
        self._owner = new_owner()
        self._lost_in_a_row = 0  # answers lost one after another: the network is not well
        # Why the job stopped when the seller must act elsewhere (the CLI exits 2 for it).
        self.stopped_by: ActionNotOffered | None = None
        # Rows of a batch refused for its size, to be planned again with the unsent ones.
        self._released: list[RowResult] = []
        self._last_report = -REPORT_EVERY
        self._job_id = 0
        self._lease_failed = False
        # Set by a stop here, or by a renewal that failed: sleeps end early to see why.
        self._halt = asyncio.Event()

    def halt(self) -> None:
        """The job was stopped in the journal: wake up and stop before the next request."""
        self._halt.set()

    async def run(self, job_id: int) -> JobRecord:
        """Take the job as far as it can go; the journal says where it ended."""
        job = self.journal.job(job_id)
        # A scheduled job is never sent on its own: only a release (the end of its countdown,
        # or the seller's "send now") makes it ready; a stopped one waits for a Resume.
        if job.state in NOT_RUNNABLE:
            return job
        lease = self.settings.lease_seconds
        if not self.journal.claim_job(job_id, self._owner, time.time(), lease):
            job = self.journal.job(job_id)
            if job.state in NOT_RUNNABLE:  # finished, withdrawn or stopped a moment ago
                return job
            raise JobBusy(
                Msg(
                    "Job {job} is being sent by another Seller Desk window or process;"
                    " it will not be sent twice.",
                    job=job_id,
                )
            )
        self._job_id = job_id
        # Renewed for as long as this runs, whatever the engine waits for (--no-wait too).
        keeper = asyncio.ensure_future(self._keep_lease(job_id))
        try:
            return await self._run_claimed(job_id, job.action)
        finally:
            keeper.cancel()
            await asyncio.gather(keeper, return_exceptions=True)
            self.journal.end_lease(job_id, self._owner)

    async def _run_claimed(self, job_id: int, action: Action) -> JobRecord:
        self._report(job_id, JobState.RUNNING)
        try:
            await self._drive(job_id, action)
        except NetworkWait as error:
            message = Msg("{reason} The job will resume.", reason=message_of(error))
            return self._end(job_id, JobState.WAITING, message)
        except _NotWaiting:
            message = Msg("Sent; the results are not in yet. Resume the job to collect them.")
            return self._end(job_id, JobState.WAITING, message)
        except _Stopped:
            job = self.journal.job(job_id)
            self._report(job_id, job.state, job.last_error)
            return job
        except LeaseLost as error:
            self._report(job_id, JobState.INTERRUPTED, message_of(error))
            raise
        except _Stalled:
            hours = self.settings.horizon_seconds / 3600
            message = Msg(
                "The marketplace has not finished a batch after {hours:g} h; resume later.",
                hours=hours,
            )
            return self._end(job_id, JobState.STALLED, message)
        except StorageError:
            # The journal cannot take more: stop before the next request (write-ahead holds);
            # the job resumes where it stopped once the disk has space again.
            raise
        except SellerDeskError as error:  # a refused key, a wrong URL, the clock...
            return self._end(job_id, JobState.INTERRUPTED, message_of(error))
        except Exception:
            log.exception("job %d stopped by an unexpected error", job_id)
            self._end(
                job_id,
                JobState.INTERRUPTED,
                Msg(
                    "An unexpected error stopped the job; details are in the log."
                    " Resume it to retry."
                ),
            )
            raise
        if self.journal.counts(job_id)[Outcome.PENDING]:
            return self._end(
                job_id, JobState.WAITING, Msg("Some rows have no answer yet; resume the job.")
            )
        return self._end(job_id, JobState.FINISHED, None)

    def _end(self, job_id: int, state: JobState, error: str | None) -> JobRecord:
        # Guarded by the owner too: a runner that lost the job never writes its state.
        self.journal.transition(job_id, state, error, owner=self._owner)
        job = self.journal.job(job_id)  # refused (stopped meanwhile): the journal's word
        self._report(job_id, job.state, job.last_error)
        return job

    def _check_going(self) -> None:
        """Before every request: a stopped job, or one this runner no longer holds, stops."""
        state, owner, _ = self.journal.holder(self._job_id)
        if state is JobState.STOPPED:
            raise _Stopped
        if self._lease_failed or owner != self._owner or state is not JobState.RUNNING:
            raise LeaseLost(
                Msg(
                    "Job {job} was taken over elsewhere (this window's claim on it ran"
                    " out, e.g. while the computer slept); it stopped here before its next"
                    " request, so nothing is sent twice.",
                    job=self._job_id,
                )
            )

    async def _keep_lease(self, job_id: int) -> None:
        lease = self.settings.lease_seconds
        while True:
            await asyncio.sleep(lease / 3)
            if not self.journal.renew_lease(job_id, self._owner, time.time() + lease):
                self._lease_failed = True  # _check_going says whether it was a stop
                self._halt.set()
                return

    def _report(self, job_id: int, state: JobState, message: str | None = None) -> None:
        """Tell the listener, at most every REPORT_EVERY seconds while the job runs: counting
        a 100k-row job takes ~20 ms, and SellerCenter finishes a batch per row."""
        if self._on_progress is None:
            return
        now = self._clock()
        if state is JobState.RUNNING and now - self._last_report < REPORT_EVERY:
            return
        self._last_report = now
        self._on_progress(JobProgress(job_id, state, self.journal.counts(job_id), message))

    # -- the two halves of a run: sending and polling ------------------------------------------

    async def _drive(self, job_id: int, action: Action) -> None:
        polling: dict[int, _OpenBatch] = {}
        sending_done = asyncio.Event()
        if not self.settings.wait_for_results:
            await self._send_all(job_id, action, polling, sending_done)
            if polling:
                raise _NotWaiting
            return
        sender = asyncio.ensure_future(self._send_all(job_id, action, polling, sending_done))
        poller = asyncio.ensure_future(self._poll_all(action, polling, sending_done))
        try:
            # Either half failing stops the other; the journal keeps what both achieved.
            done, _ = await asyncio.wait({sender, poller}, return_when=asyncio.FIRST_EXCEPTION)
            if poller in done and isinstance(poller.exception(), _Stopped | LeaseLost):
                # The sender stops before its next request too; a call it has in flight ends
                # first, so no batch is left in doubt by a Stop.
                await asyncio.gather(sender, return_exceptions=True)
            for task in done:
                task.result()
            await asyncio.gather(sender, poller)
        finally:
            for task in (sender, poller):
                task.cancel()
            await asyncio.gather(sender, poller, return_exceptions=True)

    async def _send_all(
        self,
        job_id: int,
        action: Action,
        polling: dict[int, _OpenBatch],
        sending_done: asyncio.Event,
    ) -> None:
        try:
            for batch in self.journal.open_batches(job_id):
                if batch.status == BatchStatus.SUBMITTED:
                    self._start_polling(batch, polling)
                else:  # journaled before a crash; its POST may or may not have arrived
                    self.journal.mark_in_doubt(batch.id)
                    await self._settle_lost(action, batch, polling)
            self._released.clear()  # back in the journal's unbatched rows, read next
            rows = await self._unbatched_rows(job_id)
            planned = deque(self.marketplace.plan_batches(action, rows))
            while planned:
                self._check_going()  # before the batch is journaled: a stop leaves none open
                batch = await self._journal_batch(job_id, action, planned.popleft())
                await self._send(action, batch, polling)
                if self._released:
                    # Journaled batches keep their bytes; only rows not yet journaled re-plan.
                    unsent = [*self._released, *(row for chunk in planned for row in chunk)]
                    self._released.clear()
                    unsent.sort(key=lambda row: row.line)
                    planned = deque(self.marketplace.plan_batches(action, unsent))
        finally:
            sending_done.set()

    async def _journal_batch(
        self, job_id: int, action: Action, chunk: list[RowResult]
    ) -> BatchRecord:
        """Journal a batch with what the marketplace shows of its items before the first send."""
        payload = self.marketplace.build_payload(action, chunk)
        self.journal.require_room()  # a full disk stops the job before it reads the status too
        before = await self.marketplace.state_before(action, payload)
        batch_id = self.journal.add_batch(job_id, payload, [row.line for row in chunk], before)
        return self.journal.batch(batch_id)

    async def _unbatched_rows(self, job_id: int) -> list[RowResult]:
        """Read in pages, yielding between them: 100k rows at once stall a window ~0.5 s."""
        rows: list[RowResult] = []
        while page := self.journal.unbatched_rows(
            job_id, after_line=rows[-1].line if rows else 0, limit=ROWS_PAGE
        ):
            rows.extend(page)
            await asyncio.sleep(0)
        return rows

    async def _settle_lost(
        self, action: Action, batch: BatchRecord, polling: dict[int, _OpenBatch]
    ) -> None:
        """A batch whose answer was lost (a crash, a timeout, a reset): the marketplace's status
        settles what it shows applied, and only the rest is sent again; byte for byte while
        nothing shows applied and the marketplace deduplicates an in-flight payload."""
        settled, rest = await self._status_verdicts(action, batch)
        if not settled and self.marketplace.idempotent_resend:
            await self._send(action, batch, polling)
            return
        following = self._retire_settled(action, batch, settled, rest)
        if following is not None:
            await self._send(action, following, polling)

    async def _status_verdicts(
        self, action: Action, batch: BatchRecord
    ) -> tuple[list[RowVerdict], list[RowResult]]:
        """The rows the marketplace's status settles (applied, or undecidable), and the rest."""
        check = await self._read_applied(action, batch)
        settled: list[RowVerdict] = []
        rest: list[RowResult] = []
        for row in self.journal.batch_rows(batch.id):
            items = set(row.order_items)
            if items & check.undecided:
                settled.append(RowVerdict(row.line, Outcome.FAILED, (Msg(UNDECIDED_NOTE),)))
            elif items <= check.applied:
                settled.append(_applied(row, check))
            else:
                rest.append(row)
        return settled, rest

    async def _read_applied(self, action: Action, batch: BatchRecord) -> AppliedCheck:
        """The marketplace's status of a batch's items. Unreadable, nothing of the batch is
        final: its rows stay pending and the job waits; a resume reads the status again."""
        self._check_going()
        try:
            return await self.marketplace.already_applied(action, batch.payload, batch.state_before)
        except NetworkWait as error:
            raise NetworkWait(Msg(STATUS_UNREAD, reason=message_of(error))) from error

    def _retire_settled(
        self,
        action: Action,
        batch: BatchRecord,
        settled: list[RowVerdict],
        rest: list[RowResult],
    ) -> BatchRecord | None:
        """Store the settled rows; the batch that carries the rest, if any is left."""
        parts = (
            [(self.marketplace.build_payload(action, rest), [r.line for r in rest])]
            if rest  # every row settled: nothing left to build a payload for
            else []
        )
        new_ids = self.journal.split_batch(
            batch.id, Msg("checked through the marketplace's status"), parts, settled
        )
        return self.journal.batch(new_ids[0]) if new_ids else None

    async def _send(
        self, action: Action, batch: BatchRecord, polling: dict[int, _OpenBatch]
    ) -> None:
        """Send a journaled batch; one refused whole is halved until the culprits stand alone."""
        pending = [batch]
        while pending:
            batch = pending.pop()
            self._check_going()
            self.journal.require_room()  # a full disk stops the job before its next request
            try:
                submitted = await self.marketplace.submit(action, batch.payload)
            except AnswerLost as error:
                self.journal.mark_in_doubt(batch.id)
                self._lost_in_a_row += 1
                if self._lost_in_a_row > MAX_LOST_IN_A_ROW:
                    raise NetworkWait(
                        Msg(
                            "{reason} Seller Desk checks the order status before sending it again.",
                            reason=message_of(error),
                        )
                    ) from error
                await self._settle_lost(action, batch, polling)
                continue
            except NetworkWait:
                self.journal.mark_in_doubt(batch.id)  # some attempt may have arrived
                raise
            except BatchTooLarge as error:
                pending.extend(reversed(self._rechunk(action, batch, error)))
                self._report(batch.job_id, JobState.RUNNING)
                continue
            except ActionNotOffered as error:
                # No such endpoint: no attempt applied anything. The rows stay pending.
                self.journal.release_batch(batch.id, message_of(error))
                self.stopped_by = error
                raise
            except RequestRejected as error:
                if error.status not in BISECTABLE_STATUSES:
                    raise ConfigError(
                        Msg(
                            "The marketplace refused the request (HTTP {status}): {reason}"
                            " Check the profile's base URL.",
                            status=error.status,
                            reason=message_of(error),
                        )
                    ) from None
                if self.journal.batch_in_doubt_lines(batch.id):
                    # An earlier attempt may have applied some rows: never send those again.
                    settled, rest = await self._status_verdicts(action, batch)
                    if settled:
                        following = self._retire_settled(action, batch, settled, rest)
                        pending.extend([following] if following is not None else [])
                        continue
                pending.extend(reversed(self._bisect(action, batch, message_of(error))))
                self._report(batch.job_id, JobState.RUNNING)
                continue
            self._lost_in_a_row = 0
            if submitted.resent:
                self.journal.mark_in_doubt(batch.id)
            if submitted.verdicts is not None:
                await self._finish(action, batch, BatchStatus.COMPLETED, submitted.verdicts)
            elif submitted.request_id:
                self.journal.set_batch_submitted(batch.id, submitted.request_id)
                refreshed = self.journal.batch(batch.id)
                self._start_polling(refreshed, polling)
            self._report(batch.job_id, JobState.RUNNING)

    def _rechunk(
        self, action: Action, batch: BatchRecord, error: BatchTooLarge
    ) -> list[BatchRecord]:
        """A batch refused for a size limit the marketplace stated (and the marketplace has
        learned): its rows go back among the unsent ones, which are planned again. Halved
        instead when it already held no more rows than that (its rows hold several items)."""
        rows = self.journal.batch_rows(batch.id)
        if len(rows) <= error.max_items:
            return self._bisect(action, batch, message_of(error))
        log.info("batch %d holds more than %d items; planned again", batch.id, error.max_items)
        self.journal.release_batch(batch.id, message_of(error))
        self._released.extend(rows)
        return []

    def _bisect(self, action: Action, batch: BatchRecord, message: str) -> list[BatchRecord]:
        rows = self.journal.batch_rows(batch.id)
        if len(rows) <= 1:
            verdicts = [RowVerdict(row.line, Outcome.FAILED, (message,)) for row in rows]
            self.journal.finish_batch(batch.id, BatchStatus.REJECTED, verdicts)
            return []
        half = len(rows) // 2
        parts = [rows[:half], rows[half:]]
        log.info("batch %d refused whole (%s); splitting %d rows", batch.id, message, len(rows))
        new_ids = self.journal.split_batch(
            batch.id,
            message,
            [
                (self.marketplace.build_payload(action, part), [r.line for r in part])
                for part in parts
            ],
        )
        return [self.journal.batch(batch_id) for batch_id in new_ids]

    def _start_polling(self, batch: BatchRecord, polling: dict[int, _OpenBatch]) -> None:
        now = self._clock()
        first = self.settings.poll_first_delay
        polling[batch.id] = _OpenBatch(batch, due=now + first, delay=first, first_seen=now)

    async def _poll_all(
        self, action: Action, polling: dict[int, _OpenBatch], sending_done: asyncio.Event
    ) -> None:
        """One scheduler for every open batch: the most overdue first, each with its own backoff."""
        while polling or not sending_done.is_set():
            if self._halt.is_set():  # stopped or lost while waiting: say so now
                self._check_going()
                self._halt.clear()
            if not polling:
                await self._wait_for(sending_done, 0.2)
                continue
            batch = min(polling.values(), key=lambda b: b.due)
            wait = batch.due - self._clock()
            if wait > 0:
                await self._wait_for(
                    sending_done if not sending_done.is_set() else self._halt, wait
                )
                continue
            await self._poll_once(action, batch, polling)

    @staticmethod
    async def _wait_for(event: asyncio.Event | None, seconds: float) -> None:
        """Sleep, but wake early when new batches may have arrived."""
        if event is None:
            await asyncio.sleep(seconds)
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), timeout=min(seconds, 0.2))

    async def _poll_once(
        self, action: Action, batch: _OpenBatch, polling: dict[int, _OpenBatch]
    ) -> None:
        record = batch.record
        assert record.request_id is not None
        self._check_going()
        try:
            poll = await self.marketplace.poll(action, record.request_id)
        except (RequestRejected, NetworkWait) as error:
            # A 404, 5xx or garbled answer for a batch the marketplace accepted says nothing of
            # its items: ask again, then ask their status.
            batch.unreadable += 1
            log.info("results of batch %d unreadable (%s)", record.id, error)
            if batch.unreadable < UNREADABLE_RESULTS:
                self._poll_later(batch)
                return
            polling.pop(record.id)
            self.journal.mark_in_doubt(record.id)
            await self._settle_lost(action, record, polling)
            return
        batch.polls += 1
        batch.unreadable = 0
        if poll.status != record.remote_status:
            self.journal.set_remote_status(record.id, poll.status)
        if poll.terminal:
            polling.pop(record.id)
            if poll.failed:
                self._fail_batch(
                    record,
                    Msg(
                        "The marketplace could not process this batch (status 'failed');"
                        " retry the failed rows."
                    ),
                )
            else:
                await self._finish(action, record, BatchStatus.COMPLETED, poll.verdicts)
            self._report(record.job_id, JobState.RUNNING)
            return
        if self._clock() - batch.first_seen > self.settings.horizon_seconds:
            raise _Stalled
        self._poll_later(batch)

    def _poll_later(self, batch: _OpenBatch) -> None:
        batch.delay = min(self.settings.poll_max_delay, batch.delay * self.settings.poll_growth)
        batch.due = self._clock() + batch.delay

    def _fail_batch(self, record: BatchRecord, message: str) -> None:
        rows = self.journal.batch_rows(record.id)
        verdicts = [RowVerdict(row.line, Outcome.FAILED, (message,)) for row in rows]
        self.journal.finish_batch(record.id, BatchStatus.FAILED, verdicts)
        self._report(record.job_id, JobState.RUNNING)

    async def _finish(
        self,
        action: Action,
        record: BatchRecord,
        status: str,
        verdicts: dict[ItemId, ItemVerdict],
    ) -> None:
        """Store the batch's verdicts. A refused row that an earlier attempt may have applied
        is settled by the marketplace's status: never failed while its item was applied."""
        rows = self.journal.batch_rows(record.id)
        doubtful = self.journal.batch_in_doubt_lines(record.id)
        results = [_row_verdict(row, verdicts, row.line in doubtful) for row in rows]
        recheck = [
            (row, result)
            for row, result in zip(rows, results, strict=True)
            if result.outcome is Outcome.FAILED and row.line in doubtful
        ]
        if recheck:
            results = await self._recheck(action, record, results, recheck)
        self.journal.finish_batch(record.id, status, results)

    async def _recheck(
        self,
        action: Action,
        record: BatchRecord,
        results: list[RowVerdict],
        recheck: list[tuple[RowResult, RowVerdict]],
    ) -> list[RowVerdict]:
        check = await self._read_applied(action, record)
        better: dict[int, RowVerdict] = {}
        for row, result in recheck:
            items = set(row.order_items)
            if items <= check.applied:
                better[row.line] = _applied(row, check)
            elif not items & check.undecided:  # the status shows it not applied: no doubt
                errors = tuple(e for e in result.errors if _id_of(e) != IN_DOUBT_NOTE)
                better[row.line] = RowVerdict(row.line, Outcome.FAILED, errors)
        return [better.get(result.line, result) for result in results]


def _applied(row: RowResult, check: AppliedCheck) -> RowVerdict:
    """A row whose items the status shows done by this job (or, unrecorded, perhaps earlier)."""
    note = UNATTRIBUTED_NOTE if set(row.order_items) & check.unattributed else APPLIED_NOTE
    return RowVerdict(row.line, Outcome.SUCCEEDED, (Msg(note),))


def _row_verdict(row: RowResult, verdicts: dict[ItemId, ItemVerdict], in_doubt: bool) -> RowVerdict:
    """A row succeeds when every order item in it succeeded."""
    errors: list[str] = []
    for item in row.order_items:
        verdict = verdicts.get(item)
        if verdict is None:
            errors.append(
                Msg("The marketplace's results did not mention order item {item}.", item=item)
            )
        elif not verdict.success:
            errors.extend(
                verdict.errors or (Msg("Order item {item} failed without a reason.", item=item),)
            )
    errors = list(dict.fromkeys(errors))  # items of one shipment share their refusal
    if not errors:
        notes = (note for item in row.order_items for note in verdicts[item].notes)
        return RowVerdict(row.line, Outcome.SUCCEEDED, tuple(dict.fromkeys(notes)))
    if in_doubt:
        errors.append(Msg(IN_DOUBT_NOTE))
    return RowVerdict(row.line, Outcome.FAILED, tuple(errors))


def _id_of(message: str) -> str:
    """A message's English id (a Msg shows the active language; its id does not change)."""
    return message.id if isinstance(message, Msg) else message
