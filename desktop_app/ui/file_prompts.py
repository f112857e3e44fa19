"""File pickers as awaitables (QFileDialog.open() + a future). Tests replace these two."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.ui.dialogs.awaiting import ask

IMPORT_FILTER = "CSV, TSV, TXT, Excel (*.csv *.tsv *.txt *.xlsx);;All files (*)"


async def ask_open_file(parent: QWidget, folder: str) -> Path | None:
    dialog = QFileDialog(
        parent, QCoreApplication.translate("FilePrompts", "Open order items"), folder
    )
    dialog.setObjectName("openFileDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(QCoreApplication.translate("FilePrompts", IMPORT_FILTER))
    if not await ask(dialog) or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


async def ask_save_file(parent: QWidget, folder: str, name: str) -> Path | None:
    dialog = QFileDialog(
        parent, QCoreApplication.translate("FilePrompts", "Export rows"), str(Path(folder) / name)
    )
    dialog.setObjectName("saveFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("csv")
    dialog.setNameFilter(QCoreApplication.translate("FilePrompts", "CSV (*.csv)"))
    if not await ask(dialog) or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])
