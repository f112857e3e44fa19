"""Confirming a job that is already journaled (a watched file, `seller-desk send`): its own
pending rows are "this job", not also part of the week's cancellations."""

from __future__ import annotations

import argparse
import asyncio
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.cli import job_running, undo_commands
from desktop_app.core.cancel_guard import check_cancel_rate
from desktop_app.core.job_service import JobService
from desktop_app.core.journal import BatchStatus, Journal, RowVerdict
from desktop_app.core.models import Action, InputRow, JobRecord, Outcome
from desktop_app.core.profiles import Profile

SINCE = "2000-01-01T00:00:00.000+00:00"


class _Orders:
    """Just enough of a marketplace for the guard: the week's order items."""

    def __init__(self, ordered: int) -> None:
        self.ordered = ordered

    async def order_items_since(self, since: datetime) -> int | None:
        return self.ordered

    async def aclose(self) -> None:
        return None


def _waiting_cancel(journal: Journal, profile: str, items: list[int]) -> int:
    """A cancel job written but not confirmed yet, as a watched folder leaves it."""
    rows = [InputRow(line, (item,)) for line, item in enumerate(items, start=2)]
    return journal.create_job(Action.CANCEL, profile, "aboutyou", "w.csv", rows, scheduled=True)


def _profile() -> Profile:
    return Profile(
        name="shop",
        marketplace="aboutyou",
        environment="sandbox",
        base_url="https://example.invalid",
        cancel_threshold_percent=2.0,
    )


def _succeed(journal: Journal, job_id: int, lines: list[int]) -> None:
    batch = journal.add_batch(job_id, "{}", lines)
    journal.finish_batch(
        batch, BatchStatus.COMPLETED, [RowVerdict(line, Outcome.SUCCEEDED) for line in lines]
    )


def test_the_excluded_job_is_left_out_of_the_weeks_count(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    other = _waiting_cancel(journal, "shop", [1, 2, 3])
    _succeed(journal, other, [2, 3, 4])
    own = _waiting_cancel(journal, "shop", [4, 5])  # in flight: one done, one pending
    _succeed(journal, own, [2])
    assert journal.cancelled_items_since("shop", SINCE) == 4
    assert journal.cancelled_items_since("shop", SINCE, exclude_job=own) == 3
    assert journal.cancelled_items_since("shop", SINCE, exclude_job=other) == 1


def test_pending_rows_of_a_job_in_flight_are_not_counted_as_cancelled(tmp_path: Path) -> None:
    """The guard said 80000 cancelled while 5000 had succeeded: pending rows may yet fail."""
    journal = Journal(tmp_path / "j.sqlite3")
    running = _waiting_cancel(journal, "shop", list(range(1, 11)))
    _succeed(journal, running, [2, 3])
    assert journal.cancelled_items_since("shop", SINCE) == 2


def test_the_guard_counts_a_journaled_job_once(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    _succeed(journal, _waiting_cancel(journal, "shop", [1]), [2])  # cancelled this week
    own = _waiting_cancel(journal, "shop", [2, 3])
    rate = asyncio.run(
        check_cancel_rate(journal, _Orders(200), _profile(), 2, exclude_job=own)  # type: ignore[arg-type]
    )
    assert (rate.cancelled, rate.this_job, rate.after_job) == (1, 2, 3)
    assert not rate.over_threshold  # 3 of 200; counted twice it was 5 of 200 (2.5 %)


def test_send_yes_of_a_watched_job_within_the_threshold_is_not_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2 items of 100 is exactly the 2 % line: allowed. Counted twice (4 %) --yes refused."""
    journal = Journal(tmp_path / "j.sqlite3")
    job_id = _waiting_cancel(journal, "shop", [1, 2])
    profile = _profile()

    class Sessions:
        def get(self, _: Profile) -> _Orders:
            return _Orders(100)

        async def aclose(self) -> None:
            return None

    class Profiles:
        def get(self, _: str) -> Profile:
            return profile

    sent: list[int] = []

    async def run(_service: JobService, job_id: int) -> JobRecord:
        sent.append(job_id)
        return journal.job(job_id)

    monkeypatch.setattr(job_running, "MarketplaceSessions", Sessions)
    monkeypatch.setattr(JobService, "run", run)
    args = argparse.Namespace(
        job=job_id, yes=True, over_threshold=False, overlap=False, json=True, no_wait=True
    )
    asyncio.run(undo_commands.send_job(journal, Profiles(), args))  # type: ignore[arg-type]
    assert sent == [job_id]
