"""Jobs not sent yet, each with its way out (Undo | Send now), and stopped jobs (Resume).

Non-modal. The Results tab shows every such job; an action tab shows the countdowns it started.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.models import Action, JobRecord, JobState, Outcome
from desktop_app.ui.context import AppContext

TICK_MS = 200


class _JobLine(QWidget):
    def __init__(
        self, job: JobRecord | None, buttons: list[tuple[str, str, Callable[[], None]]]
    ) -> None:
        super().__init__()
        self.job = job
        self.label = QLabel()
        self.label.setObjectName("undoText")
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        for position, (name, text, slot) in enumerate(buttons):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setDefault(position == 0)  # the safe choice, on the left
            layout.addWidget(button)


class _Kind(Enum):
    COUNTDOWN = "countdown"  # counting down here
    NOT_SENT = "not sent"  # scheduled with no countdown here (after a crash)
    AWAITING = "awaiting"  # awaits a confirmation (a watched file)
    STOPPED = "stopped"  # stopped by the seller: Resume goes on


def _still(shown: _Kind, wanted: _Kind | None) -> bool:
    # Ids carry no send-at time, so an awaiting job is asked for as NOT_SENT: the same line.
    return wanted is shown or (shown is _Kind.AWAITING and wanted is _Kind.NOT_SENT)


class UndoPanel(QFrame):
    """One line per job, its buttons in one order for every job and size: the safe choice
    (Undo / Withdraw) on the left and default, the sending one on its right."""

    undoRequested = Signal(int)
    sendRequested = Signal(int)
    confirmRequested = Signal(int)
    withdrawRequested = Signal(int)
    resumeRequested = Signal(int)

    def __init__(
        self, ctx: AppContext, show_job: Callable[[int], bool], *, offers: bool = False
    ) -> None:
        """`show_job` picks the countdowns shown; `offers` adds the jobs no countdown waits for
        (after a crash, or awaiting a confirmation) and the stopped ones."""
        super().__init__()
        self.setObjectName("undoPanel")
        self.setProperty("kind", "warning")
        self.ctx = ctx
        self._show_job = show_job
        self._offers = offers
        self._lines: dict[int, tuple[_Kind, _JobLine]] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 6, 6)
        # Room for one line even while hidden: a countdown coming or going never moves the
        # controls below it (a click aimed at them would land on another).
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self._room_kept = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.hide()

    def stop(self) -> None:
        self._timer.stop()

    def refresh(self) -> None:
        """Ids only on each tick (cheap); a job's record is read once, for its new line."""
        if not self._room_kept and self.window() is not self:
            self._keep_room()
        jobs = self.ctx.jobs
        wanted: dict[int, _Kind] = {}
        if self._offers:
            journal = self.ctx.journal
            for job_id in journal.job_ids_in({JobState.STOPPED}):
                wanted[job_id] = _Kind.STOPPED
            for job_id in journal.job_ids_in({JobState.SCHEDULED}):
                wanted[job_id] = _Kind.NOT_SENT  # AWAITING is told apart by its record
        for job_id in jobs.counting_down():
            if self._show_job(job_id):
                wanted[job_id] = _Kind.COUNTDOWN
        for job_id, (shown, line) in list(self._lines.items()):
            if not _still(shown, wanted.get(job_id)):  # gone, or its kind changed
                del self._lines[job_id]
                line.deleteLater()
        for job_id, kind in wanted.items():
            if job_id not in self._lines:
                job = self.ctx.journal.job(job_id)
                if kind is _Kind.NOT_SENT and job.send_at is None:
                    kind = _Kind.AWAITING
                line = self._new_line(job, kind)
                self._lines[job_id] = (kind, line)
                self._layout.addWidget(line)
            kind, line = self._lines[job_id]
            line.label.setText(self._text(line.job, kind, jobs.seconds_left(job_id)))
        self.setVisible(bool(self._lines))

    def _keep_room(self) -> None:
        """Measured once the panel is in the window, whose theme sizes its buttons."""
        probe = _JobLine(None, [("", self.tr("Undo"), lambda: None)])
        probe.label.setText("\n")  # a job's line may wrap once
        probe.setParent(self)
        probe.ensurePolished()
        margins = self._layout.contentsMargins()
        self.setMinimumHeight(probe.sizeHint().height() + margins.top() + margins.bottom())
        probe.setParent(None)  # gone from the panel's children at once
        probe.deleteLater()
        self._room_kept = True

    def _new_line(self, job: JobRecord, kind: _Kind) -> _JobLine:
        job_id = job.id
        undo = ("undoButton", self.tr("Undo"), lambda: self.undoRequested.emit(job_id))
        send = ("sendNowButton", self.tr("Send now"), lambda: self.sendRequested.emit(job_id))
        buttons = {
            _Kind.COUNTDOWN: [undo, send],
            _Kind.NOT_SENT: [undo, send],
            _Kind.AWAITING: [
                (
                    "withdrawButton",
                    self.tr("Withdraw"),
                    lambda: self.withdrawRequested.emit(job_id),
                ),
                (
                    "confirmJobButton",
                    self.tr("Confirm…"),
                    lambda: self.confirmRequested.emit(job_id),
                ),
            ],
            _Kind.STOPPED: [
                (
                    "resumeStoppedButton",
                    self.tr("Resume"),
                    lambda: self.resumeRequested.emit(job_id),
                )
            ],
        }[kind]
        return _JobLine(job, buttons)

    def _text(self, job: JobRecord, kind: _Kind, left: float | None) -> str:
        what = self._what(job)
        if kind is _Kind.COUNTDOWN and left is not None:
            return (
                self.tr("%1 is sent in %2 s.")
                .replace("%1", what)
                .replace("%2", str(math.ceil(left)))
            )
        if kind is _Kind.STOPPED:
            return self.tr("%1 was stopped. Resume goes on with it.").replace("%1", what)
        if kind is _Kind.AWAITING:
            return self.tr("%1 waits for your confirmation.").replace("%1", what)
        return self.tr("Not sent: %1. Send it now or undo it.").replace("%1", what)

    def _what(self, job: JobRecord) -> str:
        count = job.counts[Outcome.PENDING]
        items = (
            self.tr("cancel %Ln row(s)", "", count)
            if job.action is Action.CANCEL
            else self.tr("ship %Ln row(s)", "", count)
        )
        return (
            self.tr("Job %1 (%2, %3)")
            .replace("%1", str(job.id))
            .replace("%2", items)
            .replace("%3", job.source_name)
        )
