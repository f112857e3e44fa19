"""Status bar: network state, the rate budget left for the current profile, jobs running."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QStatusBar

from desktop_app.core.engine import JobProgress
from desktop_app.core.job_service import Budget, BudgetUnknown
from desktop_app.core.models import JobState
from desktop_app.core.profiles import Profile
from desktop_app.ui.environment_badge import environment_word


class StatusBar(QStatusBar):
    def __init__(self, journal_dir: str, demo: bool) -> None:
        super().__init__()
        self.setObjectName("statusBar")
        self.network = QLabel()
        self.network.setObjectName("networkState")
        self.environment = QLabel()  # the current profile's SANDBOX or PRODUCTION
        self.environment.setObjectName("statusEnvironment")
        self.budget = QLabel()
        self.budget.setObjectName("rateBudget")
        self.running = QLabel()
        self.running.setObjectName("jobsRunning")
        where = _ElidedLabel(self.tr("journal: %1").replace("%1", journal_dir))
        where.setObjectName("journalPath")
        where.setToolTip(journal_dir)
        for label in (self.network, self.running, where, self.budget):
            label.setContentsMargins(8, 0, 8, 0)
        self.addWidget(self.environment)
        self.addWidget(self.network)
        self.addWidget(_separator())
        self.addWidget(self.running)
        self.addWidget(_separator())
        self.addWidget(where, 1)
        self.addPermanentWidget(self.budget)
        self._demo = demo  # the demo profile is current: its sandbox runs in-process
        self.set_online(True)
        self.set_running(0)

    def set_online(self, online: bool, why: str = "") -> None:
        if self._demo:
            text = self.tr("Demo · in-process sandbox")
        elif online:
            text = "● " + self.tr("Online")
        else:
            text = "○ " + self.tr("Marketplace unreachable")
        self.network.setText(text)
        self.network.setToolTip(why)

    def set_profile(self, profile: Profile | None, demo: bool) -> None:
        """Name the current profile's environment; `demo`: it is the in-process demo."""
        self._demo = demo
        self.environment.setText(environment_word(profile.environment) if profile else "")
        self.environment.setProperty("environment", profile.environment.value if profile else "")
        self.environment.setVisible(profile is not None)
        self.environment.style().unpolish(self.environment)
        self.environment.style().polish(self.environment)
        self.set_online(True)

    def on_progress(self, progress: JobProgress) -> None:
        if progress.state is JobState.WAITING:
            self.set_online(False, progress.message or "")
        elif progress.state in (JobState.RUNNING, JobState.FINISHED):
            self.set_online(True)

    def set_running(self, count: int) -> None:
        self.running.setText(self.tr("%Ln job(s) running", "", count))

    def set_budget(self, budget: Budget | BudgetUnknown | None) -> None:
        if budget is None:
            self.budget.setText("")
            return
        if isinstance(budget, BudgetUnknown):
            self.budget.setText(self.tr("key missing"))
            self.budget.setToolTip(budget.reason)
            return
        self.budget.setText(
            self.tr("⟳ %1/%2 requests left this minute")
            .replace("%1", str(budget.left))
            .replace("%2", str(budget.size))
        )
        self.budget.setToolTip(
            self.tr("Rate budget of the %1 endpoint, per %2 s window")
            .replace("%1", budget.family)
            .replace("%2", f"{budget.window_seconds:g}")
        )


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class _ElidedLabel(QLabel):
    """A long path shortened in the middle ("…"), never widening the window past a small
    screen; its tooltip holds it whole."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.whole = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = self.contentsRect().width()
        self.setText(self.fontMetrics().elidedText(self.whole, Qt.TextElideMode.ElideMiddle, room))
