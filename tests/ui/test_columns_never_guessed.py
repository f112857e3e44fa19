"""Issue 16 finding 2: a field the file lacks is never guessed; choices can be seen and reset."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QPushButton

from desktop_app.ui.dialogs.mapping import NOT_IN_FILE, SAME_CARRIER
from desktop_app.ui.dialogs.remembered import RememberedDialog
from desktop_app.ui.settings import header_key
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import cell, drop_file, wait_dialog
from tests.ui.test_ship_flow import SHIP_FILE


def _ship_tab(qtbot: Any, window: Any) -> Any:
    tab = window.ship_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.carrier_picker.keys() is not None, timeout=5000)
    return tab


def test_a_ship_file_without_a_carrier_column_gets_one_carrier_for_every_row(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = make_window()
    tab = _ship_tab(qtbot, window)
    drop_file(tab.drop_zone, write_file("s.csv", SHIP_FILE))
    dialog = wait_dialog(qtbot, "mappingDialog")
    combo = dialog.findChild(QComboBox, "mapping_carrier_key")
    # Nothing pre-selected: the order item id column is not a carrier.
    assert combo.currentData() is None and combo.currentText() != "order_item_id"
    assert combo.findData(NOT_IN_FILE) >= 0
    ok = dialog.ok_button
    assert not ok.isEnabled()
    combo.setCurrentIndex(combo.findData(NOT_IN_FILE))
    assert not ok.isEnabled()
    assert "cannot be sent" in dialog.findChild(type(dialog.problem), "mappingProblem").text()

    combo.setCurrentIndex(combo.findData(SAME_CARRIER))
    carriers = dialog.findChild(QComboBox, "mappingSameCarrier")
    assert carriers.isEnabled() and carriers.findData("DHL_STD_NATIONAL") >= 0
    carriers.setCurrentIndex(carriers.findData("DHL_STD_NATIONAL"))
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and not tab.flow.busy, timeout=5000)
    assert "2 valid" in tab.summary.text()
    assert cell(tab.table, 0, 2) == "DHL_STD_NATIONAL"
    assert tab.carrier_picker.current_key() == "DHL_STD_NATIONAL"
    # A carrier is no column: nothing wrong is remembered for these headers.
    assert not any("carrier_key" in m for m in window.ctx.settings.values.mappings.values())


def test_order_id_is_never_taken_for_the_order_item_id(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = make_window()
    tab = window.cancel_tab
    drop_file(tab.drop_zone, write_file("o.csv", "Order ID\n5001\n5002\n"))
    dialog = wait_dialog(qtbot, "mappingDialog")
    combo = dialog.findChild(QComboBox, "mapping_order_item_id")
    assert combo.currentText() != "Order ID" and combo.currentData() is None
    assert not dialog.ok_button.isEnabled()
    dialog.reject()


def test_a_picked_carrier_wins_over_a_remembered_carrier_column(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = make_window()
    tab = _ship_tab(qtbot, window)
    headers = ["order_item_id", "shipment_tracking_key", "Retoure-Nr"]
    # An earlier, wrong answer: the carrier "is" the order item id column.
    window.ctx.settings.values.mappings[f"ship:{header_key(headers)}"] = {
        "carrier_key": "order_item_id",
        "return_tracking_key": "Retoure-Nr",
    }
    picker = window.findChild(QComboBox, "carrierPicker")
    picker.setCurrentIndex(picker.findData("DHL_STD_NATIONAL"))
    text = ",".join(headers) + "\n100011,TRK1,RET1\n100012,TRK2,RET2\n"
    drop_file(tab.drop_zone, write_file("r.csv", text))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and not tab.flow.busy, timeout=5000)
    assert "2 valid" in tab.summary.text()
    assert cell(tab.table, 0, 2) == "DHL_STD_NATIONAL"


def test_remembered_choices_are_listed_and_can_be_forgotten(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    values = window.ctx.settings.values
    values.mappings["cancel:menge|ref"] = {"order_item_id": "Ref"}
    values.default_carriers["Demo marketplace"] = "DHL_STD_NATIONAL"
    dialog = RememberedDialog(window, window.ctx.settings)
    qtbot.addWidget(dialog)
    listing = dialog.findChild(QListWidget, "rememberedList")
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert any("Ref" in t for t in texts) and any("DHL_STD_NATIONAL" in t for t in texts)
    listing.item(0).setSelected(True)
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "forgetSelectedButton"), Qt.MouseButton.LeftButton
    )
    assert values.mappings == {}
    qtbot.mouseClick(dialog.findChild(QPushButton, "forgetAllButton"), Qt.MouseButton.LeftButton)
    assert values.default_carriers == {}
    assert listing.item(0).text() == "Nothing is remembered."
