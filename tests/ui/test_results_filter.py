"""Issue 16 finding 1: the Results "Show:" filter and a filtered export work for every outcome."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QTableView

from desktop_app.core.models import Action, InputRow, Outcome
from desktop_app.ui import results_tab
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import confirm, drop_file, save_dialog_answers, wait_job_done

# 100041 twice: a duplicate; "abc": invalid; 999998: not found, so failed.
FILE = "order_item_id\n100041\n999998\nabc\n100041\n100042\n"
SHOWN = [o for o in Outcome if o is not Outcome.VALID]


def _jobs_with_every_outcome(qtbot: Any, window: Any, write_file: Any) -> dict[Outcome, int]:
    drop_file(window.cancel_tab.drop_zone, write_file("c.csv", FILE))
    submit = window.cancel_tab.submit_button
    qtbot.waitUntil(lambda: submit.isEnabled() and "Cancel 3 items" in submit.text())
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    sent = wait_job_done(qtbot, window)
    journal = window.ctx.journal
    profile = window.current_profile()
    rows = [InputRow(2, (100043,)), InputRow(3, (100044,))]
    pending = journal.create_job(Action.CANCEL, profile.name, "aboutyou", "p.csv", rows)
    withdrawn = journal.create_job(
        Action.CANCEL, profile.name, "aboutyou", "w.csv", rows, scheduled=True
    )
    assert journal.withdraw_job(withdrawn)
    for job_id in (pending, withdrawn):
        window.results_tab.add_job(job_id)
    owner = {o: sent for o in SHOWN}
    owner[Outcome.PENDING] = pending
    owner[Outcome.WITHDRAWN] = withdrawn
    return owner


def _select(window: Any, job_id: int) -> None:
    tab = window.results_tab
    tab.jobs_table.selectRow(tab.jobs_model.row_of(job_id))


@pytest.mark.parametrize("outcome", SHOWN, ids=[o.value for o in SHOWN])
def test_show_filter_lists_and_exports_only_the_chosen_outcome(
    qtbot: Any,
    make_window: WindowFactory,
    write_file: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    outcome: Outcome,
) -> None:
    window = make_window()
    owner = _jobs_with_every_outcome(qtbot, window, write_file)
    job_id = owner[outcome]
    expected = [r.line for r in window.ctx.journal.rows(job_id) if r.outcome is outcome]
    assert expected, f"the fixture has no {outcome} row"
    window.tabs.setCurrentWidget(window.results_tab)
    _select(window, job_id)
    rows = window.findChild(QTableView, "rowsTable")
    labels = [results_tab.outcome_label(r.outcome) for r in window.ctx.journal.rows(job_id)]
    model = rows.model()
    qtbot.waitUntil(lambda: [model.index(i, 2).data() for i in range(model.rowCount())] == labels)

    show = window.findChild(QComboBox, "outcomeFilter")
    show.setCurrentIndex(show.findText(results_tab.outcome_label(outcome)))
    assert rows.model().rowCount() == len(expected)
    assert [int(rows.model().index(i, 0).data()) for i in range(len(expected))] == expected

    target = tmp_path / "filtered.csv"

    save_dialog_answers(monkeypatch, results_tab, target)
    qtbot.mouseClick(window.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=3000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        exported = list(csv.DictReader(handle))
    assert [int(r["line"]) for r in exported] == expected
    assert {r["outcome"] for r in exported} == {outcome.value}
