"""A PNG of each tab, with data, for a person to look at (SELLER_DESK_SCREENSHOTS keeps them)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

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
