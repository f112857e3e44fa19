"""The column-wise fast path: a chunk whose cells are all plain is checked a column at a time.

Any chunk with anything unusual (a blank line, a quoted line break, spaces, an odd value, a
duplicate) returns None here and goes through the per-row checks, which give the messages.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Collection

from desktop_app.core.importing.csv_source import Chunk, Lines
from desktop_app.core.importing.values import MAX_ID, MAX_KEY

PLAIN_CARRIER = re.compile(r"[A-Za-z0-9_.\-]{1,255}")
assert MAX_ID == 2**63 - 1  # what an array("q") holds


def single_lines(chunk: Chunk, ended: int) -> range | None:
    """The records' line numbers, when each record is exactly one physical line."""
    if not chunk or chunk[-1][1] - ended != len(chunk):
        return None
    return range(ended + 1, ended + 1 + len(chunk))


def column(chunk: Chunk, index: int) -> list[str] | None:
    if isinstance(chunk, Lines) and chunk.one_column:
        return chunk.texts if index == 0 else None  # a blank line's "" fails every check
    try:
        return [cells[index] for cells, _ in chunk]
    except IndexError:
        return None


def plain_ids(texts: list[str]) -> tuple[list[int], array[int]] | None:
    """The ids, as a list and as an array, when every cell is plain digits for a number up to
    MAX_ID (the array's own bound). A 0 is left to the duplicate check: no row has it."""
    digits = "".join(texts)
    if not (all(texts) and digits.isascii() and digits.isdigit()):
        return None
    try:
        numbers = list(map(int, texts))
        return numbers, array("q", numbers)
    except (ValueError, OverflowError):  # over 4,300 digits, or over MAX_ID: see the row checks
        return None


def plain_keys(texts: list[str]) -> bool:
    """Every tracking key non-empty, ASCII letters and digits only, at most MAX_KEY long."""
    joined = "".join(texts)
    return all(texts) and joined.isascii() and joined.isalnum() and max(map(len, texts)) <= MAX_KEY


def plain_carriers(texts: list[str], carriers: Collection[str] | None) -> bool:
    """Every carrier known (or, with no carrier list, at least a plausible key)."""
    used = set(texts)
    if carriers is None:
        return all(PLAIN_CARRIER.fullmatch(key) for key in used)
    return used.issubset(carriers)


def one_column_each(chunk: Chunk) -> bool:
    if isinstance(chunk, Lines):
        return chunk.one_column and all(chunk.texts)
    cells = [cells for cells, _ in chunk]
    return all(cells) and sum(map(len, cells)) == len(cells)
