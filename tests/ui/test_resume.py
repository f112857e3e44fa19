"""Jobs an earlier run left unfinished appear on start and finish by themselves."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTableView

from desktop_app.core.journal import Journal
from desktop_app.core.models import Action, InputRow, JobState, Outcome
from desktop_app.core.paths import app_paths
from tests.fixtures.journal_edits import leave_state
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import add_profile, cell


def test_unfinished_jobs_from_an_earlier_run_resume_on_start(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(items=50, latency=0.1)
    add_profile("Shop", sandbox.base_url, sandbox.api_key)
    journal = Journal(app_paths().ensure().journal_file)
    rows = [InputRow(line, (100000 + line,)) for line in range(2, 7)]
    job_id = journal.create_job(Action.CANCEL, "Shop", "aboutyou", "yesterday.csv", rows)
    leave_state(journal, job_id, JobState.RUNNING)  # the app was closed mid-run
    journal.close()

    window = make_window(demo=False)
    assert "Resuming 1 unfinished job" in window.banner.label.text()
    assert window.tabs.currentWidget() is window.results_tab
    jobs = window.findChild(QTableView, "jobsTable")
    assert cell(jobs, 0, 3) == "yesterday.csv"

    qtbot.waitUntil(
        lambda: window.ctx.journal.job(job_id).state is JobState.FINISHED, timeout=10000
    )
    assert window.ctx.journal.job(job_id).counts[Outcome.SUCCEEDED] == 5
    qtbot.waitUntil(lambda: cell(jobs, 0, 9) == "Finished")
