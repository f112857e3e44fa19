"""Issue 16 finding 5: menu bar, shortcuts, Tab out of tables, Enter on buttons, copy, menus."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QMenuBar, QPushButton, QTableView

from desktop_app.core.models import JobState, Outcome
from desktop_app.ui import results_tab
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import confirm, drop_file, save_dialog_answers, wait_dialog

IDS = "order_item_id\n" + "\n".join(str(100001 + n) for n in range(63)) + "\n"
MENUS = {
    "fileMenu": ["actionOpen", "actionExport", "actionQuit"],
    "editMenu": ["actionCopy", "actionSelectAll", "actionFind"],
    "viewMenu": ["actionViewCancel", "actionViewShip", "actionViewResults"],
    "jobsMenu": ["actionSend", "actionWithdraw", "actionStop", "actionRetry"],
    "helpMenu": ["actionColumns", "actionShortcuts", "actionAbout"],
}


def _shown(qtbot: Any, window: Any) -> Any:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _loaded(qtbot: Any, window: Any, write_file: Any, text: str = IDS) -> Any:
    tab = window.cancel_tab
    drop_file(tab.drop_zone, write_file("c.csv", text))
    qtbot.waitUntil(lambda: tab.submit_button.isEnabled() and not tab.flow.busy, timeout=5000)
    return tab


def test_the_menu_bar_has_every_command_with_an_access_key(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    bar = window.findChild(QMenuBar, "menuBar")
    titles = [action.text() for action in bar.actions()]
    assert titles == ["&File", "&Edit", "&View", "&Jobs", "&Help"]
    for menu_name, actions in MENUS.items():
        menu = bar.findChild(QMenu, menu_name)
        names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
        assert set(actions) <= set(names), (menu_name, names)
        assert all("&" in a.text() for a in menu.actions() if not a.isSeparator())
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.findChildren(QAction)}
    assert shortcuts["actionSend"] == "Ctrl+Return"
    assert shortcuts["actionExport"] == "Ctrl+E"
    assert shortcuts["actionFind"] == "Ctrl+F"
    assert shortcuts["actionUndo"] == "Ctrl+Z"


def test_tab_leaves_the_preview_table_at_once(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = _shown(qtbot, make_window())
    tab = _loaded(qtbot, window, write_file)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_Tab)
    assert not tab.table.hasFocus(), QApplication.focusWidget()


def test_enter_presses_the_focused_button(qtbot: Any, make_window: WindowFactory) -> None:
    window = _shown(qtbot, make_window())
    QGuiApplication.clipboard().setText("100001\n100002\n")
    paste = window.cancel_tab.drop_zone.paste_button
    paste.setFocus()
    qtbot.waitUntil(paste.hasFocus)
    qtbot.keyClick(paste, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.cancel_tab.model.rowCount() == 2, timeout=5000)


def test_ctrl_enter_asks_to_send_and_ctrl_f_finds(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = _shown(qtbot, make_window())
    tab = _loaded(qtbot, window, write_file)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.findChild(QLineEdit, "cancelSearch")
    assert search.hasFocus()
    qtbot.keyClicks(search, "100063")
    visible = [r for r in range(tab.model.rowCount()) if not tab.table.isRowHidden(r)]
    assert len(visible) == 1
    search.clear()
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_dialog(qtbot, "confirmDialog").reject()


def test_copy_is_a_tab_separated_block_and_rows_have_a_context_menu(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = _shown(qtbot, make_window())
    tab = _loaded(qtbot, window, write_file)
    table = window.findChild(QTableView, "cancelPreviewTable")
    table.setFocus()
    table.selectRow(0)
    table.selectionModel().select(
        tab.model.index(1, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().split("\n")
    assert len(lines) == 2 and "\t" in lines[0] and "100001" in lines[0] and "100002" in lines[1]

    table.customContextMenuRequested.emit(QPoint(5, 5))
    menu = table.context_menu
    names = [a.objectName() for a in menu.actions()]
    assert "cancelRemoveRowsAction" in names and "cancelPreviewTableCopyAction" in names
    menu.close()


def test_ctrl_e_exports_and_ctrl_z_withdraws_during_the_countdown(
    qtbot: Any,
    make_window: WindowFactory,
    write_file: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _shown(qtbot, make_window(grace_seconds=30))
    tab = _loaded(qtbot, window, write_file, "order_item_id\n100001\n100002\n")
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    qtbot.waitUntil(lambda: bool(window.ctx.jobs.counting_down()), timeout=5000)
    job_id = window.ctx.jobs.counting_down()[-1]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.ctx.journal.job(job_id).state is JobState.FINISHED)
    assert window.ctx.journal.job(job_id).counts[Outcome.WITHDRAWN] == 2

    target = tmp_path / "out.csv"

    save_dialog_answers(monkeypatch, results_tab, target)
    window.results_tab.add_job(job_id)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=3000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert [r["outcome"] for r in csv.DictReader(handle)] == ["withdrawn", "withdrawn"]
    assert window.findChild(QPushButton, "exportButton") is not None
