"""SellerCenter's refusal of one call, as the row's failure: one plain sentence, then its words."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.errors import ConfigError, RequestRejected
from desktop_app.core.i18n import Msg, message_id, message_of
from desktop_app.core.marketplaces.base import ItemVerdict
from desktop_app.core.marketplaces.sellercenter.errors import RequestInvalid
from desktop_app.core.models import ItemId

# The platform's "wrong status" answers: what a re-sent status change meets.
WRONG_STATUS_CODES = frozenset({28, 73})
# Malformed for every row alike (version, format, action, channel): stop the job, not the row.
JOB_STOPPING_CODES = frozenset({2, 4, 5, 8, 10, 18})

_PLAIN = {
    20: message_id("SellerCenter does not know order item {items}."),
    21: message_id(
        "SellerCenter's order system failed for order item {items}; try this row again later."
    ),
    22: message_id(
        "SellerCenter does not accept this cancel reason; pick one of its cancel reasons."
    ),
    23: message_id("SellerCenter refused the order item ids {items}."),
    24: message_id("SellerCenter does not accept this delivery type."),
    25: message_id("SellerCenter does not know this shipping provider."),
    26: message_id("SellerCenter refused the tracking number."),
    28: message_id(
        "Order item {items} is no longer pending, so its status cannot change to this one."
    ),
    29: message_id(
        "Order items {items} belong to different orders; put each order on its own row."
    ),
    31: message_id("The tracking number does not match the shipping provider's format."),
    34: message_id("Order item {items} must be packed first."),
    63: message_id("This tracking number was already used for another order."),
    73: message_id("Order item {items} must be pending (or ready to ship) for this step."),
    91: message_id(
        "Pickup and send-to-warehouse items take no shipping provider or tracking number."
    ),
    121: message_id("SellerCenter refused the package id of order item {items}."),
    122: message_id("SellerCenter does not know the package of order item {items}."),
}


def _items(order_item_ids: Sequence[ItemId]) -> str:
    return ", ".join(str(item) for item in order_item_ids)


def refusal_sentence(error: RequestRejected, order_item_ids: Sequence[ItemId]) -> str:
    """`Order item 101 is no longer pending... (SellerCenter rejected it: E028: ...)`."""
    code = getattr(error, "code", None)
    template = _PLAIN.get(code) if isinstance(code, int) else None
    if template is None:
        return message_of(error)
    plain = Msg(template, items=_items(order_item_ids))
    return Msg("{plain} ({refusal})", plain=plain, refusal=message_of(error))


def failed(error: RequestRejected, order_item_ids: Sequence[ItemId]) -> dict[ItemId, ItemVerdict]:
    """Every item of the call fails with the same sentence; a job-wide fault stops the job."""
    if isinstance(error, RequestInvalid) and error.code in JOB_STOPPING_CODES:
        raise ConfigError(
            Msg(
                "{problem} Check the profile's base URL; every row would fail alike.",
                problem=message_of(error),
            )
        )
    verdict = ItemVerdict(False, (refusal_sentence(error, order_item_ids),))
    return dict.fromkeys(order_item_ids, verdict)


def is_wrong_status(error: RequestRejected) -> bool:
    return getattr(error, "code", None) in WRONG_STATUS_CODES
