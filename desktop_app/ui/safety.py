"""The window's safety net around irreversible sends: undo banners on the action tabs, jobs
not sent offered on start, the question on quit, and the watched folders.

Hooked in from main_window.py so that the action tabs stay as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout

from desktop_app.core.errors import SellerDeskError
from desktop_app.core.models import Action, InputRow, JobState, Outcome
from desktop_app.core.watch import WatchEvent, WatchEventKind
from desktop_app.ui.dialogs.confirm import confirm_send
from desktop_app.ui.dialogs.quit_countdown import QuitChoice, QuitDialog, ask_quit_choice
from desktop_app.ui.tasks import spawn
from desktop_app.ui.undo_panel import UndoPanel
from desktop_app.ui.watchers import Watchers

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class Safety(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        ctx = window.ctx
        self._started_from: dict[Action, set[int]] = {Action.CANCEL: set(), Action.SHIP: set()}
        self.tab_panels: dict[Action, UndoPanel] = {}
        for tab in (window.cancel_tab, window.ship_tab):
            started = self._started_from[tab.action]
            tab.submitted.connect(started.add)
            panel = UndoPanel(ctx, started.__contains__)
            panel.setObjectName(f"{tab.action.value}UndoPanel")
            panel.undoRequested.connect(window.results_tab.withdraw)
            panel.sendRequested.connect(window.results_tab.send_now)
            layout = tab.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(0, panel)  # the banner on the tab that started the job
            self.tab_panels[tab.action] = panel
        window.results_tab.confirmRequested.connect(lambda job_id: spawn(self.confirm(job_id)))
        self.watchers = Watchers(ctx)
        self.watchers.happened.connect(self._watch_event)
        self._quitting = False

    def start(self) -> None:
        """Offer what an earlier run left unsent, and start watching."""
        offered = self.window.ctx.jobs.not_sent()
        for job in offered:
            self.window.results_tab.add_job(job.id)
        if offered:
            self.window.banner.show_message(
                self.tr(
                    "%Ln job(s) from an earlier session were not sent. Send or withdraw them"
                    " in Results.",
                    "",
                    len(offered),
                ),
                "error",
            )
            self.window.tabs.setCurrentWidget(self.window.results_tab)
        self.window.results_tab.undo_panel.refresh()
        self.watchers.restart()

    def stop(self) -> None:
        self.watchers.stop()
        for panel in self.tab_panels.values():
            panel.stop()

    # -- a job that waits for the seller's word (a watched file) -----------------------------

    async def confirm(self, job_id: int) -> None:
        ctx = self.window.ctx
        job = ctx.journal.job(job_id)
        if job.state is not JobState.SCHEDULED:
            return
        try:
            profile = ctx.profile(job.profile)
        except SellerDeskError as error:
            self.window.banner.show_message(str(error), "error")
            return
        rows = [
            InputRow(row.line, row.order_items, ship=row.ship, details=row.details)
            for row in ctx.journal.rows(job_id, [Outcome.PENDING])
        ]
        if await confirm_send(self.window, ctx, job.action, profile, rows, job_id=job_id):
            ctx.jobs.confirm_scheduled(job_id)
        self.window.results_tab.add_job(job_id)
        self.window.results_tab.undo_panel.refresh()

    def _watch_event(self, event: WatchEvent) -> None:
        if event.job_id is not None:
            self.window.results_tab.add_job(event.job_id)
        text = f"{event.file.name}: "
        if event.kind is WatchEventKind.WAITING:
            text += self.tr("job %1 waits for your confirmation in Results.").replace(
                "%1", str(event.job_id)
            )
        elif event.kind is WatchEventKind.SCHEDULED:
            text += self.tr("job %1 is sent after its undo window.").replace(
                "%1", str(event.job_id)
            )
        elif event.kind is WatchEventKind.PROCESSED:
            text += self.tr("done; moved to processed/ with its report.")
        else:
            text += event.message
        kind = "error" if event.kind in (WatchEventKind.FAILED, WatchEventKind.PROBLEM) else "info"
        self.window.banner.show_message(text, kind)

    # -- quitting with work in flight -------------------------------------------------------

    def hold_quit(self) -> bool:
        """True when jobs count down or are being sent: the window stays open and asks first."""
        jobs = self.window.ctx.jobs
        if self._quitting or not (jobs.counting_down() or jobs.sending()):
            return False
        self._quitting = True
        spawn(self._ask_quit())
        return True

    async def _ask_quit(self) -> None:
        jobs = self.window.ctx.jobs
        try:
            while True:  # until the seller's choice leaves nothing to ask about
                choice = await ask_quit_choice(QuitDialog(self.window, jobs))
                if choice is QuitChoice.STAY:
                    return
                if choice is QuitChoice.WITHDRAW:
                    # A countdown that ended after the click was sent: ask again about it.
                    counting = jobs.counting_down()
                    late = [job_id for job_id in counting if not jobs.withdraw(job_id)]
                    for job_id in counting:
                        self.window.results_tab.add_job(job_id)
                    self.window.results_tab.undo_panel.refresh()
                    if late or jobs.sending():
                        continue
                elif choice is QuitChoice.SEND:
                    # Sent before quitting: the window closes once they have stopped running.
                    counting = jobs.counting_down()
                    for job_id in counting:
                        jobs.send_now(job_id)
                    self.window.banner.show_message(self.tr("Sending, then quitting…"))
                    await jobs.wait_for(counting)
                elif choice is QuitChoice.STOP:
                    sending = jobs.sending()
                    for job_id in sending:
                        jobs.stop(job_id)  # each stops before its next request
                    self.window.banner.show_message(self.tr("Stopping, then quitting…"))
                    await jobs.wait_for(sending)
                break
        finally:
            self._quitting = False
        self.window.close()
