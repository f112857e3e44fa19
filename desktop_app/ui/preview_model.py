"""The rows of an imported file, as a table: appended in batches, filtered and sorted here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.core.models import Action, InputRow, Outcome
from desktop_app.ui.outcomes import outcome_icon, outcome_label

Index = QModelIndex | QPersistentModelIndex
PROBLEMS = (Outcome.INVALID, Outcome.DUPLICATE)


def _ids(row: InputRow) -> str:
    if row.outcome is Outcome.INVALID and row.raw_ids:
        return row.raw_ids
    return " ".join(str(item) for item in row.order_items)


def _message(row: InputRow) -> str:
    return " ".join(row.errors + row.warnings)


class PreviewModel(QAbstractTableModel):
    def __init__(self, action: Action) -> None:
        super().__init__()
        self.action = action
        self._all: list[InputRow] = []
        self._shown: list[InputRow] = []
        self._problems_only = False
        columns: list[tuple[str, Callable[[InputRow], Any]]] = [
            (self.tr("Line"), lambda r: r.line),
            (self.tr("Order item") if action is Action.CANCEL else self.tr("Order items"), _ids),
        ]
        if action is Action.SHIP:
            columns += [
                (self.tr("Carrier"), lambda r: r.ship.carrier_key if r.ship else ""),
                (self.tr("Tracking"), lambda r: r.ship.shipment_tracking_key if r.ship else ""),
                (
                    self.tr("Return tracking"),
                    lambda r: r.ship.return_tracking_key if r.ship else "",
                ),
            ]
        columns += [
            (self.tr("Status"), lambda r: outcome_label(r.outcome)),
            (self.tr("Message"), _message),
        ]
        self._columns = columns
        self.status_column = len(columns) - 2

    # -- Qt's side ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        row = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._columns[column][1](row)
            return str(value)
        if role == Qt.ItemDataRole.DecorationRole and column == self.status_column:
            return outcome_icon(row.outcome)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _message(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column][1]
        self.layoutAboutToBeChanged.emit()
        reverse = order is Qt.SortOrder.DescendingOrder
        self._all.sort(key=key, reverse=reverse)
        self._shown = self._filtered()
        self.layoutChanged.emit()

    # -- ours ---------------------------------------------------------------------------------

    @property
    def rows(self) -> list[InputRow]:
        return self._all

    def clear(self) -> None:
        self.beginResetModel()
        self._all, self._shown = [], []
        self.endResetModel()

    def append(self, rows: Sequence[InputRow]) -> None:
        """One batch, one beginInsertRows: cheap even for 100k rows."""
        self._all.extend(rows)
        shown = [row for row in rows if self._wanted(row)]
        if not shown:
            return
        first = len(self._shown)
        self.beginInsertRows(QModelIndex(), first, first + len(shown) - 1)
        self._shown.extend(shown)
        self.endInsertRows()

    def set_problems_only(self, on: bool) -> None:
        self.beginResetModel()
        self._problems_only = on
        self._shown = self._filtered()
        self.endResetModel()

    def remove(self, positions: Sequence[int]) -> None:
        """Drop the shown rows at `positions` from the job to be."""
        doomed = {id(self._shown[p]) for p in positions if 0 <= p < len(self._shown)}
        self.beginResetModel()
        self._all = [row for row in self._all if id(row) not in doomed]
        self._shown = self._filtered()
        self.endResetModel()

    def _wanted(self, row: InputRow) -> bool:
        return not self._problems_only or row.outcome in PROBLEMS

    def _filtered(self) -> list[InputRow]:
        if not self._problems_only:
            return list(self._all)
        return [row for row in self._all if row.outcome in PROBLEMS]
