"""Issue 14: the window starts on a damaged journal with a dialog, never a silent new journal.
Quit (the default) leaves the file as it was; Move aside keeps it and opens on a new one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from desktop_app.app import open_window
from desktop_app.core.paths import app_paths
from desktop_app.ui.context import AppOptions
from desktop_app.ui.tasks import spawn
from tests.fixtures.small_disks import remount, tmpfs
from tests.ui.conftest import FAST_ENGINE, fast_connector
from tests.ui.helpers import visible_dialog


def _zero_length_journal() -> Path:
    journal = app_paths().ensure().journal_file
    journal.write_bytes(b"")
    return journal


def _start(qtbot: Any) -> tuple[Any, Any]:
    options = AppOptions(engine=FAST_ENGINE, connector=fast_connector, grace_seconds=0)
    opening = spawn(open_window(False, options=options))
    qtbot.waitUntil(lambda: visible_dialog("damagedJournalDialog") is not None)
    dialog = visible_dialog("damagedJournalDialog")
    assert dialog is not None
    return opening, dialog


def test_quit_is_the_default_and_leaves_the_journal_as_it_was(
    qloop: qasync.QEventLoop, qtbot: Any
) -> None:
    journal = _zero_length_journal()
    opening, dialog = _start(qtbot)
    said = dialog.findChild(QLabel, "damagedJournalText").text()
    assert "damaged (the file is empty)" in said and str(journal) in said
    quit_button = dialog.findChild(QPushButton, "quitDamagedJournalButton")
    assert quit_button.isDefault()
    qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(opening.done)
    assert opening.result() is None
    assert journal.read_bytes() == b""
    assert not list(journal.parent.glob("*.damaged-*"))


def test_move_aside_keeps_the_old_file_and_opens_on_a_new_journal(
    qloop: qasync.QEventLoop, qtbot: Any
) -> None:
    journal = _zero_length_journal()
    opening, dialog = _start(qtbot)
    move = dialog.findChild(QPushButton, "moveJournalAsideButton")
    qtbot.mouseClick(move, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(opening.done)
    window = opening.result()
    assert window is not None
    try:
        kept = list(journal.parent.glob("journal.sqlite3.damaged-*"))
        assert len(kept) == 1 and kept[0].read_bytes() == b""
        assert window.ctx.journal.jobs() == []
    finally:
        window.close()
        qtbot.waitUntil(window.closed.is_set, timeout=5000)
        assert window.errors.reported == []
        qloop.set_exception_handler(None)


def test_a_read_only_data_folder_is_said_in_one_sentence_at_start(
    qloop: qasync.QEventLoop, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with tmpfs(tmp_path / "disk", "4m") as disk:
        monkeypatch.setenv("SELLER_DESK_HOME", str(disk / "home"))
        app_paths().ensure()
        remount(disk, read_only=True)
        try:
            options = AppOptions(engine=FAST_ENGINE, connector=fast_connector, grace_seconds=0)
            opening = spawn(open_window(False, options=options))
            qtbot.waitUntil(lambda: _message("startFailure") is not None)
            box = _message("startFailure")
            assert box is not None and "read-only" in box.text() and str(disk) in box.text()
            box.accept()
            qtbot.waitUntil(opening.done)
            assert opening.result() is None
        finally:
            remount(disk, read_only=False)


def _message(name: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name and widget.isVisible():
            return widget
    return None
