"""Pick the column for each field the import could not find by its header."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.field_labels import field_label


class MappingDialog(QDialog):
    def __init__(
        self, parent: QWidget, source: str, missing: Sequence[str], columns: Sequence[str]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mappingDialog")
        self.setWindowTitle(self.tr("Choose columns"))
        self.setMinimumWidth(420)
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
        for field in missing:
            combo = QComboBox()
            combo.setObjectName(f"mapping_{field}")
            combo.addItems(list(columns))
            combo.setAccessibleName(field_label(field))
            form.addRow(field_label(field) + ":", combo)
            self.combos[field] = combo
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentText() for field, combo in self.combos.items()}
