"""The large dashed area that takes a dropped file, with the other ways to get rows in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop_app.ui.resources import icon

ACCEPTED_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx")


def dropped_file(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> Path | None:
    """The first local file with a readable suffix, or None."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in ACCEPTED_SUFFIXES:
                return path
    return None


class DropZone(QFrame):
    fileDropped = Signal(object)  # Path

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setProperty("role", "dropZone")
        self.setAcceptDrops(True)
        self.setMinimumHeight(118)
        self.setAccessibleName(self.tr("Drop zone for order item files"))

        self.hint = QLabel(self.tr("Drop a CSV, TSV, TXT or Excel file here"))
        self.hint.setObjectName("dropHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        glyph = QLabel()
        glyph.setPixmap(icon("drop").pixmap(QSize(28, 28)))
        glyph.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.open_button = QPushButton(icon("open"), self.tr("&Open file…"))
        self.paste_button = QPushButton(icon("paste"), self.tr("P&aste ids"))
        self.load_button = QPushButton(icon("download"), self.tr("&Load open items…"))
        self.open_button.setToolTip(self.tr("Open a file (Ctrl+O)"))
        self.paste_button.setToolTip(self.tr("Paste order item ids from the clipboard (Ctrl+V)"))
        self.load_button.setToolTip(self.tr("Pick from the items the marketplace lists as open"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.open_button, self.paste_button, self.load_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(glyph)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

    def _set_hover(self, on: bool) -> None:
        self.setProperty("hover", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_file(event) is not None:
            event.acceptProposedAction()
            self._set_hover(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_file(event) is not None:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: object) -> None:
        self._set_hover(False)

    def dropEvent(self, event: QDropEvent) -> None:
        # Only take the path here; the import starts as a task so the drop returns at once.
        self._set_hover(False)
        path = dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.fileDropped.emit(path)
