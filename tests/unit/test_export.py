"""Exports open right in Excel, cannot run formulas, and import again unchanged."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop_app.core.exporting import export_rows, neutralise
from desktop_app.core.importing import import_file
from desktop_app.core.models import Action, Outcome, RowResult, ShipInfo

FAILED_SHIPS = [
    RowResult(
        2, (1001,), ShipInfo("DHL_STD_NATIONAL", "JJD1", "R1"), Outcome.FAILED, ("no",), "b1"
    ),
    RowResult(5, (1002, 1003), ShipInfo("HERMES_KLV", "-JJD2", "=R2"), Outcome.FAILED, ("x",)),
    RowResult(9, (1004,), ShipInfo("DHL_STD_NATIONAL", "@T3", "+R3"), Outcome.FAILED),
    RowResult(11, (1005,), ShipInfo("DHL_STD_NATIONAL", "T4", "R4"), Outcome.FAILED, ("a,b; c",)),
]


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_export_is_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    export_rows(path, Action.CANCEL, [RowResult(2, (7,), None, Outcome.FAILED, ("Größe",))])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert _read(path)[1] == ["2", "7", "failed", "Größe", ""]


def test_cells_that_excel_would_run_as_formulas_are_neutralised(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    row = RowResult(
        2, (7,), ShipInfo("=cmd|' /C calc'!A0", "+1", "\tX"), Outcome.FAILED, ("@SUM(1)",)
    )
    assert export_rows(path, Action.SHIP, [row]) == 1
    cells = _read(path)[1]
    assert cells[2:5] == ["'=cmd|' /C calc'!A0", "'+1", "'\tX"]
    assert cells[6] == "'@SUM(1)"
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)


def test_neutralising_leaves_ordinary_values_alone() -> None:
    assert [neutralise(v) for v in ("123", "JJD 1", "", "a=b")] == ["123", "JJD 1", "", "a=b"]


def test_failed_ship_rows_import_again_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "failed.csv"
    assert export_rows(path, Action.SHIP, FAILED_SHIPS) == 4

    again = import_file(path, Action.SHIP, carriers=["DHL_STD_NATIONAL", "HERMES_KLV"])

    assert [row.outcome for row in again.rows] == [Outcome.VALID] * 4
    assert [(r.order_items, r.ship) for r in again.rows] == [
        (r.order_items, r.ship) for r in FAILED_SHIPS
    ]


def test_failed_cancel_rows_import_again_unchanged(tmp_path: Path) -> None:
    rows = [RowResult(n, (n * 1000,), None, Outcome.FAILED, ("gone",)) for n in range(2, 40)]
    path = tmp_path / "failed.csv"
    export_rows(path, Action.CANCEL, rows)

    again = import_file(path, Action.CANCEL)

    assert [row.order_items for row in again.rows] == [row.order_items for row in rows]
    assert again.counts() == {Outcome.VALID: len(rows)}


def test_failed_sellercenter_cancels_import_again_with_their_reasons(tmp_path: Path) -> None:
    from desktop_app.core.marketplaces.sellercenter.models import FailureReason
    from desktop_app.core.marketplaces.sellercenter.row_specs import cancel_spec

    reasons = [FailureReason(type="canceled", name=name) for name in ("Out of stock", "Other")]
    spec = cancel_spec(reasons, {})
    failed = [
        RowResult(2, (1001,), None, Outcome.FAILED, ("E073",), "b1", {"reason": "Out of stock"}),
        RowResult(
            4,
            (1002,),
            None,
            Outcome.FAILED,
            ("E073",),
            details={"reason": "Other", "reason_detail": "-damaged, said =the buyer"},
        ),
    ]
    path = tmp_path / "failed.csv"
    export_rows(path, Action.CANCEL, failed)

    assert _read(path)[0] == [
        "line",
        "order_item_id",
        "outcome",
        "errors",
        "batch",
        "reason",
        "reason_detail",
    ]
    again = import_file(path, Action.CANCEL, spec=spec)

    assert [row.outcome for row in again.rows] == [Outcome.VALID] * 2
    assert [(r.order_items, dict(r.details)) for r in again.rows] == [
        ((1001,), {"reason": "Out of stock"}),
        ((1002,), {"reason": "Other", "reason_detail": "-damaged, said =the buyer"}),
    ]


def test_failed_unicommerce_cancels_import_again_with_their_order_and_quantity(
    tmp_path: Path,
) -> None:
    from desktop_app.core.marketplaces.unicommerce.row_specs import CANCEL_SPEC

    details = [
        {"order_id": "UC-1", "product_id": "P-1", "variant_id": "V-1", "quantity": "2"},
        {"order_id": "UC-1", "product_id": "+P2", "variant_id": "V-2", "quantity": "1"},
    ]
    failed = [
        RowResult(line, (f"UC-1-{n}",), None, Outcome.FAILED, ("refused",), details=detail)
        for n, (line, detail) in enumerate(zip((2, 3), details, strict=True), start=1)
    ]
    path = tmp_path / "failed.csv"
    export_rows(path, Action.CANCEL, failed)

    cells = _read(path)
    assert cells[0][5:] == ["order_id", "product_id", "variant_id", "quantity"]
    assert cells[2][6] == "'+P2"  # still no formula
    again = import_file(path, Action.CANCEL, spec=CANCEL_SPEC)

    assert [row.outcome for row in again.rows] == [Outcome.VALID] * 2
    assert [(r.order_items, dict(r.details)) for r in again.rows] == [
        (("UC-1-1",), details[0]),
        (("UC-1-2",), details[1]),
    ]
