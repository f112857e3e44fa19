"""Jobs against the Unicommerce sandbox over real HTTP: one request per order, each answer
status mapped to rows, and a lost answer resumed without applying anything twice."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from desktop_app.core.engine import APPLIED_NOTE, EngineSettings, JobRunner
from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.http import new_http_client
from desktop_app.core.marketplaces.unicommerce.marketplace import (
    DEFAULT_BUDGETS,
    UnicommerceMarketplace,
)
from desktop_app.core.models import Action, InputRow, JobRecord, JobState, Outcome, RowResult
from desktop_app.core.pacing import PacingPolicy
from desktop_app.sandbox.unicommerce import SandboxItem, TimeoutAfterApply
from tests.fixtures.sandboxes import UnicommerceFactory, UnicommerceSandboxHandle

FAST_PACING = PacingPolicy(DEFAULT_BUDGETS, base_delay=0.01, max_delay=0.05, max_attempts=3)
# Long enough for any real answer on 127.0.0.1, short enough that a held one is lost quickly.
LOSING_TIMEOUT = httpx.Timeout(1.0)
HOLD = TimeoutAfterApply(requests=frozenset({2}), hang_seconds=10.0)


def cancel_row(line: int, item: SandboxItem, quantity: int | None = None) -> InputRow:
    details = {
        "order_id": item.order_id,
        "product_id": item.product_id,
        "variant_id": item.variant_id,
        "quantity": str(quantity or item.open_quantity),
    }
    return InputRow(line, (item.order_item_id,), details=details)


def dispatch_row(line: int, item: SandboxItem, tracking: str = "") -> InputRow:
    details = {"order_id": item.order_id, "quantity": str(item.open_quantity)}
    if tracking:
        details |= {
            "tracking_id": tracking,
            "delivery_partner": "Shiprocket",
            "delivery_courier": "Bluedart",
            "dispatch_date": "2026-11-23T10:15:00+05:30",
            "invoice_date": "2026-11-23",
            "invoice_number": f"INV-{tracking}",
            "tracking_url": f"https://track.example/{tracking}",
        }
    return InputRow(line, (item.order_item_id,), details=details)


def items(sandbox: UnicommerceSandboxHandle, *ids: str) -> list[SandboxItem]:
    return [sandbox.state.items[item_id] for item_id in ids]


@dataclass
class Job:
    """A job in a journal on disk, run by a fresh marketplace each time (like a new process)."""

    sandbox: UnicommerceSandboxHandle
    journal_file: Path
    job_id: int

    def run(self, transport: httpx.AsyncBaseTransport | None = None) -> JobRecord:
        async def main() -> JobRecord:
            http = new_http_client(
                self.sandbox.base_url, timeout=LOSING_TIMEOUT, transport=transport
            )
            marketplace = UnicommerceMarketplace(
                http,
                self.sandbox.base_url,
                self.sandbox.username,
                self.sandbox.password,
                pacing=FAST_PACING,
            )
            journal = Journal(self.journal_file)
            try:
                return await JobRunner(journal, marketplace, settings=EngineSettings()).run(
                    self.job_id
                )
            finally:
                journal.close()
                await marketplace.aclose()

        return asyncio.run(main())

    def rows(self) -> list[RowResult]:
        journal = Journal(self.journal_file)
        try:
            return journal.rows(self.job_id)
        finally:
            journal.close()

    def sent_bodies(self) -> list[dict[str, object]]:
        journal = Journal(self.journal_file)
        try:
            return [json.loads(batch.payload)["body"] for batch in journal.batches(self.job_id)]
        finally:
            journal.close()


def new_job(
    tmp_path: Path, sandbox: UnicommerceSandboxHandle, action: Action, rows: Sequence[InputRow]
) -> Job:
    journal_file = tmp_path / "journal.sqlite3"
    journal = Journal(journal_file)
    try:
        job_id = journal.create_job(action, "shop", "unicommerce", "rows.csv", rows)
    finally:
        journal.close()
    return Job(sandbox, journal_file, job_id)


def outcomes(rows: Sequence[RowResult]) -> dict[int, Outcome]:
    return {row.line: row.outcome for row in rows}


def test_cancel_rows_travel_one_request_per_order_in_file_order(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory
) -> None:
    sandbox = unicommerce_sandbox()
    a1, b1, a2, c1, b2 = items(
        sandbox, "UC-10007-1", "UC-10008-1", "UC-10007-2", "UC-10001-1", "UC-10008-2"
    )
    rows = [cancel_row(line, item) for line, item in enumerate((a1, b1, a2, c1, b2), start=2)]
    job = new_job(tmp_path, sandbox, Action.CANCEL, rows)

    record = job.run()

    assert record.state is JobState.FINISHED
    assert set(outcomes(job.rows()).values()) == {Outcome.SUCCEEDED}
    bodies = job.sent_bodies()
    assert [body["orderId"] for body in bodies] == ["UC-10007", "UC-10008", "UC-10001"]
    assert sandbox.state.update_requests == 3
    assert all(sandbox.state.item_status(item.order_item_id) == "CANCELLED" for item in (a1, b2))


def test_failed_answer_fails_every_row_of_the_order_with_the_marketplace_reason(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory
) -> None:
    sandbox = unicommerce_sandbox()
    done = sandbox.state.items["UC-10004-1"]  # cancelled in the demo data
    job = new_job(tmp_path, sandbox, Action.CANCEL, [cancel_row(2, done, quantity=1)])

    job.run()

    (row,) = job.rows()
    assert row.outcome is Outcome.FAILED
    assert row.errors == ("order item UC-10004-1 is already cancelled",)


def test_partial_success_fails_only_the_items_the_marketplace_names(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory
) -> None:
    sandbox = unicommerce_sandbox()
    already, open_a, open_b = items(sandbox, "UC-10009-1", "UC-10009-2", "UC-10009-3")
    rows = [
        cancel_row(2, already, quantity=1),
        cancel_row(3, open_a),
        cancel_row(4, open_b, quantity=open_b.quantity + 1),
    ]
    job = new_job(tmp_path, sandbox, Action.CANCEL, rows)

    job.run()

    result = {row.line: row for row in job.rows()}
    assert sandbox.state.update_requests == 1
    assert result[3].outcome is Outcome.SUCCEEDED
    assert result[2].errors == ("order item UC-10009-1 is already cancelled",)
    assert result[4].outcome is Outcome.FAILED
    assert "more than the 3 still open" in result[4].errors[0]
    assert sandbox.state.item_status("UC-10009-2") == "CANCELLED"
    assert sandbox.state.applied_count("UC-10009-3") == 0


def test_dispatch_sends_one_request_per_parcel_with_its_self_shipping(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory
) -> None:
    sandbox = unicommerce_sandbox()
    first, second, third = items(sandbox, "UC-10012-1", "UC-10012-2", "UC-10016-1")
    rows = [
        dispatch_row(2, first, tracking="AWB1"),
        dispatch_row(3, third),  # shipped by the marketplace: no selfShipping
        dispatch_row(4, second, tracking="AWB1"),
    ]
    job = new_job(tmp_path, sandbox, Action.SHIP, rows)

    job.run()

    assert set(outcomes(job.rows()).values()) == {Outcome.SUCCEEDED}
    parcel, plain = job.sent_bodies()
    assert [item["orderItemId"] for item in parcel["orderItems"]] == ["UC-10012-1", "UC-10012-2"]
    assert parcel["selfShipping"] == {
        "trackingId": "AWB1",
        "deliveryPartner": "Shiprocket",
        "deliveryCourier": "Bluedart",
        "dispatchDate": "2026-11-23T04:45:00",  # UTC without offset, as the protocol wants
        "invoiceDate": "2026-11-23",
        "invoiceNumber": "INV-AWB1",
        "trackingURL": "https://track.example/AWB1",
    }
    assert "selfShipping" not in plain
    assert sandbox.state.item_status("UC-10016-1") == "DISPATCHED"


def test_a_lost_cancel_answer_is_settled_by_the_status_sync_at_once(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory
) -> None:
    sandbox = unicommerce_sandbox(timeout_after_apply=HOLD)
    ok_item, held_good, held_bad, later = items(
        sandbox, "UC-10001-1", "UC-10017-1", "UC-10017-2", "UC-10002-1"
    )
    rows = [
        cancel_row(2, ok_item),
        cancel_row(3, held_good),  # request 2: applied, then its answer is held back
        cancel_row(4, held_bad, quantity=held_bad.quantity + 1),  # refused inside request 2
        cancel_row(5, later),
    ]
    job = new_job(tmp_path, sandbox, Action.CANCEL, rows)

    assert job.run().state is JobState.FINISHED

    result = {row.line: row for row in job.rows()}
    assert result[2].outcome is Outcome.SUCCEEDED
    assert result[3].outcome is Outcome.SUCCEEDED
    assert result[3].errors == (APPLIED_NOTE,)
    assert result[4].outcome is Outcome.FAILED  # re-sent alone, refused for its real reason
    assert result[4].errors == (
        f"quantity {held_bad.quantity + 1} is more than the {held_bad.quantity} still open"
        f" on order item {held_bad.order_item_id}",
    )
    assert result[5].outcome is Outcome.SUCCEEDED
    assert sandbox.state.update_requests == 4  # the lost request was not sent again whole
    for item in (ok_item, held_good, later):
        assert sandbox.state.applied_count(item.order_item_id) == 1
    assert sandbox.state.applied_count(held_bad.order_item_id) == 0


def test_lost_dispatch_answer_is_reconciled_through_the_order_of_each_item(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory
) -> None:
    sandbox = unicommerce_sandbox(timeout_after_apply=HOLD)
    first_parcel, held_a, held_b = items(sandbox, "UC-10006-1", "UC-10018-1", "UC-10018-2")
    rows = [
        dispatch_row(2, first_parcel, tracking="AWB1"),
        dispatch_row(3, held_a, tracking="AWB2"),
        dispatch_row(4, held_b, tracking="AWB2"),
    ]
    job = new_job(tmp_path, sandbox, Action.SHIP, rows)

    assert job.run().state is JobState.FINISHED

    assert set(outcomes(job.rows()).values()) == {Outcome.SUCCEEDED}
    assert sandbox.state.update_requests == 2
    for item in (first_parcel, held_a, held_b):
        assert sandbox.state.item_status(item.order_item_id) == "DISPATCHED"
        assert sandbox.state.applied_count(item.order_item_id) == 1


class UpdatesNeverLeave(httpx.AsyncBaseTransport):
    """Real HTTP, except that every cancel or dispatch fails to connect: nothing arrives."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.startswith("/orders/"):
            raise httpx.ConnectError("connection refused", request=request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def partly_cancelled_item(sandbox: UnicommerceSandboxHandle) -> SandboxItem:
    """An open item of quantity 2 or more, one unit of it cancelled earlier."""
    item = next(item for item in sandbox.open_items() if item.quantity >= 2)
    item.cancelled_quantity = 1
    return item


def test_a_part_cancel_that_never_arrived_is_told_apart_by_the_state_before_the_send(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory
) -> None:
    sandbox = unicommerce_sandbox()
    item = partly_cancelled_item(sandbox)
    job = new_job(tmp_path, sandbox, Action.CANCEL, [cancel_row(2, item, quantity=1)])

    assert job.run(UpdatesNeverLeave()).state is JobState.WAITING
    assert sandbox.state.update_requests == 0
    assert job.run().state is JobState.FINISHED

    # The sync shows 1 cancelled, as it would had the request arrived; but 1 was cancelled
    # before the first send too, so it did not arrive: sent again, once.
    (row,) = job.rows()
    assert row.outcome is Outcome.SUCCEEDED
    assert APPLIED_NOTE not in row.errors
    assert sandbox.state.update_requests == 1
    assert item.cancelled_quantity == 2


def test_a_part_cancel_that_never_arrived_is_sent_when_the_row_says_what_was_done_before(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory
) -> None:
    sandbox = unicommerce_sandbox()
    item = partly_cancelled_item(sandbox)
    row = cancel_row(2, item, quantity=1)
    row.details = {**row.details, "cancelled_quantity": "1"}
    job = new_job(tmp_path, sandbox, Action.CANCEL, [row])

    assert job.run(UpdatesNeverLeave()).state is JobState.WAITING
    assert json.loads(job_payloads(job)[0])["doneBefore"] == {item.order_item_id: 1}
    assert job.run().state is JobState.FINISHED

    (result,) = job.rows()
    assert result.outcome is Outcome.SUCCEEDED
    assert APPLIED_NOTE not in result.errors
    assert sandbox.state.applied_count(item.order_item_id) == 1
    assert item.cancelled_quantity == 2


def test_a_lost_part_cancel_answer_is_applied_when_the_done_quantity_grew_by_it(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory
) -> None:
    sandbox = unicommerce_sandbox(timeout_after_apply=TimeoutAfterApply(requests=frozenset({1})))
    item = partly_cancelled_item(sandbox)
    row = cancel_row(2, item, quantity=1)
    row.details = {**row.details, "cancelled_quantity": "1"}
    job = new_job(tmp_path, sandbox, Action.CANCEL, [row])

    assert job.run().state is JobState.FINISHED

    (result,) = job.rows()
    assert result.outcome is Outcome.SUCCEEDED
    assert result.errors == (APPLIED_NOTE,)
    assert sandbox.state.update_requests == 1
    assert sandbox.state.applied_count(item.order_item_id) == 1


def job_payloads(job: Job) -> list[str]:
    journal = Journal(job.journal_file)
    try:
        return [batch.payload for batch in journal.batches(job.job_id)]
    finally:
        journal.close()
