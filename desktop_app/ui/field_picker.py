"""A value for rows that leave a field empty, picked from the marketplace's own list
(SellerCenter: the cancel reason, the shipment provider). It becomes the spec field's default."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop_app.core.importing.spec import FieldSpec, RowSpec
from desktop_app.ui.settings import SettingsStore


class FieldPicker(QWidget):
    changed = Signal()

    def __init__(self, settings: SettingsStore, object_name: str, label: str) -> None:
        super().__init__()
        self.settings = settings
        self.profile_name = ""
        self.field: FieldSpec | None = None
        self.combo = QComboBox()
        self.combo.setObjectName(object_name)
        self.combo.setMinimumContentsLength(26)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setAccessibleName(label.rstrip(":"))
        self.label = QLabel(label)
        self.label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._picked)

    def fill(self, profile_name: str, field: FieldSpec, labels: Mapping[str, str]) -> None:
        """Offer `field`'s choices (shown by `labels`), the remembered pick selected."""
        self.profile_name = profile_name
        self.field = field
        self.combo.blockSignals(True)
        self.combo.clear()
        if field.default:
            self.combo.addItem(self.tr("Profile default: %1").replace("%1", field.default), "")
        else:
            self.combo.addItem(self.tr("(none — the file says)"), "")
        for choice in field.choices or ():
            self.combo.addItem(labels.get(choice, choice), choice)
        remembered = self._remembered().get(field.name, "")
        self.combo.setCurrentIndex(max(0, self.combo.findData(remembered)))
        self.combo.blockSignals(False)

    def current(self) -> str:
        return str(self.combo.currentData() or "")

    def applied_to(self, spec: RowSpec) -> RowSpec:
        """`spec` with the picked value as the default of the picker's field."""
        picked = self.current()
        if self.field is None or not picked:
            return spec
        name = self.field.name
        fields = tuple(
            replace(field, default=picked) if field.name == name else field for field in spec.fields
        )
        return replace(spec, fields=fields)

    def _remembered(self) -> dict[str, str]:
        return self.settings.values.field_defaults.setdefault(self.profile_name, {})

    def _picked(self) -> None:
        if self.field is not None and self.profile_name:
            self._remembered()[self.field.name] = self.current()
            self.settings.save()
        self.changed.emit()
