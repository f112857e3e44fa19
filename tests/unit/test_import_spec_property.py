"""Any bytes with a spec give a clear file error or exactly one outcome per data line."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import ImportFileError
from desktop_app.core.importing import RowSpec, import_file
from desktop_app.core.models import Action, ImportResult, Outcome
from tests.unit.spec_examples import (
    SELLERCENTER_CANCEL,
    SELLERCENTER_SHIP,
    UNICOMMERCE_DISPATCH,
)

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SPECS = st.sampled_from([SELLERCENTER_CANCEL, SELLERCENTER_SHIP, UNICOMMERCE_DISPATCH])
HEADERS = {
    SELLERCENTER_CANCEL: "Order Item ID,Grund,Reason Detail",
    SELLERCENTER_SHIP: "Bestellpositionen,Shipping Provider,Tracking Number,Lieferart",
    UNICOMMERCE_DISPATCH: "Order Item Code,Order ID,SKU,Menge,Dispatch Date,Invoice Date",
}


def _import(data: bytes, spec: RowSpec, suffix: str = ".csv") -> ImportResult | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            return import_file(path, Action.SHIP, spec=spec)
        except ImportFileError as error:
            assert str(error).strip()
            return None


def _assert_one_outcome_per_line(result: ImportResult, spec: RowSpec) -> None:
    lines = [row.line for row in result.rows]
    assert lines == sorted(set(lines)) and lines[0] >= 1
    for row in result.rows:
        assert row.outcome in (Outcome.VALID, Outcome.INVALID, Outcome.DUPLICATE)
        if row.outcome is Outcome.VALID:
            assert row.errors == () and row.order_items
            assert all(
                type(item) is (str if spec.id_kind == "text" else int) for item in row.order_items
            )
            required = {f.name for f in spec.fields if f.required or f.default is not None}
            assert required <= set(row.details) <= {f.name for f in spec.fields}
        else:
            assert row.errors and all(e.startswith(f"Line {row.line}, ") for e in row.errors)


@SETTINGS
@given(data=st.binary(max_size=500), spec=SPECS)
@example(data=b"order_item_id,reason\n1,Wrong price\n\x00", spec=SELLERCENTER_CANCEL)
@example(data=b"order_item_id,reason\n\xff\xfe1\n", spec=SELLERCENTER_CANCEL)
def test_any_bytes_give_a_file_error_or_one_outcome_per_line(data: bytes, spec: RowSpec) -> None:
    result = _import(data, spec)
    if result is not None:
        _assert_one_outcome_per_line(result, spec)


# No ; | or tab: with those in every cell the sniffer rightly reads another delimiter.
_CELL = st.text(alphabet="0123456789 ,./:E+-'abcTotalUC-ä", max_size=14)


@SETTINGS
@given(
    spec=SPECS,
    lines=st.lists(st.lists(_CELL, max_size=7), min_size=1, max_size=20),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_every_nonblank_line_under_a_header_gets_exactly_one_row(
    spec: RowSpec, lines: list[list[str]], encoding: str
) -> None:
    # Rows as wide as the header, quoted so commas stay inside cells, and a last column the spec
    # ignores, so the delimiter sniffer sees full-width rows (it skips trailing empty cells).
    width = HEADERS[spec].count(",") + 1
    lines = [(cells + [""] * width)[:width] for cells in lines]
    body = [
        ",".join([*(f'"{cell}"' for cell in cells), "x"]) if any(c.strip() for c in cells) else ""
        for cells in lines
    ]
    data = "\n".join([HEADERS[spec] + ",Note", *body]).encode(encoding)
    result = _import(data, spec)
    data_lines = [n for n, cells in enumerate(lines, start=2) if any(c.strip() for c in cells)]
    if result is None:
        assert not data_lines
        return
    _assert_one_outcome_per_line(result, spec)
    got = [row.line for row in result.rows]
    footer = [note for note in result.notes if "totals line" in note]
    assert got == (data_lines[:-1] if footer else data_lines)


@SETTINGS
@given(data=st.binary(max_size=300), spec=SPECS)
def test_any_bytes_named_xlsx_give_a_file_error_or_rows(data: bytes, spec: RowSpec) -> None:
    result = _import(b"PK\x03\x04" + data, spec, suffix=".xlsx")
    if result is not None:
        _assert_one_outcome_per_line(result, spec)
