"""Issue 14's hostile files, through both importers in-process: each fails on the old code (a
runaway, a traceback, or items cancelled that nobody meant) and ends in one sentence now.
The files are generated here; the largest expands to 2 GB but is a few KB on disk."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.core.errors import ImportFileError
from desktop_app.core.importing import import_file, import_text, xlsx_sheet
from desktop_app.core.importing.limits import MAX_ROWS
from desktop_app.core.models import Action, Outcome
from tests.fixtures import hostile_files as hostile
from tests.unit.spec_examples import REASONS, SELLERCENTER_CANCEL

# SellerCenter's cancel rows, with a default reason so that a bare id column is a whole file.
_REASON, _DETAIL = SELLERCENTER_CANCEL.fields
SPEC = replace(SELLERCENTER_CANCEL, fields=(replace(_REASON, default=sorted(REASONS)[0]), _DETAIL))
SPECS = pytest.mark.parametrize("spec", [None, SPEC], ids=["aboutyou", "spec"])


def _one_sentence(error: pytest.ExceptionInfo[ImportFileError]) -> str:
    text = str(error.value)
    assert "\n" not in text and text.endswith(".")
    return text


@SPECS
def test_an_xlsx_cell_expanding_to_1_gb_is_refused_before_it_is_inflated(
    tmp_path: Path, spec: object
) -> None:
    path = hostile.xlsx_one_huge_cell(tmp_path / "cell.xlsx")
    with pytest.raises(ImportFileError) as error:
        import_file(path, Action.CANCEL, spec=spec)  # type: ignore[arg-type]
    assert "first sheet is 1,024 MB uncompressed, over the limit of 256 MB" in _one_sentence(error)


def test_an_xlsx_cell_longer_than_excel_allows_is_refused_while_streaming(tmp_path: Path) -> None:
    path = hostile.xlsx_huge_cell_within_part_limit(tmp_path / "cell.xlsx", megabytes=8)
    with pytest.raises(ImportFileError) as error:
        import_file(path, Action.CANCEL)
    assert "Row 2 of the sheet has a cell over 32,767 characters" in _one_sentence(error)


def test_2_gb_of_empty_xlsx_rows_are_refused_before_they_are_read(tmp_path: Path) -> None:
    path = hostile.xlsx_empty_rows(tmp_path / "empty.xlsx")
    with pytest.raises(ImportFileError) as error:
        import_file(path, Action.CANCEL)
    assert "uncompressed, over the limit of 256 MB" in _one_sentence(error)


@SPECS
def test_a_3_million_row_xlsx_is_refused_by_its_row_count(tmp_path: Path, spec: object) -> None:
    path = hostile.xlsx_many_rows(tmp_path / "rows.xlsx", rows=3_000_000)
    with pytest.raises(ImportFileError) as error:
        import_file(path, Action.CANCEL, spec=spec)  # type: ignore[arg-type]
    assert f"more than {MAX_ROWS:,} rows" in _one_sentence(error)


def test_rows_numbered_past_excels_last_row_are_refused(tmp_path: Path) -> None:
    head = hostile.HEADER_ROW + f'<row r="{MAX_ROWS + 1}"><c r="A{MAX_ROWS + 1}"><v>5</v></c></row>'
    path = hostile.workbook(tmp_path / "far.xlsx", head)
    with pytest.raises(ImportFileError) as error:
        import_file(path, Action.CANCEL)
    assert f"more than {MAX_ROWS:,} rows" in _one_sentence(error)


def test_a_workbook_with_a_dtd_is_refused_without_expanding_entities(tmp_path: Path) -> None:
    laughs = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    hostile.write_zip(
        tmp_path / "laughs.xlsx",
        [
            hostile.Member("[Content_Types].xml", hostile.CONTENT_TYPES.encode()),
            hostile.Member("_rels/.rels", hostile.ROOT_RELS.encode()),
            hostile.Member("xl/workbook.xml", (laughs + hostile.WORKBOOK[38:]).encode()),
        ],
    )
    with pytest.raises(ImportFileError, match="could not be opened as an Excel workbook"):
        import_file(tmp_path / "laughs.xlsx", Action.CANCEL)


@SPECS
def test_a_20000_digit_id_is_an_invalid_row_with_a_sentence(tmp_path: Path, spec: object) -> None:
    for path in (
        hostile.csv_long_id(tmp_path / "id.csv"),
        hostile.xlsx_long_id(tmp_path / "id.xlsx"),
    ):
        result = import_file(path, Action.CANCEL, spec=spec)  # type: ignore[arg-type]
        row = result.rows[0]
        assert (row.line, row.outcome, row.order_items) == (2, Outcome.INVALID, ())
        assert "has 20,000 digits; an order item id has at most 20" in row.errors[0]


@SPECS
@pytest.mark.parametrize("cell", ["7000 01", "7000|01", "7000;01", "7000 1"])
def test_a_cancel_cell_with_two_numbers_in_it_cancels_nothing(cell: str, spec: object) -> None:
    # Issue 14: ABOUT YOU's importer read "7000 01" as items 7000 and 1, and cancelled both.
    result = import_text(f'order_item_id\n"{cell}"\n7002\n', Action.CANCEL, spec=spec)  # type: ignore[arg-type]
    first, second = result.rows
    assert (first.outcome, first.order_items) == (Outcome.INVALID, ())
    assert f"Line 2, order_item_id: '{cell}' is not one order item id" in first.errors[0]
    assert (second.outcome, second.order_items) == (Outcome.VALID, (7002,))


def test_a_ship_cell_lists_a_parcels_items_with_a_separator_never_a_space() -> None:
    text = (
        "order_items,carrier_key,shipment_tracking_key,return_tracking_key\n"
        '"7000;7001",DHL,T1,R1\n'
        '"7002 01",DHL,T2,R2\n'
    )
    listed, spaced = import_text(text, Action.SHIP, carriers=["DHL"]).rows
    assert (listed.outcome, listed.order_items) == (Outcome.VALID, (7000, 7001))
    assert (spaced.outcome, spaced.order_items) == (Outcome.INVALID, ())
    assert "'7002 01' has a space inside an id" in spaced.errors[0]


@SPECS
def test_an_unclosed_quote_is_an_error_naming_its_line(tmp_path: Path, spec: object) -> None:
    # The old ABOUT YOU importer merged the next 1,000 lines into one "valid" row.
    path = hostile.csv_unclosed_quote(tmp_path / "quote.csv", lines=1000)
    with pytest.raises(ImportFileError) as error:
        import_file(path, Action.CANCEL, spec=spec)  # type: ignore[arg-type]
    assert _one_sentence(error).startswith('Line 2 opens a quote (") that is never closed')


@SPECS
def test_a_quote_closed_lines_later_makes_that_row_invalid_not_a_list(spec: object) -> None:
    text = 'order_item_id\n"7000\n7001\n7002"\n7003\n'
    first, second = import_text(text, Action.CANCEL, spec=spec).rows  # type: ignore[arg-type]
    assert (first.line, first.outcome, first.order_items) == (2, Outcome.INVALID, ())
    assert "spans several lines" in first.errors[0]
    assert (second.line, second.outcome) == (5, Outcome.VALID)


def test_a_line_of_40_mb_is_refused_with_its_line_number(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as error:
        import_file(hostile.csv_long_line(tmp_path / "line.csv"), Action.CANCEL)
    assert _one_sentence(error).startswith("Line 2 is over 1,048,576 characters long")


def test_a_line_of_a_million_columns_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as error:
        import_file(hostile.csv_many_columns(tmp_path / "columns.csv"), Action.CANCEL)
    assert _one_sentence(error).startswith("Line 2 has more than 16,384 columns")


def test_a_sheet_of_millions_of_unknown_tags_is_refused_by_its_element_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real budget (4 million) takes the parser seconds to reach; the check is the same.
    monkeypatch.setattr(xlsx_sheet, "MAX_SHEET_ELEMENTS", 100_000)
    path = hostile.workbook(tmp_path / "tags.xlsx", hostile.HEADER_ROW, "<x/>" * 2**16, 4)
    with pytest.raises(ImportFileError) as error:
        import_file(path, Action.CANCEL)
    assert "holds more than 4,000,000 XML elements" in _one_sentence(error)


def test_a_workbook_whose_sheet_is_missing_or_damaged_is_one_sentence(tmp_path: Path) -> None:
    members = [
        hostile.Member("[Content_Types].xml", hostile.CONTENT_TYPES.encode()),
        hostile.Member("_rels/.rels", hostile.ROOT_RELS.encode()),
        hostile.Member("xl/workbook.xml", hostile.WORKBOOK.encode()),
        hostile.Member("xl/_rels/workbook.xml.rels", hostile.WORKBOOK_RELS.encode()),
    ]
    hostile.write_zip(tmp_path / "missing.xlsx", members)
    path = hostile.workbook(tmp_path / "damaged.xlsx", hostile.HEADER_ROW)
    data = bytearray(path.read_bytes())
    at = data.find(b"xl/worksheets/sheet1.xml") + len(b"xl/worksheets/sheet1.xml")
    data[at : at + 40] = bytes(40)  # the sheet's deflate stream, broken
    path.write_bytes(bytes(data))
    for broken in (tmp_path / "missing.xlsx", path):
        with pytest.raises(ImportFileError, match="could not be opened as an Excel workbook"):
            import_file(broken, Action.CANCEL)
