"""Quitting with work in flight. Follows the jobs live while it is open:
- jobs in their undo window: Withdraw (default, on the left) or Send now;
- jobs sending: Stop and quit (resumable later), or keep the window open.
A countdown that ends while it is open is said at once to be sent; no button offers to
withdraw it any more. Plain buttons in a row, never a QDialogButtonBox: its order moves with
the platform, and these must stand in the same place everywhere."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.job_service import JobService
from desktop_app.core.models import Outcome
from desktop_app.ui.dialogs.awaiting import result_of

TICK_MS = 200


class QuitChoice(IntEnum):
    STAY = 0
    SEND = 1
    WITHDRAW = 2
    STOP = 3
    QUIT = 4  # nothing is in flight any more


class QuitDialog(QDialog):
    def __init__(self, parent: QWidget, jobs: JobService) -> None:
        super().__init__(parent)
        self.setObjectName("quitDialog")
        self.setWindowTitle(self.tr("Jobs in flight"))
        self.setMinimumWidth(460)
        self._jobs = jobs
        self._watched = set(jobs.counting_down())  # countdowns we may have to call sent
        self.sent: list[int] = []  # countdowns that ended while the dialog was open
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("quitText")
        self.text.setWordWrap(True)
        self.sent_text = QLabel()
        self.sent_text.setObjectName("quitSentText")
        self.sent_text.setWordWrap(True)
        self.sent_text.setProperty("role", "error")
        self.sent_text.hide()
        layout.addWidget(self.sent_text)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.withdraw_button = self._button("quitWithdrawButton", self.tr("Withdraw"), row)
        self.send_button = self._button("quitSendButton", self.tr("Send now"), row)
        self.stop_button = self._button("quitStopButton", self.tr("Stop and quit"), row)
        self.quit_button = self._button("quitNowButton", self.tr("Quit"), row)
        row.addStretch(1)
        self.stay_button = self._button("quitStayButton", self.tr("Keep the window open"), row)
        self.withdraw_button.clicked.connect(lambda: self.done(int(QuitChoice.WITHDRAW)))
        self.send_button.clicked.connect(lambda: self.done(int(QuitChoice.SEND)))
        self.stop_button.clicked.connect(lambda: self.done(int(QuitChoice.STOP)))
        self.quit_button.clicked.connect(lambda: self.done(int(QuitChoice.QUIT)))
        self.stay_button.clicked.connect(lambda: self.done(int(QuitChoice.STAY)))
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.follow)
        self._timer.start()
        self.finished.connect(self._timer.stop)
        self.follow()

    @staticmethod
    def _button(name: str, text: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        row.addWidget(button)
        return button

    def follow(self) -> None:
        """Show the jobs as they are now: counting down, sending, or just sent."""
        jobs = self._jobs
        counting = jobs.counting_down()
        for job_id in sorted(self._watched - set(counting)):
            self._watched.discard(job_id)
            # Finished may mean withdrawn, or sent and done between two ticks.
            if not jobs.journal.job(job_id).counts[Outcome.WITHDRAWN]:
                self.sent.append(job_id)
        if self.sent:
            self.sent_text.setText(
                self.tr(
                    "Sent when the undo window ended, so no longer withdrawable: job %1.",
                    "",
                    len(self.sent),
                ).replace("%1", ", ".join(str(job_id) for job_id in self.sent))
            )
            self.sent_text.show()
        sending = jobs.sending()
        if counting:
            self.text.setText(
                self.tr(
                    "%Ln job(s) are still in their undo window and have not been sent."
                    " Withdraw them, or send them now?",
                    "",
                    len(counting),
                )
            )
        elif sending:
            self.text.setText(
                self.tr(
                    "%Ln job(s) are being sent. Stop them and quit (Resume goes on with them"
                    " later), or keep the window open?",
                    "",
                    len(sending),
                )
            )
        elif self.sent:  # the seller must see that it was sent before anything closes
            self.text.setText(self.tr("Nothing is waiting or being sent any more."))
        elif self.isVisible():
            self.done(int(QuitChoice.QUIT))  # nothing in flight any more
            return
        for button in (self.withdraw_button, self.send_button):
            button.setVisible(bool(counting))
        self.stop_button.setVisible(not counting and bool(sending))
        self.quit_button.setVisible(not counting and not sending)
        # The safe choice is the default: Withdraw during a countdown, else keep the window.
        self.withdraw_button.setDefault(bool(counting))
        self.stay_button.setDefault(not counting)
        self.adjustSize()  # the texts change as the jobs do


async def ask_quit_choice(dialog: QuitDialog) -> QuitChoice:
    """open() and a future, never exec(): the loop keeps running (and the countdowns too)."""
    return QuitChoice(await result_of(dialog))
