"""Issue 17, the window side: every tab and main dialog in English, German and Spanish, as PNGs
(SELLER_DESK_SCREENSHOTS keeps them), with no English text left in the German or Spanish one
and no text cut off at 1280×800."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolButton, QWidget

from desktop_app.ui.dialogs.awaiting import ask
from desktop_app.ui.dialogs.watch_folder import WatchFolderDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.tasks import spawn
from desktop_app.ui.translations import install_translation
from tests.ui.conftest import WindowFactory
from tests.ui.fit_check import cut_off_texts
from tests.ui.helpers import confirm, drop_file, wait_dialog, wait_job_done
from tests.ui.language_check import english_texts

# Rows the demo marketplace takes as they are: no row gets a message from the core.
CANCEL = "order_item_id\n" + "".join(f"{100100 + i}\n" for i in range(40))
SHIP = "order_item_id,carrier_key,shipment_tracking_key,return_tracking_key\n" + "".join(
    f"{100200 + i},DHL_STD_NATIONAL,JJD00{i:04d},RET00{i:04d}\n" for i in range(30)
)
# The help table's "Also read as" cells are header spellings a file may use (English and German by
# design); its "Holds" notes come from the core's catalogs and are checked like every text.
HELP_ALIASES = 2
WINDOW_SIDE = {"helpColumns": {HELP_ALIASES}}
# Rows with problems: Excel's shortened number, a duplicate, an unknown carrier, a bad id.
BAD_CANCEL = "order_item_id\n100150\n1.23457E+11\n100150\nabc\n999990\n"
MARKETPLACE_SAID = "Order item 999990 not found"  # the sandbox's words, as ABOUT YOU's


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The window's language for this test; English again afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    used = install_translation(app, request.param)
    assert used == request.param
    yield used
    install_translation(app, "en")
    QLocale.setDefault(before)


def _folder(tmp_path: Path, language: str) -> Path:
    folder = Path(os.environ.get("SELLER_DESK_SCREENSHOTS", tmp_path / "shots")) / language
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _shot(widget: QWidget, path: Path) -> None:
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 5_000


def _send(qtbot: Any, window: MainWindow, name: str, text: str, write_file: Any) -> int:
    tab = window.cancel_tab
    drop_file(tab.drop_zone, write_file(name, text))
    qtbot.waitUntil(tab.submit_button.isEnabled, timeout=5000)
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    confirm(qtbot)
    return wait_job_done(qtbot, window)


def _show_results_of(qtbot: Any, window: MainWindow, job_id: int, rows: int) -> None:
    tab = window.results_tab
    window.tabs.setCurrentWidget(tab)
    tab.jobs_table.selectRow(tab.jobs_model.row_of(job_id))
    qtbot.waitUntil(lambda: tab.rows_model.rowCount() == rows, timeout=5000)


def _window_with_data(qtbot: Any, make_window: WindowFactory, write_file: Any) -> MainWindow:
    window = make_window()
    window.resize(1280, 800)
    window.show()
    job_id = _send(qtbot, window, "sent-2026-11-23.csv", CANCEL, write_file)
    ship = window.ship_tab
    qtbot.waitUntil(lambda: ship.carrier_picker.keys() is not None, timeout=5000)
    drop_file(ship.drop_zone, write_file("shipments-2026-11-23.csv", SHIP))
    qtbot.waitUntil(lambda: ship.model.rowCount() == 30 and not ship.flow.busy, timeout=5000)
    cancel = window.cancel_tab
    drop_file(cancel.drop_zone, write_file("orders-2026-11-24.csv", CANCEL.replace("1001", "1002")))
    qtbot.waitUntil(lambda: cancel.model.rowCount() == 40 and not cancel.flow.busy, timeout=5000)
    _show_results_of(qtbot, window, job_id, 40)
    return window


def _dialogs(qtbot: Any, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Each main dialog open in turn, with its name; closed again after the caller looked."""
    window.tabs.setCurrentWidget(window.cancel_tab)
    qtbot.mouseClick(window.cancel_tab.submit_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, "confirmDialog")
    yield "confirm", dialog
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()

    qtbot.mouseClick(window.findChild(QToolButton, "profilesButton"), Qt.MouseButton.LeftButton)
    profiles = wait_dialog(qtbot, "profilesDialog")
    yield "profiles", profiles
    profiles.reject()
    profile = window.toolbar.current()
    assert profile is not None
    spawn(ask(WatchFolderDialog(window, window.ctx, profile)))
    watch = wait_dialog(qtbot, "watchFolderDialog")
    yield "safety", watch
    watch.reject()

    for name, opener in (
        ("about", window.open_about),
        ("shortcuts", window.open_shortcuts),
        ("remembered", window.open_remembered),
    ):
        spawn(opener())
        dialog = wait_dialog(qtbot, f"{name}Dialog")
        yield name, dialog
        dialog.reject()

    window.open_columns_help()
    assert window.help_window is not None
    qtbot.waitUntil(window.help_window.isVisible)
    yield "help", window.help_window
    window.help_window.close()


@pytest.mark.parametrize("language", ["en", "de", "es"], indirect=True)
def test_each_tab_and_dialog_speaks_the_window_language(
    qtbot: Any, make_window: WindowFactory, write_file: Any, tmp_path: Path, language: str
) -> None:
    folder = _folder(tmp_path, language)
    window = _window_with_data(qtbot, make_window, write_file)
    english: list[tuple[str, str, str]] = []
    for index, name in enumerate(("cancel", "ship", "results")):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        _shot(window, folder / f"{name}.png")
        english += [(name, *found) for found in english_texts(window, language)]
    for name, dialog in _dialogs(qtbot, window):
        qtbot.wait(50)
        _shot(dialog, folder / f"{name}.png")
        english += [(name, *found) for found in english_texts(dialog, language, WINDOW_SIDE)]
    if language != "en":
        assert english == [], "\n".join(" | ".join(found) for found in english)


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_row_messages_of_a_bad_file_read_in_german(
    qtbot: Any, make_window: WindowFactory, write_file: Any, language: str
) -> None:
    window = make_window()
    window.resize(1280, 800)
    tab = window.cancel_tab
    drop_file(tab.drop_zone, write_file("bad-rows.csv", BAD_CANCEL))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5 and not tab.flow.busy, timeout=5000)
    found = english_texts(window, language)
    job_id = _send(qtbot, window, "bad-rows-sent.csv", BAD_CANCEL, write_file)
    _show_results_of(qtbot, window, job_id, 5)
    # The marketplace's own words are shown as it sent them, inside a German sentence.
    found += english_texts(window, language, None, [MARKETPLACE_SAID])
    window.open_columns_help()
    assert window.help_window is not None
    found += english_texts(window.help_window, language, {"helpColumns": {HELP_ALIASES}})
    window.help_window.close()
    assert found == [], "\n".join(" | ".join(item) for item in found)


def _short_cells(window: MainWindow) -> dict[str, Sequence[int]]:
    """Per table, the columns of short words (actions, outcomes, states, counts, ids, profile
    names) that must show whole in every cell; long texts (messages, files) have their tooltip."""
    from desktop_app.ui import jobs_model as jm
    from desktop_app.ui.rows_model import LINE, OUTCOME

    cells: dict[str, Sequence[int]] = {
        "jobsTable": jm.SHORT_COLUMNS,
        "rowsTable": (LINE, OUTCOME),
    }
    for tab in (window.cancel_tab, window.ship_tab):
        cells[tab.table.objectName()] = range(tab.model.columnCount() - 1)  # all but the message
    return cells


# The journal's folder: a long path is elided in the middle on purpose (its tooltip is whole).
CUT_ON_PURPOSE = ("journalPath",)


@pytest.mark.parametrize("language", ["en", "de", "es"], indirect=True)
def test_no_text_is_cut_off_at_1280_by_800(
    qtbot: Any, make_window: WindowFactory, write_file: Any, language: str
) -> None:
    window = _window_with_data(qtbot, make_window, write_file)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1280, 800))
    cells = _short_cells(window)
    found: list[str] = []
    for index, name in enumerate(("cancel", "ship", "results")):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        found += [f"{name} | {what}" for what in cut_off_texts(window, cells, CUT_ON_PURPOSE)]
    for name, dialog in _dialogs(qtbot, window):
        qtbot.wait(20)
        found += [f"{name} | {what}" for what in cut_off_texts(dialog, cells)]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("language", ["de", "es"], indirect=True)
def test_the_awkward_file_corpus_reads_in_the_window_language(
    qtbot: Any, make_window: WindowFactory, tmp_path: Path, language: str
) -> None:
    """Every file of the corpus a seller really has, in the tab of its action: no row message,
    note or summary is English."""
    from desktop_app.core.models import Action
    from tests.fixtures.awkward_files import CORPUS

    window = make_window()
    window.resize(1280, 800)
    window.show()
    found: list[tuple[str, str, str]] = []
    # The files that need no question answered first (a column mapping, a carrier for all).
    for case in (c for c in CORPUS if c.mapping is None and c.default_carrier is None):
        tab = window.cancel_tab if case.action is Action.CANCEL else window.ship_tab
        window.tabs.setCurrentWidget(tab)
        folder = tmp_path / case.name
        folder.mkdir()
        drop_file(tab.drop_zone, case.build(folder))
        qtbot.waitUntil(
            lambda tab=tab, case=case: case.filename in tab.summary.text() and not tab.flow.busy,
            timeout=5000,
        )
        headers = tab.flow.result.columns if tab.flow.result else []
        found += [(case.name, *item) for item in english_texts(tab, language, None, headers)]
    assert found == [], "\n".join(" | ".join(item) for item in found)


@pytest.mark.parametrize(
    ("language", "environment", "production"),
    [
        ("en", "Environment", "PRODUCTION"),
        ("de", "Umgebung", "PRODUKTION"),
        ("es", "Entorno", "PRODUCCIÓN"),
    ],
    indirect=["language"],
)
def test_the_environment_badges_speak_the_window_language(
    qtbot: Any, language: str, environment: str, production: str
) -> None:
    from desktop_app.core.profiles import Environment
    from desktop_app.ui.environment_badge import EnvironmentBadge

    badge = EnvironmentBadge(Environment.PRODUCTION)
    qtbot.addWidget(badge)
    assert badge.text() == "● " + production
    assert badge.accessibleName() == f"{environment}: {production}"
    badge.set_environment(Environment.SANDBOX)
    assert badge.text() == "● SANDBOX"  # the word of both Seller Centers, in every language


def test_a_job_journaled_in_english_reads_in_german_in_a_german_window(
    qtbot: Any, make_window: WindowFactory, write_file: Any
) -> None:
    english = make_window()
    job_id = _send(qtbot, english, "bad-rows-sent.csv", BAD_CANCEL, write_file)
    _show_results_of(qtbot, english, job_id, 5)
    sent_in_english = english.results_tab.rows_model
    assert any("Excel shortened" in text for text in _messages(sent_in_english))
    english.close()
    qtbot.waitUntil(english.closed.is_set, timeout=5000)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    install_translation(app, "de")
    try:
        german = make_window()  # the same journal, read again
        jobs = german.results_tab.jobs_model
        qtbot.waitUntil(lambda: jobs.row_of(job_id) >= 0, timeout=5000)
        _show_results_of(qtbot, german, job_id, 5)
        messages = _messages(german.results_tab.rows_model)
        assert any("Excel hat diese Zahl gekürzt" in text for text in messages), messages
        assert english_texts(german.results_tab, "de", None, [MARKETPLACE_SAID]) == []
    finally:
        install_translation(app, "en")
        QLocale.setDefault(before)


def _messages(model: Any) -> list[str]:
    from desktop_app.ui.rows_model import MESSAGE

    return [str(model.index(row, MESSAGE).data()) for row in range(model.rowCount())]
