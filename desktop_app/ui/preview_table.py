"""The preview's table view: whole-row selection, sorting in the model, columns that follow the
model's marketplace (widths, and optional ones no row fills hidden)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop_app.ui.preview_model import PreviewModel
from desktop_app.ui.table_tools import fit_columns


class PreviewTable(QTableView):
    def __init__(self, model: PreviewModel, object_name: str) -> None:
        super().__init__()
        self.preview = model
        self.setObjectName(object_name)
        self.setAccessibleName(self.tr("Preview of the rows"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.show_all_columns()
        model.columnsChanged.connect(self.show_all_columns)
        for signal in (model.modelReset, model.rowsInserted):
            signal.connect(self.fit_columns)

    def show_all_columns(self) -> None:
        """Every column of the model's marketplace shown, fitted."""
        for column in range(self.preview.columnCount()):
            self.setColumnHidden(column, False)
        self.fit_columns()

    def fit_columns(self) -> None:
        """At least the model's starting widths, and as wide as the header and the cells need
        (the message, last, stretches instead)."""
        fit_columns(self, self.preview.column_widths(), cells=range(self.preview.columnCount() - 1))

    def hide_unused_columns(self) -> None:
        for column in range(self.preview.columnCount()):
            self.setColumnHidden(column, False)
        for column in self.preview.unused_columns():
            self.setColumnHidden(column, True)

    def selected_positions(self) -> list[int]:
        return sorted({index.row() for index in self.selectionModel().selectedRows()})
