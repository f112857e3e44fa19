"""About: version and where the data and the logs live."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app import __version__
from desktop_app.core.paths import AppPaths
from desktop_app.ui.resources import icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget, paths: AppPaths) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Seller Desk"))
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(QSize(64, 64)))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        rows = [
            (self.tr("Version"), __version__),
            (self.tr("Data (journal)"), str(paths.data_dir)),
            (self.tr("Logs"), str(paths.log_dir)),
            (self.tr("Settings and profiles"), str(paths.config_dir)),
        ]
        table = "".join(
            f"<tr><td style='padding-right:12px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        text = QLabel(
            "<h3>Seller Desk</h3><p>"
            + escape(self.tr("Cancel and ship marketplace order items in bulk."))
            + f"</p><table>{table}</table>"
        )
        text.setObjectName("aboutText")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
