"""The Cancel tab and the Ship tab: rows in, preview, confirm, submit."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.earlier_jobs import earlier_done, flag_earlier
from desktop_app.core.errors import SellerDeskError
from desktop_app.core.exporting import export_rows
from desktop_app.core.models import Action, ImportResult, Outcome, RowResult
from desktop_app.core.profiles import Profile
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.awaiting import ask
from desktop_app.ui.dialogs.confirm import confirm_send
from desktop_app.ui.dialogs.open_items import OpenItemsDialog
from desktop_app.ui.drop_zone import DropZone
from desktop_app.ui.file_prompts import ask_open_file, ask_save_file
from desktop_app.ui.import_flow import ImportFlow, ReadOptions, Source
from desktop_app.ui.marketplace_names import marketplace_name
from desktop_app.ui.open_items_source import open_items_text
from desktop_app.ui.preview_model import PreviewModel
from desktop_app.ui.preview_table import PreviewTable
from desktop_app.ui.resources import icon
from desktop_app.ui.row_defaults import RowDefaults
from desktop_app.ui.summary import summary_text
from desktop_app.ui.table_tools import fit_placeholder, follow_conventions
from desktop_app.ui.tasks import spawn

OPEN_ITEMS_LIMIT = 10_000  # the dialog says so when the marketplace lists more


class ActionTab(QWidget):
    submitted = Signal(int)  # the new job's id

    def __init__(
        self, action: Action, ctx: AppContext, current_profile: Callable[[], Profile | None]
    ) -> None:
        super().__init__()
        self.action, self.ctx, self._profile = action, ctx, current_profile
        name = action.value
        self.setObjectName(f"{name}Tab")
        self.model = PreviewModel(action)
        self.defaults = RowDefaults(ctx, action, current_profile)
        self.carrier_picker = self.defaults.carrier_picker  # ABOUT YOU's, on the Ship tab
        self.flow = ImportFlow(self, action, self.model, ctx.settings, self.defaults.options)
        if self.carrier_picker is not None:
            self.flow.carrierChosen.connect(self.carrier_picker.choose)
        self.flow.check_earlier = self._check_earlier

        self.drop_zone = DropZone(f"{name}DropZone")
        self.drop_zone.fileDropped.connect(lambda path: spawn(self.open_path(path)))
        self.drop_zone.open_button.clicked.connect(lambda: spawn(self.choose_file()))
        self.drop_zone.paste_button.clicked.connect(lambda: spawn(self.paste()))
        self.drop_zone.load_button.clicked.connect(lambda: spawn(self.load_open_items()))

        self.progress = QProgressBar()
        self.progress.setObjectName(f"{name}ImportProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.stop_button = QPushButton(self.tr("Stop reading"))
        self.stop_button.clicked.connect(self.flow.cancel)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.stop_button)
        self.busy_row = QWidget()
        self.busy_row.setLayout(busy)
        busy.setContentsMargins(0, 0, 0, 0)
        self.busy_row.hide()

        self.summary = QLabel(self.tr("No file yet."))
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.problems_only = QCheckBox(self.tr("Show &problems only"))
        self.problems_only.setObjectName(f"{name}ProblemsOnly")
        self.problems_only.toggled.connect(self.model.set_problems_only)
        self.remove_button = QPushButton(icon("remove"), self.tr("&Remove selected"))
        self.remove_button.setObjectName(f"{name}RemoveButton")
        self.remove_button.setToolTip(self.tr("Leave the selected rows out of this job (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.problems_button = QPushButton(icon("export"), self.tr("Save pro&blems…"))
        self.problems_button.setObjectName(f"{name}SaveProblemsButton")
        self.problems_button.setToolTip(
            self.tr("Save the invalid and duplicate rows with their reasons, to fix and read again")
        )
        self.problems_button.clicked.connect(lambda: spawn(self.save_problems()))
        self.earlier_count = 0  # rows an earlier job already did (see _check_earlier)
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find ids or problems"))
        self.search.setToolTip(self.tr("Find ids or problems (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Find rows"))
        fit_placeholder(self.search, widest=260)
        self.search.textChanged.connect(self._search_changed)
        self._searched = False  # rows may be hidden by a search
        info = QHBoxLayout()
        info.addWidget(self.summary, 1)
        info.addWidget(self.search)
        info.addWidget(self.remove_button)
        info.addWidget(self.problems_button)
        info.addWidget(self.problems_only)

        self.message = QLabel()
        self.message.setObjectName(f"{name}Message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()

        self.table = PreviewTable(self.model, f"{name}PreviewTable")
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        remove = QAction(self.tr("Remove selected rows"), self)
        remove.setObjectName(f"{name}RemoveRowsAction")
        remove.triggered.connect(self.remove_selected)
        follow_conventions(self.table, [remove])
        self.model.modelReset.connect(self._apply_search)
        self.model.rowsInserted.connect(self._apply_search)

        self.submit_button = QPushButton(icon(name), "")
        self.submit_button.setObjectName(f"{name}SubmitButton")
        self.submit_button.setProperty("role", "primary")
        self.submit_button.clicked.connect(lambda: spawn(self.submit()))
        # True from the click until the job exists (rate check, confirmation, writing the rows):
        # a second click meanwhile would send the same rows in a second job.
        self.submitting = False
        bottom = QHBoxLayout()
        bottom.addWidget(self.defaults)
        bottom.addStretch(1)
        bottom.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.drop_zone)
        layout.addWidget(self.busy_row)
        layout.addLayout(info)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.flow.started.connect(self._import_started)
        self.flow.progressed.connect(lambda f: self.progress.setValue(int(f * 1000)))
        self.flow.failed.connect(self._show_message)
        self.flow.finished.connect(self._import_finished)
        self.defaults.changed.connect(self._read_again)
        self.update_submit()

    # -- getting rows in --------------------------------------------------------------------

    async def open_path(self, path: Path) -> None:
        self.ctx.settings.values.last_folder = str(path.parent)
        await self.flow.read(Source(path.name, path=path))

    async def choose_file(self) -> None:
        folder = self.ctx.settings.values.last_folder or str(Path.home())
        path = await ask_open_file(self, folder)
        if path is not None:
            await self.open_path(path)

    async def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self._show_message(self.tr("The clipboard holds no text; copy the ids and try again."))
            return
        await self.flow.read(Source(self.tr("pasted ids"), text=text))

    async def load_open_items(self) -> None:
        profile = self._profile()
        if profile is None:
            self._show_message(self.tr("Choose or add a profile first."))
            return
        self.summary.setText(self.tr("Asking the marketplace for open items…"))
        try:
            items = await self.ctx.jobs.sessions.get(profile).open_items(OPEN_ITEMS_LIMIT)
            options = await self.defaults.options()
        except SellerDeskError as error:
            self._show_message(str(error))
            return
        dialog = OpenItemsDialog(self, items, OPEN_ITEMS_LIMIT)
        picked = dialog.model.selected_items() if await ask(dialog) else []
        if not picked:
            self.summary.setText(self.tr("No items were picked."))
            return
        text = open_items_text(self.action, options.spec, picked, self.defaults.current_carrier())
        await self.flow.read(Source(self.tr("open items"), text=text))

    async def show_rows(self, result: ImportResult) -> None:
        """Rows that did not come from a file, e.g. a retry of failed rows."""
        self.flow.source = None
        self.problems_only.setChecked(False)
        profile = self._profile()
        try:
            options = await self.defaults.options()
        except SellerDeskError:  # shown without the marketplace's columns, still its rows
            options = ReadOptions(profile.marketplace if profile else None)
        await self.flow.show_result(result, options)
        self._import_finished(result)

    async def _check_earlier(self, result: ImportResult) -> None:
        """Warn on rows whose items an earlier job of this profile already cancelled or shipped
        (read from the journal in a worker thread; the rows stay sendable)."""
        profile = self._profile()
        if profile is None:
            return
        items = [item for row in result.rows if row.sendable for item in row.order_items]
        path = self.ctx.journal.path
        done = await asyncio.get_running_loop().run_in_executor(
            None, earlier_done, path, profile.name, items
        )
        flagged = flag_earlier(result, done)
        self.earlier_count = flagged
        if flagged:
            result.notes.append(
                self.tr(
                    "%Ln row(s) hold items an earlier job already cancelled or shipped.",
                    "",
                    flagged,
                )
            )

    def _search_changed(self, _text: str) -> None:
        self._apply_search()

    def _apply_search(self, *_: object) -> None:
        """Rows whose cells do not hold the search text are hidden (the job still sends them)."""
        text = self.search.text().strip().casefold()
        if not text and not self._searched:
            return  # no search, nothing hidden: a 100k-row import pays nothing
        self._searched = bool(text)
        model, table = self.model, self.table
        columns = range(model.columnCount())
        for row in range(model.rowCount()):
            found = not text or any(
                text in str(model.index(row, c).data() or "").casefold() for c in columns
            )
            table.setRowHidden(row, not found)

    async def save_problems(self) -> None:
        """The rows that will not be sent, with their reasons and cells as written."""
        problems = [row for row in self.model.rows if not row.sendable]
        if not problems:
            return
        result = self.flow.result
        stem = Path(result.source_name).stem if result is not None else self.action.value
        folder = self.ctx.settings.values.last_folder or str(Path.home())
        path = await ask_save_file(self, folder, f"{stem}-problems.csv")
        if path is None:
            return
        rows = [
            RowResult(
                r.line,
                r.order_items,
                r.ship,
                r.outcome,
                r.errors + r.warnings,
                details=r.details,
                raw_ids=r.raw_ids,
            )
            for r in problems
        ]
        try:
            written = export_rows(path, self.action, rows)
        except OSError as error:
            self._show_message(
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error))
            )
            return
        self.ctx.settings.values.last_folder = str(path.parent)
        self.summary.setText(
            self.tr("Saved %Ln problem row(s) to %1.", "", written).replace("%1", str(path))
        )

    def remove_selected(self) -> None:
        rows = self.table.selected_positions()
        if rows:
            self.model.remove(rows)
            self._refresh_summary()

    # -- state -------------------------------------------------------------------------------

    def profile_changed(self, profile: Profile | None) -> None:
        spawn(self._load_defaults(profile))
        self.update_submit()

    async def _load_defaults(self, profile: Profile | None) -> None:
        await self.defaults.load(profile)
        # Another marketplace reads the same file differently: read it again, live.
        self._read_again()

    def _read_again(self) -> None:
        # A picked value fills rows without one: read the same source again, live.
        if self.flow.source is not None and not self.flow.busy:
            spawn(self.flow.read(self.flow.source))

    def _import_started(self) -> None:
        self.earlier_count = 0
        self.message.hide()
        self.progress.setValue(0)
        self.busy_row.show()
        self.summary.setText(self.tr("Reading…"))
        self.update_submit()

    def _import_finished(self, result: ImportResult | None) -> None:
        self.busy_row.hide()
        if result is not None:
            self.message.hide()
            self.table.hide_unused_columns()
        self._refresh_summary()

    def _show_message(self, text: str) -> None:
        self.busy_row.hide()
        self.message.setText(text)
        self.message.show()
        self._refresh_summary()

    def _refresh_summary(self) -> None:
        result = self.flow.result
        if result is None:
            self.summary.setText(self.tr("No file yet."))
        else:
            text = summary_text(result.source_name, self.model.rows)
            if self.earlier_count:
                done = self.tr("%1 done by earlier jobs").replace("%1", str(self.earlier_count))
                text += f" · <span style='color:#b7791f'>⚑ {done}</span>"
            self.summary.setText(text)
            self.summary.setToolTip("\n".join(result.notes))
        self.update_submit()

    def sendable_rows(self) -> list:  # type: ignore[type-arg]
        return [row for row in self.model.rows if row.outcome is Outcome.VALID]

    def update_submit(self) -> None:
        count = self.model.rows.outcome_counts()[Outcome.VALID]  # no row built per row
        self.problems_button.setEnabled(len(self.model.rows) > count)
        if self.action is Action.CANCEL:
            text = self.tr("Cancel %Ln item(s)…", "", count)
        else:
            text = self.tr("Ship %Ln item(s)…", "", count)
        self.submit_button.setText(text)
        ready = (
            count > 0 and not self.flow.busy and not self.submitting and self._profile() is not None
        )
        self.submit_button.setEnabled(ready)

    # -- submitting --------------------------------------------------------------------------

    async def submit(self) -> None:
        if self.submitting:
            return
        self.submitting = True
        self.update_submit()
        try:
            await self._submit()
        finally:
            self.submitting = False
            self.update_submit()

    async def _submit(self) -> None:
        profile = self._profile()
        rows = self.sendable_rows()
        if profile is None or not rows:
            return
        kind = self.flow.options.kind
        if kind is not None and kind != profile.marketplace:
            self._show_message(
                self.tr(
                    "These rows were read for a %1 profile; read them again for this one."
                ).replace("%1", marketplace_name(kind))
            )
            return
        left_out = len(self.model.rows) - len(rows)
        if not await confirm_send(self, self.ctx, self.action, profile, rows, left_out=left_out):
            return
        result = self.flow.result
        source = result.source_name if result is not None else self.tr("rows")
        try:
            job_id = await self.ctx.jobs.create_job_off_loop(
                self.action, profile, source, list(self.model.rows)
            )
        except SellerDeskError as error:
            self._show_message(str(error))
            return
        self.ctx.jobs.start(job_id)
        self.model.clear()
        self.flow.result = None
        self.flow.source = None
        self._refresh_summary()
        self.submitted.emit(job_id)
