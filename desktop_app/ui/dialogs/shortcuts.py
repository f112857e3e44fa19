"""Help → Keyboard shortcuts: every key the window answers to, from the menu bar's own list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.text_table import text_table


def key_names(keys: str) -> str:
    """The keys as the seller's keyboard names them: Ctrl+O is "Strg+O" in German, "⌘O" on a
    Mac; "Ctrl+1 / 2 / 3" too."""
    first, *more = keys.split(" / ")
    native = QKeySequence(first).toString(QKeySequence.SequenceFormat.NativeText)
    return " / ".join([native or first, *more])


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget, shortcuts: Sequence[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 440)
        table, _ = text_table(
            "shortcutsTable",
            [self.tr("Keys"), self.tr("Does")],
            (
                (key_names(keys), QCoreApplication.translate("MenuBar", what))
                for keys, what in shortcuts
            ),
        )
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
