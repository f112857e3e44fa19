"""Answers lost after the marketplace acted: every row ends with the truth, and no batch is
sent twice where the items' status shows it applied. Real HTTP against the ABOUT YOU sandbox."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.engine import APPLIED_NOTE
from desktop_app.core.models import Action, JobState, Outcome, RowResult
from tests.integration.engine_helpers import cancel_rows, marketplace_for, run_job, ship_rows

TARGET = {Action.CANCEL: "cancelled", Action.SHIP: "shipped"}


def assert_truthful(rows: list[RowResult], sandbox: Any, action: Action) -> None:
    """No row failed while its item was applied, none succeeded while it was not."""
    for row in rows:
        applied = all(sandbox.state.item_status(i) == TARGET[action] for i in row.order_items)
        assert (row.outcome is Outcome.SUCCEEDED) == applied, row
    assert max(sandbox.state.applied_per_item.values()) == 1


@pytest.mark.parametrize("action", [Action.CANCEL, Action.SHIP])
@pytest.mark.parametrize(
    ("latency", "noted"),
    [(0.0, True), (1.5, False)],
    ids=["batch-done-before-the-check", "batch-still-in-flight"],
)
def test_a_connection_dropped_after_the_post_was_accepted(
    tmp_path: Path, aboutyou_sandbox: Any, action: Action, latency: float, noted: bool
) -> None:
    sandbox = aboutyou_sandbox(items=400, latency=latency, cut_answers=frozenset({1, 2, 3}))
    rows_in = (cancel_rows if action is Action.CANCEL else ship_rows)(range(100001, 100301))
    job, rows = run_job(tmp_path, marketplace_for(sandbox, batch_size=100), action, rows_in)
    assert job.state is JobState.FINISHED
    assert {row.outcome for row in rows} == {Outcome.SUCCEEDED}
    assert_truthful(rows, sandbox, action)
    # Done: settled by its status. In flight: the same bytes met the deduplication.
    assert len(sandbox.state.batches) == 3
    assert all((APPLIED_NOTE in row.errors) == noted for row in rows)


def test_a_result_answered_404_is_asked_again(tmp_path: Path, aboutyou_sandbox: Any) -> None:
    sandbox = aboutyou_sandbox(items=200, latency=0.1, results_404=frozenset({1}))
    job, rows = run_job(
        tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows(range(100001, 100101))
    )
    assert job.state is JobState.FINISHED
    assert {row.outcome for row in rows} == {Outcome.SUCCEEDED}
    assert sandbox.state.request_count("results/cancel-orders", 404) == 1
    assert_truthful(rows, sandbox, Action.CANCEL)


def test_results_that_stay_404_are_settled_through_the_items_status(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(items=200, latency=0.0, results_404=frozenset(range(1, 50)))
    ids = range(100001, 100101)
    job, rows = run_job(tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows(ids))
    assert job.state is JobState.FINISHED
    assert {row.outcome for row in rows} == {Outcome.SUCCEEDED}
    assert all(APPLIED_NOTE in row.errors for row in rows)
    assert len(sandbox.state.batches) == 1  # never sent twice
    assert_truthful(rows, sandbox, Action.CANCEL)
