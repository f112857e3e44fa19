"""Request checking against the published schemas: bodies give 400, paging and filters give 422."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.sandbox.aboutyou.errors import QueryInvalid, RequestInvalid

ORDER_STATUSES = ("open", "shipped", "cancelled", "returned", "mixed")
MAX_PER_PAGE = 100
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


@dataclass(frozen=True)
class CancelItem:
    id: int

    def echo(self) -> dict[str, Any]:
        return {"id": self.id}


@dataclass(frozen=True)
class ShipItem:
    order_items: tuple[int, ...]
    carrier_key: str
    shipment_tracking_key: str
    return_tracking_key: str

    def echo(self) -> dict[str, Any]:
        return {
            "order_items": list(self.order_items),
            "carrier_key": self.carrier_key,
            "shipment_tracking_key": self.shipment_tracking_key,
            "return_tracking_key": self.return_tracking_key,
        }


@dataclass(frozen=True)
class OrderFilter:
    order_status: str | None = None
    order_number: str | None = None
    orders_from: datetime | None = None
    orders_to: datetime | None = None


def parse_json_body(raw: bytes) -> object:
    if not raw.strip():
        raise RequestInvalid("body: a JSON object with 'items' is required")
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise RequestInvalid("body: not valid JSON") from None


def parse_cancel(body: object, max_items: int | None) -> list[CancelItem]:
    entries = _items(body, max_items)
    return [
        CancelItem(_item_id(_field(e, f"items[{i}]", "id"), f"items[{i}].id")) for i, e in entries
    ]


def parse_ship(
    body: object, carrier_keys: Collection[str], max_items: int | None
) -> list[ShipItem]:
    parsed: list[ShipItem] = []
    for i, entry in _items(body, max_items):
        where = f"items[{i}]"
        ids = _field(entry, where, "order_items")
        if not isinstance(ids, list) or not ids:
            raise RequestInvalid(f"{where}.order_items: must be a non-empty list of order item ids")
        carrier = _field(entry, where, "carrier_key")
        if not isinstance(carrier, str):
            raise RequestInvalid(f"{where}.carrier_key: must be a string")
        if carrier not in carrier_keys:
            raise RequestInvalid(f"{where}.carrier_key: unknown carrier key {carrier!r}")
        parsed.append(
            ShipItem(
                order_items=tuple(
                    _item_id(v, f"{where}.order_items[{j}]") for j, v in enumerate(ids)
                ),
                carrier_key=carrier,
                shipment_tracking_key=_tracking_key(entry, where, "shipment_tracking_key"),
                return_tracking_key=_tracking_key(entry, where, "return_tracking_key"),
            )
        )
    return parsed


def parse_batch_request_id(query: Mapping[str, str]) -> str:
    value = query.get("batch_request_id")
    if value is None:
        raise RequestInvalid("batch_request_id: query parameter is required")
    if not _UUID.match(value):
        raise RequestInvalid(f"batch_request_id: {value!r} is not a valid UUID")
    return value.lower()


def parse_paging(query: Mapping[str, str]) -> tuple[int, int]:
    page = _query_int(query, "page", 1)
    per_page = _query_int(query, "per_page", 20)
    if per_page > MAX_PER_PAGE:
        raise QueryInvalid(
            "less_than_equal", "per_page", "Input should be less than or equal to 100"
        )
    return page, per_page


def parse_order_filter(query: Mapping[str, str]) -> OrderFilter:
    status = query.get("order_status")
    if status is not None and status not in ORDER_STATUSES:
        names = ", ".join(f"'{s}'" for s in ORDER_STATUSES[:-1])
        raise QueryInvalid("enum", "order_status", f"Input should be {names} or 'mixed'")
    return OrderFilter(
        order_status=status,
        order_number=query.get("order_number"),
        orders_from=_query_datetime(query, "orders_from"),
        orders_to=_query_datetime(query, "orders_to"),
    )


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _items(body: object, max_items: int | None) -> list[tuple[int, dict[str, Any]]]:
    if not isinstance(body, dict):
        raise RequestInvalid("body: must be a JSON object with 'items'")
    items = _field(body, "body", "items")
    if not isinstance(items, list):
        raise RequestInvalid("items: must be a list")
    if not items:
        raise RequestInvalid("items: must contain at least 1 item")
    if max_items is not None and len(items) > max_items:
        raise RequestInvalid(f"items: ensure this list has at most {max_items} items")
    for i, entry in enumerate(items):
        if not isinstance(entry, dict):
            raise RequestInvalid(f"items[{i}]: must be an object")
    return list(enumerate(items))


def _field(entry: dict[str, Any], where: str, name: str) -> object:
    if name not in entry:
        prefix = "" if where == "body" else f"{where}."
        raise RequestInvalid(f"{prefix}{name}: field required")
    return entry[name]


def _item_id(value: object, where: str) -> int:
    # JSON Schema counts 3.0 as an integer but never true/false or "3".
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise RequestInvalid(f"{where}: must be an integer >= 1, got {json.dumps(value)}")
    return value


def _tracking_key(entry: dict[str, Any], where: str, name: str) -> str:
    value = _field(entry, where, name)
    if not isinstance(value, str) or not 1 <= len(value) <= 255:
        raise RequestInvalid(f"{where}.{name}: must be a string of 1 to 255 characters")
    return value


def _query_int(query: Mapping[str, str], name: str, default: int) -> int:
    raw = query.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        msg = "Input should be a valid integer, unable to parse string as an integer"
        raise QueryInvalid("int_parsing", name, msg) from None
    if value < 1:
        raise QueryInvalid("greater_than_equal", name, "Input should be greater than or equal to 1")
    return value


def _query_datetime(query: Mapping[str, str], name: str) -> datetime | None:
    raw = query.get(name)
    if raw is None:
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise QueryInvalid("datetime_parsing", name, "Input should be a valid datetime") from None
    if value.tzinfo is None:
        raise QueryInvalid("timezone_aware", name, "Input should have timezone info")
    return value
