"""The top bar: profile selector with its environment badge, Profiles… and About."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

from desktop_app.core.profiles import Profile
from desktop_app.ui.environment_badge import EnvironmentBadge, environment_word
from desktop_app.ui.marketplace_names import marketplace_name
from desktop_app.ui.resources import icon


class MainToolBar(QToolBar):
    profileChanged = Signal(str)
    profilesRequested = Signal()
    aboutRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainToolBar")
        self.setMovable(False)
        self.setFloatable(False)
        label = QLabel(self.tr("Profile:"))
        label.setContentsMargins(6, 0, 6, 0)
        self.selector = QComboBox()
        self.selector.setObjectName("profileSelector")
        self.selector.setAccessibleName(self.tr("Profile"))
        self.selector.setMinimumContentsLength(28)
        self.selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(self.selector)
        self.badge = EnvironmentBadge()
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        profiles = QToolButton()
        profiles.setObjectName("profilesButton")
        profiles.setText(self.tr("Profiles…"))
        profiles.setIcon(icon("profiles"))
        profiles.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        profiles.clicked.connect(self.profilesRequested.emit)
        about = QToolButton()
        about.setObjectName("aboutButton")
        about.setText(self.tr("About"))
        about.setIcon(icon("about"))
        about.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        about.clicked.connect(self.aboutRequested.emit)
        self.addWidget(label)
        self.addWidget(self.selector)
        self._badge_action = self.addWidget(self.badge)
        self.addWidget(spacer)
        self.addWidget(profiles)
        self.addWidget(about)
        self._profiles: dict[str, Profile] = {}
        self.selector.currentIndexChanged.connect(self._changed)

    def set_profiles(self, profiles: list[Profile], select: str = "") -> None:
        self._profiles = {p.name: p for p in profiles}
        self.selector.blockSignals(True)
        self.selector.clear()
        if not profiles:
            self.selector.addItem(self.tr("No profile yet — add one under Profiles…"), "")
        for profile in profiles:
            market = marketplace_name(profile.marketplace)
            where = environment_word(profile.environment)
            self.selector.addItem(f"{profile.name} ({market}) · {where}", profile.name)
        index = self.selector.findData(select)
        self.selector.setCurrentIndex(max(index, 0))
        self.selector.blockSignals(False)
        self._changed()

    def current(self) -> Profile | None:
        return self._profiles.get(str(self.selector.currentData() or ""))

    def _changed(self) -> None:
        profile = self.current()
        self.badge.set_environment(profile.environment if profile else None)
        # Inside a toolbar the action, not the widget, decides what is shown.
        self._badge_action.setVisible(profile is not None)
        self.profileChanged.emit(profile.name if profile else "")
