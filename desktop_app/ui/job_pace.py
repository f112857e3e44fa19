"""Once a second, each running job's rate wait and time left, from its marketplace's budget."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from desktop_app.core.errors import SellerDeskError
from desktop_app.core.models import JobState, Outcome
from desktop_app.core.send_estimate import SAMPLE_ROWS, estimate, rate_wait
from desktop_app.ui.context import AppContext
from desktop_app.ui.jobs_model import JobsModel

PACE_REFRESH_MS = 1000


class JobPace(QObject):
    def __init__(self, ctx: AppContext, model: JobsModel, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx, self.model = ctx, model
        self.timer = QTimer(self)
        self.timer.setInterval(PACE_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        for row in range(self.model.rowCount()):
            job = self.model.job_at(row)
            if job is not None and job.state is JobState.RUNNING:
                self._measure(job.id)

    def _measure(self, job_id: int) -> None:
        job = self.ctx.journal.job(job_id)
        try:
            marketplace = self.ctx.jobs.sessions.get(self.ctx.profile(job.profile))
        except SellerDeskError:
            return  # the profile is gone or broken: its run says so itself
        # Only requests not yet made wait on the budget (the rest wait for answers): rows no
        # batch carries yet, and batches written but not sent.
        sample = self.ctx.journal.unbatched_rows(job_id, limit=SAMPLE_ROWS)
        planned = self.ctx.journal.prepared_batch_count(job_id)
        if not sample and not planned:
            self.model.set_pace(job_id, 0.0, None)
            return
        unbatched = job.counts[Outcome.PENDING] if len(sample) == SAMPLE_ROWS else len(sample)
        scale = unbatched / len(sample) if sample else 1.0
        found = estimate(marketplace, job.action, sample, scale=scale, planned=planned)
        wait = rate_wait(marketplace, job.action)
        self.model.set_pace(job_id, wait, found.seconds if found is not None else None)
