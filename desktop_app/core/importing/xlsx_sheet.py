"""The expat handlers that turn a worksheet's XML into records: one per sheet row, from row 1
on (missing rows are blank records, as a spreadsheet shows them), each cell in its column."""

from __future__ import annotations

from typing import Any

from desktop_app.core.errors import ImportFileError
from desktop_app.core.importing.csv_source import Record
from desktop_app.core.importing.limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_SHEET_ELEMENTS,
)
from desktop_app.core.importing.xlsx_book import Book, cell_too_long
from desktop_app.core.importing.xlsx_cells import date_text, number_text
from desktop_app.core.importing.xml_stream import local, new_parser

TOO_MANY_ELEMENTS = (
    f"The workbook's first sheet holds more than {MAX_SHEET_ELEMENTS:,} XML elements, far more "
    "than its rows need; save it again from Excel as .xlsx or CSV and open that."
)
TOO_MANY_ROWS = (
    f"The workbook's first sheet has more than {MAX_ROWS:,} rows, Excel's own limit; "
    "split it into smaller files."
)
# Element codes; anything else is 0 and ignored.
ROW, CELL, VALUE, INLINE, TEXT, PHONETIC = 1, 2, 3, 4, 5, 6
_CODES = {"row": ROW, "c": CELL, "v": VALUE, "is": INLINE, "t": TEXT, "rPh": PHONETIC}


def too_many_columns(row: int) -> str:
    return (
        f"Row {row} of the sheet has more than {MAX_COLUMNS:,} columns, Excel's own limit; "
        "delete the extra columns and save the file again."
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
    """Owns an expat parser; records parsed so far collect in `records` for the reader to take."""

    def __init__(self, book: Book) -> None:
        self.book = book
        self.records: list[Record] = []
        self.parser: Any = new_parser()
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._text
        self._codes: dict[str, int] = {}
        self._elements = 0
        self._row = 0  # the last row number handed on
        self._cells: list[str] = []
        self._in_row = False
        self._column = 0
        self._type = ""
        self._style = -1
        self._pieces: list[str] = []
        self._length = 0
        self._collecting = False
        self._inline = False
        self._phonetic = False

    def _code(self, name: str) -> int:
        code = self._codes.get(name)
        if code is None:
            code = self._codes[name] = _CODES.get(local(name), 0)
        return code

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        self._elements += 1
        if self._elements > MAX_SHEET_ELEMENTS:
            raise ImportFileError(TOO_MANY_ELEMENTS)
        code = self._code(name)
        if code == CELL:
            reference = attrs.get("r")
            self._column = column_index(reference) if reference else len(self._cells)
            if self._column < 0:
                self._column = len(self._cells)
            self._type = attrs.get("t", "n")
            style = attrs.get("s")
            self._style = int(style) if style and style.isdigit() and len(style) < 9 else -1
            self._pieces = []
            self._length = 0
        elif code == VALUE:
            self._collecting = not self._inline
        elif code == TEXT:
            self._collecting = self._inline and not self._phonetic
        elif code == ROW:
            self._start_row(attrs.get("r"))
        elif code == INLINE:
            self._inline = True
        elif code == PHONETIC:
            self._phonetic = True

    def _start_row(self, reference: str | None) -> None:
        number = self._row + 1
        if reference and reference.isdigit() and len(reference) < 9:
            number = max(number, int(reference))
        if number > MAX_ROWS:
            raise ImportFileError(TOO_MANY_ROWS)
        # Rows the sheet leaves out are empty rows: blank records keep every line number true.
        self.records.extend(([], missing) for missing in range(self._row + 1, number))
        self._row = number
        self._cells = []
        self._in_row = True

    def _end(self, name: str) -> None:
        code = self._code(name)
        if code in (VALUE, TEXT):
            self._collecting = False
        elif code == CELL:
            self._end_cell()
        elif code == ROW:
            self.records.append((self._cells, self._row))
            self._in_row = False
        elif code == INLINE:
            self._inline = False
        elif code == PHONETIC:
            self._phonetic = False

    def _end_cell(self) -> None:
        column = self._column
        if column >= MAX_COLUMNS:
            raise ImportFileError(too_many_columns(self._row))
        if not self._in_row:  # a cell outside any row: damaged XML, nothing to show
            return
        raw = "".join(self._pieces)
        kind = self._type
        if kind == "s":
            strings = self.book.strings
            found = raw.isdigit() and len(raw) < 10 and int(raw) < len(strings)
            value = strings[int(raw)] if found else ""
        elif kind == "n":
            if not raw:
                value = ""
            elif self._style in self.book.date_styles:
                value = date_text(raw, self.book.date1904)
            else:
                value = number_text(raw)
        elif kind == "b":
            value = "TRUE" if raw.strip() in ("1", "true") else "FALSE"
        else:  # str, inlineStr, e (an error such as #N/A), d (an ISO date)
            value = raw
        cells = self._cells
        if column >= len(cells):
            cells.extend([""] * (column - len(cells)))
            cells.append(value)
        else:
            cells[column] = value

    def _text(self, data: str) -> None:
        if self._collecting:
            self._length += len(data)
            if self._length > MAX_CELL_CHARS:
                raise ImportFileError(cell_too_long(self._row))
            self._pieces.append(data)
