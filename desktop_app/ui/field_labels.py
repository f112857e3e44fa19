"""Column names of every marketplace's rows as the seller reads them (preview, mapping dialog)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "FieldLabels"
_LABELS = {
    # ABOUT YOU
    "order_item_id": QT_TRANSLATE_NOOP("FieldLabels", "Order item id"),
    "order_items": QT_TRANSLATE_NOOP("FieldLabels", "Order item ids"),
    "carrier_key": QT_TRANSLATE_NOOP("FieldLabels", "Carrier"),
    "shipment_tracking_key": QT_TRANSLATE_NOOP("FieldLabels", "Shipment tracking number"),
    "return_tracking_key": QT_TRANSLATE_NOOP("FieldLabels", "Return tracking number"),
    # SellerCenter
    "order_item_ids": QT_TRANSLATE_NOOP("FieldLabels", "Order item ids"),
    "reason": QT_TRANSLATE_NOOP("FieldLabels", "Reason"),
    "reason_detail": QT_TRANSLATE_NOOP("FieldLabels", "Reason detail"),
    "shipping_provider": QT_TRANSLATE_NOOP("FieldLabels", "Shipment provider"),
    "tracking_number": QT_TRANSLATE_NOOP("FieldLabels", "Tracking number"),
    "delivery_type": QT_TRANSLATE_NOOP("FieldLabels", "Delivery type"),
    # Unicommerce
    "order_id": QT_TRANSLATE_NOOP("FieldLabels", "Order id"),
    "product_id": QT_TRANSLATE_NOOP("FieldLabels", "Product id"),
    "variant_id": QT_TRANSLATE_NOOP("FieldLabels", "Variant id"),
    "quantity": QT_TRANSLATE_NOOP("FieldLabels", "Quantity"),
    "tracking_id": QT_TRANSLATE_NOOP("FieldLabels", "Tracking id"),
    "delivery_partner": QT_TRANSLATE_NOOP("FieldLabels", "Delivery partner"),
    "delivery_courier": QT_TRANSLATE_NOOP("FieldLabels", "Courier"),
    "dispatch_date": QT_TRANSLATE_NOOP("FieldLabels", "Dispatch date"),
    "invoice_date": QT_TRANSLATE_NOOP("FieldLabels", "Invoice date"),
    "invoice_number": QT_TRANSLATE_NOOP("FieldLabels", "Invoice number"),
    "tracking_url": QT_TRANSLATE_NOOP("FieldLabels", "Tracking link"),
}


def field_label(name: str) -> str:
    """The translated label of a row field; an unknown one reads as its words."""
    label = _LABELS.get(name)
    if label is None:
        return name.replace("_", " ").capitalize()
    return QCoreApplication.translate(_CONTEXT, label)
