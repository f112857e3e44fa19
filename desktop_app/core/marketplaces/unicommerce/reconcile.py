"""Decide from the status sync which items of a lost request were applied.

The protocol has no idempotency, so a request whose answer was lost is never re-sent blindly:
the engine asks which of its items the marketplace already shows as cancelled or dispatched.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from desktop_app.core.models import Action

from .models import ItemStatus, Order, OrderItem
from .payloads import PlannedRequest

log = logging.getLogger(__name__)

# Every status an item reaches only after it was dispatched.
_DISPATCHED_OR_LATER = frozenset(
    {
        ItemStatus.DISPATCHED,
        ItemStatus.DELIVERED,
        ItemStatus.RETURN_REQUESTED,
        ItemStatus.COURIER_RETURN,
    }
)


def order_ids(planned: PlannedRequest) -> list[str]:
    """The orders to ask about, in the order of their first item."""
    return list(dict.fromkeys(planned.order_of.values()))


def applied_items(action: Action, planned: PlannedRequest, orders: Iterable[Order]) -> set[str]:
    """The sent items the marketplace shows as done; unknown items count as not applied."""
    found = {
        (order.order_id, item.order_item_id): item for order in orders for item in order.order_items
    }
    applied: set[str] = set()
    for item_id, wanted in planned.quantities().items():
        item = found.get((planned.order_of.get(item_id, ""), item_id))
        if item is not None and shows_applied(action, wanted, item):
            applied.add(item_id)
    return applied


def shows_applied(action: Action, wanted: int, item: OrderItem) -> bool:
    """Quantities decide when the marketplace sends them; otherwise the item's status does."""
    done = item.cancelled_quantity if action is Action.CANCEL else item.dispatched_quantity
    if done is not None:
        return done >= wanted
    if action is Action.CANCEL:
        finished = item.status == ItemStatus.CANCELLED
    else:
        finished = item.status in _DISPATCHED_OR_LATER
    if not finished and wanted < item.quantity:
        # A part of an item leaves the status unchanged: without quantities we cannot tell.
        log.warning(
            "Item %s: %d of %d sent and no quantities in the status sync; treated as not applied",
            item.order_item_id,
            wanted,
            item.quantity,
        )
    return finished
