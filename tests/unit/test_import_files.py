"""File-level problems, column mapping, progress, cancellation and pasted text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop_app.core.errors import ImportFileError
from desktop_app.core.importing import (
    ImportCancelled,
    MappingNeeded,
    import_file,
    import_text,
)
from desktop_app.core.models import Action, Outcome, ShipInfo

SHIP_HEADER = "order_items,carrier_key,shipment_tracking_key,return_tracking_key\n"


def _write(tmp_path: Path, data: bytes | str, name: str = "orders.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "is empty"),
        (b" \r\n\t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "looks binary"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel .xls"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"order_item_id\n\n\n", "no order item lines"),
        (b"PK\x03\x04garbage that is no zip", "could not be opened as an Excel workbook"),
        (b'order_item_id\n1\n"2\n' + b"3\n" * 70_000, "never closed"),
    ],
    ids=["empty", "blank", "png", "xls", "pdf", "header-only", "broken-zip", "stray-quote"],
)
def test_unreadable_file_raises_one_clear_sentence(
    tmp_path: Path, data: bytes, fragment: str
) -> None:
    with pytest.raises(ImportFileError) as caught:
        import_file(_write(tmp_path, data), Action.CANCEL)
    assert fragment in str(caught.value)
    assert "\n" not in str(caught.value)


def test_file_over_50_mb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:  # sparse: no 50 MB written
        handle.write(b"order_item_id\n1\n")
        handle.truncate(50 * 1024 * 1024 + 1)
    with pytest.raises(ImportFileError, match="up to 50 MB"):
        import_file(path, Action.CANCEL)


def test_missing_file_is_a_file_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="cannot be opened"):
        import_file(tmp_path / "nope.csv", Action.CANCEL)


def test_xlsx_with_no_sheet_content_is_a_file_error(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(ImportFileError, match="Excel workbook"):
        import_file(path, Action.CANCEL)


def test_unknown_columns_need_a_mapping_naming_the_field_and_the_columns(tmp_path: Path) -> None:
    path = _write(tmp_path, "Bestellnummer;Kunde\n1;Anna\n")
    with pytest.raises(MappingNeeded) as caught:
        import_file(path, Action.CANCEL)
    assert caught.value.missing == ["order_item_id"]
    assert caught.value.columns == ["Bestellnummer", "Kunde"]
    assert "order_item_id" in str(caught.value)
    assert "'Bestellnummer', 'Kunde'" in str(caught.value)


def test_mapping_picks_the_column_and_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, "Bestellnummer;Pos\nA1;17\n")
    result = import_file(path, Action.CANCEL, mapping={"order_item_id": "pos"})
    assert [row.order_items for row in result.rows] == [(17,)]
    assert result.mapping == {"order_item_id": "Pos"}


def test_ship_file_without_tracking_columns_lists_every_missing_field(tmp_path: Path) -> None:
    path = _write(tmp_path, "order_items,Versanddienstleister\n1,DHL\n")
    with pytest.raises(MappingNeeded) as caught:
        import_file(path, Action.SHIP)
    assert caught.value.missing == ["shipment_tracking_key", "return_tracking_key"]


def test_ship_file_without_carrier_column_needs_a_carrier_or_a_default(tmp_path: Path) -> None:
    path = _write(tmp_path, "order_items,Sendungsnummer,Retourennummer\n1,T,R\n")
    with pytest.raises(MappingNeeded) as caught:
        import_file(path, Action.SHIP)
    assert caught.value.missing == ["carrier_key"]
    result = import_file(path, Action.SHIP, default_carrier="DHL", carriers=["DHL"])
    assert result.rows[0].ship == ShipInfo("DHL", "T", "R")


def test_mapping_to_a_column_that_is_not_there_needs_a_mapping_again(tmp_path: Path) -> None:
    path = _write(tmp_path, "a,b\n1,2\n")
    with pytest.raises(MappingNeeded, match="'Nope' chosen for order_item_id"):
        import_file(path, Action.CANCEL, mapping={"order_item_id": "Nope"})


def test_mapping_an_unknown_field_is_a_clear_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "a,b\n1,2\n")
    with pytest.raises(ImportFileError, match="'colour' is not a field"):
        import_file(path, Action.CANCEL, mapping={"colour": "a"})


def test_bare_id_list_cannot_be_shipped(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="bare list of ids"):
        import_file(_write(tmp_path, "1\n2\n"), Action.SHIP)


def test_a_file_that_stops_being_utf8_late_is_read_whole_as_windows_1252(tmp_path: Path) -> None:
    body = "order_item_id,Kunde\n" + "".join(f"{n},x\n" for n in range(1, 20_000))
    path = _write(tmp_path, body.encode() + "99999,Müller\n".encode("cp1252"))
    result = import_file(path, Action.CANCEL)
    assert len(result.rows) == 20_000
    assert any("Windows-1252" in note for note in result.notes)


def test_carrier_outside_known_list_is_invalid_and_unknown_list_only_warns(tmp_path: Path) -> None:
    path = _write(tmp_path, SHIP_HEADER + "1,DHL,T1,R1\n2,dhl,T2,R2\n")
    checked = import_file(path, Action.SHIP, carriers=["HERMES_KLV"])
    assert [row.outcome for row in checked.rows] == [Outcome.INVALID, Outcome.INVALID]
    unchecked = import_file(path, Action.SHIP)
    assert [row.outcome for row in unchecked.rows] == [Outcome.VALID, Outcome.VALID]
    assert all("was not checked" in row.warnings[0] for row in unchecked.rows)
    assert unchecked.rows[0].warnings[0].startswith("Line 2, carrier_key:")


def test_carrier_in_another_case_becomes_the_known_key(tmp_path: Path) -> None:
    path = _write(tmp_path, SHIP_HEADER + "1,dhl_std_national,T1,R1\n")
    result = import_file(path, Action.SHIP, carriers=["DHL_STD_NATIONAL"])
    assert result.rows[0].ship == ShipInfo("DHL_STD_NATIONAL", "T1", "R1")


def test_progress_rises_to_one_and_is_throttled(tmp_path: Path) -> None:
    path = _write(tmp_path, "order_item_id\n" + "".join(f"{n}\n" for n in range(1, 50_001)))
    seen: list[float] = []
    import_file(path, Action.CANCEL, progress=seen.append)
    assert seen[-1] == 1.0
    assert seen == sorted(seen)
    assert len(seen) < 50  # at most one call per 50 ms of work, never one per row


def test_cancelling_stops_the_import(tmp_path: Path) -> None:
    path = _write(tmp_path, "order_item_id\n" + "".join(f"{n}\n" for n in range(1, 5001)))
    calls = iter([False, False, True])
    with pytest.raises(ImportCancelled):
        import_file(path, Action.CANCEL, is_cancelled=lambda: next(calls, True))


def test_pasted_ids_from_a_spreadsheet_column_are_a_cancel_list() -> None:
    result = import_text("123\r\n456\r\n\r\n123\r\n", Action.CANCEL)
    assert [(row.line, row.outcome) for row in result.rows] == [
        (1, Outcome.VALID),
        (2, Outcome.VALID),
        (4, Outcome.DUPLICATE),
    ]


def test_pasted_ids_on_one_line_are_one_invalid_row_not_several_cancels() -> None:
    # Issue 14: a cancel line holds one id; "123, 456 789" is never read as three.
    result = import_text("123, 456 789", Action.CANCEL)
    [row] = result.rows
    assert row.outcome is Outcome.INVALID and row.order_items == ()
    assert "is not one order item id" in row.errors[0]


def test_pasted_text_that_is_empty_is_a_clear_error() -> None:
    with pytest.raises(ImportFileError, match="pasted text is empty"):
        import_text("  \n ", Action.CANCEL)
