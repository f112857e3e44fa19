"""The cancellation-rate figures in the confirmation: this week so far, and after this job."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.core.cancel_guard import CancelRate


class CancelRatePanel(QWidget):
    def __init__(self, rate: CancelRate) -> None:
        super().__init__()
        self.setObjectName("cancelRatePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.figures = QLabel(
            self.tr("This profile cancelled %Ln item(s) in the last 7 days.", "", rate.cancelled)
        )
        self.figures.setObjectName("cancelRateFigures")
        self.figures.setWordWrap(True)
        layout.addWidget(self.figures)
        self.share = QLabel(self._share_text(rate))
        self.share.setObjectName("cancelRateShare")
        self.share.setWordWrap(True)
        layout.addWidget(self.share)
        self.warning: QLabel | None = None
        if rate.over_threshold:
            self.warning = QLabel(
                self.tr(
                    "Above the %1 % threshold: marketplaces may restrict or close a shop that"
                    " cancels this much."
                ).replace("%1", QLocale().toString(rate.threshold_percent, "g", 4))
            )
            self.warning.setObjectName("cancelRateWarning")
            self.warning.setProperty("role", "error")  # red, as every error text in the theme
            self.warning.setWordWrap(True)
            layout.addWidget(self.warning)

    def _share_text(self, rate: CancelRate) -> str:
        share = rate.share_percent
        if share is not None:
            return (
                self.tr("With this job: %1 of %2 order items of the last 7 days (%3 %).")
                .replace("%1", QLocale().toString(rate.after_job))
                .replace("%2", QLocale().toString(rate.ordered))
                .replace("%3", QLocale().toString(share, "f", 1))  # 0,1 in German
            )
        if rate.ordered == 0:
            return self.tr("The marketplace lists no order of the last 7 days; no share shown.")
        if rate.note:
            return self.tr("The orders of the last 7 days could not be counted; no share shown.")
        return self.tr("This marketplace cannot list its orders; no share shown.")
