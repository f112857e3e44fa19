"""Add, edit and remove profiles. Keys go to the keyring only and are never shown again."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ConfigError, SecretStoreUnavailable, SellerDeskError
from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.models import Action
from desktop_app.core.profiles import Profile
from desktop_app.core.secrets import delete_secret, load_secret, store_secret
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.profile_form import SELLERCENTER, UNICOMMERCE, ProfileForm
from desktop_app.ui.environment_badge import environment_word
from desktop_app.ui.tasks import spawn

NAME_ROLE = Qt.ItemDataRole.UserRole


def keyring_problem() -> str | None:
    """None when keys can be stored here, else the sentence that explains why not."""
    try:
        load_secret("seller-desk-keyring-probe")
    except SecretStoreUnavailable as error:
        return str(error)
    return None


class ProfilesDialog(QDialog):
    profilesChanged = Signal()

    def __init__(self, parent: QWidget, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("profilesDialog")
        self.setWindowTitle(self.tr("Profiles"))
        self.resize(820, 460)
        self.loaded: Profile | None = None  # the stored profile being edited, if any

        self.names = QStandardItemModel()  # "name · SANDBOX", the name under NAME_ROLE
        self.list = QListView()
        self.list.setObjectName("profileList")
        self.list.setAccessibleName(self.tr("Profiles"))
        self.list.setModel(self.names)
        self.list.setMaximumWidth(220)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._load_selected())
        new_button = QPushButton(self.tr("New"))
        new_button.setObjectName("newProfileButton")
        new_button.clicked.connect(self.new_profile)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeProfileButton")
        self.remove_button.clicked.connect(self.remove_profile)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(new_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)

        self.form = ProfileForm()
        self.form.marketplaceChanged.connect(lambda _: self.status.setText(""))
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setProperty("role", "error")
        self.keyring_note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("profileStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveProfileButton")
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(lambda: spawn(self.test_connection()))
        # Buttons for more per-profile settings go here, left of Test connection (issue 9:
        # "Watched folder…"): `self.extra_actions.addWidget(button)`.
        self.extra_actions = QHBoxLayout()
        watch_button = QPushButton(self.tr("Safety and watched folders…"))
        watch_button.setObjectName("watchFolderButton")
        watch_button.clicked.connect(lambda: spawn(self.open_watch_folder()))
        self.extra_actions.addWidget(watch_button)
        actions = QHBoxLayout()
        actions.addLayout(self.extra_actions)
        actions.addStretch(1)
        actions.addWidget(self.test_button)
        actions.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addWidget(self.keyring_note)
        right.addWidget(self.status)
        right.addStretch(1)
        right.addLayout(actions)

        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)

        problem = keyring_problem()
        self.keyring_ok = problem is None
        self.keyring_note.setText(problem or "")
        self.keyring_note.setVisible(problem is not None)
        self.save_button.setEnabled(self.keyring_ok)
        self.form.key.setEnabled(self.keyring_ok)
        self._reload_names()
        self.new_profile()

    # -- list --------------------------------------------------------------------------------

    def _reload_names(self, select: str | None = None) -> None:
        profiles = self.ctx.profiles.list()
        names = [p.name for p in profiles]
        self.names.clear()
        for profile in profiles:
            item = QStandardItem(f"{profile.name} · {environment_word(profile.environment)}")
            item.setData(profile.name, NAME_ROLE)
            item.setEditable(False)
            self.names.appendRow(item)
        if select in names:
            self.list.setCurrentIndex(self.names.index(names.index(select), 0))
        self.remove_button.setEnabled(bool(names))

    def _load_selected(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        try:
            self.loaded = self.ctx.profiles.get(str(index.data(NAME_ROLE)))
        except ConfigError as error:
            self.status.setText(str(error))
            return
        self.form.load(self.loaded)
        self.status.setText("")

    def new_profile(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentIndex(QModelIndex())
        self.loaded = None
        self.form.clear()
        self.status.setText("")
        self.form.name.setFocus()

    # -- actions -----------------------------------------------------------------------------

    def _form_profile(self) -> Profile | None:
        try:
            return self.form.profile(self.loaded)
        except ValueError as error:
            self.status.setText(str(error))
            return None

    def save(self) -> None:
        profile = self._form_profile()
        if profile is None:
            return
        secret = self.form.key.text().strip()
        try:
            if secret:
                store_secret(profile.name, secret)
                self.ctx.jobs.sessions.retire(profile.name)  # the next job uses the new key
            elif load_secret(profile.name) is None:
                self.status.setText(
                    self.tr("Enter the password; it is kept in the keyring only.")
                    if self.form.uses_password
                    else self.tr("Enter the API key; it is kept in the keyring only.")
                )
                return
            self.ctx.profiles.save(profile)
        except SellerDeskError as error:
            self.status.setText(str(error))
            return
        self._reload_names(select=profile.name)  # selecting it reloads the form
        self.loaded = profile
        self.form.key.set_stored(True)
        self.status.setText(  # after the reload, which clears it
            self.tr("Saved. The password is in the system keyring.")
            if self.form.uses_password
            else self.tr("Saved. The key is in the system keyring.")
        )
        self.profilesChanged.emit()

    def remove_profile(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        name = str(index.data(NAME_ROLE))
        try:
            self.ctx.profiles.remove(name)
            delete_secret(name)
            self.ctx.jobs.sessions.retire(name)
        except SellerDeskError as error:
            self.status.setText(str(error))
            return
        self.status.setText(self.tr("Removed '%1' and its key.").replace("%1", name))
        self._reload_names()
        self.new_profile()
        self.profilesChanged.emit()

    async def open_watch_folder(self) -> None:
        """The selected stored profile's undo window, threshold and watched folders."""
        from desktop_app.ui.dialogs.awaiting import ask
        from desktop_app.ui.dialogs.watch_folder import WatchFolderDialog

        index = self.list.currentIndex()
        if not index.isValid():
            self.status.setText(self.tr("Save the profile first."))
            return
        if await ask(
            WatchFolderDialog(self, self.ctx, self.ctx.profiles.get(str(index.data(NAME_ROLE))))
        ):
            self.loaded = self.ctx.profiles.get(
                str(index.data(NAME_ROLE))
            )  # a later Save keeps them
            self.profilesChanged.emit()

    async def test_connection(self) -> None:
        profile = self._form_profile()
        if profile is None:
            return
        self.status.setText(self.tr("Testing…"))
        self.test_button.setEnabled(False)
        try:
            marketplace = self.ctx.connect(profile, self.form.key.text().strip() or None)
            try:
                text = await self._probe(profile, marketplace)
            finally:
                await marketplace.aclose()
        except SellerDeskError as error:
            self.status.setText(self.tr("Not connected: %1").replace("%1", str(error)))
        else:
            self.status.setText(text)
        finally:
            self.test_button.setEnabled(True)

    async def _probe(self, profile: Profile, marketplace: Marketplace) -> str:
        """One harmless call that needs the credentials; the sentence that says what worked."""
        carriers = await marketplace.carriers()  # Unicommerce: signs in
        if profile.marketplace == UNICOMMERCE:
            return self.tr("Connected. Signed in as %1.").replace("%1", profile.user_id or "")
        if profile.marketplace != SELLERCENTER:
            return self.tr("Connected. The key works; %Ln carrier(s) available.", "", len(carriers))
        spec = await marketplace.row_spec(Action.CANCEL)
        reasons = (
            next((f.choices for f in spec.fields if f.name == "reason"), None) if spec else None
        )
        self.form.set_reasons(list(reasons or ()))
        return self.tr(
            "Connected. The key works; %Ln shipment provider(s) available.", "", len(carriers)
        )
