"""A profile's watched folders (one per action) and its safety settings: the undo window and
the cancellation threshold. Opened from the Profiles dialog; saved on OK."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import SellerDeskError
from desktop_app.core.models import Action
from desktop_app.core.profiles import Environment, Profile, WatchedFolder
from desktop_app.core.stable_files import (
    DEFAULT_STABLE_SECONDS,
    MAX_STABLE_SECONDS,
    MIN_STABLE_SECONDS,
)
from desktop_app.core.undo_window import MAX_GRACE_SECONDS
from desktop_app.ui.context import AppContext
from desktop_app.ui.outcomes import action_label
from desktop_app.ui.table_tools import fit_placeholder


class _FolderRow(QWidget):
    def __init__(self, action: Action, watched: WatchedFolder | None) -> None:
        super().__init__()
        self.action = action
        self.folder = QLineEdit(watched.folder if watched else "")
        self.folder.setObjectName(f"{action.value}WatchFolder")
        self.folder.setPlaceholderText(self.tr("not watched"))
        fit_placeholder(self.folder)
        self.folder.setAccessibleName(action_label(action))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.automatic = QCheckBox(self.tr("Send without asking"))
        self.automatic.setObjectName(f"{action.value}WatchAutomatic")
        self.automatic.setChecked(bool(watched and watched.automatic))
        self.stable = QDoubleSpinBox()
        self.stable.setObjectName(f"{action.value}WatchStable")
        self.stable.setRange(MIN_STABLE_SECONDS, MAX_STABLE_SECONDS)
        self.stable.setDecimals(2)
        self.stable.setPrefix(self.tr("after "))
        self.stable.setSuffix(self.tr(" s"))
        self.stable.setValue(watched.stable_seconds if watched else DEFAULT_STABLE_SECONDS)
        self.stable.setToolTip(self.tr("A file is taken once it has not changed for this long."))
        self.stable.setAccessibleName(self.tr("Unchanged for"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.folder, 1)
        layout.addWidget(browse)
        layout.addWidget(self.stable)
        layout.addWidget(self.automatic)

    def _browse(self) -> None:
        # A non-modal sheet: open() with a slot, never exec().
        dialog = QFileDialog(self, self.tr("Folder to watch"), self.folder.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.fileSelected.connect(self.folder.setText)
        dialog.open()

    def value(self) -> WatchedFolder | None:
        text = self.folder.text().strip()
        if not text:
            return None
        return WatchedFolder(
            action=self.action,
            folder=str(Path(text).expanduser()),
            automatic=self.automatic.isChecked(),
            stable_seconds=self.stable.value(),
        )


class WatchFolderDialog(QDialog):
    def __init__(self, parent: QWidget, ctx: AppContext, profile: Profile) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.profile = profile
        self.setObjectName("watchFolderDialog")
        self.setWindowTitle(self.tr("Safety and watched folders — %1").replace("%1", profile.name))

        safety = QGroupBox(self.tr("Before sending"))
        form = QFormLayout(safety)
        self.grace = QSpinBox()
        self.grace.setObjectName("graceSeconds")
        self.grace.setRange(0, MAX_GRACE_SECONDS)
        self.grace.setSuffix(self.tr(" s"))
        self.grace.setValue(profile.grace_seconds)
        form.addRow(self.tr("Undo window:"), self.grace)
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("cancelThreshold")
        self.threshold.setRange(0.1, 100.0)
        self.threshold.setDecimals(1)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(profile.cancel_threshold_percent)
        form.addRow(self.tr("Warn above this 7-day cancel share:"), self.threshold)

        watched = QGroupBox(self.tr("Watched folders"))
        # The notes below the form, not in it: a form row gives a wrapped label too few lines.
        watched_layout = QVBoxLayout(watched)
        folders = QFormLayout()
        watched_layout.addLayout(folders)
        self.rows = [_FolderRow(a, profile.watched_folder(a)) for a in (Action.CANCEL, Action.SHIP)]
        for row in self.rows:
            folders.addRow(action_label(row.action) + ":", row)
        note = QLabel(
            self.tr(
                "Each new file is read once it has not changed for the time beside its folder"
                " (and Excel has closed it), sent after the undo window, then moved to"
                " processed/ or failed/ with a report."
            )
        )
        note.setWordWrap(True)
        watched_layout.addWidget(note)
        if profile.environment is Environment.PRODUCTION:
            never = QLabel(
                self.tr("A PRODUCTION cancel from a folder always waits for your confirmation.")
            )
            never.setObjectName("watchProductionNote")
            never.setWordWrap(True)
            watched_layout.addWidget(never)

        self.status = QLabel()
        self.status.setProperty("role", "error")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(safety)
        layout.addWidget(watched)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        # Wide enough to read the notes in two or three lines, never narrower than its rows.
        self.setMinimumWidth(max(600, layout.minimumSize().width()))

    def save(self) -> None:
        folders = [value for row in self.rows if (value := row.value()) is not None]
        # model_copy keeps every other field of the stored profile as it is.
        updated = self.profile.model_copy(
            update={
                "grace_seconds": self.grace.value(),
                "cancel_threshold_percent": self.threshold.value(),
                "watched_folders": folders,
            }
        )
        try:
            self.ctx.profiles.save(Profile.model_validate(updated.model_dump()))
        except (SellerDeskError, ValueError) as error:
            self.status.setText(str(error))
            return
        self.accept()
