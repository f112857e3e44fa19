"""Chunks of records of a delimited text stream, each record with the line it ends on."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from desktop_app.core.errors import ImportFileError

# A record is (cells, last physical line). A quoted field may span lines, so a record starts on
# the line after the previous record ended; the first one starts on line 1.
Record = tuple[list[str], int]
Chunk = list[Record]
CHUNK_RECORDS = 1024


def csv_chunks(lines: Iterable[str], delimiter: str, tick: Callable[[], None]) -> Iterator[Chunk]:
    """csv.reader in chunks (bounded memory; progress and cancellation between chunks)."""
    reader = csv.reader(lines, delimiter=delimiter)
    ended = 0
    while True:
        try:
            # The walrus keeps the last good line for the error message below.
            chunk = [(cells, (ended := reader.line_num)) for cells in islice(reader, CHUNK_RECORDS)]
        except csv.Error as error:
            raise ImportFileError(_explain(ended + 1, error)) from None
        if not chunk:
            return
        yield chunk
        tick()


def _explain(line: int, error: csv.Error) -> str:
    if "field larger than field limit" in str(error):
        return (
            f'Line {line} opens a quote (") that is never closed, so the rest of the file cannot '
            "be read; remove the stray quote and open the file again."
        )
    return f"Line {line} cannot be read as CSV ({error}); fix that line and open the file again."
