"""An import's rows held column-wise: lines and ids in arrays, outcomes as small ints, and the
rarer parts (messages, several ids, shipping, details) only for the rows that have them.

A 100k-row file then costs a few MB and no object per row; a row is built as an InputRow only
when it is read (`table[i]`, iteration), so every reader of `ImportResult.rows` works unchanged.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import compress
from typing import TypeVar, overload

from desktop_app.core.models import EMPTY_DETAILS, InputRow, ItemId, Outcome, ShipInfo

OUTCOMES = tuple(Outcome)
CODES = {outcome: code for code, outcome in enumerate(OUTCOMES)}
VALID = CODES[Outcome.VALID]
V = TypeVar("V")
NO_ID = 0  # in `ids`: the row's ids are not one whole number; see _other_ids
_IS_VALID = bytes(code == VALID for code in range(256))  # for bytes.translate


class RowTable(Sequence[InputRow]):
    """Rows in file order. The importer fills it through the append/extend methods."""

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by content

    def __init__(self) -> None:
        self.lines = array("q")
        self.ids = array("q")  # ids are 1 or more, so 0 (NO_ID) is free as a marker
        self.outcomes = array("b")
        self._other_ids: dict[int, tuple[ItemId, ...]] = {}
        self._errors: dict[int, tuple[str, ...]] = {}
        self._warnings: dict[int, tuple[str, ...]] = {}
        self._raw_ids: dict[int, str] = {}
        # Shipping columns, as long as the last row that has shipping (shorter: None after).
        self._carriers: list[str | None] = []
        self._shipments: list[str] = []
        self._returns: list[str] = []
        # Details: an index into a pool of distinct mappings (-1: none), as long as the last
        # row that has some. Rows of one file mostly share their few distinct details.
        self._details_at = array("l")
        self._details_pool: list[Mapping[str, str]] = []
        self._details_index: dict[tuple[tuple[str, str], ...], int] = {}

    # -- reading ---------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.lines)

    @overload
    def __getitem__(self, index: int) -> InputRow: ...
    @overload
    def __getitem__(self, index: slice) -> RowTable: ...
    def __getitem__(self, index: int | slice) -> InputRow | RowTable:
        if isinstance(index, slice):
            return self.take(range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        number = self.ids[index]  # IndexError past the end, as a list
        ship = None
        if index < len(self._carriers) and (carrier := self._carriers[index]) is not None:
            ship = ShipInfo(carrier, self._shipments[index], self._returns[index])
        details = EMPTY_DETAILS
        if index < len(self._details_at) and (at := self._details_at[index]) >= 0:
            details = self._details_pool[at]
        return InputRow(
            self.lines[index],
            (number,) if number != NO_ID else self._other_ids[index],
            ship,
            OUTCOMES[self.outcomes[index]],
            self._errors.get(index, ()),
            self._warnings.get(index, ()),
            self._raw_ids.get(index, ""),
            details,
        )

    def __iter__(self) -> Iterator[InputRow]:
        return map(self.__getitem__, range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def outcome_at(self, index: int) -> Outcome:
        return OUTCOMES[self.outcomes[index]]

    def outcome_counts(self) -> Counter[Outcome]:
        """By outcome, in the order the outcomes first appear (a report's "counts" keep it)."""
        codes = self.outcomes.tobytes()  # counted and found at C speed, not byte by byte
        found = [(codes.find(code), code) for code in range(len(OUTCOMES)) if code in codes]
        return Counter({OUTCOMES[code]: codes.count(code) for _, code in sorted(found)})

    def noted(self) -> list[int]:
        """The positions of the rows with an error or a warning, in file order."""
        return sorted(self._errors.keys() | self._warnings.keys())

    def irregular(self) -> list[int]:
        """The noted rows and those whose ids are not one whole number, in file order: what a
        report cannot write from the columns alone."""
        return sorted(self._errors.keys() | self._warnings.keys() | self._other_ids.keys())

    def valid_ids(self) -> set[ItemId]:
        """Every id the valid rows send."""
        valid = self.outcomes.tobytes().translate(_IS_VALID)  # a valid row's 1, others' 0
        ids: set[ItemId] = set(compress(self.ids, valid))
        ids.discard(NO_ID)
        for index, items in self._other_ids.items():
            if self.outcomes[index] == VALID:
                ids.update(items)
        return ids

    def has_detail(self, name: str) -> bool:
        """Whether any row has a non-empty value for the detail `name`."""
        return any(details.get(name) for details in self._details_pool)

    def take(self, indexes: Iterable[int]) -> RowTable:
        """A new table of the rows at `indexes`, in that order (column by column, no rows)."""
        order = indexes if isinstance(indexes, range) else list(indexes)
        taken = RowTable()
        taken.lines = array("q", map(self.lines.__getitem__, order))
        taken.ids = array("q", map(self.ids.__getitem__, order))
        taken.outcomes = array("b", map(self.outcomes.__getitem__, order))
        if self._other_ids or self._errors or self._warnings or self._raw_ids:
            moved = {old: new for new, old in enumerate(order)}
            taken._other_ids = _moved(self._other_ids, moved)
            taken._errors = _moved(self._errors, moved)
            taken._warnings = _moved(self._warnings, moved)
            taken._raw_ids = _moved(self._raw_ids, moved)
        if self._carriers:
            self._pad_ships(len(self))  # so that every position can be read
            taken._carriers = list(map(self._carriers.__getitem__, order))
            taken._shipments = list(map(self._shipments.__getitem__, order))
            taken._returns = list(map(self._returns.__getitem__, order))
        if self._details_pool:
            self._pad_details(len(self))
            taken._details_at = array("l", map(self._details_at.__getitem__, order))
            taken._details_pool = list(self._details_pool)
            taken._details_index = dict(self._details_index)
        return taken

    # -- filling ---------------------------------------------------------------------------------
    def append(self, row: InputRow) -> None:
        index = len(self.lines)
        items = row.order_items
        single = len(items) == 1 and type(items[0]) is int
        self.lines.append(row.line)
        self.ids.append(items[0] if single else NO_ID)  # type: ignore[arg-type]
        self.outcomes.append(CODES[row.outcome])
        if not single:
            self._other_ids[index] = items
        if row.errors:
            self._errors[index] = row.errors
        if row.warnings:
            self._warnings[index] = row.warnings
        if row.raw_ids:
            self._raw_ids[index] = row.raw_ids
        if row.ship is not None:
            ship = row.ship
            self._pad_ships(index)
            self._carriers.append(ship.carrier_key)
            self._shipments.append(ship.shipment_tracking_key)
            self._returns.append(ship.return_tracking_key)
        if row.details:
            self._set_details(index, row.details)

    def extend(self, rows: Iterable[InputRow]) -> None:
        if not isinstance(rows, RowTable):
            for row in rows:
                self.append(row)
            return
        start = len(self)
        self.lines.extend(rows.lines)
        self.ids.extend(rows.ids)
        self.outcomes.extend(rows.outcomes)
        self._other_ids.update(_shifted(rows._other_ids, start))
        self._errors.update(_shifted(rows._errors, start))
        self._warnings.update(_shifted(rows._warnings, start))
        self._raw_ids.update(_shifted(rows._raw_ids, start))
        if rows._carriers:
            self._pad_ships(start)
            self._carriers.extend(rows._carriers)
            self._shipments.extend(rows._shipments)
            self._returns.extend(rows._returns)
        if rows._details_pool:
            pool = [self._pooled(details) for details in rows._details_pool]
            self._pad_details(start)
            self._details_at.extend(pool[at] if at >= 0 else -1 for at in rows._details_at)

    def add_warning(self, index: int, text: str) -> None:
        self._warnings[index] = (*self._warnings.get(index, ()), text)

    def add_valid(self, line: int, number: int) -> None:
        """The common row, fast: one id, valid, nothing else."""
        self.lines.append(line)
        self.ids.append(number)
        self.outcomes.append(VALID)

    def extend_valid(self, lines: range, numbers: Sequence[int]) -> None:
        """Many common rows at once (the column-wise fast path)."""
        self.lines.fromlist(list(lines))  # a third faster than extend(range)
        self.ids.extend(numbers)
        self.outcomes.frombytes(bytes(len(numbers)))  # VALID is code 0

    def add_valid_ship(
        self, line: int, number: int, ship: tuple[str, str, str], warnings: tuple[str, ...]
    ) -> None:
        index = len(self.lines)
        self._pad_ships(index)
        carrier, shipment, returns = ship
        self._carriers.append(carrier)
        self._shipments.append(shipment)
        self._returns.append(returns)
        self.add_valid(line, number)
        if warnings:
            self._warnings[index] = warnings

    def extend_valid_ships(
        self,
        lines: range,
        numbers: Sequence[int],
        ships: tuple[Sequence[str], Sequence[str], Sequence[str]],
        warnings: Sequence[tuple[str, ...]] | None = None,
    ) -> None:
        """Many valid ship rows at once: carriers, shipment and return keys as columns."""
        start = len(self.lines)
        self._pad_ships(start)
        carriers, shipments, returns = ships
        self._carriers.extend(carriers)
        self._shipments.extend(shipments)
        self._returns.extend(returns)
        self.extend_valid(lines, numbers)
        if warnings is not None:
            self._warnings.update((start + at, note) for at, note in enumerate(warnings) if note)

    def pop(self) -> InputRow:
        """Take back the last row (a totals footer)."""
        row = self[-1]
        index = len(self) - 1
        for column in (self.lines, self.ids, self.outcomes):
            column.pop()
        for sparse in (self._other_ids, self._errors, self._warnings, self._raw_ids):
            sparse.pop(index, None)
        for ship_column in (self._carriers, self._shipments, self._returns):
            del ship_column[index:]
        del self._details_at[index:]
        return row

    def _pad_ships(self, index: int) -> None:
        missing = index - len(self._carriers)
        if missing > 0:
            self._carriers.extend([None] * missing)
            self._shipments.extend([""] * missing)
            self._returns.extend([""] * missing)

    def _pad_details(self, index: int) -> None:
        missing = index - len(self._details_at)
        if missing > 0:
            self._details_at.extend([-1] * missing)

    def _pooled(self, details: Mapping[str, str]) -> int:
        key = tuple(details.items())
        at = self._details_index.get(key)
        if at is None:
            at = self._details_index[key] = len(self._details_pool)
            self._details_pool.append(details)
        return at

    def _set_details(self, index: int, details: Mapping[str, str]) -> None:
        at = self._pooled(details)
        self._pad_details(index)
        self._details_at.append(at)


def _moved(values: dict[int, V], moved: Mapping[int, int]) -> dict[int, V]:
    return {moved[old]: value for old, value in values.items() if old in moved}


def _shifted(values: dict[int, V], start: int) -> Iterator[tuple[int, V]]:
    return ((start + index, value) for index, value in values.items())
