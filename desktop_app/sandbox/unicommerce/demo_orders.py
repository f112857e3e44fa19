"""Deterministic demo orders: the same seed gives the same orders, items and quantities."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from .state import SandboxItem, SandboxOrder

_CATALOG = (
    ("TSHIRT-CLASSIC", "TSHIRT-CLASSIC-M-BLACK"),
    ("TSHIRT-CLASSIC", "TSHIRT-CLASSIC-L-WHITE"),
    ("HOODIE-ZIP", "HOODIE-ZIP-S-GREY"),
    ("SNEAKER-RUN", "SNEAKER-RUN-42-BLUE"),
    ("SNEAKER-RUN", "SNEAKER-RUN-44-BLACK"),
    ("CAP-BASEBALL", "CAP-BASEBALL-ONE-RED"),
    ("SOCKS-3PACK", "SOCKS-3PACK-39-42-MIXED"),
)
FIRST_ORDER_NUMBER = 10001


def demo_orders(seed: int, count: int) -> list[SandboxOrder]:
    """`count` orders `UC-10001`… with items `UC-10001-1`…; a few start out done.

    Every fifth order (4th, 9th, …) has its first item cancelled already and every fifth
    (5th, 10th, …) its first item dispatched, so each failure kind can be tried at once.
    """
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not a secret
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    orders = []
    for index in range(count):
        order_id = f"UC-{FIRST_ORDER_NUMBER + index}"
        items = []
        for position in range(1, rng.randint(1, 3) + 1):
            product_id, variant_id = rng.choice(_CATALOG)
            item = SandboxItem(
                order_id, f"{order_id}-{position}", product_id, variant_id, rng.randint(1, 3)
            )
            items.append(item)
        if index % 5 == 3:
            items[0].cancelled_quantity = items[0].quantity
        elif index % 5 == 4:
            items[0].dispatched_quantity = items[0].quantity
        # One order an hour, the newest just now: the cancellation guard's week holds them.
        placed = now - timedelta(hours=count - index)
        orders.append(SandboxOrder(order_id, items, placed))
    return orders
