"""The engine against the ABOUT YOU sandbox over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_app.core.engine import JobBusy, JobRunner
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action, JobRecord, JobState, Outcome
from tests.integration.engine_helpers import (
    FAST,
    cancel_rows,
    marketplace_for,
    run_job,
    ship_rows,
)


def _outcomes(rows: list[Any]) -> Counter[Outcome]:
    return Counter(row.outcome for row in rows)


def test_cancel_happy_path_applies_every_item_exactly_once(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.2)
    ids = list(range(100001, 100601))
    job, rows = run_job(tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows(ids))
    assert job.state is JobState.FINISHED
    assert _outcomes(rows) == {Outcome.SUCCEEDED: 600}
    assert all(sandbox.state.item_status(i) == "cancelled" for i in ids)
    assert all(sandbox.state.applied_per_item[i] == 1 for i in ids)
    assert {row.batch_id for row in rows} != {None}


def test_ship_happy_path_marks_items_shipped(tmp_path: Path, aboutyou_sandbox: Any) -> None:
    sandbox = aboutyou_sandbox(latency=0.2)
    ids = list(range(100001, 100301))
    job, rows = run_job(tmp_path, marketplace_for(sandbox), Action.SHIP, ship_rows(ids))
    assert job.state is JobState.FINISHED
    assert _outcomes(rows) == {Outcome.SUCCEEDED: 300}
    assert all(sandbox.state.item_status(i) == "shipped" for i in ids)


def test_unknown_ids_fail_with_the_marketplaces_message(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)
    job, rows = run_job(
        tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows([100001, 999999])
    )
    by_line = {row.line: row for row in rows}
    assert job.state is JobState.FINISHED
    assert by_line[2].outcome is Outcome.SUCCEEDED
    assert by_line[3].outcome is Outcome.FAILED
    assert "999999" in " ".join(by_line[3].errors)


def test_rejected_ship_batch_is_bisected_to_the_bad_row(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)
    run_job(tmp_path / "first", marketplace_for(sandbox), Action.CANCEL, cancel_rows([100137]))
    ids = list(range(100001, 100251))  # 250 rows, one of them no longer open
    job, rows = run_job(tmp_path, marketplace_for(sandbox), Action.SHIP, ship_rows(ids))
    failed = [row for row in rows if row.outcome is Outcome.FAILED]
    assert job.state is JobState.FINISHED
    assert [row.order_items for row in failed] == [(100137,)]
    assert "100137" in failed[0].errors[0]
    assert _outcomes(rows)[Outcome.SUCCEEDED] == 249
    # Bisection costs a handful of requests, not one per row.
    assert sandbox.state.request_count("orders/ship") <= 2 * 8 + 1


def _spend_the_cancel_budget(sandbox: Any, times: int) -> None:
    """Another tool on the same key uses the budget up before our job starts."""
    with sandbox.client() as other_tool:
        for _ in range(times):
            other_tool.post("/orders/cancel", json={"items": [{"id": 104999}]})


def test_429_with_retry_after_is_honoured(tmp_path: Path, aboutyou_sandbox: Any) -> None:
    # A small shop: the open items read before the first send takes well under the 1 s window.
    sandbox = aboutyou_sandbox(
        items=200, latency=0.05, cancel_budget=3, window_seconds=1.0, send_retry_after=True
    )
    _spend_the_cancel_budget(sandbox, 3)
    marketplace = marketplace_for(
        sandbox, batch_size=10, budgets={"cancel": 1000}, window_seconds=1.0
    )
    job, rows = run_job(tmp_path, marketplace, Action.CANCEL, cancel_rows(range(100001, 100031)))
    assert job.state is JobState.FINISHED
    assert _outcomes(rows) == {Outcome.SUCCEEDED: 30}
    assert marketplace.pacer.rate_limited_count > 0


def test_429_without_retry_after_backs_off(tmp_path: Path, aboutyou_sandbox: Any) -> None:
    # A small shop: the open items read before the first send takes well under the 1 s window.
    sandbox = aboutyou_sandbox(
        items=200, latency=0.05, cancel_budget=3, window_seconds=1.0, send_retry_after=False
    )
    _spend_the_cancel_budget(sandbox, 3)
    marketplace = marketplace_for(
        sandbox, batch_size=10, budgets={"cancel": 1000}, window_seconds=1.0
    )
    job, rows = run_job(tmp_path, marketplace, Action.CANCEL, cancel_rows(range(100001, 100031)))
    assert job.state is JobState.FINISHED
    assert _outcomes(rows) == {Outcome.SUCCEEDED: 30}
    assert marketplace.pacer.rate_limited_count > 0


def test_rate_headers_keep_a_well_paced_job_free_of_429(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.05, cancel_budget=4, window_seconds=1.0)
    marketplace = marketplace_for(sandbox, batch_size=10, budgets={"cancel": 4}, window_seconds=1.0)
    job, _ = run_job(tmp_path, marketplace, Action.CANCEL, cancel_rows(range(100001, 100101)))
    assert job.state is JobState.FINISHED
    assert sandbox.state.request_count("orders/cancel", 429) == 0


def test_503s_are_retried_until_every_row_is_done(tmp_path: Path, aboutyou_sandbox: Any) -> None:
    sandbox = aboutyou_sandbox(latency=0.05, unavailable_share=0.3, seed=7)
    marketplace = marketplace_for(sandbox, batch_size=20, max_attempts=20)
    job, rows = run_job(tmp_path, marketplace, Action.CANCEL, cancel_rows(range(100001, 100201)))
    assert job.state is JobState.FINISHED
    assert _outcomes(rows) == {Outcome.SUCCEEDED: 200}
    assert sandbox.state.request_count(status=503) > 0
    assert max(sandbox.state.applied_per_item.values()) == 1


def test_timeouts_are_retried_and_dedup_prevents_double_application(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    # The batch outlives the late answer, so the identical re-send is deduplicated.
    sandbox = aboutyou_sandbox(latency=2.0, delay_share=0.3, delay_seconds=1.0, seed=3)
    marketplace = marketplace_for(sandbox, batch_size=20, timeout=0.4, max_attempts=20)
    job, rows = run_job(tmp_path, marketplace, Action.CANCEL, cancel_rows(range(100001, 100161)))
    assert job.state is JobState.FINISHED
    assert _outcomes(rows) == {Outcome.SUCCEEDED: 160}
    assert sandbox.state.request_count("orders/cancel") > 8  # some POSTs were sent twice
    assert max(sandbox.state.applied_per_item.values()) == 1


def test_a_resend_after_the_dedup_window_is_reported_in_doubt(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    # The batch is done before the late answer arrives: the re-send is a new batch.
    sandbox = aboutyou_sandbox(latency=0.2, delay_share=1.0, delay_seconds=0.6)
    marketplace = marketplace_for(sandbox, timeout=0.4, max_attempts=2)
    job, _ = run_job(tmp_path, marketplace, Action.CANCEL, cancel_rows([100001]))
    # Every answer is late: the job waits, and the row is recorded as possibly applied.
    assert job.state is JobState.WAITING
    assert Journal(tmp_path / "journal.sqlite3").in_doubt_lines(job.id) == [2]
    assert sandbox.state.item_status(100001) == "cancelled"
    assert max(sandbox.state.applied_per_item.values()) == 1


def test_retry_status_is_polled_through(tmp_path: Path, aboutyou_sandbox: Any) -> None:
    sandbox = aboutyou_sandbox(latency=0.05, retry_polls=3)
    job, rows = run_job(
        tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows(range(100001, 100011))
    )
    assert job.state is JobState.FINISHED
    assert _outcomes(rows) == {Outcome.SUCCEEDED: 10}


def test_failed_batch_fails_all_its_rows_with_a_clear_message(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.05, failed_batch_share=1.0)
    job, rows = run_job(
        tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows(range(100001, 100006))
    )
    assert job.state is JobState.FINISHED
    assert _outcomes(rows) == {Outcome.FAILED: 5}
    assert "could not process this batch" in rows[0].errors[0]


def test_a_marketplace_that_stays_down_leaves_the_job_waiting(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(unavailable_share=1.0)
    marketplace = marketplace_for(sandbox, max_attempts=3)
    job, rows = run_job(tmp_path, marketplace, Action.CANCEL, cancel_rows([100001, 100002]))
    assert job.state is JobState.WAITING
    assert _outcomes(rows) == {Outcome.PENDING: 2}


def test_a_wrong_key_interrupts_the_job_with_one_sentence(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox()
    marketplace = marketplace_for(sandbox, api_key="not-the-key")
    job, rows = run_job(tmp_path, marketplace, Action.CANCEL, cancel_rows([100001]))
    assert job.state is JobState.INTERRUPTED
    assert job.last_error is not None and "API key" in job.last_error
    assert "not-the-key" not in job.last_error
    assert _outcomes(rows) == {Outcome.PENDING: 1}


def test_a_batch_beyond_the_horizon_stalls_the_job(tmp_path: Path, aboutyou_sandbox: Any) -> None:
    sandbox = aboutyou_sandbox(latency=60.0)
    settings = replace(FAST, horizon_seconds=0.3)
    job, rows = run_job(
        tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows([100001]), settings
    )
    assert job.state is JobState.STALLED
    assert _outcomes(rows) == {Outcome.PENDING: 1}


def test_oversized_batches_are_split_until_the_marketplace_accepts_them(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.05, max_items=60)
    job, rows = run_job(
        tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows(range(100001, 100251))
    )
    assert job.state is JobState.FINISHED
    assert _outcomes(rows) == {Outcome.SUCCEEDED: 250}


def test_a_wrong_base_path_interrupts_instead_of_splitting_batches(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.05)
    wrong = replace(sandbox, base_url=sandbox.base_url + "/not-the-api")
    job, rows = run_job(
        tmp_path, marketplace_for(wrong), Action.CANCEL, cancel_rows(range(100001, 100251))
    )
    assert job.state is JobState.INTERRUPTED
    assert job.last_error is not None and "HTTP 404" in job.last_error
    assert _outcomes(rows) == {Outcome.PENDING: 250}
    assert sandbox.state.request_count() <= 2  # no bisection into 499 requests


def test_the_same_job_never_runs_in_two_runners(tmp_path: Path, aboutyou_sandbox: Any) -> None:
    sandbox = aboutyou_sandbox(latency=0.5)
    journal = Journal(tmp_path / "journal.sqlite3")
    job_id = journal.create_job(
        Action.CANCEL, "test", "aboutyou", "rows.csv", cancel_rows(range(100001, 100051))
    )
    second = Journal(tmp_path / "journal.sqlite3")  # as another window or process would

    async def main() -> tuple[JobRecord, BaseException | None]:
        first = asyncio.ensure_future(
            JobRunner(journal, marketplace_for(sandbox), settings=FAST).run(job_id)
        )
        await asyncio.sleep(0.2)
        try:
            await JobRunner(second, marketplace_for(sandbox), settings=FAST).run(job_id)
        except JobBusy as busy:
            return await first, busy
        return await first, None

    job, busy = asyncio.run(main())
    assert busy is not None and "will not be sent twice" in str(busy)
    assert job.state is JobState.FINISHED
    assert all(sandbox.state.applied_per_item[i] == 1 for i in range(100001, 100051))
