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
        self._password = False
        self._stored = False

    def describe(self, name: str, *, password: bool = False) -> None:
        """What the secret is (an API key or a password): its accessible name and hint."""
        self.edit.setAccessibleName(name)
        self._password = password
        self._hint()

    def _toggle(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)

    def set_stored(self, stored: bool) -> None:
        """A stored key shows only as a hint; typing a new one replaces it."""
        self.edit.clear()
        self.show_toggle.setChecked(False)
        self._stored = stored
        self._hint()

    def _hint(self) -> None:
        if self._stored:
            self.edit.setPlaceholderText(self.tr("stored in the keyring — type to replace"))
        elif self._password:
            self.edit.setPlaceholderText(self.tr("type the password"))
        else:
            self.edit.setPlaceholderText(self.tr("paste the key"))

    def text(self) -> str:
        return self.edit.text()
