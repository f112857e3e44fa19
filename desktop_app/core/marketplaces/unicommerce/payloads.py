"""The journaled payload of one request: the exact wire body, plus what a resume needs.

Why the order map: a dispatch body names items only, yet the status sync that decides whether
a lost request was applied can only look items up by order. The journal keeps the payload, so
after a crash `already_applied` still knows where to look.

`doneBefore` holds, per item, the quantity already cancelled (or dispatched) before this
request, when the row said so: a lost part-quantity request is applied only when the status
sync shows that much more. Only `body` is ever sent.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError

from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg
from desktop_app.core.models import Action, RowResult

from .models import CancelItem, CancelRequest, DispatchItem, DispatchRequest, SelfShipping
from .planning import detail, item_id, quantity, request_key

# The row detail that says how much of an item was already done before this request.
DONE_BEFORE_FIELDS = {Action.CANCEL: "cancelled_quantity", Action.SHIP: "dispatched_quantity"}


@dataclass(frozen=True, slots=True)
class PlannedRequest:
    """One cancel or dispatch request and, for every item in it, its order id."""

    request: CancelRequest | DispatchRequest
    order_of: dict[str, str]
    # Per item, its done quantity before this request was first sent, where known.
    done_before: dict[str, int] = field(default_factory=dict)

    def quantities(self) -> dict[str, int]:
        return {item.order_item_id: item.quantity for item in self.request.order_items}


def canonical_json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, sort_keys=True)


def encode(planned: PlannedRequest) -> str:
    envelope: dict[str, Any] = {"body": planned.request.to_wire(), "orderOf": planned.order_of}
    if planned.done_before:
        envelope["doneBefore"] = planned.done_before
    return canonical_json(envelope)


def decode(action: Action, payload: str) -> PlannedRequest:
    try:
        envelope = json.loads(payload)
        model = CancelRequest if action is Action.CANCEL else DispatchRequest
        request = model.model_validate(envelope["body"])
        order_of = {str(key): str(value) for key, value in envelope["orderOf"].items()}
        # Absent from payloads journaled by earlier versions: unknown, then.
        done_before = {
            str(key): _count(value) for key, value in envelope.get("doneBefore", {}).items()
        }
    except (ValueError, KeyError, TypeError, AttributeError, ValidationError):
        # Only a journal written by another version (or edited by hand) gets here.
        raise ConfigError(Msg("A journaled Unicommerce request cannot be read back.")) from None
    return PlannedRequest(request, order_of, done_before)


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("a done quantity is a whole number of 0 or more")
    return value


def build_request(action: Action, rows: Sequence[RowResult]) -> PlannedRequest:
    """The request for rows that `plan_requests` put together (one order; one parcel)."""
    if not rows:
        raise ValueError("a request needs at least one row")
    if len({request_key(action, row) for row in rows}) != 1:
        raise ValueError("rows of different orders or parcels cannot share a request")
    order_of = {item_id(row): detail(row, "order_id") for row in rows}
    try:
        if action is Action.CANCEL:
            request: CancelRequest | DispatchRequest = CancelRequest(
                order_id=detail(rows[0], "order_id"),
                order_items=tuple(_cancel_item(row) for row in rows),
            )
        else:
            request = DispatchRequest(
                order_items=tuple(
                    DispatchItem(order_item_id=item_id(row), quantity=quantity(row)) for row in rows
                ),
                self_shipping=_self_shipping(rows[0]),
            )
    except ValidationError as error:
        first = error.errors(include_input=False)[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ConfigError(
            Msg(
                "Line {line}: {field}: {problem}.",
                line=rows[0].line,
                field=where,
                problem=first["msg"],
            )
        ) from None
    done_before = {
        item_id(row): known for row in rows if (known := _done_before(action, row)) is not None
    }
    return PlannedRequest(request, order_of, done_before)


def _done_before(action: Action, row: RowResult) -> int | None:
    """The item's done quantity the row states (e.g. from the order list), or None."""
    text = row.details.get(DONE_BEFORE_FIELDS[action], "").strip()
    return int(text) if text.isascii() and text.isdigit() else None


def _cancel_item(row: RowResult) -> CancelItem:
    return CancelItem(
        order_item_id=item_id(row),
        product_id=detail(row, "product_id"),
        variant_id=detail(row, "variant_id"),
        quantity=quantity(row),
    )


def _self_shipping(row: RowResult) -> SelfShipping | None:
    """selfShipping only when the seller shipped it: a row with a tracking id."""
    given = {key: value.strip() for key, value in row.details.items() if value.strip()}
    if "tracking_id" not in given:
        return None
    dispatched = given.get("dispatch_date")
    invoiced = given.get("invoice_date")
    try:
        return SelfShipping(
            tracking_id=given["tracking_id"],
            delivery_partner=given.get("delivery_partner"),
            delivery_courier=given.get("delivery_courier"),
            dispatch_date=datetime.fromisoformat(dispatched) if dispatched else None,
            invoice_date=date.fromisoformat(invoiced) if invoiced else None,
            invoice_number=given.get("invoice_number"),
            tracking_url=given.get("tracking_url"),
        )
    except ValueError as error:  # the importer checked the dates; this is the second line
        raise ConfigError(
            Msg(
                "Line {line}: a shipping date cannot be read ({problem}).",
                line=row.line,
                problem=str(error),
            )
        ) from None
