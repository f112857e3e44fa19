"""Records of an Excel workbook's first sheet, numbered by sheet row: the sheet's XML streamed
through expat, every limit (rows, columns, cell length, part sizes) checked as it is read."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from desktop_app.core.errors import ImportFileError
from desktop_app.core.i18n import Msg
from desktop_app.core.importing.csv_source import CHUNK_RECORDS, Chunk
from desktop_app.core.importing.limits import MAX_ROWS, MAX_SHEET_BYTES
from desktop_app.core.importing.xlsx_book import open_book
from desktop_app.core.importing.xlsx_sheet import SheetReader, too_many_rows
from desktop_app.core.importing.xml_stream import NOT_A_WORKBOOK, feed, part_blocks

__all__ = ["NOT_A_WORKBOOK", "xlsx_chunks"]


def sheet_too_large(size: Msg) -> Msg:
    return Msg(
        "The workbook's first sheet is {size} uncompressed, over the limit of {limit} MB; "
        "split it into smaller files.",
        size=size,
        limit=MAX_SHEET_BYTES // 1024 // 1024,
    )


def xlsx_chunks(
    path: Path | IO[bytes], tick: Callable[[], None]
) -> tuple[Iterator[Chunk], Callable[[], float]]:
    """The records in chunks, and a function giving the fraction of the sheet read so far."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise ImportFileError(Msg(NOT_A_WORKBOOK)) from None
    try:
        book = open_book(archive)
        size = archive.getinfo(book.sheet).file_size
        _count_rows_first(archive, book.sheet)
    except BaseException:
        archive.close()
        raise
    sheet = SheetReader(book)
    read = [0]

    def position() -> float:
        return read[0] / size if size else 0.0

    def blocks() -> Iterator[bytes]:
        for block in part_blocks(archive, book.sheet, MAX_SHEET_BYTES, sheet_too_large):
            read[0] += len(block)
            yield block

    def chunks() -> Iterator[Chunk]:
        with archive:
            pending = sheet.records
            for _ in feed(sheet.parser, blocks()):
                while len(pending) >= CHUNK_RECORDS:
                    yield pending[:CHUNK_RECORDS]
                    del pending[:CHUNK_RECORDS]
                    tick()
            if pending:
                yield pending[:]
                pending.clear()
                tick()

    return chunks(), position


def _count_rows_first(archive: zipfile.ZipFile, sheet: str) -> None:
    """A sheet long enough to hold too many rows is counted before it is parsed: counting bytes
    is twenty times faster than parsing them, so a 3-million-row sheet fails at once."""
    if archive.getinfo(sheet).file_size < MAX_ROWS * len("<row/>"):
        return
    rows, tail = 0, b""
    for block in part_blocks(archive, sheet, MAX_SHEET_BYTES, sheet_too_large):
        # "<row" also counts the rare "<rowBreaks": an upper bound, checked exactly later.
        text = tail + block
        rows += text.count(b"<row") + text.count(b":row")
        tail = text[-4:]
        rows -= tail.count(b"<row") + tail.count(b":row")
        if rows > MAX_ROWS:
            raise ImportFileError(too_many_rows())
