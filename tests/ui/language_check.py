"""What a seller reads in a window, and which of it is still English.

`window_texts` walks every visible widget of a window (labels, buttons, tab titles, menus and
their actions, tooltips, placeholders, combo items, table headers and cells); `english_texts`
keeps the ones that are an English source text of our Qt catalog or of the core's gettext
catalogs (desktop_app/core/locale, where they exist), or read as an English sentence.
"""

from __future__ import annotations

import gettext
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("de", "es")

# Texts that are the same in every language: names, formats, symbols. Keep it short.
SAME_IN_EVERY_LANGUAGE = {
    "ABOUT YOU",  # marketplace names
    "SellerCenter",
    "Unicommerce",
    "Falabella",
    "Seller Desk",  # the product
    "CSV",
    "XLSX",
    "SKU",
    "OK",
}
# Words that are English and neither German nor Spanish: two of them make an English sentence.
ENGLISH_WORDS = {
    "the", "this", "that", "these", "those", "is", "are", "were", "and", "not", "of", "with",
    "from", "has", "have", "had", "your", "you", "it", "its", "be", "been", "will", "would",
    "could", "cannot", "which", "there", "their", "they", "for", "by", "at", "as", "if", "when",
    "or", "to", "row", "rows", "file", "order", "items", "item", "job", "jobs",
}  # fmt: skip
_MNEMONIC = re.compile(r"&(?!&)")
_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """What the seller reads: no mnemonic ampersands, no HTML tags."""
    return _TAGS.sub("", _MNEMONIC.sub("", text)).replace("&amp;", "&").strip()


def catalog(language: str) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) for every message of a .ts file."""
    root = ET.parse(TRANSLATIONS / f"seller_desk_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            finished = translation.get("type") not in ("unfinished", "obsolete") and all(texts)
            found.append((name, message.findtext("source") or "", texts, finished))
    return found


def _pattern(source: str) -> re.Pattern[str]:
    """A source text as a pattern: %1, %n and {name} stand for anything."""
    parts = re.split(r"%L?n|%L?\d|\{[a-z_]+\}", plain(source))
    return re.compile(".+?".join(re.escape(part) for part in parts), re.DOTALL)


@cache
def translations(language: str) -> frozenset[str]:
    """Every translation of the catalog: a text that is one is not English, even when it is
    spelled like an English word ("Profile", "Status")."""
    ours = {plain(text) for _, _, texts, _ in catalog(language) for text in texts}
    return frozenset(ours | set(_core_catalog(language).values()))


@cache
def english_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """The English sources whose translation in `language` differs from them."""
    sources = {
        plain(source)
        for _, source, texts, _ in catalog(language)
        if plain(source) and plain(source) not in {plain(text) for text in texts}
    }
    sources |= _core_message_ids(language)
    # A source of placeholders alone ("{marketplace_words}": the marketplace's own words) says
    # nothing in English.
    return tuple(
        _pattern(source)
        for source in sorted(sources)
        if re.search("[A-Za-z]", re.sub(r"%L?n|%L?\d|\{[a-z_]+\}", "", source))
    )


CORE_LOCALE = TRANSLATIONS.parents[1] / "desktop_app" / "core" / "locale"


@cache
def _core_catalog(language: str) -> dict[str, str]:
    """The core's messages (gettext, issue 17 core side) in `language`: English id -> text."""
    found: dict[str, str] = {}
    for mo in sorted((CORE_LOCALE / language / "LC_MESSAGES").glob("*.mo")):
        with mo.open("rb") as file:
            entries = gettext.GNUTranslations(file)._catalog  # type: ignore[attr-defined]
        for key, text in entries.items():
            msgid = key[0] if isinstance(key, tuple) else key
            if msgid:
                found.setdefault(msgid, text)
    return found


def _core_message_ids(language: str) -> set[str]:
    """The core's English message ids that its `language` catalog translates to other words."""
    return {msgid for msgid, text in _core_catalog(language).items() if msgid != text}


def reads_english(text: str, language: str, own_values: Iterable[str] = ()) -> bool:
    """`own_values` are the file's own words (its headers), which a message names as written."""
    text = plain(text)
    for value in sorted(own_values, key=len, reverse=True):
        if value.strip():
            text = text.replace(value, "…")
    if not text or text in SAME_IN_EVERY_LANGUAGE or text in translations(language):
        return False
    for line in {text, *text.splitlines()}:
        line = line.strip()
        if any(pattern.fullmatch(line) for pattern in english_patterns(language)):
            return True
    # File paths and identifiers (order_item_id) are no sentence.
    prose = re.sub(r"\S*[/\\_]\S*", " ", text)
    words = {word.lower() for word in re.findall(r"[A-Za-z']+", prose)}
    return len(words & ENGLISH_WORDS) >= 2


def _model_texts(
    model: QAbstractItemModel | None, skip: set[int], max_rows: int = 200
) -> Iterator[str]:
    if model is None:
        return
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    top = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for column in range(columns):
        for role in roles:
            yield str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
    for row in range(min(model.rowCount(top), max_rows)):
        for column in set(range(columns)) - skip:
            for role in roles:
                yield str(model.index(row, column).data(role) or "")


def _action_texts(actions: list[QAction]) -> Iterator[str]:
    for action in actions:
        yield from (action.text(), action.toolTip(), action.statusTip())
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from _action_texts(menu.actions())


def _widget_texts(widget: QWidget, skip: set[int]) -> Iterator[str]:
    yield from (widget.toolTip(), widget.accessibleName(), widget.whatsThis())
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTextEdit):
        yield widget.toPlainText()
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
        yield from (
            str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
            for i in range(widget.count())
        )
    if isinstance(widget, QSpinBox):
        yield from (widget.prefix(), widget.suffix())
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield from (widget.tabText(i), widget.tabToolTip(i))
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from _model_texts(widget.model(), skip)
    if isinstance(widget, QMainWindow) and widget.menuBar() is not None:
        yield from _action_texts(widget.menuBar().actions())
    yield from _action_texts(widget.actions())


def window_texts(
    root: QWidget, skip_columns: Mapping[str, set[int]] | None = None
) -> list[tuple[str, str]]:
    """(objectName or class, text) of everything visible in `root` a seller can read; the cells
    of `skip_columns` (table objectName: columns) left out."""
    found = [(root.objectName(), root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        name = widget.objectName() or type(widget).__name__
        skip = (skip_columns or {}).get(widget.objectName(), set())
        found.extend((name, text) for text in _widget_texts(widget, skip) if text and text.strip())
    return found


def english_texts(
    root: QWidget,
    language: str,
    skip_columns: Mapping[str, set[int]] | None = None,
    own_values: Iterable[str] = (),
) -> list[tuple[str, str]]:
    texts = window_texts(root, skip_columns)
    return sorted(
        {(name, text) for name, text in texts if reads_english(text, language, own_values)}
    )
