"""Request checks name the offending field; paging errors use the API's 422 shape."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.sandbox.aboutyou.carriers import CARRIER_KEYS
from desktop_app.sandbox.aboutyou.config import AboutYouSandboxConfig
from desktop_app.sandbox.aboutyou.errors import QueryInvalid, RequestInvalid
from desktop_app.sandbox.aboutyou.validation import (
    CancelItem,
    parse_batch_request_id,
    parse_cancel,
    parse_json_body,
    parse_order_filter,
    parse_paging,
    parse_ship,
)

SHIP = {
    "order_items": [100001],
    "carrier_key": "DHL_STD_NATIONAL",
    "shipment_tracking_key": "T",
    "return_tracking_key": "R",
}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "items: field required"),
        ({"items": {}}, "items: must be a list"),
        ({"items": []}, "items: must contain at least 1"),
        ({"items": [5]}, "items[0]: must be an object"),
        ({"items": [{}]}, "items[0].id: field required"),
        ({"items": [{"id": True}]}, "items[0].id"),
        ({"items": [{"id": "5"}]}, "items[0].id"),
        ({"items": [{"id": 0}]}, "items[0].id"),
        ({"items": [{"id": 1}, {"id": 2.5}]}, "items[1].id"),
        ([], "body"),
    ],
)
def test_invalid_cancel_bodies_name_the_field(body: Any, field: str) -> None:
    with pytest.raises(RequestInvalid, match=r"^" + field.replace("[", r"\[").replace("]", r"\]")):
        parse_cancel(body, max_items=None)


def test_an_integral_float_id_is_an_integer_as_in_json_schema() -> None:
    assert parse_cancel({"items": [{"id": 100001.0}]}, None) == [CancelItem(100001)]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"carrier_key": "NOPE"}, "items[0].carrier_key: unknown carrier key"),
        ({"carrier_key": 7}, "items[0].carrier_key"),
        ({"shipment_tracking_key": ""}, "items[0].shipment_tracking_key"),
        ({"return_tracking_key": "x" * 256}, "items[0].return_tracking_key"),
        ({"order_items": []}, "items[0].order_items"),
        ({"order_items": [1, False]}, "items[0].order_items[1]"),
    ],
)
def test_invalid_ship_entries_name_the_field(change: dict[str, Any], field: str) -> None:
    with pytest.raises(RequestInvalid) as caught:
        parse_ship({"items": [{**SHIP, **change}]}, CARRIER_KEYS, max_items=None)
    assert caught.value.message.startswith(field)


def test_a_ship_entry_missing_a_required_field_names_it() -> None:
    entry = {k: v for k, v in SHIP.items() if k != "return_tracking_key"}
    with pytest.raises(RequestInvalid, match="return_tracking_key: field required"):
        parse_ship({"items": [entry]}, CARRIER_KEYS, max_items=None)


def test_tracking_keys_of_1_and_255_characters_are_fine() -> None:
    entry = {**SHIP, "shipment_tracking_key": "x", "return_tracking_key": "y" * 255}
    assert parse_ship({"items": [entry]}, CARRIER_KEYS, None)[0].echo() == entry


@pytest.mark.parametrize("raw", [b"", b"  ", b"{", b'{"items": NaN}', b"\xff"])
def test_missing_or_broken_json_is_refused(raw: bytes) -> None:
    with pytest.raises(RequestInvalid, match=r"^body"):
        parse_json_body(raw)


@pytest.mark.parametrize(
    "value", ["", "123", "not-a-uuid", "{00000000-0000-4000-8000-000000000000}"]
)
def test_malformed_batch_request_ids_are_refused(value: str) -> None:
    with pytest.raises(RequestInvalid, match=r"^batch_request_id"):
        parse_batch_request_id({"batch_request_id": value})


def test_batch_request_ids_are_matched_case_insensitively() -> None:
    upper = "ABCDEF00-0000-4000-8000-000000000000"
    assert parse_batch_request_id({"batch_request_id": upper}) == upper.lower()


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ({"per_page": "101"}, "less_than_equal"),
        ({"per_page": "0"}, "greater_than_equal"),
        ({"page": "x"}, "int_parsing"),
    ],
)
def test_paging_out_of_range_is_a_422_detail(query: dict[str, str], kind: str) -> None:
    with pytest.raises(QueryInvalid) as caught:
        parse_paging(query)
    assert caught.value.detail[0]["type"] == kind


def test_paging_defaults_to_page_1_of_20() -> None:
    assert parse_paging({}) == (1, 20)


def test_order_filters_need_known_statuses_and_aware_datetimes() -> None:
    assert parse_order_filter({"order_status": "mixed"}).order_status == "mixed"
    with pytest.raises(QueryInvalid):
        parse_order_filter({"orders_from": "2026-11-01T00:00:00"})


def test_config_refuses_shares_outside_0_to_1() -> None:
    with pytest.raises(ValueError, match="unavailable_share"):
        AboutYouSandboxConfig(unavailable_share=1.5)
