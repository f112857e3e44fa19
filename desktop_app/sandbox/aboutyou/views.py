"""JSON shapes of responses: orders, carriers, batch results and pagination."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar

from desktop_app.sandbox.aboutyou.batches import Batch, Status
from desktop_app.sandbox.aboutyou.carriers import Carrier
from desktop_app.sandbox.aboutyou.config import PagesField
from desktop_app.sandbox.aboutyou.demo_data import Order, OrderItem

T = TypeVar("T")


def paged(
    rows: Sequence[T],
    page: int,
    per_page: int,
    render: Callable[[T], dict[str, Any]],
    pages_field: PagesField = "count",
) -> dict[str, Any]:
    """A page beyond the last one is empty rather than an error. `pages_field` says how the
    page count is given: as a number, as null, or not at all (public clients see both)."""
    chunk = rows[(page - 1) * per_page : page * per_page]
    pagination: dict[str, Any] = {"page": page, "per_page": per_page, "total": len(rows)}
    if pages_field == "count":
        pagination["pages"] = -(-len(rows) // per_page)
    elif pages_field == "null":
        pagination["pages"] = None
    return {"items": [render(row) for row in chunk], "pagination": pagination}


def carrier_json(carrier: Carrier) -> dict[str, Any]:
    return {
        "key": carrier.key,
        "carrier_name": carrier.carrier_name,
        "country_code": carrier.country_code,
        "display_label": carrier.display_label,
    }


def order_json(order: Order, items: Mapping[int, OrderItem], status: str) -> dict[str, Any]:
    order_items = [items[i] for i in order.item_ids]
    return {
        "order_number": order.order_number,
        "status": status,
        "carrier_key": order.carrier_key,
        "cost_with_tax": sum(i.price_with_tax for i in order_items),
        "cost_without_tax": sum(i.price_without_tax for i in order_items),
        "currency_code": order.currency_code,
        "created_at": _iso(order.created_at),
        "shop": order.shop,
        "customer_key": order.customer_key,
        "customer_email": order.email,
        "customer_phone": order.phone,
        "fulfillment_type": "dropshipping",
        "delivery_document_url": (
            f"https://partner.aboutyou.com/api/v1/orders/{order.order_number}/delivery-document"
        ),
        **_address("shipping", order),
        **_address("billing", order),
        "shipping_collection_point_key": None,
        "shipping_collection_point_description": None,
        "shipping_collection_point_type": None,
        "order_items": [_order_item_json(i) for i in order_items],
    }


def results_json(batch: Batch, status: Status) -> dict[str, Any]:
    """Results are listed only once the batch is terminal; until then `items` is empty."""
    items = [r.to_json() for r in batch.results] if batch.final_status == status else []
    return {"batchRequestId": batch.id, "status": status, "items": items}


def _order_item_json(item: OrderItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "sku": item.sku,
        "status": item.status,
        "vat": item.vat,
        "price_with_tax": item.price_with_tax,
        "price_without_tax": item.price_without_tax,
        "shipment_tracking_key": item.shipment_tracking_key,
        "return_tracking_key": item.return_tracking_key,
        "custom_data": {},
    }


def _address(prefix: str, order: Order) -> dict[str, Any]:
    # Billing mirrors the shipping field names; demo customers ship to their billing address.
    a = order.address
    return {
        f"{prefix}_recipient_first_name": a.first_name,
        f"{prefix}_recipient_last_name": a.last_name,
        f"{prefix}_street": a.street,
        f"{prefix}_additional": None,
        f"{prefix}_zip_code": a.zip_code,
        f"{prefix}_city": a.city,
        f"{prefix}_country_code": a.country_code,
    }


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")
