"""Chunks of records of a delimited text stream, each record with the line it ends on; the CSV
limits (line length, columns, lines) are checked as the records are read.

Most files have no quote at all: a block of such lines is split at C speed, one record a line,
exactly as csv.reader would read it, and kept as its lines' texts (`Lines`). The first block
that holds a quote, or anything else csv.reader and str.splitlines() could read differently,
hands that block and the rest of the file to csv.reader."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, islice
from typing import TextIO, overload

from desktop_app.core.errors import ImportFileError
from desktop_app.core.i18n import Msg
from desktop_app.core.importing.limits import MAX_COLUMNS, MAX_LINE_CHARS, MAX_ROWS
from desktop_app.core.importing.wording import grouped

# A record is (cells, last physical line). A quoted field may span lines, so a record starts on
# the line after the previous record ended; the first one starts on line 1.
Record = tuple[list[str], int]
Chunk = Sequence[Record]
CHUNK_RECORDS = 1024
_BLOCK_CHARS = 256 * 1024  # lines are read and measured this much at a time
_PLAIN_BLOCK_CHARS = 16 * 1024  # text read at a time while no quote is seen (about CHUNK_RECORDS)
# Where str.splitlines() breaks a line and csv.reader does not.
_OTHER_BREAKS = ("\x0b", "\x0c", "\x1c", "\x1d", "\x1e")
_OTHER_BREAKS_NON_ASCII = (*_OTHER_BREAKS, "\x85", "\u2028", "\u2029")


class Lines(Sequence[Record]):
    """Consecutive records of one physical line each and no quote: the lines' texts (without
    their line breaks), split into cells only when a record is read; a blank line has none."""

    __slots__ = ("_records", "delimiter", "first", "one_column", "texts")

    def __init__(self, texts: list[str], first: int, delimiter: str, one_column: bool) -> None:
        self.texts = texts
        self.first = first  # the first text's line number
        self.delimiter = delimiter
        self.one_column = one_column  # no text holds the delimiter: each is its record's cell
        self._records: list[Record] | None = None

    @property
    def numbers(self) -> range:
        """The records' line numbers."""
        return range(self.first, self.first + len(self.texts))

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, index: int) -> Record: ...
    @overload
    def __getitem__(self, index: slice) -> Lines: ...
    def __getitem__(self, index: int | slice) -> Record | Lines:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self.texts))
            if step != 1:
                raise ValueError("Lines are sliced in order")
            return Lines(
                self.texts[start:stop], self.first + start, self.delimiter, self.one_column
            )
        if self._records is not None:
            return self._records[index]
        text = self.texts[index]
        at = index if index >= 0 else index + len(self.texts)
        return (text.split(self.delimiter) if text else []), self.first + at

    def __iter__(self) -> Iterator[Record]:
        if self._records is None:  # split once, however often the records are read
            delimiter = self.delimiter
            cells = [text.split(delimiter) if text else [] for text in self.texts]
            self._records = list(zip(cells, self.numbers, strict=True))
        return iter(self._records)


def csv_chunks(stream: TextIO, delimiter: str, tick: Callable[[], None]) -> Iterator[Chunk]:
    """The stream's records in chunks (bounded memory; progress and cancellation between
    chunks): `Lines` while no quote is seen, then csv.reader's. Strict, so that a quote left
    open is an error instead of swallowing the rest of the file."""
    limit = min(csv.field_size_limit(), MAX_LINE_CHARS - 2)  # no longer line is plain
    ended, pending = 0, ""
    while True:
        block = stream.read(_PLAIN_BLOCK_CHARS)
        text = pending + block if pending else block
        cut = _whole_lines_end(text) if block else len(text)
        whole = text[:cut]
        lines = _plain_lines(whole, delimiter, limit) if len(text) - cut <= limit else None
        if lines is None:
            rest = io.StringIO(text + stream.readline(), newline="").readlines()
            yield from _csv_chunks(chain([rest], _line_blocks(stream)), delimiter, tick, ended)
            return
        pending = text[cut:]
        if lines:
            if ended + len(lines) > MAX_ROWS:
                raise _too_many_lines()
            yield Lines(lines, ended + 1, delimiter, delimiter not in whole)
            ended += len(lines)
            tick()
        if not block:
            return


def _whole_lines_end(text: str) -> int:
    """Where the last whole line of `text` ends (a "\r" at the very end may be half a "\r\n")."""
    end = len(text) - 1 if text.endswith("\r") else len(text)
    return max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1


def _plain_lines(text: str, delimiter: str, limit: int) -> list[str] | None:
    """The lines of `text`, when csv.reader would read each as one record of its cells split at
    `delimiter`: no quote, no other line break, no line over `limit` or over MAX_COLUMNS."""
    others = _OTHER_BREAKS if text.isascii() else _OTHER_BREAKS_NON_ASCII
    if '"' in text or any(other in text for other in others):
        return None
    lines = text.splitlines()
    if len(text) > limit or text.count(delimiter) >= MAX_COLUMNS:
        # Only a line this long can be too long or too wide: csv.reader then says which.
        suspects = (line for line in lines if len(line) >= min(limit, MAX_COLUMNS))
        if any(len(line) > limit or line.count(delimiter) >= MAX_COLUMNS for line in suspects):
            return None
    return lines


def _csv_chunks(
    blocks: Iterable[list[str]], delimiter: str, tick: Callable[[], None], ended: int
) -> Iterator[Chunk]:
    """csv.reader over the lines, in chunks; `ended` is the line the lines start after."""
    reader = csv.reader(_measured_lines(blocks, ended), delimiter=delimiter, strict=True)
    start = ended
    while True:
        records: list[list[str]] = []
        try:
            # extend() keeps the records read before an error: they say where it is.
            records.extend(islice(reader, CHUNK_RECORDS))
        except csv.Error as error:
            raise ImportFileError(_explain(_ends(records, ended)[-1] + 1, error)) from None
        if not records:
            return
        read_to = start + reader.line_num
        if read_to - ended == len(records):  # one line each: the common case
            chunk = list(zip(records, range(ended + 1, read_to + 1), strict=True))
        else:
            chunk = list(zip(records, _ends(records, ended)[1:], strict=True))
        ended = read_to
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
            raise _too_many_lines()
        yield chunk
        tick()


def _too_many_lines() -> ImportFileError:
    return ImportFileError(
        Msg(
            "The file has more than {limit} lines, more than Seller Desk reads at once; split it"
            " into smaller files.",
            limit=grouped(MAX_ROWS),
        )
    )


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


def _line_blocks(stream: TextIO) -> Iterator[list[str]]:
    while block := stream.readlines(_BLOCK_CHARS):
        yield block


def _measured_lines(blocks: Iterable[list[str]], seen: int) -> Iterator[str]:
    """The lines, a block at a time, each measured: a line past MAX_LINE_CHARS fails. `seen`
    lines came before them."""
    for block in blocks:
        if block and max(map(len, block)) > MAX_LINE_CHARS:
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
        yield from block


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
