"""A job's report, the CLI's `--json` contract: counted at once, its rows read only when written.

The JSON is byte for byte what `json.dumps` gives for the object below (ASCII, so it is written
as bytes), but streamed a few thousand rows at a time, so a million-row report never exists as
one list of dicts or one string:
    {"job": ID|null, "action": "cancel"|"ship", "profile": NAME, "state": STATE,
     "counts": {OUTCOME: N, ...}, "rows": [{"line": N, "order_items": [ID, ...],
     "outcome": OUTCOME, "errors": [TEXT, ...], "batch": ID|null}, ...]}
"""

from __future__ import annotations

import json
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from desktop_app.core.importing.row_table import OUTCOMES, RowTable
from desktop_app.core.models import (
    Action,
    ImportResult,
    InputRow,
    ItemId,
    JobRecord,
    Outcome,
    RowResult,
)

ROWS_PER_CHUNK = 4096
# An outcome's JSON text, looked up by member: `Outcome.value` costs an enum descriptor call.
_OUTCOME_JSON = {outcome: json.dumps(outcome.value) for outcome in Outcome}


@dataclass(frozen=True, slots=True)
class JobReport:
    job: int | None
    action: Action
    profile: str
    state: str
    counts: dict[str, int]  # by outcome value, in the order the outcomes first appear
    # The rows' JSON objects joined by ", ", in pieces of at most ROWS_PER_CHUNK rows, each
    # made when it is written.
    row_chunks: Callable[[], Iterable[bytes]]
    # The rows that carry a message: all a person reads of a big job.
    noted_rows: Callable[[], Iterable[RowResult]]

    def all_are(self, outcome: Outcome) -> bool:
        return set(self.counts) <= {outcome.value}

    def json_chunks(self) -> Iterator[bytes]:
        """The report's JSON object in pieces, a few thousand rows each."""
        head = json.dumps(
            {
                "job": self.job,
                "action": self.action.value,
                "profile": self.profile,
                "state": self.state,
                "counts": self.counts,
            }
        )
        yield (head[:-1] + ', "rows": [').encode()
        for index, chunk in enumerate(self.row_chunks()):
            if index:
                yield b", "
            yield chunk
        yield b"]}"


def by_value(counts: Mapping[Outcome, int]) -> dict[str, int]:
    return {outcome.value: n for outcome, n in counts.items()}


def preview_row(row: InputRow) -> RowResult:
    """An imported row as a report shows it before sending: its warnings count as messages."""
    return RowResult(row.line, row.order_items, row.ship, row.outcome, row.errors + row.warnings)


def preview_report(action: Action, profile: str, imported: ImportResult) -> JobReport:
    """A dry run's report: the importer's counts; no per-row object unless a row has a message."""
    rows = imported.rows

    def row_chunks() -> Iterator[bytes]:
        if isinstance(rows, RowTable):
            return _table_row_chunks(rows)
        return _chunked(map(_preview_json, rows))

    def noted_rows() -> Iterator[RowResult]:
        if isinstance(rows, RowTable):
            return (preview_row(rows[index]) for index in rows.noted())
        return (preview_row(row) for row in rows if row.errors or row.warnings)

    counts = by_value(imported.counts())
    return JobReport(None, action, profile, "dry-run", counts, row_chunks, noted_rows)


def _preview_json(row: InputRow) -> str:
    return _row_json(row.line, row.order_items, row.outcome, row.errors + row.warnings, None)


def _table_row_chunks(rows: RowTable) -> Iterator[bytes]:
    """A RowTable's rows as _preview_json writes them, read from its columns, ROWS_PER_CHUNK at
    a time: only a row with a message or other than one whole id is built as an InputRow."""
    irregular = rows.irregular()
    for start in range(0, len(rows), ROWS_PER_CHUNK):
        end = min(start + ROWS_PER_CHUNK, len(rows))
        pieces = []
        for index in irregular[bisect_left(irregular, start) : bisect_left(irregular, end)]:
            if start < index:
                pieces.append(_plain_rows_json(rows, start, index))
            pieces.append(_preview_json(rows[index]).encode())
            start = index + 1
        if start < end:
            pieces.append(_plain_rows_json(rows, start, end))
        yield b", ".join(pieces)


def _plain_rows_json(rows: RowTable, start: int, end: int) -> bytes:
    """Rows of one whole id and no message, joined by ", ": one %-format for a run of rows of
    one outcome (the ints are written in C), else row by row."""
    codes = rows.outcomes[start:end].tobytes()
    if codes.count(codes[:1]) == len(codes):
        values = array("q", bytes(16 * len(codes)))  # line, id, line, id...
        values[0::2] = rows.lines[start:end]
        values[1::2] = rows.ids[start:end]
        return _plain_rows_format(codes[0], len(codes)) % tuple(values)
    return ", ".join(
        _row_json(rows.lines[index], (rows.ids[index],), rows.outcome_at(index), (), None)
        for index in range(start, end)
    ).encode()


@lru_cache(maxsize=16)
def _plain_rows_format(code: int, count: int) -> bytes:
    outcome = _OUTCOME_JSON[OUTCOMES[code]]
    row = f'{{"line": %d, "order_items": [%d], "outcome": {outcome}, "errors": [], "batch": null}}'
    return ", ".join([row] * count).encode()


def record_report(job: JobRecord, rows: Sequence[RowResult]) -> JobReport:
    return JobReport(
        job.id,
        job.action,
        job.profile,
        str(job.state),
        by_value(Counter(row.outcome for row in rows)),
        lambda: _chunked(
            _row_json(row.line, row.order_items, row.outcome, row.errors, row.batch_id)
            for row in rows
        ),
        lambda: (row for row in rows if row.errors),
    )


def _chunked(texts: Iterable[str]) -> Iterator[bytes]:
    """Row texts joined by ", ", ROWS_PER_CHUNK at a time."""
    texts = iter(texts)
    while chunk := list(islice(texts, ROWS_PER_CHUNK)):
        yield ", ".join(chunk).encode()


def json_chunks(value: object) -> Iterator[bytes]:
    """`json.dumps(value)` in pieces, where dicts and lists may hold `JobReport`s. An iterator
    is written as a list, each item made only when its turn comes (one job's rows at a time)."""
    if isinstance(value, JobReport):
        yield from value.json_chunks()
    elif isinstance(value, dict):
        yield b"{"
        for index, (key, item) in enumerate(value.items()):
            yield ((", " if index else "") + json.dumps(str(key)) + ": ").encode()
            yield from json_chunks(item)
        yield b"}"
    elif isinstance(value, list | Iterator):
        yield b"["
        for index, item in enumerate(value):
            if index:
                yield b", "
            yield from json_chunks(item)
        yield b"]"
    else:
        yield json.dumps(value).encode()


def all_succeeded(rows: Sequence[RowResult], *, dry_run: bool = False) -> bool:
    wanted = Outcome.VALID if dry_run else Outcome.SUCCEEDED
    return all(row.outcome is wanted for row in rows)


def _row_json(
    line: int,
    items: tuple[ItemId, ...],
    outcome: Outcome,
    messages: tuple[str, ...],
    batch: str | None,
) -> str:
    """`json.dumps` of the row's object, without building it: a million rows take a second."""
    if len(items) == 1 and type(items[0]) is int:
        ids = str(items[0])
    else:  # json.dumps of an int is str(int); a bool is never an id
        ids = ", ".join([str(i) if type(i) is int else json.dumps(i) for i in items])
    errors = json.dumps(list(messages)) if messages else "[]"
    batch_text = "null" if batch is None else json.dumps(batch)
    return (
        f'{{"line": {line}, "order_items": [{ids}], "outcome": {_OUTCOME_JSON[outcome]},'
        f' "errors": {errors}, "batch": {batch_text}}}'
    )
