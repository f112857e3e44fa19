"""The sandbox's building blocks: reproducible demo data, token expiry and fault selection."""

from __future__ import annotations

import httpx
import pytest

from desktop_app.sandbox.unicommerce import (
    TimeoutAfterApply,
    TokenStore,
    UnicommerceSandboxConfig,
    create_unicommerce_app,
    sandbox_state,
)
from desktop_app.sandbox.unicommerce.demo_orders import demo_orders
from desktop_app.sandbox.unicommerce.faults import TimeoutFault
from tests.fixtures.sandboxes import ManualClock


def _snapshot(seed: int) -> list[tuple[str, str, str, int, str]]:
    return [
        (item.order_item_id, item.product_id, item.variant_id, item.quantity, item.status)
        for order in demo_orders(seed, 20)
        for item in order.items
    ]


def test_same_seed_gives_the_same_demo_orders() -> None:
    assert _snapshot(8) == _snapshot(8)
    assert _snapshot(8) != _snapshot(9)


def test_demo_orders_include_every_starting_status() -> None:
    statuses = {status for *_, status in _snapshot(8)}

    assert statuses == {"CREATED", "CANCELLED", "DISPATCHED"}


def test_token_expires_after_its_lifetime(manual_clock: ManualClock) -> None:
    tokens = TokenStore(lifetime_seconds=60, clock=manual_clock)
    token = tokens.issue()

    assert tokens.problem(token) is None
    manual_clock.advance(60)
    assert tokens.problem(token) == "Access token expired"


def test_fault_strikes_the_listed_requests_only() -> None:
    fault = TimeoutFault(TimeoutAfterApply(requests=frozenset({2, 5})), seed=1)

    assert [n for n in range(1, 8) if fault.strikes(n)] == [2, 5]


def test_fault_share_is_reproducible_for_a_seed() -> None:
    def struck(seed: int) -> list[int]:
        fault = TimeoutFault(TimeoutAfterApply(share=0.3), seed=seed)
        return [n for n in range(1, 200) if fault.strikes(n)]

    assert struck(4) == struck(4)
    assert 0 < len(struck(4)) < 199


@pytest.mark.parametrize(
    "bad",
    [{"share": 1.5}, {"hang_seconds": 0}, {"requests": frozenset({0})}],
    ids=["share", "hang", "request-number"],
)
def test_fault_settings_out_of_range_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        TimeoutAfterApply(**bad)  # type: ignore[arg-type]


def test_config_repr_hides_the_password() -> None:
    assert "sandbox-demo-password" not in repr(UnicommerceSandboxConfig())


@pytest.mark.anyio
async def test_held_answer_still_arrives_when_the_client_waits_long_enough() -> None:
    fault = TimeoutAfterApply(share=1.0, hang_seconds=0.05)
    app = create_unicommerce_app(UnicommerceSandboxConfig(timeout_after_apply=fault))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://uc.sandbox") as http:
        login = {"username": "demo", "password": "sandbox-demo-password"}
        token = (await http.get("/authToken", params=login)).json()["accessToken"]
        body = {"orderItems": [{"orderItemId": "UC-10001-1", "quantity": 1}]}
        answer = await http.post("/orders/dispatch", json=body, headers={"apiKey": token})

    assert answer.json() == {"status": "SUCCESS", "orderItems": []}
    assert sandbox_state(app).applied_count("UC-10001-1") == 1
