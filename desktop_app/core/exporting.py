"""Rows and outcomes -> CSV that Excel opens right (UTF-8 with BOM) and cannot run as formulas.

The columns use the import's field names, so an export of failed rows imports again unchanged:
ABOUT YOU's fixed columns, then every detail a marketplace's row spec read (a SellerCenter
reason, a Unicommerce order id...), each under its spec field name.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from desktop_app.core.errors import SellerDeskError
from desktop_app.core.files import atomic_text
from desktop_app.core.i18n import Msg
from desktop_app.core.models import Action, RowResult, ShipInfo
from desktop_app.core.storage_faults import os_fault

# Excel treats a cell starting with these as a formula (or strips them into one).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CANCEL_COLUMNS = ("line", "order_item_id", "outcome", "errors", "batch")
SHIP_COLUMNS = (
    "line",
    "order_items",
    "carrier_key",
    "shipment_tracking_key",
    "return_tracking_key",
    "outcome",
    "errors",
    "batch",
)


def neutralise(cell: str) -> str:
    """Prefix a would-be formula with an apostrophe; the importer removes it again."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def detail_columns(action: Action, rows: Iterable[RowResult]) -> list[str]:
    """The details' keys across `rows`, in first-seen order; none that a fixed column has."""
    fixed = CANCEL_COLUMNS if action is Action.CANCEL else SHIP_COLUMNS
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(key for key in row.details if key not in fixed))
    return list(seen)


def _write_rows(
    path: Path, action: Action, rows: Iterable[RowResult], detail_keys: list[str] | None
) -> int:
    if detail_keys is None:
        rows = list(rows)
        detail_keys = detail_columns(action, rows)
    fixed = CANCEL_COLUMNS if action is Action.CANCEL else SHIP_COLUMNS
    extra = [key for key in detail_keys if key not in fixed]
    count = 0
    with atomic_text(path, encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([*fixed, *extra])
        for row in rows:
            # A list re-imports; an invalid row has no ids, so its cell as written shows what to
            # fix ("1.2E+5").
            ids = ", ".join(str(number) for number in row.order_items) or row.raw_ids
            cells = [str(row.line), ids]
            if action is Action.SHIP:
                ship = row.ship or ShipInfo("", "", "")
                cells += [ship.carrier_key, ship.shipment_tracking_key, ship.return_tracking_key]
            cells += [row.outcome.value, " | ".join(row.errors), row.batch_id or ""]
            cells += [row.details.get(name, "") for name in extra]
            writer.writerow([neutralise(cell) for cell in cells])
            count += 1
    return count


def export_rows(
    path: Path, action: Action, rows: Iterable[RowResult], detail_keys: list[str] | None = None
) -> int:
    """Write `rows` to `path` as CSV (0600), whole or not at all; returns how many rows were
    written. With `detail_keys` known up front, `rows` is streamed (e.g. page by page from the
    journal). StorageError when the disk or folder refuses, in one sentence."""
    try:
        return _write_rows(Path(path), action, rows, detail_keys)
    except SellerDeskError:  # FileProblem / FileLocked already say what to do
        raise
    except OSError as error:
        what = Msg("the export {name}", name=Path(path).name)
        raise os_fault(error, Path(path).parent, what) from None
