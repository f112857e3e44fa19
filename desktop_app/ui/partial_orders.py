"""Falabella ship rows that list only part of an order: ready-to-ship moves the whole order, so
the preview warns on each such row and offers to add the missing items to it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.errors import SellerDeskError
from desktop_app.core.marketplaces.sellercenter.partial_orders import (
    OrderGap,
    with_missing_items,
    with_warnings,
)
from desktop_app.core.models import Action, ImportResult
from desktop_app.ui.dialogs.awaiting import result_of

Review = Callable[[ImportResult], Awaitable[ImportResult]]
Finder = Callable[[Action, ImportResult], Awaitable[list[OrderGap]]]


def partial_order_review(parent: QWidget, marketplace: object, action: Action) -> Review | None:
    """A review for the import flow, or None where the marketplace has no such rule."""
    finder: Finder | None = getattr(marketplace, "partial_orders", None)
    if finder is None or action is not Action.SHIP:
        return None
    find: Finder = finder

    async def review(result: ImportResult) -> ImportResult:
        try:
            gaps = await find(action, result)
        except SellerDeskError as error:
            note = QCoreApplication.translate(
                "PartialOrders", "Orders were not checked for items missing from the file: %1"
            ).replace("%1", str(error))
            return replace(result, notes=[*result.notes, note])
        if not gaps:
            return result
        if await _add_them(parent, len({gap.line for gap in gaps})):
            added = with_missing_items(result, gaps)
            note = QCoreApplication.translate(
                "PartialOrders", "Added the missing items of each partial order to its row."
            )
            return replace(added, notes=[*added.notes, note])
        return with_warnings(result, gaps)

    return review


async def _add_them(parent: QWidget, rows: int) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("partialOrdersDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PartialOrders", "Part of an order"))
    if rows == 1:
        text = QCoreApplication.translate(
            "PartialOrders", "A row of this file lists only part of its order."
        )
    else:
        text = QCoreApplication.translate(
            "PartialOrders", "%1 rows of this file list only part of their order."
        )
        text = text.replace("%1", str(rows))
    ships = QCoreApplication.translate(
        "PartialOrders",
        "Falabella marks the whole order ready to ship, so its other items ship too.",
    )
    box.setText(f"{text} {ships}")
    box.setInformativeText(
        QCoreApplication.translate(
            "PartialOrders", "Add the missing items to those rows, so their results cover them?"
        )
    )
    add = box.addButton(
        QCoreApplication.translate("PartialOrders", "Add the missing items"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    add.setObjectName("addMissingItems")
    keep = box.addButton(
        QCoreApplication.translate("PartialOrders", "Keep the rows as they are"),
        QMessageBox.ButtonRole.RejectRole,
    )
    keep.setObjectName("keepRows")
    box.setDefaultButton(keep)
    await result_of(box)
    return box.clickedButton() is add
