"""Where the data starts: the first non-blank record (the header, or a bare list of ids)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from desktop_app.core.errors import ImportFileError
from desktop_app.core.i18n import Msg, message_id
from desktop_app.core.importing.csv_source import Chunk
from desktop_app.core.importing.row_sink import is_blank

_ID_LIKE = re.compile(r"=?\"?[+-]?\d[\d\s.,;|'’\u00a0\u202fEe+\-]*\"?")
_MOJIBAKE_BOM = ("\ufeff", "ï»¿")
HEADER_ON_LINE = message_id("Header on line {line}.")  # a note: lines above it were blank


def first_record(
    chunks: Iterator[Chunk], source_name: str
) -> tuple[int, list[str], Chunk, int, int]:
    """The first non-blank record: its line, cells (without a stray BOM), the rest of its chunk,
    where that record ended, and how many blank lines came before it."""
    ended = blank = 0
    for chunk in chunks:
        for index, (cells, end) in enumerate(chunk):
            line, ended = ended + 1, end
            if not is_blank(cells):
                for bom in _MOJIBAKE_BOM:  # a stray BOM, e.g. UTF-8's read as Windows-1252
                    cells[0] = cells[0].removeprefix(bom)
                return line, cells, chunk[index + 1 :], ended, blank
            blank += 1
    raise ImportFileError(
        Msg("'{name}' holds no order items; it has only blank lines.", name=source_name)
    )


def looks_headerless(cells: Sequence[str]) -> bool:
    """A first record of numbers only is data, not a header: a bare list of ids."""
    return all(_ID_LIKE.fullmatch(cell.strip()) for cell in cells if cell.strip())
