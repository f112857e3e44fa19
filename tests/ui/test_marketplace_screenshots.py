"""PNGs of the SellerCenter and Unicommerce tabs and profile form, with data, for a person to
look at (SELLER_DESK_SCREENSHOTS keeps them)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QToolButton

from tests.ui.conftest import WindowFactory
from tests.ui.helpers import add_marketplace_profile, drop_file, wait_dialog


def _ship_file(ids: list[int]) -> str:
    numbers = ["1234567890", "0987654321", "12AB", "", "5550001112"]
    lines = ["order_item_ids,tracking_number,delivery_type"]
    for index, item in enumerate(ids):
        kind = "pickup" if index == 3 else ""
        lines.append(f"{item},{numbers[index % len(numbers)]},{kind}")
    return "\n".join(lines) + "\n"


def test_screenshots_of_a_sellercenter_ship_tab_and_profile_form(
    qtbot: Any,
    make_window: WindowFactory,
    sellercenter_sandbox: Any,
    write_file: Any,
    tmp_path: Path,
) -> None:
    folder = Path(os.environ.get("SELLER_DESK_SCREENSHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    sandbox = sellercenter_sandbox(items=40, platform="generic")  # providers to pick
    add_marketplace_profile(
        "SellerCenter shop",
        sandbox.api_key,
        marketplace="sellercenter",
        base_url=sandbox.base_url,
        user_id=sandbox.user_id,
        options={"cancel_reason": "Out of stock", "platform": "generic"},
    )
    window = make_window(demo=False)
    window.resize(1280, 800)
    tab = window.ship_tab
    window.tabs.setCurrentWidget(tab)
    picker = window.findChild(QComboBox, "providerPicker")
    qtbot.waitUntil(lambda: picker.isVisible() and picker.count() == 5, timeout=5000)
    picker.setCurrentIndex(picker.findData("DHL"))
    ids = sandbox.pending_ids(14)
    drop_file(tab.drop_zone, write_file("daraz-shipments.csv", _ship_file(ids)))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 14 and not tab.flow.busy, timeout=5000)
    qtbot.wait(50)
    shots = {"sellercenter-ship": window.grab()}

    cancel = window.cancel_tab
    window.tabs.setCurrentWidget(cancel)
    qtbot.waitUntil(lambda: window.findChild(QComboBox, "reasonPicker").isVisible(), timeout=5000)
    text = "order_item_id,reason,reason_detail\n" + "".join(
        f"{item},{'Wrong address' if i % 3 == 0 else ''},{'buyer called' if i == 2 else ''}\n"
        for i, item in enumerate(ids)
    )
    drop_file(cancel.drop_zone, write_file("daraz-cancel.csv", text))
    qtbot.wait(1500)
    from PySide6.QtWidgets import QApplication

    print(
        "DEBUG",
        [
            (w.objectName(), list(getattr(w, "combos", {})))
            for w in QApplication.topLevelWidgets()
            if w.isVisible()
        ],
        cancel.model.rowCount(),
        cancel.flow.busy,
        repr(cancel.message.text()),
        cancel.summary.text(),
        text,
    )
    qtbot.waitUntil(lambda: cancel.model.rowCount() == 14 and not cancel.flow.busy, timeout=5000)
    qtbot.wait(50)
    shots["sellercenter-cancel"] = window.grab()

    qtbot.mouseClick(window.findChild(QToolButton, "profilesButton"), Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, "profilesDialog")
    dialog.list.setCurrentIndex(dialog.names.index(0, 0))  # type: ignore[attr-defined]
    qtbot.wait(50)
    shots["sellercenter-profile"] = dialog.grab()
    dialog.reject()

    for name, pixmap in shots.items():
        path = folder / f"{name}.png"
        assert pixmap.save(str(path))
        assert path.stat().st_size > 10_000


def test_screenshot_of_a_unicommerce_dispatch_preview(
    qtbot: Any,
    make_window: WindowFactory,
    unicommerce_sandbox: Any,
    write_file: Any,
    tmp_path: Path,
) -> None:
    folder = Path(os.environ.get("SELLER_DESK_SCREENSHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    sandbox = unicommerce_sandbox(order_count=12)
    add_marketplace_profile(
        "Uniware shop",
        sandbox.password,
        marketplace="unicommerce",
        base_url=sandbox.base_url,
        user_id=sandbox.username,
    )
    window = make_window(demo=False)
    window.resize(1280, 800)
    tab = window.ship_tab
    window.tabs.setCurrentWidget(tab)
    lines = ["orderId,orderItemId,quantity,trackingId,deliveryPartner,dispatchDate,invoiceNumber"]
    for index, item in enumerate(sandbox.open_items()[:10]):
        tracking = "" if index == 4 else f"AWB{700000 + index}"
        date = "2026-11-31" if index == 6 else "2026-11-23"
        lines.append(
            f"{item.order_id},{item.order_item_id},{item.open_quantity},{tracking},"
            f"Delhivery,{date},INV-{index:04d}"
        )
    drop_file(tab.drop_zone, write_file("uniware-dispatch.csv", "\n".join(lines) + "\n"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 10 and not tab.flow.busy, timeout=5000)
    qtbot.wait(50)
    path = folder / "unicommerce-dispatch.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000
