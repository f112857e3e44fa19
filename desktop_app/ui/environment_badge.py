"""The unmistakable SANDBOX / PRODUCTION label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from desktop_app.core.profiles import Environment


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
        production = environment is Environment.PRODUCTION
        self.setText("● " + (self.tr("PRODUCTION") if production else self.tr("SANDBOX")))
        self.setProperty("environment", environment.value)
        self.setAccessibleName(self.tr("Environment: %1").replace("%1", self.text()[2:]))
        # Re-polish so the stylesheet's [environment=...] rule applies to the new value.
        self.style().unpolish(self)
        self.style().polish(self)
