"""Confirm an irreversible send: profile, environment, count, first ids; PRODUCTION needs a tick."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.models import Action, InputRow
from desktop_app.core.profiles import Environment, Profile
from desktop_app.ui.environment_badge import EnvironmentBadge

FIRST_IDS = 5


class ConfirmDialog(QDialog):
    def __init__(
        self, parent: QWidget, action: Action, profile: Profile, rows: Sequence[InputRow]
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
            self.tr("Cancel %n order item(s)", "", count)
            if cancel
            else self.tr("Ship %n order item(s)", "", count)
        )
        headline.setObjectName("confirmHeadline")
        layout.addWidget(headline)

        where = QLabel(self.tr("Profile: <b>%1</b>").replace("%1", _escape(profile.name)))
        layout.addWidget(where)
        layout.addWidget(EnvironmentBadge(profile.environment))

        ids = [" ".join(str(item) for item in row.order_items) for row in rows[:FIRST_IDS]]
        more = self.tr(", and %n more", "", count - FIRST_IDS) if count > FIRST_IDS else ""
        first = QLabel(self.tr("Order items: %1").replace("%1", ", ".join(ids) + more))
        first.setWordWrap(True)
        layout.addWidget(first)

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

        self.production_check: QCheckBox | None = None
        if profile.environment is Environment.PRODUCTION:
            # The extra, explicit step: real orders change for real buyers.
            self.production_check = QCheckBox(
                self.tr("I understand this changes %n real order item(s) in PRODUCTION.", "", count)
            )
            self.production_check.setObjectName("confirmProductionCheck")
            self.production_check.toggled.connect(ok.setEnabled)
            ok.setEnabled(False)
            layout.addWidget(self.production_check)
        layout.addWidget(self.buttons)
        ok.setDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
