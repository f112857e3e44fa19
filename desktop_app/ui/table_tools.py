"""What every table of the window does the desktop way: Tab moves on to the next control, Ctrl+C
copies the selected block tab-separated (so it pastes into Excel as cells), a right click opens
a menu with the row actions, and columns (and search fields) are as wide as their words in the
window's language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHeaderView, QLineEdit, QMenu, QTableView


def selected_block(view: QTableView) -> str:
    """The selected cells as rows of tab-separated text, in view order, hidden columns left out."""
    indexes = view.selectionModel().selectedIndexes()
    if not indexes:
        current = view.currentIndex()
        indexes = [current] if current.isValid() else []
    rows = sorted({i.row() for i in indexes})
    columns = sorted(
        {i.column() for i in indexes if not view.isColumnHidden(i.column())},
        key=view.horizontalHeader().visualIndex,
    )
    chosen = {(i.row(), i.column()) for i in indexes}
    model = view.model()
    lines = []
    for row in rows:
        cells = []
        for column in columns:
            text = model.index(row, column).data() if (row, column) in chosen else ""
            # A tab or line break inside a cell would split it into more cells in Excel.
            cells.append(" ".join(str(text or "").split()))
        lines.append("\t".join(cells))
    return "\n".join(lines)


def copy_block(view: QTableView) -> None:
    text = selected_block(view)
    if text:
        QGuiApplication.clipboard().setText(text)


def follow_conventions(view: QTableView, row_actions: Sequence[QAction] = ()) -> None:
    """Tab leaves the table; Ctrl+C copies; the context menu holds `row_actions`, Copy and
    Select all."""
    view.setTabKeyNavigation(False)
    copy = QAction(QCoreApplication.translate("TableTools", "&Copy"), view)
    copy.setObjectName(f"{view.objectName()}CopyAction")
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    copy.triggered.connect(lambda: copy_block(view))
    select_all = QAction(QCoreApplication.translate("TableTools", "Select &all"), view)
    select_all.triggered.connect(view.selectAll)
    view.addAction(copy)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def open_menu(point: QPoint) -> None:
        menu = QMenu(view)
        menu.setObjectName(f"{view.objectName()}Menu")
        for action in row_actions:
            menu.addAction(action)
        if row_actions:
            menu.addSeparator()
        menu.addAction(copy)
        menu.addAction(select_all)
        view.context_menu = menu  # type: ignore[attr-defined]  # tests find the open menu here
        menu.popup(view.viewport().mapToGlobal(point))

    view.customContextMenuRequested.connect(open_menu)


FIT_SAMPLE_ROWS = 200  # cells measured per column: the shown ones and the next, not 100 000


def fit_columns(view: QTableView, minimums: Sequence[int], *, cells: Sequence[int] = ()) -> None:
    """Every column at least as wide as its header needs in the current language (sort arrow
    included) and never narrower than its minimum; the `cells` columns also as wide as the words
    of their shown cells, so "Stornieren" or "Despachar" is never cut off. Stretched columns keep
    taking what is left."""
    header = view.horizontalHeader()
    view.verticalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)
    for column in range(view.model().columnCount()):
        if header.sectionResizeMode(column) is QHeaderView.ResizeMode.Stretch:
            continue
        width = max(
            minimums[column] if column < len(minimums) else header.defaultSectionSize(),
            header.sectionSizeFromContents(column).width(),
            view.sizeHintForColumn(column) if column in cells else 0,
        )
        view.setColumnWidth(column, width)


def keep_fitted(view: QTableView, minimums: Sequence[int], *, cells: Sequence[int] = ()) -> None:
    """fit_columns now, and again when the model's rows or columns change."""
    model = view.model()

    def fit() -> None:
        fit_columns(view, minimums, cells=cells)

    fit()
    for signal in (model.modelReset, model.rowsInserted, model.headerDataChanged):
        signal.connect(fit)


PLACEHOLDER_ROOM = 48  # the frame, the text margins and the clear button of a QLineEdit


def fit_placeholder(edit: QLineEdit, widest: int | None = None) -> None:
    """The line edit shows its whole placeholder in every language (and grows to `widest`)."""
    need = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + PLACEHOLDER_ROOM
    edit.setMinimumWidth(need)
    if widest is not None:
        edit.setMaximumWidth(max(need, widest))
