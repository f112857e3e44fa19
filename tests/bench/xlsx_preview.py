"""A 100,000-row XLSX preview (issue 19; aim: at most 1.5 s), against openpyxl's read-only,
values_only iteration of the same file in the same run (the fastest openpyxl reading).

    QT_QPA_PLATFORM=offscreen python tests/bench/xlsx_preview.py [--rows N] [--repeat K]

The preview is what the window does with a dropped file: the import (first sheet streamed,
every row checked) and the rows put into the preview model in the window's batches. Prints the
best wall time and CPU time of each, and their ratio. No assertions: the numbers are for people.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import openpyxl
from PySide6.QtWidgets import QApplication

from desktop_app.core.importing import import_file
from desktop_app.core.models import Action, Outcome
from desktop_app.ui.import_flow import INSERT_BATCH
from desktop_app.ui.preview_model import PreviewModel
from tests.bench.import_speed import best_times

CARRIERS = ["DHL_STD_NATIONAL", "HERMES_KLV", "DPD_CLASSIC", "GLS_BUSINESS"]
AIM_SECONDS = 1.5


def write_workbook(path: Path, action: Action, rows: int) -> None:
    rng = random.Random(7)
    ids = rng.sample(range(100_000_000, 999_999_999), rows)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    if action is Action.CANCEL:
        sheet.append(["order_item_id"])
        for number in ids:
            sheet.append([number])
    else:
        sheet.append(["order_items", "carrier_key", "shipment_tracking_key", "return_tracking_key"])
        for number in ids:
            sheet.append(
                [
                    number,
                    rng.choice(CARRIERS),
                    f"JJD{rng.randrange(10**17):017d}",
                    f"RET{rng.randrange(10**12):012d}",
                ]
            )
    workbook.save(path)


def openpyxl_values(path: Path) -> int:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()


def preview(path: Path, action: Action) -> PreviewModel:
    result = import_file(path, action, carriers=CARRIERS)
    model = PreviewModel(action)
    rows = result.rows
    for start in range(0, len(rows), INSERT_BATCH):
        model.append(rows[start : start + INSERT_BATCH])
    return model


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    print(
        f"{'action':<8}{'rows':>9}{'MB':>6}{'openpyxl s':>12}{'preview s':>11}"
        f"{'cpu s':>7}{'ratio':>7}{'cpu ratio':>11}  aim"
    )
    with tempfile.TemporaryDirectory() as folder:
        for action in (Action.CANCEL, Action.SHIP):
            path = Path(folder) / f"{action.value}.xlsx"
            write_workbook(path, action, args.rows)
            model = preview(path, action)
            assert model.rowCount() == args.rows, model.rowCount()
            assert model.rows.outcome_counts()[Outcome.VALID] == args.rows
            base, base_cpu = best_times(args.repeat, lambda p=path: openpyxl_values(p))
            full, full_cpu = best_times(args.repeat, lambda p=path, a=action: preview(p, a))
            size = path.stat().st_size / 1024 / 1024
            verdict = "OK" if full <= AIM_SECONDS else "ABOVE"
            print(
                f"{action.value:<8}{args.rows:>9,}{size:>6.1f}{base:>12.2f}{full:>11.2f}"
                f"{full_cpu:>7.2f}{full / base:>7.2f}{full_cpu / base_cpu:>11.2f}"
                f"  {verdict} (<= {AIM_SECONDS} s)"
            )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
