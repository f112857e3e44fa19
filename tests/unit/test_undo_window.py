"""The undo window in the core: a scheduled job waits, Undo withdraws it before any request."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx

from desktop_app.core.engine import EngineSettings
from desktop_app.core.job_service import JobService
from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.aboutyou import AboutYouMarketplace
from desktop_app.core.models import Action, InputRow, JobState, Outcome
from desktop_app.core.profiles import Environment, Profile
from desktop_app.core.sessions import MarketplaceSessions
from desktop_app.sandbox.aboutyou import sandbox_state

FAST = EngineSettings(poll_first_delay=0.01, poll_max_delay=0.05)
PROFILE = Profile(
    name="shop",
    marketplace="aboutyou",
    environment=Environment.SANDBOX,
    base_url="http://127.0.0.1",  # never contacted: the ASGI transport answers
)
ROWS = [InputRow(line, (100000 + line,)) for line in range(2, 7)]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _service(tmp_path: Path, app: Any, clock: Clock) -> JobService:
    def opener(profile: Profile) -> AboutYouMarketplace:
        return AboutYouMarketplace(
            profile.base_url, "sandbox-demo-key", transport=httpx.ASGITransport(app=app)
        )

    return JobService(
        Journal(tmp_path / "journal.sqlite3"),
        lambda _: PROFILE,
        MarketplaceSessions(opener),
        settings=FAST,
        clock=clock,
    )


def test_undo_during_the_countdown_withdraws_every_row_and_the_sandbox_sees_no_request(
    tmp_path: Path, aboutyou_asgi_app: Any
) -> None:
    app = aboutyou_asgi_app(items=50, latency=0.0)
    clock = Clock()

    async def scenario() -> JobService:
        service = _service(tmp_path, app, clock)
        job_id = service.create_job(Action.CANCEL, PROFILE, "c.csv", ROWS, grace=10)
        assert service.journal.job(job_id).state is JobState.SCHEDULED
        assert service.journal.job(job_id).send_at is not None
        task = service.start(job_id)
        await asyncio.sleep(0.05)
        assert service.seconds_left(job_id) == 10
        assert service.withdraw(job_id)
        await task
        clock.now = 60  # long past the deadline: nothing wakes up and sends
        await asyncio.sleep(0.05)
        await service.aclose()
        return service

    service = asyncio.run(scenario())
    job = service.journal.jobs()[0]
    assert job.state is JobState.FINISHED
    assert {row.outcome for row in service.journal.rows(job.id)} == {Outcome.WITHDRAWN}
    assert sandbox_state(app).request_count() == 0


def test_a_countdown_that_runs_out_sends_the_job(tmp_path: Path, aboutyou_asgi_app: Any) -> None:
    app = aboutyou_asgi_app(items=50, latency=0.0)
    clock = Clock()

    async def scenario() -> JobService:
        service = _service(tmp_path, app, clock)
        job_id = service.create_job(Action.CANCEL, PROFILE, "c.csv", ROWS[:1], grace=10)
        task = service.start(job_id)
        await asyncio.sleep(0.05)
        assert sandbox_state(app).request_count() == 0
        clock.now = 10
        await task
        await service.aclose()
        return service

    service = asyncio.run(scenario())
    assert service.journal.jobs()[0].state is JobState.FINISHED
    assert sandbox_state(app).request_count("orders/cancel") == 1
    assert not service.withdraw(service.journal.jobs()[0].id)  # too late: it was sent


def test_a_scheduled_job_is_never_resumed_only_offered(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    job_id = journal.create_job(
        Action.CANCEL, "shop", "aboutyou", "c.csv", ROWS, scheduled=True, send_at="2026-01-01"
    )
    service = JobService(journal, lambda _: PROFILE, MarketplaceSessions(lambda _: None))  # type: ignore[arg-type,return-value]
    assert journal.unfinished_jobs() == []
    assert [job.id for job in service.not_sent()] == [job_id]
    assert journal.release_job(job_id) and not journal.release_job(job_id)
    assert not journal.withdraw_job(job_id)  # released: no longer withdrawable
