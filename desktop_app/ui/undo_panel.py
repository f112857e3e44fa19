"""Jobs not sent yet, each with its way out: a countdown with Undo, or Send now / Withdraw.

Non-modal. The Results tab shows every such job; an action tab shows the countdowns it started.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.models import Action, JobRecord, Outcome
from desktop_app.ui.context import AppContext

TICK_MS = 200


class _JobLine(QWidget):
    def __init__(self, job: JobRecord, buttons: list[tuple[str, str, Callable[[], None]]]) -> None:
        super().__init__()
        self.job = job
        self.label = QLabel()
        self.label.setObjectName("undoText")
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        for name, text, slot in buttons:
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            layout.addWidget(button)


class UndoPanel(QFrame):
    undoRequested = Signal(int)
    sendRequested = Signal(int)
    confirmRequested = Signal(int)
    withdrawRequested = Signal(int)

    def __init__(
        self, ctx: AppContext, show_job: Callable[[int], bool], *, offers: bool = False
    ) -> None:
        """`show_job` picks the countdowns shown; `offers` adds the jobs no countdown waits for
        (after a crash, or awaiting a confirmation)."""
        super().__init__()
        self.setObjectName("undoPanel")
        self.setProperty("kind", "warning")
        self.ctx = ctx
        self._show_job = show_job
        self._offers = offers
        self._lines: dict[int, _JobLine] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 6, 6)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.hide()

    def stop(self) -> None:
        self._timer.stop()

    def refresh(self) -> None:
        jobs = self.ctx.jobs
        counting = [i for i in jobs.counting_down() if self._show_job(i)]
        offered = jobs.not_sent() if self._offers else []
        wanted = {**{i: None for i in counting}, **{job.id: job for job in offered}}
        for job_id in set(self._lines) - set(wanted):
            self._lines.pop(job_id).deleteLater()
        for job_id, record in wanted.items():
            line = self._lines.get(job_id)
            if line is None:
                line = self._new_line(record or self.ctx.journal.job(job_id), record is None)
                self._lines[job_id] = line
                self._layout.addWidget(line)
            left = jobs.seconds_left(job_id)
            line.label.setText(self._text(line.job, left))
        self.setVisible(bool(self._lines))

    def _new_line(self, job: JobRecord, counting: bool) -> _JobLine:
        job_id = job.id
        if counting:
            buttons = [
                ("undoButton", self.tr("Undo"), lambda: self.undoRequested.emit(job_id)),
                ("sendNowButton", self.tr("Send now"), lambda: self.sendRequested.emit(job_id)),
            ]
        elif job.send_at is None:
            buttons = [
                (
                    "confirmJobButton",
                    self.tr("Confirm…"),
                    lambda: self.confirmRequested.emit(job_id),
                ),
                (
                    "withdrawButton",
                    self.tr("Withdraw"),
                    lambda: self.withdrawRequested.emit(job_id),
                ),
            ]
        else:
            buttons = [
                ("sendNowButton", self.tr("Send now"), lambda: self.sendRequested.emit(job_id)),
                (
                    "withdrawButton",
                    self.tr("Withdraw"),
                    lambda: self.withdrawRequested.emit(job_id),
                ),
            ]
        return _JobLine(job, buttons)

    def _text(self, job: JobRecord, left: float | None) -> str:
        what = self._what(job)
        if left is not None:
            return (
                self.tr("%1 is sent in %2 s.")
                .replace("%1", what)
                .replace("%2", str(math.ceil(left)))
            )
        if job.send_at is None:
            return self.tr("%1 waits for your confirmation.").replace("%1", what)
        return self.tr("Not sent: %1. Send it now or withdraw it.").replace("%1", what)

    def _what(self, job: JobRecord) -> str:
        count = job.counts[Outcome.PENDING]
        items = (
            self.tr("cancel %n row(s)", "", count)
            if job.action is Action.CANCEL
            else self.tr("ship %n row(s)", "", count)
        )
        return (
            self.tr("Job %1 (%2, %3)")
            .replace("%1", str(job.id))
            .replace("%2", items)
            .replace("%3", job.source_name)
        )
