"""At start, a damaged journal: say so, and offer to move it aside and start a new one.
Quitting is the default: the file stays exactly as it is, for a backup or for support.
Any other fault of Seller Desk's folders at start is said in one sentence before quitting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import JournalDamaged, SellerDeskError
from desktop_app.core.journal_file import move_aside
from desktop_app.core.redaction import redact
from desktop_app.ui.dialogs.awaiting import ask


class DamagedJournalDialog(QDialog):
    def __init__(self, error: JournalDamaged, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damagedJournalDialog")
        self.setWindowTitle(self.tr("Seller Desk: the journal is damaged"))
        layout = QVBoxLayout(self)
        text = QLabel(str(error))
        text.setObjectName("damagedJournalText")
        text.setWordWrap(True)
        layout.addWidget(text)
        offer = QLabel(
            self.tr(
                "Seller Desk can rename it to %1.damaged-DATE, keep it there, and start a new"
                " journal. The job history in the old file is not carried over."
            ).replace("%1", Path(error.path).name)
        )
        offer.setWordWrap(True)
        layout.addWidget(offer)
        buttons = QDialogButtonBox()
        move = buttons.addButton(
            self.tr("Move it aside and start a new journal"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        move.setObjectName("moveJournalAsideButton")
        quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitDamagedJournalButton")
        quit_button.setDefault(True)  # the safe choice: nothing changes
        quit_button.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


async def offer_new_journal(error: JournalDamaged) -> Path | None:
    """Where the damaged file was kept, or None when the seller chose to quit."""
    if not await ask(DamagedJournalDialog(error)):
        return None
    return move_aside(Path(error.path))


async def say_start_failure(error: SellerDeskError) -> None:
    """The window cannot start (a folder that cannot be written, a journal from a newer Seller
    Desk): the error's own sentence, then Seller Desk quits."""
    box = QMessageBox(QMessageBox.Icon.Critical, "Seller Desk", redact(str(error)))
    box.setObjectName("startFailure")
    await ask(box)
