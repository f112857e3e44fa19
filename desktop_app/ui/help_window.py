"""Help → Columns and templates: per marketplace and action, the columns a file may hold and the
other headers read as each (from core/templates.py, so it says what the importer really reads),
with a template to save and, in demo mode, a sample file that sends as it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.models import Action
from desktop_app.core.profiles import MARKETPLACES
from desktop_app.core.templates import columns_for, write_template
from desktop_app.ui import file_prompts
from desktop_app.ui.context import AppContext
from desktop_app.ui.field_labels import field_label
from desktop_app.ui.marketplace_names import marketplace_name
from desktop_app.ui.outcomes import action_label
from desktop_app.ui.tasks import spawn
from desktop_app.ui.text_table import text_table


class HelpWindow(QWidget):
    def __init__(self, parent: QWidget, ctx: AppContext) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Columns and templates — Seller Desk"))
        self.resize(860, 520)
        self.marketplace = QComboBox()
        self.marketplace.setObjectName("helpMarketplace")
        for kind in MARKETPLACES:
            self.marketplace.addItem(marketplace_name(kind), kind)
        self.action = QComboBox()
        self.action.setObjectName("helpAction")
        for action in Action:
            self.action.addItem(action_label(action), action.value)
        profile = parent.toolbar.current() if hasattr(parent, "toolbar") else None
        if profile is not None:  # start where the seller works
            self.marketplace.setCurrentIndex(max(0, self.marketplace.findData(profile.marketplace)))
        market_label = QLabel(self.tr("&Marketplace:"))
        market_label.setBuddy(self.marketplace)
        action_label_ = QLabel(self.tr("&Action:"))
        action_label_.setBuddy(self.action)

        self.intro = QLabel()
        self.intro.setObjectName("helpIntro")
        self.intro.setWordWrap(True)
        self.table, self.columns = text_table(
            "helpColumns",
            [self.tr("Column"), self.tr("Needed"), self.tr("Also read as"), self.tr("Holds")],
        )
        header = self.table.horizontalHeader()
        for words in (2, 3):  # the spellings and the note share what is left, in any language
            header.setSectionResizeMode(words, QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton(self.tr("&Save template…"))
        self.save_button.setObjectName("saveTemplateButton")
        self.save_button.clicked.connect(lambda: spawn(self.save(sample=False)))
        self.sample_button = QPushButton(self.tr("Save sample &file…"))
        self.sample_button.setObjectName("saveSampleButton")
        self.sample_button.setToolTip(self.tr("Rows of the demo marketplace, ready to send"))
        self.sample_button.clicked.connect(lambda: spawn(self.save(sample=True)))
        self.status = QLabel()
        self.status.setObjectName("helpStatus")

        top = QHBoxLayout()
        top.addWidget(market_label)
        top.addWidget(self.marketplace)
        top.addWidget(action_label_)
        top.addWidget(self.action)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.sample_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.marketplace.currentIndexChanged.connect(self.fill)
        self.action.currentIndexChanged.connect(self.fill)
        self.fill()

    def chosen(self) -> tuple[str, Action]:
        return str(self.marketplace.currentData()), Action(str(self.action.currentData()))

    def fill(self) -> None:
        kind, action = self.chosen()
        docs = columns_for(kind, action)
        intro = (
            self.tr("A cancel file for %1 may hold these columns, in any order.")
            if action is Action.CANCEL
            else self.tr("A ship file for %1 may hold these columns, in any order.")
        )
        self.intro.setText(
            intro.replace("%1", marketplace_name(kind))
            + " "
            + self.tr(
                "Headers are matched without regard to case, spaces or punctuation; other "
                "columns are ignored."
            )
        )
        self.columns.set_rows(
            (
                f"{doc.name}  ({field_label(doc.name)})",
                self.tr("yes") if doc.required else self.tr("optional"),
                ", ".join(doc.synonyms),
                doc.note,
            )
            for doc in docs
        )
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.resizeRowsToContents()
        # The sample file holds the demo sandbox's ids: only there does it send as it is.
        self.sample_button.setVisible(self.ctx.demo and kind == "aboutyou")
        self.status.setText("")

    async def save(self, sample: bool) -> None:
        kind, action = self.chosen()
        what = "sample" if sample else "template"
        name = f"seller-desk-{kind}-{action.value}-{what}.csv"
        folder = self.ctx.settings.values.last_folder or str(Path.home())
        path = await file_prompts.ask_save_file(self, folder, name)
        if path is None:
            return
        try:
            rows = write_template(path, kind, action, sample=sample)
        except OSError as error:
            self.status.setText(
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error))
            )
            return
        self.ctx.settings.values.last_folder = str(path.parent)
        text = self.tr("Saved %1").replace("%1", str(path))
        if rows:
            text += " " + self.tr("with %1 sample rows.").replace("%1", str(rows))
        self.status.setText(text)
