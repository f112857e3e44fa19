"""The rows of an imported file, as a table: appended in batches, filtered and sorted here.

The rows stay column-wise (a RowTable: arrays, no object per row); the shown ones are an array
of their positions, and a row is built only when Qt asks for one of its cells."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_app.core.importing.row_table import CODES, RowTable
from desktop_app.core.importing.spec import RowSpec
from desktop_app.core.models import Action, InputRow, Outcome
from desktop_app.ui.field_labels import field_label
from desktop_app.ui.outcomes import outcome_icon, outcome_label

Index = QModelIndex | QPersistentModelIndex
PROBLEMS = (Outcome.INVALID, Outcome.DUPLICATE)
PROBLEM_CODES = frozenset(CODES[outcome] for outcome in PROBLEMS)


def _ids(row: InputRow) -> str:
    if row.outcome is Outcome.INVALID and row.raw_ids:
        return row.raw_ids
    return " ".join(str(item) for item in row.order_items)


def _message(row: InputRow) -> str:
    return " ".join(row.errors + row.warnings)


Column = tuple[str, Callable[[InputRow], Any]]
# Starting widths by field name, else by kind; the last column (Message) stretches and needs
# the room, so marketplaces with many columns get narrow ones (the tooltip has the rest).
WIDTHS = {
    "reason": 210,
    "reason_detail": 170,
    "shipping_provider": 150,
    "tracking_number": 150,
    "delivery_type": 110,
    "product_id": 130,
    "variant_id": 170,
}
KIND_WIDTHS = {"integer": 70, "date": 100, "datetime": 150, "url": 160}


def _detail(name: str) -> Callable[[InputRow], str]:
    return lambda row: row.details.get(name, "")


class PreviewModel(QAbstractTableModel):
    columnsChanged = Signal()  # set_spec gave other columns

    def __init__(self, action: Action) -> None:
        super().__init__()
        self.action = action
        self._all = RowTable()
        self._shown = array("q")  # positions in _all
        self._cached: tuple[int, InputRow] | None = None  # Qt asks for a row's cells in a row
        self._problems_only = False
        self.spec: RowSpec | None = None
        self._columns: list[Column] = []
        self._widths: list[int] = []
        self._right_aligned: set[int] = set()
        self._build_columns()

    def set_spec(self, spec: RowSpec | None) -> None:
        """Show the columns of `spec` (None: ABOUT YOU's); the rows go, the columns change."""
        self.beginResetModel()
        self.spec = spec
        self._reset_rows(RowTable())
        self._build_columns()
        self.endResetModel()
        self.columnsChanged.emit()

    def _build_columns(self) -> None:
        spec = self.spec
        many = self.action is Action.SHIP if spec is None else spec.many_ids
        columns: list[Column] = [
            (self.tr("Line"), lambda r: r.line),
            (self.tr("Order items") if many else self.tr("Order item"), _ids),
        ]
        widths = [64, 130 if spec is not None and spec.id_kind == "text" else 150]
        right = {0}
        if spec is not None:
            for spec_field in spec.fields:
                if spec_field.kind == "integer":
                    right.add(len(columns))
                columns.append((field_label(spec_field.name), _detail(spec_field.name)))
                default = KIND_WIDTHS.get(spec_field.kind, 120)
                widths.append(WIDTHS.get(spec_field.name, default))
        elif self.action is Action.SHIP:
            columns += [
                (self.tr("Carrier"), lambda r: r.ship.carrier_key if r.ship else ""),
                (self.tr("Tracking"), lambda r: r.ship.shipment_tracking_key if r.ship else ""),
                (
                    self.tr("Return tracking"),
                    lambda r: r.ship.return_tracking_key if r.ship else "",
                ),
            ]
            widths += [160, 150, 150]
        columns += [
            (self.tr("Status"), lambda r: outcome_label(r.outcome)),
            (self.tr("Message"), _message),
        ]
        self._columns = columns
        self._widths = [*widths, 100]
        self._right_aligned = right
        self.status_column = len(columns) - 2

    def column_widths(self) -> list[int]:
        """Starting widths for every column but the last, which stretches."""
        return list(self._widths)

    def unused_columns(self) -> list[int]:
        """Columns of optional fields no row fills: hidden, so the ones that matter fit."""
        if self.spec is None:
            return []
        unused = []
        for offset, spec_field in enumerate(self.spec.fields):
            name = spec_field.name
            if not spec_field.required and not self._all.has_detail(name):
                unused.append(offset + 2)
        return unused

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
        row = self._row(self._shown[index.row()])
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._columns[column][1](row)
            return str(value)
        if role == Qt.ItemDataRole.DecorationRole and column == self.status_column:
            return outcome_icon(row.outcome)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _message(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column][1]
        self.layoutAboutToBeChanged.emit()
        reverse = order is Qt.SortOrder.DescendingOrder
        rows = self._all
        positions = sorted(range(len(rows)), key=lambda at: key(rows[at]), reverse=reverse)
        self._reset_rows(rows.take(positions))
        self.layoutChanged.emit()

    # -- ours ---------------------------------------------------------------------------------

    @property
    def rows(self) -> RowTable:
        return self._all

    def clear(self) -> None:
        self.beginResetModel()
        self._reset_rows(RowTable())
        self.endResetModel()

    def append(self, rows: Sequence[InputRow]) -> None:
        """One batch, one beginInsertRows: cheap even for 100k rows."""
        start = len(self._all)
        self._all.extend(rows)
        shown = self._wanted(range(start, len(self._all)))
        if not shown:
            return
        first = len(self._shown)
        self.beginInsertRows(QModelIndex(), first, first + len(shown) - 1)
        self._shown.extend(shown)
        self.endInsertRows()

    def set_problems_only(self, on: bool) -> None:
        self.beginResetModel()
        self._problems_only = on
        self._reset_rows(self._all)
        self.endResetModel()

    def remove(self, positions: Sequence[int]) -> None:
        """Drop the shown rows at `positions` from the job to be."""
        doomed = {self._shown[p] for p in positions if 0 <= p < len(self._shown)}
        self.beginResetModel()
        kept = [at for at in range(len(self._all)) if at not in doomed]
        self._reset_rows(self._all.take(kept))
        self.endResetModel()

    def _row(self, position: int) -> InputRow:
        cached = self._cached
        if cached is not None and cached[0] == position:
            return cached[1]
        row = self._all[position]
        self._cached = (position, row)
        return row

    def _reset_rows(self, rows: RowTable) -> None:
        self._all = rows
        self._cached = None
        self._shown = self._wanted(range(len(rows)))

    def _wanted(self, positions: range) -> array[int]:
        if not self._problems_only:
            return array("q", positions)
        outcomes = self._all.outcomes
        return array("q", (at for at in positions if outcomes[at] in PROBLEM_CODES))
