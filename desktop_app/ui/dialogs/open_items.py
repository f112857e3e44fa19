"""A checkable list of the order items the marketplace lists as open."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.marketplaces.base import OpenItem
from desktop_app.core.models import ItemId

Index = QModelIndex | QPersistentModelIndex


class OpenItemsModel(QAbstractTableModel):
    def __init__(self, items: Sequence[OpenItem]) -> None:
        super().__init__()
        self.items = list(items)
        self.checked = [False] * len(self.items)
        self._headers = [
            self.tr("Order item"),
            self.tr("Order"),
            self.tr("SKU"),
            self.tr("Ordered"),
            self.tr("Country"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = 0) -> Any:
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if self.checked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                str(item.order_item_id),
                item.order_number,
                item.sku,
                item.created_at[:16].replace("T", " "),
                item.country_code,
            )
            return values[index.column()]
        return None

    def setData(self, index: Index, value: Any, role: int = 0) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        self.checked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def set_all(self, on: bool, rows: Sequence[int] | None = None) -> None:
        """Tick (or untick) every item, or only those at `rows` (the ones a search shows)."""
        for row in range(len(self.items)) if rows is None else rows:
            self.checked[row] = on
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, 0))

    def matches(self, row: int, text: str) -> bool:
        item = self.items[row]
        words = (str(item.order_item_id), item.order_number, item.sku, item.country_code)
        return text.casefold() in " ".join(words).casefold()

    def selected_items(self) -> list[OpenItem]:
        return [item for item, on in zip(self.items, self.checked, strict=True) if on]

    def selected_ids(self) -> list[ItemId]:
        return [item.order_item_id for item in self.selected_items()]


class OpenItemsDialog(QDialog):
    def __init__(
        self, parent: QWidget, items: Sequence[OpenItem], limit: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openItemsDialog")
        self.setWindowTitle(self.tr("Open order items"))
        self.resize(680, 460)
        self.model = OpenItemsModel(items)
        layout = QVBoxLayout(self)
        count = QLabel(self.tr("%Ln open order item(s). Tick the ones to use.", "", len(items)))
        if limit is not None and len(items) >= limit:  # never a silent cap
            count.setText(
                self.tr(
                    "The first %1 open order items the marketplace lists (it may list more). "
                    "Tick the ones to use."
                ).replace("%1", str(len(items)))
            )
        count.setObjectName("openItemsCount")
        count.setWordWrap(True)
        layout.addWidget(count)
        self.search = QLineEdit()
        self.search.setObjectName("openItemsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by order item, order, SKU or country"))
        self.search.textChanged.connect(self._search)
        layout.addWidget(self.search)
        self.table = QTableView()
        self.table.setObjectName("openItemsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(1, 150)
        self.table.setColumnWidth(2, 120)
        self.table.setColumnWidth(3, 140)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        all_button = QPushButton(self.tr("Select all"))
        none_button = QPushButton(self.tr("Select none"))
        all_button.setObjectName("openItemsSelectAll")
        all_button.clicked.connect(lambda: self.model.set_all(True, self.visible_rows()))
        none_button.clicked.connect(lambda: self.model.set_all(False, self.visible_rows()))
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)

    def visible_rows(self) -> list[int]:
        return [r for r in range(self.model.rowCount()) if not self.table.isRowHidden(r)]

    def _search(self, text: str) -> None:
        text = text.strip()
        for row in range(self.model.rowCount()):
            self.table.setRowHidden(row, bool(text) and not self.model.matches(row, text))
