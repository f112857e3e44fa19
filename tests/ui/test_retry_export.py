"""Failed rows come back as a new, editable job; any job's rows export to CSV."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton

from desktop_app.core.models import Outcome
from desktop_app.ui import results_tab
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import confirm, drop_file, wait_dialog, wait_job_done

FILE = "order_item_id\n100041\n999998\n999999\n100042\n"


def _finished_job(qtbot: Any, window: Any, write_file: Any) -> int:
    drop_file(window.cancel_tab.drop_zone, write_file("c.csv", FILE))
    submit = window.cancel_tab.submit_button
    qtbot.waitUntil(lambda: submit.isEnabled() and submit.text() == "Cancel 4 items…", timeout=5000)
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    return wait_job_done(qtbot, window)


def test_retry_failed_opens_the_failed_rows_as_a_new_editable_job(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = make_window()
    first = _finished_job(qtbot, window, write_file)
    retry = window.findChild(QPushButton, "retryButton")
    qtbot.waitUntil(retry.isEnabled)
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    # Both failed as "not found": they cannot succeed as they are, so the seller adds them.
    dialog = wait_dialog(qtbot, "retryDialog")
    dialog.findChild(QCheckBox, "retryIncludePermanent").setChecked(True)
    dialog.ok.click()

    tab = window.cancel_tab
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is tab and tab.model.rowCount() == 2)
    assert [row.order_items for row in tab.model.rows] == [(999998,), (999999,)]
    assert f"retry of job {first}" in tab.summary.text()
    # Editable: leave one row out before sending.
    tab.table.selectRow(0)
    tab.remove_selected()
    qtbot.waitUntil(lambda: tab.submit_button.text() == "Cancel 1 item…")
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    second = wait_job_done(qtbot, window, after=first)
    assert second != first
    job = window.ctx.journal.job(second)
    assert job.source_name == f"retry of job {first}"
    assert [r.order_items for r in window.ctx.journal.rows(second)] == [(999999,)]


def test_export_writes_the_selected_jobs_rows_to_csv(
    qtbot: Any,
    make_window: WindowFactory,
    write_file: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    job_id = _finished_job(qtbot, window, write_file)
    target = tmp_path / "out.csv"

    async def choose(*_: Any) -> Path:
        return target

    monkeypatch.setattr(results_tab, "ask_save_file", choose)
    export = window.findChild(QPushButton, "exportButton")
    qtbot.waitUntil(export.isEnabled)
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=3000)

    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["order_item_id"] for r in rows] == ["100041", "999998", "999999", "100042"]
    outcomes = [r["outcome"] for r in rows]
    assert outcomes.count(Outcome.SUCCEEDED.value) == 2 and outcomes.count("failed") == 2
    qtbot.waitUntil(lambda: "Wrote 4 rows" in window.banner.label.text())
    assert window.ctx.journal.job(job_id).counts[Outcome.FAILED] == 2
