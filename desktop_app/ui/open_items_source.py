"""Picked open items as the text of a file, so they go through the same import and checks."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from desktop_app.core.importing.spec import RowSpec
from desktop_app.core.marketplaces.base import OpenItem
from desktop_app.core.models import Action

ABOUT_YOU_SHIP_HEADER = [
    "order_item_id",
    "carrier_key",
    "shipment_tracking_key",
    "return_tracking_key",
]


def open_items_text(
    action: Action, spec: RowSpec | None, items: Sequence[OpenItem], carrier: str = ""
) -> str:
    """A CSV of the items. Fields nobody knows yet (a tracking number) stay empty, and the
    preview says so per row; empty fields with a picked default get it on import."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if spec is not None:
        names = [spec.ids.name, *(field.name for field in spec.fields)]
        writer.writerow(names)
        for item in items:
            writer.writerow(
                [str(item.order_item_id), *(item.details.get(n, "") for n in names[1:])]
            )
    elif action is Action.CANCEL:
        writer.writerow(["order_item_id"])
        writer.writerows([str(item.order_item_id)] for item in items)
    else:
        writer.writerow(ABOUT_YOU_SHIP_HEADER)
        writer.writerows([str(item.order_item_id), carrier, "", ""] for item in items)
    return buffer.getvalue()
