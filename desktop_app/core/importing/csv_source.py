"""Chunks of records of a delimited text stream, each record with the line it ends on; the CSV
limits (line length, columns, lines) are checked as the records are read."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from itertools import chain, islice
from typing import TextIO

from desktop_app.core.errors import ImportFileError
from desktop_app.core.i18n import Msg
from desktop_app.core.importing.limits import MAX_COLUMNS, MAX_LINE_CHARS, MAX_ROWS
from desktop_app.core.importing.wording import grouped

# A record is (cells, last physical line). A quoted field may span lines, so a record starts on
# the line after the previous record ended; the first one starts on line 1.
Record = tuple[list[str], int]
Chunk = list[Record]
CHUNK_RECORDS = 1024
_BLOCK_CHARS = 256 * 1024  # lines are read and measured this much at a time


def csv_chunks(stream: TextIO, delimiter: str, tick: Callable[[], None]) -> Iterator[Chunk]:
    """csv.reader in chunks (bounded memory; progress and cancellation between chunks).

    Strict, so that a quote left open is an error instead of swallowing the rest of the file."""
    reader = csv.reader(_bounded_lines(stream), delimiter=delimiter, strict=True)
    ended = 0
    while True:
        records: list[list[str]] = []
        try:
            # extend() keeps the records read before an error: they say where it is.
            records.extend(islice(reader, CHUNK_RECORDS))
        except csv.Error as error:
            raise ImportFileError(_explain(_ends(records, ended)[-1] + 1, error)) from None
        if not records:
            return
        if reader.line_num - ended == len(records):  # one line each: the common case
            chunk = list(zip(records, range(ended + 1, reader.line_num + 1), strict=True))
        else:
            chunk = list(zip(records, _ends(records, ended)[1:], strict=True))
        ended = reader.line_num
        if max(map(len, records)) > MAX_COLUMNS:
            line = next(end for cells, end in chunk if len(cells) > MAX_COLUMNS)
            raise ImportFileError(
                Msg(
                    "Line {line} has more than {limit} columns, more than Seller Desk reads; "
                    "check that the file is an order export and open it again.",
                    line=line,
                    limit=grouped(MAX_COLUMNS),
                )
            )
        if ended > MAX_ROWS:
            raise ImportFileError(
                Msg(
                    "The file has more than {limit} lines, more than Seller Desk reads at "
                    "once; split it into smaller files.",
                    limit=grouped(MAX_ROWS),
                )
            )
        yield chunk
        tick()


def _ends(records: list[list[str]], ended: int) -> list[int]:
    """The line each record ends on, `ended` first. A quoted cell keeps the line breaks it
    spans ("\r\n", "\r" or "\n", as the lines were split), one per extra physical line."""
    ends = [ended]
    for cells in records:
        extra = 0
        for cell in cells:
            if "\n" in cell or "\r" in cell:
                extra += cell.count("\n") + cell.count("\r") - cell.count("\r\n")
        ended += 1 + extra
        ends.append(ended)
    return ends


def _bounded_lines(stream: TextIO) -> Iterator[str]:
    return chain.from_iterable(_line_blocks(stream))


def _line_blocks(stream: TextIO) -> Iterator[list[str]]:
    """The stream's lines a block at a time, each measured: a line past MAX_LINE_CHARS fails."""
    seen = 0
    while block := stream.readlines(_BLOCK_CHARS):
        if max(map(len, block)) > MAX_LINE_CHARS:
            line = seen + 1 + next(i for i, text in enumerate(block) if len(text) > MAX_LINE_CHARS)
            raise ImportFileError(
                Msg(
                    "Line {line} is over {limit} characters long, far longer than an order "
                    "line; check that the file is an order export and open it again.",
                    line=line,
                    limit=grouped(MAX_LINE_CHARS),
                )
            )
        seen += len(block)
        yield block


def _explain(line: int, error: csv.Error) -> Msg:
    text = str(error)
    if "unexpected end of data" in text or "newline inside string" in text:
        return Msg(
            'Line {line} opens a quote (") that is never closed, so the rest of the file cannot '
            "be read; remove the stray quote and open the file again.",
            line=line,
        )
    if "field larger than field limit" in text:
        return Msg(
            "Line {line} has a cell over {limit} characters, or opens a "
            'quote (") that is never closed; correct that line and open the file again.',
            line=line,
            limit=grouped(csv.field_size_limit()),
        )
    # The csv module's own words (English) say what it found.
    return Msg(
        "Line {line} cannot be read as CSV ({reason}); fix that line and open the file again.",
        line=line,
        reason=text,
    )
