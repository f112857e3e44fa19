"""What the window remembers for the seller (columns, carriers, values for empty cells): seen in
one list and forgotten one by one or all at once, so a wrong pick never sticks unseen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.field_labels import field_label
from desktop_app.ui.settings import SettingsStore

_KEY = 256  # Qt.UserRole: (kind, settings key, field or "")


class RememberedDialog(QDialog):
    def __init__(self, parent: QWidget, settings: SettingsStore) -> None:
        super().__init__(parent)
        self.setObjectName("rememberedDialog")
        self.setWindowTitle(self.tr("Remembered columns and carriers"))
        self.setMinimumSize(560, 320)
        self.settings = settings
        intro = QLabel(
            self.tr(
                "Seller Desk remembers the columns you chose for a file's headers and the values "
                "you picked for rows without one. Forget a choice to be asked again."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("rememberedList")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.forget_button = QPushButton(self.tr("&Forget selected"))
        self.forget_button.setObjectName("forgetSelectedButton")
        self.forget_button.clicked.connect(self.forget_selected)
        self.forget_all_button = QPushButton(self.tr("Forget &all"))
        self.forget_all_button.setObjectName("forgetAllButton")
        self.forget_all_button.clicked.connect(self.forget_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.forget_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        values = self.settings.values
        for key, mapping in values.mappings.items():
            headers = key.split(":")[-1].replace("|", ", ")
            for field, column in mapping.items():
                text = self.tr("%1 ← column “%2” (files with the columns %3)")
                text = text.replace("%1", field_label(field)).replace("%2", column)
                self._add(text.replace("%3", headers), ("mapping", key, field))
        for profile, carrier in values.default_carriers.items():
            if carrier:
                text = self.tr("%1: carrier %2 for rows without one")
                self._add(text.replace("%1", profile).replace("%2", carrier), ("carrier", profile))
        for profile, fields in values.field_defaults.items():
            for field, value in fields.items():
                if value:
                    text = self.tr("%1: %2 “%3” for rows without one").replace("%1", profile)
                    text = text.replace("%2", field_label(field)).replace("%3", value)
                    self._add(text, ("field", profile, field))
        empty = self.list.count() == 0
        if empty:
            self.list.addItem(self.tr("Nothing is remembered."))
        self.forget_button.setEnabled(not empty)
        self.forget_all_button.setEnabled(not empty)

    def _add(self, text: str, key: tuple[str, ...]) -> None:
        item = QListWidgetItem(text)
        item.setData(_KEY, key)
        self.list.addItem(item)

    def forget_selected(self) -> None:
        values = self.settings.values
        for item in self.list.selectedItems():
            key = item.data(_KEY)
            if not key:
                continue
            kind, name = key[0], key[1]
            if kind == "mapping":
                values.mappings.get(name, {}).pop(key[2], None)
                if not values.mappings.get(name):
                    values.mappings.pop(name, None)
            elif kind == "carrier":
                values.default_carriers.pop(name, None)
            else:
                values.field_defaults.get(name, {}).pop(key[2], None)
        self.settings.save()
        self.fill()

    def forget_all(self) -> None:
        values = self.settings.values
        values.mappings.clear()
        values.default_carriers.clear()
        values.field_defaults.clear()
        self.settings.save()
        self.fill()
