"""Confirm an irreversible send: profile, environment, count, first ids, and for a cancel the
7-day cancellation rate; PRODUCTION, and a rate above the threshold, each need a tick."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.cancel_guard import CancelRate, check_cancel_rate, items_in
from desktop_app.core.errors import SellerDeskError
from desktop_app.core.journal import Journal
from desktop_app.core.live_overlap import LiveOverlap, find_overlap
from desktop_app.core.models import Action, InputRow
from desktop_app.core.profiles import Environment, Profile
from desktop_app.core.send_estimate import SendEstimate, as_pending, estimate
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.awaiting import ask
from desktop_app.ui.dialogs.cancel_rate import CancelRatePanel
from desktop_app.ui.environment_badge import EnvironmentBadge
from desktop_app.ui.job_look import duration_text

FIRST_IDS = 5


class ConfirmDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        action: Action,
        profile: Profile,
        rows: Sequence[InputRow],
        rate: CancelRate | None = None,
        overlap: LiveOverlap | None = None,
        *,
        left_out: int = 0,
        eta: SendEstimate | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        count = len(rows)
        cancel = action is Action.CANCEL
        self.setWindowTitle(
            self.tr("Cancel order items?") if cancel else self.tr("Ship order items?")
        )
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        headline = QLabel(
            self.tr("Cancel %Ln order item(s)", "", count)
            if cancel
            else self.tr("Ship %Ln order item(s)", "", count)
        )
        headline.setObjectName("confirmHeadline")
        layout.addWidget(headline)

        where = QLabel(self.tr("Profile: <b>%1</b>").replace("%1", _escape(profile.name)))
        layout.addWidget(where)
        layout.addWidget(EnvironmentBadge(profile.environment))

        ids = [" ".join(str(item) for item in row.order_items) for row in rows[:FIRST_IDS]]
        more = self.tr(", and %Ln more", "", count - FIRST_IDS) if count > FIRST_IDS else ""
        first = QLabel(self.tr("Order items: %1").replace("%1", ", ".join(ids) + more))
        first.setWordWrap(True)
        layout.addWidget(first)

        if left_out:  # the preview's invalid and duplicate rows: never sent, and said so
            skipped = QLabel(
                self.tr(
                    "%Ln row(s) of the file are left out (invalid or duplicate);"
                    " they are not sent.",
                    "",
                    left_out,
                )
            )
            skipped.setObjectName("confirmLeftOut")
            skipped.setWordWrap(True)
            layout.addWidget(skipped)
        if eta is not None:
            layout.addWidget(self._eta_label(eta))

        warning = QLabel(
            self.tr("Cancelling cannot be undone.")
            if cancel
            else self.tr("The buyers are told their items have shipped.")
        )
        warning.setObjectName("confirmWarning")
        warning.setWordWrap(True)
        layout.addWidget(warning)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Cancel items") if cancel else self.tr("Ship items"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Go back"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.rate_panel = CancelRatePanel(rate) if rate is not None else None
        if self.rate_panel is not None:
            layout.addWidget(self.rate_panel)

        # Each extra, explicit step must be ticked before OK: real orders change for real
        # buyers; a cancel share above the threshold can cost the shop (even in sandbox).
        self.production_check: QCheckBox | None = None
        if profile.environment is Environment.PRODUCTION:
            self.production_check = QCheckBox(
                self.tr(
                    "I understand this changes %Ln real order item(s) in PRODUCTION.", "", count
                )
            )
            self.production_check.setObjectName("confirmProductionCheck")
            layout.addWidget(self.production_check)
        self.threshold_check: QCheckBox | None = None
        if rate is not None and rate.over_threshold:
            self.threshold_check = QCheckBox(
                self.tr("I cancel anyway, above the %1 % threshold.").replace(
                    "%1", f"{rate.threshold_percent:g}"
                )
            )
            self.threshold_check.setObjectName("confirmThresholdCheck")
            layout.addWidget(self.threshold_check)
        # The same items in an unfinished job: named, and the same extra step as the guard.
        self.overlap_check: QCheckBox | None = None
        if overlap is not None:
            warning = QLabel(_overlap_text(self, overlap))
            warning.setObjectName("confirmOverlapWarning")
            warning.setProperty("role", "error")
            warning.setWordWrap(True)
            layout.addWidget(warning)
            self.overlap_check = QCheckBox(self.tr("I send these items again anyway."))
            self.overlap_check.setObjectName("confirmOverlapCheck")
            layout.addWidget(self.overlap_check)
        checks = (self.production_check, self.threshold_check, self.overlap_check)
        self._checks = [c for c in checks if c]
        for check in self._checks:
            check.toggled.connect(lambda _: ok.setEnabled(all(c.isChecked() for c in self._checks)))
        ok.setEnabled(not self._checks)
        layout.addWidget(self.buttons)
        ok.setDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)

    def _eta_label(self, eta: SendEstimate) -> QLabel:
        budget = (
            self.tr("%Ln request(s)", "", eta.requests)
            + " · "
            + (
                self.tr("the marketplace allows %1 a minute")
                if eta.window_seconds == 60
                else self.tr("the marketplace allows %1 per %2").replace(
                    "%2", duration_text(eta.window_seconds)
                )
            ).replace("%1", QLocale().toString(eta.budget))
        )
        if eta.seconds < 60:
            when = self.tr("Takes under a minute")
        else:
            when = self.tr("Takes about %1").replace("%1", duration_text(eta.seconds))
        label = QLabel(f"{when} ({budget}).")
        label.setObjectName("confirmEstimate")
        label.setWordWrap(True)
        return label


def _overlap_text(widget: QWidget, overlap: LiveOverlap) -> str:
    jobs = ", ".join(str(job_id) for job_id in overlap.jobs)
    return widget.tr(
        "%Ln of these order items are already in an unfinished job of this profile"
        " (job %1). Sending them again may apply them twice.",
        "",
        overlap.items,
    ).replace("%1", jobs)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


async def confirm_send(
    parent: QWidget,
    ctx: AppContext,
    action: Action,
    profile: Profile,
    rows: Sequence[InputRow],
    *,
    job_id: int | None = None,
    left_out: int = 0,
) -> bool:
    """Ask for the seller's word on a send; a cancel first counts its 7-day rate. `job_id`:
    the rows are an already journaled job's (a watched file), kept out of the week's count."""
    rate: CancelRate | None = None
    eta: SendEstimate | None = None
    try:
        marketplace = ctx.jobs.sessions.get(profile)
    except SellerDeskError:
        marketplace = None  # the send itself will say what is wrong with the profile
    if marketplace is not None:
        eta = estimate(marketplace, action, as_pending(rows))
        if action is Action.CANCEL:
            rate = await check_cancel_rate(
                ctx.journal, marketplace, profile, items_in(rows), exclude_job=job_id
            )
    overlap = await asyncio.to_thread(
        _overlap_in_thread, ctx.journal.path, profile.name, action, list(rows), job_id
    )
    dialog = ConfirmDialog(parent, action, profile, rows, rate, overlap, left_out=left_out, eta=eta)
    return await ask(dialog)


def _overlap_in_thread(
    path: Path, profile: str, action: Action, rows: list[InputRow], job_id: int | None
) -> LiveOverlap | None:
    # Its own connection, in a worker thread: the live jobs may hold 100k rows.
    journal = Journal(path)
    try:
        return find_overlap(journal, profile, action, rows, exclude_job=job_id)
    finally:
        journal.close()
