"""Decide from the status sync which items of a lost request were applied.

The protocol has no idempotency, so a request whose answer was lost is never re-sent blindly:
the engine asks which of its items the marketplace already shows as cancelled or dispatched.
A part-quantity item is applied only when its done quantity grew by what was sent; when the
quantity done before the request is unknown and the sync cannot rule it out, it stays in doubt.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

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


class Applied(StrEnum):
    YES = "applied"
    NO = "not applied"
    IN_DOUBT = "in doubt"


@dataclass(frozen=True, slots=True)
class Reconciled:
    """The sent items the marketplace shows as done, and those it cannot decide."""

    applied: frozenset[str]
    in_doubt: frozenset[str]


def order_ids(planned: PlannedRequest) -> list[str]:
    """The orders to ask about, first item first."""
    return list(dict.fromkeys(planned.order_of.values()))


def reconcile(action: Action, planned: PlannedRequest, orders: Iterable[Order]) -> Reconciled:
    """Each sent item applied, not applied, or in doubt; unknown items count as not applied."""
    found = {
        (order.order_id, item.order_item_id): item for order in orders for item in order.order_items
    }
    applied: set[str] = set()
    in_doubt: set[str] = set()
    for item_id, wanted in planned.quantities().items():
        item = found.get((planned.order_of.get(item_id, ""), item_id))
        if item is None:
            continue
        verdict = shows_applied(action, wanted, item, planned.done_before.get(item_id))
        if verdict is Applied.YES:
            applied.add(item_id)
        elif verdict is Applied.IN_DOUBT:
            in_doubt.add(item_id)
    return Reconciled(frozenset(applied), frozenset(in_doubt))


def shows_applied(
    action: Action, wanted: int, item: OrderItem, before: int | None = None
) -> Applied:
    """Whether `wanted` units sent for `item` were applied, given the item's done quantity
    `before` the request was first sent (None: unknown).

    Quantities decide when the marketplace sends them; otherwise the item's status does. A
    request for the whole item needs no `before`: it is only valid while nothing is done.
    """
    done = item.cancelled_quantity if action is Action.CANCEL else item.dispatched_quantity
    whole = wanted >= item.quantity
    if done is not None:
        if before is not None:
            return Applied.YES if done >= before + wanted else Applied.NO
        if done < wanted:
            return Applied.NO  # even from nothing done, this request would show `wanted`
        return Applied.YES if whole else _in_doubt(item, wanted, "units done earlier")
    if action is Action.CANCEL:
        finished = item.status == ItemStatus.CANCELLED
    else:
        finished = item.status in _DISPATCHED_OR_LATER
    if whole or (before is not None and before + wanted >= item.quantity):
        # This request alone would have finished the item.
        return Applied.YES if finished else Applied.NO
    # A part of an item leaves the status unchanged: without quantities we cannot tell.
    return _in_doubt(item, wanted, "no quantities in the status sync")


def _in_doubt(item: OrderItem, wanted: int, why: str) -> Applied:
    log.warning(
        "Item %s: %d of %d sent and its answer lost (%s); left in doubt",
        item.order_item_id,
        wanted,
        item.quantity,
        why,
    )
    return Applied.IN_DOUBT
