"""A re-send that meets a batch already done: a refusal is settled by the items' status, never
by bisection, and an unreadable status leaves the rows pending, never failed. Real HTTP against
the ABOUT YOU sandbox, whose clock moves only when a send goes out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from desktop_app.core.engine import APPLIED_NOTE, STATUS_UNREAD
from desktop_app.core.models import Action, JobState, Outcome
from tests.fixtures.sandboxes import ManualClock
from tests.integration.engine_helpers import cancel_rows, marketplace_for, run_job, ship_rows

IDS = range(100001, 100005)
BATCH_SECONDS = 5.0


class _BatchesDoneBySends(httpx.AsyncHTTPTransport):
    """Real HTTP. Every batch is done by the time the next send or results read goes out, but
    not while the order status is read: the first status check sees the lost batch in flight,
    and the byte-for-byte re-send arrives after it completed. Notes each POST's order items."""

    def __init__(self, clock: ManualClock) -> None:
        super().__init__()
        self._clock = clock
        self.posted: list[list[int]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            if self.posted:
                self._clock.advance(2 * BATCH_SECONDS)
            entries = json.loads(request.content)["items"]
            self.posted.append([i for e in entries for i in e.get("order_items", [e.get("id")])])
        elif "/results/" in request.url.path:
            self._clock.advance(2 * BATCH_SECONDS)
        return await super().handle_async_request(request)


def _sandbox(aboutyou_sandbox: Any, clock: ManualClock, **config: Any) -> Any:
    return aboutyou_sandbox(
        items=200, latency=BATCH_SECONDS, clock=clock, cut_answers=frozenset({1}), **config
    )


def test_a_refused_resend_is_settled_by_the_status_and_never_bisected(
    tmp_path: Path, aboutyou_sandbox: Any, manual_clock: ManualClock
) -> None:
    # The re-send of a ship done meanwhile is refused whole: "order item ... is shipped".
    sandbox = _sandbox(aboutyou_sandbox, manual_clock)
    transport = _BatchesDoneBySends(manual_clock)
    marketplace = marketplace_for(sandbox, transport=transport)

    job, rows = run_job(tmp_path, marketplace, Action.SHIP, ship_rows(IDS))

    assert job.state is JobState.FINISHED
    assert sandbox.state.request_count("orders/ship", 400) == 1  # the re-send was refused
    assert transport.posted == [list(IDS), list(IDS)]  # no half of it was ever sent again
    assert all(row.outcome is Outcome.SUCCEEDED for row in rows), rows
    assert all(row.errors == (APPLIED_NOTE,) for row in rows)
    assert all(sandbox.state.item_status(i) == "shipped" for i in IDS)
    assert max(sandbox.state.applied_per_item.values()) == 1


def test_an_unreadable_status_leaves_the_rows_pending_until_a_resume_reads_it(
    tmp_path: Path, aboutyou_sandbox: Any, manual_clock: ManualClock
) -> None:
    # Order listing reads: 1-2 the open items before the first send, 3 the check after the
    # lost answer (in flight), then the re-send's results refuse every row ("its status is
    # cancelled"), and the check of those (8 attempts) is answered 503.
    sandbox = _sandbox(aboutyou_sandbox, manual_clock, orders_503=frozenset(range(4, 12)))
    transport = _BatchesDoneBySends(manual_clock)

    job, rows = run_job(
        tmp_path, marketplace_for(sandbox, transport=transport), Action.CANCEL, cancel_rows(IDS)
    )

    assert sandbox.state.request_count("orders", 503) == 8
    assert job.state is JobState.WAITING
    # The sentence follows the marketplace's own reason: "{reason} The order status ...".
    assert job.last_error is not None
    assert STATUS_UNREAD.removeprefix("{reason} ") in job.last_error
    assert {row.outcome for row in rows} == {Outcome.PENDING}  # nothing is final yet

    job, rows = run_job(tmp_path, marketplace_for(sandbox), Action.CANCEL, [], job_id=job.id)

    assert job.state is JobState.FINISHED
    assert all(row.outcome is Outcome.SUCCEEDED for row in rows), rows
    assert all(row.errors == (APPLIED_NOTE,) for row in rows)
    assert max(sandbox.state.applied_per_item.values()) == 1


def test_results_and_status_both_unreadable_leave_the_job_waiting(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(
        items=200,
        latency=0.0,
        results_404=frozenset(range(1, 1000)),
        orders_503=frozenset(range(3, 11)),  # after the 2 reads before the first send
    )
    ids = range(100001, 100101)

    job, rows = run_job(tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows(ids))

    assert job.state is JobState.WAITING
    assert {row.outcome for row in rows} == {Outcome.PENDING}

    job, rows = run_job(tmp_path, marketplace_for(sandbox), Action.CANCEL, [], job_id=job.id)

    assert job.state is JobState.FINISHED
    assert {row.outcome for row in rows} == {Outcome.SUCCEEDED}
    assert all(row.errors == (APPLIED_NOTE,) for row in rows)
    assert len(sandbox.state.batches) == 1  # never sent twice
