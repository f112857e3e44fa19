"""One job's rows with their outcomes, errors and batch ids, filterable by outcome."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.models import Action, Outcome, RowResult
from desktop_app.ui.outcomes import outcome_icon, outcome_label

Index = QModelIndex | QPersistentModelIndex
LINE, ITEMS, OUTCOME, MESSAGE, BATCH, CARRIER, TRACKING, RETURN_TRACKING = range(8)
SHIP_COLUMNS = (CARRIER, TRACKING, RETURN_TRACKING)  # shown for ship jobs only


class RowsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.action = Action.CANCEL
        self.job_id: int | None = None
        self._all: list[RowResult] = []
        self._shown: list[RowResult] = []
        self._outcome: Outcome | None = None
        self._text = ""  # the search box's words, casefolded
        self._headers = [
            self.tr("Line"),
            self.tr("Order items"),
            self.tr("Outcome"),
            self.tr("Message"),
            self.tr("Batch"),
            self.tr("Carrier"),
            self.tr("Tracking"),
            self.tr("Return tracking"),
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
            if column == ITEMS:  # an invalid row: its cell as written, to see what to fix
                return " ".join(str(item) for item in row.order_items) or row.raw_ids
            if column == OUTCOME:
                return outcome_label(row.outcome)
            if column == MESSAGE:
                return " ".join(row.errors)
            if column in SHIP_COLUMNS:
                ship = row.ship
                if ship is None:
                    return ""
                values = (ship.carrier_key, ship.shipment_tracking_key, ship.return_tracking_key)
                return values[column - CARRIER]
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
            CARRIER: lambda r: r.ship.carrier_key if r.ship else "",
            TRACKING: lambda r: r.ship.shipment_tracking_key if r.ship else "",
            RETURN_TRACKING: lambda r: r.ship.return_tracking_key if r.ship else "",
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

    def set_text_filter(self, text: str) -> None:
        """Rows whose line, ids, carrier, tracking or message contain `text`."""
        self.beginResetModel()
        self._text = text.strip().casefold()
        self._shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[RowResult]:
        rows = self._all
        if self._outcome is not None:
            rows = [row for row in rows if row.outcome is self._outcome]
        if self._text:
            rows = [row for row in rows if self._text in _searchable(row)]
        return list(rows)


def _searchable(row: RowResult) -> str:
    ship = row.ship
    parts = [str(row.line), *(str(item) for item in row.order_items), *row.errors]
    if ship is not None:
        parts += [ship.carrier_key, ship.shipment_tracking_key, ship.return_tracking_key]
    return " ".join(parts).casefold()
