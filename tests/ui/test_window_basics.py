"""Contract names, shortcuts, paste, open items, About and the error hook."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from desktop_app.core.errors import SellerDeskError
from desktop_app.ui.tasks import spawn
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import wait_dialog


def test_the_window_exposes_the_testability_contract(make_window: WindowFactory) -> None:
    window = make_window()
    for name in ("cancelTab", "shipTab", "resultsTab", "cancelDropZone", "shipDropZone"):
        assert window.findChild(QWidget, name) is not None, name
    for name in ("cancelSubmitButton", "shipSubmitButton"):
        assert window.findChild(QPushButton, name) is not None, name
    for name in ("jobsTable", "rowsTable"):
        assert isinstance(window.findChild(QTableView, name), QTableView), name
    selector = window.findChild(QComboBox, "profileSelector")
    assert selector.currentText() == "Demo marketplace (ABOUT YOU) · SANDBOX"
    assert window.toolbar.badge.text() == "● SANDBOX"
    assert "Demo" in window.windowTitle()


def test_ctrl_numbers_switch_tabs_and_ctrl_v_pastes_ids(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window only
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.results_tab
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.ship_tab
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    QGuiApplication.clipboard().setText("100051\n100052\n100052\n")
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    tab = window.cancel_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and not tab.flow.busy, timeout=5000)
    assert "2 valid" in tab.summary.text() and "1 duplicate" in tab.summary.text()


def test_load_open_items_offers_a_checkable_list_from_the_marketplace(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    tab = window.cancel_tab
    qtbot.mouseClick(tab.drop_zone.load_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, "openItemsDialog")
    model = dialog.model
    assert model.rowCount() > 10
    for row in (0, 1, 2):
        model.setData(
            model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    picked = model.selected_ids()
    dialog.accept()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and not tab.flow.busy, timeout=5000)
    assert [row.order_items[0] for row in tab.model.rows] == picked


def test_about_shows_the_version_and_the_data_and_log_folders(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    qtbot.mouseClick(window.findChild(QToolButton, "aboutButton"), Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, "aboutDialog")
    text = dialog.findChild(QLabel, "aboutText").text()
    paths = window.ctx.paths
    assert str(paths.data_dir) in text and str(paths.log_dir) in text and "Version" in text
    dialog.findChild(QDialogButtonBox).rejected.emit()


def test_an_unexpected_error_is_logged_and_shown_non_modal_with_details(
    qtbot: Any, make_window: WindowFactory, caplog: Any
) -> None:
    window = make_window()

    async def broken() -> None:
        raise SellerDeskError("The thing broke in a way you can fix.")

    spawn(broken())
    qtbot.waitUntil(lambda: window.errors.notice is not None and window.errors.notice.isVisible())
    notice = window.errors.notice
    assert isinstance(notice, QMessageBox) and not notice.isModal()
    assert notice.text() == "The thing broke in a way you can fix."
    assert "Traceback" in notice.detailedText()
    assert "unexpected error" in caplog.text
    window.errors.reported.clear()  # seen and checked: the teardown check is for surprises
