"""Records of an Excel workbook's first sheet, numbered by sheet row, read in openpyxl's
streaming (read-only) mode."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, Any

import openpyxl

from desktop_app.core.errors import ImportFileError
from desktop_app.core.importing.csv_source import CHUNK_RECORDS, Chunk

# Excel keeps 15 significant digits; a whole number beyond that has lost its last digits.
EXACT_LIMIT = 10**15
NOT_A_WORKBOOK = (
    "This file could not be opened as an Excel workbook (.xlsx); "
    "save it again from Excel as .xlsx or CSV and open that."
)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < EXACT_LIMIT:
            return str(int(value))
        # Shown the way Excel shows it, so validation says "Excel shortened this number".
        return f"{value:.5E}" if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def xlsx_chunks(
    path: Path | IO[bytes], tick: Callable[[], None]
) -> tuple[Iterator[Chunk], Callable[[], float]]:
    """The records in chunks, and a function giving the fraction of the sheet read so far."""
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        total = sheet.max_row if isinstance(sheet.max_row, int) and sheet.max_row > 0 else 0
    except Exception as error:  # openpyxl raises many types for damaged files
        raise ImportFileError(NOT_A_WORKBOOK) from error
    # Read-only mode yields every row from row 1 on, empty ones included: count them.
    state = {"line": 0}

    def position() -> float:
        return state["line"] / total if total else 0.0

    def chunks() -> Iterator[Chunk]:
        try:
            while True:
                try:
                    chunk = [
                        ([cell_text(value) for value in values], state["line"] + index)
                        for index, values in enumerate(islice(rows, CHUNK_RECORDS), start=1)
                    ]
                except Exception as error:
                    raise ImportFileError(NOT_A_WORKBOOK) from error
                if not chunk:
                    return
                state["line"] = chunk[-1][1]
                yield chunk
                tick()
        finally:
            workbook.close()

    return chunks(), position
