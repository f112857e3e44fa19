"""Which column holds which field: API names, English and German synonyms, or the user's pick."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop_app.core.errors import ImportFileError
from desktop_app.core.i18n import Msg
from desktop_app.core.importing.errors import MappingNeeded
from desktop_app.core.models import Action

ORDER_ITEM_ID = "order_item_id"
ORDER_ITEMS = "order_items"
CARRIER_KEY = "carrier_key"
SHIPMENT_TRACKING_KEY = "shipment_tracking_key"
RETURN_TRACKING_KEY = "return_tracking_key"
FIELDS = (ORDER_ITEM_ID, ORDER_ITEMS, CARRIER_KEY, SHIPMENT_TRACKING_KEY, RETURN_TRACKING_KEY)

# Written as a person would; compared after normalise(). Order ids ("Bestellnummer", "order id")
# are deliberately absent: cancelling by order instead of order item would hit the wrong things.
SYNONYMS: dict[str, tuple[str, ...]] = {
    ORDER_ITEM_ID: (
        "order_item_id",
        "Order Item ID",
        "order item",
        "order item no",
        "order item number",
        "item id",
        "line item id",
        "order line id",
        "order line item id",
        "position id",
        "Bestellpositions-ID",
        "Bestellposition ID",
        "Bestellposition",
        "Bestellpositionsnummer",
        "Bestellpositions-Nr",
        "Positions-ID",
        "Positionsnummer",
        "Positions-Nr",
        "Auftragspositions-ID",
        "Auftragsposition",
        "Artikelpositions-ID",
    ),
    ORDER_ITEMS: (
        "order_items",
        "order item ids",
        "item ids",
        "order items list",
        "Bestellpositionen",
        "Bestellpositions-IDs",
        "Positions-IDs",
        "Positionen",
    ),
    CARRIER_KEY: (
        "carrier_key",
        "carrier",
        "carrier name",
        "carrier code",
        "shipping carrier",
        "shipping provider",
        "shipping company",
        "delivery service",
        "Versanddienstleister",
        "Versanddienstleister-Key",
        "Versanddienst",
        "Spediteur",
        "Paketdienst",
        "Logistiker",
        "Transporteur",
        "Carrier-Key",
    ),
    SHIPMENT_TRACKING_KEY: (
        "shipment_tracking_key",
        "tracking key",
        "tracking number",
        "tracking no",
        "tracking nr",
        "tracking id",
        "tracking code",
        "tracking",
        "shipment tracking",
        "shipment tracking number",
        "shipment number",
        "Sendungsnummer",
        "Sendungs-Nr",
        "Sendungs-ID",
        "Trackingnummer",
        "Tracking-Nummer",
        "Sendungsverfolgungsnummer",
        "Paketnummer",
        "Versandnummer",
    ),
    RETURN_TRACKING_KEY: (
        "return_tracking_key",
        "return tracking",
        "return tracking number",
        "return tracking no",
        "return tracking id",
        "return tracking code",
        "return number",
        "return label",
        "Retourennummer",
        "Retourensendungsnummer",
        "Retoursendungsnummer",
        "Retouren-Tracking",
        "Retourentrackingnummer",
        "Retourenlabel",
        "Rücksendungsnummer",
        "Rücksendenummer",
        "Rücksende-Trackingnummer",
        "Retoure",
    ),
}

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_NOT_ALNUM = re.compile(r"[\W_]+")


def normalise(header: str) -> str:
    """Case, spaces, punctuation (`_ - .` and the like) and umlaut spelling do not matter."""
    return _NOT_ALNUM.sub("", header.casefold().translate(_UMLAUTS))


_LOOKUP = {normalise(name): field for field, names in SYNONYMS.items() for name in names}


def field_for_header(header: str) -> str | None:
    return _LOOKUP.get(normalise(header))


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Column indexes of the fields this import reads; None where the field has no column."""

    ids: int
    ids_field: str
    carrier: int | None = None
    shipment: int | None = None
    returns: int | None = None

    def as_mapping(self, headers: Sequence[str]) -> dict[str, str]:
        pairs = [
            (self.ids_field, self.ids),
            (CARRIER_KEY, self.carrier),
            (SHIPMENT_TRACKING_KEY, self.shipment),
            (RETURN_TRACKING_KEY, self.returns),
        ]
        return {field: headers[index] for field, index in pairs if index is not None}


def map_columns(
    headers: Sequence[str],
    action: Action,
    mapping: Mapping[str, str] | None,
    *,
    has_default_carrier: bool,
) -> tuple[ColumnMap, list[str]]:
    """Find each field's column; the user's mapping wins. Raises MappingNeeded for a missing one."""
    found, notes = find_fields(headers, _LOOKUP)
    for field, column in (mapping or {}).items():
        found[field] = find_column(field, column, headers, FIELDS)
    # order_item_id and order_items are two spellings of one thing: the ids of the row.
    ids_field = ORDER_ITEM_ID if ORDER_ITEM_ID in found else ORDER_ITEMS
    if mapping and ORDER_ITEMS in mapping:
        ids_field = ORDER_ITEMS
    missing = (
        [] if ids_field in found else [ORDER_ITEM_ID if action is Action.CANCEL else ORDER_ITEMS]
    )
    if action is Action.SHIP:
        needed = [SHIPMENT_TRACKING_KEY, RETURN_TRACKING_KEY]
        if not has_default_carrier:
            needed.insert(0, CARRIER_KEY)
        missing += [field for field in needed if field not in found]
    if missing:
        raise MappingNeeded(missing, list(headers))
    columns = ColumnMap(ids=found[ids_field], ids_field=ids_field)
    if action is Action.SHIP:
        columns = ColumnMap(
            ids=found[ids_field],
            ids_field=ids_field,
            carrier=found.get(CARRIER_KEY),
            shipment=found[SHIPMENT_TRACKING_KEY],
            returns=found[RETURN_TRACKING_KEY],
        )
    return columns, notes


def find_fields(
    headers: Sequence[str], lookup: Mapping[str, str]
) -> tuple[dict[str, int], list[str]]:
    """Each field's first column, by normalised header (`lookup`: normalised name -> field)."""
    found: dict[str, int] = {}
    notes: list[str] = []
    for index, header in enumerate(headers):
        field = lookup.get(normalise(header))
        if field is None:
            continue
        if field in found:
            notes.append(
                Msg(
                    "Columns '{first}' and '{other}' both look like {field}; using '{first}'.",
                    first=headers[found[field]],
                    other=header,
                    field=field,
                )
            )
            continue
        found[field] = index
    return found, notes


def find_column(field: str, column: str, headers: Sequence[str], fields: Sequence[str]) -> int:
    """The index of the column the user chose for `field` (exact, trimmed, then normalised)."""
    if field not in fields:
        raise ImportFileError(
            Msg(
                "'{field}' is not a field Seller Desk reads; map one of: {fields}.",
                field=field,
                fields=", ".join(fields),
            )
        )
    stripped = [header.strip() for header in headers]
    for candidates, name in ((list(headers), column), (stripped, column.strip())):
        if name in candidates:
            return candidates.index(name)
    wanted = normalise(column)
    for index, header in enumerate(headers):
        if wanted and normalise(header) == wanted:
            return index
    raise MappingNeeded(
        [field],
        list(headers),
        detail=Msg(
            "The column '{column}' chosen for {field} is not in the file",
            column=column,
            field=field,
        ),
    )
