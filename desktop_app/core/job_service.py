"""Creates, runs, tracks and resumes jobs for a long-lived face (the window; the CLI could too).

Qt-free: progress goes to a plain callback, tasks are asyncio tasks on the running loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_app.core.engine import EngineSettings, JobProgress, JobRunner
from desktop_app.core.errors import ConfigError, SellerDeskError
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action, InputRow, JobRecord, JobState, Outcome
from desktop_app.core.profiles import Profile
from desktop_app.core.sessions import MarketplaceSessions

log = logging.getLogger(__name__)

ProfileResolver = Callable[[str], Profile]  # raises ConfigError for an unknown name
ProgressSink = Callable[[JobProgress], None]


@dataclass(frozen=True, slots=True)
class Budget:
    """Requests left in the current rate window of one endpoint family, and its size."""

    family: str
    left: int
    size: int
    window_seconds: float


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
    ) -> None:
        self.journal = journal
        self._resolve = resolve_profile
        self.sessions = sessions
        self.settings = settings or EngineSettings()
        self._on_progress = on_progress
        self._on_tasks_changed = on_tasks_changed
        self._tasks: dict[int, asyncio.Task[JobRecord]] = {}

    # -- creating and running ---------------------------------------------------------------

    def create_job(
        self, action: Action, profile: Profile, source_name: str, rows: Sequence[InputRow]
    ) -> int:
        if not any(row.sendable for row in rows):
            raise ConfigError(f"{source_name} has no row that can be sent.")
        return self.journal.create_job(action, profile.name, profile.marketplace, source_name, rows)

    async def create_job_off_loop(
        self, action: Action, profile: Profile, source_name: str, rows: Sequence[InputRow]
    ) -> int:
        """create_job in a worker thread on its own connection: 100k rows take about a second."""
        if not any(row.sendable for row in rows):
            raise ConfigError(f"{source_name} has no row that can be sent.")
        path = self.journal.path

        def work() -> int:
            journal = Journal(path)
            try:
                return journal.create_job(
                    action, profile.name, profile.marketplace, source_name, rows
                )
            finally:
                journal.close()

        return await asyncio.get_running_loop().run_in_executor(None, work)

    def start(self, job_id: int) -> asyncio.Task[JobRecord]:
        """Run the job in the background; a second start of a running job returns its task."""
        running = self._tasks.get(job_id)
        if running is not None and not running.done():
            return running
        task = asyncio.get_running_loop().create_task(self._run(job_id))
        self._tasks[job_id] = task
        task.add_done_callback(lambda _: self._task_done(job_id))
        self._tasks_changed()
        return task

    def _task_done(self, job_id: int) -> None:
        self._tasks.pop(job_id, None)
        self._tasks_changed()

    def _tasks_changed(self) -> None:
        if self._on_tasks_changed is not None:
            self._on_tasks_changed()

    async def _run(self, job_id: int) -> JobRecord:
        job = self.journal.job(job_id)
        try:
            profile = self._resolve(job.profile)
            marketplace = self.sessions.get(profile)
        except SellerDeskError as error:
            # The job cannot run as things are (profile or key gone): say so, keep it resumable.
            self.journal.set_job_state(job_id, JobState.INTERRUPTED, str(error))
            self._emit(JobProgress(job_id, JobState.INTERRUPTED, job.counts, str(error)))
            return self.journal.job(job_id)
        runner = JobRunner(
            self.journal, marketplace, settings=self.settings, on_progress=self._emit
        )
        return await runner.run(job_id)

    def _emit(self, progress: JobProgress) -> None:
        if self._on_progress is not None:
            self._on_progress(progress)

    def resume_unfinished(self) -> list[int]:
        """Start every job an earlier run left unfinished; returns their ids."""
        started = []
        for job in self.journal.unfinished_jobs():
            if job.id not in self._tasks:
                log.info("resuming job %d (%s)", job.id, job.state)
                self.start(job.id)
                started.append(job.id)
        return started

    def is_running(self, job_id: int) -> bool:
        return job_id in self._tasks

    @property
    def running_count(self) -> int:
        return len(self._tasks)

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

    def budget(self, profile: Profile, families: Sequence[str]) -> Budget | None:
        """The tightest rate window among `families` for the profile's open session."""
        marketplace = self.sessions.get(profile)
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
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        await self.sessions.aclose()
