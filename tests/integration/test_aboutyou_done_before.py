"""An ABOUT YOU item already cancelled or shipped before the job reads, after a kill or a lost
answer, as an uninterrupted run reports it: the open items read before the first send tell it
from a change of this job. Real HTTP against the sandbox."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.engine import APPLIED_NOTE, UNATTRIBUTED_NOTE, JobRunner
from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.aboutyou import item_status
from desktop_app.core.models import Action, InputRow, JobState, Outcome, RowResult
from tests.integration.crash_helpers import AnswerNeverRead, run_until_killed
from tests.integration.engine_helpers import (
    FAST,
    cancel_rows,
    marketplace_for,
    run_job,
    ship_rows,
)

DONE_BEFORE = 100001
IDS = range(DONE_BEFORE, DONE_BEFORE + 5)
TARGET = {Action.CANCEL: "cancelled", Action.SHIP: "shipped"}


def _sandbox(aboutyou_sandbox: Any, action: Action, **config: Any) -> Any:
    """A sandbox whose first item was done before the job, as the row asks (a ship: with the
    row's own tracking key), by someone else."""
    sandbox = aboutyou_sandbox(items=200, latency=0.0, **config)
    with sandbox.state.lock:
        item = sandbox.state.items[DONE_BEFORE]
        item.status = TARGET[action]
        if action is Action.SHIP:
            item.shipment_tracking_key = f"TRK{DONE_BEFORE}"
    return sandbox


def _rows(action: Action) -> list[InputRow]:
    return (cancel_rows if action is Action.CANCEL else ship_rows)(IDS)


def _verdict(row: RowResult) -> tuple[Outcome, tuple[str, ...]]:
    return row.outcome, row.errors


def _uninterrupted(tmp_path: Path, aboutyou_sandbox: Any, action: Action) -> RowResult:
    sandbox = _sandbox(aboutyou_sandbox, action)
    job, rows = run_job(tmp_path / "calm", marketplace_for(sandbox), action, _rows(action))
    assert job.state is JobState.FINISHED
    assert rows[0].outcome is Outcome.FAILED  # the marketplace refuses it: already done
    assert {row.outcome for row in rows[1:]} == {Outcome.SUCCEEDED}
    return rows[0]


def _assert_the_rest_truthful(rows: Sequence[RowResult], sandbox: Any, action: Action) -> None:
    for row in rows[1:]:
        assert row.outcome is Outcome.SUCCEEDED, row
        assert sandbox.state.item_status(row.order_items[0]) == TARGET[action]
    assert max(sandbox.state.applied_per_item.values()) == 1
    assert DONE_BEFORE not in sandbox.state.applied_per_item  # nobody changed it twice


@pytest.mark.parametrize("action", [Action.CANCEL, Action.SHIP])
def test_an_item_done_before_the_job_reads_the_same_after_a_kill_and_resume(
    tmp_path: Path, aboutyou_sandbox: Any, action: Action
) -> None:
    expected = _uninterrupted(tmp_path, aboutyou_sandbox, action)

    sandbox = _sandbox(aboutyou_sandbox, action)
    (tmp_path / "killed").mkdir()
    journal_file = tmp_path / "killed" / "journal.sqlite3"
    journal = Journal(journal_file)
    job_id = journal.create_job(action, "test", "aboutyou", "rows.csv", _rows(action))
    transport = AnswerNeverRead()

    async def killed_run() -> None:
        marketplace = marketplace_for(sandbox, transport=transport)
        try:
            await run_until_killed(
                JobRunner(journal, marketplace, settings=FAST), job_id, transport
            )
        finally:
            await marketplace.aclose()

    asyncio.run(killed_run())
    journal.close()
    job, rows = run_job(tmp_path / "killed", marketplace_for(sandbox), action, [], job_id=job_id)

    assert job.state is JobState.FINISHED
    assert _verdict(rows[0]) == _verdict(expected)
    _assert_the_rest_truthful(rows, sandbox, action)
    if action is Action.CANCEL:  # its batch was applied before the kill: settled by status
        assert all(APPLIED_NOTE in row.errors for row in rows[1:])


def test_an_item_cancelled_before_the_job_reads_the_same_after_a_lost_answer(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    expected = _uninterrupted(tmp_path, aboutyou_sandbox, Action.CANCEL)

    sandbox = _sandbox(aboutyou_sandbox, Action.CANCEL, cut_answers=frozenset({1}))
    job, rows = run_job(tmp_path, marketplace_for(sandbox), Action.CANCEL, _rows(Action.CANCEL))

    assert job.state is JobState.FINISHED
    assert _verdict(rows[0]) == _verdict(expected)
    _assert_the_rest_truthful(rows, sandbox, Action.CANCEL)
    assert all(row.errors == (APPLIED_NOTE,) for row in rows[1:])


def test_without_a_record_of_the_open_items_a_lost_answer_says_it_cannot_tell(
    tmp_path: Path, aboutyou_sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 200 items are 80 open orders, one page: a bound of one page leaves the mixed ones unread.
    monkeypatch.setattr(item_status, "MAX_OPEN_PAGES", 1)
    sandbox = _sandbox(aboutyou_sandbox, Action.CANCEL, cut_answers=frozenset({1}))
    job, rows = run_job(tmp_path, marketplace_for(sandbox), Action.CANCEL, _rows(Action.CANCEL))

    assert job.state is JobState.FINISHED
    # Shown cancelled, all of them: succeeded, and the one done before says it may be so.
    assert {row.outcome for row in rows} == {Outcome.SUCCEEDED}
    assert all(row.errors == (UNATTRIBUTED_NOTE,) for row in rows)


def test_an_item_an_earlier_job_left_open_reads_as_done_by_the_next_one(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    # One session, two jobs: the first one's batch fails on the marketplace, the second (a
    # retry of the same items) loses its answer. Its record must come from a fresh read, not
    # from what the first job's send might have changed.
    first_batch = iter([True])
    sandbox = aboutyou_sandbox(
        items=200,
        latency=0.0,
        failed_batch_when=lambda kind, items: next(first_batch, False),
        cut_answers=frozenset({2}),
    )
    marketplace = marketplace_for(sandbox)
    journal = Journal(tmp_path / "journal.sqlite3")
    jobs = [
        journal.create_job(Action.CANCEL, "test", "aboutyou", "rows.csv", _rows(Action.CANCEL))
        for _ in range(2)
    ]

    async def both() -> None:
        try:
            for job_id in jobs:
                await JobRunner(journal, marketplace, settings=FAST).run(job_id)
        finally:
            await marketplace.aclose()

    asyncio.run(both())
    failed, retried = (journal.rows(job_id) for job_id in jobs)
    journal.close()

    assert {row.outcome for row in failed} == {Outcome.FAILED}
    assert {row.outcome for row in retried} == {Outcome.SUCCEEDED}
    assert all(row.errors == (APPLIED_NOTE,) for row in retried)
    assert all(sandbox.state.item_status(i) == "cancelled" for i in IDS)
