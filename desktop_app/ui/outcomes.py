"""How outcomes and job states read and look in every table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from desktop_app.core.models import Action, JobState, Outcome
from desktop_app.ui.resources import icon


def outcome_label(outcome: Outcome) -> str:
    labels = {
        Outcome.VALID: QCoreApplication.translate("Outcome", "ready"),
        Outcome.INVALID: QCoreApplication.translate("Outcome", "invalid"),
        Outcome.DUPLICATE: QCoreApplication.translate("Outcome", "duplicate"),
        Outcome.PENDING: QCoreApplication.translate("Outcome", "pending"),
        Outcome.SUCCEEDED: QCoreApplication.translate("Outcome", "succeeded"),
        Outcome.FAILED: QCoreApplication.translate("Outcome", "failed"),
        Outcome.WITHDRAWN: QCoreApplication.translate("Outcome", "withdrawn"),
    }
    return labels[outcome]


def outcome_icon(outcome: Outcome) -> QIcon:
    return icon(outcome.value)


def state_label(state: JobState) -> str:
    labels = {
        JobState.SCHEDULED: QCoreApplication.translate("Outcome", "Scheduled"),
        JobState.READY: QCoreApplication.translate("Outcome", "Ready"),
        JobState.RUNNING: QCoreApplication.translate("Outcome", "Running"),
        JobState.WAITING: QCoreApplication.translate("Outcome", "Waiting"),
        JobState.STALLED: QCoreApplication.translate("Outcome", "Stalled"),
        JobState.INTERRUPTED: QCoreApplication.translate("Outcome", "Interrupted"),
        JobState.STOPPED: QCoreApplication.translate("Outcome", "Stopped"),
        JobState.FINISHED: QCoreApplication.translate("Outcome", "Finished"),
    }
    return labels[state]


def action_label(action: Action) -> str:
    return (
        QCoreApplication.translate("Outcome", "Cancel")
        if action is Action.CANCEL
        else QCoreApplication.translate("Outcome", "Ship")
    )
