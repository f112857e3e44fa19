"""How a job reads at a glance: its own word, colour and icon for each way a job can stand.

A withdrawn job is finished in the journal but nothing of it was sent, so it must not look done;
a stopped job (the state `lifecycle` adds, matched by its value) is neither failed nor finished.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop_app.core.models import JobRecord, JobState, Outcome

# One tone per kind of news, the same in the banner (theme.py) and the tables.
TONES = {
    "success": QColor("#2e7d32"),
    "warning": QColor("#b7791f"),
    "error": QColor("#b3261e"),
    "muted": QColor("#6b7280"),
    "active": QColor("#2f6fdb"),
}


@dataclass(frozen=True, slots=True)
class JobLook:
    key: str  # a stable name: tests and the icon file use it
    word: str
    tone: str  # a key of TONES
    icon: str  # an icon name under resources/icons


def job_look(job: JobRecord, rate_wait: float | None = None) -> JobLook:
    """`rate_wait`: seconds until a running job's next request may go, when it waits on the
    marketplace's rate limit (see job_pace)."""
    counts = job.counts
    state = str(job.state)
    if state == JobState.FINISHED:
        sent = counts[Outcome.SUCCEEDED] + counts[Outcome.FAILED]
        if counts[Outcome.WITHDRAWN] and not sent:
            return JobLook(
                "withdrawn",
                QCoreApplication.translate("JobLook", "Withdrawn — nothing sent"),
                "muted",
                "withdrawn",
            )
        if counts[Outcome.FAILED]:
            return JobLook(
                "finished_failures",
                QCoreApplication.translate("JobLook", "Finished with failures"),
                "warning",
                "warning",
            )
        return JobLook(
            "finished", QCoreApplication.translate("JobLook", "Finished"), "success", "succeeded"
        )
    if state == "stopped":
        return JobLook(
            "stopped", QCoreApplication.translate("JobLook", "Stopped"), "warning", "stopped"
        )
    if state == JobState.RUNNING:
        if rate_wait is not None and rate_wait >= 1:
            text = QCoreApplication.translate("JobLook", "Rate limit · on in %1").replace(
                "%1", duration_text(rate_wait)
            )
            return JobLook("rate_limited", text, "warning", "rate_limited")
        return JobLook(
            "running", QCoreApplication.translate("JobLook", "Running"), "active", "pending"
        )
    words = {
        JobState.SCHEDULED: (
            QCoreApplication.translate("JobLook", "Scheduled"),
            "active",
            "pending",
        ),
        JobState.READY: (QCoreApplication.translate("JobLook", "Ready"), "muted", "pending"),
        JobState.WAITING: (
            QCoreApplication.translate("JobLook", "Waiting for the marketplace"),
            "warning",
            "warning",
        ),
        JobState.STALLED: (QCoreApplication.translate("JobLook", "Stalled"), "error", "failed"),
        JobState.INTERRUPTED: (
            QCoreApplication.translate("JobLook", "Interrupted"),
            "error",
            "failed",
        ),
    }
    # A state this table does not know yet still shows, by its own name.
    word, tone, icon_name = words.get(state, (state.capitalize(), "muted", "pending"))
    return JobLook(state, word, tone, icon_name)


def duration_text(seconds: float) -> str:
    """ "18 s", "4 min", "2 h 5 min": as precise as a seller needs."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return QCoreApplication.translate("JobLook", "%1 s").replace("%1", str(seconds))
    minutes = round(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("JobLook", "%1 min").replace("%1", str(minutes))
    return (
        QCoreApplication.translate("JobLook", "%1 h %2 min")
        .replace("%1", str(minutes // 60))
        .replace("%2", str(minutes % 60))
    )
