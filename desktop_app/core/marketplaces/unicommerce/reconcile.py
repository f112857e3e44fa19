"""Decide from the status sync which items of a lost request were applied.

The protocol has no idempotency, so a request whose answer was lost is never re-sent blindly:
the engine asks which of its items the marketplace already shows as cancelled or dispatched.
A part-quantity item is applied only when its done quantity grew by what was sent; when the
quantity done before the request is unknown and the sync cannot rule it out, it stays in doubt.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
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


def record_before(action: Action, orders: Iterable[Order]) -> str:
    """What the status sync shows of the items before the first send: per item, its done
    quantity (None when the sync has none) and whether it is already in the target state."""
    seen = {
        item.order_item_id: [_done(action, item), _finished(action, item)]
        for order in orders
        for item in order.order_items
    }
    return json.dumps(seen, sort_keys=True, separators=(",", ":"))


def reconcile(
    action: Action, planned: PlannedRequest, orders: Iterable[Order], before: str | None = None
) -> Reconciled:
    """Each sent item applied, not applied, or in doubt; unknown items count as not applied.
    `before` (from `record_before`) tells a change of this job from one made before it."""
    finished_before: set[str] = set()
    if before is not None:
        recorded: dict[str, list[object]] = json.loads(before)
        known = {item: done for item, (done, _) in recorded.items() if isinstance(done, int)}
        finished_before = {item for item, (done, done_all) in recorded.items() if done_all}
        # What the row itself said wins over what the sync showed.
        planned = replace(planned, done_before={**known, **planned.done_before})
    found = {
        (order.order_id, item.order_item_id): item for order in orders for item in order.order_items
    }
    applied: set[str] = set()
    in_doubt: set[str] = set()
    for item_id, wanted in planned.quantities().items():
        item = found.get((planned.order_of.get(item_id, ""), item_id))
        if item is None:
            continue
        before_of = planned.done_before.get(item_id)
        if before_of is None and item_id in finished_before:
            continue  # done before this job: not by us, so an uninterrupted run's answer holds
        verdict = shows_applied(action, wanted, item, before_of)
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
    done = _done(action, item)
    whole = wanted >= item.quantity
    if done is not None:
        if before is not None:
            return Applied.YES if done >= before + wanted else Applied.NO
        if done < wanted:
            return Applied.NO  # even from nothing done, this request would show `wanted`
        return Applied.YES if whole else _in_doubt(item, wanted, "units done earlier")
    finished = _finished(action, item)
    if whole or (before is not None and before + wanted >= item.quantity):
        # This request alone would have finished the item.
        return Applied.YES if finished else Applied.NO
    # A part of an item leaves the status unchanged: without quantities we cannot tell.
    return _in_doubt(item, wanted, "no quantities in the status sync")


def _done(action: Action, item: OrderItem) -> int | None:
    return item.cancelled_quantity if action is Action.CANCEL else item.dispatched_quantity


def _finished(action: Action, item: OrderItem) -> bool:
    if action is Action.CANCEL:
        return item.status == ItemStatus.CANCELLED
    return item.status in _DISPATCHED_OR_LATER


def _in_doubt(item: OrderItem, wanted: int, why: str) -> Applied:
    log.warning(
        "Item %s: %d of %d sent and its answer lost (%s); left in doubt",
        item.order_item_id,
        wanted,
        item.quantity,
        why,
    )
    return Applied.IN_DOUBT
