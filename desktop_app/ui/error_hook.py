"""The one owner of sys.excepthook: log every unexpected error and show it, non-modal."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.errors import SellerDeskError
from desktop_app.core.paths import app_paths
from desktop_app.core.redaction import redact

log = logging.getLogger(__name__)


class ErrorHook(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._previous = sys.excepthook
        self.reported: list[BaseException] = []  # every error shown; tests assert it stays empty
        self.notice: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle_loop_error(self, _loop: Any, context: dict[str, Any]) -> None:
        """asyncio's exception handler: errors of tasks nobody awaited end up here too."""
        error = context.get("exception")
        if isinstance(error, BaseException):
            self.handle(type(error), error, error.__traceback__)
        else:
            log.error("event loop: %s", context.get("message"))

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if isinstance(error, KeyboardInterrupt):
            self._previous(kind, error, trace)
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        self.reported.append(error)
        details = redact("".join(traceback.format_exception(kind, error, trace)))
        if isinstance(error, SellerDeskError):
            text = redact(str(error))
        else:
            text = self.tr("Something went wrong that Seller Desk did not expect.")
        self.show_notice(text, details)

    def show_notice(self, text: str, details: str) -> None:
        if self.notice is None:
            self.notice = QMessageBox(self._parent)
            self.notice.setObjectName("errorNotice")
            self.notice.setIcon(QMessageBox.Icon.Warning)
            self.notice.setWindowTitle(self.tr("Seller Desk: error"))
            self.notice.setModal(False)  # the window keeps working; jobs keep running
        logs = str(app_paths().log_dir)
        self.notice.setText(text)
        self.notice.setInformativeText(
            self.tr("Your jobs are safe in the journal. The details are also in %1.").replace(
                "%1", logs
            )
        )
        self.notice.setDetailedText(details)
        self.notice.show()
