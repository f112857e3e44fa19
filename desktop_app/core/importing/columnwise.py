"""The column-wise fast path: a chunk whose cells are all plain is checked a column at a time.

Any chunk with anything unusual (a blank line, a quoted line break, spaces, an odd value, a
duplicate) returns None here and goes through the per-row checks, which give the messages.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Set

from desktop_app.core.importing.csv_source import Chunk
from desktop_app.core.importing.values import MAX_ID, MAX_KEY

PLAIN_CARRIER = re.compile(r"[A-Za-z0-9_.\-]{1,255}")


def single_lines(chunk: Chunk, ended: int) -> range | None:
    """The records' line numbers, when each record is exactly one physical line."""
    if not chunk or chunk[-1][1] - ended != len(chunk):
        return None
    return range(ended + 1, ended + 1 + len(chunk))


def column(chunk: Chunk, index: int) -> list[str] | None:
    try:
        return [cells[index] for cells, _ in chunk]
    except IndexError:
        return None


def plain_ids(texts: list[str], seen: Set[int]) -> tuple[list[int], set[int]] | None:
    """The ids (and their set), when every cell is one plain id (ASCII digits, 1..MAX_ID) and
    none repeats or was seen before."""
    digits = "".join(texts)
    if not (all(texts) and digits.isascii() and digits.isdigit()):
        return None
    try:
        numbers = list(map(int, texts))
    except ValueError:  # over 4,300 digits: the per-row checks say what is wrong
        return None
    if min(numbers) < 1 or max(numbers) > MAX_ID:
        return None
    unique = set(numbers)
    if len(unique) != len(numbers) or not seen.isdisjoint(unique):
        return None
    return numbers, unique


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
    cells = [cells for cells, _ in chunk]
    return all(cells) and sum(map(len, cells)) == len(cells)
