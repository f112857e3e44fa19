"""Header synonyms and single cells: what counts as an id, a list of ids or a tracking key."""

from __future__ import annotations

import pytest

from desktop_app.core.importing.headers import field_for_header
from desktop_app.core.importing.values import EXCEL_SHORTENED, clean, key_problem, parse_ids


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("order_item_id", "order_item_id"),
        ("Order Item ID", "order_item_id"),
        ("orderItemId", "order_item_id"),
        ("item id", "order_item_id"),
        ("Bestellpositions-ID", "order_item_id"),
        ("Positions-ID", "order_item_id"),
        ("order item ids", "order_items"),
        ("ORDER.ITEMS", "order_items"),
        ("carrier", "carrier_key"),
        ("Versanddienstleister", "carrier_key"),
        ("Spediteur", "carrier_key"),
        ("tracking number", "shipment_tracking_key"),
        ("Sendungsnummer", "shipment_tracking_key"),
        ("Trackingnummer", "shipment_tracking_key"),
        ("return tracking", "return_tracking_key"),
        ("Retourensendungsnummer", "return_tracking_key"),
        ("Retourennummer", "return_tracking_key"),
        ("Ruecksendungsnummer", "return_tracking_key"),
        ("Bestellnummer", None),  # an order, not an order item: never guessed
        ("order id", None),
    ],
)
def test_headers_are_matched_ignoring_case_spaces_and_punctuation(
    header: str, field: str | None
) -> None:
    assert field_for_header(header) == field


@pytest.mark.parametrize(
    ("cell", "ids"),
    [
        ("123", (123,)),
        ("00123", (123,)),
        ("10001,10002", (10001, 10002)),
        ("10001; 10002 |10003", (10001, 10002, 10003)),
        ("5;5", (5,)),
        ('="123"', (123,)),
    ],
)
def test_cells_with_plain_ids_or_lists_of_ids_are_read(cell: str, ids: tuple[int, ...]) -> None:
    assert parse_ids(cell, many=True)[:2] == (ids, None)
    if len(ids) == 1 and not any(separator in cell for separator in ",;|"):
        assert parse_ids(cell, many=False)[:2] == (ids, None)


@pytest.mark.parametrize(
    ("cell", "fragment"),
    [
        ("1.23457E+11", EXCEL_SHORTENED),
        ("1,23457E+11", EXCEL_SHORTENED),
        ("1,234,567", "thousands separator"),
        ("1.234.567", "thousands separator"),
        ("1\u00a0234", "thousands separator"),
        ("12.0", "not a whole number"),
        ("0", "1 or more"),
        ("-5", "not an order item id"),
        ("１２３", "not an order item id"),  # full-width digits
        ("9" * 20, "too large"),
        ("9" * 21, "has 21 digits; an order item id has at most 20"),
        ("7" * 20_000, "has 20,000 digits"),
        ("7000 01", "'7000 01'"),
        ("", "empty"),
    ],
)
def test_malformed_ids_say_what_is_wrong_and_what_to_do(cell: str, fragment: str) -> None:
    for many in (False, True):
        ids, problem, _ = parse_ids(cell, many=many)
        assert ids == () and problem is not None and fragment in problem


@pytest.mark.parametrize(
    "cell", ["7000 01", "7000|01", "7000;01", "7000,7001", "7000\t1", "7000 a"]
)
def test_a_cancel_cell_holds_exactly_one_id(cell: str) -> None:
    # Issue 14: "7000 01" was read as items 7000 and 1, and both were cancelled.
    ids, problem, _ = parse_ids(cell, many=False)
    assert ids == () and problem is not None
    assert problem.startswith(f"'{cell}' is not one order item id".replace("\t", "\\x09"))


@pytest.mark.parametrize("cell", ["7000 01", "7000, 70 01", "7000;7001 7002"])
def test_several_ids_of_a_ship_cell_need_a_separator_never_a_space(cell: str) -> None:
    ids, problem, _ = parse_ids(cell, many=True)
    assert ids == () and problem is not None and "has a space inside an id" in problem


def test_an_id_listed_twice_in_one_cell_is_sent_once_with_a_warning() -> None:
    assert parse_ids("5;5", many=True)[2] is not None


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("", "empty"),
        ("x" * 256, "at most 255"),
        ("1.23457E+11", EXCEL_SHORTENED),
        ("AB\x07C", "control"),
        ("AB\ufffdC", "lost"),
    ],
)
def test_bad_tracking_keys_are_explained(value: str, fragment: str) -> None:
    problem = key_problem(value, "tracking number", trust_non_ascii=True)
    assert problem is not None and fragment in problem


def test_non_ascii_tracking_key_is_refused_only_when_the_encoding_was_guessed() -> None:
    assert key_problem("JJDä1", "tracking number", trust_non_ascii=True) is None
    assert "not UTF-8" in (key_problem("JJDä1", "x", trust_non_ascii=False) or "")


def test_tracking_keys_with_letters_like_exponents_are_fine() -> None:
    assert key_problem("123E45", "tracking number", trust_non_ascii=True) is None


def test_clean_trims_and_undoes_the_exports_formula_guard() -> None:
    assert clean("  '=R2 ") == "=R2"
    assert clean("'\tX") == "X"
    assert clean("'quoted'") == "'quoted'"
