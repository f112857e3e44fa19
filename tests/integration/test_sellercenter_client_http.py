"""The low-level client against the sandbox over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx
import pytest

from desktop_app.core.errors import AuthFailed
from desktop_app.core.marketplaces.sellercenter import (
    ClockRejected,
    CredentialsRejected,
    ItemRejected,
    SellerCenterClient,
    Throttled,
)
from desktop_app.core.marketplaces.sellercenter.validation import (
    reason_problem,
    shipping_problem,
)
from desktop_app.sandbox.sellercenter import (
    SellerCenterSandboxConfig,
    SellerCenterSandboxState,
    create_sellercenter_app,
    sandbox_state,
)
from desktop_app.sandbox.server import running_sandbox

T = TypeVar("T")
USER, KEY = "demo@seller-desk.example", "sandbox-demo-key"
SINCE = datetime(2026, 1, 1, tzinfo=UTC)  # before every demo order


@dataclass(frozen=True)
class Sandbox:
    url: str
    state: SellerCenterSandboxState

    def run(
        self,
        call: Callable[[SellerCenterClient], Coroutine[Any, Any, T]],
        *,
        fmt: str = "JSON",
        key: str = KEY,
        clock: Callable[[], datetime] | None = None,
    ) -> T:
        async def main() -> T:
            async with httpx.AsyncClient(timeout=10.0, follow_redirects=False) as http:
                client = SellerCenterClient(
                    http,
                    self.url,
                    USER,
                    key,
                    fmt="XML" if fmt == "XML" else "JSON",
                    **({"clock": clock} if clock else {}),
                )
                return await call(client)

        return asyncio.run(main())

    def pending_order(self) -> list[int]:
        for order in self.state.orders.values():
            items = self.state.order_items(order.order_id)
            if len(items) >= 2 and all(item.status == "pending" for item in items):
                return [item.order_item_id for item in items]
        raise AssertionError("no pending order with two items")


def _serve(config: SellerCenterSandboxConfig) -> Iterator[Sandbox]:
    app = create_sellercenter_app(config)
    with running_sandbox(app, "127.0.0.1", 0) as url:
        yield Sandbox(url, sandbox_state(app))


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    yield from _serve(SellerCenterSandboxConfig(items=30, budget=None, platform="generic"))


@pytest.fixture
def tight_sandbox() -> Iterator[Sandbox]:
    fixed = datetime.now(UTC)
    yield from _serve(
        SellerCenterSandboxConfig(items=10, budget=2, clock=lambda: fixed, platform="generic")
    )


@pytest.mark.parametrize("fmt", ["JSON", "XML"])
def test_cancel_with_a_reason_from_the_platforms_list(sandbox: Sandbox, fmt: str) -> None:
    item = sandbox.state.ids_with_status("pending")[-1]

    async def cancel(client: SellerCenterClient) -> list[str]:
        reasons = await client.get_cancel_reasons()
        chosen = next(r for r in reasons if r.name == "Artículo agotado")
        assert reason_problem(reasons, chosen.name) is None
        await client.set_status_to_canceled(item, chosen.name, "Vendido en otra tienda & más")
        return [r.name for r in reasons]

    names = sandbox.run(cancel, fmt=fmt)
    assert "Out of stock" in names
    assert "Customer not reachable" not in names
    assert sandbox.state.status(item) == "canceled"
    assert sandbox.state.items[item].reason_detail == "Vendido en otra tienda & más"
    assert sandbox.state.applications[item] == 1


def test_cancel_with_a_reason_outside_the_list_is_rejected(sandbox: Sandbox) -> None:
    item = sandbox.state.ids_with_status("pending")[0]
    with pytest.raises(ItemRejected) as caught:
        sandbox.run(lambda c: c.set_status_to_canceled(item, "Changed my mind"))
    assert caught.value.code == 22
    assert sandbox.state.status(item) == "pending"


def test_cancelling_twice_is_rejected_the_second_time(sandbox: Sandbox) -> None:
    item = sandbox.state.ids_with_status("pending")[0]
    sandbox.run(lambda c: c.set_status_to_canceled(item, "Wrong address"))
    with pytest.raises(ItemRejected) as caught:
        sandbox.run(lambda c: c.set_status_to_canceled(item, "Wrong address"))
    assert caught.value.code == 28
    assert sandbox.state.applications[item] == 1


@pytest.mark.parametrize("fmt", ["JSON", "XML"])
def test_pack_then_ready_to_ship(sandbox: Sandbox, fmt: str) -> None:
    items = sandbox.pending_order()

    async def ship(client: SellerCenterClient) -> tuple[set[str | None], int]:
        providers = await client.get_shipment_providers()
        assert shipping_problem(providers, "GDEX", "12345678901234567890") is None
        packed = await client.set_status_to_packed_by_marketplace(items, shipping_provider="GDEX")
        ready = await client.set_status_to_ready_to_ship(
            items, "dropship", "GDEX", "12345678901234567890"
        )
        return {i.package_id for i in packed.items}, len(ready.items)

    packages, ready_count = sandbox.run(ship, fmt=fmt)
    assert len(packages) == 1 and None not in packages
    assert ready_count == len(items)
    assert all(sandbox.state.status(i) == "ready_to_ship" for i in items)
    assert all(sandbox.state.items[i].tracking_code == "12345678901234567890" for i in items)


def test_repeated_ready_to_ship_is_rejected_as_already_done(sandbox: Sandbox) -> None:
    items = sandbox.pending_order()

    async def twice(client: SellerCenterClient) -> None:
        await client.set_status_to_packed_by_marketplace(items, shipping_provider="DHL")
        await client.set_status_to_ready_to_ship(items, "dropship", "DHL", "0123456789")
        await client.set_status_to_ready_to_ship(items, "dropship", "DHL", "0123456789")

    with pytest.raises(ItemRejected) as caught:
        sandbox.run(twice)
    assert caught.value.code == 73
    assert all(sandbox.state.applications[i] == 2 for i in items)


@pytest.mark.parametrize(
    ("provider", "tracking"), [("DHL", "12-34"), ("GDEX", "1234567890"), ("Aramex", "AB12345678")]
)
def test_tracking_number_failing_the_regex_is_caught_locally_and_by_the_platform(
    sandbox: Sandbox, provider: str, tracking: str
) -> None:
    items = sandbox.pending_order()
    for fmt in ("JSON", "XML"):
        providers = sandbox.run(lambda c: c.get_shipment_providers(), fmt=fmt)
        assert shipping_problem(providers, provider, tracking) is not None

    async def ship_anyway(client: SellerCenterClient) -> None:
        await client.set_status_to_packed_by_marketplace(items, shipping_provider=provider)
        await client.set_status_to_ready_to_ship(items, "dropship", provider, tracking)

    with pytest.raises(ItemRejected) as caught:
        sandbox.run(ship_anyway)
    assert caught.value.code == 31
    assert caught.value.status == 200
    assert all(sandbox.state.status(i) == "pending" for i in items)


def test_tracking_number_used_by_another_order_is_rejected(sandbox: Sandbox) -> None:
    used = sandbox.state.items[sandbox.state.ids_with_status("shipped")[0]].tracking_code
    assert used is not None
    items = sandbox.pending_order()

    async def ship(client: SellerCenterClient) -> None:
        await client.set_status_to_packed_by_marketplace(items, shipping_provider="DHL")
        await client.set_status_to_ready_to_ship(items, "dropship", "DHL", used)

    with pytest.raises(ItemRejected) as caught:
        sandbox.run(ship)
    assert caught.value.code == 63


def test_throttling_maps_to_rate_limited_after_one_exchange(tight_sandbox: Sandbox) -> None:
    async def three(client: SellerCenterClient) -> None:
        await client.get_failure_reasons()
        await client.get_shipment_providers()
        await client.get_orders(created_after=SINCE)

    with pytest.raises(Throttled) as caught:
        tight_sandbox.run(three)
    assert caught.value.retry_after is not None and caught.value.retry_after >= 1
    assert caught.value.code == 429
    assert tight_sandbox.state.requests == 3


def test_wrong_api_key_says_check_user_id_and_key(sandbox: Sandbox) -> None:
    with pytest.raises(CredentialsRejected) as caught:
        sandbox.run(lambda c: c.get_failure_reasons(), key="typo-key")
    assert "check the user id and API key" in str(caught.value)
    assert "typo-key" not in str(caught.value)


def test_skewed_clock_says_check_the_clock(sandbox: Sandbox) -> None:
    def slow_clock() -> datetime:
        return datetime.now(UTC) - timedelta(minutes=15)

    with pytest.raises(ClockRejected) as caught:
        sandbox.run(lambda c: c.get_failure_reasons(), clock=slow_clock)
    assert isinstance(caught.value, AuthFailed)
    assert "check the computer's clock" in str(caught.value)


@pytest.mark.parametrize("fmt", ["JSON", "XML"])
def test_open_items_are_listed_through_orders(sandbox: Sandbox, fmt: str) -> None:
    async def open_items(client: SellerCenterClient) -> set[int]:
        page = await client.get_orders(created_after=SINCE, status="pending", limit=1000)
        assert page.total_count == len(page.orders)
        found: set[int] = set()
        for order in page.orders:
            found |= {
                item.order_item_id
                for item in await client.get_order_items(order.order_id)
                if item.status == "pending"
            }
        return found

    assert sandbox.run(open_items, fmt=fmt) == set(sandbox.state.ids_with_status("pending"))
