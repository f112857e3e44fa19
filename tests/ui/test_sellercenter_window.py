"""The window with a SellerCenter profile: the reason and provider pickers (issue 7), a cancel
job with a reason, and tracking numbers checked against the provider's regex before sending."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from desktop_app.core.models import JobState, Outcome
from desktop_app.ui.jobs_model import OK, STATE
from tests.fixtures.sandboxes import SellerCenterHandle
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import (
    add_marketplace_profile,
    cell,
    confirm,
    drop_file,
    header_labels,
    wait_dialog,
    wait_job_done,
)

CANCEL_REASONS = [
    "Out of stock",
    "Sourcing team couldn't find items",
    "Wrong address",
    "Customer requested cancellation",
    "Artículo agotado",
]


def _window_for(sandbox: SellerCenterHandle, make_window: WindowFactory, **options: str) -> Any:
    add_marketplace_profile(
        "Falabella",
        sandbox.api_key,
        marketplace="sellercenter",
        base_url=sandbox.base_url,
        user_id=sandbox.user_id,
        options={"seller_id": "SC12345", "platform": sandbox.state.config.platform, **options},
    )
    return make_window(demo=False)


def _picker(qtbot: Any, window: Any, name: str, count: int) -> QComboBox:
    picker = window.findChild(QComboBox, name)
    qtbot.waitUntil(lambda: picker.isVisible() and picker.count() == count, timeout=5000)
    return picker


def _message(tab: Any, row: int) -> str:
    return cell(tab.table, row, tab.model.columnCount() - 1)


def _statuses(tab: Any) -> list[str]:
    return [cell(tab.table, row, tab.model.status_column) for row in range(tab.model.rowCount())]


def test_reason_picker_lists_the_cancel_reasons_and_fills_rows_without_one_then_the_job_completes(
    qtbot: Any, make_window: WindowFactory, sellercenter_sandbox: Any, write_file: Any
) -> None:
    sandbox = sellercenter_sandbox(items=20)
    first, second = sandbox.pending_ids(2)
    window = _window_for(sandbox, make_window)
    tab = window.cancel_tab
    picker = _picker(qtbot, window, "reasonPicker", 1 + len(CANCEL_REASONS))
    # Only the `canceled` reasons: a failed-delivery reason is not offered.
    assert [picker.itemData(i) for i in range(1, picker.count())] == CANCEL_REASONS
    assert window.ship_tab.carrier_picker is not None
    assert not window.ship_tab.carrier_picker.isVisible()  # ABOUT YOU's picker is not shown

    drop_file(
        tab.drop_zone,
        write_file("c.csv", f"order_item_id,reason\n{first},\n{second},Wrong address\n"),
    )
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and not tab.flow.busy, timeout=5000)
    assert header_labels(tab.table) == ["Line", "Order item", "Reason", "Status", "Message"]
    assert _statuses(tab) == ["invalid", "ready"]
    assert "fill in the reason" in _message(tab, 0)

    picker.setCurrentIndex(picker.findData("Out of stock"))  # the file is read again
    qtbot.waitUntil(lambda: _statuses(tab) == ["ready", "ready"] and not tab.flow.busy)
    assert [cell(tab.table, row, 2) for row in range(2)] == ["Out of stock", "Wrong address"]

    qtbot.waitUntil(lambda: tab.submit_button.isEnabled() and "2" in tab.submit_button.text())
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    job = window.ctx.journal.job(wait_job_done(qtbot, window))
    assert job.state is JobState.FINISHED and job.counts[Outcome.SUCCEEDED] == 2
    qtbot.waitUntil(
        lambda: (
            cell(window.results_tab.jobs_table, 0, STATE) == "Finished"
            and cell(window.results_tab.jobs_table, 0, OK) == "2"
        )
    )
    assert [sandbox.state.items[i].reason for i in (first, second)] == [
        "Out of stock",
        "Wrong address",
    ]
    assert all(sandbox.state.status(i) == "canceled" for i in (first, second))
    # The pick is remembered for the profile.
    assert window.ctx.settings.values.field_defaults["Falabella"]["reason"] == "Out of stock"


def test_provider_picker_fills_rows_and_tracking_numbers_off_its_regex_are_invalid_unsent(
    qtbot: Any, make_window: WindowFactory, sellercenter_sandbox: Any, write_file: Any
) -> None:
    sandbox = sellercenter_sandbox(items=20, platform="generic")  # providers: older flow
    first, second = sandbox.pending_ids(2)
    window = _window_for(sandbox, make_window)
    tab = window.ship_tab
    window.tabs.setCurrentWidget(tab)
    picker = _picker(qtbot, window, "providerPicker", 1 + 4)
    assert picker.itemText(picker.findData("DHL")) == "DHL (e.g. 1234567890)"
    picker.setCurrentIndex(picker.findData("DHL"))

    text = f"order_item_ids,tracking_number\n{first},1234567890\n{second},12AB\n"
    drop_file(tab.drop_zone, write_file("s.csv", text))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and not tab.flow.busy, timeout=5000)
    assert header_labels(tab.table) == [
        "Line",
        "Order items",
        "Shipment provider",
        "Tracking number",
        "Delivery type",
        "Status",
        "Message",
    ]
    assert [cell(tab.table, 0, column) for column in (2, 3, 4)] == ["DHL", "1234567890", "dropship"]
    assert _statuses(tab) == ["ready", "invalid"]
    assert 'Tracking number "12AB" is not in DHL\'s format (example: "1234567890")' in _message(
        tab, 1
    )
    assert "1 invalid" in tab.summary.text()

    picker.setCurrentIndex(picker.findData("Aramex"))  # another regex: the checks update
    qtbot.waitUntil(lambda: _statuses(tab) == ["invalid", "invalid"] and not tab.flow.busy)
    assert "Aramex's format" in _message(tab, 0)
    assert not tab.submit_button.isEnabled()
    assert sandbox.state.applications.total() == 0  # nothing was sent
    assert all(sandbox.state.status(i) == "pending" for i in (first, second))


def test_load_open_items_on_sellercenter_makes_rows_with_the_picked_reason(
    qtbot: Any, make_window: WindowFactory, sellercenter_sandbox: Any
) -> None:
    sandbox = sellercenter_sandbox(items=12)
    window = _window_for(sandbox, make_window, cancel_reason="Wrong address")
    tab = window.cancel_tab
    picker = _picker(qtbot, window, "reasonPicker", 1 + len(CANCEL_REASONS))
    assert picker.itemText(0) == "Profile default: Wrong address"

    from tests.ui.helpers import wait_dialog

    qtbot.mouseClick(tab.drop_zone.load_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, "openItemsDialog")
    model = dialog.model  # type: ignore[attr-defined]
    assert model.rowCount() == len(sandbox.state.ids_with_status("pending"))
    model.setData(model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    picked = model.selected_ids()
    dialog.accept()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.flow.busy, timeout=5000)
    assert cell(tab.table, 0, 1) == str(picked[0])
    assert cell(tab.table, 0, 2) == "Wrong address" and _statuses(tab) == ["ready"]


@pytest.mark.parametrize("add", [False, True])
def test_a_falabella_ship_row_for_part_of_an_order_is_warned_and_can_take_the_rest(
    qtbot: Any, make_window: WindowFactory, sellercenter_sandbox: Any, write_file: Any, add: bool
) -> None:
    sandbox = sellercenter_sandbox(items=20)
    first, *rest = sandbox.pending_order()
    window = _window_for(sandbox, make_window)
    tab = window.ship_tab
    window.tabs.setCurrentWidget(tab)
    drop_file(tab.drop_zone, write_file("s.csv", f"order_item_ids\n{first}\n"))
    dialog = wait_dialog(qtbot, "partialOrdersDialog")
    assert "A row of this file lists only part of its order." in dialog.text()  # type: ignore[attr-defined]
    button = dialog.findChild(QPushButton, "addMissingItems" if add else "keepRows")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.flow.busy, timeout=5000)
    ids = ", ".join(str(i) for i in rest)
    if add:
        shown = cell(tab.table, 0, 1)
        assert all(str(item) in shown for item in [first, *rest]), shown
        assert "ship with it" not in _message(tab, 0)
    else:
        assert cell(tab.table, 0, 1) == str(first)
        assert f"so order items {ids} ship with it" in _message(tab, 0)
    assert _statuses(tab) == ["ready"]
    assert sandbox.state.applications.total() == 0  # the review sends nothing
