"""The SellerCenter sandbox answers every documented error like the platform, in JSON and XML."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette

from desktop_app.core.marketplaces.sellercenter.envelope import Failure, Success, read_envelope
from desktop_app.core.marketplaces.sellercenter.signing import (
    canonical_query,
    format_timestamp,
    rfc3986,
    signature,
)
from desktop_app.sandbox.sellercenter import (
    SellerCenterSandboxConfig,
    create_sellercenter_app,
    sandbox_state,
)

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
USER, KEY = "demo@seller-desk.example", "sandbox-demo-key"
USER_AGENT = "12345/Python/3.12.1"
FORMATS = ["JSON", "XML"]


@dataclass(frozen=True)
class Answer:
    status: int
    headers: httpx.Headers
    content: bytes

    @property
    def code(self) -> int | None:
        envelope = read_envelope(self.content)
        assert isinstance(envelope, Failure), self.content
        return envelope.code

    @property
    def success(self) -> Success:
        envelope = read_envelope(self.content)
        assert isinstance(envelope, Success), self.content
        return envelope


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def sandbox(
    budget: int | None = None, clock: Clock | None = None, platform: str = "generic"
) -> Starlette:
    """The older SellerCenter by default; test_falabella_sandbox_rules holds Falabella's."""
    config = SellerCenterSandboxConfig(
        items=40, budget=budget, clock=clock or Clock(), platform=platform
    )
    return create_sellercenter_app(config)


def query(
    action: str | None,
    params: Mapping[str, str] | None = None,
    *,
    fmt: str = "JSON",
    now: datetime = NOW,
    key: str = KEY,
    drop: tuple[str, ...] = (),
    **overrides: str,
) -> str:
    """A signed query; `drop` and `overrides` bend it before signing, like a buggy client."""
    full = {"UserID": USER, "Version": "1.0", "Format": fmt, "Timestamp": format_timestamp(now)}
    if action is not None:
        full["Action"] = action
    full.update(params or {})
    full.update(overrides)
    for name in drop:
        full.pop(name, None)
    signed = canonical_query(full)
    if "Signature" in drop:
        return signed
    return f"{signed}&Signature={signature(signed, key)}"


def call(app: Starlette, raw_query: str, method: str = "POST", body: bytes = b"") -> Answer:
    async def main() -> Answer:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as http:
            response = await http.request(
                method, f"/?{raw_query}", content=body, headers={"User-Agent": USER_AGENT}
            )
            return Answer(response.status_code, response.headers, response.content)

    return asyncio.run(main())


def ids(app: Starlette, status: str) -> list[int]:
    return sandbox_state(app).ids_with_status(status)


def two_item_order(app: Starlette) -> list[int]:
    state = sandbox_state(app)
    for order in state.orders.values():
        items = state.order_items(order.order_id)
        if len(items) >= 2 and all(i.status == "pending" for i in items):
            return [i.order_item_id for i in items]
    raise AssertionError("demo data has no pending order with two items")


def cancel(item: int, reason: str = "Out of stock") -> dict[str, str]:
    return {"OrderItemId": str(item), "Reason": reason}


def ship(items: list[int], provider: str = "DHL", tracking: str = "0123456789") -> dict[str, str]:
    return {
        "OrderItemIds": "[" + ",".join(map(str, items)) + "]",
        "DeliveryType": "dropship",
        "ShippingProvider": provider,
        "TrackingNumber": tracking,
    }


def pack(app: Starlette, items: list[int], fmt: str = "JSON") -> None:
    params = {k: v for k, v in ship(items).items() if k != "TrackingNumber"}
    answer = call(app, query("SetStatusToPackedByMarketplace", params, fmt=fmt))
    assert answer.success


# Common checks: E001 E002 E003 E007 E008


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("missing", ["Action", "Timestamp", "UserID", "Version", "Signature"])
def test_missing_common_parameter_is_e001(fmt: str, missing: str) -> None:
    answer = call(sandbox(), query("GetFailureReasons", fmt=fmt, drop=(missing,)))
    assert answer.code == 1
    assert f"Parameter {missing} is mandatory".encode() in answer.content


@pytest.mark.parametrize("fmt", FORMATS)
def test_missing_cancel_reason_is_e001(fmt: str) -> None:
    app = sandbox()
    params = {"OrderItemId": str(ids(app, "pending")[0])}
    assert call(app, query("SetStatusToCanceled", params, fmt=fmt)).code == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_other_version_is_e002(fmt: str) -> None:
    answer = call(sandbox(), query("GetFailureReasons", fmt=fmt, Version="2.0"))
    assert answer.code == 2


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("offset_minutes", [-11, 11, -60 * 24])
def test_timestamp_beyond_ten_minutes_is_e003(fmt: str, offset_minutes: int) -> None:
    stale = NOW + timedelta(minutes=offset_minutes)
    answer = call(sandbox(), query("GetFailureReasons", fmt=fmt, now=stale))
    assert answer.code == 3


@pytest.mark.parametrize("offset_minutes", [-9, 9])
def test_timestamp_within_ten_minutes_is_accepted(offset_minutes: int) -> None:
    moment = NOW + timedelta(minutes=offset_minutes)
    assert call(sandbox(), query("GetFailureReasons", now=moment)).success


def test_timestamp_in_another_offset_is_compared_as_an_instant() -> None:
    berlin = NOW.astimezone(timezone(timedelta(hours=2)))
    assert call(sandbox(), query("GetFailureReasons", now=berlin)).success


def test_timestamp_without_offset_is_e004() -> None:
    raw = query("GetFailureReasons", Timestamp="2026-11-23T09:30:00")
    assert call(sandbox(), raw).code == 4


@pytest.mark.parametrize("fmt", FORMATS)
def test_wrong_api_key_is_e007(fmt: str) -> None:
    answer = call(sandbox(), query("GetFailureReasons", fmt=fmt, key="not-the-key"))
    assert answer.code == 7
    assert b"Login failed" in answer.content


@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_user_is_e007(fmt: str) -> None:
    answer = call(sandbox(), query("GetFailureReasons", fmt=fmt, UserID="someone@else.example"))
    assert answer.code == 7


@pytest.mark.parametrize("fmt", FORMATS)
def test_value_changed_after_signing_is_e007(fmt: str) -> None:
    app = sandbox()
    item = ids(app, "pending")[0]
    raw = query("SetStatusToCanceled", cancel(item), fmt=fmt)
    tampered = raw.replace(f"OrderItemId={item}", f"OrderItemId={item + 1}")
    assert call(app, tampered).code == 7
    assert sandbox_state(app).status(item) == "pending"


@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_action_is_e008(fmt: str) -> None:
    assert call(sandbox(), query("SetStatusToTeleported", fmt=fmt)).code == 8


# Item rules: E020 E022 E028 E073 E031 E063


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bad_item", ["999", "abc"])
def test_unknown_item_is_e020_with_http_200(fmt: str, bad_item: str) -> None:
    raw = query("SetStatusToCanceled", {"OrderItemId": bad_item, "Reason": "Out of stock"}, fmt=fmt)
    answer = call(sandbox(), raw)
    assert answer.code == 20
    assert answer.status == 200


@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_item_in_a_shipment_is_e020(fmt: str) -> None:
    assert call(sandbox(), query("SetStatusToReadyToShip", ship([42]), fmt=fmt)).code == 20


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("reason", ["Bored", "Customer not reachable", "out of stock"])
def test_reason_outside_the_cancel_list_is_e022(fmt: str, reason: str) -> None:
    app = sandbox()
    item = ids(app, "pending")[0]
    assert call(app, query("SetStatusToCanceled", cancel(item, reason), fmt=fmt)).code == 22
    assert sandbox_state(app).status(item) == "pending"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("status", ["shipped", "canceled", "ready_to_ship"])
def test_cancel_outside_pending_is_e028(fmt: str, status: str) -> None:
    app = sandbox()
    item = ids(app, status)[0]
    assert call(app, query("SetStatusToCanceled", cancel(item), fmt=fmt)).code == 28
    assert sandbox_state(app).applications[item] == 0


@pytest.mark.parametrize("fmt", FORMATS)
def test_repeated_ready_to_ship_is_e073(fmt: str) -> None:
    app = sandbox()
    items = two_item_order(app)
    pack(app, items)
    assert call(app, query("SetStatusToReadyToShip", ship(items), fmt=fmt)).success
    assert call(app, query("SetStatusToReadyToShip", ship(items), fmt=fmt)).code == 73
    assert all(sandbox_state(app).applications[i] == 2 for i in items)


@pytest.mark.parametrize("fmt", FORMATS)
def test_packing_a_canceled_item_is_e073(fmt: str) -> None:
    app = sandbox()
    item = ids(app, "canceled")[0]
    params = {"OrderItemIds": f"[{item}]", "DeliveryType": "dropship", "ShippingProvider": "DHL"}
    assert call(app, query("SetStatusToPackedByMarketplace", params, fmt=fmt)).code == 73


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("provider", "tracking"), [("DHL", "12345"), ("GDEX", "0123456789"), ("Aramex", "XX12345678")]
)
def test_tracking_number_failing_the_provider_regex_is_e031(
    fmt: str, provider: str, tracking: str
) -> None:
    app = sandbox()
    items = two_item_order(app)
    pack(app, items)
    answer = call(app, query("SetStatusToReadyToShip", ship(items, provider, tracking), fmt=fmt))
    assert answer.code == 31
    assert b"Example tracking ID" in answer.content
    assert sandbox_state(app).status(items[0]) == "pending"


def test_provider_regex_flags_are_honoured() -> None:
    app = sandbox()
    items = two_item_order(app)
    pack(app, items)
    assert call(app, query("SetStatusToReadyToShip", ship(items, "Aramex", "jm12345678"))).success


@pytest.mark.parametrize("fmt", FORMATS)
def test_tracking_number_of_another_order_is_e063(fmt: str) -> None:
    app = sandbox()
    state = sandbox_state(app)
    used = state.items[ids(app, "shipped")[0]].tracking_code
    assert used is not None
    items = two_item_order(app)
    pack(app, items)
    answer = call(app, query("SetStatusToReadyToShip", ship(items, tracking=used), fmt=fmt))
    assert answer.code == 63


def test_ready_to_ship_before_packing_is_e034() -> None:
    app = sandbox()
    assert call(app, query("SetStatusToReadyToShip", ship(two_item_order(app)))).code == 34


def test_item_ids_without_brackets_are_e023() -> None:
    app = sandbox()
    params = ship(two_item_order(app)) | {"OrderItemIds": "1,2"}
    assert call(app, query("SetStatusToReadyToShip", params)).code == 23


def test_items_of_two_orders_are_e029() -> None:
    app = sandbox()
    pending = ids(app, "pending")
    state = sandbox_state(app)
    other = next(i for i in pending if state.items[i].order_id != state.items[pending[0]].order_id)
    assert call(app, query("SetStatusToReadyToShip", ship([pending[0], other]))).code == 29


def test_unknown_provider_is_e025() -> None:
    app = sandbox()
    assert call(app, query("SetStatusToReadyToShip", ship(two_item_order(app), "UPS"))).code == 25


# Throttling: E429


@pytest.mark.parametrize("fmt", FORMATS)
def test_requests_beyond_the_budget_are_e429_with_retry_after(fmt: str) -> None:
    app = sandbox(budget=2)
    for _ in range(2):
        assert call(app, query("GetFailureReasons", fmt=fmt)).success
    answer = call(app, query("GetFailureReasons", fmt=fmt))
    assert answer.code == 429
    assert answer.status == 429
    assert int(answer.headers["Retry-After"]) >= 1


def test_budget_comes_back_in_the_next_window() -> None:
    clock = Clock()
    app = sandbox(budget=1, clock=clock)
    assert call(app, query("GetFailureReasons")).success
    assert call(app, query("GetFailureReasons")).code == 429
    clock.now = NOW + timedelta(seconds=61)
    assert call(app, query("GetFailureReasons", now=clock.now)).success


# Formats, quirks and state


def test_one_element_list_comes_as_an_object_in_json() -> None:
    app = sandbox()
    only = next(o for o in sandbox_state(app).orders.values() if len(o.item_ids) == 1)
    raw = call(app, query("GetOrderItems", {"OrderId": str(only.order_id)}, fmt="JSON")).content
    listed = json.loads(raw)["SuccessResponse"]["Body"]["OrderItems"]["OrderItem"]
    assert isinstance(listed, dict)
    assert isinstance(listed["OrderItemId"], str)
    raw = call(app, query("GetFailureReasons", fmt="JSON")).content
    assert isinstance(json.loads(raw)["SuccessResponse"]["Body"]["Reasons"]["Reason"], list)


def test_xml_is_the_default_format_and_lowercase_json_is_accepted() -> None:
    app = sandbox()
    assert call(app, query("GetFailureReasons", drop=("Format",))).content.startswith(b"<?xml")
    assert call(app, query("GetFailureReasons", Format="json")).content.startswith(b"{")


def test_get_and_post_are_both_accepted_and_a_post_body_is_ignored() -> None:
    app = sandbox()
    assert call(app, query("GetShipmentProviders"), method="GET").success
    assert call(app, query("GetShipmentProviders"), body=b"<Request/>").success


@pytest.mark.parametrize("fmt", FORMATS)
def test_successful_cancel_changes_state_and_counts_one_application(fmt: str) -> None:
    app = sandbox()
    item = ids(app, "pending")[0]
    params = cancel(item, "Sourcing team couldn't find items") | {"ReasonDetail": "Sold élsewhere"}
    assert call(app, query("SetStatusToCanceled", params, fmt=fmt)).success
    state = sandbox_state(app)
    assert state.status(item) == "canceled"
    assert state.items[item].reason_detail == "Sold élsewhere"
    assert state.applications[item] == 1


def test_orders_filter_by_status_with_total_count() -> None:
    app = sandbox()
    answer = call(
        app,
        query(
            "GetOrders",
            {"Status": "pending", "Limit": "2", "CreatedAfter": "2026-01-01T00:00:00+00:00"},
        ),
    )
    state = sandbox_state(app)
    pending_orders = {state.items[i].order_id for i in ids(app, "pending")}
    assert answer.success.total_count == len(pending_orders)


APP_FOR_PROPERTY = sandbox()


@settings(max_examples=25, deadline=None)
@given(detail=st.text(st.characters(codec="utf-8"), max_size=40))
def test_sandbox_app_accepts_any_unicode_value_the_client_signs(detail: str) -> None:
    raw = query("GetFailureReasons", {"ReasonDetail": detail})
    assert rfc3986(detail) in raw
    assert call(APP_FOR_PROPERTY, raw).success
