"""One job's rows with their outcomes, errors and batch ids, filterable by outcome."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.models import Action, Outcome, RowResult
from desktop_app.ui.outcomes import outcome_icon, outcome_label

Index = QModelIndex | QPersistentModelIndex
LINE, ITEMS, OUTCOME, MESSAGE, BATCH = range(5)


class RowsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.action = Action.CANCEL
        self.job_id: int | None = None
        self._all: list[RowResult] = []
        self._shown: list[RowResult] = []
        self._outcome: Outcome | None = None
        self._headers = [
            self.tr("Line"),
            self.tr("Order items"),
            self.tr("Outcome"),
            self.tr("Message"),
            self.tr("Batch"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        row = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LINE:
                return str(row.line)
            if column == ITEMS:
                return " ".join(str(item) for item in row.order_items)
            if column == OUTCOME:
                return outcome_label(row.outcome)
            if column == MESSAGE:
                return " ".join(row.errors)
            return row.batch_id or ""
        if role == Qt.ItemDataRole.DecorationRole and column == OUTCOME:
            return outcome_icon(row.outcome)
        if role == Qt.ItemDataRole.ToolTipRole and row.errors:
            return "\n".join(row.errors)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = {
            LINE: lambda r: r.line,
            ITEMS: lambda r: r.order_items,
            OUTCOME: lambda r: r.outcome.value,
            MESSAGE: lambda r: r.errors,
            BATCH: lambda r: r.batch_id or "",
        }
        self.layoutAboutToBeChanged.emit()
        self._all.sort(key=keys[column], reverse=order is Qt.SortOrder.DescendingOrder)
        self._shown = self._filtered()
        self.layoutChanged.emit()

    # -- ours ---------------------------------------------------------------------------------

    def set_rows(self, job_id: int | None, action: Action, rows: list[RowResult]) -> None:
        self.beginResetModel()
        self.job_id, self.action, self._all = job_id, action, rows
        self._shown = self._filtered()
        self.endResetModel()

    def set_outcome_filter(self, outcome: Outcome | None) -> None:
        self.beginResetModel()
        self._outcome = outcome
        self._shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[RowResult]:
        if self._outcome is None:
            return list(self._all)
        return [row for row in self._all if row.outcome is self._outcome]
