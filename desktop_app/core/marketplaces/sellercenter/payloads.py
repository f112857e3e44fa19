"""The journaled payload of one SellerCenter row: what to send, as canonical JSON.

SellerCenter has no request bodies (every parameter is signed into the query), so the journal
keeps this small description instead; it is rebuilt byte for byte from the same row."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg
from desktop_app.core.marketplaces.sellercenter.models import DeliveryType
from desktop_app.core.marketplaces.sellercenter.row_specs import (
    DELIVERY_TYPE,
    ORDER_DATE,
    REASON,
    REASON_DETAIL,
    SHIPPING_PROVIDER,
    TRACKING_NUMBER,
)
from desktop_app.core.models import ItemId, RowResult


@dataclass(frozen=True, slots=True)
class CancelCall:
    """One SetStatusToCanceled per item, all with the row's reason."""

    order_item_ids: tuple[int, ...]
    reason: str
    reason_detail: str = ""
    order_date: str = ""  # ISO date from the file, if any: where order listings start


@dataclass(frozen=True, slots=True)
class ShipCall:
    """SetStatusToPackedByMarketplace, then SetStatusToReadyToShip, for the row's items."""

    order_item_ids: tuple[int, ...]
    shipping_provider: str
    tracking_number: str
    delivery_type: str = DeliveryType.DROPSHIP.value
    order_date: str = ""


Call = CancelCall | ShipCall


def _ids(row: RowResult) -> tuple[int, ...]:
    ids: list[int] = []
    for item in row.order_items:
        text = str(item).strip()
        if not text.isdigit():
            raise ConfigError(
                Msg(
                    "Line {line}: SellerCenter order item ids are numbers, not {item!r}.",
                    line=row.line,
                    item=item,
                )
            )
        ids.append(int(text))
    if not ids:
        raise ConfigError(Msg("Line {line}: no order item id.", line=row.line))
    return tuple(ids)


def cancel_call(row: RowResult, default_reason: str | None) -> CancelCall:
    reason = row.details.get(REASON) or default_reason
    if not reason:
        raise ConfigError(
            Msg("Line {line}: SellerCenter needs a cancel reason for every row.", line=row.line)
        )
    return CancelCall(
        _ids(row), reason, row.details.get(REASON_DETAIL, ""), row.details.get(ORDER_DATE, "")
    )


def ship_call(row: RowResult, defaults: Mapping[str, str], *, carrier_flow: bool) -> ShipCall:
    """`carrier_flow`: the older SellerCenter flow, where a dropship row names its provider and
    tracking number. Falabella's flow takes neither, and pickup or send-to-warehouse never do."""

    def value(name: str) -> str:
        return row.details.get(name) or defaults.get(name, "")

    delivery = value(DELIVERY_TYPE) or DeliveryType.DROPSHIP.value
    carried = carrier_flow and delivery == DeliveryType.DROPSHIP.value
    provider = value(SHIPPING_PROVIDER) if carried else ""
    if carried and not provider:
        raise ConfigError(
            Msg("Line {line}: SellerCenter needs a shipping provider for every row.", line=row.line)
        )
    tracking = value(TRACKING_NUMBER) if carried else ""
    return ShipCall(_ids(row), provider, tracking, delivery, row.details.get(ORDER_DATE, ""))


def encode(call: Call) -> str:
    body: dict[str, object]
    if isinstance(call, CancelCall):
        body = {"cancel": list(call.order_item_ids), "reason": call.reason}
        if call.reason_detail:
            body["reason_detail"] = call.reason_detail
    else:
        body = {
            "ship": list(call.order_item_ids),
            "shipping_provider": call.shipping_provider,
            "tracking_number": call.tracking_number,
            "delivery_type": call.delivery_type,
        }
    if call.order_date:  # absent from payloads without one: those stay byte for byte
        body["order_date"] = call.order_date
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False, sort_keys=True)


def decode(payload: str) -> Call:
    """The call a journaled payload stands for; ConfigError if it is not one of ours."""
    try:
        body = json.loads(payload)
        if "cancel" in body:
            return CancelCall(
                tuple(int(i) for i in body["cancel"]),
                str(body["reason"]),
                str(body.get("reason_detail", "")),
                str(body.get("order_date", "")),
            )
        return ShipCall(
            tuple(int(i) for i in body["ship"]),
            str(body["shipping_provider"]),
            str(body["tracking_number"]),
            str(body["delivery_type"]),
            str(body.get("order_date", "")),
        )
    except (ValueError, TypeError, KeyError):
        raise ConfigError(Msg("A journaled SellerCenter batch cannot be read back.")) from None


def item_ids(payload: str) -> Sequence[ItemId]:
    return decode(payload).order_item_ids


def order_date(call: Call) -> datetime | None:
    """The row's order date as the start of its day in UTC, if the file gave one."""
    if not call.order_date:
        return None
    try:
        return datetime.fromisoformat(call.order_date).replace(tzinfo=UTC)
    except ValueError:
        return None
