"""Lean per-row checks: one InputRow per data line, with an outcome and messages naming the line.

Plain typed code on purpose: this runs once per row of 100k-row files, where a pydantic model
per row would triple the import time.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from desktop_app.core.i18n import Msg, message_id
from desktop_app.core.importing.columnwise import (
    PLAIN_CARRIER,
    column,
    one_column_each,
    plain_carriers,
    plain_ids,
    plain_keys,
    single_lines,
)
from desktop_app.core.importing.csv_source import Chunk
from desktop_app.core.importing.headers import ColumnMap
from desktop_app.core.importing.row_sink import (
    ROW_PROBLEM,
    SHIPPING_DIFFERS,
    FirstRows,
    RowSink,
    differing,
    duplicate_of,
)
from desktop_app.core.importing.row_table import VALID
from desktop_app.core.importing.values import MAX_ID, clean, key_is_plain, key_problem, parse_ids
from desktop_app.core.models import InputRow, Outcome, ShipInfo

# What messages call a column without a header; message ids.
SHIPMENT = message_id("shipment tracking number")
RETURNS = message_id("return tracking number")
CARRIER = message_id("carrier")
CARRIER_KEY = message_id("carrier key")
ORDER_ITEM = message_id("order item id")
UNCHECKED = message_id(
    "Line {line}, {column}: '{carrier}' was not checked, because the carrier list is not "
    "loaded; make sure it is one of your account's carrier keys."
)


class RowChecker(RowSink):
    """Checks records in file order into `rows`; remembers the ids seen, to report duplicates."""

    def __init__(
        self,
        columns: ColumnMap,
        labels: Sequence[str],
        *,
        headerless: bool = False,
        carriers: Collection[str] | None = None,
        default_carrier: str | None = None,
        trust_non_ascii: bool = True,
    ) -> None:
        super().__init__()
        self.columns = columns
        self.labels = list(labels)
        self.headerless = headerless
        self.width = 1 + max(
            i
            for i in (columns.ids, columns.carrier, columns.shipment, columns.returns)
            if i is not None
        )
        # Written -> key; a Mapping also names carriers by their names (core/carrier_names.py).
        self.carriers: dict[str, str] | None = None
        if carriers is not None:
            self.carriers = (
                dict(carriers) if isinstance(carriers, Mapping) else {c: c for c in carriers}
            )
        # A carrier typed in another case still names exactly one known key.
        folded: dict[str, set[str]] = {}
        for written, key in (self.carriers or {}).items():
            folded.setdefault(written.casefold(), set()).add(key)
        self.carriers_folded = {k: next(iter(v)) for k, v in folded.items() if len(v) == 1}
        self.default_carrier = (default_carrier or "").strip()
        self.trust_non_ascii = trust_non_ascii
        # Each id sent so far -> the index in `rows` of the row that sends it.
        self.first_at: FirstRows[int] = FirstRows(self.rows)
        self.ship_columns: tuple[int, int, int, int] | None = None
        if columns.shipment is not None and columns.returns is not None:
            carrier = -1 if columns.carrier is None else columns.carrier
            self.ship_columns = (columns.ids, carrier, columns.shipment, columns.returns)
        # How messages name each column: its header, else the field in words.
        self.ids_label = (
            Msg(ORDER_ITEM) if headerless else self._label(columns.ids, columns.ids_field)
        )
        self.carrier_label = self._label(columns.carrier, CARRIER)
        # (what a key is, its column's label) for the shipment and the return tracking keys
        self.keys = (
            (SHIPMENT, self._label(columns.shipment, SHIPMENT)),
            (RETURNS, self._label(columns.returns, RETURNS)),
        )

    def _label(self, index: int | None, fallback: str) -> str:
        """The column's header, or `fallback` (a message id) in words when it has none."""
        if index is None or index >= len(self.labels) or not self.labels[index].strip():
            return Msg(fallback)
        return self.labels[index].strip()

    # -- the hot loops ---------------------------------------------------------------------------
    def check_chunk(self, chunk: Chunk, ended: int) -> int:
        """Check a chunk of records into self.rows; returns the line the chunk ends on."""
        if self._plain_chunk(chunk, ended):
            return chunk[-1][1]
        if self.ship_columns is None:
            return self._cancel_chunk(chunk, ended)
        return self._ship_chunk(chunk, ended, self.ship_columns)

    def _plain_chunk(self, chunk: Chunk, ended: int) -> bool:
        """The column-wise fast path; False when the chunk needs row-by-row checks."""
        lines = single_lines(chunk, ended)
        if lines is None or (self.headerless and not one_column_each(chunk)):
            return False
        texts = column(chunk, self.columns.ids)
        plain = None if texts is None else plain_ids(texts)
        if plain is None:
            return False
        numbers, ids = plain
        if self.ship_columns is None:
            if not self.first_at.claim(numbers):
                return False
            self.rows.extend_valid(lines, ids)
            return True
        _, carrier_at, shipment_at, returns_at = self.ship_columns
        shipments, returns = column(chunk, shipment_at), column(chunk, returns_at)
        carriers = column(chunk, carrier_at) if carrier_at >= 0 else [""] * len(chunk)
        if shipments is None or returns is None or carriers is None:
            return False
        if self.default_carrier:
            carriers = [carrier or self.default_carrier for carrier in carriers]
        if not (
            plain_keys(shipments)
            and plain_keys(returns)
            and plain_carriers(carriers, self.carriers)
        ):
            return False
        notes = None
        if self.carriers is None:
            notes = [(self._unchecked(n, c),) for n, c in zip(lines, carriers, strict=True)]
        else:  # a carrier's name becomes its key
            carriers = [self.carriers[carrier] for carrier in carriers]
        if not self.first_at.claim(numbers):
            return False
        self.rows.extend_valid_ships(lines, ids, (carriers, shipments, returns), notes)
        return True

    def _cancel_chunk(self, chunk: Chunk, ended: int) -> int:
        index, headerless, seen = self.columns.ids, self.headerless, self.first_at.seen
        # RowTable.add_valid, inlined: this loop runs once per row.
        lines = self.rows.lines
        add_line, add_id, add_outcome = (
            lines.append,
            self.rows.ids.append,
            self.rows.outcomes.append,
        )
        for cells, end in chunk:
            line, ended = ended + 1, end
            # Fast path: one plain id not seen before (the vast majority of rows).
            if not headerless or len(cells) == 1:
                try:
                    text = cells[index].strip()
                except IndexError:
                    text = ""
                # Below 20 digits int() is cheap and the number fits MAX_ID's 19 digits.
                if text.isdigit() and text.isascii() and len(text) < 20:
                    number = int(text)
                    if 0 < number <= MAX_ID and number not in seen:
                        seen.add(number)
                        add_line(line)
                        add_id(number)
                        add_outcome(VALID)
                        continue
            self._other(line, cells, self._cancel_slow(line, cells))
        return ended

    def _cancel_slow(self, line: int, cells: list[str]) -> InputRow:
        if self.headerless:
            text = " ".join(cell.strip() for cell in cells if cell.strip())
        else:
            text = cells[self.columns.ids] if self.columns.ids < len(cells) else ""
        return self._slow(line, clean(text), None, [])

    def _ship_chunk(self, chunk: Chunk, ended: int, columns: tuple[int, int, int, int]) -> int:
        ids_at, carrier_at, shipment_at, returns_at = columns
        width, default_carrier, seen = self.width, self.default_carrier, self.first_at.seen
        rows, fast_carrier = self.rows, self._fast_carrier
        for cells, end in chunk:
            line, ended = ended + 1, end
            if len(cells) < width:
                cells = cells + [""] * (width - len(cells))
            ids_text = cells[ids_at].strip()
            shipment = cells[shipment_at].strip()
            returns = cells[returns_at].strip()
            carrier = cells[carrier_at].strip() if carrier_at >= 0 else ""
            # Fast path: one plain id not seen before, plain tracking keys, a carrier we accept.
            if (
                ids_text.isdigit()
                and ids_text.isascii()
                and len(ids_text) < 20
                and key_is_plain(shipment)
                and key_is_plain(returns)
            ):
                number = int(ids_text)
                known, notes = fast_carrier(line, carrier or default_carrier)
                if known is not None and 0 < number <= MAX_ID and number not in seen:
                    seen.add(number)
                    rows.add_valid_ship(line, number, (known, shipment, returns), notes)
                    continue
            row = self._ship_slow(line, ids_text, carrier or default_carrier, shipment, returns)
            self._other(line, cells, row)
        return ended

    def _ship_slow(
        self, line: int, ids_text: str, carrier: str, shipment: str, returns: str
    ) -> InputRow:
        errors: list[str] = []
        warnings: list[str] = []
        shipment, returns, carrier = clean(shipment), clean(returns), clean(carrier)
        for value, (what, label) in zip((shipment, returns), self.keys, strict=True):
            problem = key_problem(value, what, trust_non_ascii=self.trust_non_ascii)
            if problem:
                errors.append(Msg(ROW_PROBLEM, line=line, column=label, problem=problem))
        carrier = self._check_carrier(line, carrier, errors, warnings)
        return self._slow(
            line, clean(ids_text), ShipInfo(carrier, shipment, returns), errors, warnings
        )

    def _fast_carrier(self, line: int, carrier: str) -> tuple[str | None, tuple[str, ...]]:
        if self.carriers is not None:
            return self.carriers.get(carrier), ()
        if PLAIN_CARRIER.fullmatch(carrier):
            return carrier, (self._unchecked(line, carrier),)
        return None, ()

    def _unchecked(self, line: int, carrier: str) -> str:
        return Msg(UNCHECKED, line=line, column=self.carrier_label, carrier=carrier)

    def _check_carrier(
        self, line: int, carrier: str, errors: list[str], warnings: list[str]
    ) -> str:
        problem = key_problem(carrier, CARRIER_KEY, trust_non_ascii=self.trust_non_ascii)
        if problem:
            if not carrier:
                problem = Msg(
                    "empty; fill in the carrier key (or choose a carrier for the whole file)"
                )
            errors.append(Msg(ROW_PROBLEM, line=line, column=self.carrier_label, problem=problem))
            return carrier
        if self.carriers is None:
            warnings.append(self._unchecked(line, carrier))
            return carrier
        known = self.carriers.get(carrier) or self.carriers_folded.get(carrier.casefold())
        if known is None:
            keys = sorted(set(self.carriers.values()))
            listed = ", ".join(keys[:8]) + (", …" if len(keys) > 8 else "")
            errors.append(
                Msg(
                    "Line {line}, {column}: '{carrier}' is not one of your carriers; "
                    "use one of: {carriers}.",
                    line=line,
                    column=self.carrier_label,
                    carrier=carrier,
                    carriers=listed or Msg("none (the carrier list is empty)"),
                )
            )
            return carrier
        return known

    # -- shared slow path -----------------------------------------------------------------------
    def _slow(
        self,
        line: int,
        ids_text: str,
        ship: ShipInfo | None,
        errors: list[str],
        warnings: list[str] | None = None,
    ) -> InputRow:
        warnings = warnings or []
        label = self.ids_label
        ids, problem, warning = parse_ids(ids_text, many=self.ship_columns is not None)
        if problem:
            errors.insert(0, Msg(ROW_PROBLEM, line=line, column=label, problem=problem))
        if warning:
            warnings.append(Msg(ROW_PROBLEM, line=line, column=label, problem=warning))
        if errors:
            return InputRow(
                line, ids, ship, Outcome.INVALID, tuple(errors), tuple(warnings), ids_text
            )
        found = duplicate_of(line, label, ids, self.first_at, self.rows)
        if found is not None:
            outcome, message, first = found
            if outcome is Outcome.DUPLICATE and ship is not None and first.ship != ship:
                message = differing(message, SHIPPING_DIFFERS)
            return InputRow(line, ids, ship, outcome, (message,), tuple(warnings), ids_text)
        for number in ids:
            self.first_at.add(number, len(self.rows))
        return InputRow(line, ids, ship, Outcome.VALID, (), tuple(warnings))
