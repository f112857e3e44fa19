"""The Profiles dialog: keys to the keyring only, a connection test in plain words."""

from __future__ import annotations

import json
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QToolButton

from desktop_app.core.paths import app_paths
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import wait_dialog


def _open_profiles(qtbot: Any, window: Any) -> Any:
    button = window.findChild(QToolButton, "profilesButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return wait_dialog(qtbot, "profilesDialog")


def _fill(dialog: Any, name: str, url: str, key: str) -> None:
    dialog.findChild(QLineEdit, "profileName").setText(name)
    dialog.findChild(QLineEdit, "profileBaseUrl").setText(url)
    dialog.findChild(QLineEdit, "profileApiKey").setText(key)


def test_adding_a_profile_stores_the_key_in_the_keyring_only(
    qtbot: Any, make_window: WindowFactory, memory_keyring: Any, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(items=20)
    window = make_window(demo=False)
    dialog = _open_profiles(qtbot, window)
    key_field = dialog.findChild(QLineEdit, "profileApiKey")
    assert key_field.echoMode() is QLineEdit.EchoMode.Password
    _fill(dialog, "My shop", sandbox.base_url, sandbox.api_key)
    dialog.findChild(QComboBox, "profileEnvironment").setCurrentIndex(1)  # production

    qtbot.mouseClick(dialog.findChild(QCheckBox, "showApiKey"), Qt.MouseButton.LeftButton)
    assert key_field.echoMode() is QLineEdit.EchoMode.Normal
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "testConnectionButton"), Qt.MouseButton.LeftButton
    )
    status = dialog.findChild(QLabel, "profileStatus")
    qtbot.waitUntil(lambda: status.text().startswith("Connected."), timeout=5000)
    assert "carriers available" in status.text()

    qtbot.mouseClick(dialog.findChild(QPushButton, "saveProfileButton"), Qt.MouseButton.LeftButton)
    assert memory_keyring.secrets[("seller-desk", "My shop")] == sandbox.api_key
    stored = app_paths().profiles_file.read_text(encoding="utf-8")
    assert sandbox.api_key not in stored
    assert json.loads(stored)["profiles"][0]["environment"] == "production"
    assert key_field.text() == "" and "keyring" in key_field.placeholderText()  # never shown again

    dialog.reject()
    selector = window.findChild(QComboBox, "profileSelector")
    qtbot.waitUntil(lambda: selector.currentText() == "My shop (ABOUT YOU) · PRODUCTION")
    assert window.toolbar.badge.text() == "● PRODUCTION"


def test_a_wrong_key_gets_a_plain_answer_from_test_connection(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(items=5)
    window = make_window(demo=False)
    dialog = _open_profiles(qtbot, window)
    _fill(dialog, "Wrong", sandbox.base_url, "not-the-key")
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "testConnectionButton"), Qt.MouseButton.LeftButton
    )
    status = dialog.findChild(QLabel, "profileStatus")
    qtbot.waitUntil(lambda: status.text().startswith("Not connected"), timeout=5000)
    assert "refused the API key" in status.text()
    dialog.reject()


def test_without_a_usable_keyring_the_dialog_explains_instead_of_crashing(
    qtbot: Any, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo=False)
    keyring.set_keyring(fail.Keyring())  # the memory_keyring fixture restores it afterwards
    dialog = _open_profiles(qtbot, window)
    note = dialog.findChild(QLabel, "keyringNote")
    assert note.isVisible() and "No usable keyring" in note.text()
    assert not dialog.findChild(QPushButton, "saveProfileButton").isEnabled()
    dialog.reject()
