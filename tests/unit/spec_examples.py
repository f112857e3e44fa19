"""Row specs shaped like the real marketplaces', shared by the spec importer's tests."""

from __future__ import annotations

import re
from collections.abc import Mapping

from desktop_app.core.importing import FieldSpec, RowSpec

REASONS = ("Out of stock", "Wrong price", "Customer request")
PROVIDERS = ("DHL", "Blue Express", "Chilexpress")


def tracking_fits_provider(details: Mapping[str, str]) -> str | None:
    number = details["tracking_number"]
    if details["shipping_provider"] == "DHL" and not re.fullmatch(r"\d{10}", number):
        return f"tracking number '{number}' is not a DHL number (10 digits); check it"
    return None


# SellerCenter (Daraz, Falabella): one call per item, with a reason from a fixed list.
SELLERCENTER_CANCEL = RowSpec(
    ids=FieldSpec("order_item_id", ("Order Item ID", "OrderItemId", "Bestellpositions-ID")),
    fields=(
        FieldSpec("reason", ("Reason", "Cancel Reason", "Grund", "Stornogrund"), choices=REASONS),
        FieldSpec(
            "reason_detail",
            ("Reason Detail", "Comment", "Begründung", "Kommentar"),
            required=False,
            max_length=20,
        ),
    ),
)

SELLERCENTER_SHIP = RowSpec(
    ids=FieldSpec("order_item_ids", ("Order Item IDs", "OrderItemIds", "Bestellpositionen")),
    many_ids=True,
    fields=(
        FieldSpec(
            "shipping_provider",
            ("Shipping Provider", "Carrier", "Versanddienstleister"),
            choices=PROVIDERS,
        ),
        FieldSpec("tracking_number", ("Tracking Number", "Tracking", "Sendungsnummer")),
        FieldSpec(
            "delivery_type",
            ("Delivery Type", "Lieferart"),
            default="dropship",
            choices=("dropship", "pickup", "send_to_warehouse"),
        ),
    ),
    check=tracking_fits_provider,
)

# Unicommerce: text ids, and for self-shipping the dispatch details.
UNICOMMERCE_DISPATCH = RowSpec(
    ids=FieldSpec("order_item_id", ("Order Item Code", "Sale Order Item Code", "Positions-Code")),
    id_kind="text",
    fields=(
        FieldSpec("order_id", ("Order ID", "Order Code", "Bestellnummer")),
        FieldSpec("product_id", ("Product ID", "SKU", "Artikelnummer")),
        FieldSpec("variant_id", ("Variant ID", "Variante"), required=False),
        FieldSpec("quantity", ("Quantity", "Qty", "Menge"), kind="integer", default="1"),
        FieldSpec("dispatch_date", ("Dispatch Date", "Versanddatum"), kind="date"),
        FieldSpec(
            "invoice_date", ("Invoice Date", "Rechnungsdatum"), kind="datetime", required=False
        ),
        FieldSpec(
            "tracking_url", ("Tracking URL", "Sendungsverfolgung"), kind="url", required=False
        ),
    ),
)
