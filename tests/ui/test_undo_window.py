"""The undo window and the cancellation guard in the window."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QPushButton

from desktop_app.core.journal import Journal
from desktop_app.core.models import Action, InputRow, JobState, Outcome
from desktop_app.core.paths import app_paths
from desktop_app.core.undo_window import send_at_after
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import add_profile, confirm, drop_file, wait_dialog


def _button(widget: Any, name: str) -> QPushButton:
    button = widget.findChild(QPushButton, name)
    assert button is not None, name
    return button


def test_undo_during_the_countdown_sends_nothing(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any, write_file: Any
) -> None:
    sandbox = aboutyou_sandbox(items=300, latency=0.1, base_time=datetime.now(UTC))
    add_profile("Shop", sandbox.base_url, sandbox.api_key)
    window = make_window(demo=False, grace_seconds=60)
    drop_file(window.cancel_tab.drop_zone, write_file("c.csv", "order_item_id\n100001\n"))
    submit = _button(window, "cancelSubmitButton")
    qtbot.waitUntil(submit.isEnabled)
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    confirm(qtbot)

    panel = window.results_tab.undo_panel
    qtbot.waitUntil(lambda: panel.isVisible() and "is sent in" in panel.findChild(QLabel).text())
    tab_banner = window.safety.tab_panels[Action.CANCEL]
    qtbot.waitUntil(lambda: not tab_banner.isHidden())  # on the tab that started the job
    assert tab_banner.findChild(QPushButton, "undoButton") is not None
    qtbot.mouseClick(_button(panel, "undoButton"), Qt.MouseButton.LeftButton)

    journal = window.ctx.journal
    qtbot.waitUntil(lambda: journal.jobs()[0].state is JobState.FINISHED)
    qtbot.waitUntil(lambda: panel.isHidden() and tab_banner.isHidden())
    assert {row.outcome for row in journal.rows(journal.jobs()[0].id)} == {Outcome.WITHDRAWN}
    assert sandbox.state.request_count("orders/cancel") == 0


def test_a_job_still_scheduled_after_a_crash_is_offered_not_sent(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(items=50, latency=0.1)
    add_profile("Shop", sandbox.base_url, sandbox.api_key)
    journal = Journal(app_paths().ensure().journal_file)
    rows = [InputRow(line, (100000 + line,)) for line in range(2, 5)]
    job_id = journal.create_job(
        Action.CANCEL,
        "Shop",
        "aboutyou",
        "before-the-crash.csv",
        rows,
        scheduled=True,
        send_at=send_at_after(10),
    )
    journal.close()

    window = make_window(demo=False)
    assert "session was not sent" in window.banner.label.text()
    panel = window.results_tab.undo_panel
    assert panel.isVisible() and "Not sent" in panel.findChild(QLabel).text()
    qtbot.wait(300)  # a countdown would have ended by now; an offer never does on its own
    assert window.ctx.journal.job(job_id).state is JobState.SCHEDULED
    assert sandbox.state.request_count("orders/cancel") == 0

    qtbot.mouseClick(_button(panel, "sendNowButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.ctx.journal.job(job_id).state is JobState.FINISHED, timeout=10000
    )
    assert window.ctx.journal.job(job_id).counts[Outcome.SUCCEEDED] == 3


def test_a_cancel_above_the_threshold_warns_in_red_and_needs_the_extra_step_in_sandbox(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any, write_file: Any
) -> None:
    # 20 demo items ordered this week; cancelling 5 of them is 25 %.
    sandbox = aboutyou_sandbox(items=20, latency=0.1, base_time=datetime.now(UTC))
    add_profile("Shop", sandbox.base_url, sandbox.api_key)
    window = make_window(demo=False)
    ids = "\n".join(str(100001 + n) for n in range(5))
    drop_file(window.cancel_tab.drop_zone, write_file("c.csv", f"order_item_id\n{ids}\n"))
    submit = _button(window, "cancelSubmitButton")
    qtbot.waitUntil(submit.isEnabled)
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)

    dialog = wait_dialog(qtbot, "confirmDialog")
    warning = dialog.findChild(QLabel, "cancelRateWarning")
    assert warning is not None and warning.isVisible()
    assert warning.property("role") == "error"
    assert warning.palette().color(warning.foregroundRole()).red() > 150
    share = dialog.findChild(QLabel, "cancelRateShare")
    assert "5 of 20" in share.text() and "25.0 %" in share.text()
    check = dialog.findChild(QCheckBox, "confirmThresholdCheck")
    assert check is not None
    buttons = dialog.findChild(QDialogButtonBox)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    check.setChecked(True)
    assert ok.isEnabled()
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert sandbox.state.request_count("orders/cancel") == 0


def test_a_cancel_under_the_threshold_shows_the_figures_without_the_warning(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any, write_file: Any
) -> None:
    sandbox = aboutyou_sandbox(items=300, latency=0.1, base_time=datetime.now(UTC))
    add_profile("Shop", sandbox.base_url, sandbox.api_key)
    window = make_window(demo=False)
    drop_file(window.cancel_tab.drop_zone, write_file("c.csv", "order_item_id\n100001\n"))
    submit = _button(window, "cancelSubmitButton")
    qtbot.waitUntil(submit.isEnabled)
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, "confirmDialog")
    assert dialog.findChild(QLabel, "cancelRateWarning") is None
    assert "1 of 300" in dialog.findChild(QLabel, "cancelRateShare").text()
    confirm(qtbot)


def test_quitting_during_the_countdown_asks_and_withdraw_sends_nothing(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any, write_file: Any
) -> None:
    sandbox = aboutyou_sandbox(items=300, latency=0.1, base_time=datetime.now(UTC))
    add_profile("Shop", sandbox.base_url, sandbox.api_key)
    window = make_window(demo=False, grace_seconds=60)
    drop_file(window.cancel_tab.drop_zone, write_file("c.csv", "order_item_id\n100001\n"))
    submit = _button(window, "cancelSubmitButton")
    qtbot.waitUntil(submit.isEnabled)
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    qtbot.waitUntil(lambda: window.ctx.jobs.counting_down() != [])
    journal_file = window.ctx.journal.path

    window.close()
    dialog = wait_dialog(qtbot, "quitDialog")
    assert not window.closed.is_set()  # asked first; nothing stopped yet
    qtbot.mouseClick(_button(dialog, "quitWithdrawButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.closed.is_set, timeout=5000)
    journal = Journal(journal_file)
    assert journal.jobs()[0].counts == {Outcome.WITHDRAWN: 1}
    journal.close()
    assert sandbox.state.request_count("orders/cancel") == 0
