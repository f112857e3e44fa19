"""A header the import does not know: the seller picks the column once, it is remembered."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from tests.ui.conftest import WindowFactory
from tests.ui.helpers import drop_file, visible_dialog, wait_dialog

ODD_HEADER = "Ref;Menge\n100021;1\n100022;1\n100023;2\n"


def test_mapping_dialog_reads_the_chosen_column_and_remembers_it_for_the_header_set(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = make_window()
    tab = window.cancel_tab
    drop_file(tab.drop_zone, write_file("odd.csv", ODD_HEADER))

    dialog = wait_dialog(qtbot, "mappingDialog")
    combo = dialog.findChild(QComboBox, "mapping_order_item_id")
    assert [combo.itemText(i) for i in range(combo.count())][1:3] == ["Ref", "Menge"]
    combo.setCurrentText("Ref")
    dialog.accept()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and not tab.flow.busy, timeout=5000)
    assert "3 valid" in tab.summary.text()

    # Same columns in another file: no question this time.
    drop_file(tab.drop_zone, write_file("odd2.csv", "Menge;Ref\n1;100031\n"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.flow.busy, timeout=5000)
    assert visible_dialog("mappingDialog") is None
    assert tab.model.rows[0].order_items == (100031,)
