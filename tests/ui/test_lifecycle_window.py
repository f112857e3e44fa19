"""The job lifecycle in the window, driven as a seller would: Stop and Resume, the buttons of
the undo banner, quitting with work in flight, errors that reach people."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMessageBox, QPushButton, QWidget

from desktop_app.core.journal import Journal
from desktop_app.core.journal_schema import SCHEMA_VERSION
from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.models import Action, InputRow, JobState, Outcome
from desktop_app.core.paths import app_paths
from desktop_app.core.profiles import Profile, ProfileStore
from desktop_app.ui.context import _connect
from tests.fixtures.journal_edits import leave_state
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import add_marketplace_profile, wait_dialog


def _button(widget: Any, name: str) -> QPushButton:
    button = widget.findChild(QPushButton, name)
    assert button is not None, name
    return button


def _slow_shop(sandbox: Any) -> None:
    """3 requests a second: a job of 3000 rows (12 batches of 250) sends for about 4 s."""
    add_marketplace_profile(
        "Shop",
        sandbox.api_key,
        marketplace="aboutyou",
        base_url=sandbox.base_url,
        budgets={"cancel": 3},
        window_seconds=1.0,
    )


def _cancel_job(window: Any, ids: range, profile: str = "Shop") -> int:
    rows = [InputRow(line, (item,)) for line, item in enumerate(ids, start=2)]
    return window.ctx.jobs.create_job(Action.CANCEL, window.ctx.profile(profile), "c.csv", rows)


def _running_in_results(sandbox: Any, make_window: WindowFactory) -> tuple[Any, int]:
    """A window on the slow shop, its 3000-row cancel job running and shown in Results."""
    _slow_shop(sandbox)
    window = make_window(demo=False)
    job_id = _cancel_job(window, range(100001, 103001))
    window.ctx.jobs.start(job_id)
    window.results_tab.add_job(job_id)
    window.tabs.setCurrentWidget(window.results_tab)
    return window, job_id


def test_stop_in_the_results_tab_sends_nothing_more_and_resume_finishes_the_job(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)
    window, job_id = _running_in_results(sandbox, make_window)
    tab = window.results_tab
    qtbot.waitUntil(lambda: sandbox.state.request_count("orders/cancel") >= 2, timeout=10000)
    stop = _button(tab, "stopButton")
    assert stop.isEnabled()
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    journal = window.ctx.journal
    qtbot.waitUntil(lambda: not window.ctx.jobs.is_running(job_id), timeout=10000)
    acknowledged = sandbox.state.request_count()  # the job has let go: stop acknowledged
    job = journal.job(job_id)
    assert job.state is JobState.STOPPED and job.counts[Outcome.PENDING] > 0
    assert sandbox.state.request_count("orders/cancel") < 12  # not every batch went out
    # A call in flight ended first: every batch journaled was sent, none is left in doubt.
    assert {batch.status for batch in journal.open_batches(job_id)} <= {"submitted"}
    qtbot.wait(1200)  # at 3 requests a second, a job that went on would have sent more
    assert sandbox.state.request_count() == acknowledged
    qtbot.waitUntil(lambda: _button(tab, "resumeButton").isEnabled())
    assert _button(tab.undo_panel, "resumeStoppedButton").isVisible()  # listed, with Resume
    assert window.errors.reported == []

    qtbot.mouseClick(_button(tab, "resumeButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: journal.job(job_id).state is JobState.FINISHED, timeout=30000)
    assert journal.job(job_id).counts == {Outcome.SUCCEEDED: 3000}
    with sandbox.state.lock:
        assert max(sandbox.state.applied_per_item.values()) == 1


def test_ctrl_period_stops_the_selected_job(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)
    window, job_id = _running_in_results(sandbox, make_window)
    tab = window.results_tab
    window.activateWindow()
    qtbot.waitUntil(lambda: sandbox.state.request_count("orders/cancel") >= 1, timeout=10000)
    QTest.keyClick(tab.jobs_table, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.ctx.journal.job(job_id).state is JobState.STOPPED)


def test_a_stopped_job_is_not_resumed_on_its_own_at_start(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)
    _slow_shop(sandbox)
    journal = Journal(app_paths().ensure().journal_file)
    rows = [InputRow(line, (100000 + line,)) for line in range(2, 12)]
    stopped = journal.create_job(Action.CANCEL, "Shop", "aboutyou", "s.csv", rows)
    leave_state(journal, stopped, JobState.STOPPED)
    journal.close()
    window = make_window(demo=False)
    qtbot.wait(800)
    assert window.ctx.journal.job(stopped).state is JobState.STOPPED
    assert not window.ctx.jobs.is_running(stopped)
    assert sandbox.state.request_count("orders/cancel") == 0
    panel = window.results_tab.undo_panel
    qtbot.waitUntil(lambda: panel.findChild(QPushButton, "resumeStoppedButton") is not None)
    qtbot.mouseClick(_button(panel, "resumeStoppedButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.ctx.journal.job(stopped).state is JobState.FINISHED, timeout=15000
    )
    assert window.ctx.journal.job(stopped).counts == {Outcome.SUCCEEDED: 10}


def _order(line: QWidget) -> list[str]:
    layout = line.layout()
    assert isinstance(layout, QHBoxLayout)
    names = []
    for index in range(layout.count()):
        widget = layout.itemAt(index).widget()
        if isinstance(widget, QPushButton):
            names.append(widget.objectName())
    return names


def _banner_orders(window: Any) -> set[tuple[tuple[str, ...], bool]]:
    """Every line of the Results banner: its button order, and whether the left one is default."""
    panel = window.results_tab.undo_panel
    panel.refresh()
    seen = set()
    for _, line in panel._lines.values():
        buttons = [line.findChild(QPushButton, name) for name in _order(line)]
        seen.add((tuple(_order(line)), bool(buttons) and buttons[0].isDefault()))
    return seen


def test_the_banner_buttons_stand_in_one_order_for_a_10_row_and_a_100000_row_job(
    qtbot: Any, make_window: WindowFactory, qloop: Any
) -> None:
    window = make_window(grace_seconds=60)
    profile = window.current_profile()
    assert profile is not None
    for size in (10, 100_000):
        rows = [InputRow(line, (100000 + line,)) for line in range(2, size + 2)]
        creating = asyncio.ensure_future(
            window.ctx.jobs.create_job_off_loop(Action.CANCEL, profile, f"{size}.csv", rows)
        )
        seen: set[tuple[tuple[str, ...], bool]] = set()
        while not creating.done():  # the banner ticks while the rows are being written
            seen |= _banner_orders(window)
            qtbot.wait(20)
        job_id = creating.result()
        window.ctx.jobs.start(job_id)
        qtbot.waitUntil(lambda j=job_id: j in window.ctx.jobs.counting_down())
        seen |= _banner_orders(window)
        assert seen == {(("undoButton", "sendNowButton"), True)}, size
        window.results_tab.withdraw(job_id)
        qtbot.waitUntil(lambda j=job_id: window.ctx.journal.job(j).state is JobState.FINISHED)


def test_a_job_sent_and_done_while_the_quit_dialog_is_open_is_shown_before_quitting(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any
) -> None:
    """Found under Xvfb: a small job sent by its countdown finished at once, and the dialog
    quit by itself, so the seller never saw that it was sent."""
    sandbox = aboutyou_sandbox(latency=0.05)
    _slow_shop(sandbox)
    window = make_window(demo=False, grace_seconds=1.0)
    job_id = _cancel_job(window, range(100001, 100004))
    window.ctx.jobs.start(job_id)
    qtbot.waitUntil(lambda: window.ctx.jobs.counting_down() == [job_id])

    window.close()
    dialog = wait_dialog(qtbot, "quitDialog")
    qtbot.waitUntil(lambda: window.ctx.journal.job(job_id).state is JobState.FINISHED, timeout=8000)
    qtbot.wait(600)  # a few ticks of the dialog after the job is done
    assert dialog.isVisible() and not window.closed.is_set()
    sent = dialog.findChild(QWidget, "quitSentText")
    assert sent.isVisible() and str(job_id) in sent.text()
    quit_now = _button(dialog, "quitNowButton")
    assert quit_now.isVisible() and not _button(dialog, "quitWithdrawButton").isVisible()
    qtbot.mouseClick(quit_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.closed.is_set, timeout=5000)


def test_quitting_during_a_countdown_that_expires_says_it_was_sent(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)
    _slow_shop(sandbox)
    window = make_window(demo=False, grace_seconds=1.5)
    job_id = _cancel_job(window, range(100001, 103001))
    window.ctx.jobs.start(job_id)
    qtbot.waitUntil(lambda: window.ctx.jobs.counting_down() == [job_id])

    window.close()
    dialog = wait_dialog(qtbot, "quitDialog")
    withdraw, send = _button(dialog, "quitWithdrawButton"), _button(dialog, "quitSendButton")
    assert withdraw.isDefault() and not send.isDefault()
    assert withdraw.x() < send.x()  # Withdraw on the left
    assert "undo window" in dialog.findChild(QWidget, "quitText").text()

    # The countdown ends while the dialog is open: it says so at once, and offers no withdraw.
    qtbot.waitUntil(lambda: window.ctx.jobs.counting_down() == [], timeout=5000)
    sent = dialog.findChild(QWidget, "quitSentText")
    qtbot.waitUntil(lambda: sent.isVisible(), timeout=1000)
    assert "Sent when the undo window ended" in sent.text() and str(job_id) in sent.text()
    assert "no longer withdrawable" in sent.text()
    assert not withdraw.isVisible() and not send.isVisible()
    assert "undo window" not in dialog.findChild(QWidget, "quitText").text()
    stop = _button(dialog, "quitStopButton")
    assert stop.isVisible() and _button(dialog, "quitStayButton").isDefault()

    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)  # stop it and quit
    qtbot.waitUntil(window.closed.is_set, timeout=15000)
    journal = Journal(app_paths().journal_file)
    job = journal.job(job_id)
    journal.close()
    assert job.state is JobState.STOPPED and job.counts[Outcome.WITHDRAWN] == 0


def test_quitting_while_a_job_runs_can_keep_the_window_open(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)
    _slow_shop(sandbox)
    window = make_window(demo=False)
    job_id = _cancel_job(window, range(100001, 103001))
    window.ctx.jobs.start(job_id)
    qtbot.waitUntil(lambda: window.ctx.jobs.sending() == [job_id])
    window.close()
    dialog = wait_dialog(qtbot, "quitDialog")
    assert not _button(dialog, "quitWithdrawButton").isVisible()
    qtbot.mouseClick(_button(dialog, "quitStayButton"), Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    assert not window.closed.is_set(), window.ctx.journal.job(job_id)
    assert window.ctx.jobs.is_running(job_id), window.ctx.journal.job(job_id)
    window.ctx.jobs.stop(job_id)
    qtbot.waitUntil(lambda: not window.ctx.jobs.is_running(job_id), timeout=10000)


def test_a_profile_without_its_key_shows_key_missing_once(
    qtbot: Any, make_window: WindowFactory
) -> None:
    profile = Profile(
        name="No key", marketplace="aboutyou", environment="sandbox", base_url="https://x.test"
    )
    ProfileStore(app_paths().ensure().profiles_file).save(profile)  # its key never stored
    opened: list[str] = []

    def connector(profile: Profile, secret: str | None) -> Marketplace:
        opened.append(profile.name)
        return _connect(profile, secret)

    window = make_window(demo=False, connector=connector)
    window.toolbar.set_profiles(window.ctx.profile_list(), "No key")
    qtbot.waitUntil(lambda: window.status.budget.text() == "key missing")
    qtbot.wait(1200)
    tried = len(opened)  # the action tabs' carrier look-ups try too, once each
    qtbot.wait(3500)  # the budget refreshes every second
    assert window.errors.reported == []  # no error report at all, let alone one a second
    assert window.status.budget.text() == "key missing"
    assert "No API key" in window.status.budget.toolTip()
    assert len(opened) == tried  # the budget does not try again each second


def test_a_journal_from_a_newer_seller_desk_says_please_update_at_start(
    qtbot: Any, qloop: Any
) -> None:
    from desktop_app import app

    path = app_paths().ensure().journal_file
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    starting = asyncio.ensure_future(app._main(demo=False))

    def box() -> QMessageBox | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.objectName() == "startFailure":
                return widget if widget.isVisible() else None
        return None

    qtbot.waitUntil(lambda: box() is not None, timeout=5000)
    shown = box()
    assert shown is not None and "newer Seller Desk" in shown.text()
    assert "please update" in shown.text()
    shown.accept()
    qtbot.waitUntil(starting.done)
    assert starting.result() == 2


def test_a_job_that_cannot_run_is_reported_once_non_modal_and_the_others_go_on(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)
    _slow_shop(sandbox)
    journal = Journal(app_paths().ensure().journal_file)
    rows = [InputRow(line, (100000 + line,)) for line in range(2, 12)]
    poisoned = journal.create_job(Action.CANCEL, "Shop", "aboutyou", "p.csv", rows)
    healthy = journal.create_job(Action.CANCEL, "Shop", "aboutyou", "h.csv", rows[:5])
    journal._db.execute(
        "UPDATE rows SET order_items = '[1, ' WHERE job_id = ? AND line = 3", (poisoned,)
    )
    journal.close()
    window = make_window(demo=False)
    qtbot.waitUntil(
        lambda: window.ctx.journal.job(healthy).state is JobState.FINISHED, timeout=15000
    )
    qtbot.waitUntil(lambda: window.errors.reported != [])
    notice = window.errors.notice
    assert notice is not None and not notice.isModal() and notice.detailedText()
    assert window.ctx.journal.job(poisoned).state is JobState.INTERRUPTED  # resumable
    # Its run and its rows' view each say so; nothing else fails.
    assert {type(error).__name__ for error in window.errors.reported} == {"JSONDecodeError"}
    window.errors.reported.clear()  # seen: the teardown checks that nothing else was


def test_a_countdown_coming_and_going_never_moves_the_results_table(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window(grace_seconds=0.8)
    window.show()
    tab = window.results_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.jobs_table.isVisible)
    qtbot.wait(300)  # the panel measures the room it keeps on its first tick

    def table_at() -> Any:
        return tab.jobs_table.mapTo(window, tab.jobs_table.rect().topLeft())

    before = table_at()
    demo = window.ctx.profile("Demo marketplace")
    job_id = window.ctx.jobs.create_job(Action.CANCEL, demo, "c.csv", [InputRow(2, (100001,))])
    window.ctx.jobs.start(job_id)
    qtbot.waitUntil(tab.undo_panel.isVisible, timeout=3000)
    qtbot.wait(50)
    assert table_at() == before
    qtbot.waitUntil(lambda: not tab.undo_panel.isVisible(), timeout=8000)
    qtbot.wait(50)
    assert table_at() == before
