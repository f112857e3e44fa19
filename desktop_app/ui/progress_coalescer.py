"""Progress reports, thinned out for the window.

A running job reports after every batch; SellerCenter's batches are one row each, so a fast job
reports hundreds of times a second. The window shows at most one report per job every
`interval_ms`, the newest; a report that changes where the job stands (it stopped, waits, was
scheduled) is shown at once, and drops the older one still waiting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop_app.core.engine import JobProgress
from desktop_app.core.models import JobState

PROGRESS_REFRESH_MS = 100


class ProgressCoalescer(QObject):
    def __init__(
        self,
        deliver: Callable[[JobProgress], None],
        interval_ms: int = PROGRESS_REFRESH_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._deliver = deliver
        self._pending: dict[int, JobProgress] = {}  # the newest running report of each job
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.flush)

    def push(self, progress: JobProgress) -> None:
        if progress.state is JobState.RUNNING:
            self._pending[progress.job_id] = progress
            if not self._timer.isActive():
                self._timer.start()
            return
        self._pending.pop(progress.job_id, None)  # older news of the same job
        self._deliver(progress)

    def flush(self) -> None:
        pending, self._pending = self._pending, {}
        for progress in pending.values():
            self._deliver(progress)

    def stop(self) -> None:
        self._timer.stop()
        self._pending.clear()
