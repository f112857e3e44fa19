"""401, 429 and 503 from the marketplace end in one clear sentence, in Results and a banner."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.models import JobState
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import add_profile, confirm, drop_file, wait_job_done

CASES = {
    "401": ({}, "wrong-key", JobState.INTERRUPTED, "refused the API key"),
    "429": (
        {"cancel_budget": 0, "send_retry_after": False},
        None,
        JobState.WAITING,
        "too many requests",
    ),
    "503": ({"unavailable_share": 1.0}, None, JobState.WAITING, "having trouble (HTTP 503)"),
}


@pytest.mark.parametrize("status", list(CASES))
def test_marketplace_refusals_show_a_clear_message(
    status: str, qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any, write_file: Any
) -> None:
    config, key, state, words = CASES[status]
    sandbox = aboutyou_sandbox(items=20, latency=0.1, **config)
    # A short rate window keeps the 429 case quick: the pacer waits out one window per refusal.
    add_profile(
        "Live shop", sandbox.base_url, key or sandbox.api_key, "production", window_seconds=0.3
    )
    window = make_window(demo=False)
    assert window.toolbar.badge.text() == "● PRODUCTION"

    tab = window.cancel_tab
    drop_file(tab.drop_zone, write_file("c.csv", "order_item_id\n100001\n100002\n"))
    qtbot.waitUntil(lambda: tab.submit_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    confirm(qtbot, production=True)
    job_id = wait_job_done(qtbot, window)

    job = window.ctx.journal.job(job_id)
    assert job.state is state
    assert job.last_error is not None and words in job.last_error
    qtbot.waitUntil(lambda: words in window.results_tab.detail.text())
    assert words in window.banner.label.text() and window.banner.isVisible()
