"""Pick the column for each field the import could not find by its header.

Nothing is guessed: a column is pre-selected only when its header names the field, the seller can
say a field is not in the file, and a missing carrier can be one carrier for every row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.importing.headers import field_for_header
from desktop_app.ui.field_labels import field_label

CARRIER = "carrier_key"
NOT_IN_FILE = "\x00absent"  # item data of "not in this file"
SAME_CARRIER = "\x00same"  # item data of "the same carrier for every row"


class MappingDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        source: str,
        missing: Sequence[str],
        columns: Sequence[str],
        carriers: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mappingDialog")
        self.setWindowTitle(self.tr("Choose columns"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Seller Desk could not tell which column of %1 holds these fields.").replace(
                "%1", source
            )
            + " "
            + self.tr("Your choice is remembered for files with the same columns.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        self.same_carrier = QComboBox()
        self.same_carrier.setObjectName("mappingSameCarrier")
        self.same_carrier.setAccessibleName(self.tr("Carrier for every row"))
        for key in carriers or ():
            self.same_carrier.addItem(key, key)
        for field in missing:
            combo = QComboBox()
            combo.setObjectName(f"mapping_{field}")
            combo.addItem(self.tr("— choose a column —"), None)
            for column in columns:
                combo.addItem(column, column)
            combo.addItem(self.tr("Not in this file"), NOT_IN_FILE)
            if field == CARRIER and carriers:
                combo.addItem(self.tr("The same carrier for every row"), SAME_CARRIER)
            # Only a header that names the field is pre-selected (never "Order ID" for an item).
            named = [i + 1 for i, column in enumerate(columns) if field_for_header(column) == field]
            combo.setCurrentIndex(named[0] if named else 0)
            combo.setAccessibleName(field_label(field))
            combo.currentIndexChanged.connect(self._update)
            form.addRow(field_label(field) + ":", combo)
            self.combos[field] = combo
            if field == CARRIER and carriers:
                form.addRow(self.tr("Carrier for every row:"), self.same_carrier)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("mappingProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def _update(self) -> None:
        """OK only once every field has an answer the file can be sent with."""
        problem = ""
        for field, combo in self.combos.items():
            choice = combo.currentData()
            if choice is None:
                problem = self.tr("Choose a column for every field.")
            elif choice == NOT_IN_FILE:
                problem = self.tr(
                    "The marketplace needs the %1 of every row: without it this file cannot be "
                    "sent. Add the column to the file, or choose the column that holds it."
                ).replace("%1", field_label(field).lower())
                if field == CARRIER and self.same_carrier.count():
                    problem += " " + self.tr("Or pick the same carrier for every row.")
                break
        self.same_carrier.setEnabled(self.carrier() is not None)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)

    def mapping(self) -> dict[str, str]:
        """The chosen column per field; fields answered otherwise (one carrier) are left out."""
        return {
            field: str(combo.currentData())
            for field, combo in self.combos.items()
            if combo.currentData() not in (None, NOT_IN_FILE, SAME_CARRIER)
        }

    def carrier(self) -> str | None:
        """The carrier for every row, when the seller chose that instead of a column."""
        combo = self.combos.get(CARRIER)
        if combo is None or combo.currentData() != SAME_CARRIER:
            return None
        return str(self.same_carrier.currentData() or "") or None
