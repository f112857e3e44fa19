"""Request bodies leave in the protocol's spelling; answers are read leniently."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from desktop_app.core.marketplaces.unicommerce import (
    CancelItem,
    CancelRequest,
    DispatchItem,
    DispatchRequest,
    OrdersPage,
    SelfShipping,
)


def test_cancel_request_uses_the_documented_field_names() -> None:
    request = CancelRequest(
        order_id="UC-1",
        order_items=(
            CancelItem(order_item_id="UC-1-1", product_id="P", variant_id="V", quantity=2),
        ),
    )

    assert request.to_wire() == {
        "orderId": "UC-1",
        "orderItems": [
            {"orderItemId": "UC-1-1", "productId": "P", "variantId": "V", "quantity": 2}
        ],
    }


def test_dispatch_dates_use_the_documented_formats_in_utc() -> None:
    shipping = SelfShipping(
        tracking_id="AWB1",
        tracking_url="https://track.example/AWB1",
        dispatch_date=datetime(
            2026, 11, 23, 10, 0, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))
        ),
        invoice_date=date(2026, 11, 22),
    )
    request = DispatchRequest(
        order_items=(DispatchItem(order_item_id="UC-1-1", quantity=1),), self_shipping=shipping
    )

    assert request.to_wire()["selfShipping"] == {
        "trackingId": "AWB1",
        "trackingURL": "https://track.example/AWB1",
        "dispatchDate": "2026-11-23T04:30:00",
        "invoiceDate": "2026-11-22",
    }


def test_dispatch_without_self_shipping_sends_only_the_items() -> None:
    request = DispatchRequest(order_items=(DispatchItem(order_item_id="X", quantity=1),))

    assert request.to_wire() == {"orderItems": [{"orderItemId": "X", "quantity": 1}]}


def test_quantity_below_one_is_refused_before_sending() -> None:
    with pytest.raises(ValidationError):
        DispatchItem(order_item_id="X", quantity=0)


def test_orders_page_accepts_numeric_ids_and_the_docs_id_field() -> None:
    page = OrdersPage.model_validate(
        {
            "orders": [
                {
                    "id": 7,
                    "orderItems": [
                        {
                            "orderItemId": 71,
                            "productId": "P",
                            "variantId": "V",
                            "quantity": 1,
                            "status": "CREATED",
                            "extra": True,
                        }
                    ],
                }
            ]
        }
    )

    assert page.orders[0].order_id == "7"
    assert page.orders[0].order_items[0].order_item_id == "71"


def test_naive_dispatch_date_is_taken_as_utc() -> None:
    shipping = SelfShipping(tracking_id="T", dispatch_date=datetime(2026, 1, 2, 3, 4, 5))

    assert shipping.to_wire()["dispatchDate"] == "2026-01-02T03:04:05"
