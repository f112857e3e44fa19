"""Falabella ship jobs under the real engine, against the sandbox over HTTP on 127.0.0.1: the
pack / PackageId / ready-to-ship flow, lost answers, interruptions, and dated order listings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.sellercenter.marketplace import SellerCenterMarketplace
from desktop_app.core.models import Action, InputRow, JobState, Outcome, RowResult
from tests.fixtures.sandboxes import SellerCenterFactory, SellerCenterHandle
from tests.integration.test_sellercenter_engine import (
    marketplace_for,
    run,
    run_job,
)

SELLER = "SC12345"


def falabella_for(
    sandbox: SellerCenterHandle, transport: httpx.AsyncBaseTransport | None = None
) -> SellerCenterMarketplace:
    return marketplace_for(sandbox, transport=transport, options={"seller_id": SELLER})


def ship_row(line: int, ids: Sequence[int], delivery: str = "dropship") -> InputRow:
    return InputRow(line, tuple(ids), details={"delivery_type": delivery})


class _Recorder(httpx.AsyncBaseTransport):
    """Real HTTP; remembers each request's parameters, and can lose the answers of the first
    `lose` calls of one action after the sandbox applied them (a timeout)."""

    def __init__(self, lose_action: str = "", lose: int = 0) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.calls: list[dict[str, str]] = []
        self.agents: list[str] = []
        self._lose_action, self._lose = lose_action, lose

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        self.calls.append(params)
        self.agents.append(request.headers.get("user-agent", ""))
        response = await self._inner.handle_async_request(request)
        if params.get("Action") == self._lose_action and self._lose > 0:
            self._lose -= 1
            await response.aread()
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return response

    def sent(self, action: str) -> list[dict[str, str]]:
        return [call for call in self.calls if call.get("Action") == action]

    async def aclose(self) -> None:
        await self._inner.aclose()


COMMON = {"Action", "Format", "Timestamp", "UserID", "Version", "Signature"}


def test_a_falabella_ship_job_packs_reads_the_package_id_and_marks_ready_to_ship(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(seller_id=SELLER)
    ids = sandbox.pending_order()
    transport = _Recorder()
    job, rows = run_job(
        tmp_path, falabella_for(sandbox, transport), Action.SHIP, [ship_row(2, ids)]
    )
    assert job.state is JobState.FINISHED, job.last_error
    assert rows[0].outcome is Outcome.SUCCEEDED, rows[0].errors
    (pack,) = transport.sent("SetStatusToPackedByMarketplace")
    assert set(pack) - COMMON == {"OrderItemIds", "DeliveryType"}
    (ready,) = transport.sent("SetStatusToReadyToShip")
    assert set(ready) - COMMON == {"OrderItemIds", "PackageId"}
    assert ready["PackageId"] == sandbox.state.items[ids[0]].package_id
    actions = [call["Action"] for call in transport.calls]
    between = actions[
        actions.index("SetStatusToPackedByMarketplace") : actions.index("SetStatusToReadyToShip")
    ]
    assert "GetOrderItems" in between  # the PackageId is read after packing
    for item in ids:
        assert sandbox.state.status(item) == "ready_to_ship"
        assert (sandbox.state.packs[item], sandbox.state.ships[item]) == (1, 1)
    # Every request carried `SellerId/Python/<version>`, as the sandbox checked.
    assert transport.agents and all(a.startswith(f"{SELLER}/Python/3.") for a in transport.agents)
    assert all(call.get("Version") == "2.0" for call in transport.sent("GetOrders"))


def test_pickup_rows_carry_no_provider_or_tracking(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(seller_id=SELLER, platform="generic")
    ids = sandbox.pending_order()
    transport = _Recorder()
    row = InputRow(
        2,
        tuple(ids),
        details={"delivery_type": "pickup", "shipping_provider": "DHL", "tracking_number": "1"},
    )
    _, rows = run_job(tmp_path, falabella_for(sandbox, transport), Action.SHIP, [row])
    assert rows[0].outcome is Outcome.SUCCEEDED, rows[0].errors  # no E091
    for call in transport.sent("SetStatusToPackedByMarketplace") + transport.sent(
        "SetStatusToReadyToShip"
    ):
        assert "ShippingProvider" not in call and "TrackingNumber" not in call


def test_a_pending_item_with_a_package_id_from_the_start_is_still_packed_first(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(seller_id=SELLER)
    order = next(
        o
        for o in sandbox.state.orders.values()
        if all(sandbox.state.items[i].status == "pending" for i in o.item_ids)
        and sandbox.state.items[o.item_ids[0]].package_id
    )
    transport = _Recorder()
    _, rows = run_job(
        tmp_path, falabella_for(sandbox, transport), Action.SHIP, [ship_row(2, order.item_ids)]
    )
    assert rows[0].outcome is Outcome.SUCCEEDED, rows[0].errors
    assert len(transport.sent("SetStatusToPackedByMarketplace")) == 1
    assert all(sandbox.state.packs[i] == 1 for i in order.item_ids)


def test_three_lost_pack_answers_pack_the_item_once(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(seller_id=SELLER)
    ids = sandbox.pending_order()
    transport = _Recorder("SetStatusToPackedByMarketplace", lose=3)
    job, rows = run_job(
        tmp_path, falabella_for(sandbox, transport), Action.SHIP, [ship_row(2, ids)]
    )
    assert rows[0].outcome is Outcome.SUCCEEDED, (job.last_error, rows[0].errors)
    assert all(sandbox.state.packs[i] == 1 for i in ids), sandbox.state.packs
    assert all(sandbox.state.ships[i] == 1 for i in ids)


def test_a_lost_ready_to_ship_answer_is_settled_by_the_status_not_sent_again(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(seller_id=SELLER)
    ids = sandbox.pending_order()
    transport = _Recorder("SetStatusToReadyToShip", lose=1)
    _, rows = run_job(tmp_path, falabella_for(sandbox, transport), Action.SHIP, [ship_row(2, ids)])
    assert rows[0].outcome is Outcome.SUCCEEDED, rows[0].errors
    assert len(transport.sent("SetStatusToReadyToShip")) == 1
    assert all(sandbox.state.ships[i] == 1 for i in ids)


def _crash_after_state_before(
    marketplace: SellerCenterMarketplace,
    apply: bool,
    ids: Sequence[int],
    sandbox: SellerCenterHandle,
) -> Callable[[Journal, int], None]:
    """Journal the batch as the engine does (with its state before, read by a marketplace of
    the crashed process), then 'send' it and lose the answer: the process died."""

    def hook(journal: Journal, job_id: int) -> None:
        (row,) = journal.unbatched_rows(job_id)
        payload = marketplace.build_payload(Action.SHIP, [row])
        crashed = falabella_for(sandbox)

        async def read() -> str | None:
            try:
                return await crashed.state_before(Action.SHIP, payload)
            finally:
                await crashed.aclose()

        journal.add_batch(job_id, payload, [row.line], run(read()))
        if apply:
            for item in ids:
                sandbox.state.items[item].status = "ready_to_ship"

    return hook


@pytest.mark.parametrize("platform", ["falabella", "generic"])
def test_an_item_already_shipped_before_the_job_reads_as_an_uninterrupted_run_reads_it(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory, platform: str
) -> None:
    def already_shipped_order(sandbox: SellerCenterHandle) -> list[int]:
        ids = sandbox.pending_order()
        for item in ids:  # shipped by someone else, with another tracking number
            shipped = sandbox.state.items[item]
            shipped.status, shipped.packed, shipped.tracking_code = (
                "ready_to_ship",
                True,
                "9000000001",
            )
            shipped.package_id = f"PKG{shipped.order_id:010d}"
        return ids

    details = {
        "delivery_type": "dropship",
        "shipping_provider": "DHL",
        "tracking_number": "4711000009",
    }
    straight = sellercenter_sandbox(seller_id=SELLER, platform=platform)
    ids = already_shipped_order(straight)
    _, uninterrupted = run_job(
        tmp_path / "a",
        falabella_for(straight),
        Action.SHIP,
        [InputRow(2, tuple(ids), details=details)],
    )

    interrupted = sellercenter_sandbox(seller_id=SELLER, platform=platform)
    ids = already_shipped_order(interrupted)
    marketplace = falabella_for(interrupted)
    hook = _crash_after_state_before(marketplace, False, ids, interrupted)
    _, resumed = run_job(
        tmp_path / "b", marketplace, Action.SHIP, [InputRow(2, tuple(ids), details=details)], hook
    )
    assert uninterrupted[0].outcome is Outcome.FAILED
    assert any("E073" in e for e in uninterrupted[0].errors), uninterrupted[0].errors
    assert (resumed[0].outcome, resumed[0].errors) == (
        uninterrupted[0].outcome,
        uninterrupted[0].errors,
    )


def test_a_ship_applied_before_the_crash_succeeds_on_resume_without_a_second_send(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(seller_id=SELLER)
    ids = sandbox.pending_order()
    transport = _Recorder()
    marketplace = falabella_for(sandbox, transport)
    hook = _crash_after_state_before(marketplace, True, ids, sandbox)
    _, rows = run_job(tmp_path, marketplace, Action.SHIP, [ship_row(2, ids)], hook)
    assert rows[0].outcome is Outcome.SUCCEEDED, rows[0].errors
    assert not transport.sent("SetStatusToReadyToShip")
    assert not transport.sent("SetStatusToPackedByMarketplace")


def test_a_packed_item_after_a_crash_is_not_packed_again(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(seller_id=SELLER)
    ids = sandbox.pending_order()
    transport = _Recorder()
    marketplace = falabella_for(sandbox, transport)

    def packed_then_crashed(journal: Journal, job_id: int) -> None:
        _crash_after_state_before(marketplace, False, ids, sandbox)(journal, job_id)
        # The pack went through; its answer (and the process) died.
        order = sandbox.state.items[ids[0]].order_id
        for item in ids:
            sandbox.state.items[item].packed = True
            sandbox.state.items[item].tracking_code = f"FAL{order:09d}"
            sandbox.state.items[item].package_id = f"PKG{order:010d}"
            sandbox.state.packs[item] += 1

    _, rows = run_job(tmp_path, marketplace, Action.SHIP, [ship_row(2, ids)], packed_then_crashed)
    assert rows[0].outcome is Outcome.SUCCEEDED, rows[0].errors
    assert not transport.sent("SetStatusToPackedByMarketplace")
    assert all(sandbox.state.packs[i] == 1 and sandbox.state.ships[i] == 1 for i in ids)


def test_get_orders_always_carries_a_date_so_open_items_and_resume_work(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(seller_id=SELLER)  # refuses GetOrders without one (E018)
    transport = _Recorder()
    marketplace = falabella_for(sandbox, transport)

    async def load() -> list[object]:
        try:
            return list(await marketplace.open_items(limit=10))
        finally:
            await marketplace.aclose()

    assert len(run(load())) == 10
    ids = sandbox.pending_order()
    resuming = falabella_for(sandbox, transport)

    def lost_without_record(journal: Journal, job_id: int) -> None:  # an item it must search
        (row,) = journal.unbatched_rows(job_id)
        journal.add_batch(job_id, resuming.build_payload(Action.SHIP, [row]), [row.line])

    _, rows = run_job(tmp_path, resuming, Action.SHIP, [ship_row(2, ids)], lost_without_record)
    assert rows[0].outcome is Outcome.SUCCEEDED, rows[0].errors
    listings = transport.sent("GetOrders")
    assert listings and all("CreatedAfter" in call or "UpdatedAfter" in call for call in listings)


def rows_of(rows: list[RowResult]) -> list[tuple[int, Outcome]]:
    return [(row.line, row.outcome) for row in rows]


def test_a_row_for_part_of_an_order_names_the_items_that_shipped_with_it(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(seller_id=SELLER)
    first, *rest = sandbox.pending_order()
    _, rows = run_job(tmp_path, falabella_for(sandbox), Action.SHIP, [ship_row(2, [first])])
    assert rows[0].outcome is Outcome.SUCCEEDED, rows[0].errors
    assert all(sandbox.state.status(i) == "ready_to_ship" for i in rest)
    (note,) = rows[0].errors
    assert "whole order" in note and all(str(i) in note for i in rest)


def test_two_rows_of_one_order_both_succeed_though_the_first_ships_the_whole_order(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(seller_id=SELLER)
    first, second = sandbox.pending_order()[:2]
    rows = [ship_row(2, [first]), ship_row(3, [second])]
    _, result = run_job(tmp_path, falabella_for(sandbox), Action.SHIP, rows)
    assert [row.outcome for row in result] == [Outcome.SUCCEEDED] * 2, result
    assert "earlier row" in result[1].errors[0]
    assert sandbox.state.ships[first] == sandbox.state.ships[second] == 1


@pytest.mark.parametrize("dated", [True, False])
def test_an_order_date_in_the_file_reaches_order_listings_back_to_it(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory, dated: bool
) -> None:
    sandbox = sellercenter_sandbox(seller_id=SELLER)
    ids = sandbox.pending_order()
    created = sandbox.state.items[ids[0]].created_at.date().isoformat()
    transport = _Recorder()
    # A one-day window misses the demo orders (a week old): only the row's date finds them.
    marketplace = marketplace_for(
        sandbox, transport=transport, options={"seller_id": SELLER, "orders_lookback_days": "1"}
    )
    details = {"delivery_type": "dropship", **({"order_date": created} if dated else {})}
    row = InputRow(2, tuple(ids), details=details)

    def packed_then_lost(journal: Journal, job_id: int) -> None:
        (pending,) = journal.unbatched_rows(job_id)
        journal.add_batch(job_id, marketplace.build_payload(Action.SHIP, [pending]), [2])
        order = sandbox.state.items[ids[0]].order_id
        for item in ids:  # packed before the crash; its answer was lost
            packed = sandbox.state.items[item]
            packed.packed, packed.tracking_code = True, f"FAL{order:09d}"
            packed.package_id = packed.package_id or f"PKG{order:010d}"
            sandbox.state.packs[item] += 1

    _, rows = run_job(tmp_path, marketplace, Action.SHIP, [row], packed_then_lost)
    listings = transport.sent("GetOrders")
    assert listings and all("CreatedAfter" in call for call in listings)
    assert not transport.sent("SetStatusToPackedByMarketplace")  # never packed twice
    if dated:
        assert all(call["CreatedAfter"] < created for call in listings)
        assert rows[0].outcome is Outcome.SUCCEEDED, rows[0].errors
        assert all(sandbox.state.ships[i] == 1 for i in ids)
    else:  # not found in the window: in doubt, and nothing is sent blindly
        assert rows[0].outcome is Outcome.FAILED and "cannot tell" in rows[0].errors[0]
        assert not transport.sent("SetStatusToReadyToShip")


def test_a_cancel_whose_item_was_cancelled_before_the_job_fails_like_an_uninterrupted_run(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(seller_id=SELLER)
    item = sandbox.pending_ids(1)[0]
    earlier = sandbox.state.items[item]
    earlier.status, earlier.reason = "canceled", "Out of stock"
    earlier.updated_at -= timedelta(hours=1)  # by someone else, an hour before the job
    transport = _Recorder("SetStatusToCanceled", lose=1)  # the refusal's answer is lost
    row = InputRow(2, (item,), details={"reason": "Out of stock"})
    _, rows = run_job(tmp_path, falabella_for(sandbox, transport), Action.CANCEL, [row])
    assert rows[0].outcome is Outcome.FAILED, rows[0].errors
    assert any("E028" in e for e in rows[0].errors)
    assert sandbox.state.applications[item] == 0
