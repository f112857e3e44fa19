"""The columns of a SellerCenter cancel or ship file, built from the platform's own lists.

Reasons and providers come from GetFailureReasons and GetShipmentProviders, so the importer
refuses a reason or a tracking number SellerCenter would refuse, before anything is sent."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop_app.core.importing.headers import ORDER_ITEM_ID, ORDER_ITEMS, SYNONYMS
from desktop_app.core.importing.spec import FieldSpec, RowSpec
from desktop_app.core.marketplaces.sellercenter.models import (
    DeliveryType,
    FailureReason,
    ShipmentProvider,
)
from desktop_app.core.marketplaces.sellercenter.validation import (
    find_provider,
    tracking_number_problem,
)

REASON = "reason"
REASON_DETAIL = "reason_detail"
SHIPPING_PROVIDER = "shipping_provider"
TRACKING_NUMBER = "tracking_number"
DELIVERY_TYPE = "delivery_type"
ORDER_DATE = "order_date"  # optional: how far back the order listings must reach
# Profile.options keys that give a column's value when the file has none.
CANCEL_REASON_OPTION = "cancel_reason"
SHIPPING_PROVIDER_OPTION = "shipping_provider"
DELIVERY_TYPE_OPTION = "delivery_type"

# The platform's reason and tracking texts are longer than a typical cell limit.
_DETAIL_MAX = 1000

_REASON_NAMES = (
    "cancel reason",
    "cancellation reason",
    "reason name",
    "Grund",
    "Stornogrund",
    "Storno-Grund",
    "Stornierungsgrund",
    "Abbruchgrund",
)
_DETAIL_NAMES = (
    "reason detail",
    "reason details",
    "detail",
    "details",
    "comment",
    "note",
    "Grund Details",
    "Begründung",
    "Kommentar",
    "Anmerkung",
    "Bemerkung",
)
_PROVIDER_NAMES = (
    "shipping provider",
    "shipment provider",
    "provider",
    "carrier",
    "courier",
    "shipping carrier",
    "Versanddienstleister",
    "Versanddienst",
    "Paketdienst",
    "Spediteur",
    "Logistiker",
    "Transporteur",
)
_TRACKING_NAMES = (
    "tracking number",
    "tracking no",
    "tracking nr",
    "tracking id",
    "tracking code",
    "tracking",
    "Sendungsnummer",
    "Sendungsverfolgungsnummer",
    "Trackingnummer",
    "Tracking-Nummer",
    "Paketnummer",
)
_DELIVERY_NAMES = ("delivery type", "delivery", "Lieferart", "Versandart", "Zustellart")
_ORDER_DATE_NAMES = (
    "order date",
    "ordered",
    "created at",
    "Bestelldatum",
    "Auftragsdatum",
    "fecha del pedido",
    "fecha de compra",
    "fecha",
)
ORDER_DATE_FIELD = FieldSpec(ORDER_DATE, _ORDER_DATE_NAMES, required=False, kind="date")


# The seed's reason value and its German and Spanish spellings in a seller's file; each maps to
# the marketplace's own out-of-stock reason when GetFailureReasons lists one.
SHORTAGE_SPELLINGS = (
    "SHORTAGE",
    "Fehlbestand",
    "Lieferengpass",
    "Nicht auf Lager",
    "Falta de stock",
    "Sin stock",
    "Quiebre de stock",
    "Faltante",
)
# Words in a reason name that mean "we do not have it", most telling first.
_SHORTAGE_WORDS = ("shortage", "out of stock", "sin stock", "falta de stock", "agotado", "stock")


def shortage_reason(names: Sequence[str]) -> str | None:
    """The marketplace's cancel reason for a shortage, if its list has one."""
    for word in _SHORTAGE_WORDS:
        for name in names:
            if word in name.casefold():
                return name
    return None


def shortage_aliases(names: Sequence[str]) -> dict[str, str]:
    """The shortage spellings, each mapped to the marketplace's shortage reason (if listed)."""
    shortage = shortage_reason(names)
    if shortage is None:
        return {}
    known = {name.casefold() for name in names}
    return {s: shortage for s in SHORTAGE_SPELLINGS if s.casefold() not in known}


def cancel_spec(reasons: Sequence[FailureReason], options: Mapping[str, str]) -> RowSpec:
    """order_item_id + reason (one of the `canceled` reasons) + optional reason_detail."""
    names = [reason.name for reason in reasons if reason.is_cancel_reason]
    return RowSpec(
        ids=FieldSpec(ORDER_ITEM_ID, SYNONYMS[ORDER_ITEM_ID]),
        id_kind="integer",
        fields=(
            FieldSpec(
                REASON,
                _REASON_NAMES,
                choices=names or None,  # none listed: SellerCenter itself judges
                aliases=shortage_aliases(names),
                default=options.get(CANCEL_REASON_OPTION) or None,
            ),
            FieldSpec(REASON_DETAIL, _DETAIL_NAMES, required=False, max_length=_DETAIL_MAX),
            ORDER_DATE_FIELD,
        ),
    )


def ship_spec(
    providers: Sequence[ShipmentProvider], options: Mapping[str, str], *, carrier_flow: bool = True
) -> RowSpec:
    """order_item_ids (several per cell) + provider + tracking number (its regex) + type.
    Falabella's flow (`carrier_flow=False`) brings its own carrier and tracking: a file needs
    only the ids, and a provider or tracking column is read but never sent."""
    if not carrier_flow:
        return RowSpec(
            ids=FieldSpec("order_item_ids", (*SYNONYMS[ORDER_ITEM_ID], *SYNONYMS[ORDER_ITEMS])),
            id_kind="integer",
            many_ids=True,
            fields=(
                FieldSpec(SHIPPING_PROVIDER, _PROVIDER_NAMES, required=False),
                FieldSpec(TRACKING_NUMBER, _TRACKING_NAMES, required=False),
                _delivery_field(options),
                ORDER_DATE_FIELD,
            ),
        )
    return RowSpec(
        ids=FieldSpec("order_item_ids", (*SYNONYMS[ORDER_ITEM_ID], *SYNONYMS[ORDER_ITEMS])),
        id_kind="integer",
        many_ids=True,
        fields=(
            FieldSpec(
                SHIPPING_PROVIDER,
                _PROVIDER_NAMES,
                choices=[provider.name for provider in providers] or None,
                default=options.get(SHIPPING_PROVIDER_OPTION) or None,
            ),
            # Not required by itself: only dropship needs one (checked with the row).
            FieldSpec(TRACKING_NUMBER, _TRACKING_NAMES, required=False),
            _delivery_field(options),
            ORDER_DATE_FIELD,
        ),
        check=lambda details: shipping_row_problem(providers, details),
    )


def _delivery_field(options: Mapping[str, str]) -> FieldSpec:
    return FieldSpec(
        DELIVERY_TYPE,
        _DELIVERY_NAMES,
        choices=[kind.value for kind in DeliveryType],
        default=options.get(DELIVERY_TYPE_OPTION) or DeliveryType.DROPSHIP.value,
    )


def shipping_row_problem(
    providers: Sequence[ShipmentProvider], details: Mapping[str, str]
) -> str | None:
    """Why SellerCenter would refuse this row's tracking number (E031), or None."""
    provider = find_provider(providers, details.get(SHIPPING_PROVIDER, ""))
    if provider is None:
        return None  # the provider's own choice check already named the problem
    number = details.get(TRACKING_NUMBER, "")
    if not number and details.get(DELIVERY_TYPE) != DeliveryType.DROPSHIP.value:
        return None  # pickup and warehouse deliveries get their number from the platform
    return tracking_number_problem(provider, number)
