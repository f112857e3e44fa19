"""Rows -> requests: which rows travel together, and the exact body each request sends.

Cancel takes one order per request. Dispatch carries one `selfShipping` per request, so rows
travel together when they share the order and every shipping detail (one parcel).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg
from desktop_app.core.models import Action, RowResult

from .grouping import group_by_order
from .row_specs import SHIPPING_NAMES

# The protocol sets no maximum; an order rarely has more items, and a lost answer then
# leaves at most this many items in doubt.
DEFAULT_ITEMS_PER_REQUEST = 50


def detail(row: RowResult, name: str) -> str:
    """A required detail of a row; ConfigError naming the line when the file lacked it."""
    value = row.details.get(name, "").strip()
    if not value:
        label = name.replace("_", " ")
        raise ConfigError(
            Msg(
                "Line {line}: the {label} is missing; Unicommerce needs it.",
                line=row.line,
                label=label,
            )
        )
    return value


def item_id(row: RowResult) -> str:
    if len(row.order_items) != 1:
        raise ConfigError(
            Msg("Line {line}: give exactly one order item id per line.", line=row.line)
        )
    return str(row.order_items[0])


def quantity(row: RowResult) -> int:
    text = detail(row, "quantity")
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise ConfigError(
            Msg("Line {line}: the quantity must be a whole number of 1 or more.", line=row.line)
        )
    return value


def shipping_key(row: RowResult) -> tuple[str, ...]:
    return tuple(row.details.get(name, "").strip() for name in SHIPPING_NAMES)


def request_key(action: Action, row: RowResult) -> str:
    """Rows with the same key may share a request."""
    if action is Action.CANCEL:
        return detail(row, "order_id")
    # \x1f cannot occur in an imported cell, so distinct tuples give distinct keys.
    return "\x1f".join((detail(row, "order_id"), *shipping_key(row)))


def plan_requests(
    action: Action, rows: Sequence[RowResult], max_items: int = DEFAULT_ITEMS_PER_REQUEST
) -> list[list[RowResult]]:
    """Groups in the file order of their first row, each cut to `max_items` distinct items."""
    planned: list[list[RowResult]] = []
    for group in group_by_order(rows, lambda row: request_key(action, row)):
        current: list[RowResult] = []
        seen: set[str] = set()
        for row in group.rows:
            item = item_id(row)
            # The marketplace refuses an item twice in one body; a second row goes in a new one.
            if len(current) >= max_items or item in seen:
                planned.append(current)
                current, seen = [], set()
            current.append(row)
            seen.add(item)
        if current:
            planned.append(current)
    return planned
