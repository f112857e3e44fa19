"""The unmistakable SANDBOX / PRODUCTION label."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from desktop_app.core.profiles import Environment


def environment_word(environment: Environment) -> str:
    """SANDBOX or PRODUCTION, the same word everywhere a profile is named."""
    if environment is Environment.PRODUCTION:
        return QCoreApplication.translate("EnvironmentBadge", "PRODUCTION")
    return QCoreApplication.translate("EnvironmentBadge", "SANDBOX")


class EnvironmentBadge(QLabel):
    def __init__(self, environment: Environment | None = None) -> None:
        super().__init__()
        self.setObjectName("environmentBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_environment(environment)

    def set_environment(self, environment: Environment | None) -> None:
        if environment is None:
            self.setText("")
            return
        self.setText("● " + environment_word(environment))
        self.setProperty("environment", environment.value)
        self.setAccessibleName(self.tr("Environment: %1").replace("%1", self.text()[2:]))
        # Re-polish so the stylesheet's [environment=...] rule applies to the new value.
        self.style().unpolish(self)
        self.style().polish(self)
