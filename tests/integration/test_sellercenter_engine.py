"""The SellerCenter adapter under the real engine, against the sandbox over HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import httpx

from desktop_app.core.engine import APPLIED_NOTE, JobRunner
from desktop_app.core.importing import import_file
from desktop_app.core.importing.spec import RowSpec
from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.sellercenter import SellerCenterClient
from desktop_app.core.marketplaces.sellercenter.marketplace import (
    DEFAULT_BUDGETS,
    SellerCenterMarketplace,
)
from desktop_app.core.models import Action, InputRow, JobRecord, JobState, Outcome, RowResult
from desktop_app.core.pacing import PacingPolicy
from tests.fixtures.sandboxes import SellerCenterFactory, SellerCenterHandle

T = TypeVar("T")
OUT_OF_STOCK = "Out of stock"


def marketplace_for(
    sandbox: SellerCenterHandle,
    *,
    api_key: str | None = None,
    budgets: dict[str, int] | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    options: dict[str, str] | None = None,
) -> SellerCenterMarketplace:
    policy = PacingPolicy(
        {**DEFAULT_BUDGETS, "cancel": 10_000, "ship": 10_000, "lookup": 10_000, **(budgets or {})},
        base_delay=0.02,
        max_delay=0.1,
        default_retry_after=0.5,
    )
    return SellerCenterMarketplace(
        sandbox.base_url,
        sandbox.user_id,
        api_key or sandbox.api_key,
        pacing=policy,
        transport=transport,
        # The platform the sandbox plays: Falabella by default, like a new profile.
        options={"platform": sandbox.state.config.platform, **(options or {})},
        timeout=httpx.Timeout(5.0),
    )


def cancel_rows(ids: Sequence[int], reason: str = OUT_OF_STOCK) -> list[InputRow]:
    return [
        InputRow(line, (item,), details={"reason": reason, "reason_detail": f"row {line}"})
        for line, item in enumerate(ids, start=2)
    ]


def ship_row(line: int, ids: Sequence[int], provider: str, tracking: str) -> InputRow:
    details = {
        "shipping_provider": provider,
        "tracking_number": tracking,
        "delivery_type": "dropship",
    }
    return InputRow(line, tuple(ids), details=details)


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coroutine)


async def _row_spec(marketplace: SellerCenterMarketplace, action: Action) -> RowSpec:
    try:
        return await marketplace.row_spec(action)
    finally:
        await marketplace.aclose()


def run_job(
    tmp_path: Path,
    marketplace: SellerCenterMarketplace,
    action: Action,
    rows: Sequence[InputRow],
    before: Callable[[Journal, int], None] | None = None,
) -> tuple[JobRecord, list[RowResult]]:
    journal = Journal(tmp_path / "journal.sqlite3")
    job_id = journal.create_job(action, "shop", "sellercenter", "rows.csv", rows)
    if before is not None:
        before(journal, job_id)

    async def main() -> JobRecord:
        try:
            return await JobRunner(journal, marketplace).run(job_id)
        finally:
            await marketplace.aclose()

    job = run(main())
    result = journal.rows(job_id)
    journal.close()
    return job, result


def test_cancel_rows_are_applied_once_each_with_their_reason_and_detail(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox()
    ids = sandbox.pending_ids(5)
    job, rows = run_job(tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows(ids))
    assert job.state is JobState.FINISHED
    assert [row.outcome for row in rows] == [Outcome.SUCCEEDED] * 5
    for line, item_id in enumerate(ids, start=2):
        item = sandbox.state.items[item_id]
        assert (item.status, item.reason, item.reason_detail) == (
            "canceled",
            OUT_OF_STOCK,
            f"row {line}",
        )
        assert sandbox.state.applications[item_id] == 1


def test_item_rule_refusals_fail_their_row_alone_with_a_plain_sentence(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox()
    good = sandbox.pending_ids(2)
    shipped = sandbox.state.ids_with_status("shipped")[0]
    rows = cancel_rows([good[0], shipped, 999_999_999, good[1]])
    rows[3] = InputRow(5, (good[1],), details={"reason": "Customer not reachable"})  # not cancel
    job, result = run_job(tmp_path, marketplace_for(sandbox), Action.CANCEL, rows)
    assert job.state is JobState.FINISHED
    outcomes = {row.line: row.outcome for row in result}
    assert outcomes == {
        2: Outcome.SUCCEEDED,
        3: Outcome.FAILED,
        4: Outcome.FAILED,
        5: Outcome.FAILED,
    }
    errors = {row.line: " ".join(row.errors) for row in result}
    assert f"Order item {shipped} is no longer pending" in errors[3] and "E028" in errors[3]
    assert "does not know order item 999999999" in errors[4] and "E020" in errors[4]
    assert "cancel reason" in errors[5] and "E022" in errors[5]
    assert sandbox.state.status(good[1]) == "pending"


def test_ship_packs_then_marks_ready_to_ship_with_the_tracking_number(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(platform="generic")  # the older flow: provider, tracking
    ids = sandbox.pending_order()
    row = ship_row(2, ids, "DHL", "4711000001")
    job, rows = run_job(tmp_path, marketplace_for(sandbox), Action.SHIP, [row])
    assert job.state is JobState.FINISHED, job.last_error
    assert rows[0].outcome is Outcome.SUCCEEDED, rows[0].errors
    for item_id in ids:
        item = sandbox.state.items[item_id]
        assert (item.status, item.packed, item.tracking_code) == (
            "ready_to_ship",
            True,
            "4711000001",
        )
        assert sandbox.state.applications[item_id] == 2  # packed once, ready to ship once


def test_tracking_number_off_the_provider_format_is_refused_before_anything_is_sent(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(platform="generic")  # the older flow: provider, tracking
    first, second = sandbox.pending_ids(2)
    csv = tmp_path / "ship.csv"
    csv.write_text(
        "Bestellposition;Versanddienstleister;Sendungsnummer\n"
        f"{first};GDEX;123\n"
        f"{second};aramex;JM12345678\n",
        encoding="utf-8",
    )
    spec = run(_row_spec(marketplace_for(sandbox), Action.SHIP))
    imported = import_file(csv, Action.SHIP, spec=spec)
    bad, good = imported.rows
    assert bad.outcome is Outcome.INVALID
    assert "not in GDEX's format" in bad.errors[0] and "12345678901234567890" in bad.errors[0]
    assert good.outcome is Outcome.VALID and good.details["shipping_provider"] == "Aramex"

    _, rows = run_job(tmp_path, marketplace_for(sandbox), Action.SHIP, imported.rows)
    assert [row.outcome for row in rows] == [Outcome.INVALID, Outcome.SUCCEEDED]
    assert sandbox.state.status(first) == "pending"
    assert first not in sandbox.state.applications


def test_throttled_requests_wait_and_every_row_still_succeeds(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(budget=3, window_seconds=1.0)
    ids = sandbox.pending_ids(6)
    marketplace = marketplace_for(sandbox)
    job, rows = run_job(tmp_path, marketplace, Action.CANCEL, cancel_rows(ids))
    assert job.state is JobState.FINISHED
    assert [row.outcome for row in rows] == [Outcome.SUCCEEDED] * 6
    assert marketplace.pacer.rate_limited_count > 0
    assert all(sandbox.state.applications[i] == 1 for i in ids)


def test_a_wrong_api_key_interrupts_the_job_asking_to_check_the_user_id_and_key(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox()
    ids = sandbox.pending_ids(3)
    marketplace = marketplace_for(sandbox, api_key="not-the-key")
    job, rows = run_job(tmp_path, marketplace, Action.CANCEL, cancel_rows(ids))
    assert job.state is JobState.INTERRUPTED
    assert job.last_error is not None and "check the user id and API key" in job.last_error
    assert "not-the-key" not in job.last_error
    assert {row.outcome for row in rows} <= {Outcome.PENDING, Outcome.FAILED}
    assert not sandbox.state.applications


def test_a_computer_clock_far_off_interrupts_the_job_asking_to_check_the_clock(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(clock=lambda: datetime.now(UTC) + timedelta(hours=2))
    job, _ = run_job(
        tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows(sandbox.pending_ids(1))
    )
    assert job.state is JobState.INTERRUPTED
    assert job.last_error is not None and "check the computer's clock" in job.last_error


def test_resume_after_a_lost_cancel_answer_finds_it_applied_and_does_not_send_again(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox()
    applied, unsent = sandbox.pending_ids(2)
    rows = cancel_rows([applied, unsent])
    marketplace = marketplace_for(sandbox)

    def crashed_after_sending(journal: Journal, job_id: int) -> None:
        # Both rows were journaled; the first reached SellerCenter, its answer was lost.
        for row in journal.unbatched_rows(job_id):
            journal.add_batch(job_id, marketplace.build_payload(Action.CANCEL, [row]), [row.line])
        item = sandbox.state.items[applied]
        item.status, item.reason = "canceled", OUT_OF_STOCK
        sandbox.state.applications[applied] += 1

    job, result = run_job(tmp_path, marketplace, Action.CANCEL, rows, crashed_after_sending)
    assert job.state is JobState.FINISHED
    assert [row.outcome for row in result] == [Outcome.SUCCEEDED, Outcome.SUCCEEDED]
    assert APPLIED_NOTE in result[0].errors
    assert sandbox.state.applications[applied] == 1
    assert sandbox.state.applications[unsent] == 1


def test_resume_after_packing_sends_only_ready_to_ship(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(platform="generic")  # the older flow: provider, tracking
    ids = sandbox.pending_order()
    row = ship_row(2, ids, "Aramex", "JM00000042")
    marketplace = marketplace_for(sandbox)

    def crashed_between_pack_and_ready(journal: Journal, job_id: int) -> None:
        (pending,) = journal.unbatched_rows(job_id)
        journal.add_batch(job_id, marketplace.build_payload(Action.SHIP, [pending]), [2])
        run(_pack(sandbox, ids))

    job, result = run_job(tmp_path, marketplace, Action.SHIP, [row], crashed_between_pack_and_ready)
    assert job.state is JobState.FINISHED
    assert result[0].outcome is Outcome.SUCCEEDED, result[0].errors
    assert all(sandbox.state.status(i) == "ready_to_ship" for i in ids)
    assert all(sandbox.state.applications[i] == 2 for i in ids)  # one pack, one ready to ship


async def _pack(sandbox: SellerCenterHandle, ids: list[int]) -> None:
    async with httpx.AsyncClient(timeout=5.0, follow_redirects=False) as http:
        client = SellerCenterClient(http, sandbox.base_url, sandbox.user_id, sandbox.api_key)
        await client.set_status_to_packed_by_marketplace(ids, "dropship", "Aramex")


class _LoseFirstCancelAnswer(httpx.AsyncBaseTransport):
    """Delivers every request, but the answer to the first cancel never arrives (a timeout)."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.lost = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if b"SetStatusToCanceled" in request.url.query and not self.lost:
            self.lost += 1
            await response.aread()
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def test_a_retry_meeting_wrong_status_after_a_lost_answer_counts_as_done(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox()
    ids = sandbox.pending_ids(2)
    transport = _LoseFirstCancelAnswer()
    marketplace = marketplace_for(sandbox, transport=transport)
    _, rows = run_job(tmp_path, marketplace, Action.CANCEL, cancel_rows(ids))
    assert transport.lost == 1
    assert [row.outcome for row in rows] == [Outcome.SUCCEEDED, Outcome.SUCCEEDED], rows
    assert all(sandbox.state.applications[i] == 1 for i in ids)


class _CountCalls(httpx.AsyncBaseTransport):
    """Real HTTP, counting the calls by their Action parameter."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.actions: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.actions.append(request.url.params.get("Action", ""))
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def test_a_resumed_ship_job_does_not_answer_a_later_cancel_of_its_items_unsent(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(platform="generic")  # the older flow: provider, tracking
    ids = sandbox.pending_order()
    transport = _CountCalls()
    marketplace = marketplace_for(sandbox, transport=transport)
    journal = Journal(tmp_path / "journal.sqlite3")
    ship = journal.create_job(
        Action.SHIP, "shop", "sellercenter", "rows.csv", [ship_row(2, ids, "Aramex", "JM01")]
    )
    (pending,) = journal.unbatched_rows(ship)
    journal.add_batch(ship, marketplace.build_payload(Action.SHIP, [pending]), [2])
    for item in ids:  # shipped before a crash; the answer was lost
        sandbox.state.items[item].status = "ready_to_ship"
    cancel = journal.create_job(
        Action.CANCEL, "shop", "sellercenter", "c.csv", cancel_rows(ids[:1])
    )

    async def main() -> None:
        try:
            runner = JobRunner(journal, marketplace)
            assert (await runner.run(ship)).state is JobState.FINISHED
            transport.actions.clear()
            await runner.run(cancel)  # the same session: the same marketplace object
        finally:
            await marketplace.aclose()

    run(main())
    (row,) = journal.rows(cancel)
    journal.close()
    assert "SetStatusToCanceled" in transport.actions  # asked SellerCenter, not a memory
    assert sandbox.state.status(ids[0]) == "canceled" or row.outcome is Outcome.FAILED
