"""A non-modal message strip at the top of the window: job finished, error, resumed jobs.

Its space is kept while it is hidden and its height never changes, so a message coming or going
never moves the controls under the seller's pointer. A long message is cut at the edge; the
tooltip (and Details… for errors) holds all of it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton

BANNER_HEIGHT = 36
KINDS = ("success", "info", "warning", "error")


class Banner(QFrame):
    detailsRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setAccessibleName(self.tr("Notification"))
        self.label = QLabel()
        self.label.setObjectName("bannerText")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setObjectName("bannerDetailsButton")
        self.details_button.clicked.connect(self.detailsRequested.emit)
        close = QToolButton()
        close.setObjectName("bannerCloseButton")
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Close notification"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(close)
        self.setFixedHeight(BANNER_HEIGHT)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, kind: str = "info", details: bool = False) -> None:
        """Errors and warnings stay until closed; good news fades after a while."""
        self.label.setText(text)
        self.setToolTip(text)
        self.setProperty("kind", kind if kind in KINDS else "info")
        self.style().unpolish(self)
        self.style().polish(self)
        self.details_button.setVisible(details)
        self.show()
        if kind in ("error", "warning"):
            self._timer.stop()
        else:
            self._timer.start(15_000)
