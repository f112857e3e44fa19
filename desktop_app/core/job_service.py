"""The job lifecycle: creates, schedules, confirms, sends, withdraws, stops, resumes and runs
jobs. The window and the CLI are both thin faces over it (ARCHITECTURE.md, "The job lifecycle").

Qt-free: progress goes to a plain callback, tasks are asyncio tasks on the running loop. Every
state change is a guarded journal transition (core/job_states.py); a task's error is retrieved
here and handed to `on_error` (the window's one error tier), or raised to the face awaiting it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_app.core.engine import EngineSettings, JobProgress, JobRunner
from desktop_app.core.errors import ConfigError, SellerDeskError
from desktop_app.core.i18n import Msg, message_of
from desktop_app.core.job_states import RESUMED_ON_ITS_OWN
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action, InputRow, JobRecord, JobState, Outcome
from desktop_app.core.profiles import Profile
from desktop_app.core.sessions import MarketplaceSessions
from desktop_app.core.undo_window import Countdown, send_at_after

log = logging.getLogger(__name__)

ProfileResolver = Callable[[str], Profile]  # raises ConfigError for an unknown name
ProgressSink = Callable[[JobProgress], None]
ErrorSink = Callable[[int, BaseException], None]  # a job whose task failed, and why

RESUMABLE_ON_REQUEST = RESUMED_ON_ITS_OWN | {JobState.STOPPED}

# How often jobs waiting for the network (or for results) are tried again while the app runs.
RETRY_WAITING_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class Budget:
    """Requests left in the current rate window of one endpoint family, and its size."""

    family: str
    left: int
    size: int
    window_seconds: float


@dataclass(frozen=True, slots=True)
class BudgetUnknown:
    """Why no budget can be shown for the profile (no key, a locked keyring...)."""

    reason: str


@dataclass(frozen=True, slots=True)
class _UndoPlan:
    """How a new job enters the undo window: its grace, whether it waits, until when."""

    seconds: float
    scheduled: bool
    send_at: str | None


class JobService:
    def __init__(
        self,
        journal: Journal,
        resolve_profile: ProfileResolver,
        sessions: MarketplaceSessions,
        *,
        settings: EngineSettings | None = None,
        on_progress: ProgressSink | None = None,
        on_tasks_changed: Callable[[], None] | None = None,
        grace_seconds: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        retry_waiting_seconds: float = RETRY_WAITING_SECONDS,
        on_error: ErrorSink | None = None,
    ) -> None:
        self.journal = journal
        self._resolve = resolve_profile
        self.sessions = sessions
        self.settings = settings or EngineSettings()
        self._on_progress = on_progress
        self._on_tasks_changed = on_tasks_changed
        self._tasks: dict[int, asyncio.Task[JobRecord]] = {}
        self._runners: dict[int, JobRunner] = {}
        self.on_error = on_error  # a face may set it once it can show errors
        # Tasks a face awaits itself (the CLI): their errors reach it, not on_error.
        self._awaited: set[int] = set()
        # None: each profile's own grace period; tests and `--delay` pass their own.
        self._grace_override = grace_seconds
        self._clock = clock
        self._countdowns: dict[int, Countdown] = {}
        self.retry_waiting_seconds = retry_waiting_seconds
        self._retrying: asyncio.Task[None] | None = None

    # -- creating and running ---------------------------------------------------------------

    def grace_for(self, profile: Profile) -> float:
        if self._grace_override is not None:
            return self._grace_override
        return float(profile.grace_seconds)

    def create_job(
        self,
        action: Action,
        profile: Profile,
        source_name: str,
        rows: Sequence[InputRow],
        *,
        grace: float | None = None,
        confirmed: bool = True,
        source_hash: str | None = None,
    ) -> int:
        """Journal a job. Confirmed, it gets its undo window (a countdown `start` waits out);
        not confirmed, it stays scheduled without a send-at time until `confirm_scheduled`."""
        plan = self._undo_plan(profile, source_name, rows, grace, confirmed)
        job_id = self._write_job(
            self.journal, plan, action, profile, source_name, rows, source_hash
        )
        return self._start_countdown(job_id, plan)

    async def create_job_off_loop(
        self, action: Action, profile: Profile, source_name: str, rows: Sequence[InputRow]
    ) -> int:
        """create_job in a worker thread on its own connection: 100k rows take about a second."""
        plan = self._undo_plan(profile, source_name, rows, None, True)
        path = self.journal.path

        def work() -> int:
            journal = Journal(path)
            try:
                return self._write_job(journal, plan, action, profile, source_name, rows, None)
            finally:
                journal.close()

        job_id = await asyncio.get_running_loop().run_in_executor(None, work)
        return self._start_countdown(job_id, plan)

    def _undo_plan(
        self,
        profile: Profile,
        source_name: str,
        rows: Sequence[InputRow],
        grace: float | None,
        confirmed: bool,
    ) -> _UndoPlan:
        if not any(row.sendable for row in rows):
            raise ConfigError(Msg("{source} has no row that can be sent.", source=source_name))
        seconds = self.grace_for(profile) if grace is None else grace
        scheduled = not confirmed or seconds > 0
        send_at = send_at_after(seconds) if confirmed and scheduled else None
        return _UndoPlan(seconds, scheduled, send_at)

    @staticmethod
    def _write_job(
        journal: Journal,
        plan: _UndoPlan,
        action: Action,
        profile: Profile,
        source_name: str,
        rows: Sequence[InputRow],
        source_hash: str | None,
    ) -> int:
        return journal.create_job(
            action,
            profile.name,
            profile.marketplace,
            source_name,
            rows,
            scheduled=plan.scheduled,
            send_at=plan.send_at,
            source_hash=source_hash,
        )

    def _start_countdown(self, job_id: int, plan: _UndoPlan) -> int:
        if plan.send_at is not None:
            self._countdowns[job_id] = Countdown(job_id, plan.seconds, self._clock)
        return job_id

    # -- the undo window --------------------------------------------------------------------

    def seconds_left(self, job_id: int) -> float | None:
        """The countdown of a job in its grace period here; None when it has none."""
        countdown = self._countdowns.get(job_id)
        return None if countdown is None else countdown.seconds_left()

    def counting_down(self) -> list[int]:
        return sorted(self._countdowns)

    def withdraw(self, job_id: int) -> bool:
        """Undo: every pending row becomes withdrawn and nothing is sent. False once sending
        has begun (or the job was never scheduled)."""
        withdrawn = self.journal.withdraw_job(job_id)
        countdown = self._countdowns.pop(job_id, None)
        if countdown is not None and job_id in self._tasks:
            countdown.end_early()  # its task finds the job withdrawn, reports it and ends
        elif withdrawn:
            job = self.journal.job(job_id)
            self._emit(JobProgress(job_id, job.state, job.counts, None))
        return withdrawn

    def send_now(self, job_id: int) -> bool:
        """End a countdown early, or send a scheduled job no countdown waits for (after a
        crash): the seller's explicit word. False when the job is not scheduled."""
        countdown = self._countdowns.get(job_id)
        if countdown is not None:
            countdown.end_early()
            return True
        if not self.journal.release_job(job_id):
            return False
        self.start(job_id)
        return True

    def confirm_scheduled(self, job_id: int, grace: float | None = None) -> bool:
        """A job that awaited a confirmation (a watched file) gets it: its undo window starts."""
        job = self.journal.job(job_id)
        if job.state is not JobState.SCHEDULED or job_id in self._countdowns:
            return False
        seconds = self.grace_for(self._resolve(job.profile)) if grace is None else grace
        if seconds <= 0:
            return self.send_now(job_id)
        if not self.journal.set_send_at(job_id, send_at_after(seconds)):
            return False
        self._countdowns[job_id] = Countdown(job_id, seconds, self._clock)
        self.start(job_id)
        return True

    def not_sent(self) -> list[JobRecord]:
        """Scheduled jobs no countdown here waits for: after a crash, or awaiting a
        confirmation. Only the seller sends or withdraws them."""
        return [job for job in self.journal.scheduled_jobs() if job.id not in self._countdowns]

    def release(self, job_id: int) -> bool:
        """Scheduled -> ready on the seller's explicit word (a CLI `send`); no countdown."""
        self._countdowns.pop(job_id, None)
        return self.journal.release_job(job_id)

    async def wait_countdown(self, job_id: int) -> bool:
        """Wait out the job's undo window here; True once released (sent next), False when
        it was withdrawn meanwhile (here or in another process)."""
        countdown = self._countdowns.get(job_id)
        if countdown is None:
            return self.journal.job(job_id).state is not JobState.SCHEDULED
        job = self.journal.job(job_id)
        self._emit(JobProgress(job_id, JobState.SCHEDULED, job.counts, None))
        try:
            await countdown.wait()
        finally:
            self._countdowns.pop(job_id, None)
        return self.journal.release_job(job_id)

    def stop(self, job_id: int) -> bool:
        """The seller's Stop: the job stops before its next request, wherever it runs; its rows
        stay pending and it waits, stopped, for a Resume. False when it cannot be stopped."""
        if not self.journal.stop_job(job_id):
            return False
        log.info("job %d stopped on request", job_id)
        runner = self._runners.get(job_id)
        if runner is not None:
            runner.halt()  # it reports the stop when it has ended
        else:
            job = self.journal.job(job_id)
            self._emit(JobProgress(job_id, job.state, job.counts, job.last_error))
        return True

    async def run(self, job_id: int) -> JobRecord:
        """Run the job (after its countdown, if it has one) and return where it ended; its
        error, if any, is raised here rather than handed to on_error."""
        self._awaited.add(job_id)
        try:
            return await self.start(job_id)
        finally:
            self._awaited.discard(job_id)

    def start(self, job_id: int) -> asyncio.Task[JobRecord]:
        """Run the job in the background; a second start of a running job returns its task."""
        running = self._tasks.get(job_id)
        if running is not None and not running.done():
            return running
        task = asyncio.get_running_loop().create_task(self._run(job_id))
        self._tasks[job_id] = task
        task.add_done_callback(lambda done: self._task_done(job_id, done))
        self._tasks_changed()
        return task

    def _task_done(self, job_id: int, task: asyncio.Task[JobRecord]) -> None:
        # Done-callbacks run a loop turn late: a newer task may already run the job again.
        if self._tasks.get(job_id) is task:
            del self._tasks[job_id]
        self._tasks_changed()
        error = None if task.cancelled() else task.exception()  # always retrieved
        if error is not None and job_id not in self._awaited:
            log.error("job %d could not run", job_id, exc_info=error)
            if self.on_error is not None:
                self.on_error(job_id, error)

    def _tasks_changed(self) -> None:
        if self._on_tasks_changed is not None:
            self._on_tasks_changed()

    async def _run(self, job_id: int) -> JobRecord:
        if job_id in self._countdowns and not await self.wait_countdown(job_id):
            job = self.journal.job(job_id)  # withdrawn meanwhile, here or elsewhere
            self._emit(JobProgress(job_id, job.state, job.counts, None))
            return job
        job = self.journal.job(job_id)
        try:
            profile = self._resolve(job.profile)
            marketplace = self.sessions.get(profile)
        except SellerDeskError as error:
            # The job cannot run as things are (profile or key gone): say so, keep it resumable.
            self.journal.transition(job_id, JobState.INTERRUPTED, message_of(error))
            job = self.journal.job(job_id)
            self._emit(JobProgress(job_id, job.state, job.counts, job.last_error))
            return job
        runner = JobRunner(
            self.journal, marketplace, settings=self.settings, on_progress=self._emit
        )
        self._runners[job_id] = runner
        try:
            job = await runner.run(job_id)
            if runner.stopped_by is not None:  # the rows stay pending; the seller must act
                raise runner.stopped_by
            return job
        finally:
            if self._runners.get(job_id) is runner:
                del self._runners[job_id]

    def _emit(self, progress: JobProgress) -> None:
        if self._on_progress is not None:
            self._on_progress(progress)

    def resume_unfinished(self) -> list[int]:
        """Start every job an earlier run left unfinished (never a stopped one); returns their
        ids. Each runs in its own task: one that cannot run is reported, the others go on."""
        started = []
        for job_id in self.journal.unfinished_job_ids():
            if job_id not in self._tasks:
                log.info("resuming job %d", job_id)
                self.start(job_id)
                started.append(job_id)
        return started

    def reopen(self, job_id: int) -> bool:
        """Make one job resumable on the seller's word: a stopped job becomes ready. False for
        a finished or scheduled job (only Send now / Withdraw move those) or a running one."""
        job = self.journal.job(job_id)
        if job_id in self._tasks or job.state not in RESUMABLE_ON_REQUEST:
            return False
        return job.state is not JobState.STOPPED or self.journal.reopen_stopped(job_id)

    def resume(self, job_id: int) -> bool:
        """The seller's "Resume" of one job, stopped or unfinished (see `reopen`)."""
        if not self.reopen(job_id):
            return False
        log.info("resuming job %d on request", job_id)
        self.start(job_id)
        return True

    def retry_waiting(self) -> list[int]:
        """Start every WAITING job that is not running here; returns their ids."""
        started = []
        for job_id in self.journal.job_ids_in({JobState.WAITING}):
            if job_id not in self._tasks:
                log.info("retrying waiting job %d", job_id)
                self.start(job_id)
                started.append(job_id)
        return started

    def start_retrying_waiting(self) -> None:
        """Needs the running loop: every `retry_waiting_seconds`, WAITING jobs try again."""
        if self._retrying is None or self._retrying.done():
            self._retrying = asyncio.get_running_loop().create_task(self._retry_waiting_loop())

    async def _retry_waiting_loop(self) -> None:
        while True:
            await asyncio.sleep(self.retry_waiting_seconds)
            try:
                self.retry_waiting()
            except Exception:  # a journal hiccup must not end the retries for good
                log.exception("could not retry the waiting jobs")

    def sending(self) -> list[int]:
        """Jobs running here past their undo window: what a quit would interrupt."""
        return sorted(set(self._tasks) - set(self._countdowns))

    def is_running(self, job_id: int) -> bool:
        return job_id in self._tasks

    @property
    def running_count(self) -> int:
        return len(self._tasks)

    async def wait_for(self, job_ids: Sequence[int]) -> None:
        """Until these jobs' tasks have stopped (done, or stopped to resume later)."""
        tasks = [self._tasks[i] for i in job_ids if i in self._tasks]
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    async def wait_all(self) -> None:
        if self._tasks:
            await asyncio.gather(*self._tasks.values(), return_exceptions=True)

    # -- what the results view offers -------------------------------------------------------

    def failed_rows(self, job_id: int) -> list[InputRow]:
        """The job's failed rows as fresh input rows, for a new (retry) job."""
        return [
            InputRow(row.line, row.order_items, ship=row.ship, details=row.details)
            for row in self.journal.rows(job_id, [Outcome.FAILED])
        ]

    def budget(self, profile: Profile, families: Sequence[str]) -> Budget | BudgetUnknown | None:
        """The tightest rate window among `families` for the profile's session. Never raises:
        a profile that cannot be opened (no key...) says why, once, and is not retried."""
        marketplace = self.sessions.open_or_why_not(profile)
        if isinstance(marketplace, str):
            return BudgetUnknown(marketplace)
        pacer = getattr(marketplace, "pacer", None)
        if pacer is None:
            return None
        seconds = float(pacer.policy.window_seconds)
        tightest: Budget | None = None
        for family in families:
            left, size = pacer.budget_left(family)
            if tightest is None or left < tightest.left:
                tightest = Budget(family, left, size, seconds)
        return tightest

    # -- shutting down ----------------------------------------------------------------------

    async def aclose(self) -> None:
        """Stop every running job (the journal keeps them resumable) and close the clients."""
        if self._retrying is not None:
            self._retrying.cancel()
            await asyncio.gather(self._retrying, return_exceptions=True)
            self._retrying = None
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        await self.sessions.aclose()
