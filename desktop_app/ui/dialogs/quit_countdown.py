"""Quitting while a job is in its undo window: send it now, withdraw it, or stay."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.dialogs.awaiting import result_of


class QuitChoice(IntEnum):
    STAY = 0
    SEND = 1
    WITHDRAW = 2


class QuitCountdownDialog(QDialog):
    def __init__(self, parent: QWidget, count: int) -> None:
        super().__init__(parent)
        self.setObjectName("quitCountdownDialog")
        self.setWindowTitle(self.tr("Jobs not sent yet"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "%n job(s) are still in their undo window and have not been sent."
                " Send them now, or withdraw them?",
                "",
                count,
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox()
        for name, label, choice, role in (
            (
                "quitSendButton",
                self.tr("Send now"),
                QuitChoice.SEND,
                QDialogButtonBox.ButtonRole.AcceptRole,
            ),
            (
                "quitWithdrawButton",
                self.tr("Withdraw"),
                QuitChoice.WITHDRAW,
                QDialogButtonBox.ButtonRole.DestructiveRole,
            ),
            (
                "quitStayButton",
                self.tr("Don't quit"),
                QuitChoice.STAY,
                QDialogButtonBox.ButtonRole.RejectRole,
            ),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, c=choice: self.done(int(c)))
            buttons.addButton(button, role)
        layout.addWidget(buttons)


async def ask_quit_choice(dialog: QuitCountdownDialog) -> QuitChoice:
    """open() and a future, never exec(): the loop keeps running (and the countdowns too)."""
    return QuitChoice(await result_of(dialog))
