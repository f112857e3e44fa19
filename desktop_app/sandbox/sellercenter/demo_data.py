"""Deterministic demo data: failure reasons, shipment providers with regexes, orders and items."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

# Demo orders are spread over the week before this instant, so the data never depends on today.
BASE_TIME = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
FIRST_ITEM_ID = 100001
FIRST_ORDER_ID = 300001


@dataclass(frozen=True, slots=True)
class Reason:
    type: str
    name: str
    reason_id: int


REASONS = (
    Reason("canceled", "Out of stock", 1),
    Reason("canceled", "Sourcing team couldn't find items", 2),
    Reason("canceled", "Wrong address", 3),
    Reason("canceled", "Customer requested cancellation", 4),
    Reason("canceled", "Artículo agotado", 5),
    Reason("failed", "Customer not reachable", 6),
    Reason("returned", "Damaged item", 7),
)


@dataclass(frozen=True, slots=True)
class Provider:
    """`php_regex` is what the platform publishes; `pattern` is how the sandbox checks it."""

    name: str
    php_regex: str
    pattern: re.Pattern[str] | None
    example: str
    is_default: bool = False
    tracking_url: str = ""


PROVIDERS = (
    Provider("DHL", r"/^\d{10}$/", re.compile(r"^\d{10}$"), "1234567890", is_default=True),
    Provider("GDEX", "/^[0-9]{20}$/", re.compile(r"^[0-9]{20}$"), "12345678901234567890"),
    Provider("Aramex", "/^jm[0-9]{8}$/i", re.compile(r"^jm[0-9]{8}$", re.I), "JM12345678"),
    Provider("Seller Own Fleet", "", None, "", tracking_url=""),
)


@dataclass(slots=True)
class Item:
    order_item_id: int
    order_id: int
    order_number: str
    name: str
    sku: str
    price: float
    currency: str
    status: str
    created_at: datetime
    updated_at: datetime
    shipping_type: str = "Dropshipping"
    packed: bool = False
    package_id: str | None = None
    shipment_provider: str | None = None
    tracking_code: str | None = None
    reason: str | None = None
    reason_detail: str | None = None
    purchase_order_id: str | None = None
    purchase_order_number: str | None = None


@dataclass(slots=True)
class Order:
    order_id: int
    order_number: str
    created_at: datetime
    item_ids: list[int] = field(default_factory=list)


_PRODUCTS = (
    ("Camiseta básica", 19.9),
    ("Kurta – cotton", 24.5),
    ('Sneakers "Run"', 79.0),
    ("Mochila 20 L", 35.0),
    ("Phone case", 9.99),
)
# Most demo orders are open; a few are in every later state so every rule can be tried.
_STATUSES = ("pending",) * 7 + ("ready_to_ship", "shipped", "canceled")


def build(items: int, seed: int) -> tuple[dict[int, Order], dict[int, Item]]:
    """`items` order items over orders of 1-3 items; the first order is pending with two."""
    rng = random.Random(f"sellercenter:{seed}")  # noqa: S311 - determinism is the point
    orders: dict[int, Order] = {}
    all_items: dict[int, Item] = {}
    item_id, order_id = FIRST_ITEM_ID, FIRST_ORDER_ID
    while len(all_items) < items:
        first = order_id == FIRST_ORDER_ID
        size = min(2 if first else rng.randint(1, 3), items - len(all_items))
        status = "pending" if first else rng.choice(_STATUSES)
        created = BASE_TIME - timedelta(minutes=rng.randint(10, 7 * 24 * 60))
        order = Order(order_id, str(rng.randint(200_000_000, 299_999_999)), created)
        for _ in range(size):
            name, price = rng.choice(_PRODUCTS)
            item = Item(
                order_item_id=item_id,
                order_id=order_id,
                order_number=order.order_number,
                name=name,
                sku=f"SKU-{rng.randint(1000, 9999)}",
                price=price,
                currency="USD",
                status=status,
                created_at=created,
                updated_at=created,
            )
            if status == "ready_to_ship" or status == "shipped":
                item.packed = True
                item.package_id = f"MPDS-{order_id}-1"
                item.shipment_provider = "DHL"
                item.tracking_code = f"9{order_id:09d}"
            if status == "canceled":
                item.reason = REASONS[0].name
            all_items[item_id] = item
            order.item_ids.append(item_id)
            item_id += 1
        orders[order_id] = order
        order_id += 1
    return orders, all_items


def falabella_flavour(orders: dict[int, Order], items: dict[int, Item]) -> None:
    """What Falabella v600 shows that the older platform did not: a PackageId on many pending
    orders from the start (an item so is not packed yet), and `failed_delivery`."""
    for n, order in enumerate(orders.values()):
        order_items = [items[i] for i in order.item_ids]
        if n % 2 == 1 and all(item.status == "pending" for item in order_items):
            for item in order_items:
                item.package_id = package_id(order.order_id)
    shipped = [o for o in orders.values() if items[o.item_ids[0]].status == "shipped"]
    for order in shipped[:1]:
        for item_id in order.item_ids:
            items[item_id].status = "failed_delivery"


def package_id(order_id: int) -> str:
    return f"PKG{order_id:010d}"
