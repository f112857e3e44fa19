"""The Seller Desk window: toolbar, banner, the Cancel / Ship / Results tabs and a status bar."""

from __future__ import annotations

import asyncio
import contextlib

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from desktop_app.core.engine import JobProgress
from desktop_app.core.errors import StorageError
from desktop_app.core.models import Action, ImportResult, JobRecord, JobState
from desktop_app.core.profiles import Profile
from desktop_app.ui.action_tab import ActionTab
from desktop_app.ui.banner import Banner
from desktop_app.ui.context import AppContext
from desktop_app.ui.demo import DEMO_PROFILE_NAME
from desktop_app.ui.dialogs.about import AboutDialog
from desktop_app.ui.dialogs.awaiting import ask
from desktop_app.ui.dialogs.profiles import ProfilesDialog
from desktop_app.ui.enter_presses import enter_presses_buttons
from desktop_app.ui.error_hook import ErrorHook
from desktop_app.ui.menu_bar import SHORTCUTS, MenuBar
from desktop_app.ui.notifier import Notifier
from desktop_app.ui.resources import icon
from desktop_app.ui.results_tab import ResultsTab
from desktop_app.ui.safety import Safety
from desktop_app.ui.status_bar import StatusBar
from desktop_app.ui.tasks import cancel_all, spawn
from desktop_app.ui.toolbar import MainToolBar

BUDGET_REFRESH_MS = 1000


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        title = self.tr("Seller Desk")
        self.setWindowTitle(title + (" — " + self.tr("Demo") if ctx.demo else ""))
        self.setWindowIcon(icon("app"))
        self.errors = ErrorHook(self)

        self.toolbar = MainToolBar()
        self.addToolBar(self.toolbar)
        self.banner = Banner()
        self.notifier = Notifier(self, self.banner)
        self.banner.detailsRequested.connect(self._show_error_details)

        self.cancel_tab = ActionTab(Action.CANCEL, ctx, self.toolbar.current)
        self.ship_tab = ActionTab(Action.SHIP, ctx, self.toolbar.current)
        self.results_tab = ResultsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.cancel_tab, icon("cancel"), self.tr("Cancel"))
        self.tabs.addTab(self.ship_tab, icon("ship"), self.tr("Ship"))
        self.tabs.addTab(self.results_tab, icon("results"), self.tr("Results"))
        for position, tip in enumerate(
            (
                self.tr("Cancel order items (Ctrl+1)"),
                self.tr("Ship order items (Ctrl+2)"),
                self.tr("Jobs and their outcomes (Ctrl+3)"),
            )
        ):
            self.tabs.setTabToolTip(position, tip)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(str(ctx.paths.data_dir), ctx.demo)
        self.setStatusBar(self.status)

        self.toolbar.profilesRequested.connect(lambda: spawn(self.open_profiles()))
        self.toolbar.aboutRequested.connect(lambda: spawn(self.open_about()))
        self.toolbar.profileChanged.connect(self._profile_changed)
        for tab in (self.cancel_tab, self.ship_tab):
            tab.submitted.connect(self._job_submitted)
        self.results_tab.retryRequested.connect(lambda result: spawn(self.retry(result)))
        self.results_tab.jobEnded.connect(self._job_ended)
        self.results_tab.notice.connect(self.banner.show_message)
        ctx.listeners.append(self._on_progress)
        ctx.jobs.on_error = self._job_failed  # every job task's error, in the one error tier
        ctx.task_listeners.append(self._update_running)
        self.safety = Safety(self)  # undo banners, jobs not sent, watched folders
        self.menu_bar = MenuBar(self)  # every command, its access key and shortcut
        self.setMenuBar(self.menu_bar)
        enter_presses_buttons(self)

        self._budget_timer = QTimer(self)
        self._budget_timer.setInterval(BUDGET_REFRESH_MS)
        self._budget_timer.timeout.connect(self._refresh_budget)
        self._budget_timer.start()
        self.help_window: QWidget | None = None
        self.shutdown_task: asyncio.Task[None] | None = None
        self.closed = asyncio.Event()  # set once the jobs have stopped and the journal is closed
        self._restore()
        self.reload_profiles(ctx.settings.values.last_profile)

    def action_tab(self) -> ActionTab:
        """The tab Ctrl+O and Ctrl+V act on: the current one, or Cancel from Results."""
        current = self.tabs.currentWidget()
        if isinstance(current, ActionTab):
            return current
        self.tabs.setCurrentWidget(self.cancel_tab)
        return self.cancel_tab

    # -- profiles ----------------------------------------------------------------------------

    def reload_profiles(self, select: str = "") -> None:
        self.toolbar.set_profiles(self.ctx.profile_list(), select)

    def current_profile(self) -> Profile | None:
        return self.toolbar.current()

    def _profile_changed(self, name: str) -> None:
        self.ctx.settings.values.last_profile = name
        profile = self.toolbar.current()
        self.status.set_profile(profile, self.ctx.demo and name == DEMO_PROFILE_NAME)
        for tab in (self.cancel_tab, self.ship_tab):
            tab.profile_changed(profile)  # its pickers, and the file read again if needed
        self._refresh_budget()

    async def open_profiles(self) -> None:
        dialog = ProfilesDialog(self, self.ctx)
        dialog.profilesChanged.connect(
            lambda: self.reload_profiles(self.ctx.settings.values.last_profile)
        )
        await ask(dialog)
        self.reload_profiles(self.ctx.settings.values.last_profile)
        self.safety.watchers.restart()

    async def open_about(self) -> None:
        await ask(AboutDialog(self, self.ctx.paths))

    async def open_remembered(self) -> None:
        from desktop_app.ui.dialogs.remembered import RememberedDialog

        await ask(RememberedDialog(self, self.ctx.settings))
        self._profile_changed(self.ctx.settings.values.last_profile)  # pickers forget too

    async def open_shortcuts(self) -> None:
        from desktop_app.ui.dialogs.shortcuts import ShortcutsDialog

        await ask(ShortcutsDialog(self, SHORTCUTS))

    def open_columns_help(self) -> None:
        from desktop_app.ui.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self, self.ctx)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()

    # -- commands of the menu bar --------------------------------------------------------------

    def submit_current(self) -> None:
        """Ctrl+Enter: the current tab's send button, as if clicked (it asks first)."""
        current = self.tabs.currentWidget()
        if isinstance(current, ActionTab) and current.submit_button.isEnabled():
            current.submit_button.click()

    def find(self) -> None:
        """Ctrl+F: the search box of the current tab."""
        current = self.tabs.currentWidget()
        box = current.search if isinstance(current, ActionTab) else self.results_tab.search
        box.setFocus()
        box.selectAll()

    def undo_countdown(self) -> None:
        """Ctrl+Z: withdraw the newest job still in its undo countdown."""
        counting = self.ctx.jobs.counting_down()
        if counting:
            self.results_tab.withdraw(counting[-1])

    def withdraw_selected(self) -> None:
        job_id = self.results_tab.selected_job_id()
        if job_id is not None:
            self.results_tab.withdraw(job_id)

    def can_stop_selected(self) -> bool:
        return self.results_tab.stop_button.isEnabled()

    def stop_selected(self) -> None:
        self.results_tab.stop_selected()

    # -- jobs --------------------------------------------------------------------------------

    def start(self) -> None:
        """Needs the running loop: resume what an earlier run left unfinished."""
        resumed = self.ctx.jobs.resume_unfinished()
        for job_id in resumed:
            self.results_tab.add_job(job_id)
        if resumed:
            self.banner.show_message(
                self.tr("Resuming %Ln unfinished job(s) from an earlier session.", "", len(resumed))
            )
            self.tabs.setCurrentWidget(self.results_tab)
        stopped = self.ctx.journal.job_ids_in({JobState.STOPPED})
        if stopped and not resumed:  # never resumed on their own: say where they wait
            self.banner.show_message(
                self.tr(
                    "%Ln stopped job(s) wait in Results; Resume goes on with them.",
                    "",
                    len(stopped),
                )
            )
        self.safety.start()
        self.ctx.jobs.start_retrying_waiting()  # a job waiting for the network tries again
        self._update_running()

    def _job_submitted(self, job_id: int) -> None:
        self.results_tab.add_job(job_id)
        self.tabs.setCurrentWidget(self.results_tab)
        self._update_running()

    def _on_progress(self, progress: JobProgress) -> None:
        self.results_tab.on_progress(progress)
        self.status.on_progress(progress)

    def _job_ended(self, job: JobRecord) -> None:
        self.notifier.job_ended(job)

    def _job_failed(self, job_id: int, error: BaseException) -> None:
        """A job that could not run: said once, non-modal, with details; the others go on."""
        self.errors.handle(type(error), error, error.__traceback__)
        if not self.results_tab.stopped:
            self.results_tab.refresh_job(job_id)

    def _update_running(self) -> None:
        count = self.ctx.jobs.running_count
        self.status.set_running(count)
        title = self.tr("Results")
        self.tabs.setTabText(2, f"{title} {count}" if count else title)

    async def retry(self, result: ImportResult) -> None:
        tab = self.cancel_tab if result.action is Action.CANCEL else self.ship_tab
        self.tabs.setCurrentWidget(tab)
        await tab.show_rows(result)

    def _refresh_budget(self) -> None:
        profile = self.toolbar.current()
        if profile is None:
            self.status.set_budget(None)
            return
        # Never raises: a profile without a usable key says "key missing", and is not retried.
        self.status.set_budget(self.ctx.jobs.budget(profile, ("cancel", "ship")))

    def _show_error_details(self) -> None:
        if self.errors.notice is not None:
            self.errors.notice.show()

    # -- window state ------------------------------------------------------------------------

    def _restore(self) -> None:
        values = self.ctx.settings.values
        if not values.geometry or not self.restoreGeometry(
            QByteArray.fromBase64(values.geometry.encode())
        ):
            # The first start: a comfortable size that still fits a small screen (1024×640).
            screen = self.screen().availableGeometry() if self.screen() else None
            width, height = 1180, 760
            if screen is not None:
                width, height = min(width, screen.width()), min(height, screen.height())
            self.resize(width, height)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.shutdown_task is None and self.safety.hold_quit():
            event.ignore()  # a job is in its undo window: ask first (non-modal)
            return
        values = self.ctx.settings.values
        values.geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        with contextlib.suppress(StorageError):  # window state is a convenience; quit anyway
            self.ctx.settings.save()
        self._budget_timer.stop()
        self.results_tab.stop()
        self.safety.stop()
        if self.shutdown_task is None:
            self.shutdown_task = spawn(self._shutdown())
        event.accept()

    async def _shutdown(self) -> None:
        """Running jobs stop here and resume on the next start; nothing is lost."""
        self.ctx.listeners.clear()
        self.ctx.task_listeners.clear()
        try:
            await cancel_all()  # carrier look-ups, dialogs: nothing may use a closed client
            await self.ctx.aclose()
        finally:
            self.errors.uninstall()
            self.closed.set()
