"""Any bytes at all give a clear file error or exactly one outcome per data line."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import ImportFileError
from desktop_app.core.importing import import_file
from desktop_app.core.models import Action, ImportResult, Outcome

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _import(data: bytes, action: Action, suffix: str = ".csv") -> ImportResult | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            return import_file(path, action, carriers=["DHL"])
        except ImportFileError as error:
            assert str(error).strip()
            return None


def _assert_one_outcome_per_line(result: ImportResult) -> None:
    lines = [row.line for row in result.rows]
    assert lines == sorted(set(lines)) and lines[0] >= 1
    for row in result.rows:
        assert row.outcome in (Outcome.VALID, Outcome.INVALID, Outcome.DUPLICATE)
        if row.outcome is Outcome.VALID:
            assert row.errors == () and row.order_items
        else:
            assert row.errors and all(e.startswith(f"Line {row.line}, ") for e in row.errors)


@SETTINGS
@given(data=st.binary(max_size=600), ship=st.booleans())
@example(data=b"\xef\xbb\xbf", ship=False)
@example(data=b"\xff\xfe1\x00\n\x002", ship=False)
@example(data=b"order_item_id\n\x00\x00", ship=False)
@example(data=b'order_items,carrier,tracking,return tracking\n"1\n', ship=True)
def test_any_bytes_give_a_file_error_or_one_outcome_per_line(data: bytes, ship: bool) -> None:
    result = _import(data, Action.SHIP if ship else Action.CANCEL)
    if result is not None:
        _assert_one_outcome_per_line(result)


@SETTINGS
@given(data=st.binary(max_size=300))
def test_any_bytes_named_xlsx_give_a_file_error_or_rows(data: bytes) -> None:
    result = _import(b"PK\x03\x04" + data, Action.CANCEL, suffix=".xlsx")
    if result is not None:
        _assert_one_outcome_per_line(result)


_CELL = st.text(alphabet="0123456789 ,.;|E+-'\"abcTotal\tä", max_size=12)


@SETTINGS
@given(
    header=st.sampled_from(["order_item_id", "Bestellpositions-ID", "item id"]),
    cells=st.lists(_CELL, min_size=1, max_size=25),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_every_nonblank_line_of_a_one_column_file_gets_exactly_one_row(
    header: str, cells: list[str], encoding: str
) -> None:
    # Quotes and tabs would change how lines split into records; keep this property exact.
    body = [cell.replace('"', "").replace("\t", " ") for cell in cells]
    data = "\n".join([header, *body]).encode(encoding)
    result = _import(data, Action.CANCEL)
    data_lines = [n for n, text in enumerate(body, start=2) if text.strip()]
    # A line of delimiters only ("," or ";") is a record of empty cells, so blank, when the file
    # was read as delimited; it is data (an invalid id) when it was read as one column.
    sure_lines = [n for n in data_lines if body[n - 2].strip(" ,;|")]
    if result is None:
        return
    _assert_one_outcome_per_line(result)
    got = [row.line for row in result.rows]
    footer = [note for note in result.notes if "totals line" in note]
    if footer:  # only ever the last data line
        got.append(int(footer[0].split()[1]))
        assert got[-1] == max(data_lines)
    assert set(sure_lines) <= set(got) <= set(data_lines)
