"""The Ship tab's carrier for rows without one, filled from the marketplace's carriers."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop_app.core.carrier_names import carrier_aliases
from desktop_app.core.errors import SellerDeskError
from desktop_app.core.marketplaces.base import Carrier
from desktop_app.core.profiles import Profile
from desktop_app.ui.context import AppContext


class CarrierPicker(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.profile: Profile | None = None
        self._carriers: list[Carrier] | None = None
        self.combo = QComboBox()
        self.combo.setObjectName("carrierPicker")
        self.combo.setMinimumContentsLength(22)
        self.combo.setAccessibleName(self.tr("Carrier for rows without one"))
        self.status = QLabel()
        self.status.setObjectName("carrierStatus")
        label = QLabel(self.tr("Carrier for rows without one:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.status)
        self.combo.currentIndexChanged.connect(self._picked)

    async def load(self, profile: Profile | None) -> None:
        """Fill the list for `profile`; a marketplace that cannot be reached leaves it unchecked."""
        self.profile = profile
        self._carriers = None
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("(none)"), "")
        self.combo.blockSignals(False)
        if profile is None:
            return
        self.status.setText(self.tr("loading carriers…"))
        try:
            carriers = await self.ctx.jobs.sessions.get(profile).carriers()
        except SellerDeskError as error:
            self.status.setText(self.tr("carriers not checked"))
            self.status.setToolTip(str(error))
            return
        if self.profile is not profile:
            return  # another profile was chosen meanwhile
        self._carriers = carriers
        self.status.setText("")
        self.combo.blockSignals(True)
        for carrier in carriers:
            label = carrier.label or f"{carrier.name} ({carrier.country_code})"
            self.combo.addItem(f"{label} — {carrier.key}", carrier.key)
        remembered = self.ctx.settings.values.default_carriers.get(profile.name, "")
        self.combo.setCurrentIndex(max(0, self.combo.findData(remembered)))
        self.combo.blockSignals(False)
        # No `changed` here: only a seller's pick emits it; the tab re-reads after a load.

    def keys(self) -> list[str] | None:
        return None if self._carriers is None else [c.key for c in self._carriers]

    def aliases(self) -> dict[str, str] | None:
        """Written -> key, so a file's "dhl" reads as the account's only DHL."""
        return None if self._carriers is None else carrier_aliases(self._carriers)

    def current_key(self) -> str:
        return str(self.combo.currentData() or "")

    def choose(self, key: str) -> None:
        """Take a carrier picked elsewhere (the mapping dialog) as this profile's pick."""
        index = self.combo.findData(key)
        if index >= 0:
            self.combo.blockSignals(True)  # the file is being read with it already
            self.combo.setCurrentIndex(index)
            self.combo.blockSignals(False)
            self._remember()

    def _picked(self) -> None:
        self._remember()
        self.changed.emit()

    def _remember(self) -> None:
        if self.profile is not None:
            self.ctx.settings.values.default_carriers[self.profile.name] = self.current_key()
            self.ctx.settings.save()
