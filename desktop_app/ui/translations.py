"""Load the German (or any shipped) translation for the OS locale or a --lang override."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.core.i18n import set_language
from desktop_app.ui.resources import resources_dir

_installed: list[QTranslator] = []


def install_translation(app: QCoreApplication, lang: str | None = None) -> str:
    """Install ours and Qt's own (button texts) for the language; returns the language used."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(lang) if lang else QLocale.system()
    QLocale.setDefault(locale)
    language = locale.name().split("_")[0]
    set_language(language)  # the core's messages (desktop_app/core/i18n.py) follow the window
    folder = str(resources_dir() / "translations")
    ours = QTranslator(app)
    # English ships too: it holds the plural forms ("1 item", "2 items").
    if ours.load(locale, "seller_desk", "_", folder) or ours.load("seller_desk_en", folder):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def translation_installed() -> bool:
    return bool(_installed)
