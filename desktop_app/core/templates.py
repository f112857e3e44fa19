"""The columns each marketplace's cancel and ship files accept, and templates to fill in.

Generated from the importers' own definitions (ABOUT YOU's header synonyms, the other
marketplaces' row specs), so the help and the templates cannot drift from what is really read.
Templates are CSV the way exports are: UTF-8 with a byte order mark and CRLF, which Excel opens
with the right characters, and ids as plain digits."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.files import atomic_text
from desktop_app.core.i18n import Msg, message_id
from desktop_app.core.importing.headers import (
    CARRIER_KEY,
    ORDER_ITEM_ID,
    ORDER_ITEMS,
    RETURN_TRACKING_KEY,
    SHIPMENT_TRACKING_KEY,
    SYNONYMS,
)
from desktop_app.core.importing.spec import FieldSpec, RowSpec
from desktop_app.core.models import Action
from desktop_app.core.profiles import MARKETPLACES


@dataclass(frozen=True, slots=True)
class ColumnDoc:
    name: str  # the header a template writes
    required: bool
    synonyms: tuple[str, ...]  # other headers read as this column
    note: str = ""  # what the cells hold, when it is not free text (a Msg)


def _aboutyou(action: Action) -> list[ColumnDoc]:
    def doc(field: str, required: bool = True, note: str = "") -> ColumnDoc:
        return ColumnDoc(field, required, tuple(s for s in SYNONYMS[field] if s != field), note)

    if action is Action.CANCEL:
        return [
            doc(ORDER_ITEM_ID, note=Msg("one order item id (a whole number) per row")),
            doc(ORDER_ITEMS, False, Msg("instead of order_item_id: several ids in one cell")),
        ]
    return [
        doc(ORDER_ITEMS, note=Msg("the order item ids of one parcel, separated by , ; or |")),
        doc(
            CARRIER_KEY,
            False,
            Msg("a carrier key, e.g. DHL_STD_NATIONAL; empty: the carrier picked"),
        ),
        doc(SHIPMENT_TRACKING_KEY),
        doc(RETURN_TRACKING_KEY),
    ]


_KIND_NOTES = {
    "integer": message_id("a whole number"),
    "date": message_id("a date, e.g. 2026-12-01"),
    "datetime": message_id("a date and time, e.g. 2026-12-01T14:30"),
    "url": message_id("an https:// link"),
}


def _note(field: FieldSpec) -> str:
    kind = _KIND_NOTES.get(field.kind)
    note: str = Msg(kind) if kind else ""
    if field.choices:
        shown = ", ".join(sorted(field.choices)[:8]) + (", …" if len(field.choices) > 8 else "")
        note = Msg("one of: {choices}", choices=shown)
    if field.default:
        empty = Msg("empty: {default}", default=field.default)
        note = Msg("{note}; {empty}", note=note, empty=empty) if note else empty
    return note


def spec_columns(spec: RowSpec) -> list[ColumnDoc]:
    return [
        ColumnDoc(field.name, field.required, field.synonyms, _note(field))
        for field in spec.all_fields
    ]


def static_spec(marketplace: str, action: Action) -> RowSpec | None:
    """The marketplace's row spec without its live lists (SellerCenter fetches reasons and
    providers; the help names the column and says the marketplace's list applies)."""
    if marketplace == "sellercenter":
        from desktop_app.core.marketplaces.sellercenter import row_specs as sellercenter

        if action is Action.CANCEL:
            return sellercenter.cancel_spec((), {})
        return sellercenter.ship_spec((), {})
    if marketplace == "unicommerce":
        from desktop_app.core.marketplaces.unicommerce import row_specs as unicommerce

        return unicommerce.CANCEL_SPEC if action is Action.CANCEL else unicommerce.DISPATCH_SPEC
    return None


def columns_for(marketplace: str, action: Action, spec: RowSpec | None = None) -> list[ColumnDoc]:
    """The accepted columns; `spec`: the live spec of a connected marketplace, if known."""
    if marketplace not in MARKETPLACES:
        raise ValueError(f"unknown marketplace {marketplace!r}")
    spec = spec or static_spec(marketplace, action)
    return spec_columns(spec) if spec is not None else _aboutyou(action)


# Sample rows per marketplace and action: the demo sandbox's own ids, so a sample sends.
_SAMPLES: dict[tuple[str, Action], dict[str, list[str]]] = {
    ("aboutyou", Action.CANCEL): {ORDER_ITEM_ID: ["100001", "100002", "100003"]},
    ("aboutyou", Action.SHIP): {
        ORDER_ITEMS: ["100011", "100012, 100013", "100014"],
        CARRIER_KEY: ["DHL_STD_NATIONAL", "DHL_STD_NATIONAL", "HERMES_KLV"],
        SHIPMENT_TRACKING_KEY: ["TRK100011", "TRK100012", "TRK100014"],
        RETURN_TRACKING_KEY: ["RET100011", "RET100012", "RET100014"],
    },
}


def template_rows(marketplace: str, action: Action, sample: bool) -> list[list[str]]:
    """The header (required columns first), then sample rows when asked and known."""
    docs = columns_for(marketplace, action)
    if marketplace == "aboutyou" and action is Action.CANCEL:
        docs = [doc for doc in docs if doc.name != ORDER_ITEMS]  # one way to give the ids
    header = [doc.name for doc in sorted(docs, key=lambda doc: not doc.required)]
    rows = [header]
    values = _SAMPLES.get((marketplace, action)) if sample else None
    if values:
        count = max(len(column) for column in values.values())
        for index in range(count):
            rows.append([values.get(name, [""] * count)[index] for name in header])
    return rows


def write_template(path: Path, marketplace: str, action: Action, *, sample: bool = False) -> int:
    """Write the template (with sample rows in demo mode); returns the number of data rows."""
    rows = template_rows(marketplace, action, sample)
    with atomic_text(Path(path), encoding="utf-8-sig") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return len(rows) - 1
