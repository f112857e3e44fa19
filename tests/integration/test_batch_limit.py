"""A batch limit the marketplace states in its refusal is learned once, over real HTTP."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.journal import BatchStatus, Journal
from desktop_app.core.models import Action, JobState, Outcome
from tests.integration.engine_helpers import cancel_rows, marketplace_for, run_job, ship_rows


@pytest.mark.parametrize("as_422", [False, True], ids=["400-message", "422-detail"])
def test_a_stated_limit_of_60_costs_one_refusal_then_chunks_of_60(
    tmp_path: Path, aboutyou_sandbox: Any, as_422: bool
) -> None:
    sandbox = aboutyou_sandbox(latency=0.05, max_items=60, body_errors_as_422=as_422)
    job, rows = run_job(
        tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows(range(100001, 100601))
    )
    assert job.state is JobState.FINISHED
    assert {row.outcome for row in rows} == {Outcome.SUCCEEDED}
    refused = 422 if as_422 else 400
    assert sandbox.state.request_count("orders/cancel", refused) == 1  # no bisection at all
    journal = Journal(tmp_path / "journal.sqlite3")
    sizes = [
        len(json.loads(batch.payload)["items"])
        for batch in journal.batches(job.id)
        if batch.status == BatchStatus.COMPLETED
    ]
    assert sizes == [60] * 10
    assert max(sandbox.state.applied_per_item.values()) == 1


def test_a_ship_job_learns_the_limit_too(tmp_path: Path, aboutyou_sandbox: Any) -> None:
    sandbox = aboutyou_sandbox(latency=0.05, max_items=60)
    job, rows = run_job(
        tmp_path, marketplace_for(sandbox), Action.SHIP, ship_rows(range(100001, 100131))
    )
    assert job.state is JobState.FINISHED
    assert {row.outcome for row in rows} == {Outcome.SUCCEEDED}
    assert sandbox.state.request_count("orders/ship", 400) == 1
    assert sandbox.state.request_count("orders/ship", 200) == 3  # 60 + 60 + 10
