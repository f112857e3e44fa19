"""What a completed batch does to order items, with one result per submitted entry."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.sandbox.aboutyou.demo_data import Order, OrderItem
from desktop_app.sandbox.aboutyou.errors import RequestInvalid
from desktop_app.sandbox.aboutyou.validation import CancelItem, ShipItem

FAILED_BATCH_ERROR = "Batch processing failed; nothing in this batch was applied"


@dataclass(frozen=True)
class ItemResult:
    request_item: dict[str, Any]
    success: bool
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"requestItem": self.request_item, "success": self.success, "errors": self.errors}


def apply_cancel(
    items: Mapping[int, OrderItem], requests: Sequence[CancelItem]
) -> list[ItemResult]:
    results: list[ItemResult] = []
    for request in requests:
        item = items.get(request.id)
        if item is None:
            results.append(ItemResult(request.echo(), False, [_unknown(request.id)]))
        elif item.status != "open":
            error = f"Order item {item.id} cannot be cancelled: its status is {item.status}"
            results.append(ItemResult(request.echo(), False, [error]))
        else:
            item.status = "cancelled"
            results.append(ItemResult(request.echo(), True))
    return results


def apply_ship(
    items: Mapping[int, OrderItem], orders: Mapping[str, Order], requests: Sequence[ShipItem]
) -> list[ItemResult]:
    """A shipment entry ships all its items or none of them."""
    results: list[ItemResult] = []
    for request in requests:
        errors = _ship_errors(items, request)
        if not errors:
            for item_id in request.order_items:
                item = items[item_id]
                item.status = "shipped"
                item.shipment_tracking_key = request.shipment_tracking_key
                item.return_tracking_key = request.return_tracking_key
                orders[item.order_number].carrier_key = request.carrier_key
        results.append(ItemResult(request.echo(), not errors, errors))
    return results


def failed_batch(echoes: Sequence[dict[str, Any]]) -> list[ItemResult]:
    return [ItemResult(echo, False, [FAILED_BATCH_ERROR]) for echo in echoes]


def reject_ship_with_closed_items(
    items: Mapping[int, OrderItem], requests: Sequence[ShipItem]
) -> None:
    """Integrators report the whole ship request is refused when one known item is not open."""
    for i, request in enumerate(requests):
        for j, item_id in enumerate(request.order_items):
            item = items.get(item_id)
            if item is not None and item.status != "open":
                raise RequestInvalid(
                    f"items[{i}].order_items[{j}]: order item {item_id} is {item.status}, "
                    "only open items can be shipped"
                )


def _ship_errors(items: Mapping[int, OrderItem], request: ShipItem) -> list[str]:
    errors: list[str] = []
    seen: set[int] = set()
    for item_id in request.order_items:
        item = items.get(item_id)
        if item_id in seen:
            errors.append(f"Order item {item_id} is listed more than once in this shipment")
        elif item is None:
            errors.append(_unknown(item_id))
        elif item.status != "open":
            errors.append(f"Order item {item_id} cannot be shipped: its status is {item.status}")
        seen.add(item_id)
    return errors


def _unknown(item_id: int) -> str:
    return f"Order item {item_id} not found"
