"""Every job in the journal, newest first; one row updates in place as polls arrive."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.models import JobRecord, JobState, Outcome
from desktop_app.ui.job_look import TONES, JobLook, duration_text, job_look
from desktop_app.ui.outcomes import action_label
from desktop_app.ui.resources import icon

Index = QModelIndex | QPersistentModelIndex
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1  # (done, total) for the progress delegate
PROGRESS_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # what the bar says
LOOK_ROLE = Qt.ItemDataRole.UserRole + 3  # JobLook.key: the state at a glance, for tests
JOB_ID, ACTION, PROFILE, SOURCE, STARTED, PROGRESS, OK, FAILED, PENDING, STATE = range(10)
# Columns of short words and counts, shown whole in every language (the others elide).
SHORT_COLUMNS = (JOB_ID, ACTION, PROFILE, STARTED, OK, FAILED, PENDING, STATE)


def _started(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def _done_total(job: JobRecord) -> tuple[int, int]:
    """Rows answered of rows sent or to send: withdrawn rows were never sent, so they are
    neither done nor to do (a withdrawn job's bar stays empty)."""
    counts = job.counts
    done = counts[Outcome.SUCCEEDED] + counts[Outcome.FAILED]
    return done, done + counts[Outcome.PENDING]


class JobsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._jobs: list[JobRecord] = []
        # Per running job: seconds until its next request may go, and until its last may.
        self._pace: dict[int, tuple[float, float | None]] = {}
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
        # Headers stay left-aligned: right-aligned, their words would run under the sort arrow.
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        job = self._jobs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(job, column)
        if role == PROGRESS_ROLE:
            return _done_total(job)
        if role == PROGRESS_TEXT_ROLE:
            done, total = _done_total(job)
            return self.tr("nothing sent") if total == 0 else f"{done}/{total}"
        if role == LOOK_ROLE:
            return self._look(job).key
        if role == Qt.ItemDataRole.DecorationRole and column == ACTION:
            return icon(job.action.value)
        if role == Qt.ItemDataRole.DecorationRole and column == STATE:
            return icon(self._look(job).icon)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            return TONES[self._look(job).tone]
        if role == Qt.ItemDataRole.ToolTipRole and column == STATE:
            return job.last_error or self._state_text(job, full=True)
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
            STATE: self._state_text(job),
        }
        return values.get(column)

    def _look(self, job: JobRecord) -> JobLook:
        wait = self._pace.get(job.id, (0.0, None))[0] if job.state is JobState.RUNNING else None
        return job_look(job, wait)

    def _state_text(self, job: JobRecord, full: bool = False) -> str:
        """The state word, and the time left of a running job (in the cell only when the
        word leaves room: a rate-limited job shows its wait there, the rest in the tooltip)."""
        look = self._look(job)
        text = look.word
        eta = self._pace.get(job.id, (0.0, None))[1] if job.state is JobState.RUNNING else None
        if look.key == "rate_limited" and not full:
            return text
        if eta is not None and eta >= 1:
            text += " · " + self.tr("about %1 left").replace("%1", duration_text(eta))
        return text

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

    def matches(self, row: int, text: str) -> bool:
        """The job at `row` has `text` in its id, file, profile, action or state."""
        job = self._jobs[row]
        words = (str(job.id), job.source_name, job.profile, action_label(job.action))
        haystack = " ".join((*words, self._state_text(job), _started(job.created_at)))
        return text.strip().casefold() in haystack.casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = {
            JOB_ID: lambda j: j.id,
            ACTION: lambda j: j.action.value,
            PROFILE: lambda j: j.profile.casefold(),
            SOURCE: lambda j: j.source_name.casefold(),
            STARTED: lambda j: j.created_at,
            PROGRESS: lambda j: _done_total(j)[0] / max(1, _done_total(j)[1]),
            OK: lambda j: j.counts[Outcome.SUCCEEDED],
            FAILED: lambda j: j.counts[Outcome.FAILED],
            PENDING: lambda j: j.counts[Outcome.PENDING],
            STATE: lambda j: self._state_text(j),
        }
        self.layoutAboutToBeChanged.emit()
        self._jobs.sort(key=keys[column], reverse=order is Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def set_pace(self, job_id: int, wait: float, eta: float | None) -> None:
        """A running job's rate wait and time left (see ui/job_pace.py)."""
        if self._pace.get(job_id) == (wait, eta):
            return
        self._pace[job_id] = (wait, eta)
        row = self.row_of(job_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, STATE), self.index(row, STATE))

    def job_at(self, row: int) -> JobRecord | None:
        return self._jobs[row] if 0 <= row < len(self._jobs) else None

    def row_of(self, job_id: int) -> int:
        return next((i for i, job in enumerate(self._jobs) if job.id == job_id), -1)

    def active_count(self) -> int:
        return sum(1 for job in self._jobs if job.state is JobState.RUNNING)
