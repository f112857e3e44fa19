"""The window with a Unicommerce profile (issue 8): a dry preview, then a real cancel job, and a
dispatch of open items loaded from the marketplace."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_app.core.models import JobState, Outcome
from tests.fixtures.sandboxes import UnicommerceSandboxHandle
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


def _window_for(sandbox: UnicommerceSandboxHandle, make_window: WindowFactory) -> Any:
    add_marketplace_profile(
        "Uniware shop",
        sandbox.password,
        marketplace="unicommerce",
        base_url=sandbox.base_url,
        user_id=sandbox.username,
    )
    return make_window(demo=False)


def _cancel_file(sandbox: UnicommerceSandboxHandle, count: int) -> str:
    lines = ["order_id,order_item_id,product_id,variant_id,quantity"]
    for item in sandbox.open_items()[:count]:
        lines.append(
            f"{item.order_id},{item.order_item_id},{item.product_id},{item.variant_id},"
            f"{item.open_quantity}"
        )
    return "\n".join(lines) + "\n"


def _statuses(tab: Any) -> list[str]:
    return [cell(tab.table, row, tab.model.status_column) for row in range(tab.model.rowCount())]


def test_a_unicommerce_file_previews_its_own_columns_and_nothing_is_sent(
    qtbot: Any, make_window: WindowFactory, unicommerce_sandbox: Any, write_file: Any
) -> None:
    sandbox = unicommerce_sandbox(order_count=6)
    window = _window_for(sandbox, make_window)
    tab = window.cancel_tab
    assert window.toolbar.selector.currentText() == "Uniware shop (Unicommerce) · SANDBOX"
    text = _cancel_file(sandbox, 2) + "UC-10001,UC-10001-9,TSHIRT,TSHIRT-M,0\n"
    drop_file(tab.drop_zone, write_file("uc.csv", text))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and not tab.flow.busy, timeout=5000)

    assert header_labels(tab.table) == [
        "Line",
        "Order item",
        "Order id",
        "Product id",
        "Variant id",
        "Quantity",
        "Status",
        "Message",
    ]
    first = sandbox.open_items()[0]
    assert [cell(tab.table, 0, column) for column in range(1, 6)] == [
        first.order_item_id,
        first.order_id,
        first.product_id,
        first.variant_id,
        str(first.open_quantity),
    ]
    assert _statuses(tab) == ["ready", "ready", "invalid"]
    assert "quantity" in cell(tab.table, 2, tab.model.columnCount() - 1).lower()
    assert tab.submit_button.text() == "Cancel 2 items…"
    assert all(item.applied_count == 0 for item in sandbox.open_items())  # a preview only


def test_a_unicommerce_cancel_job_from_the_window_completes_and_cancels_the_items(
    qtbot: Any, make_window: WindowFactory, unicommerce_sandbox: Any, write_file: Any
) -> None:
    sandbox = unicommerce_sandbox(order_count=6)
    chosen = [item.order_item_id for item in sandbox.open_items()[:3]]
    window = _window_for(sandbox, make_window)
    tab = window.cancel_tab
    drop_file(tab.drop_zone, write_file("uc.csv", _cancel_file(sandbox, 3)))
    qtbot.waitUntil(lambda: tab.submit_button.isEnabled(), timeout=5000)
    assert tab.submit_button.text() == "Cancel 3 items…"
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    confirm(qtbot)

    job = window.ctx.journal.job(wait_job_done(qtbot, window))
    assert job.state is JobState.FINISHED and job.counts[Outcome.SUCCEEDED] == 3
    assert [sandbox.state.item_status(item) for item in chosen] == ["CANCELLED"] * 3
    assert [sandbox.state.applied_count(item) for item in chosen] == [1, 1, 1]


def test_open_items_loaded_on_unicommerce_make_complete_rows_and_dispatch(
    qtbot: Any, make_window: WindowFactory, unicommerce_sandbox: Any
) -> None:
    sandbox = unicommerce_sandbox(order_count=4)
    window = _window_for(sandbox, make_window)
    tab = window.ship_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.drop_zone.load_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, "openItemsDialog")
    model = dialog.model  # type: ignore[attr-defined]
    assert model.rowCount() == len(sandbox.open_items())
    for row in (0, 1):
        model.setData(
            model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    picked = [str(item) for item in model.selected_ids()]
    dialog.accept()

    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and not tab.flow.busy, timeout=5000)
    assert _statuses(tab) == ["ready", "ready"]
    # Dispatch columns nobody filled (tracking, invoice...) are not shown.
    assert header_labels(tab.table) == [
        "Line",
        "Order item",
        "Order id",
        "Quantity",
        "Status",
        "Message",
    ]
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    job = window.ctx.journal.job(wait_job_done(qtbot, window))
    assert job.state is JobState.FINISHED and job.counts[Outcome.SUCCEEDED] == 2
    assert [sandbox.state.item_status(item) for item in picked] == ["DISPATCHED"] * 2
