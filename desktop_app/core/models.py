"""Plain typed values that flow through the core: actions, rows, outcomes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, runtime_checkable


class Action(StrEnum):
    CANCEL = "cancel"
    SHIP = "ship"


class Outcome(StrEnum):
    """What became of one input row. VALID only exists before sending (dry run, preview)."""

    VALID = "valid"
    INVALID = "invalid"
    DUPLICATE = "duplicate"
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    WITHDRAWN = "withdrawn"  # the seller took the job back in its grace period; nothing was sent


# ABOUT YOU and SellerCenter number their order items; Unicommerce names them with text.
ItemId = int | str


class _NoDetails(Mapping[str, str]):
    """Empty, read-only and hashable, so one instance can be every row's default."""

    def __getitem__(self, key: str) -> str:
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __hash__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "{}"


# Marketplace-specific fields of a row (a cancel reason, a product id...); shared when empty.
EMPTY_DETAILS: Mapping[str, str] = _NoDetails()


@dataclass(frozen=True, slots=True)
class ShipInfo:
    """How a shipment left: the carrier and both tracking keys (ABOUT YOU needs all three)."""

    carrier_key: str
    shipment_tracking_key: str
    return_tracking_key: str


# Not frozen: an import builds 100k of these, and frozen __init__ costs twice as much.
@dataclass(slots=True)
class InputRow:
    """One data line of an imported file. `line` is the file's 1-based line number (header = 1)."""

    line: int
    order_items: tuple[ItemId, ...]
    ship: ShipInfo | None = None
    outcome: Outcome = Outcome.VALID
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    # The id cell as written, kept on rows that are not valid, to show e.g. "1.23457E+11".
    raw_ids: str = ""
    details: Mapping[str, str] = EMPTY_DETAILS

    @property
    def sendable(self) -> bool:
        return self.outcome is Outcome.VALID


@runtime_checkable
class CountedRows(Protocol):
    """Rows that count their outcomes without building a row each (importing.RowTable)."""

    def outcome_counts(self) -> Counter[Outcome]: ...


@dataclass(slots=True)
class ImportResult:
    """Every data line of a file, each with an outcome, plus how its columns were read.

    The importer's `rows` are a column-wise RowTable (importing/row_table.py): a Sequence whose
    items are built as InputRow when read."""

    action: Action
    source_name: str
    rows: Sequence[InputRow]
    columns: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def counts(self) -> Counter[Outcome]:
        if isinstance(self.rows, CountedRows):
            return self.rows.outcome_counts()
        return Counter(row.outcome for row in self.rows)

    @property
    def sendable_rows(self) -> list[InputRow]:
        return [row for row in self.rows if row.sendable]


@dataclass(frozen=True, slots=True)
class RowResult:
    """A row as the journal knows it: its input, its outcome so far, the batch that carried it."""

    line: int
    order_items: tuple[ItemId, ...]
    ship: ShipInfo | None
    outcome: Outcome
    errors: tuple[str, ...] = ()
    batch_id: str | None = None
    details: Mapping[str, str] = EMPTY_DETAILS
    raw_ids: str = ""  # the id cell as written, for a row that was not valid


class JobState(StrEnum):
    """Where a job stands. `core/job_states.py` says which changes are allowed.

    Every state but FINISHED, SCHEDULED and STOPPED is resumed on its own; STOPPED only on the
    seller's word."""

    # Confirmed, in its grace period (or awaiting a confirmation): only the seller's word, or a
    # countdown in a live process, ever sends it; a resume never does.
    SCHEDULED = "scheduled"
    READY = "ready"
    RUNNING = "running"
    WAITING = "waiting"  # the network or the marketplace is down; resume later
    STALLED = "stalled"  # a batch outlived the polling horizon
    INTERRUPTED = "interrupted"  # stopped by an error the seller must fix
    STOPPED = "stopped"  # the seller stopped it: resumable on purpose, never resumed on its own
    FINISHED = "finished"


@dataclass(frozen=True, slots=True)
class JobRecord:
    id: int
    action: Action
    profile: str
    marketplace: str
    source_name: str
    state: JobState
    created_at: str
    updated_at: str
    finished_at: str | None
    last_error: str | None
    counts: Counter[Outcome]
    # When a scheduled job was due to be sent (UTC ISO); None when it awaits a confirmation.
    send_at: str | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())
