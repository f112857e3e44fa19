"""Follow the OS light or dark scheme; only our own accents are styled, the rest stays native."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.ui.resources import icon

_STYLE = """
QLabel#environmentBadge {{
    border-radius: 9px; padding: 2px 10px; margin-left: 8px; font-weight: 600; color: white;
}}
QLabel#environmentBadge[environment="sandbox"] {{ background: #2e8b57; }}
QLabel#environmentBadge[environment="production"] {{ background: #c0392b; }}
QLabel#statusEnvironment {{ border-radius: 7px; padding: 0 8px; font-weight: 600; color: white; }}
QLabel#statusEnvironment[environment="sandbox"] {{ background: #2e8b57; }}
QLabel#statusEnvironment[environment="production"] {{ background: #c0392b; }}
QFrame[role="dropZone"] {{
    border: 2px dashed {border}; border-radius: 10px; background: {zone};
}}
QFrame[role="dropZone"][hover="true"] {{ border-color: {accent}; background: {zone_hover}; }}
QLabel#dropHint {{ font-size: 14px; color: {muted}; border: none; background: transparent; }}
QLabel[role="error"] {{ color: {error}; }}
QFrame#banner {{ border-radius: 6px; padding: 2px; border-left: 5px solid {info_edge}; }}
QFrame#banner[kind="success"] {{ background: {ok_bg}; border-left-color: {ok_edge}; }}
QFrame#banner[kind="info"] {{ background: {info_bg}; }}
QFrame#banner[kind="warning"] {{ background: {warn_bg}; border-left-color: {warn_edge}; }}
QFrame#banner[kind="error"] {{ background: {err_bg}; border-left-color: {err_edge}; }}
QFrame#undoPanel {{ background: {info_bg}; border-radius: 6px; }}
QPushButton[role="primary"] {{ padding: 6px 18px; font-weight: 600; }}
QLabel#confirmHeadline {{ font-size: 15px; font-weight: 600; }}
QLabel#confirmWarning {{ color: {error}; font-weight: 600; }}
"""


def is_dark() -> bool:
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme is Qt.ColorScheme.Unknown:
        return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return scheme is Qt.ColorScheme.Dark


def stylesheet(dark: bool) -> str:
    if dark:
        colors = dict(
            border="#5d6675",
            zone="#262a31",
            zone_hover="#23344f",
            accent="#5b8ee6",
            muted="#aab2bf",
            error="#ff7b72",
            ok_bg="#1f3d2b",
            info_bg="#22324a",
            err_bg="#4a2424",
            warn_bg="#4a3a1a",
            ok_edge="#4caf50",
            info_edge="#5b8ee6",
            warn_edge="#e0a526",
            err_edge="#ff5449",
        )
    else:
        colors = dict(
            border="#a9b3c1",
            zone="#f7f9fc",
            zone_hover="#e8f0fd",
            accent="#2f6fdb",
            muted="#5b6678",
            error="#b3261e",
            ok_bg="#dff3e5",
            info_bg="#e3ecfa",
            err_bg="#fbdcd9",
            warn_bg="#fdf0cf",
            ok_edge="#2e7d32",
            info_edge="#2f6fdb",
            warn_edge="#b7791f",
            err_edge="#b3261e",
        )
    return _STYLE.format(**colors)


_followed: set[int] = set()


def apply_theme(app: QApplication) -> None:
    app.setWindowIcon(icon("app"))
    sheet = stylesheet(is_dark())
    if app.styleSheet() != sheet:  # setting it again re-polishes every widget the app holds
        app.setStyleSheet(sheet)
    if id(app) not in _followed:  # the OS can switch between light and dark while we run
        _followed.add(id(app))
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _scheme: app.setStyleSheet(stylesheet(is_dark()))
        )
