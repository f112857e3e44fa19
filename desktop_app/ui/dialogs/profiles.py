"""Add, edit and remove profiles. Keys go to the keyring only and are never shown again."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import SecretStoreUnavailable, SellerDeskError
from desktop_app.core.profiles import Environment, Profile
from desktop_app.core.secrets import delete_secret, load_secret, store_secret
from desktop_app.ui.context import AppContext
from desktop_app.ui.secret_field import SecretField
from desktop_app.ui.tasks import spawn

MARKETPLACE_NAMES = {"aboutyou": "ABOUT YOU"}


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
        self.resize(720, 420)

        self.names = QStringListModel()
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

        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.marketplace = QComboBox()
        self.marketplace.setObjectName("profileMarketplace")
        for key, label in MARKETPLACE_NAMES.items():
            self.marketplace.addItem(label, key)
        self.environment = QComboBox()
        self.environment.setObjectName("profileEnvironment")
        self.environment.addItem(self.tr("Sandbox (test data)"), Environment.SANDBOX)
        self.environment.addItem(self.tr("Production (real orders)"), Environment.PRODUCTION)
        self.base_url = QLineEdit()
        self.base_url.setObjectName("profileBaseUrl")
        self.base_url.setPlaceholderText("https://partner.aboutyou.com")
        self.user_id = QLineEdit()
        self.user_id.setObjectName("profileUserId")
        self.user_id.setPlaceholderText(self.tr("optional"))
        self.key = SecretField()
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Marketplace:"), self.marketplace)
        form.addRow(self.tr("Environment:"), self.environment)
        form.addRow(self.tr("Base URL:"), self.base_url)
        form.addRow(self.tr("User id:"), self.user_id)
        form.addRow(self.tr("API key:"), self.key)
        for label, field in (
            (self.tr("Name"), self.name),
            (self.tr("Base URL"), self.base_url),
            (self.tr("User id"), self.user_id),
        ):
            field.setAccessibleName(label)

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
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.test_button)
        actions.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
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
        self.key.setEnabled(self.keyring_ok)
        self._reload_names()
        self.new_profile()

    # -- list --------------------------------------------------------------------------------

    def _reload_names(self, select: str | None = None) -> None:
        names = [p.name for p in self.ctx.profiles.list()]
        self.names.setStringList(names)
        if select in names:
            self.list.setCurrentIndex(self.names.index(names.index(select)))
        self.remove_button.setEnabled(bool(names))

    def _load_selected(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        profile = self.ctx.profiles.get(str(index.data()))
        self.name.setText(profile.name)
        self.marketplace.setCurrentIndex(max(0, self.marketplace.findData(profile.marketplace)))
        self.environment.setCurrentIndex(self.environment.findData(profile.environment))
        self.base_url.setText(profile.base_url)
        self.user_id.setText(profile.user_id or "")
        self.key.set_stored(True)
        self.status.setText("")

    def new_profile(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentIndex(self.names.index(-1))
        for field in (self.name, self.base_url, self.user_id):
            field.clear()
        self.environment.setCurrentIndex(0)
        self.key.set_stored(False)
        self.status.setText("")
        self.name.setFocus()

    # -- actions -----------------------------------------------------------------------------

    def _form_profile(self) -> Profile | None:
        try:
            return Profile(
                name=self.name.text(),
                marketplace=str(self.marketplace.currentData()),
                environment=self.environment.currentData(),
                base_url=self.base_url.text(),
                user_id=self.user_id.text().strip() or None,
            )
        except ValidationError as error:
            first = error.errors()[0]
            where = {"name": self.tr("Name"), "base_url": self.tr("Base URL")}.get(
                str(first["loc"][0]), str(first["loc"][0])
            )
            message = str(first["msg"]).removeprefix("Value error, ")
            self.status.setText(f"{where}: {message}")
            return None

    def save(self) -> None:
        profile = self._form_profile()
        if profile is None:
            return
        secret = self.key.text().strip()
        try:
            if secret:
                store_secret(profile.name, secret)
            elif load_secret(profile.name) is None:
                self.status.setText(self.tr("Enter the API key; it is kept in the keyring only."))
                return
            self.ctx.profiles.save(profile)
        except SellerDeskError as error:
            self.status.setText(str(error))
            return
        self.key.set_stored(True)
        self.status.setText(self.tr("Saved. The key is in the system keyring."))
        self._reload_names(select=profile.name)
        self.profilesChanged.emit()

    def remove_profile(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        name = str(index.data())
        try:
            self.ctx.profiles.remove(name)
            delete_secret(name)
        except SellerDeskError as error:
            self.status.setText(str(error))
            return
        self.status.setText(self.tr("Removed '%1' and its key.").replace("%1", name))
        self._reload_names()
        self.new_profile()
        self.profilesChanged.emit()

    async def test_connection(self) -> None:
        profile = self._form_profile()
        if profile is None:
            return
        self.status.setText(self.tr("Testing…"))
        self.test_button.setEnabled(False)
        try:
            marketplace = self.ctx.connect(profile, self.key.text().strip() or None)
            try:
                carriers = await marketplace.carriers()
            finally:
                await marketplace.aclose()
        except SellerDeskError as error:
            self.status.setText(self.tr("Not connected: %1").replace("%1", str(error)))
        else:
            self.status.setText(
                self.tr("Connected. The key works; %n carrier(s) available.", "", len(carriers))
            )
        finally:
            self.test_button.setEnabled(True)
