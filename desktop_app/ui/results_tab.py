"""The Results tab: every job with live progress, the selected job's rows, retry and export."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.engine import JobProgress
from desktop_app.core.errors import SellerDeskError
from desktop_app.core.failure_kinds import plan_retry
from desktop_app.core.job_service import RESUMABLE_ON_REQUEST
from desktop_app.core.job_states import STOPPABLE
from desktop_app.core.models import Action, ImportResult, JobRecord, JobState, Outcome
from desktop_app.ui import jobs_model as jm
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.awaiting import ask
from desktop_app.ui.dialogs.retry import RetryDialog
from desktop_app.ui.file_prompts import ask_save_file
from desktop_app.ui.job_pace import JobPace
from desktop_app.ui.jobs_model import JobsModel
from desktop_app.ui.outcomes import outcome_label
from desktop_app.ui.progress_coalescer import ProgressCoalescer
from desktop_app.ui.progress_delegate import ProgressDelegate
from desktop_app.ui.resources import icon
from desktop_app.ui.rows_loader import export_off_loop, load_rows, read_job
from desktop_app.ui.rows_model import ITEMS, LINE, OUTCOME, SHIP_COLUMNS, RowsModel
from desktop_app.ui.table_tools import follow_conventions, keep_fitted
from desktop_app.ui.tasks import spawn
from desktop_app.ui.undo_panel import UndoPanel

ROWS_REFRESH_MS = 1000  # the selected job's rows reload at most this often while it runs
# Bigger jobs reload their rows when they stop: decoding thousands of rows every second, even in
# a worker thread, holds the GIL long enough to stall the window (measured by ui_latency.py).
LIVE_ROWS_LIMIT = 2000


class ResultsTab(QWidget):
    retryRequested = Signal(object)  # ImportResult of the failed rows
    jobEnded = Signal(object)  # JobRecord
    notice = Signal(str, str)  # text, kind: for the window's banner
    confirmRequested = Signal(int)  # a job that awaits the seller's confirmation

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("resultsTab")
        self.ctx = ctx
        self.jobs_model = JobsModel()
        self.rows_model = RowsModel()

        self.jobs_table = QTableView()
        self.jobs_table.setObjectName("jobsTable")
        self.jobs_table.setAccessibleName(self.tr("Jobs"))
        self.jobs_table.setModel(self.jobs_model)
        self.jobs_table.setItemDelegateForColumn(jm.PROGRESS, ProgressDelegate(self.jobs_table))
        jobs_widths = [60, 96, 120, 190, 118, 130, 44, 44, 44, 220]
        self._setup(self.jobs_table, jobs_widths)
        # The file takes what is left, so at 1024 px every column, State too, stays in view.
        jobs_header = self.jobs_table.horizontalHeader()
        jobs_header.setStretchLastSection(False)
        jobs_header.setSectionResizeMode(jm.SOURCE, QHeaderView.ResizeMode.Stretch)
        jobs_header.setMinimumSectionSize(36)
        keep_fitted(self.jobs_table, jobs_widths, cells=jm.SHORT_COLUMNS)
        self.jobs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jobs_table.setSortingEnabled(True)  # by date (Started), file, state...
        self.jobs_table.sortByColumn(jm.JOB_ID, Qt.SortOrder.DescendingOrder)  # newest first
        self.jobs_table.selectionModel().selectionChanged.connect(self._job_selected)

        self.rows_table = QTableView()
        self.rows_table.setObjectName("rowsTable")
        self.rows_table.setAccessibleName(self.tr("Rows of the selected job"))
        self.rows_table.setModel(self.rows_model)
        self.rows_table.setSortingEnabled(True)
        rows_widths = [64, 150, 120, 520, 90, 160, 140, 140]
        self._setup(self.rows_table, rows_widths)
        keep_fitted(self.rows_table, rows_widths, cells=(LINE, OUTCOME, *SHIP_COLUMNS))
        header = self.rows_table.horizontalHeader()
        for offset, column in enumerate(SHIP_COLUMNS):  # ship rows: carrier and tracking by the ids
            header.moveSection(header.visualIndex(column), header.visualIndex(ITEMS) + 1 + offset)
            self.rows_table.setColumnHidden(column, True)

        self.search = QLineEdit()
        self.search.setObjectName("resultsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search jobs and rows (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search jobs and rows"))
        self.search.textChanged.connect(self._search_changed)
        self.jobs_model.layoutChanged.connect(self._apply_search)  # sorted: hide again
        self.jobs_model.rowsInserted.connect(self._apply_search)

        self.detail = QLabel(self.tr("Select a job to see its rows."))
        self.detail.setObjectName("jobDetail")
        self.detail.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.setObjectName("outcomeFilter")
        self.filter.setAccessibleName(self.tr("Show rows with outcome"))
        self.filter.addItem(self.tr("All outcomes"), None)
        for outcome in (
            Outcome.FAILED,
            Outcome.SUCCEEDED,
            Outcome.PENDING,
            Outcome.INVALID,
            Outcome.DUPLICATE,
            Outcome.WITHDRAWN,
        ):
            # Qt hands a StrEnum back as a plain str: keep the value, read it with chosen_outcome.
            self.filter.addItem(outcome_label(outcome), outcome.value)
        self.filter.currentIndexChanged.connect(
            lambda _: self.rows_model.set_outcome_filter(self.chosen_outcome())
        )
        self.retry_button = QPushButton(icon("retry"), self.tr("&Retry failed…"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self.retry_failed)
        self.export_button = QPushButton(icon("export"), self.tr("E&xport…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(lambda: spawn(self.export()))
        self.resume_button = QPushButton(icon("retry"), self.tr("Res&ume"))
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.setToolTip(
            self.tr("Go on with the selected job now: it waits, stalled or was interrupted")
        )
        self.resume_button.clicked.connect(self.resume_selected)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setToolTip(
            self.tr("Stop the selected job before its next request; Resume goes on (Ctrl+.)")
        )
        self.stop_button.clicked.connect(self.stop_selected)
        QShortcut(QKeySequence("Ctrl+."), self, self.stop_selected)
        tools = QHBoxLayout()
        tools.addWidget(self.detail, 1)
        show = QLabel(self.tr("Sh&ow:"))
        show.setBuddy(self.filter)
        tools.addWidget(show)
        tools.addWidget(self.filter)
        tools.addWidget(self.stop_button)
        tools.addWidget(self.resume_button)
        tools.addWidget(self.retry_button)
        tools.addWidget(self.export_button)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(tools)
        lower_layout.addWidget(self.rows_table, 1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.search)
        upper_layout.addWidget(self.jobs_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        # Every job not sent yet: countdowns with Undo, and jobs offered after a crash.
        self.undo_panel = UndoPanel(ctx, lambda _: True, offers=True)
        self.undo_panel.undoRequested.connect(self.withdraw)
        self.undo_panel.withdrawRequested.connect(self.withdraw)
        self.undo_panel.sendRequested.connect(self.send_now)
        self.undo_panel.confirmRequested.connect(self.confirmRequested.emit)
        self.undo_panel.resumeRequested.connect(self.resume)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.undo_panel)
        layout.addWidget(splitter)

        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(ROWS_REFRESH_MS)
        self._rows_timer.timeout.connect(self.reload_rows)
        self._loading: asyncio.Task[None] | None = None
        self._reload_again = False
        self._stopped = False
        # Reports of running jobs reach the table at most every PROGRESS_REFRESH_MS per job.
        self.progress = ProgressCoalescer(self._apply_progress, parent=self)
        self._told: dict[int, tuple[JobState, str | None]] = {}  # the last end reported per job
        ctx.task_listeners.append(self._tasks_changed)
        self._rows_deferred: int | None = None  # a big running job whose rows show later
        self._row_actions()
        self.jobs_model.set_jobs(ctx.journal.jobs())
        self.pace = JobPace(ctx, self.jobs_model, self)  # rate waits and time left, per second
        self._update_buttons()

    def _row_actions(self) -> None:
        """Right click on a job: its commands; on rows: show only their outcome."""
        job_actions = []
        for text, name, slot in (
            (self.tr("Retry failed…"), "jobRetryAction", self.retry_failed),
            (self.tr("Export…"), "jobExportAction", lambda: spawn(self.export())),
            (self.tr("Resume"), "jobResumeAction", self.resume_selected),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            action.triggered.connect(lambda _=False, run=slot: run())
            job_actions.append(action)
        follow_conventions(self.jobs_table, job_actions)
        same = QAction(self.tr("Show only this outcome"), self)
        same.setObjectName("rowsSameOutcomeAction")
        same.triggered.connect(self._show_same_outcome)
        follow_conventions(self.rows_table, [same])

    def _show_same_outcome(self) -> None:
        index = self.rows_table.currentIndex()
        if index.isValid():
            label = self.rows_model.index(index.row(), 2).data()
            self.filter.setCurrentIndex(max(0, self.filter.findText(str(label))))

    def _search_changed(self, text: str) -> None:
        self._apply_search()
        self.rows_model.set_text_filter(text)

    def _apply_search(self, *_: object) -> None:
        """Jobs without the search text are hidden; the rows below search the same text."""
        text = self.search.text()
        for row in range(self.jobs_model.rowCount()):
            self.jobs_table.setRowHidden(row, bool(text) and not self.jobs_model.matches(row, text))

    @staticmethod
    def _setup(table: QTableView, widths: list[int]) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        """The window is closing: the journal is about to close, so no more reloads."""
        self._stopped = True
        self.pace.stop()
        self.progress.stop()
        self.undo_panel.stop()
        self._rows_timer.stop()
        self._rows_timer.timeout.disconnect(self.reload_rows)

    # -- live updates ------------------------------------------------------------------------

    def on_progress(self, progress: JobProgress) -> None:
        if not self._stopped:
            self.progress.push(progress)

    def _apply_progress(self, progress: JobProgress) -> None:
        """One (coalesced) report: the job's row takes what the report carries; a change of
        state then reads the job once from the journal, in a worker thread."""
        known = self.jobs_model.job_at(self.jobs_model.row_of(progress.job_id))
        running = progress.state is JobState.RUNNING
        if known is not None:
            job = replace(
                known, state=progress.state, counts=progress.counts, last_error=progress.message
            )
            if not running:
                spawn(self._refresh(job.id))
        else:
            job = self.ctx.journal.job(progress.job_id)  # once, for a job new to the table
        self.jobs_model.upsert(job)
        if job.id == self.selected_job_id():
            self._show_detail(job)
            if not running:
                self.reload_rows()
            elif job.total <= LIVE_ROWS_LIMIT and not self._rows_timer.isActive():
                self._rows_timer.start()
        if progress.state not in (JobState.RUNNING, JobState.SCHEDULED):
            self._job_ended(job)
        if known is None or known.state is not progress.state:
            self.undo_panel.refresh()  # it ticks by itself too; a change shows at once

    def _job_ended(self, job: JobRecord) -> None:
        # A job still waiting for the network after an automatic retry is no news.
        said = (job.state, job.last_error)
        repeated = job.state is JobState.WAITING and self._told.get(job.id) == said
        self._told[job.id] = said
        if not repeated:
            self.jobEnded.emit(job)

    def add_job(self, job_id: int) -> None:
        row = self.jobs_model.row_of(job_id)
        if row < 0:
            row = self.jobs_model.upsert(self.ctx.journal.job(job_id))
        else:
            spawn(self._refresh(job_id))
        self.jobs_table.selectRow(row)

    def refresh_job(self, job_id: int) -> None:
        """Show the job as the journal has it now, without selecting it."""
        spawn(self._refresh(job_id))

    async def _refresh(self, job_id: int) -> None:
        """Read the job again off the loop (job() of 100k rows takes ~30 ms) and show it."""
        job = await read_job(self.ctx.journal.path, job_id)
        if self._stopped:
            return
        self.jobs_model.upsert(job)
        if job_id == self.selected_job_id():
            self._show_detail(job)

    def selected_job_id(self) -> int | None:
        rows = self.jobs_table.selectionModel().selectedRows()
        job = self.jobs_model.job_at(rows[0].row()) if rows else None
        return job.id if job is not None else None

    def chosen_outcome(self) -> Outcome | None:
        """The outcome the "Show:" filter picks; None for all."""
        value = self.filter.currentData()
        return Outcome(value) if value else None

    def _job_selected(self, *_: QItemSelection) -> None:
        self.reload_rows()

    def _tasks_changed(self) -> None:
        self._update_buttons()  # Resume: only for jobs not running
        deferred = self._rows_deferred
        if deferred is not None and not self.ctx.jobs.is_running(deferred):
            self._rows_deferred = None
            if deferred == self.selected_job_id():
                self.reload_rows()  # it has stopped: its rows now

    def reload_rows(self) -> None:
        job_id = self.selected_job_id()
        job = self.jobs_model.job_at(self.jobs_model.row_of(job_id)) if job_id else None
        # A big running job: see LIVE_ROWS_LIMIT; the bar above stays live.
        if job is not None and self.ctx.jobs.is_running(job.id) and job.total > LIVE_ROWS_LIMIT:
            self.rows_model.set_rows(job.id, job.action, [])
            self._rows_deferred = job.id
            self._show_detail(job)
            self.detail.setText(
                self.detail.text() + " — " + self.tr("rows show when the job stops")
            )
            return
        self._reload_rows()

    def _reload_rows(self) -> None:
        """Reload the selected job's rows in the background; one reload at a time."""
        if self._loading is not None and not self._loading.done():
            self._reload_again = True
            return
        self._loading = spawn(self._reload())

    async def _reload(self) -> None:
        self._reload_again = True
        while self._reload_again:
            self._reload_again = False
            job_id = self.selected_job_id()
            if job_id is None:
                self.rows_model.set_rows(None, self.rows_model.action, [])
                self.detail.setText(self.tr("Select a job to see its rows."))
                continue
            rows = await load_rows(self.ctx.journal.path, job_id)
            job = await read_job(self.ctx.journal.path, job_id)
            if job_id != self.selected_job_id() or self._stopped:
                continue  # the selection moved on while we read
            self.rows_model.set_rows(job_id, job.action, rows)
            for column in SHIP_COLUMNS:  # carrier and tracking: what a ship job sent
                self.rows_table.setColumnHidden(column, job.action is not Action.SHIP)
            self._show_detail(job)
        self._update_buttons()

    def _show_detail(self, job: JobRecord) -> None:
        text = self.tr("Job %1 · %2").replace("%1", str(job.id)).replace("%2", job.source_name)
        if job.last_error:
            text += " — " + job.last_error
        self.detail.setText(text)
        self.detail.setProperty("role", "error" if job.last_error else "")
        self.detail.style().unpolish(self.detail)
        self.detail.style().polish(self.detail)
        self._update_buttons(job)

    def _update_buttons(self, job: JobRecord | None = None) -> None:
        """`job`: the selected job as just read or reported; None takes the table's record
        (no journal read: this runs on every task change, and job() of 100k rows is slow)."""
        if job is None:
            rows = self.jobs_table.selectionModel().selectedRows()
            job = self.jobs_model.job_at(rows[0].row()) if rows else None
        self.retry_button.setEnabled(job is not None and job.counts[Outcome.FAILED] > 0)
        self.export_button.setEnabled(job is not None)
        running_here = job is not None and self.ctx.jobs.is_running(job.id)
        # Scheduled jobs have Undo / Send now above; finished ones have nothing to resume.
        self.resume_button.setEnabled(
            job is not None and job.state in RESUMABLE_ON_REQUEST and not running_here
        )
        self.stop_button.setEnabled(job is not None and job.state in STOPPABLE)

    # -- actions -----------------------------------------------------------------------------

    def withdraw(self, job_id: int) -> None:
        """Undo: nothing of the job is sent. Too late once its first request is on its way."""
        if not self.ctx.jobs.withdraw(job_id):
            self.notice.emit(
                self.tr("Job %1 is being sent already; it can no longer be withdrawn.").replace(
                    "%1", str(job_id)
                ),
                "error",
            )
        self.add_job(job_id)
        self.undo_panel.refresh()

    def send_now(self, job_id: int) -> None:
        self.ctx.jobs.send_now(job_id)
        self.add_job(job_id)
        self.undo_panel.refresh()

    def resume_selected(self) -> None:
        job_id = self.selected_job_id()
        if job_id is not None:
            self.resume(job_id)

    def resume(self, job_id: int) -> None:
        if self.ctx.jobs.resume(job_id):
            self._told.pop(job_id, None)  # the seller asked: tell how this run ends
        self.add_job(job_id)
        self._update_buttons()
        self.undo_panel.refresh()

    def stop_selected(self) -> None:
        """Stop (Ctrl+.): the job stops before its next request and waits for a Resume."""
        job_id = self.selected_job_id()
        if job_id is None:
            return
        if self.ctx.jobs.stop(job_id):
            self.notice.emit(
                self.tr(
                    "Job %1 stops before its next request; Resume goes on with it later."
                ).replace("%1", str(job_id)),
                "info",
            )
        self._update_buttons()
        self.undo_panel.refresh()

    def retry_failed(self) -> None:
        spawn(self._retry_failed())

    async def _retry_failed(self) -> None:
        """The failed rows worth sending again; rows that cannot succeed as they are only when
        the seller adds them (the dialog lists them with their reasons)."""
        job_id = self.selected_job_id()
        if job_id is None:
            return
        job = self.ctx.journal.job(job_id)
        plan = plan_retry(self.ctx.journal.rows(job_id, [Outcome.FAILED]))
        rows = plan.transient
        if plan.permanent:
            dialog = RetryDialog(self, job_id, plan)
            if not await ask(dialog):
                return
            rows = dialog.chosen_rows()
        if not rows:
            return
        name = self.tr("retry of job %1").replace("%1", str(job_id))
        self.retryRequested.emit(ImportResult(job.action, name, rows))

    async def export(self) -> None:
        job_id = self.selected_job_id()
        if job_id is None:
            return
        job = self.ctx.journal.job(job_id)
        folder = self.ctx.settings.values.last_folder or str(Path.home())
        path = await ask_save_file(self, folder, f"job-{job_id}-{job.action.value}.csv")
        if path is None:
            return
        try:
            written = await self.export_to(path, job_id, job.action)
        except SellerDeskError as error:  # the folder or disk refused: one sentence, non-modal
            self.notice.emit(str(error), "error")
            return
        self.ctx.settings.values.last_folder = str(path.parent)
        text = self.tr("Wrote %Ln row(s) to %1.", "", written).replace("%1", str(path))
        self.notice.emit(text, "success")

    async def export_to(self, path: Path, job_id: int, action: Action) -> int:
        """Read and write in a worker thread: 100k rows on the loop stalled the window ~0.9 s."""
        outcome = self.chosen_outcome()
        wanted = [outcome] if outcome is not None else None
        return await export_off_loop(self.ctx.journal.path, job_id, action, path, wanted)
