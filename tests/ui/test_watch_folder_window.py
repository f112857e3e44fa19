"""A watched folder set up in the window: a PRODUCTION cancel file waits for a confirmation."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
)

from desktop_app.core.models import Action, JobState
from desktop_app.core.watch import WatchTiming
from desktop_app.ui.dialogs.awaiting import ask
from desktop_app.ui.dialogs.watch_folder import WatchFolderDialog
from desktop_app.ui.tasks import spawn
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import add_profile, confirm

QUICK = WatchTiming(poll_seconds=0.05)


def test_a_production_cancel_file_from_a_watched_folder_waits_for_confirmation(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any, tmp_path: Path
) -> None:
    sandbox = aboutyou_sandbox(items=300, latency=0.1, base_time=datetime.now(UTC))
    add_profile("Shop", sandbox.base_url, sandbox.api_key, environment="production")
    window = make_window(demo=False, watch=QUICK)
    folder = tmp_path / "drop"

    dialog = WatchFolderDialog(window, window.ctx, window.ctx.profiles.get("Shop"))
    asked = spawn(ask(dialog))
    qtbot.waitUntil(dialog.isVisible)
    dialog.findChild(QLineEdit, "cancelWatchFolder").setText(str(folder))
    dialog.findChild(QCheckBox, "cancelWatchAutomatic").setChecked(True)
    dialog.findChild(QDoubleSpinBox, "cancelWatchStable").setValue(0.1)  # this watch's own
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(asked.done)
    saved = window.ctx.profiles.get("Shop").watched_folder(Action.CANCEL)
    assert saved is not None and saved.automatic and saved.stable_seconds == 0.1
    window.safety.watchers.restart()
    qtbot.waitUntil(folder.is_dir)

    (folder / "cancel.csv").write_text("order_item_id\n100001\n", encoding="utf-8")
    panel = window.results_tab.undo_panel
    qtbot.waitUntil(
        lambda: (
            not panel.isHidden() and "waits for your confirmation" in panel.findChild(QLabel).text()
        ),
        timeout=10000,
    )
    assert "waits for your confirmation" in window.banner.label.text()
    window.tabs.setCurrentWidget(window.results_tab)
    job = window.ctx.journal.jobs()[0]
    assert job.state is JobState.SCHEDULED
    assert sandbox.state.request_count("orders/cancel") == 0

    qtbot.mouseClick(panel.findChild(QPushButton, "confirmJobButton"), Qt.MouseButton.LeftButton)
    confirm(qtbot, production=True)
    qtbot.waitUntil(
        lambda: (folder / "processed" / "cancel.csv.report.csv").exists(), timeout=15000
    )
    assert window.ctx.journal.job(job.id).state is JobState.FINISHED
    assert sandbox.state.applied_per_item[100001] == 1
