"""Builds the Qt application and the window, and runs them on one qasync loop."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Sequence

import qasync

# PySide6 before qasync, so qasync picks this binding even where PyQt is installed too.
from PySide6.QtWidgets import QApplication

from desktop_app.core.errors import JournalDamaged, SellerDeskError
from desktop_app.core.logging_setup import configure_logging
from desktop_app.core.paths import app_paths
from desktop_app.ui.context import AppContext, AppOptions
from desktop_app.ui.dialogs.damaged_journal import offer_new_journal, say_start_failure
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.theme import apply_theme
from desktop_app.ui.translations import install_translation, translation_installed

log = logging.getLogger(__name__)


def create_window(demo: bool = False, *, options: AppOptions | None = None) -> MainWindow:
    """Build and show the window. Call inside a running qasync loop; SELLER_DESK_HOME applies."""
    asyncio.get_running_loop()  # fails early and clearly outside a loop
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create a QApplication first"
    apply_theme(app)
    if not translation_installed():
        install_translation(app)
    window = MainWindow(AppContext(demo, options or AppOptions()))
    window.errors.install()
    asyncio.get_running_loop().set_exception_handler(window.errors.handle_loop_error)
    window.show()
    window.start()
    return window


async def open_window(
    demo: bool = False, *, options: AppOptions | None = None
) -> MainWindow | None:
    """create_window, but a damaged journal first gets its dialog; None when the window cannot
    open (the seller quit, or a folder cannot be written)."""
    while True:
        try:
            return create_window(demo, options=options)
        except JournalDamaged as error:
            kept = await offer_new_journal(error)
            if kept is None:
                return None
            log.warning("moved the damaged journal %s aside to %s", error.path, kept)
        except SellerDeskError as error:  # a read-only data folder, a newer journal: its sentence
            log.error("the window could not start: %s", error)
            await say_start_failure(error)
            return None


async def _main(demo: bool) -> int:
    window = await open_window(demo)
    if window is None:
        return 2  # nothing was changed
    # Not aboutToQuit: the loop must keep running until the jobs have stopped cleanly.
    await window.closed.wait()
    return 0


def run_app(
    argv: Sequence[str] | None = None, *, demo: bool = False, lang: str | None = None
) -> int:
    """Start the window on a qasync loop and return when it closes (Python 3.11 and 3.12+)."""
    configure_logging(app_paths())  # never raises; the folders' faults are said in the window
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv[:1]))
    app.setApplicationName("Seller Desk")
    app.setOrganizationName("Seller Desk")
    app.setQuitOnLastWindowClosed(False)  # _main ends the loop after shutdown
    install_translation(app, lang)
    log.info("starting the window (demo=%s)", demo)
    return int(qasync.run(_main(demo)) or 0)
