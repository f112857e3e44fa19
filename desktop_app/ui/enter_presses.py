"""Enter (or keypad Enter) presses the focused button of the window, as Space already does.

Dialogs do this by themselves (their focused push button is the default one); the main window and
its tool buttons and check boxes do not, so a keyboard-only seller would be stuck."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPresses(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.destroyed.connect(self._uninstall)

    def _uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractButton):
            return False
        key = QKeyEvent(event) if not isinstance(event, QKeyEvent) else event
        if key.key() not in _ENTER or key.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Ctrl+Enter is the window's Send
        if isinstance(watched.window(), QDialog) or watched.window() is not self.window:
            return False
        if watched.isEnabled() and watched.isVisible():
            watched.animateClick()
            return True
        return False
