"""Retry failed: the rows worth sending again go on; the ones that cannot succeed as they are
(not found, already cancelled...) are listed with their reason and stay out unless the seller
adds them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.failure_kinds import RetryPlan
from desktop_app.ui.text_table import text_table

SHOWN_ROWS = 500  # the permanent rows listed; the count says how many there are in all


class RetryDialog(QDialog):
    def __init__(self, parent: QWidget, job_id: int, plan: RetryPlan) -> None:
        super().__init__(parent)
        self.setObjectName("retryDialog")
        self.setWindowTitle(self.tr("Retry failed rows of job %1").replace("%1", str(job_id)))
        self.resize(640, 420)
        self.plan = plan
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr("%Ln failed row(s) may succeed when sent again.", "", len(plan.transient))
            + " "
            + self.tr(
                "%Ln cannot succeed as they are: the marketplace refused the items themselves.",
                "",
                len(plan.permanent),
            )
        )
        head.setObjectName("retrySummary")
        head.setWordWrap(True)
        layout.addWidget(head)
        table, _ = text_table(
            "retryPermanentRows",
            [self.tr("Line"), self.tr("Order items"), self.tr("Why")],
            (
                (
                    str(item.line),
                    " ".join(str(i) for i in item.order_items),
                    " ".join(w.removeprefix("Failed before: ") for w in item.warnings),
                )
                for item in plan.permanent[:SHOWN_ROWS]
            ),
        )
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table, 1)
        self.include = QCheckBox(
            self.tr(
                "&Add these %Ln row(s) anyway (e.g. after fixing them in the marketplace)",
                "",
                len(plan.permanent),
            )
        )
        self.include.setObjectName("retryIncludePermanent")
        layout.addWidget(self.include)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Open for retry"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.include.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.chosen_rows()))

    def chosen_rows(self) -> list:  # type: ignore[type-arg]
        rows = list(self.plan.transient)
        if self.include.isChecked():
            rows = sorted(rows + self.plan.permanent, key=lambda row: row.line)
        return rows
