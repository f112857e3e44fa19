"""The pickers under a preview, by marketplace: ABOUT YOU's carrier for ship, or a field of the
marketplace's row spec (SellerCenter: the cancel reason, the shipment provider). They fill rows
that leave the field empty, and tell the import what to read the file with."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop_app.core.errors import SellerDeskError
from desktop_app.core.importing.spec import FieldSpec, RowSpec
from desktop_app.core.models import Action
from desktop_app.core.profiles import Profile
from desktop_app.ui.carrier_picker import CarrierPicker
from desktop_app.ui.context import AppContext
from desktop_app.ui.field_picker import FieldPicker
from desktop_app.ui.import_flow import ReadOptions
from desktop_app.ui.partial_orders import partial_order_review

# The spec field a seller picks a value for, per action; a spec without it gets no picker.
PICKED_FIELDS = {Action.CANCEL: "reason", Action.SHIP: "shipping_provider"}


class RowDefaults(QWidget):
    changed = Signal()  # the seller picked another value: the file should be read again

    def __init__(
        self, ctx: AppContext, action: Action, current_profile: Callable[[], Profile | None]
    ) -> None:
        super().__init__()
        self.ctx, self.action, self._profile = ctx, action, current_profile
        self.carrier_picker = CarrierPicker(ctx) if action is Action.SHIP else None
        if action is Action.CANCEL:
            self.field_picker = FieldPicker(
                ctx.settings, "reasonPicker", self.tr("Reason for rows without one:")
            )
        else:
            self.field_picker = FieldPicker(
                ctx.settings, "providerPicker", self.tr("Shipment provider for rows without one:")
            )
        self.field_picker.hide()
        self.status = QLabel()
        self.status.setObjectName(f"{action.value}DefaultsStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.carrier_picker is not None:
            layout.addWidget(self.carrier_picker)
            self.carrier_picker.changed.connect(self.changed.emit)
        layout.addWidget(self.field_picker)
        layout.addWidget(self.status)
        self.field_picker.changed.connect(self.changed.emit)
        self._loads = 0

    async def load(self, profile: Profile | None) -> None:
        """Show the picker `profile`'s marketplace needs, filled from its own lists."""
        self._loads += 1
        load = self._loads
        self.field_picker.hide()
        self.field_picker.field = None
        self.status.setText("")
        self.status.setToolTip("")
        about_you = profile is None or profile.marketplace == "aboutyou"
        if self.carrier_picker is not None:
            self.carrier_picker.setVisible(about_you)
            await self.carrier_picker.load(profile if about_you else None)
        if profile is None or about_you:
            return
        try:
            marketplace = self.ctx.jobs.sessions.get(profile)
            spec = await marketplace.row_spec(self.action)
            labels = {}
            if spec is not None and self.action is Action.SHIP:  # "DHL (e.g. 1234567890)"
                labels = {carrier.key: carrier.label for carrier in await marketplace.carriers()}
        except SellerDeskError as error:
            if load == self._loads:
                self.status.setText(self.tr("list not loaded"))
                self.status.setToolTip(str(error))
            return
        if load != self._loads:
            return  # another profile was chosen meanwhile
        field = _picked_field(spec, self.action)
        if field is not None:
            self.field_picker.fill(profile.name, field, labels)
            self.field_picker.show()

    async def options(self) -> ReadOptions:
        """What to read a file with for the current profile; raises SellerDeskError when the
        marketplace cannot say (SellerCenter's lists are fetched once, then cached)."""
        profile = self._profile()
        if profile is None:
            return ReadOptions()
        marketplace = self.ctx.jobs.sessions.get(profile)
        spec = await marketplace.row_spec(self.action)
        if spec is not None:
            if self.field_picker.profile_name == profile.name:
                spec = self.field_picker.applied_to(spec)
            review = partial_order_review(self, marketplace, self.action)
            return ReadOptions(profile.marketplace, spec, review=review)
        picker = self.carrier_picker
        if picker is None:
            return ReadOptions(profile.marketplace)
        return ReadOptions(
            profile.marketplace, None, picker.aliases(), picker.current_key() or None
        )

    def current_carrier(self) -> str:
        """ABOUT YOU's picked carrier key, or "" (rows of other marketplaces use their spec)."""
        return self.carrier_picker.current_key() if self.carrier_picker is not None else ""


def _picked_field(spec: RowSpec | None, action: Action) -> FieldSpec | None:
    if spec is None:
        return None
    name = PICKED_FIELDS[action]
    return next((f for f in spec.fields if f.name == name and f.choices), None)
