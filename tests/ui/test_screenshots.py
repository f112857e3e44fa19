"""A PNG of each tab, with data, for a person to look at (SELLER_DESK_SCREENSHOTS keeps them)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.core.models import Outcome
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import confirm, drop_file, wait_job_done

CANCEL = "order_item_id\n" + "".join(f"{100100 + i}\n" for i in range(40)) + "1.23457E+11\n100101\n"
SHIP = (
    "order_item_id,carrier_key,shipment_tracking_key,return_tracking_key\n"
    + "".join(f"{100200 + i},DHL_STD_NATIONAL,JJD00{i:04d},RET00{i:04d}\n" for i in range(30))
    + "100300,NOPE,JJD1,RET1\n"
)


def test_screenshots_of_each_tab_with_data(
    qtbot: Any, make_window: WindowFactory, write_file: Any, tmp_path: Path
) -> None:
    folder = Path(os.environ.get("SELLER_DESK_SCREENSHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    window = make_window()
    window.resize(1280, 800)

    # A finished job with failures, for Results.
    drop_file(
        window.cancel_tab.drop_zone, write_file("failing.csv", "order_item_id\n100090\n999990\n")
    )
    qtbot.waitUntil(window.cancel_tab.submit_button.isEnabled, timeout=5000)
    qtbot.mouseClick(window.cancel_tab.submit_button, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    wait_job_done(qtbot, window)

    ship = window.ship_tab
    qtbot.waitUntil(lambda: ship.carrier_picker.keys() is not None, timeout=5000)
    drop_file(ship.drop_zone, write_file("shipments-2026-11-23.csv", SHIP))
    qtbot.waitUntil(lambda: ship.model.rowCount() == 31 and not ship.flow.busy, timeout=5000)
    cancel = window.cancel_tab
    drop_file(cancel.drop_zone, write_file("orders-2026-11-23.csv", CANCEL))
    qtbot.waitUntil(lambda: cancel.model.rowCount() == 42 and not cancel.flow.busy, timeout=5000)

    shots = {}
    for index, name in enumerate(("cancel", "ship", "results")):
        window.tabs.setCurrentIndex(index)
        if name == "results":
            window.results_tab.jobs_table.selectRow(0)
            qtbot.waitUntil(lambda: window.results_tab.rows_model.rowCount() == 2)
        qtbot.wait(50)
        path = folder / f"{name}.png"
        assert window.grab().save(str(path))
        shots[name] = path
    assert all(path.stat().st_size > 10_000 for path in shots.values())


def _folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SELLER_DESK_SCREENSHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _save(widget: Any, path: Path) -> None:
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 5_000


def test_screenshots_of_issue_16_views(
    qtbot: Any,
    make_window: WindowFactory,
    write_file: Any,
    tmp_path: Path,
    aboutyou_sandbox: Any,
) -> None:
    """Filtered Results, the carrier dialog, a withdrawn job, the Help window, 1024×640."""
    from PySide6.QtWidgets import QComboBox

    from desktop_app.core.models import Action, InputRow
    from desktop_app.ui.outcomes import outcome_label
    from tests.ui.helpers import wait_dialog

    folder = _folder(tmp_path)
    window = make_window()
    window.resize(1280, 800)
    window.show()

    # A job with failures, then the Results filtered to the failed rows.
    drop_file(window.cancel_tab.drop_zone, write_file("week-48.csv", CANCEL))
    qtbot.waitUntil(window.cancel_tab.submit_button.isEnabled, timeout=5000)
    qtbot.mouseClick(window.cancel_tab.submit_button, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    job_id = wait_job_done(qtbot, window)
    # A withdrawn job above it.
    rows = [InputRow(line, (100300 + line,)) for line in range(2, 40)]
    journal = window.ctx.journal
    withdrawn = journal.create_job(
        Action.CANCEL, "Demo marketplace", "aboutyou", "taken-back.csv", rows, scheduled=True
    )
    journal.withdraw_job(withdrawn)
    window.results_tab.add_job(withdrawn)
    window.tabs.setCurrentWidget(window.results_tab)
    qtbot.wait(50)
    _save(window, folder / "withdrawn-job.png")

    tab = window.results_tab
    tab.jobs_table.selectRow(tab.jobs_model.row_of(job_id))
    qtbot.waitUntil(lambda: tab.rows_model.rowCount() == 42, timeout=5000)
    show = window.findChild(QComboBox, "outcomeFilter")
    show.setCurrentIndex(show.findText(outcome_label(Outcome.INVALID)))
    qtbot.waitUntil(lambda: tab.rows_model.rowCount() == 1)
    _save(window, folder / "results-filtered.png")

    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    qtbot.wait(50)
    _save(window, folder / "window-1024x640.png")

    # The carrier question for a ship file without a carrier column.
    window.resize(1280, 800)
    ship = window.ship_tab
    window.tabs.setCurrentWidget(ship)
    qtbot.waitUntil(lambda: ship.carrier_picker.keys() is not None, timeout=5000)
    ship.carrier_picker.combo.setCurrentIndex(0)
    text = "order_item_id,shipment_tracking_key,return_tracking_key\n100011,T1,R1\n"
    drop_file(ship.drop_zone, write_file("no-carrier.csv", text))
    dialog = wait_dialog(qtbot, "mappingDialog")
    qtbot.wait(50)
    _save(dialog, folder / "carrier-dialog.png")
    dialog.reject()

    window.open_columns_help()
    help_ = window.help_window
    qtbot.waitUntil(help_.isVisible)
    qtbot.wait(50)
    _save(help_, folder / "help-window.png")
    help_.close()


def test_screenshot_of_a_rate_limited_job(
    qtbot: Any, make_window: WindowFactory, write_file: Any, tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    from desktop_app.ui.jobs_model import LOOK_ROLE, STATE
    from tests.ui.helpers import add_slow_profile

    folder = _folder(tmp_path)
    sandbox = aboutyou_sandbox(items=600, latency=0.05)
    add_slow_profile("Slow shop", sandbox, 6.0)
    window = make_window(demo=False)
    window.resize(1280, 800)
    window.show()
    tab = window.cancel_tab
    ids = "\n".join(str(100001 + n) for n in range(300))
    drop_file(tab.drop_zone, write_file("big.csv", "order_item_id\n" + ids + "\n"))
    qtbot.waitUntil(tab.submit_button.isEnabled, timeout=5000)
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    model = window.results_tab.jobs_model
    qtbot.waitUntil(lambda: model.index(0, STATE).data(LOOK_ROLE) == "rate_limited", timeout=8000)
    qtbot.wait(50)
    _save(window, folder / "rate-limited-job.png")
    wait_job_done(qtbot, window, timeout=20000)
