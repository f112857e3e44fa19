"""The client against the sandbox over real HTTP: token flow, re-auth, and the answer lost
after the change was applied (the "in doubt" path)."""

from __future__ import annotations

import httpx
import pytest

from desktop_app.core.errors import AuthFailed, MarketplaceUnavailable
from desktop_app.core.marketplaces.unicommerce import CancelItem, UnicommerceClient, UpdateStatus
from desktop_app.sandbox.unicommerce import (
    SandboxItem,
    TimeoutAfterApply,
)
from tests.fixtures.sandboxes import ManualClock, UnicommerceFactory

pytestmark = pytest.mark.anyio

PASSWORD = "sandbox-demo-password"


def whole(item: SandboxItem) -> CancelItem:
    return CancelItem(
        order_item_id=item.order_item_id,
        product_id=item.product_id,
        variant_id=item.variant_id,
        quantity=item.quantity,
    )


async def test_client_signs_in_once_and_reuses_the_token(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    running = unicommerce_sandbox()
    async with httpx.AsyncClient(timeout=10.0) as http:
        client = UnicommerceClient(http, running.base_url, "demo", PASSWORD)
        await client.fetch_orders()
        await client.orders_status(["UC-10001"])

    assert running.tokens.issued == 1


async def test_expired_token_is_renewed_once_and_the_call_succeeds(
    unicommerce_sandbox: UnicommerceFactory, manual_clock: ManualClock
) -> None:
    running = unicommerce_sandbox(clock=manual_clock, token_lifetime_seconds=60)
    item = running.state.orders["UC-10001"].items[0]
    async with httpx.AsyncClient(timeout=10.0) as http:
        client = UnicommerceClient(http, running.base_url, "demo", PASSWORD)
        await client.fetch_orders()
        manual_clock.advance(61)
        result = await client.cancel_order(item.order_id, [whole(item)])

    assert result.status is UpdateStatus.SUCCESS
    assert running.tokens.issued == 2
    assert running.state.applied_count(item.order_item_id) == 1


async def test_wrong_password_is_auth_failed_and_names_no_password(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    running = unicommerce_sandbox()
    async with httpx.AsyncClient(timeout=10.0) as http:
        client = UnicommerceClient(http, running.base_url, "demo", "not-the-password")
        with pytest.raises(AuthFailed) as caught:
            await client.fetch_orders()

    assert "not-the-password" not in str(caught.value)
    assert running.tokens.issued == 0


async def test_answer_lost_after_apply_is_unavailable_and_status_sync_shows_it_applied(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    running = unicommerce_sandbox(timeout_after_apply=TimeoutAfterApply(requests=frozenset({1})))
    order = running.state.orders["UC-10001"]
    # A short read timeout: the sandbox holds the answer until we hang up.
    async with httpx.AsyncClient(timeout=httpx.Timeout(10.0, read=1.0)) as http:
        client = UnicommerceClient(http, running.base_url, "demo", PASSWORD)
        with pytest.raises(MarketplaceUnavailable, match="may have been applied"):
            await client.cancel_order(order.order_id, [whole(item) for item in order.items])

        applied_on_sandbox = [running.state.item_status(i.order_item_id) for i in order.items]
        (synced,) = await client.orders_status([order.order_id])

    assert applied_on_sandbox == ["CANCELLED"] * len(order.items)
    assert [item.status for item in synced.order_items] == ["CANCELLED"] * len(order.items)
    assert {running.state.applied_count(i.order_item_id) for i in order.items} == {1}


async def test_blind_resend_after_a_lost_answer_is_refused_not_applied_twice(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    running = unicommerce_sandbox(timeout_after_apply=TimeoutAfterApply(requests=frozenset({1})))
    item = running.state.orders["UC-10001"].items[0]
    async with httpx.AsyncClient(timeout=httpx.Timeout(10.0, read=1.0)) as http:
        client = UnicommerceClient(http, running.base_url, "demo", PASSWORD)
        with pytest.raises(MarketplaceUnavailable):
            await client.cancel_order(item.order_id, [whole(item)])
        again = await client.cancel_order(item.order_id, [whole(item)])

    assert again.status is UpdateStatus.FAILED
    assert "already cancelled" in (again.failed[0].error or "")
    assert running.state.applied_count(item.order_item_id) == 1
