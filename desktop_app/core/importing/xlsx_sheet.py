"""The expat handlers that turn a worksheet's XML into records: one per sheet row, from row 1
on (missing rows are blank records, as a spreadsheet shows them), each cell in its column."""

from __future__ import annotations

from typing import Any

from desktop_app.core.errors import ImportFileError
from desktop_app.core.i18n import Msg
from desktop_app.core.importing import limits
from desktop_app.core.importing.csv_source import Record
from desktop_app.core.importing.limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_SHEET_ELEMENTS,
)
from desktop_app.core.importing.wording import grouped
from desktop_app.core.importing.xlsx_book import Book, cell_too_long
from desktop_app.core.importing.xlsx_cells import date_text, number_text
from desktop_app.core.importing.xml_stream import local, new_parser

# Element codes; anything else is 0 and ignored.
ROW, CELL, VALUE, INLINE, TEXT, PHONETIC = 1, 2, 3, 4, 5, 6
_CODES = {"row": ROW, "c": CELL, "v": VALUE, "is": INLINE, "t": TEXT, "rPh": PHONETIC}


def too_many_elements() -> Msg:
    return Msg(
        "The workbook's first sheet holds more than {limit} XML elements, far more than its "
        "rows need; save it again from Excel as .xlsx or CSV and open that.",
        limit=grouped(limits.MAX_SHEET_ELEMENTS),  # the budget as set, whatever a test lowers here
    )


def too_many_rows() -> Msg:
    return Msg(
        "The workbook's first sheet has more than {limit} rows, Excel's own limit; "
        "split it into smaller files.",
        limit=grouped(MAX_ROWS),
    )


def too_many_columns(row: int) -> Msg:
    return Msg(
        "Row {row} of the sheet has more than {limit} columns, Excel's own limit; "
        "delete the extra columns and save the file again.",
        row=row,
        limit=grouped(MAX_COLUMNS),
    )


def column_index(reference: str) -> int:
    """ "C12" -> 2; 0 when the reference has no letters."""
    index = 0
    for char in reference:
        if "A" <= char <= "Z":
            index = index * 26 + ord(char) - 64
        elif "a" <= char <= "z":
            index = index * 26 + ord(char) - 96
        else:
            break
        if index > MAX_COLUMNS:
            break
    return index - 1


class SheetReader:
    """Owns an expat parser; records parsed so far collect in `records` for the reader to take.

    The handlers are closures over local state: expat calls them a dozen times per row, and a
    closure's variables are cheaper to reach than attributes."""

    def __init__(self, book: Book) -> None:
        self.records: list[Record] = []
        self.parser: Any = new_parser()
        start, end, text = _handlers(book, self.records)
        self.parser.StartElementHandler = start
        self.parser.EndElementHandler = end
        self.parser.CharacterDataHandler = text


def _handlers(book: Book, records: list[Record]) -> tuple[Any, Any, Any]:
    codes: dict[str, int] = {}
    columns: dict[str, int] = {}  # "AB" -> 27
    strings, date_styles, date1904 = book.strings, book.date_styles, book.date1904
    elements = 0
    row = 0  # the last row number started
    cells: list[str] = []
    in_row = collecting = inline = phonetic = False
    column = 0
    kind = ""
    style = -1
    pieces: list[str] = []
    length = 0

    def code_of(name: str) -> int:
        code = codes[name] = _CODES.get(local(name), 0)
        return code

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal elements, column, kind, style, pieces, length, collecting, inline, phonetic
        elements += 1
        if elements > MAX_SHEET_ELEMENTS:
            raise ImportFileError(too_many_elements())
        code = codes.get(name)
        if code is None:
            code = code_of(name)
        if code == CELL:
            reference = attrs.get("r")
            if reference:
                letters = reference.rstrip("0123456789")
                at = columns.get(letters)
                column = at if at is not None else _column_of(letters, columns, len(cells))
            else:
                column = len(cells)
            kind = attrs.get("t", "n")
            number = attrs.get("s") if date_styles else None  # styles matter for dates only
            style = int(number) if number and number.isdigit() and len(number) < 9 else -1
            pieces = []
            length = 0
        elif code == VALUE:
            collecting = not inline
        elif code == TEXT:
            collecting = inline and not phonetic
        elif code == ROW:
            start_row(attrs.get("r"))
        elif code == INLINE:
            inline = True
        elif code == PHONETIC:
            phonetic = True

    def start_row(reference: str | None) -> None:
        nonlocal row, cells, in_row
        number = row + 1
        if reference and reference.isdigit() and len(reference) < 9:
            number = max(number, int(reference))
        if number > MAX_ROWS:
            raise ImportFileError(too_many_rows())
        if number > row + 1:  # rows the sheet leaves out are empty: blank records keep lines true
            records.extend(([], missing) for missing in range(row + 1, number))
        row = number
        cells = []
        in_row = True

    def end(name: str) -> None:
        nonlocal collecting, in_row, inline, phonetic
        code = codes.get(name)
        if code is None:
            code = code_of(name)
        if code in (VALUE, TEXT):
            collecting = False
        elif code == CELL:
            if in_row:  # a cell outside any row is damaged XML: nothing to show
                end_cell()
        elif code == ROW:
            records.append((cells, row))
            in_row = False
        elif code == INLINE:
            inline = False
        elif code == PHONETIC:
            phonetic = False

    def end_cell() -> None:
        if column >= MAX_COLUMNS:
            raise ImportFileError(too_many_columns(row))
        raw = pieces[0] if len(pieces) == 1 else "".join(pieces)
        if kind == "n":
            if not raw:
                value = ""
            elif style in date_styles:
                value = date_text(raw, date1904)
            else:
                value = number_text(raw)
        elif kind == "s":
            found = raw.isdigit() and len(raw) < 10 and int(raw) < len(strings)
            value = strings[int(raw)] if found else ""
        elif kind == "b":
            value = "TRUE" if raw.strip() in ("1", "true") else "FALSE"
        else:  # str, inlineStr, e (an error such as #N/A), d (an ISO date)
            value = raw
        if column == len(cells):
            cells.append(value)
        elif column > len(cells):
            cells.extend([""] * (column - len(cells)))
            cells.append(value)
        else:
            cells[column] = value

    def text(data: str) -> None:
        nonlocal length
        if collecting:
            length += len(data)
            if length > MAX_CELL_CHARS:
                raise ImportFileError(cell_too_long(row))
            pieces.append(data)

    return start, end, text


def _column_of(letters: str, known: dict[str, int], fallback: int) -> int:
    index = column_index(letters)
    if index < 0:
        return fallback
    if len(known) < MAX_COLUMNS:
        known[letters] = index
    return index
