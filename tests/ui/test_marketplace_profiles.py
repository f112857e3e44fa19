"""The Profiles dialog for SellerCenter and Unicommerce: fields by marketplace, the secret in
the keyring only, and a connection test in each marketplace's own terms."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox, QToolButton

from desktop_app.core.paths import app_paths
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import wait_dialog


def _open_profiles(qtbot: Any, window: Any) -> Any:
    qtbot.mouseClick(window.findChild(QToolButton, "profilesButton"), Qt.MouseButton.LeftButton)
    return wait_dialog(qtbot, "profilesDialog")


def _fill(dialog: Any, marketplace: str, name: str, url: str, user: str, secret: str) -> None:
    combo = dialog.findChild(QComboBox, "profileMarketplace")
    combo.setCurrentIndex(combo.findData(marketplace))
    for field, value in (
        ("profileName", name),
        ("profileBaseUrl", url),
        ("profileUserId", user),
        ("profileApiKey", secret),
    ):
        dialog.findChild(QLineEdit, field).setText(value)


def _test_connection(qtbot: Any, dialog: Any) -> str:
    status = dialog.findChild(QLabel, "profileStatus")
    status.clear()  # not the answer of an earlier test
    button = dialog.findChild(QPushButton, "testConnectionButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status.text().startswith(("Connected", "Not connected")), timeout=5000)
    return str(status.text())


def _stored() -> dict[str, Any]:
    profiles = json.loads(app_paths().profiles_file.read_text(encoding="utf-8"))["profiles"]
    return {profile["name"]: profile for profile in profiles}


def test_a_sellercenter_profile_tests_its_key_offers_the_reasons_and_saves_its_defaults(
    qtbot: Any, make_window: WindowFactory, memory_keyring: Any, sellercenter_sandbox: Any
) -> None:
    sandbox = sellercenter_sandbox(items=5)
    window = make_window(demo=False)
    dialog = _open_profiles(qtbot, window)
    reason = dialog.findChild(QComboBox, "profileCancelReason")
    assert not reason.isVisible()  # ABOUT YOU first: no SellerCenter fields
    _fill(dialog, "sellercenter", "Falabella", sandbox.base_url, sandbox.user_id, sandbox.api_key)
    assert reason.isVisible() and dialog.findChild(QSpinBox, "profileBudget").isVisible()
    platform = dialog.findChild(QComboBox, "profilePlatform")
    assert [platform.itemText(i) for i in range(platform.count())] == [
        "Falabella Chile",
        "Falabella Colombia",
        "Falabella Peru",
        "Other SellerCenter (custom host)",
    ]
    assert "Daraz, Lazada and Jumia" in platform.toolTip()
    platform.setCurrentIndex(platform.findData("falabella:CO"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveProfileButton"), Qt.MouseButton.LeftButton)
    assert "Seller ID" in dialog.findChild(QLabel, "profileStatus").text()  # Falabella needs it
    dialog.findChild(QLineEdit, "profileSellerId").setText("SC12345")
    assert dialog.form.form.labelForField(dialog.form.user_id).text() == "UserID (e-mail):"

    assert _test_connection(qtbot, dialog) == (
        "Connected. The key works; 4 shipment providers available."
    )
    assert reason.findText("Wrong address") >= 0 and reason.findText("Damaged item") < 0
    reason.setCurrentIndex(reason.findText("Wrong address"))
    delivery = dialog.findChild(QComboBox, "profileDeliveryType")
    delivery.setCurrentIndex(delivery.findData("pickup"))
    dialog.findChild(QSpinBox, "profileBudget").setValue(30)
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveProfileButton"), Qt.MouseButton.LeftButton)

    assert memory_keyring.get_password("seller-desk", "Falabella") == sandbox.api_key
    stored = _stored()["Falabella"]
    assert sandbox.api_key not in json.dumps(stored)
    assert stored["user_id"] == sandbox.user_id
    assert stored["options"] == {
        "cancel_reason": "Wrong address",
        "delivery_type": "pickup",
        "platform": "falabella",
        "country": "CO",
        "seller_id": "SC12345",
    }
    assert stored["budgets"] == {"cancel": 30, "ship": 30, "lookup": 30}
    dialog.reject()
    selector = window.findChild(QComboBox, "profileSelector")
    qtbot.waitUntil(
        lambda: selector.currentText() == "Falabella (Falabella / SellerCenter) · SANDBOX"
    )


def test_a_sellercenter_profile_needs_the_user_email_and_a_wrong_key_is_named(
    qtbot: Any, make_window: WindowFactory, sellercenter_sandbox: Any
) -> None:
    sandbox = sellercenter_sandbox(items=5)
    window = make_window(demo=False)
    dialog = _open_profiles(qtbot, window)
    _fill(dialog, "sellercenter", "Falabella", sandbox.base_url, "", "wrong-key")
    dialog.findChild(QLineEdit, "profileSellerId").setText("SC12345")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveProfileButton"), Qt.MouseButton.LeftButton)
    assert "e-mail" in dialog.findChild(QLabel, "profileStatus").text()
    dialog.findChild(QLineEdit, "profileUserId").setText(sandbox.user_id)
    assert _test_connection(qtbot, dialog).startswith("Not connected")
    dialog.reject()


def test_a_unicommerce_profile_signs_in_and_keeps_the_password_in_the_keyring(
    qtbot: Any, make_window: WindowFactory, memory_keyring: Any, unicommerce_sandbox: Any
) -> None:
    sandbox = unicommerce_sandbox(order_count=2)
    window = make_window(demo=False)
    dialog = _open_profiles(qtbot, window)
    _fill(dialog, "unicommerce", "Uniware", sandbox.base_url, sandbox.username, "wrong")
    assert dialog.form.form.labelForField(dialog.form.key).text() == "Password:"
    assert not dialog.findChild(QComboBox, "profileCancelReason").isVisible()
    assert _test_connection(qtbot, dialog).startswith("Not connected")

    dialog.findChild(QLineEdit, "profileApiKey").setText(sandbox.password)
    assert _test_connection(qtbot, dialog) == f"Connected. Signed in as {sandbox.username}."
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveProfileButton"), Qt.MouseButton.LeftButton)
    status = dialog.findChild(QLabel, "profileStatus").text()
    assert status == "Saved. The password is in the system keyring."
    assert memory_keyring.get_password("seller-desk", "Uniware") == sandbox.password
    assert _stored()["Uniware"]["user_id"] == sandbox.username
    dialog.reject()


def test_the_sellercenter_profile_fields_read_in_spanish(
    qtbot: Any, make_window: WindowFactory
) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.translations import install_translation

    app = QApplication.instance()
    assert app is not None
    assert install_translation(app, "es") == "es"
    try:
        window = make_window(demo=False)
        dialog = _open_profiles(qtbot, window)
        combo = dialog.findChild(QComboBox, "profileMarketplace")
        combo.setCurrentIndex(combo.findData("sellercenter"))
        form = dialog.form
        assert form.form.labelForField(form.platform).text() == "Plataforma:"
        assert form.form.labelForField(form.user_id).text() == "UserID (correo):"
        assert form.platform.itemText(2) == "Falabella Perú"
        assert "no son compatibles" in form.platform.toolTip()
        dialog.reject()
    finally:
        install_translation(app, "en")
