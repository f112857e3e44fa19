"""The spec importer (SellerCenter, Unicommerce): exact outcomes per line, columns, messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from desktop_app.core.errors import ImportFileError
from desktop_app.core.importing import (
    EXCEL_SHORTENED,
    FieldSpec,
    MappingNeeded,
    RowSpec,
    import_file,
    import_text,
)
from desktop_app.core.models import EMPTY_DETAILS, Action, ImportResult, ItemId, Outcome
from tests.unit.spec_examples import (
    SELLERCENTER_CANCEL,
    SELLERCENTER_SHIP,
    UNICOMMERCE_DISPATCH,
)

V, BAD, D = Outcome.VALID, Outcome.INVALID, Outcome.DUPLICATE
Seen = tuple[int, Outcome, tuple[ItemId, ...], tuple[str, ...]]


def _seen(result: ImportResult) -> list[Seen]:
    return [(row.line, row.outcome, row.order_items, row.errors) for row in result.rows]


def _details(result: ImportResult) -> dict[int, dict[str, str]]:
    return {row.line: dict(row.details) for row in result.rows if row.outcome is V}


def _write(tmp_path: Path, data: bytes, name: str = "orders.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_sellercenter_cancel_file_gets_exact_outcomes_per_line(tmp_path: Path) -> None:
    text = (
        "Order Item ID,Reason,Reason Detail,Note\n"
        "1001,Out of stock,,\n"
        "1002,wrong PRICE, typo in price ,\n"
        "1003,Bored,,\n"
        "1004,,,\n"
        "1001,Out of stock,,\n"
        "1.23457E+11,Out of stock,,\n"
        "\n"
        "1005,Customer request,this comment is far too long,\n"
        "1 006,Customer request,,\n"
        "Total,6,,\n"
    )
    result = import_file(_write(tmp_path, text.encode()), Action.CANCEL, spec=SELLERCENTER_CANCEL)
    assert _seen(result) == [
        (2, V, (1001,), ()),
        (3, V, (1002,), ()),
        (
            4,
            BAD,
            (1003,),
            (
                "Line 4, Reason: 'Bored' is not allowed here; "
                "use one of: Customer request, Out of stock, Wrong price.",
            ),
        ),
        (5, BAD, (1004,), ("Line 5, Reason: empty; fill in the reason.",)),
        (6, D, (1001,), ("Line 6, Order Item ID: duplicate of line 2; sent once, from there.",)),
        (7, BAD, (), (f"Line 7, Order Item ID: '1.23457E+11': {EXCEL_SHORTENED}.",)),
        (
            9,
            BAD,
            (1005,),
            (
                "Line 9, Reason Detail: is 28 characters long; "
                "a reason detail has at most 20: correct it.",
            ),
        ),
        (
            10,
            BAD,
            (),
            (
                "Line 10, Order Item ID: '1 006' is not one order item id; a cell holds "
                "exactly one id, with no spaces or separators (put each id on its own line): "
                "correct the cell.",
            ),
        ),
    ]
    assert _details(result) == {
        2: {"reason": "Out of stock"},  # an absent optional field is left out
        3: {"reason": "Wrong price", "reason_detail": "typo in price"},
    }
    assert result.mapping == {
        "order_item_id": "Order Item ID",
        "reason": "Reason",
        "reason_detail": "Reason Detail",
    }
    assert "Line 11 looks like a totals line ('Total' '6') and is not data." in result.notes
    assert "1 blank line skipped." in result.notes


def test_german_headers_and_semicolons_map_to_the_same_fields() -> None:
    text = "Bestellpositions-ID;Stornogrund;Kommentar\n7;kundenwunsch;\n8;CUSTOMER REQUEST;bitte\n"
    result = import_text(text, Action.CANCEL, spec=SELLERCENTER_CANCEL)
    assert [row.outcome for row in result.rows] == [BAD, V]
    assert result.rows[0].errors[0].startswith("Line 2, Stornogrund: 'kundenwunsch' is not allowed")
    assert _details(result) == {3: {"reason": "Customer request", "reason_detail": "bitte"}}


def test_sellercenter_ship_reads_several_ids_per_cell_defaults_and_the_row_rule() -> None:
    text = (
        "Bestellpositionen;Versanddienstleister;Sendungsnummer\n"
        '"1001, 1002";dhl;1234567890\n'
        "1003|1004;Blue Express;BX-1\n"
        "1002, 1005;DHL;1234567891\n"
        "1003;Blue Express;BX-2\n"
        "1004|1004;Blue Express;BX-1\n"
        "1006;DHL;ABC\n"
        "1007;UPS;1Z\n"
    )
    result = import_text(text, Action.SHIP, spec=SELLERCENTER_SHIP, carriers=["ignored"])
    label = "Bestellpositionen"
    assert _seen(result) == [
        (2, V, (1001, 1002), ()),
        (3, V, (1003, 1004), ()),
        (
            4,
            BAD,
            (1002, 1005),
            (f"Line 4, {label}: 1002 is already on line 2; remove it from one of the two lines.",),
        ),
        (
            5,
            D,
            (1003,),
            (
                f"Line 5, {label}: duplicate of line 3; sent once, from there, "
                "but its other columns differ: check which is right.",
            ),
        ),
        (6, D, (1004,), (f"Line 6, {label}: duplicate of line 3; sent once, from there.",)),
        (
            7,
            BAD,
            (1006,),
            ("Line 7: tracking number 'ABC' is not a DHL number (10 digits); check it.",),
        ),
        (
            8,
            BAD,
            (1007,),
            (
                "Line 8, Versanddienstleister: 'UPS' is not allowed here; "
                "use one of: Blue Express, Chilexpress, DHL.",
            ),
        ),
    ]
    assert result.rows[4].warnings == (
        f"Line 6, {label}: lists the same id more than once; it is sent once.",
    )
    dropship = {"delivery_type": "dropship"}
    assert _details(result) == {
        2: {"shipping_provider": "DHL", "tracking_number": "1234567890", **dropship},
        3: {"shipping_provider": "Blue Express", "tracking_number": "BX-1", **dropship},
    }
    assert "No delivery type column: every row uses dropship." in result.notes
    assert not any("Carrier" in note for note in result.notes)  # ABOUT YOU's options are ignored
    assert all(row.ship is None for row in result.rows)


UNICOMMERCE_TEXT = (
    "Order Item Code,Order ID,SKU,Qty,Dispatch Date,Invoice Date,Tracking URL,Variant ID\n"
    " UC-10001-1 ,UC-10001,SKU-1,,2026-11-23,2026-11-23 14:05,https://track.example/1,\n"
    "UC-10001-2,UC-10001,SKU-2,02,23.11.2026,23.11.2026 9:05,,V-2\n"
    "UC-10001-1,UC-10001,SKU-1,1,2026-11-23,,,\n"
    "UC-10002-1,UC-10002,SKU-3,0,31.02.2026,tomorrow,ftp://x,\n"
    'UC-10002-2,UC-10002,SKU-3,"1,5",45254,,track.example/2,\n'
    "UC\x07-3,UC-10003,SKU-3,1,24/11/2026,2026-11-24T10:00:00+01:00,,\n"
    f"{'X' * 256},UC-10004,SKU-4,1,2026-11-24,,,\n"
    ",UC-10005,,1,2026-11-24,,,\n"
)


def test_unicommerce_text_ids_dates_and_quantity_get_exact_outcomes() -> None:
    result = import_text(UNICOMMERCE_TEXT, Action.SHIP, spec=UNICOMMERCE_DISPATCH)
    assert _seen(result) == [
        (2, V, ("UC-10001-1",), ()),
        (3, V, ("UC-10001-2",), ()),
        (
            4,
            D,
            ("UC-10001-1",),
            (
                "Line 4, Order Item Code: duplicate of line 2; sent once, from there, "
                "but its other columns differ: check which is right.",
            ),
        ),
        (
            5,
            BAD,
            ("UC-10002-1",),
            (
                "Line 5, Qty: '0' is not 1 or more; correct the cell.",
                "Line 5, Dispatch Date: '31.02.2026' is not a date; "
                "write it as yyyy-mm-dd, e.g. 2026-11-23.",
                "Line 5, Invoice Date: 'tomorrow' is not a date and time; "
                "write it as yyyy-mm-ddThh:mm:ss, e.g. 2026-11-23T14:05:00.",
                "Line 5, Tracking URL: 'ftp://x' is not a web address starting with https:// "
                "(or http://); fix it.",
            ),
        ),
        (
            6,
            BAD,
            ("UC-10002-2",),
            (
                "Line 6, Qty: '1,5' is not a whole number; write a number like 1 or 2.",
                "Line 6, Dispatch Date: '45254' is a number, not a date: format the column as a "
                "date (yyyy-mm-dd) and export again.",
                "Line 6, Tracking URL: 'track.example/2' is not a web address starting with "
                "https:// (or http://); fix it.",
            ),
        ),
        (
            7,
            BAD,
            (),
            (
                "Line 7, Order Item Code: 'UC\\x07-3' contains control or invisible characters; "
                "retype it.",
            ),
        ),
        (
            8,
            BAD,
            (),
            (
                "Line 8, Order Item Code: is 256 characters long; "
                "an order item id has at most 255: correct it.",
            ),
        ),
        (
            9,
            BAD,
            (),
            (
                "Line 9, Order Item Code: empty; fill in the order item id or delete the line.",
                "Line 9, SKU: empty; fill in the product id.",
            ),
        ),
    ]
    assert _details(result) == {
        2: {
            "order_id": "UC-10001",
            "product_id": "SKU-1",
            "quantity": "1",  # the default
            "dispatch_date": "2026-11-23",
            "invoice_date": "2026-11-23T14:05:00",
            "tracking_url": "https://track.example/1",
        },
        3: {
            "order_id": "UC-10001",
            "product_id": "SKU-2",
            "variant_id": "V-2",
            "quantity": "2",
            "dispatch_date": "2026-11-23",
            "invoice_date": "2026-11-23T09:05:00",
        },
    }


def test_unicommerce_workbook_rows_are_numbered_by_sheet_row(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Positions-Code", "Bestellnummer", "Artikelnummer", "Menge", "Versanddatum"])
    sheet.append(["UC-1-1", "UC-1", "A", 2, dt.datetime(2026, 11, 23)])
    sheet.append([])
    sheet.append([123456789012345678, "UC-2", "B", 1.0, dt.date(2026, 11, 24)])
    sheet.append(["UC-3-1", "UC-3", "C", 2.5, "24.11.2026"])
    sheet.append(["UC-4-1", "UC-4", "D", None, "2026-11-25"])
    path = tmp_path / "dispatch.xlsx"
    workbook.save(path)
    result = import_file(path, Action.SHIP, spec=UNICOMMERCE_DISPATCH)
    assert _seen(result) == [
        (2, V, ("UC-1-1",), ()),
        (4, BAD, (), (f"Line 4, Positions-Code: '1.23457E+17': {EXCEL_SHORTENED}.",)),
        (
            5,
            BAD,
            ("UC-3-1",),
            ("Line 5, Menge: '2.5' is not a whole number; write a number like 1 or 2.",),
        ),
        (6, V, ("UC-4-1",), ()),
    ]
    base = {"order_id": "UC-1", "product_id": "A", "quantity": "2", "dispatch_date": "2026-11-23"}
    assert _details(result) == {
        2: base,
        6: {"order_id": "UC-4", "product_id": "D", "quantity": "1", "dispatch_date": "2026-11-25"},
    }
    assert "1 blank line skipped." in result.notes


def test_sellercenter_cancel_workbook_with_german_headers(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Bestellpositions-ID", "Grund"])
    sheet.append([400001, "out of stock"])
    sheet.append([400001.0, "Out of stock"])
    path = tmp_path / "cancel.xlsx"
    workbook.save(path)
    result = import_file(path, Action.CANCEL, spec=SELLERCENTER_CANCEL)
    assert [(row.line, row.outcome) for row in result.rows] == [(2, V), (3, D)]
    assert result.rows[0].details == {"reason": "Out of stock"}


def test_missing_required_column_needs_a_mapping_and_the_mapping_works() -> None:
    text = "Order Item ID;Why\n1;Wrong price\n"
    with pytest.raises(MappingNeeded) as caught:
        import_text(text, Action.CANCEL, spec=SELLERCENTER_CANCEL)
    assert caught.value.missing == ["reason"]
    assert caught.value.columns == ["Order Item ID", "Why"]
    assert "the reason (reason)" in str(caught.value)
    assert "--map reason=COLUMN" in str(caught.value)
    result = import_text(text, Action.CANCEL, spec=SELLERCENTER_CANCEL, mapping={"reason": "why"})
    assert _details(result) == {2: {"reason": "Wrong price"}}
    assert result.mapping == {"order_item_id": "Order Item ID", "reason": "Why"}


def test_missing_id_and_required_fields_are_all_named() -> None:
    with pytest.raises(MappingNeeded) as caught:
        import_text("Sendungsnummer,Notiz\nX,Y\n", Action.SHIP, spec=SELLERCENTER_SHIP)
    assert caught.value.missing == ["order_item_ids", "shipping_provider"]


def test_mapping_a_field_the_spec_does_not_have_is_a_file_error() -> None:
    with pytest.raises(ImportFileError, match="map one of: order_item_id, reason, reason_detail"):
        import_text(
            "Order Item ID,Reason\n1,Wrong price\n",
            Action.CANCEL,
            spec=SELLERCENTER_CANCEL,
            mapping={"carrier_key": "Reason"},
        )


def test_windows_1252_text_is_not_trusted_silently(tmp_path: Path) -> None:
    data = "Bestellpositions-ID;Grund;Begründung\n1;Out of stock;möchte nicht\n2;Wrong price;ok\n"
    path = _write(tmp_path, data.encode("cp1252"))
    result = import_file(path, Action.CANCEL, spec=SELLERCENTER_CANCEL)
    assert _seen(result) == [
        (
            2,
            BAD,
            (1,),
            (
                "Line 2, Begründung: 'möchte nicht' has letters that may have been misread, "
                "because the file is not UTF-8; save it as UTF-8 (in Excel: CSV UTF-8) and open "
                "it again.",
            ),
        ),
        (3, V, (2,), ()),
    ]
    assert result.notes[0] == "Read as Windows-1252 (not valid UTF-8), semicolon-separated."


def test_bare_list_of_ids_works_only_when_nothing_else_is_required() -> None:
    optional = RowSpec(
        ids=FieldSpec("order_item_id", ("Order Item ID",)),
        fields=(
            FieldSpec("reason", ("Reason",), default="Out of stock", choices=("Out of stock",)),
        ),
    )
    result = import_text("11\n12\n11\n", Action.CANCEL, spec=optional)
    assert [(row.line, row.outcome, row.order_items) for row in result.rows] == [
        (1, V, (11,)),
        (2, V, (12,)),
        (3, D, (11,)),
    ]
    assert _details(result)[1] == {"reason": "Out of stock"}
    with pytest.raises(ImportFileError, match="needs columns for the order item ids and reason"):
        import_text("11\n12\n", Action.CANCEL, spec=SELLERCENTER_CANCEL)


def test_invalid_and_duplicate_rows_keep_the_raw_id_and_valid_rows_do_not() -> None:
    result = import_text(
        "Order Item ID,Reason\n5,Wrong price\n5,Wrong price\n0,Wrong price\n",
        Action.CANCEL,
        spec=SELLERCENTER_CANCEL,
    )
    assert [row.raw_ids for row in result.rows] == ["", "5", "0"]
    assert result.rows[2].errors == (
        "Line 4, Order Item ID: '0' is not an order item id; ids are 1 or more: correct the cell.",
    )


def test_rows_without_a_spec_still_go_through_the_about_you_importer() -> None:
    result = import_text("order_item_id\n1\n", Action.CANCEL)
    assert result.rows[0].details is EMPTY_DETAILS


def test_a_spec_that_could_map_one_header_to_two_fields_is_refused() -> None:
    with pytest.raises(ValueError, match="fits both"):
        RowSpec(
            ids=FieldSpec("order_item_id", ("Item",)),
            fields=(FieldSpec("item", ("Artikel",)),),
        )


def test_a_default_that_breaks_its_own_rules_is_a_file_error_before_reading() -> None:
    spec = RowSpec(
        ids=FieldSpec("order_item_id", ()),
        fields=(FieldSpec("reason", (), choices=("Out of stock",), default="Gone"),),
    )
    with pytest.raises(ImportFileError) as caught:
        import_text("order_item_id\n1\n", Action.CANCEL, spec=spec)
    assert str(caught.value) == (
        "The default reason 'Gone' cannot be used: 'Gone' is not allowed here; use one of: "
        "Out of stock; change it in the profile's settings."
    )
