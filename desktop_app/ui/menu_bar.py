"""The menu bar: File, Edit, View, Jobs, Help, each command with its access key and shortcut.

Every menu command acts on what the seller sees: the current tab, the focused table, the selected
job. Commands that cannot act now are disabled when their menu opens, never hidden."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QTableView

from desktop_app.ui.action_tab import ActionTab
from desktop_app.ui.table_tools import copy_block
from desktop_app.ui.tasks import spawn

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

SHORTCUTS = (  # shown by Help → Keyboard shortcuts; the actions below use the same keys
    ("Ctrl+O", QT_TRANSLATE_NOOP("MenuBar", "Open a file")),
    ("Ctrl+V", QT_TRANSLATE_NOOP("MenuBar", "Paste order item ids")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("MenuBar", "Send the rows of the current tab (asks first)")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("MenuBar", "Export the selected job's rows")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("MenuBar", "Search jobs and rows")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("MenuBar", "Undo: withdraw the job counting down")),
    ("Ctrl+R", QT_TRANSLATE_NOOP("MenuBar", "Retry the selected job's failed rows")),
    ("Ctrl+.", QT_TRANSLATE_NOOP("MenuBar", "Stop the selected job before its next request")),
    ("Ctrl+1 / 2 / 3", QT_TRANSLATE_NOOP("MenuBar", "Cancel, Ship, Results")),
    (
        "Ctrl+C",
        QT_TRANSLATE_NOOP("MenuBar", "Copy the selected cells (tab-separated, pastes into Excel)"),
    ),
    ("Ctrl+A", QT_TRANSLATE_NOOP("MenuBar", "Select all rows")),
    ("Delete", QT_TRANSLATE_NOOP("MenuBar", "Leave the selected rows out of the job")),
    ("F1", QT_TRANSLATE_NOOP("MenuBar", "Columns and templates")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MenuBar", "Quit")),
)


class MenuBar(QMenuBar):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("menuBar")
        self.window_ = window
        self.actions_by_name: dict[str, QAction] = {}

        file = self._menu(self.tr("&File"), "fileMenu")
        self._add(
            file,
            "actionOpen",
            self.tr("&Open file…"),
            QKeySequence.StandardKey.Open,
            lambda: spawn(window.action_tab().choose_file()),
        )
        self._add(
            file,
            "actionPaste",
            self.tr("&Paste ids"),
            QKeySequence.StandardKey.Paste,
            lambda: spawn(window.action_tab().paste()),
        )
        self._add(
            file,
            "actionExport",
            self.tr("&Export rows…"),
            "Ctrl+E",
            lambda: spawn(window.results_tab.export()),
        )
        file.addSeparator()
        self._add(
            file,
            "actionProfiles",
            self.tr("P&rofiles…"),
            None,
            lambda: spawn(window.open_profiles()),
        )
        self._add(
            file,
            "actionRemembered",
            self.tr("Remembered &columns and carriers…"),
            None,
            lambda: spawn(window.open_remembered()),
        )
        file.addSeparator()
        self._add(file, "actionQuit", self.tr("&Quit"), QKeySequence.StandardKey.Quit, window.close)

        edit = self._menu(self.tr("&Edit"), "editMenu")
        self._add(edit, "actionCopy", self.tr("&Copy"), None, self.copy)
        self._add(edit, "actionSelectAll", self.tr("Select &all"), None, self.select_all)
        edit.addSeparator()
        self._add(edit, "actionFind", self.tr("&Find…"), QKeySequence.StandardKey.Find, window.find)

        view = self._menu(self.tr("&View"), "viewMenu")
        for number, (name, text) in enumerate(
            (
                ("actionViewCancel", self.tr("&Cancel")),
                ("actionViewShip", self.tr("&Ship")),
                ("actionViewResults", self.tr("&Results")),
            )
        ):
            self._add(
                view,
                name,
                text,
                f"Ctrl+{number + 1}",
                lambda n=number: window.tabs.setCurrentIndex(n),
            )
        view.addSeparator()
        self._add(
            view, "actionProblemsOnly", self.tr("Show &problems only"), None, self.toggle_problems
        )

        jobs = self._menu(self.tr("&Jobs"), "jobsMenu")
        self._add(jobs, "actionSend", self.tr("&Send…"), "Ctrl+Return", window.submit_current)
        # Ctrl+Enter on the keypad sends too.
        self.actions_by_name["actionSend"].setShortcuts(
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
        )
        self._add(
            jobs,
            "actionUndo",
            self.tr("&Undo send (withdraw)"),
            QKeySequence.StandardKey.Undo,
            window.undo_countdown,
        )
        self._add(
            jobs,
            "actionWithdraw",
            self.tr("&Withdraw selected job"),
            None,
            window.withdraw_selected,
        )
        self._add(jobs, "actionStop", self.tr("S&top selected job"), None, window.stop_selected)
        self._add(
            jobs,
            "actionResume",
            self.tr("Res&ume selected job"),
            None,
            window.results_tab.resume_selected,
        )
        self._add(
            jobs,
            "actionRetry",
            self.tr("&Retry failed…"),
            "Ctrl+R",
            window.results_tab.retry_failed,
        )
        jobs.aboutToShow.connect(self._update_jobs)
        # Shortcuts act whenever they can; the menu only shows what the selection allows.
        jobs.aboutToHide.connect(lambda: [a.setEnabled(True) for a in jobs.actions()])

        help_menu = self._menu(self.tr("&Help"), "helpMenu")
        self._add(
            help_menu,
            "actionColumns",
            self.tr("&Columns and templates"),
            QKeySequence.StandardKey.HelpContents,
            window.open_columns_help,
        )
        self._add(
            help_menu,
            "actionShortcuts",
            self.tr("&Keyboard shortcuts"),
            None,
            lambda: spawn(window.open_shortcuts()),
        )
        self._add(
            help_menu,
            "actionAbout",
            self.tr("&About Seller Desk"),
            None,
            lambda: spawn(window.open_about()),
        )

    def _menu(self, title: str, name: str) -> QMenu:
        menu = self.addMenu(title)
        menu.setObjectName(name)
        return menu

    def _add(
        self,
        menu: QMenu,
        name: str,
        text: str,
        shortcut: QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self.window_)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.window_.addAction(action)  # its shortcut works while the menu bar is closed
        self.actions_by_name[name] = action
        return action

    def _focused_table(self) -> QTableView | None:
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, QTableView):
            widget = widget.parentWidget()
        return widget

    def copy(self) -> None:
        table = self._focused_table()
        if table is not None:
            copy_block(table)

    def select_all(self) -> None:
        table = self._focused_table()
        if table is None:
            current = self.window_.tabs.currentWidget()
            table = current.table if isinstance(current, ActionTab) else None
        if table is not None:
            table.selectAll()

    def toggle_problems(self) -> None:
        tab = self.window_.action_tab()
        tab.problems_only.toggle()

    def _update_jobs(self) -> None:
        results = self.window_.results_tab
        self.actions_by_name["actionRetry"].setEnabled(results.retry_button.isEnabled())
        self.actions_by_name["actionResume"].setEnabled(results.resume_button.isEnabled())
        self.actions_by_name["actionUndo"].setEnabled(bool(self.window_.ctx.jobs.counting_down()))
        self.actions_by_name["actionStop"].setEnabled(self.window_.can_stop_selected())
