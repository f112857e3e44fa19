"""Driving the window the way a seller does: drop a file, confirm, wait for Results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QDialogButtonBox, QWidget

from desktop_app.core.models import JobState
from desktop_app.ui.main_window import MainWindow


def drop_file(zone: QWidget, path: Path) -> None:
    """Drag enter, then drop: Qt delivers a drop only to the widget that accepted the enter."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert QApplication.sendEvent(zone, enter) and enter.isAccepted()
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert QApplication.sendEvent(zone, event) and event.isAccepted()


def visible_dialog(name: str) -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def wait_dialog(qtbot: Any, name: str) -> QDialog:
    qtbot.waitUntil(lambda: visible_dialog(name) is not None, timeout=5000)
    dialog = visible_dialog(name)
    assert dialog is not None
    return dialog


def confirm(qtbot: Any, production: bool = False) -> None:
    dialog = wait_dialog(qtbot, "confirmDialog")
    if production:
        check = dialog.findChild(QCheckBox, "confirmProductionCheck")
        assert check is not None
        check.setChecked(True)
    # Small sandboxes put any cancel above the 2 % guard; its own tests check the extra step.
    threshold = dialog.findChild(QCheckBox, "confirmThresholdCheck")
    if threshold is not None:
        threshold.setChecked(True)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def wait_job_done(qtbot: Any, window: MainWindow, after: int = 0, timeout: int = 15000) -> int:
    """The newest job (newer than job `after`), once it has stopped running; returns its id."""
    journal = window.ctx.journal

    def stopped() -> None:
        jobs = journal.jobs()
        assert jobs and jobs[0].id > after
        assert jobs[0].state not in (JobState.READY, JobState.RUNNING)
        assert not window.ctx.jobs.is_running(jobs[0].id)

    qtbot.waitUntil(stopped, timeout=timeout)
    return journal.jobs()[0].id


def cell(view: Any, row: int, column: int) -> str:
    return str(view.model().index(row, column).data())


def add_profile(
    name: str, base_url: str, key: str, environment: str = "sandbox", window_seconds: float = 60.0
) -> None:
    """A stored profile with its key in the (test) keyring, as the Profiles dialog leaves it."""
    from desktop_app.core.paths import app_paths
    from desktop_app.core.profiles import Profile, ProfileStore
    from desktop_app.core.secrets import store_secret

    profile = Profile(
        name=name,
        marketplace="aboutyou",
        environment=environment,
        base_url=base_url,
        window_seconds=window_seconds,
    )
    ProfileStore(app_paths().ensure().profiles_file).save(profile)
    store_secret(name, key)


def add_marketplace_profile(name: str, secret: str, **fields: Any) -> None:
    """A stored profile of any marketplace (`marketplace`, `base_url`, `user_id`, `options`...),
    its key or password in the (test) keyring; confirmed jobs start at once."""
    from desktop_app.core.paths import app_paths
    from desktop_app.core.profiles import Profile, ProfileStore
    from desktop_app.core.secrets import store_secret

    fields.setdefault("environment", "sandbox")
    if "grace_seconds" in Profile.model_fields:  # no undo window to wait out in a test
        fields.setdefault("grace_seconds", 0)
    if "cancel_threshold_percent" in Profile.model_fields:  # small sandboxes: any cancel is a lot
        fields.setdefault("cancel_threshold_percent", 100.0)
    profile = Profile.model_validate({"name": name, **fields})
    ProfileStore(app_paths().ensure().profiles_file).save(profile)
    store_secret(name, secret)


def header_labels(view: Any) -> list[str]:
    model = view.model()
    return [
        str(model.headerData(column, Qt.Orientation.Horizontal))
        for column in range(model.columnCount())
        if not view.isColumnHidden(column)
    ]


def add_slow_profile(name: str, sandbox: Any, window_seconds: float) -> None:
    """A profile allowed one cancel request per `window_seconds`: its second batch waits on the
    rate limit."""
    from desktop_app.core.paths import app_paths
    from desktop_app.core.profiles import Profile, ProfileStore
    from desktop_app.core.secrets import store_secret

    profile = Profile(
        name=name,
        marketplace="aboutyou",
        environment="sandbox",
        base_url=sandbox.base_url,
        budgets={"cancel": 1},
        window_seconds=window_seconds,
    )
    ProfileStore(app_paths().ensure().profiles_file).save(profile)
    store_secret(name, sandbox.api_key)


def save_dialog_answers(monkeypatch: Any, module: Any, target: Path) -> None:
    """The module's save-file prompt answers `target` at once."""

    async def choose(*_: Any) -> Path:
        return target

    monkeypatch.setattr(module, "ask_save_file", choose)
