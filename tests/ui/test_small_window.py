"""Issue 16 finding 9: at 1024×640 the jobs table shows every column without scrolling."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTableView

from desktop_app.core.models import Action, InputRow
from desktop_app.ui import jobs_model as jm
from tests.ui.conftest import WindowFactory


def test_at_1024_by_640_the_jobs_table_needs_no_sideways_scrolling(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    journal = window.ctx.journal
    rows = [InputRow(2, (100001,))]
    name = "a-rather-long-file-name-of-the-seller-2026-12-01-export.csv"
    job_id = journal.create_job(Action.CANCEL, "Demo marketplace", "aboutyou", name, rows)
    window.results_tab.add_job(job_id)
    window.resize(1024, 640)
    window.show()
    window.tabs.setCurrentWidget(window.results_tab)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1024, 640))
    table = window.findChild(QTableView, "jobsTable")
    qtbot.wait(50)
    assert table.horizontalScrollBar().maximum() == 0
    viewport = table.viewport().width()
    for column in (jm.PENDING, jm.STATE):
        assert not table.isColumnHidden(column)
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert table.columnViewportPosition(column) >= 0 and right <= viewport, column
