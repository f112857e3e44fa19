"""The sandbox's orders and the rules for cancelling and dispatching their items."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .schemas import CancelItemBody, DispatchItemBody

CREATED, CANCELLED, DISPATCHED = "CREATED", "CANCELLED", "DISPATCHED"


@dataclass(slots=True)
class SandboxItem:
    order_id: str
    order_item_id: str
    product_id: str
    variant_id: str
    quantity: int
    cancelled_quantity: int = 0
    dispatched_quantity: int = 0
    applied_count: int = 0  # how many requests changed this item: tests prove "never twice"

    @property
    def open_quantity(self) -> int:
        return self.quantity - self.cancelled_quantity - self.dispatched_quantity

    @property
    def status(self) -> str:
        if self.cancelled_quantity == self.quantity:
            return CANCELLED
        if self.open_quantity == 0:
            return DISPATCHED
        return CREATED

    def to_wire(self) -> dict[str, Any]:
        return {
            "orderItemId": self.order_item_id,
            "productId": self.product_id,
            "variantId": self.variant_id,
            "quantity": self.quantity,
            "status": self.status,
            "cancelledQuantity": self.cancelled_quantity,
            "dispatchedQuantity": self.dispatched_quantity,
        }


@dataclass(slots=True)
class SandboxOrder:
    order_id: str
    items: list[SandboxItem] = field(default_factory=list)
    order_date: datetime = datetime(2026, 11, 23, 8, 0)  # UTC, as the wire writes it

    @property
    def status(self) -> str:
        statuses = {item.status for item in self.items}
        if statuses == {CANCELLED}:
            return CANCELLED
        if statuses and statuses <= {CANCELLED, DISPATCHED}:
            return "COMPLETE"
        return CREATED

    def to_wire(self) -> dict[str, Any]:
        return {
            "orderId": self.order_id,
            "orderStatus": self.status,
            "orderDate": self.order_date.strftime("%Y-%m-%d %H:%M:%S"),
            "orderItems": [item.to_wire() for item in self.items],
        }


class UnicommerceSandboxState:
    """All orders, by id, and every item, by id. Failures are (orderItemId, errorMessage)."""

    def __init__(self, orders: Iterable[SandboxOrder]) -> None:
        self.orders: dict[str, SandboxOrder] = {order.order_id: order for order in orders}
        self.items: dict[str, SandboxItem] = {
            item.order_item_id: item for order in self.orders.values() for item in order.items
        }
        self.update_requests = 0  # cancel and dispatch requests that reached the rules

    def item_status(self, order_item_id: str) -> str:
        return self.items[order_item_id].status

    def applied_count(self, order_item_id: str) -> int:
        return self.items[order_item_id].applied_count

    def items_with_status(self, status: str) -> list[SandboxItem]:
        return [item for item in self.items.values() if item.status == status]

    def select(self, order_ids: Sequence[str] | None) -> list[SandboxOrder]:
        """All orders, or the known ones among `order_ids` in the order asked."""
        if order_ids is None:
            return list(self.orders.values())
        return [self.orders[order_id] for order_id in order_ids if order_id in self.orders]

    def cancel(self, order_id: str, lines: Sequence[CancelItemBody]) -> list[tuple[str, str]]:
        failures: list[tuple[str, str]] = []
        for line in lines:
            item = self.items.get(line.orderItemId)
            if item is None or item.order_id != order_id:
                unknown = f"order Item Id {line.orderItemId} not available in order {order_id}"
                failures.append((line.orderItemId, unknown))
                continue
            problem = _cancel_problem(line, item)
            if problem is not None:
                failures.append((line.orderItemId, problem))
                continue
            item.cancelled_quantity += line.quantity
            item.applied_count += 1
        return failures

    def dispatch(self, lines: Sequence[DispatchItemBody]) -> list[tuple[str, str]]:
        failures: list[tuple[str, str]] = []
        for line in lines:
            item = self.items.get(line.orderItemId)
            if item is None:
                failures.append(
                    (line.orderItemId, f"order Item Id {line.orderItemId} not available")
                )
                continue
            problem = _state_problem(item, line.quantity)
            if problem is not None:
                failures.append((line.orderItemId, problem))
                continue
            item.dispatched_quantity += line.quantity
            item.applied_count += 1
        return failures


def _cancel_problem(line: CancelItemBody, item: SandboxItem) -> str | None:
    if line.productId != item.product_id or line.variantId != item.variant_id:
        return (
            f"productId/variantId {line.productId}/{line.variantId} do not match "
            f"order item {item.order_item_id}"
        )
    return _state_problem(item, line.quantity)


def _state_problem(item: SandboxItem, quantity: int) -> str | None:
    if item.status == CANCELLED:
        return f"order item {item.order_item_id} is already cancelled"
    if item.status == DISPATCHED:
        return f"order item {item.order_item_id} is already dispatched"
    if quantity > item.open_quantity:
        return (
            f"quantity {quantity} is more than the {item.open_quantity} still open "
            f"on order item {item.order_item_id}"
        )
    return None
