"""The import's own exceptions: a field needs a column from the user, or the user cancelled."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.errors import ImportFileError, SellerDeskError
from desktop_app.core.i18n import Msg, message_id
from desktop_app.core.importing.wording import listing

# ABOUT YOU's fields in words (message ids); a spec's field is its label (spec.FIELD_LABELS).
FIELD_LABELS = {
    "order_item_id": message_id("order item id"),
    "order_items": message_id("order item ids"),
    "carrier_key": message_id("carrier"),
    "shipment_tracking_key": message_id("shipment tracking number"),
    "return_tracking_key": message_id("return tracking number"),
}


class MappingNeeded(ImportFileError):
    """A required field has no column we recognise; the user picks one (dialog, CLI --map)."""

    def __init__(
        self, missing: Sequence[str], columns: Sequence[str], detail: str | None = None
    ) -> None:
        self.missing = list(missing)
        self.columns = list(columns)
        if detail is None:
            what = listing([_field(field) for field in self.missing])
            detail = Msg("No column found for {fields}", fields=what)
        shown = ", ".join(f"'{c}'" for c in self.columns) or Msg("none")
        super().__init__(
            Msg(
                "{problem}; the file's columns are: {columns}. Choose the column that holds it "
                "(on the command line: --map {field}=COLUMN).",
                problem=detail,
                columns=shown,
                field=self.missing[0] if self.missing else "FIELD",
            )
        )


def _field(field: str) -> Msg:
    """ "the carrier (carrier_key)": the field in words, then as --map names it."""
    label = FIELD_LABELS.get(field, field.replace("_", " "))  # a spec's: in spec.FIELD_LABELS
    return Msg("the {label} ({field})", label=Msg(label), field=field)


class ImportCancelled(SellerDeskError):
    """The user cancelled the import; nothing was kept."""

    def __init__(self) -> None:
        super().__init__(Msg("The import was cancelled."))
