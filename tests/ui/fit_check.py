"""Which texts of a window are cut off: a table header narrower than its words (and the sort
arrow), a short cell narrower than its word and icon, a button, label, tab or combo box squeezed
below what its text needs, a placeholder longer than its line edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QWidget,
)

from desktop_app.ui.table_tools import PLACEHOLDER_ROOM


def _table_cut_offs(table: QTableView, cells: Sequence[int]) -> list[str]:
    found = []
    header = table.horizontalHeader()
    model = table.model()
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        need = header.sectionSizeFromContents(column).width()
        if need > header.sectionSize(column):
            found.append(f"header {model.headerData(column, header.orientation())!r}: {need} px")
        if column not in cells:
            continue
        option = QStyleOptionViewItem()
        option.initFrom(table)
        for row in range(min(model.rowCount(), 50)):
            index = model.index(row, column)
            delegate = table.itemDelegateForIndex(index)
            need = delegate.sizeHint(option, index).width()
            if need > table.columnWidth(column):
                found.append(f"cell {index.data()!r}: {need} px > {table.columnWidth(column)} px")
    return found


def _combo_need(combo: QComboBox) -> int:
    text = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        text += combo.iconSize().width() + 4
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    contents = QSize(text, combo.fontMetrics().height())
    return (
        combo.style()
        .sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo)
        .width()
    )


def _widget_cut_off(widget: QWidget) -> str | None:
    """What of `widget` is cut off, as "what: has < needs", or None."""
    if isinstance(widget, QTabBar):
        for tab in range(widget.count()):
            if widget.tabRect(tab).width() < widget.tabSizeHint(tab).width():
                return f"tab {widget.tabText(tab)!r}"
        return None
    text, has, need = "", 0, 0
    if isinstance(widget, QLabel) and widget.wordWrap():
        text, has, need = widget.text(), widget.height(), widget.heightForWidth(widget.width())
    elif isinstance(widget, QAbstractButton | QLabel):
        text, has, need = widget.text(), widget.width(), widget.sizeHint().width()
    elif isinstance(widget, QLineEdit) and not widget.text():
        text, has = widget.placeholderText(), widget.width()
        need = widget.fontMetrics().horizontalAdvance(text) + PLACEHOLDER_ROOM
    elif isinstance(widget, QComboBox):
        text, has, need = widget.currentText(), widget.width(), _combo_need(widget)
    if text and has < need:
        return f"{type(widget).__name__} {text!r}: {has} < {need}"
    return None


def cut_off_texts(
    root: QWidget, cells: Mapping[str, Sequence[int]], ignore: Sequence[str] = ()
) -> list[str]:
    """What is cut off among the visible widgets of `root`; `cells`: per table objectName, the
    columns whose every cell must show whole; `ignore`: objectNames cut on purpose."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.objectName() in ignore:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QTableView):
            found += [f"{name}: {what}" for what in _table_cut_offs(widget, cells.get(name, ()))]
        what = _widget_cut_off(widget)
        if what:
            found.append(f"{name}: {what}")
    return found
