"""Issue 16 finding 3: honest progress (withdrawn, stopped, rate limit, ETA, banners)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTabWidget

from desktop_app.core.models import Action, InputRow
from desktop_app.ui.jobs_model import LOOK_ROLE, PROGRESS, PROGRESS_TEXT_ROLE, STATE
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import add_slow_profile, drop_file, wait_dialog, wait_job_done


def _withdrawn_job(window: Any) -> int:
    journal = window.ctx.journal
    rows = [InputRow(line, (100000 + line,)) for line in range(2, 12)]
    job_id = journal.create_job(
        Action.CANCEL, "Demo marketplace", "aboutyou", "w.csv", rows, scheduled=True
    )
    assert journal.withdraw_job(job_id)
    window.results_tab.add_job(job_id)
    return job_id


def test_withdrawn_stopped_and_finished_jobs_each_look_their_own(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    job_id = _withdrawn_job(window)
    model = window.results_tab.jobs_model
    row = model.row_of(job_id)
    state = model.index(row, STATE)
    assert state.data(LOOK_ROLE) == "withdrawn"
    assert "Withdrawn" in state.data() and "Finished" not in state.data()
    # The bar is empty and says why: nothing of it was sent.
    assert model.index(row, PROGRESS).data(PROGRESS_TEXT_ROLE) == "nothing sent"

    job = window.ctx.journal.job(job_id)
    looks = {}
    for name, variant in {
        "withdrawn": job,
        "stopped": replace(job, state="stopped"),  # the state `lifecycle` adds, by its value
        "finished": replace(job, counts=type(job.counts)({"succeeded": 10})),
    }.items():
        model.upsert(variant)
        index = model.index(model.row_of(job_id), STATE)
        looks[name] = (index.data(), QColor(index.data(Qt.ItemDataRole.ForegroundRole)).name())
        assert index.data(LOOK_ROLE) == name
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    words = {word for word, _ in looks.values()}
    colours = {colour for _, colour in looks.values()}
    assert len(words) == 3 and len(colours) == 3, looks


def test_a_job_at_the_rate_limit_says_so_with_the_time_until_it_goes_on(
    qtbot: Any, make_window: WindowFactory, aboutyou_sandbox: Any, write_file: Any
) -> None:
    sandbox = aboutyou_sandbox(items=600, latency=0.05)
    # One cancel request per 4 s window: the second batch of 250 waits for the window.
    add_slow_profile("Slow shop", sandbox, 4.0)
    window = make_window(demo=False)
    tab = window.cancel_tab
    ids = "\n".join(str(100001 + n) for n in range(300))
    drop_file(tab.drop_zone, write_file("c.csv", "order_item_id\n" + ids + "\n"))
    qtbot.waitUntil(lambda: tab.submit_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, "confirmDialog")
    estimate = dialog.findChild(QLabel, "confirmEstimate")
    assert estimate is not None and "2 request" in estimate.text()
    assert "1 per 4 s" in estimate.text()
    from tests.ui.helpers import confirm

    confirm(qtbot)
    model = window.results_tab.jobs_model

    def waits_on_the_rate_limit() -> None:
        index = model.index(0, STATE)
        assert index.data(LOOK_ROLE) == "rate_limited"
        assert "Rate limit · on in" in index.data() and index.data().endswith(" s")

    qtbot.waitUntil(waits_on_the_rate_limit, timeout=8000)
    wait_job_done(qtbot, window, timeout=20000)


def test_the_confirmation_shows_an_estimate_and_the_rows_left_out(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    window = make_window()
    tab = window.cancel_tab
    drop_file(tab.drop_zone, write_file("c.csv", "order_item_id\n100001\nabc\n100002\n100002\n"))
    qtbot.waitUntil(lambda: tab.submit_button.text() == "Cancel 2 items…", timeout=5000)
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, "confirmDialog")
    left_out = dialog.findChild(QLabel, "confirmLeftOut")
    assert left_out is not None and "2 row" in left_out.text()
    assert "left out" in left_out.text()
    assert "under a minute" in dialog.findChild(QLabel, "confirmEstimate").text()
    dialog.reject()


def _colour_of(widget: Any) -> QColor:
    image = widget.grab().toImage()  # a pixel of the margin above the text
    return QColor(image.pixel(image.width() // 2, 1))


def test_banners_never_move_the_layout_and_each_kind_has_its_colour(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    window.show()
    tabs = window.findChild(QTabWidget, "tabs")
    qtbot.waitUntil(lambda: tabs.isVisible())
    before = tabs.mapTo(window, tabs.rect().topLeft())
    banner = window.banner
    colours = {}
    for kind in ("success", "warning", "error"):
        banner.show_message("A message " * 40, kind)
        qtbot.waitUntil(banner.isVisible)
        assert tabs.mapTo(window, tabs.rect().topLeft()) == before
        colours[kind] = _colour_of(banner)
        banner.hide()
        assert tabs.mapTo(window, tabs.rect().topLeft()) == before
    ok, warn, err = colours["success"], colours["warning"], colours["error"]
    assert ok.green() > ok.red() and ok.green() > ok.blue(), ok.name()
    assert warn.red() > warn.blue() and warn.green() > warn.blue() + 20, warn.name()
    assert err.red() > err.green() + 20 and err.red() > err.blue() + 20, err.name()
