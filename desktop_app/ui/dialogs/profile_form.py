"""The fields of one profile, by marketplace: ABOUT YOU (key), SellerCenter (platform: Falabella
Chile, Colombia or Peru, or another SellerCenter on a custom host; Seller ID, UserID e-mail, key,
default reason, delivery type, request budget) and Unicommerce (username, password)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from desktop_app.core.marketplaces.sellercenter.models import DeliveryType
from desktop_app.core.marketplaces.sellercenter.platforms import (
    COUNTRIES,
    COUNTRY_OPTION,
    FALABELLA,
    FALABELLA_HOST,
    GENERIC,
    PLATFORM_OPTION,
    SELLER_ID_OPTION,
    country_of,
    platform_of,
)
from desktop_app.core.marketplaces.sellercenter.row_specs import (
    CANCEL_REASON_OPTION,
    DELIVERY_TYPE_OPTION,
)
from desktop_app.core.profiles import MARKETPLACES, Environment, Profile
from desktop_app.ui.marketplace_names import marketplace_name
from desktop_app.ui.secret_field import SecretField

SELLERCENTER, UNICOMMERCE = "sellercenter", "unicommerce"
# One number for every SellerCenter request family; the marketplace publishes no quota.
BUDGET_FAMILIES = ("cancel", "ship", "lookup")
URL_HINTS = {
    "aboutyou": "https://partner.aboutyou.com",
    SELLERCENTER: FALABELLA_HOST,
    UNICOMMERCE: "https://marketplace.example.com/api",
}
COUNTRY_LABELS = {
    "CL": QT_TRANSLATE_NOOP("ProfileForm", "Falabella Chile"),
    "CO": QT_TRANSLATE_NOOP("ProfileForm", "Falabella Colombia"),
    "PE": QT_TRANSLATE_NOOP("ProfileForm", "Falabella Peru"),
}
DELIVERY_LABELS = {
    DeliveryType.DROPSHIP: QT_TRANSLATE_NOOP("ProfileForm", "Dropship (you ship it)"),
    DeliveryType.PICKUP: QT_TRANSLATE_NOOP("ProfileForm", "Pickup (the provider collects)"),
    DeliveryType.SEND_TO_WAREHOUSE: QT_TRANSLATE_NOOP("ProfileForm", "Send to warehouse"),
}


class ProfileForm(QWidget):
    marketplaceChanged = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.marketplace = QComboBox()
        self.marketplace.setObjectName("profileMarketplace")
        for kind in MARKETPLACES:
            self.marketplace.addItem(marketplace_name(kind), kind)
        self.environment = QComboBox()
        self.environment.setObjectName("profileEnvironment")
        self.environment.addItem(self.tr("Sandbox (test data)"), Environment.SANDBOX)
        self.environment.addItem(self.tr("Production (real orders)"), Environment.PRODUCTION)
        self.base_url = QLineEdit()
        self.base_url.setObjectName("profileBaseUrl")
        self.platform = QComboBox()
        self.platform.setObjectName("profilePlatform")
        for code in COUNTRIES:
            label = QCoreApplication.translate("ProfileForm", COUNTRY_LABELS[code])
            self.platform.addItem(label, f"{FALABELLA}:{code}")
        self.platform.addItem(self.tr("Other SellerCenter (custom host)"), GENERIC)
        self.platform.setToolTip(
            self.tr(
                "Daraz, Lazada and Jumia moved to other APIs and are not supported;"
                " Falabella still runs SellerCenter."
            )
        )
        self.seller_id = QLineEdit()
        self.seller_id.setObjectName("profileSellerId")
        self.seller_id.setPlaceholderText(self.tr("Seller Center: My account"))
        self.user_id = QLineEdit()
        self.user_id.setObjectName("profileUserId")
        self.key = SecretField()
        self.cancel_reason = QComboBox()
        self.cancel_reason.setObjectName("profileCancelReason")
        self.cancel_reason.setEditable(True)  # the list arrives with "Test connection"
        self.cancel_reason.lineEdit().setPlaceholderText(self.tr("none: pick one per file"))
        self.delivery_type = QComboBox()
        self.delivery_type.setObjectName("profileDeliveryType")
        for kind, label in DELIVERY_LABELS.items():
            self.delivery_type.addItem(QCoreApplication.translate("ProfileForm", label), kind.value)
        self.budget = QSpinBox()
        self.budget.setObjectName("profileBudget")
        self.budget.setRange(0, 10_000)
        self.budget.setSpecialValueText(self.tr("default (60 a minute)"))
        self.budget.setSuffix(self.tr(" requests a minute"))
        self.budget.setMinimumWidth(220)  # a number: not as wide as the URL
        self.budget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self.form = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Marketplace:"), self.marketplace)
        form.addRow(self.tr("Environment:"), self.environment)
        form.addRow(self.tr("Platform:"), self.platform)
        form.addRow(self.tr("Base URL:"), self.base_url)
        form.addRow(self.tr("Seller ID:"), self.seller_id)
        form.addRow(self.tr("User id:"), self.user_id)
        form.addRow(self.tr("API key:"), self.key)
        form.addRow(self.tr("Default cancel reason:"), self.cancel_reason)
        form.addRow(self.tr("Default delivery type:"), self.delivery_type)
        form.addRow(self.tr("Request budget:"), self.budget)
        for label, widget in (
            (self.tr("Name"), self.name),
            (self.tr("Platform"), self.platform),
            (self.tr("Base URL"), self.base_url),
            (self.tr("Seller ID"), self.seller_id),
            (self.tr("Default cancel reason"), self.cancel_reason),
            (self.tr("Default delivery type"), self.delivery_type),
            (self.tr("Request budget"), self.budget),
        ):
            widget.setAccessibleName(label)
        self.marketplace.currentIndexChanged.connect(lambda _: self._show_fields())
        self.platform.currentIndexChanged.connect(lambda _: self._platform_changed())
        self._show_fields()

    # -- what is shown ----------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return str(self.marketplace.currentData())

    def _show_fields(self) -> None:
        kind = self.kind
        if kind == SELLERCENTER:
            user, user_hint, secret = (
                self.tr("UserID (e-mail):"),
                self.tr("the Seller Center user's e-mail"),
                self.tr("API key"),
            )
        elif kind == UNICOMMERCE:
            user, user_hint, secret = (self.tr("Username:"), "", self.tr("Password"))
        else:
            user, user_hint, secret = (self.tr("User id:"), self.tr("optional"), self.tr("API key"))
        self._label(self.user_id, user)
        self.user_id.setAccessibleName(user.rstrip(":"))
        self.user_id.setPlaceholderText(user_hint)
        self._label(self.key, secret + ":")
        self.key.describe(secret, password=kind == UNICOMMERCE)
        self.base_url.setPlaceholderText(URL_HINTS.get(kind, ""))
        for widget in (self.platform, self.cancel_reason, self.delivery_type, self.budget):
            self.form.setRowVisible(widget, kind == SELLERCENTER)
        self.form.setRowVisible(self.seller_id, kind == SELLERCENTER and self._falabella)
        self.marketplaceChanged.emit(kind)

    @property
    def _falabella(self) -> bool:
        return str(self.platform.currentData()).startswith(FALABELLA)

    def _platform_changed(self) -> None:
        """A Falabella country brings Falabella's host (the URL stays editable)."""
        if self._falabella and not self.base_url.text().strip():
            self.base_url.setText(FALABELLA_HOST)
        self._show_fields()

    def _label(self, field: QWidget, text: str) -> None:
        label = self.form.labelForField(field)
        if label is not None:
            label.setText(text)  # type: ignore[attr-defined]

    @property
    def uses_password(self) -> bool:
        """Unicommerce signs in with a password; the others use an API key."""
        return self.kind == UNICOMMERCE

    def set_reasons(self, reasons: Sequence[str]) -> None:
        """Offer SellerCenter's own cancel reasons, keeping what is typed."""
        typed = self.cancel_reason.currentText()
        self.cancel_reason.clear()
        self.cancel_reason.addItems(list(reasons))
        self.cancel_reason.setEditText(typed)

    # -- in and out -------------------------------------------------------------------------

    def clear(self) -> None:
        for field in (self.name, self.base_url, self.user_id, self.seller_id):
            field.clear()
        self.platform.setCurrentIndex(0)
        self.marketplace.setCurrentIndex(0)
        self.environment.setCurrentIndex(0)
        self.cancel_reason.clear()
        self.cancel_reason.setEditText("")
        self.delivery_type.setCurrentIndex(0)
        self.budget.setValue(0)
        self.key.set_stored(False)

    def load(self, profile: Profile) -> None:
        self.name.setText(profile.name)
        self.marketplace.setCurrentIndex(max(0, self.marketplace.findData(profile.marketplace)))
        self.environment.setCurrentIndex(self.environment.findData(profile.environment))
        self.base_url.setText(profile.base_url)
        self.user_id.setText(profile.user_id or "")
        self.seller_id.setText(profile.options.get(SELLER_ID_OPTION, ""))
        platform = GENERIC
        if platform_of(profile.options) == FALABELLA:
            platform = f"{FALABELLA}:{country_of(profile.options).code}"
        self.platform.setCurrentIndex(max(0, self.platform.findData(platform)))
        self.cancel_reason.clear()
        self.cancel_reason.setEditText(profile.options.get(CANCEL_REASON_OPTION, ""))
        delivery = profile.options.get(DELIVERY_TYPE_OPTION, DeliveryType.DROPSHIP.value)
        self.delivery_type.setCurrentIndex(max(0, self.delivery_type.findData(delivery)))
        self.budget.setValue(profile.budgets.get(BUDGET_FAMILIES[0], 0))
        self.key.set_stored(True)

    def profile(self, base: Profile | None) -> Profile:
        """The profile the form describes; `base` keeps what the form does not show. Raises
        ValueError with a sentence that names the field."""
        kind = self.kind
        same = base is not None and base.marketplace == kind
        data: dict[str, Any] = base.model_dump() if base is not None else {}
        options = dict(base.options) if base is not None and same else {}
        budgets = dict(base.budgets) if base is not None and same else {}
        user_id = self.user_id.text().strip()
        if kind == SELLERCENTER:
            if "@" not in user_id:
                raise ValueError(self.tr("UserID: enter the e-mail of the Seller Center user."))
            platform, _, country = str(self.platform.currentData()).partition(":")
            seller = self.seller_id.text().strip()
            if platform == FALABELLA and (not seller or any(c in seller for c in "/ ")):
                raise ValueError(
                    self.tr("Seller ID: enter Falabella's Seller ID (Seller Center: My account).")
                )
            options[PLATFORM_OPTION] = platform
            _set(options, COUNTRY_OPTION, country)
            _set(options, SELLER_ID_OPTION, seller if platform == FALABELLA else "")
            _set(options, CANCEL_REASON_OPTION, self.cancel_reason.currentText().strip())
            _set(options, DELIVERY_TYPE_OPTION, str(self.delivery_type.currentData()))
            for family in BUDGET_FAMILIES:
                _set(budgets, family, self.budget.value())
        elif kind == UNICOMMERCE and not user_id:
            raise ValueError(self.tr("Username: enter the username of the marketplace account."))
        data.update(
            name=self.name.text(),
            marketplace=kind,
            environment=self.environment.currentData(),
            base_url=self.base_url.text(),
            user_id=user_id or None,
            options=options,
            budgets=budgets,
        )
        try:
            return Profile.model_validate(data)
        except ValidationError as error:
            first = error.errors()[0]
            where = {"name": self.tr("Name"), "base_url": self.tr("Base URL")}.get(
                str(first["loc"][0]), str(first["loc"][0])
            )
            message = str(first["msg"]).removeprefix("Value error, ")
            raise ValueError(f"{where}: {message}") from None


def _set(values: dict[str, Any], key: str, value: Any) -> None:
    """Set a value; an empty one (or 0) removes the key, so the marketplace's default applies."""
    if value:
        values[key] = value
    else:
        values.pop(key, None)
