"""Every job in the journal, newest first; one row updates in place as polls arrive."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.models import JobRecord, JobState, Outcome
from desktop_app.ui.outcomes import action_label, state_label
from desktop_app.ui.resources import icon

Index = QModelIndex | QPersistentModelIndex
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1  # (done, total) for the progress delegate
JOB_ID, ACTION, PROFILE, SOURCE, STARTED, PROGRESS, OK, FAILED, PENDING, STATE = range(10)


def _started(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def _done_total(job: JobRecord) -> tuple[int, int]:
    counts = job.counts
    done = counts[Outcome.SUCCEEDED] + counts[Outcome.FAILED] + counts[Outcome.WITHDRAWN]
    return done, done + counts[Outcome.PENDING]


class JobsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._jobs: list[JobRecord] = []
        self._headers = [
            self.tr("Job"),
            self.tr("Action"),
            self.tr("Profile"),
            self.tr("File"),
            self.tr("Started"),
            self.tr("Progress"),
            "✓",
            "✕",
            "…",
            self.tr("State"),
        ]
        self._header_tips = {
            OK: self.tr("Succeeded"),
            FAILED: self.tr("Failed"),
            PENDING: self.tr("Pending"),
        }

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (JOB_ID, OK, FAILED, PENDING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        job = self._jobs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(job, column)
        if role == PROGRESS_ROLE:
            return _done_total(job)
        if role == Qt.ItemDataRole.DecorationRole and column == ACTION:
            return icon(job.action.value)
        if role == Qt.ItemDataRole.ToolTipRole and column == STATE and job.last_error:
            return job.last_error
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (JOB_ID, OK, FAILED, PENDING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, job: JobRecord, column: int) -> str | None:
        counts = job.counts
        values = {
            JOB_ID: str(job.id),
            ACTION: action_label(job.action),
            PROFILE: job.profile,
            SOURCE: job.source_name,
            STARTED: _started(job.created_at),
            OK: str(counts[Outcome.SUCCEEDED]),
            FAILED: str(counts[Outcome.FAILED]),
            PENDING: str(counts[Outcome.PENDING]),
            STATE: state_label(job.state),
        }
        return values.get(column)

    # -- ours ---------------------------------------------------------------------------------

    def set_jobs(self, jobs: list[JobRecord]) -> None:
        self.beginResetModel()
        self._jobs = list(jobs)
        self.endResetModel()

    def upsert(self, job: JobRecord) -> int:
        """Replace the job's row (or add it on top); returns its row."""
        for position, known in enumerate(self._jobs):
            if known.id == job.id:
                self._jobs[position] = job
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(position, 0), self.index(position, last))
                return position
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._jobs.insert(0, job)
        self.endInsertRows()
        return 0

    def job_at(self, row: int) -> JobRecord | None:
        return self._jobs[row] if 0 <= row < len(self._jobs) else None

    def row_of(self, job_id: int) -> int:
        return next((i for i, job in enumerate(self._jobs) if job.id == job_id), -1)

    def active_count(self) -> int:
        return sum(1 for job in self._jobs if job.state is JobState.RUNNING)
