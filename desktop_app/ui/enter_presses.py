"""Enter (or keypad Enter) presses the focused button of the main window, as Space already does.

Dialogs do this by themselves (their focused push button is the default one); the main window and
its tool buttons and check boxes do not, so a keyboard-only seller would be stuck. One filter per
application serves every window: a filter per window would run for every event of the app."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _EnterPresses(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.windows: weakref.WeakSet[QWidget] = weakref.WeakSet()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractButton):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in _ENTER or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Ctrl+Enter is the window's Send
        if watched.window() not in self.windows or not watched.isEnabled():
            return False  # dialogs press their focused button themselves
        watched.animateClick()
        return True


_filter: _EnterPresses | None = None


def enter_presses_buttons(window: QWidget) -> None:
    """Make Enter press the focused button of `window` (and of no dialog)."""
    global _filter
    app = QApplication.instance()
    if app is None:
        return
    if _filter is None:
        _filter = _EnterPresses()
        app.installEventFilter(_filter)
    _filter.windows.add(window)
