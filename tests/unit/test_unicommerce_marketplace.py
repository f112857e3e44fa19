"""The Unicommerce adapter without a server: planning, payloads, the retry rule for updates
and the reading of the status sync."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import httpx
import pytest

from desktop_app.core.errors import AnswerLost, ConfigError
from desktop_app.core.marketplaces.unicommerce.marketplace import (
    DEFAULT_BUDGETS,
    UnicommerceMarketplace,
)
from desktop_app.core.marketplaces.unicommerce.models import OrderItem
from desktop_app.core.marketplaces.unicommerce.reconcile import Applied, shows_applied
from desktop_app.core.models import Action, Outcome, RowResult
from desktop_app.core.pacing import PacingPolicy

BASE = "http://127.0.0.1:9"
PACING = PacingPolicy(DEFAULT_BUDGETS, base_delay=0.001, max_delay=0.002, max_attempts=4)
Handler = Callable[[httpx.Request], httpx.Response]


def row(line: int, item: str, order: str, quantity: int = 1, **extra: str) -> RowResult:
    details = {
        "order_id": order,
        "product_id": "P",
        "variant_id": "V",
        "quantity": str(quantity),
        **extra,
    }
    return RowResult(line, (item,), None, Outcome.PENDING, details=details)


def marketplace(handler: Handler, items_per_request: int = 50) -> UnicommerceMarketplace:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler), follow_redirects=False)
    return UnicommerceMarketplace(
        http, BASE, "demo", "pw", items_per_request=items_per_request, pacing=PACING
    )


def offline() -> UnicommerceMarketplace:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"no request expected, got {request.url}")

    return marketplace(refuse)


def signing_in(update: Handler) -> tuple[Handler, list[str]]:
    """A handler that answers /authToken itself and counts the update POSTs it forwards."""
    posts: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/authToken":
            return httpx.Response(200, json={"status": "SUCCESS", "accessToken": "t"})
        posts.append(request.url.path)
        return update(request)

    return handle, posts


def test_cancel_rows_are_planned_per_order_in_order_of_first_appearance() -> None:
    rows = [row(2, "a1", "A"), row(3, "b1", "B"), row(4, "a2", "A"), row(5, "c1", "C")]

    planned = offline().plan_batches(Action.CANCEL, rows)

    assert [[r.line for r in batch] for batch in planned] == [[2, 4], [3], [5]]


def test_a_large_order_is_cut_into_requests_of_the_profiles_size() -> None:
    rows = [row(line, f"a{line}", "A") for line in range(2, 7)]

    planned = marketplace(lambda r: httpx.Response(500), items_per_request=2).plan_batches(
        Action.CANCEL, rows
    )

    assert [len(batch) for batch in planned] == [2, 2, 1]


def test_dispatch_rows_share_a_request_only_with_the_same_order_and_shipping() -> None:
    rows = [
        row(2, "a1", "A", tracking_id="T1"),
        row(3, "a2", "A", tracking_id="T2"),
        row(4, "a3", "A", tracking_id="T1"),
        row(5, "b1", "B", tracking_id="T1"),
    ]

    planned = offline().plan_batches(Action.SHIP, rows)

    assert [[r.line for r in batch] for batch in planned] == [[2, 4], [3], [5]]


def test_payload_is_deterministic_and_sends_the_protocols_cancel_body() -> None:
    rows = [row(2, "a1", "A", quantity=2), row(3, "a2", "A")]
    adapter = offline()

    payload = adapter.build_payload(Action.CANCEL, rows)

    assert payload == adapter.build_payload(Action.CANCEL, rows)
    assert json.loads(payload)["body"] == {
        "orderId": "A",
        "orderItems": [
            {"orderItemId": "a1", "productId": "P", "variantId": "V", "quantity": 2},
            {"orderItemId": "a2", "productId": "P", "variantId": "V", "quantity": 1},
        ],
    }


def test_a_row_without_its_order_id_is_refused_with_its_line() -> None:
    bare = RowResult(7, ("x",), None, Outcome.PENDING, details={"quantity": "1"})

    with pytest.raises(ConfigError, match="Line 7: the order id is missing"):
        offline().plan_batches(Action.CANCEL, [bare])


def test_a_timed_out_update_is_not_sent_again_and_left_to_the_status_check() -> None:
    def time_out(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("held", request=request)

    handler, posts = signing_in(time_out)
    adapter = marketplace(handler)
    payload = adapter.build_payload(Action.CANCEL, [row(2, "a1", "A")])

    with pytest.raises(AnswerLost, match="may have been applied"):
        asyncio.run(adapter.submit(Action.CANCEL, payload))

    assert posts == ["/orders/cancel"]


def test_a_redirected_update_is_a_config_error_sent_once_and_not_in_doubt() -> None:
    moved = httpx.Response(302, headers={"Location": "https://elsewhere.example/orders/cancel"})
    handler, posts = signing_in(lambda request: moved)
    adapter = marketplace(handler)
    payload = adapter.build_payload(Action.CANCEL, [row(2, "a1", "A")])

    with pytest.raises(ConfigError, match="redirect"):
        asyncio.run(adapter.submit(Action.CANCEL, payload))

    assert posts == ["/orders/cancel"]


def test_a_rate_limit_carries_the_shared_reading_of_retry_after() -> None:
    from desktop_app.core.errors import RateLimited
    from desktop_app.core.marketplaces.http import retry_after_seconds
    from desktop_app.core.marketplaces.unicommerce import responses

    limited = httpx.Response(429, headers={"Retry-After": "7"})

    with pytest.raises(RateLimited) as caught:
        responses.check_status(limited, "the cancellation")

    assert caught.value.retry_after == retry_after_seconds(limited) == 7.0
    assert responses.retry_after_seconds is retry_after_seconds


def test_a_server_error_on_an_update_is_not_retried_either() -> None:
    handler, posts = signing_in(lambda request: httpx.Response(502))
    adapter = marketplace(handler)
    payload = adapter.build_payload(Action.SHIP, [row(2, "a1", "A")])

    with pytest.raises(AnswerLost):
        asyncio.run(adapter.submit(Action.SHIP, payload))

    assert posts == ["/orders/dispatch"]


def test_an_update_that_never_left_is_retried_and_its_verdicts_returned() -> None:
    answers = iter([None, {"status": "PARTIAL_SUCCESS", "orderItems": [
        {"orderItemId": "a2", "errorMessage": "order item a2 is already cancelled"}
    ]}])  # fmt: skip

    def flaky(request: httpx.Request) -> httpx.Response:
        body = next(answers)
        if body is None:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json=body)

    handler, posts = signing_in(flaky)
    adapter = marketplace(handler)
    payload = adapter.build_payload(Action.CANCEL, [row(2, "a1", "A"), row(3, "a2", "A")])

    submitted = asyncio.run(adapter.submit(Action.CANCEL, payload))

    assert len(posts) == 2
    assert submitted.verdicts is not None
    assert submitted.verdicts["a1"].success
    assert submitted.verdicts["a2"].errors == ("order item a2 is already cancelled",)


def test_already_applied_asks_the_status_sync_five_orders_at_a_time() -> None:
    asked: list[str] = []

    def status_sync(request: httpx.Request) -> httpx.Response:
        ids = request.url.params["orderIds"].split(",")
        asked.append(request.url.params["orderIds"])
        orders = [
            {
                "orderId": order_id,
                "orderItems": [
                    {
                        "orderItemId": f"{order_id}-1",
                        "productId": "P",
                        "variantId": "V",
                        "quantity": 1,
                        "status": "DISPATCHED" if order_id in ("O1", "O6") else "CREATED",
                    }
                ],
            }
            for order_id in ids
        ]
        return httpx.Response(200, json={"orders": orders})

    handler, _ = signing_in(status_sync)
    adapter = marketplace(handler)
    # Dispatch bodies name no order: the payload keeps each item's order for this check.
    rows = [row(n, f"O{n}-1", f"O{n}", tracking_id="T") for n in range(1, 7)]
    payloads = [adapter.build_payload(Action.SHIP, [r]) for r in rows]
    applied = set()
    for payload in payloads:
        applied |= asyncio.run(adapter.already_applied(Action.SHIP, payload)).applied

    assert applied == {"O1-1", "O6-1"}
    assert asked == [f"O{n}" for n in range(1, 7)]


@pytest.mark.parametrize(
    ("action", "wanted", "before", "fields", "expected"),
    [
        (Action.CANCEL, 2, None, {"status": "CANCELLED"}, Applied.YES),
        (Action.CANCEL, 2, None, {"status": "CREATED", "cancelledQuantity": 1}, Applied.NO),
        (Action.CANCEL, 1, None, {"status": "CREATED"}, Applied.IN_DOUBT),
        (Action.SHIP, 2, None, {"status": "DELIVERED"}, Applied.YES),
        (Action.SHIP, 2, None, {"status": "CANCELLED"}, Applied.NO),
        # Part quantities: 1 of 2 sent, 1 done. Done earlier, or by this request?
        (Action.CANCEL, 1, None, {"status": "CREATED", "cancelledQuantity": 1}, Applied.IN_DOUBT),
        (Action.CANCEL, 1, None, {"status": "CREATED", "cancelledQuantity": 0}, Applied.NO),
        (Action.CANCEL, 1, 0, {"status": "CREATED", "cancelledQuantity": 1}, Applied.YES),
        (Action.CANCEL, 1, 1, {"status": "CREATED", "cancelledQuantity": 1}, Applied.NO),
        (Action.CANCEL, 1, 1, {"status": "CANCELLED", "cancelledQuantity": 2}, Applied.YES),
        (Action.SHIP, 1, 1, {"status": "DISPATCHED"}, Applied.YES),
        (Action.SHIP, 1, 1, {"status": "CREATED"}, Applied.NO),
        (Action.SHIP, 1, 0, {"status": "CREATED"}, Applied.IN_DOUBT),
    ],
)
def test_the_status_sync_shows_an_update_applied_by_quantity_or_status(
    action: Action, wanted: int, before: int | None, fields: dict[str, object], expected: Applied
) -> None:
    item = OrderItem.model_validate(
        {"orderItemId": "i", "productId": "P", "variantId": "V", "quantity": 2, **fields}
    )

    assert shows_applied(action, wanted, item, before) is expected


def test_an_item_the_status_sync_cannot_decide_is_reported_undecided() -> None:
    def status_sync(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            raise AssertionError("checking must not send anything")
        item = {"orderItemId": "a1", "productId": "P", "variantId": "V", "quantity": 2}
        item |= {"status": "CREATED", "cancelledQuantity": 1}
        return httpx.Response(200, json={"orders": [{"orderId": "A", "orderItems": [item]}]})

    handler, _ = signing_in(status_sync)
    adapter = marketplace(handler)
    lost = adapter.build_payload(Action.CANCEL, [row(2, "a1", "A")])

    check = asyncio.run(adapter.already_applied(Action.CANCEL, lost))

    assert check.applied == frozenset() and check.undecided == frozenset({"a1"})


def test_row_specs_map_english_and_german_headers() -> None:
    from desktop_app.core.marketplaces.unicommerce.row_specs import CANCEL_SPEC, DISPATCH_SPEC

    cancel = {header for f in CANCEL_SPEC.all_fields for header in f.header_names()}
    dispatch = {header for f in DISPATCH_SPEC.all_fields for header in f.header_names()}

    assert {"orderitemid", "bestellnummer", "menge", "variantid"} <= cancel
    assert {"trackingid", "sendungsnummer", "rechnungsdatum", "trackingurl"} <= dispatch
    assert DISPATCH_SPEC.check is not None
    assert DISPATCH_SPEC.check({"invoice_number": "R1"}) is not None
    assert DISPATCH_SPEC.check({"invoice_number": "R1", "tracking_id": "T"}) is None
