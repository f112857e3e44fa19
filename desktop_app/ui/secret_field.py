"""A masked API key field with a show toggle; a stored key is never displayed again."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget


class SecretField(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setObjectName("profileApiKey")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("API key"))
        self.show_toggle = QCheckBox(self.tr("Show"))
        self.show_toggle.setObjectName("showApiKey")
        self.show_toggle.toggled.connect(self._toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_toggle)

    def _toggle(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)

    def set_stored(self, stored: bool) -> None:
        """A stored key shows only as a hint; typing a new one replaces it."""
        self.edit.clear()
        self.show_toggle.setChecked(False)
        self.edit.setPlaceholderText(
            self.tr("stored in the keyring — type to replace")
            if stored
            else self.tr("paste the key")
        )

    def text(self) -> str:
        return self.edit.text()
