"""Window regressions from the review: one job per submit, Resume in Results, waiting jobs that
try again by themselves, and progress shown at most every 100 ms per job."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop_app.core.engine import JobProgress
from desktop_app.core.models import Action, InputRow, JobState, Outcome
from desktop_app.core.profiles import Profile
from desktop_app.ui.main_window import MainWindow
from tests.fixtures.journal_edits import leave_state
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import add_profile, confirm, drop_file, visible_dialog, wait_job_done

CANCEL_FILE = "order_item_id\n100001\n100002\n100003\n"


def _ready_to_submit(qtbot: Any, window: MainWindow, write_file: Any) -> QPushButton:
    drop_file(window.cancel_tab.drop_zone, write_file("c.csv", CANCEL_FILE))
    button = window.findChild(QPushButton, "cancelSubmitButton")
    qtbot.waitUntil(lambda: window.cancel_tab.model.rowCount() == 3 and button.isEnabled())
    return button


def _confirm_every_dialog(qtbot: Any) -> int:
    """Confirm whatever asks; returns how many confirmations were asked for."""
    confirm(qtbot)
    asked = 1
    qtbot.wait(400)
    while visible_dialog("confirmDialog") is not None:
        confirm(qtbot)
        asked += 1
        qtbot.wait(400)
    return asked


def test_a_second_click_while_the_job_is_written_sends_nothing_twice(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = make_window()
    jobs = window.ctx.jobs
    writing = asyncio.Event()
    create = jobs.create_job_off_loop

    async def slow_create(
        action: Action, profile: Profile, source: str, rows: Sequence[InputRow]
    ) -> int:
        writing.set()
        await asyncio.sleep(0.5)  # 50k rows take about this long
        return await create(action, profile, source, rows)

    jobs.create_job_off_loop = slow_create  # type: ignore[method-assign]
    button = _ready_to_submit(qtbot, window, write_file)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    qtbot.waitUntil(writing.is_set)
    assert not button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # impatient
    qtbot.wait(300)
    if visible_dialog("confirmDialog") is not None:
        _confirm_every_dialog(qtbot)
    wait_job_done(qtbot, window)
    qtbot.wait(800)
    assert len(window.ctx.journal.jobs()) == 1


def test_a_second_click_during_the_rate_check_asks_only_once(
    qtbot: Any, make_window: WindowFactory, write_file: Any, monkeypatch: Any
) -> None:
    from desktop_app.ui.dialogs import confirm as confirm_module

    check = confirm_module.check_cancel_rate

    async def slow_check(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(0.3)  # the marketplace lists the week's orders
        return await check(*args, **kwargs)

    monkeypatch.setattr(confirm_module, "check_cancel_rate", slow_check)
    window = make_window()
    button = _ready_to_submit(qtbot, window, write_file)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert not button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _confirm_every_dialog(qtbot) == 1
    wait_job_done(qtbot, window)
    qtbot.wait(300)
    assert len(window.ctx.journal.jobs()) == 1


def test_submit_is_enabled_again_after_a_refused_confirmation(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.ui.helpers import wait_dialog

    window = make_window()
    button = _ready_to_submit(qtbot, window, write_file)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, "confirmDialog")
    assert not button.isEnabled()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(button.isEnabled)
    assert window.ctx.journal.jobs() == []


def _journal_job(window: MainWindow, state: JobState, profile: str = "Shop") -> int:
    journal = window.ctx.journal
    rows = [InputRow(line, (100000 + line,)) for line in range(2, 5)]
    job_id = journal.create_job(Action.CANCEL, profile, "aboutyou", "later.csv", rows)
    leave_state(
        journal, job_id, state, "The marketplace could not be reached. The job will resume."
    )
    return job_id


def test_resume_goes_on_with_a_waiting_job_without_a_restart(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(items=50, latency=0.05)
    add_profile("Shop", sandbox.base_url, sandbox.api_key)
    window = make_window(demo=False)
    tab = window.results_tab
    resume = window.findChild(QPushButton, "resumeButton")
    job_id = _journal_job(window, JobState.WAITING)  # the network went down mid-run
    tab.add_job(job_id)
    qtbot.waitUntil(resume.isEnabled)

    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.ctx.journal.job(job_id).state is JobState.FINISHED, timeout=10000
    )
    assert window.ctx.journal.job(job_id).counts[Outcome.SUCCEEDED] == 3
    qtbot.waitUntil(lambda: not window.ctx.jobs.is_running(job_id))
    assert not resume.isEnabled()  # finished: nothing to resume


def test_resume_is_not_offered_for_scheduled_jobs(qtbot: Any, make_window: WindowFactory) -> None:
    window = make_window()
    journal = window.ctx.journal
    resume = window.findChild(QPushButton, "resumeButton")
    rows = [InputRow(2, (100001,))]
    scheduled = journal.create_job(Action.CANCEL, "x", "aboutyou", "s.csv", rows, scheduled=True)
    window.results_tab.add_job(scheduled)
    qtbot.waitUntil(lambda: window.results_tab.selected_job_id() == scheduled)
    qtbot.wait(50)
    assert not resume.isEnabled()  # Send now / Withdraw move it


def test_waiting_jobs_try_again_by_themselves(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(items=50, latency=0.05)
    add_profile("Shop", sandbox.base_url, sandbox.api_key)
    window = make_window(demo=False, retry_waiting_seconds=0.2)
    job_id = _journal_job(window, JobState.WAITING)
    qtbot.waitUntil(
        lambda: window.ctx.journal.job(job_id).state is JobState.FINISHED, timeout=10000
    )
    assert window.ctx.journal.job(job_id).counts[Outcome.SUCCEEDED] == 3


def test_running_reports_reach_the_table_coalesced_with_their_own_counts(
    qtbot: Any, make_window: WindowFactory, monkeypatch: Any
) -> None:
    window = make_window()
    journal = window.ctx.journal
    tab = window.results_tab
    rows = [InputRow(line, (100000 + line,)) for line in range(2, 202)]
    job_id = journal.create_job(Action.CANCEL, "x", "aboutyou", "big.csv", rows)
    tab.add_job(job_id)
    qtbot.waitUntil(lambda: tab.selected_job_id() == job_id)
    qtbot.wait(50)

    counted: list[int] = []
    counts = journal.counts
    monkeypatch.setattr(journal, "counts", lambda i: counted.append(i) or counts(i))
    refreshes: list[int] = []
    tab.jobs_model.dataChanged.connect(lambda *_: refreshes.append(1))

    def report(done: int, state: JobState = JobState.RUNNING) -> None:
        window.ctx.jobs._emit(  # as the engine reports after each one-row batch
            JobProgress(
                job_id, state, Counter({Outcome.SUCCEEDED: done, Outcome.PENDING: 200 - done})
            )
        )

    for done in range(1, 151):
        report(done)
    assert refreshes == []  # none yet: the newest report shows on the next tick

    def shows(done: int) -> None:
        job = tab.jobs_model.job_at(tab.jobs_model.row_of(job_id))
        assert job is not None and job.counts[Outcome.SUCCEEDED] == done

    qtbot.waitUntil(lambda: shows(150), timeout=1000)
    assert len(refreshes) == 1
    assert counted == []  # the report's counts, not the journal's

    report(151)
    report(152)
    qtbot.waitUntil(lambda: shows(152), timeout=1000)
    assert len(refreshes) == 2

    report(153)  # superseded by the stop below, which shows at once
    report(200, JobState.INTERRUPTED)
    assert len(refreshes) == 3
    qtbot.wait(250)  # and once more with the journal's record, read off the loop
    assert len(refreshes) == 4


def test_a_job_still_waiting_after_an_automatic_retry_is_not_announced_again(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    job_id = _journal_job(window, JobState.WAITING, profile="x")
    said = len(window.notifier.sent)
    message = window.ctx.journal.job(job_id).last_error

    def report(state: JobState) -> None:
        window.ctx.jobs._emit(JobProgress(job_id, state, Counter({Outcome.PENDING: 3}), message))

    for _ in range(3):  # each retry: running a moment, then waiting again
        report(JobState.RUNNING)
        report(JobState.WAITING)
    assert len(window.notifier.sent) == said + 1
