"""Paged listings (carriers, orders), the order-status filter and path spellings."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.fixtures.sandboxes import AboutYouFactory, ManualClock

PER_PAGE_TOO_BIG = {
    "detail": [
        {
            "type": "less_than_equal",
            "loc": ["query", "per_page"],
            "msg": "Input should be less than or equal to 100",
        }
    ]
}


def _walk(client: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    page, pages = 1, 1
    while page <= pages:
        body = client.get(path, params={**params, "page": page}).json()
        rows.extend(body["items"])
        pages = body["pagination"]["pages"]
        page += 1
    return rows


def test_carriers_page_at_20_by_default_one_entry_per_carrier_and_country(
    aboutyou_sandbox: AboutYouFactory,
) -> None:
    sandbox = aboutyou_sandbox(items=5)
    with sandbox.client() as client:
        first = client.get("/orders/carriers/").json()
        second = client.get("/orders/carriers/", params={"page": 2}).json()
        everything = client.get("/orders/carriers/", params={"per_page": 100}).json()
    assert first["pagination"] == {"page": 1, "per_page": 20, "pages": 2, "total": 22}
    assert len(first["items"]) == 20
    assert len(second["items"]) == 2
    assert everything["items"] == first["items"] + second["items"]
    keys = [c["key"] for c in everything["items"]]
    assert len(set(keys)) == len(keys)
    assert {"DHL_STD_NATIONAL", "HERMES_KLV"} <= set(keys)
    pairs = {(c["carrier_name"], c["country_code"]) for c in everything["items"]}
    assert {("DHL", "DE"), ("Post AT", "AT"), ("InPost", "PL")} <= pairs
    assert set(first["items"][0]) == {"key", "carrier_name", "country_code", "display_label"}


@pytest.mark.parametrize("path", ["/orders/carriers/", "/orders/"])
def test_per_page_over_100_is_refused_with_422_like_the_real_api(
    aboutyou_sandbox: AboutYouFactory, path: str
) -> None:
    sandbox = aboutyou_sandbox(items=5)
    with sandbox.client() as client:
        response = client.get(path, params={"per_page": 101})
    assert response.status_code == 422
    assert response.json() == PER_PAGE_TOO_BIG


def test_walking_every_order_page_yields_each_item_exactly_once(
    aboutyou_sandbox: AboutYouFactory,
) -> None:
    sandbox = aboutyou_sandbox(items=57)
    with sandbox.client() as client:
        orders = _walk(client, "/orders/", per_page=7)
        beyond = client.get("/orders/", params={"page": 99, "per_page": 7}).json()
    ids = [item["id"] for order in orders for item in order["order_items"]]
    assert ids == list(range(100001, 100058))
    assert {len(order["order_items"]) for order in orders} <= {1, 2, 3, 4}
    assert beyond["items"] == []
    assert beyond["pagination"]["total"] == len(orders)


def test_orders_carry_the_reference_fields(aboutyou_sandbox: AboutYouFactory) -> None:
    sandbox = aboutyou_sandbox(items=5)
    with sandbox.client() as client:
        order = client.get("/orders/").json()["items"][0]
    for field in (
        "order_number",
        "status",
        "carrier_key",
        "cost_with_tax",
        "cost_without_tax",
        "currency_code",
        "created_at",
        "shop",
        "shipping_recipient_first_name",
        "shipping_recipient_last_name",
        "shipping_street",
        "shipping_zip_code",
        "shipping_city",
        "shipping_country_code",
    ):
        assert field in order, field
    item = order["order_items"][0]
    assert set(item) == {
        "id",
        "sku",
        "status",
        "vat",
        "price_with_tax",
        "price_without_tax",
        "shipment_tracking_key",
        "return_tracking_key",
        "custom_data",
    }
    assert order["cost_with_tax"] == sum(i["price_with_tax"] for i in order["order_items"])
    assert isinstance(order["shop"], int)


def test_order_status_filter_sees_cancelled_and_mixed_orders(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    sandbox = aboutyou_sandbox(items=40, latency=1.0, clock=manual_clock)
    big = next(o for o in sandbox.state.orders if len(o.item_ids) > 1)
    single = next(o for o in sandbox.state.orders if len(o.item_ids) == 1)
    cancel = [{"id": big.item_ids[0]}, {"id": single.item_ids[0]}]
    with sandbox.client() as client:
        client.post("/orders/cancel", json={"items": cancel})
        manual_clock.advance(1.0)
        mixed = _walk(client, "/orders/", order_status="mixed")
        cancelled = _walk(client, "/orders/", order_status="cancelled")
        still_open = _walk(client, "/orders/", order_status="open")
        unknown = client.get("/orders/", params={"order_status": "lost"})
    assert [o["order_number"] for o in mixed] == [big.order_number]
    assert [o["order_number"] for o in cancelled] == [single.order_number]
    assert len(still_open) == len(sandbox.state.orders) - 2
    assert unknown.status_code == 422
    assert unknown.json()["detail"][0]["loc"] == ["query", "order_status"]


def test_both_path_spellings_answer_without_redirect(aboutyou_sandbox: AboutYouFactory) -> None:
    sandbox = aboutyou_sandbox(items=5)
    spellings = [
        ("GET", "/orders"),
        ("GET", "/orders/"),
        ("GET", "/orders/carriers"),
        ("GET", "/orders/carriers/"),
        ("POST", "/orders/cancel/"),
        ("POST", "/orders/ship/"),
    ]
    with sandbox.client() as client:
        answers = [client.request(m, p, json={"items": []}) for m, p in spellings]
    assert [a.status_code for a in answers] == [200, 200, 200, 200, 400, 400]
    assert not any(a.is_redirect for a in answers)
