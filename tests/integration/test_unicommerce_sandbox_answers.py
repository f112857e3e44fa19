"""The Unicommerce sandbox over real HTTP answers truthfully: per-item failures, validation,
order fetch and status sync."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest

from desktop_app.core.marketplaces.unicommerce import (
    CancelItem,
    DispatchItem,
    SelfShipping,
    UnicommerceClient,
    UpdateStatus,
)
from desktop_app.sandbox.unicommerce import (
    SandboxItem,
)
from tests.fixtures.sandboxes import UnicommerceFactory, UnicommerceSandboxHandle

pytestmark = pytest.mark.anyio


@asynccontextmanager
async def signed_in(running: UnicommerceSandboxHandle) -> AsyncIterator[UnicommerceClient]:
    async with httpx.AsyncClient(timeout=10.0) as http:
        yield UnicommerceClient(http, running.base_url, "demo", "sandbox-demo-password")


def cancel_line(item: SandboxItem, quantity: int | None = None) -> CancelItem:
    return CancelItem(
        order_item_id=item.order_item_id,
        product_id=item.product_id,
        variant_id=item.variant_id,
        quantity=item.open_quantity if quantity is None else quantity,
    )


async def test_cancel_of_open_items_succeeds_and_applies_each_once(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    running = unicommerce_sandbox()
    order = running.state.orders["UC-10001"]
    async with signed_in(running) as client:
        result = await client.cancel_order(order.order_id, [cancel_line(i) for i in order.items])

    assert result.status is UpdateStatus.SUCCESS
    assert len(result.succeeded) == len(order.items)
    assert {running.state.item_status(i.order_item_id) for i in order.items} == {"CANCELLED"}
    assert {running.state.applied_count(i.order_item_id) for i in order.items} == {1}


async def test_unknown_item_fails_as_not_available(unicommerce_sandbox: UnicommerceFactory) -> None:
    running = unicommerce_sandbox()
    ghost = CancelItem(order_item_id="UC-10001-99", product_id="P", variant_id="V", quantity=1)
    async with signed_in(running) as client:
        result = await client.cancel_order("UC-10001", [ghost])

    assert result.status is UpdateStatus.FAILED
    assert "not available" in (result.failed[0].error or "")


async def test_item_of_another_order_is_unknown_in_this_one(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    running = unicommerce_sandbox()
    item = running.state.orders["UC-10002"].items[0]
    async with signed_in(running) as client:
        result = await client.cancel_order("UC-10001", [cancel_line(item)])

    assert result.status is UpdateStatus.FAILED
    assert running.state.applied_count(item.order_item_id) == 0


async def test_over_quantity_fails_and_changes_nothing(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    running = unicommerce_sandbox()
    item = running.open_items()[0]
    async with signed_in(running) as client:
        result = await client.cancel_order(item.order_id, [cancel_line(item, item.quantity + 1)])

    assert result.status is UpdateStatus.FAILED
    assert "more than" in (result.failed[0].error or "")
    assert item.cancelled_quantity == 0


async def test_already_cancelled_item_fails_for_cancel_and_dispatch(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    running = unicommerce_sandbox()
    item = running.state.items_with_status("CANCELLED")[0]
    async with signed_in(running) as client:
        cancel = await client.cancel_order(item.order_id, [cancel_line(item, 1)])
        dispatch = await client.dispatch(
            [DispatchItem(order_item_id=item.order_item_id, quantity=1)]
        )

    assert "already cancelled" in (cancel.failed[0].error or "")
    assert "already cancelled" in (dispatch.failed[0].error or "")


async def test_already_dispatched_item_fails_for_cancel_and_dispatch(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    running = unicommerce_sandbox()
    item = running.state.items_with_status("DISPATCHED")[0]
    async with signed_in(running) as client:
        cancel = await client.cancel_order(item.order_id, [cancel_line(item, 1)])
        dispatch = await client.dispatch(
            [DispatchItem(order_item_id=item.order_item_id, quantity=1)]
        )

    assert "already dispatched" in (cancel.failed[0].error or "")
    assert "already dispatched" in (dispatch.failed[0].error or "")


async def test_mixed_request_is_partial_success_applying_only_the_good_items(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    running = unicommerce_sandbox()
    order = next(
        o
        for o in running.state.orders.values()
        if o.items[0].status == "CANCELLED" and len(o.items) > 1
    )
    done, *rest = order.items
    lines = [cancel_line(done, 1), *(cancel_line(item) for item in rest)]
    ghost = CancelItem(order_item_id="nope", product_id="P", variant_id="V", quantity=1)
    async with signed_in(running) as client:
        result = await client.cancel_order(order.order_id, [*lines, ghost])

    assert result.status is UpdateStatus.PARTIAL_SUCCESS
    assert {item.order_item_id for item in result.failed} == {done.order_item_id, "nope"}
    assert all(running.state.applied_count(item.order_item_id) == 1 for item in rest)


async def test_dispatch_with_self_shipping_applies_and_status_sync_shows_it(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    running = unicommerce_sandbox()
    item = running.open_items()[0]
    shipping = SelfShipping(tracking_id="AWB123", delivery_partner="Shiprocket")
    async with signed_in(running) as client:
        result = await client.dispatch(
            [DispatchItem(order_item_id=item.order_item_id, quantity=item.quantity)], shipping
        )
        (order,) = await client.orders_status([item.order_id])

    assert result.status is UpdateStatus.SUCCESS
    synced = next(i for i in order.order_items if i.order_item_id == item.order_item_id)
    assert synced.status == "DISPATCHED"
    assert synced.dispatched_quantity == item.quantity


async def test_order_fetch_pages_through_every_order_once(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    running = unicommerce_sandbox(order_count=7)
    seen: list[str] = []
    page_sizes: list[int] = []
    async with signed_in(running) as client:
        for number in range(1, 10):
            page = await client.fetch_orders(page_number=number, page_size=3)
            seen += [order.order_id for order in page.orders]
            page_sizes.append(len(page.orders))
            if len(page.orders) < 3:
                break

    assert page_sizes == [3, 3, 1]
    assert seen == list(running.state.orders)
    first_item = running.state.orders[seen[0]].items[0]
    assert first_item.product_id and first_item.variant_id and first_item.quantity >= 1


async def test_status_sync_returns_only_the_known_asked_orders(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    running = unicommerce_sandbox()
    async with signed_in(running) as client:
        orders = await client.orders_status(["UC-10003", "UC-missing", "UC-10001"])

    assert [order.order_id for order in orders] == ["UC-10003", "UC-10001"]


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        ({"orderItems": []}, "orderId"),
        ({"orderId": "UC-10001", "orderItems": []}, "orderItems"),
        (
            {
                "orderId": "UC-10001",
                "orderItems": [
                    {
                        "orderItemId": "UC-10001-1",
                        "productId": "P",
                        "variantId": "V",
                        "quantity": "1",
                    }
                ],
            },
            "orderItems.0.quantity",
        ),
        (
            {
                "orderId": "UC-10001",
                "orderItems": [
                    {"orderItemId": "UC-10001-1", "productId": "P", "variantId": "V", "quantity": 1}
                ]
                * 2,
            },
            "more than once",
        ),
    ],
    ids=["no-order-id", "no-items", "quantity-as-text", "repeated-item"],
)
async def test_invalid_cancel_bodies_are_refused_with_what_is_wrong(
    unicommerce_sandbox: UnicommerceFactory, body: dict[str, Any], complaint: str
) -> None:
    running = unicommerce_sandbox()
    async with httpx.AsyncClient(base_url=running.base_url, timeout=10.0) as http:
        token = (await http.get("/authToken", params=_login())).json()["accessToken"]
        answer = await http.post("/orders/cancel", json=body, headers={"apiKey": token})

    assert answer.status_code == 400
    assert complaint in answer.json()["message"]
    assert running.state.update_requests == 0


async def test_invalid_dispatch_dates_are_refused(unicommerce_sandbox: UnicommerceFactory) -> None:
    running = unicommerce_sandbox()
    body = {
        "orderItems": [{"orderItemId": "UC-10001-1", "quantity": 1}],
        "selfShipping": {"trackingId": "T", "dispatchDate": "22/01/2017", "invoiceDate": "x"},
    }
    async with httpx.AsyncClient(base_url=running.base_url, timeout=10.0) as http:
        token = (await http.get("/authToken", params=_login())).json()["accessToken"]
        answer = await http.post("/orders/dispatch", json=body, headers={"apiKey": token})

    assert answer.status_code == 400
    assert "dispatchDate" in answer.json()["message"]
    assert "invoiceDate" in answer.json()["message"]


@pytest.mark.parametrize("header", [None, "Bearer x", "made-up"])
async def test_calls_without_a_valid_raw_token_are_refused(
    unicommerce_sandbox: UnicommerceFactory, header: str | None
) -> None:
    running = unicommerce_sandbox()
    headers = {} if header is None else {"apiKey": header}
    async with httpx.AsyncClient(base_url=running.base_url, timeout=10.0) as http:
        answer = await http.get("/orders", headers=headers)

    assert answer.status_code == 401
    assert answer.json()["status"] == "FAILED"


def _login() -> dict[str, str]:
    return {"username": "demo", "password": "sandbox-demo-password"}
