"""Drop a cancel file, check the preview, confirm, and watch the job finish in Results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView

from desktop_app.core.models import JobState, Outcome
from desktop_app.ui.jobs_model import FAILED, OK, STATE
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import cell, confirm, drop_file, wait_job_done

CANCEL_FILE = "order_item_id\n100001\n100002\n100003\nabc\n100002\n999999\n"


def test_dropped_cancel_file_previews_confirms_and_completes_in_results(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = make_window()
    tab = window.cancel_tab
    drop_file(
        window.findChild(type(tab.drop_zone), "cancelDropZone"), write_file("c.csv", CANCEL_FILE)
    )

    qtbot.waitUntil(lambda: tab.model.rowCount() == 6, timeout=5000)
    assert "4 valid" in tab.summary.text() and "1 invalid" in tab.summary.text()
    assert "1 duplicate" in tab.summary.text()
    submit = window.findChild(QPushButton, "cancelSubmitButton")
    qtbot.waitUntil(submit.isEnabled)
    assert submit.text() == "Cancel 4 items…"

    tab.problems_only.setChecked(True)
    assert tab.model.rowCount() == 2
    tab.problems_only.setChecked(False)

    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    job_id = wait_job_done(qtbot, window)

    assert window.tabs.currentWidget() is window.findChild(object, "resultsTab")
    job = window.ctx.journal.job(job_id)
    assert job.state is JobState.FINISHED
    assert job.counts[Outcome.SUCCEEDED] == 3 and job.counts[Outcome.FAILED] == 1
    jobs = window.findChild(QTableView, "jobsTable")
    qtbot.waitUntil(lambda: cell(jobs, 0, STATE) == "Finished with failures")
    assert (cell(jobs, 0, OK), cell(jobs, 0, FAILED)) == ("3", "1")
    rows = window.findChild(QTableView, "rowsTable")
    qtbot.waitUntil(lambda: rows.model().rowCount() == 6)
    assert (
        "Job 1" in window.notifier.sent[-1] and "3 succeeded, 1 failed" in window.notifier.sent[-1]
    )


def test_the_submit_button_says_what_it_will_do(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = make_window()
    path: Path = write_file("one.csv", "order_item_id\n100007\n")
    drop_file(window.cancel_tab.drop_zone, path)
    button = window.findChild(QPushButton, "cancelSubmitButton")
    qtbot.waitUntil(lambda: button.text() == "Cancel 1 item…" and button.isEnabled())
