"""Ship: the carrier picker fills rows without a carrier; confirm; the job completes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QTableView

from desktop_app.core.models import JobState, Outcome
from desktop_app.ui.jobs_model import OK, STATE
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import cell, confirm, drop_file, wait_dialog, wait_job_done

SHIP_FILE = (
    "order_item_id,shipment_tracking_key,return_tracking_key\n"
    "100011,TRK100011,RET100011\n"
    "100012,TRK100012,RET100012\n"
    "100013,,RET100013\n"
)


def test_dropped_ship_file_uses_the_picked_carrier_and_completes_in_results(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = make_window()
    window.tabs.setCurrentWidget(window.ship_tab)
    picker = window.findChild(QComboBox, "carrierPicker")
    qtbot.waitUntil(lambda: picker.count() > 1, timeout=5000)
    picker.setCurrentIndex(picker.findData("DHL_STD_NATIONAL"))

    drop_file(
        window.findChild(type(window.ship_tab.drop_zone), "shipDropZone"),
        write_file("s.csv", SHIP_FILE),
    )
    tab = window.ship_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and not tab.flow.busy, timeout=5000)
    assert "2 valid" in tab.summary.text() and "1 invalid" in tab.summary.text()
    assert cell(tab.table, 0, 2) == "DHL_STD_NATIONAL"

    submit = window.findChild(QPushButton, "shipSubmitButton")
    qtbot.waitUntil(lambda: submit.isEnabled() and submit.text() == "Ship 2 items…")
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    job_id = wait_job_done(qtbot, window)

    job = window.ctx.journal.job(job_id)
    assert job.state is JobState.FINISHED
    assert job.counts[Outcome.SUCCEEDED] == 2 and job.counts[Outcome.INVALID] == 1
    jobs = window.findChild(QTableView, "jobsTable")
    qtbot.waitUntil(lambda: cell(jobs, 0, STATE) == "Finished" and cell(jobs, 0, OK) == "2")
    # The picked carrier is remembered for this profile.
    assert window.ctx.settings.values.default_carriers["Demo marketplace"] == "DHL_STD_NATIONAL"


def test_without_a_carrier_column_or_pick_the_mapping_dialog_asks_and_cancel_explains(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = make_window()
    tab = window.ship_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.carrier_picker.keys() is not None, timeout=5000)
    drop_file(tab.drop_zone, write_file("s.csv", SHIP_FILE))
    dialog = wait_dialog(qtbot, "mappingDialog")
    assert dialog.findChild(QComboBox, "mapping_carrier_key") is not None
    dialog.reject()
    qtbot.waitUntil(lambda: tab.message.isVisible())
    assert "No column was chosen" in tab.message.text()
    assert tab.model.rowCount() == 0
