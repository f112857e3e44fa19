"""The SellerCenter sandbox holds us to Falabella's rules: one test per rule, over real HTTP on
127.0.0.1, with the project's own client."""

from __future__ import annotations

import asyncio
import platform
import re
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import httpx
import pytest

from desktop_app.core.errors import AuthFailed
from desktop_app.core.marketplaces.sellercenter import (
    ItemRejected,
    PlatformBusy,
    RequestInvalid,
    SellerCenterClient,
)
from desktop_app.core.marketplaces.sellercenter.item_status import wire_moment
from desktop_app.core.marketplaces.sellercenter.platforms import user_agent
from desktop_app.core.marketplaces.sellercenter.signing import ORDERS_VERSION
from desktop_app.sandbox.sellercenter import (
    SellerCenterSandboxConfig,
    SellerCenterSandboxState,
    create_sellercenter_app,
    sandbox_state,
)
from desktop_app.sandbox.server import running_sandbox

T = TypeVar("T")
USER, KEY = "demo@seller-desk.example", "sandbox-demo-key"
SELLER = "SC12345"
SINCE = datetime(2026, 1, 1, tzinfo=UTC)
DOCUMENTED_USER_AGENT = re.compile(r"^SC12345/Python/\d+\.\d+\.\d+\w*$")


@dataclass(frozen=True)
class Falabella:
    url: str
    state: SellerCenterSandboxState

    def run(
        self,
        call: Callable[[SellerCenterClient], Coroutine[Any, Any, T]],
        *,
        user_agent: str | None = f"{SELLER}/Python/3.12.1",
    ) -> T:
        async def main() -> T:
            async with httpx.AsyncClient(timeout=10.0, follow_redirects=False) as http:
                client = SellerCenterClient(http, self.url, USER, KEY, user_agent=user_agent)
                return await call(client)

        return asyncio.run(main())

    def pending_order(self, *, with_package: bool | None = None) -> list[int]:
        """The items of a two-item pending order (with or without a PackageId from the start)."""
        for order in self.state.orders.values():
            items = self.state.order_items(order.order_id)
            if len(items) < 2 or any(item.status != "pending" for item in items):
                continue
            if with_package is None or bool(items[0].package_id) == with_package:
                return [item.order_item_id for item in items]
        raise AssertionError("no such pending order")


@pytest.fixture
def falabella() -> Iterator[Falabella]:
    app = create_sellercenter_app(
        SellerCenterSandboxConfig(items=60, budget=None, seller_id=SELLER)
    )
    with running_sandbox(app, "127.0.0.1", 0) as url:
        yield Falabella(url, sandbox_state(app))


def test_get_orders_without_a_date_filter_is_e018_a_request_error(falabella: Falabella) -> None:
    async def undated(client: SellerCenterClient) -> object:
        # The client itself never sends it (see below), so go around its method.
        return await client._call("GET", "GetOrders", {"Limit": "10"}, ORDERS_VERSION)

    with pytest.raises(RequestInvalid) as caught:
        falabella.run(undated)
    assert caught.value.code == 18
    assert not isinstance(caught.value, ItemRejected)
    with pytest.raises(ValueError, match="created_after or updated_after"):
        falabella.run(lambda c: c.get_orders(status="pending"))
    page = falabella.run(lambda c: c.get_orders(created_after=SINCE, version=ORDERS_VERSION))
    assert page.orders and page.total_count == len(falabella.state.orders)


@pytest.mark.parametrize("user_agent", ["python-httpx/0.28.1", "SC12345", "OTHER/Python/3.12.1"])
def test_a_malformed_or_foreign_user_agent_is_refused(
    falabella: Falabella, user_agent: str
) -> None:
    with pytest.raises(AuthFailed, match="User-Agent"):
        falabella.run(lambda c: c.get_failure_reasons(), user_agent=user_agent)


def test_a_missing_user_agent_is_refused(falabella: Falabella) -> None:
    with httpx.Client(timeout=10.0) as http:
        answer = http.get(falabella.url + "/?Action=GetFailureReasons", headers={"User-Agent": ""})
    assert answer.status_code == 403
    assert falabella.state.user_agents[-1] == ""


def test_the_client_sends_a_user_agent_of_the_documented_form_on_every_call(
    falabella: Falabella,
) -> None:
    async def several(client: SellerCenterClient) -> None:
        await client.get_failure_reasons()
        await client.get_orders(created_after=SINCE)
        await client.get_order_items(next(iter(falabella.state.orders)))

    with pytest.raises(AuthFailed):  # none given: built from the user id, not the Seller ID
        falabella.run(several, user_agent=None)
    assert falabella.state.user_agents[-1].startswith(USER + "/Python/")
    falabella.state.user_agents.clear()
    falabella.run(several, user_agent=user_agent(SELLER))
    sent = falabella.state.user_agents
    assert len(sent) == 3 and all(DOCUMENTED_USER_AGENT.match(ua) for ua in sent), sent
    assert sent[0].endswith("/" + platform.python_version())


def test_ready_to_ship_needs_the_package_id_that_get_order_items_shows(
    falabella: Falabella,
) -> None:
    items = falabella.pending_order()

    async def ship(client: SellerCenterClient) -> tuple[int | None, int | None, str | None]:
        await client.set_status_to_packed_by_marketplace(items, "dropship")
        codes: list[int | None] = []
        for package in (None, "PKG-not-this-one"):
            try:
                await client.set_status_to_ready_to_ship(items, package_id=package)
            except (ItemRejected, RequestInvalid) as error:
                codes.append(error.code)
        order_id = falabella.state.items[items[0]].order_id
        (package,) = {item.package_id for item in await client.get_order_items(order_id)}
        await client.set_status_to_ready_to_ship(items, package_id=package)
        return codes[0], codes[1], package

    without, wrong, package = falabella.run(ship)
    assert (without, wrong) == (1, 122)
    assert package
    assert all(falabella.state.status(i) == "ready_to_ship" for i in items)


def test_ready_to_ship_of_one_item_moves_the_whole_order(falabella: Falabella) -> None:
    first, second = falabella.pending_order()[:2]

    async def ship_one(client: SellerCenterClient) -> None:
        await client.set_status_to_packed_by_marketplace([first], "dropship")
        order_id = falabella.state.items[first].order_id
        items = {i.order_item_id: i for i in await client.get_order_items(order_id)}
        await client.set_status_to_ready_to_ship([first], package_id=items[first].package_id)

    falabella.run(ship_one)
    assert falabella.state.status(first) == falabella.state.status(second) == "ready_to_ship"
    assert falabella.state.ships[second] == 1


@pytest.mark.parametrize("delivery", ["pickup", "send_to_warehouse"])
def test_pickup_or_warehouse_with_a_provider_or_tracking_is_e091(
    falabella: Falabella, delivery: str
) -> None:
    items = falabella.pending_order()
    # Our client never sends them there (it drops both), so ask the sandbox directly.
    with pytest.raises(ItemRejected) as caught:
        falabella.run(
            lambda c: c._call(
                "POST",
                "SetStatusToPackedByMarketplace",
                {"OrderItemIds": f"[{items[0]}]", "DeliveryType": delivery, "TrackingNumber": "1"},
            )
        )
    assert caught.value.code == 91
    falabella.run(lambda c: c.set_status_to_packed_by_marketplace(items, delivery, "DHL", "1"))
    assert falabella.state.packs[items[0]] == 1


@pytest.mark.parametrize("code", [119, 1000, 6])
def test_transient_errors_come_back_as_platform_busy_and_change_nothing(
    falabella: Falabella, code: int
) -> None:
    items = falabella.pending_order()
    falabella.state.fail_next.append(code)
    with pytest.raises(PlatformBusy) as caught:
        falabella.run(lambda c: c.set_status_to_packed_by_marketplace(items, "dropship"))
    assert caught.value.code == code
    assert not falabella.state.packs


def test_a_transient_rate_answers_some_requests_with_e119_e1000_or_e006() -> None:
    config = SellerCenterSandboxConfig(items=10, budget=None, transient_rate=0.5)
    app = create_sellercenter_app(config)
    codes: list[int | None] = []
    with running_sandbox(app, "127.0.0.1", 0) as url:
        sandbox = Falabella(url, sandbox_state(app))
        for _ in range(20):
            try:
                sandbox.run(lambda c: c.get_failure_reasons(refresh=True))
            except PlatformBusy as error:
                codes.append(error.code)
    assert 2 <= len(codes) <= 18 and set(codes) <= {119, 1000, 6}


def test_times_come_without_offset_in_chile_time_with_is_processable_and_failed_delivery(
    falabella: Falabella,
) -> None:
    pending = falabella.pending_order()[0]
    failed = falabella.state.ids_with_status("failed_delivery")
    assert failed, "the Falabella sandbox has a failed_delivery item"

    async def read(client: SellerCenterClient) -> tuple[Any, ...]:
        mine = await client.get_order_items(falabella.state.items[pending].order_id)
        other = await client.get_order_items(falabella.state.items[failed[0]].order_id)
        return mine[0], other[0]

    item, undelivered = falabella.run(read)
    assert item.is_processable is True  # read from `isProcessable`
    assert undelivered.status == "failed_delivery" and undelivered.is_processable is False
    assert item.created_at is not None and re.fullmatch(
        r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", item.created_at
    )
    moment = wire_moment(item.created_at, ZoneInfo("America/Santiago"))
    assert moment == falabella.state.items[pending].created_at
