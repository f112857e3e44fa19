"""Tells the seller a job ended: a tray message where a tray exists, the banner otherwise."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from desktop_app.core.models import JobRecord, JobState, Outcome
from desktop_app.ui.banner import Banner
from desktop_app.ui.outcomes import action_label
from desktop_app.ui.resources import icon


class Notifier(QObject):
    def __init__(self, parent: QWidget, banner: Banner) -> None:
        super().__init__(parent)
        self.banner = banner
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("app"), parent)
            self.tray.setToolTip("Seller Desk")
            self.tray.show()
        self.sent: list[str] = []  # what was said, newest last (tests and the log read it)

    def job_ended(self, job: JobRecord) -> None:
        text = self.job_text(job)
        self.sent.append(text)
        ok = job.state is JobState.FINISHED and job.counts[Outcome.FAILED] == 0
        asked = job.state is JobState.STOPPED  # the seller's own Stop: news, not an error
        if self.tray is not None:
            kind = (
                QSystemTrayIcon.MessageIcon.Information
                if ok or asked
                else QSystemTrayIcon.MessageIcon.Warning
            )
            self.tray.showMessage(self.tr("Seller Desk"), text, kind, 10_000)
        else:
            finished = job.state is JobState.FINISHED  # with failures: a warning, not an error
            kind = "success" if ok else "info" if asked else "warning" if finished else "error"
            self.banner.show_message(text, kind)

    def job_text(self, job: JobRecord) -> str:
        counts = job.counts
        head = (
            self.tr("Job %1 (%2)")
            .replace("%1", str(job.id))
            .replace("%2", action_label(job.action))
        )
        if job.state is JobState.FINISHED and counts[Outcome.WITHDRAWN]:
            return head + ": " + self.tr("withdrawn — nothing was sent.")
        if job.state is JobState.FINISHED:
            return (
                head
                + ": "
                + self.tr("finished — %1 succeeded, %2 failed.")
                .replace("%1", str(counts[Outcome.SUCCEEDED]))
                .replace("%2", str(counts[Outcome.FAILED]))
            )
        return head + ": " + (job.last_error or self.tr("stopped."))
