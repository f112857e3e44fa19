"""What every row checker shares: the rows so far, the ids seen, blank lines, a totals footer,
and the duplicate rule (an id already sent by an earlier line)."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator, Mapping, Sequence
from typing import Generic, TypeVar

from desktop_app.core.errors import ImportFileError
from desktop_app.core.i18n import Msg, message_id
from desktop_app.core.importing.row_table import VALID, RowTable
from desktop_app.core.importing.values import show
from desktop_app.core.models import InputRow, Outcome

_TOTALS = re.compile(r"(?:grand)?totals?|sum|summe|gesamt|insgesamt|anzahl|count|summary", re.I)
Id = TypeVar("Id", bound=Hashable)
# A row's problem: "Line 5, Sendungsnummer: empty; fill in the shipment tracking number."
ROW_PROBLEM = message_id("Line {line}, {column}: {problem}.")
DUPLICATE = message_id("Line {line}, {column}: duplicate of line {first}; sent once, from there.")
# A duplicate whose other cells are not those of the line it repeats (same parameters).
SHIPPING_DIFFERS = message_id(
    "Line {line}, {column}: duplicate of line {first}; sent once, from there, but its shipping "
    "details differ: check which is right."
)
OTHER_COLUMNS_DIFFER = message_id(
    "Line {line}, {column}: duplicate of line {first}; sent once, from there, but its other "
    "columns differ: check which is right."
)


def looks_like_totals(cells: Sequence[str]) -> bool:
    """A footer such as "Total: 312" or "Summe;;;312" that spreadsheets append below the data."""
    return any(_TOTALS.match(cell.strip()) for cell in cells)


def is_blank(cells: Sequence[str]) -> bool:
    return not any(cell.strip() for cell in cells)


class FirstRows(Mapping[Id, int], Generic[Id]):
    """Each id sent so far -> the position of the first row that sends it.

    The fast paths only add ids to `seen` (a set update reuses the ids' hashes); a position is
    looked up when a duplicate needs it: in `ids` for a row of one integer id (a scan at C
    speed, cached; past a few, the whole index is built once), else where `add` put it."""

    SCANS_BEFORE_INDEX = 32

    def __init__(self, rows: RowTable) -> None:
        self.seen: set[Id] = set()
        self._at: dict[Id, int] = {}
        self._rows = rows
        self._scans = 0
        self._refused = False  # has claim() refused a chunk yet

    def add(self, item: Id, position: int) -> None:
        self.seen.add(item)
        self._at.setdefault(item, position)

    def __contains__(self, item: object) -> bool:
        return item in self.seen

    def __getitem__(self, item: Id) -> int:
        found = self._at.get(item)
        if found is not None:
            return found
        if item not in self.seen or not isinstance(item, int):
            raise KeyError(item)
        self._scans += 1
        ids, outcomes = self._rows.ids, self._rows.outcomes
        if self._scans > self.SCANS_BEFORE_INDEX:
            for position, (number, outcome) in enumerate(zip(ids, outcomes, strict=True)):
                if outcome == VALID:
                    self._at.setdefault(number, position)  # type: ignore[arg-type]
            return self._at[item]
        # The first valid row with this id: an earlier invalid one sends nothing.
        position = ids.index(item)
        while outcomes[position] != VALID:
            position = ids.index(item, position + 1)
        self._at[item] = position
        return position

    def __iter__(self) -> Iterator[Id]:
        return iter(self.seen)

    def __len__(self) -> int:
        return len(self.seen)

    def claim(self, items: list[Id]) -> bool:
        """Add the ids of a chunk of plain rows, when none was seen before and none repeats
        (nor is 0, never an id, so never in `seen` otherwise); else leave `seen` as it was.

        Optimistic until the first refusal: one set update, whose growth says whether all were
        new. From then on they are checked before they are added."""
        seen = self.seen
        if self._refused and not seen.isdisjoint(items):
            return False
        before = len(seen)
        seen.update(items)
        if len(seen) - before == len(items) and 0 not in seen:
            return True
        if self._refused:
            seen.difference_update(items)  # none of them was there before
        else:
            self._refused = True
            seen.clear()  # and back to what it held before: the ids the valid rows send
            seen.update(self._rows.valid_ids())  # type: ignore[arg-type]
        return False


class RowSink:
    """Rows in file order; blank lines are counted, a totals-like row is remembered."""

    def __init__(self) -> None:
        self.rows = RowTable()
        self.blank_lines = 0
        self._totals_at: int | None = None
        self._totals_cells: list[str] = []

    def _other(self, line: int, cells: list[str], row: InputRow) -> None:
        """Rows off the fast path: skip blank lines, and remember a possible totals line."""
        if row.outcome is not Outcome.VALID and is_blank(cells):
            self.blank_lines += 1
            return
        if row.outcome is Outcome.INVALID and looks_like_totals(cells):
            self._totals_at, self._totals_cells = len(self.rows), cells
        self.rows.append(row)

    def finish(self) -> tuple[InputRow, list[str]] | None:
        """Take back a totals-like row if it turned out to be the last data line: it is a footer."""
        if self._totals_at is not None and self._totals_at == len(self.rows) - 1:
            return self.rows.pop(), self._totals_cells
        return None

    def wrap_up(self, notes: list[str], source_name: str) -> RowTable:
        """Drop a totals footer, note it and the blank lines; a file with no rows is an error."""
        totals = self.finish()
        if totals is not None:
            row, totals_cells = totals
            shown = " ".join(show(cell.strip()) for cell in totals_cells if cell.strip())
            notes.append(
                Msg(
                    "Line {line} looks like a totals line ({cells}) and is not data.",
                    line=row.line,
                    cells=shown,
                )
            )
        if self.blank_lines:
            notes.append(
                Msg(
                    "{n} blank line skipped.",
                    plural="{n} blank lines skipped.",
                    n=self.blank_lines,
                )
            )
        if not self.rows:
            raise ImportFileError(
                Msg("'{name}' has a header but no order item lines below it.", name=source_name)
            )
        return self.rows


def duplicate_of(
    line: int,
    label: str,
    ids: Sequence[Id],
    first_at: Mapping[Id, int],
    rows: Sequence[InputRow],
) -> tuple[Outcome, Msg, InputRow] | None:
    """DUPLICATE when an earlier line sends all of `ids`; INVALID when it sends only some."""
    earlier = [item for item in ids if item in first_at]
    if not earlier:
        return None
    first = rows[first_at[earlier[0]]]
    if len(earlier) < len(ids):
        message = Msg(
            "Line {line}, {column}: {item} is already on line {first}; "
            "remove it from one of the two lines.",
            line=line,
            column=label,
            item=str(earlier[0]),
            first=first.line,
        )
        return Outcome.INVALID, message, first
    message = Msg(DUPLICATE, line=line, column=label, first=first.line)
    return Outcome.DUPLICATE, message, first


def differing(duplicate: Msg, other_id: str) -> Msg:
    """A duplicate's message said again with another id (SHIPPING_DIFFERS, OTHER_COLUMNS_DIFFER)."""
    said = duplicate.params
    return Msg(other_id, line=said["line"], column=said["column"], first=said["first"])
