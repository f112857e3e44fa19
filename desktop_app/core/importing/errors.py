"""The import's own exceptions: a field needs a column from the user, or the user cancelled."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.errors import ImportFileError, SellerDeskError

FIELD_LABELS = {
    "order_item_id": "order item id",
    "order_items": "order item ids",
    "carrier_key": "carrier",
    "shipment_tracking_key": "shipment tracking number",
    "return_tracking_key": "return tracking number",
}


class MappingNeeded(ImportFileError):
    """A required field has no column we recognise; the user picks one (dialog, CLI --map)."""

    def __init__(self, missing: Sequence[str], columns: Sequence[str], detail: str = "") -> None:
        self.missing = list(missing)
        self.columns = list(columns)
        what = ", ".join(
            f"the {FIELD_LABELS.get(f, f.replace('_', ' '))} ({f})" for f in self.missing
        )
        shown = ", ".join(f"'{c}'" for c in self.columns) or "none"
        first = self.missing[0] if self.missing else "FIELD"
        super().__init__(
            f"{detail or 'No column found for ' + what}; the file's columns are: {shown}. "
            f"Choose the column that holds it (on the command line: --map {first}=COLUMN)."
        )


class ImportCancelled(SellerDeskError):
    """The user cancelled the import; nothing was kept."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled.")
