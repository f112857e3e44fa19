"""Issue 16 finding 6: Retry failed takes what can succeed; the rest is shown with its reason and
added only on request; the confirmation counts rows left out; exports keep raw bad values."""

from __future__ import annotations

import csv
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton, QTableView

from desktop_app.core.failure_kinds import FailureKind, failure_kind
from desktop_app.core.models import Action, InputRow, JobState
from desktop_app.ui import results_tab
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import confirm, drop_file, save_dialog_answers, wait_dialog, wait_job_done

NOT_FOUND = "Order item 100002 not found"
BATCH_FAILED = "Batch processing failed; nothing in this batch was applied"


def _failed_job(window: Any) -> int:
    journal = window.ctx.journal
    rows = [InputRow(2, (100001,)), InputRow(3, (100002,)), InputRow(4, (100003,))]
    job_id = journal.create_job(Action.CANCEL, "Demo marketplace", "aboutyou", "f.csv", rows)
    journal.fail_rows(job_id, [3], NOT_FOUND)
    journal.fail_rows(job_id, [4], BATCH_FAILED)
    journal.fail_rows(job_id, [2], "Order item 100001 cannot be cancelled: its status is cancelled")
    assert journal.claim_job(job_id, "test", time.time(), 60.0)
    assert journal.transition(job_id, JobState.FINISHED, owner="test")
    window.results_tab.add_job(job_id)
    return job_id


def test_errors_are_classed_permanent_or_transient() -> None:
    assert failure_kind([NOT_FOUND]) is FailureKind.PERMANENT
    assert failure_kind(["already cancelled"]) is FailureKind.PERMANENT
    assert failure_kind([BATCH_FAILED]) is FailureKind.TRANSIENT
    assert failure_kind(["Invalid API key"]) is FailureKind.TRANSIENT  # fixed in the profile
    assert failure_kind(["The marketplace is unavailable (HTTP 503)"]) is FailureKind.TRANSIENT


@pytest.mark.parametrize("add_anyway", [False, True])
def test_retry_takes_the_transient_rows_and_shows_the_permanent_ones(
    qtbot: Any, make_window: WindowFactory, add_anyway: bool
) -> None:
    window = make_window()
    _failed_job(window)
    retry = window.findChild(QPushButton, "retryButton")
    qtbot.waitUntil(retry.isEnabled)
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, "retryDialog")
    listed = dialog.findChild(QTableView, "retryPermanentRows").model()
    reasons = [listed.text(r, 2) for r in range(listed.rowCount())]
    assert reasons == ["Order item 100001 cannot be cancelled: its status is cancelled", NOT_FOUND]
    if add_anyway:
        dialog.findChild(QCheckBox, "retryIncludePermanent").setChecked(True)
    dialog.ok.click()

    tab = window.cancel_tab
    expected = [(100001,), (100002,), (100003,)] if add_anyway else [(100003,)]
    qtbot.waitUntil(lambda: [r.order_items for r in tab.model.rows] == expected, timeout=5000)
    # The earlier error stays on the row.
    row = next(r for r in tab.model.rows if r.order_items == (100003,))
    assert any(BATCH_FAILED in w for w in row.warnings)


def test_an_export_keeps_the_raw_bad_value_of_an_invalid_row(
    qtbot: Any,
    make_window: WindowFactory,
    write_file: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    tab = window.cancel_tab
    drop_file(tab.drop_zone, write_file("c.csv", "order_item_id\n100001\n1.00002E+5\n"))
    qtbot.waitUntil(lambda: tab.submit_button.isEnabled() and not tab.flow.busy, timeout=5000)
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    job_id = wait_job_done(qtbot, window)
    target = tmp_path / "out.csv"

    save_dialog_answers(monkeypatch, results_tab, target)
    window.results_tab.add_job(job_id)
    qtbot.mouseClick(window.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=3000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = {r["line"]: r for r in csv.DictReader(handle)}
    assert rows["3"]["outcome"] == "invalid"
    assert rows["3"]["order_item_id"] == "1.00002E+5"
