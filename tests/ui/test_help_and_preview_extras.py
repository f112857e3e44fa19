"""Issue 16 findings 7 and 8: columns help and templates, the preview's problems file, carrier
names, earlier jobs, the open items search without a hidden cap, and demo data of this week."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView

from desktop_app.ui import action_tab, help_window
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import (
    cell,
    confirm,
    drop_file,
    save_dialog_answers,
    wait_dialog,
    wait_job_done,
)


def test_help_lists_the_columns_and_saves_a_template_and_a_sample(
    qtbot: Any, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.menu_bar.actions_by_name["actionColumns"].trigger()
    help_ = window.help_window
    assert help_ is not None and help_.isVisible() and help_.objectName() == "helpWindow"
    table = help_.findChild(QTableView, "helpColumns").model()
    first = [table.text(r, 0) for r in range(table.rowCount())]
    assert first[0].startswith("order_item_id")
    assert "Bestellpositions-ID" in table.text(0, 2)

    help_.action.setCurrentIndex(help_.action.findData("ship"))
    names = [table.text(r, 0).split()[0] for r in range(table.rowCount())]
    assert names == ["order_items", "carrier_key", "shipment_tracking_key", "return_tracking_key"]
    target = tmp_path / "template.csv"
    save_dialog_answers(monkeypatch, help_window.file_prompts, target)
    qtbot.mouseClick(help_.findChild(QPushButton, "saveTemplateButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=3000)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf" + b"order_items,")

    sample = help_.findChild(QPushButton, "saveSampleButton")
    assert sample.isVisibleTo(help_)  # demo mode
    target.unlink()
    qtbot.mouseClick(sample, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=3000)
    drop_file(window.ship_tab.drop_zone, target)  # the sample reads with only valid rows
    qtbot.waitUntil(lambda: window.ship_tab.model.rowCount() == 3, timeout=5000)
    qtbot.waitUntil(lambda: "3 valid" in window.ship_tab.summary.text())
    help_.close()


def test_the_preview_saves_its_problems_with_the_raw_values(
    qtbot: Any,
    make_window: WindowFactory,
    write_file: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    tab = window.cancel_tab
    drop_file(tab.drop_zone, write_file("c.csv", "order_item_id\n100001\n1.23457E+11\n100001\n"))
    button = window.findChild(QPushButton, "cancelSaveProblemsButton")
    qtbot.waitUntil(lambda: button.isEnabled() and not tab.flow.busy, timeout=5000)
    target = tmp_path / "problems.csv"
    save_dialog_answers(monkeypatch, action_tab, target)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=3000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["line"], r["outcome"]) for r in rows] == [("3", "invalid"), ("4", "duplicate")]
    assert rows[0]["order_item_id"] == "1.23457E+11" and rows[0]["errors"]


def test_a_carrier_name_matches_its_only_carrier(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = make_window()
    tab = window.ship_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.carrier_picker.keys() is not None, timeout=5000)
    text = (
        "order_items,carrier,shipment_tracking_key,return_tracking_key\n"
        "100011,colissimo,T1,R1\n100012,DHL (DE),T2,R2\n100013,dhl,T3,R3\n"
    )
    drop_file(tab.drop_zone, write_file("s.csv", text))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and not tab.flow.busy, timeout=5000)
    assert [cell(tab.table, r, 2) for r in range(2)] == ["COLISSIMO_FR", "DHL_STD_NATIONAL"]
    # Eight carriers are called DHL here: "dhl" alone is not guessed.
    assert tab.model.rows[2].outcome.value == "invalid"


def test_the_preview_flags_items_an_earlier_job_already_cancelled(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = make_window()
    tab = window.cancel_tab
    drop_file(tab.drop_zone, write_file("a.csv", "order_item_id\n100021\n"))
    qtbot.waitUntil(lambda: tab.submit_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    job_id = wait_job_done(qtbot, window)

    drop_file(tab.drop_zone, write_file("b.csv", "order_item_id\n100021\n100022\n"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and not tab.flow.busy, timeout=5000)
    flagged = tab.model.rows[0]
    assert any(f"Already cancelled by job {job_id} on 20" in w for w in flagged.warnings)
    assert not tab.model.rows[1].warnings
    assert "1 done by earlier jobs" in tab.summary.text()


def test_load_open_items_has_a_search_and_says_when_the_list_is_cut(
    qtbot: Any, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(action_tab, "OPEN_ITEMS_LIMIT", 40)
    window = make_window()
    qtbot.mouseClick(window.cancel_tab.drop_zone.load_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, "openItemsDialog")
    count = dialog.findChild(QLabel, "openItemsCount").text()
    assert "The first" in count and "may list more" in count
    search = dialog.findChild(QLineEdit, "openItemsSearch")
    wanted = str(dialog.model.items[5].order_item_id)
    search.setText(wanted)
    assert dialog.visible_rows() == [5]
    qtbot.mouseClick(dialog.findChild(QPushButton, "openItemsSelectAll"), Qt.MouseButton.LeftButton)
    assert [str(i) for i in dialog.model.selected_ids()] == [wanted]
    dialog.reject()


def test_the_demo_orders_are_of_this_week_so_the_guard_shows(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = make_window()
    tab = window.cancel_tab
    drop_file(tab.drop_zone, write_file("a.csv", "order_item_id\n100001\n100002\n"))
    qtbot.waitUntil(lambda: tab.submit_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, "confirmDialog")
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "no order of the last 7 days" not in texts
    assert "order items of the last 7 days" in texts
    dialog.reject()
