"""The columns of a Unicommerce cancel or dispatch file, with English and German synonyms.

Every field lands in `InputRow.details` under its name; the order item id is the row's id.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.core.i18n import Msg
from desktop_app.core.importing.spec import FieldSpec, RowSpec

ORDER_ITEM_ID = FieldSpec(
    "order_item_id",
    ("orderItemId", "order item", "item id", "Bestellpositions-ID", "Positions-ID", "Artikel-ID"),
)
ORDER_ID = FieldSpec(
    "order_id",
    ("orderId", "order", "order number", "Bestell-ID", "Bestellnummer", "Auftragsnummer"),
)
PRODUCT_ID = FieldSpec("product_id", ("productId", "product", "Produkt-ID", "Produkt"))
VARIANT_ID = FieldSpec("variant_id", ("variantId", "variant", "Varianten-ID", "Variante"))
QUANTITY = FieldSpec("quantity", ("qty", "Menge", "Anzahl", "Stück"), kind="integer")

# selfShipping: only when the seller ships the parcel; "as applicable" per the protocol.
SHIPPING_FIELDS = (
    FieldSpec(
        "tracking_id",
        ("trackingId", "tracking number", "AWB", "Sendungsnummer", "Trackingnummer"),
        required=False,
    ),
    FieldSpec(
        "delivery_partner",
        ("deliveryPartner", "shipping provider", "Versanddienstleister", "Logistikpartner"),
        required=False,
    ),
    FieldSpec(
        "delivery_courier",
        ("deliveryCourier", "courier", "carrier", "Kurier", "Paketdienst"),
        required=False,
    ),
    FieldSpec(
        "dispatch_date",
        ("dispatchDate", "shipped at", "Versanddatum", "Versandzeit"),
        required=False,
        kind="datetime",
    ),
    FieldSpec(
        "invoice_date",
        ("invoiceDate", "Rechnungsdatum"),
        required=False,
        kind="date",
    ),
    FieldSpec(
        "invoice_number",
        ("invoiceNumber", "invoice", "Rechnungsnummer"),
        required=False,
    ),
    FieldSpec(
        "tracking_url",
        ("trackingURL", "tracking link", "Tracking-Link", "Sendungsverfolgung"),
        required=False,
        kind="url",
        max_length=2000,
    ),
)
SHIPPING_NAMES = tuple(field.name for field in SHIPPING_FIELDS)


def tracking_needed(details: Mapping[str, str]) -> str | None:
    """Shipping details without a tracking id cannot be sent: the protocol needs it first."""
    given = [name for name in SHIPPING_NAMES if details.get(name)]
    if given and "tracking_id" not in given:
        shown = ", ".join(name.replace("_", " ") for name in given)
        return Msg(
            "tracking id: empty, but {fields} is given; fill in the tracking id", fields=shown
        )
    return None


CANCEL_SPEC = RowSpec(
    ids=ORDER_ITEM_ID,
    id_kind="text",
    fields=(ORDER_ID, PRODUCT_ID, VARIANT_ID, QUANTITY),
)

# The order id is not sent with a dispatch, but after a lost answer the status sync can only
# look items up by their order: so a dispatch file needs it too.
DISPATCH_SPEC = RowSpec(
    ids=ORDER_ITEM_ID,
    id_kind="text",
    fields=(ORDER_ID, QUANTITY, *SHIPPING_FIELDS),
    check=tracking_needed,
)
