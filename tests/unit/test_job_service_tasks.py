"""JobService's task bookkeeping (Qt-free): a late done-callback never forgets a newer task,
Resume takes one unfinished job, and WAITING jobs try again on their own."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from desktop_app.core.job_service import JobService
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action, InputRow, JobRecord, JobState
from desktop_app.core.profiles import Profile
from desktop_app.core.sessions import MarketplaceSessions
from tests.fixtures.journal_edits import leave_state


def _profile(name: str) -> Profile:
    raise AssertionError(f"no profile is needed here ({name})")


def _service(tmp_path: Path, **options: float) -> tuple[JobService, Journal]:
    journal = Journal(tmp_path / "j.sqlite3")
    return JobService(journal, _profile, MarketplaceSessions(), **options), journal  # type: ignore[arg-type]


def _job(journal: Journal, state: JobState) -> int:
    job_id = journal.create_job(Action.CANCEL, "shop", "aboutyou", "f.csv", [InputRow(2, (1,))])
    leave_state(journal, job_id, state)
    return job_id


def test_a_late_done_callback_leaves_the_newer_task_alone(tmp_path: Path) -> None:
    service, journal = _service(tmp_path)
    job_id = _job(journal, JobState.WAITING)
    release = asyncio.Event()
    runs: list[int] = []

    async def run(job_id: int) -> JobRecord:
        runs.append(job_id)
        if len(runs) > 1:
            await release.wait()  # the second run goes on
        return journal.job(job_id)

    service._run = run  # type: ignore[method-assign]

    async def scenario() -> None:
        first = service.start(job_id)
        await asyncio.sleep(0)  # the first run, which ends at once
        assert first.done()
        # The first task is done; its done-callback has not run yet. Start the job again.
        second = service.start(job_id)
        assert second is not first
        await asyncio.sleep(0)  # the first task's done-callback runs now
        await asyncio.sleep(0)
        assert service.is_running(job_id)
        assert service.running_count == 1
        release.set()
        await second
        await asyncio.sleep(0)
        assert not service.is_running(job_id)

    asyncio.run(scenario())
    assert runs == [job_id, job_id]


def test_resume_starts_unfinished_jobs_only(tmp_path: Path) -> None:
    service, journal = _service(tmp_path)
    started: list[int] = []

    async def run(job_id: int) -> JobRecord:
        started.append(job_id)
        return journal.job(job_id)

    service._run = run  # type: ignore[method-assign]
    jobs = {state: _job(journal, state) for state in (JobState.WAITING, JobState.FINISHED)}
    scheduled = journal.create_job(
        Action.CANCEL, "shop", "aboutyou", "s.csv", [InputRow(2, (2,))], scheduled=True
    )

    async def scenario() -> None:
        assert not service.resume(jobs[JobState.FINISHED])
        assert not service.resume(scheduled)
        assert service.resume(jobs[JobState.WAITING])
        assert not service.resume(jobs[JobState.WAITING])  # running already
        await service.wait_all()

    asyncio.run(scenario())
    assert started == [jobs[JobState.WAITING]]


@pytest.mark.parametrize("seconds", [0.05])
def test_waiting_jobs_are_tried_again_every_interval(tmp_path: Path, seconds: float) -> None:
    service, journal = _service(tmp_path, retry_waiting_seconds=seconds)
    waiting = _job(journal, JobState.WAITING)
    others = [_job(journal, state) for state in (JobState.STALLED, JobState.INTERRUPTED)]
    tries: list[int] = []

    async def run(job_id: int) -> JobRecord:
        tries.append(job_id)
        if len(tries) >= 2:  # the network is back on the second try
            leave_state(journal, job_id, JobState.FINISHED)
        return journal.job(job_id)

    service._run = run  # type: ignore[method-assign]

    async def scenario() -> None:
        service.start_retrying_waiting()
        await asyncio.sleep(seconds * 6)
        await service.aclose()

    asyncio.run(scenario())
    assert tries == [waiting, waiting]  # STALLED and INTERRUPTED wait for the seller
    assert journal.job(waiting).state is JobState.FINISHED
    assert all(journal.job(i).state is not JobState.FINISHED for i in others)


def test_a_job_stopped_before_its_runner_claims_it_is_not_reported_busy(tmp_path: Path) -> None:
    """Stop between start() and the claim: the run ends quietly, stopped, no JobBusy."""
    from desktop_app.core.engine import JobRunner

    journal = Journal(tmp_path / "j.sqlite3")
    job_id = journal.create_job(Action.CANCEL, "shop", "aboutyou", "a.csv", [InputRow(2, (1,))])
    assert journal.stop_job(job_id)

    async def main() -> JobRecord:
        return await JobRunner(journal, None).run(job_id)  # type: ignore[arg-type]

    assert asyncio.run(main()).state is JobState.STOPPED
