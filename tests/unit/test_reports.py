"""The streamed `--json` report is byte for byte the object the CLI has always printed."""

from __future__ import annotations

import io
import json
import sys
from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.cli.job_output import print_json
from desktop_app.core.importing.row_table import RowTable
from desktop_app.core.importing.values import MAX_ID
from desktop_app.core.models import (
    Action,
    ImportResult,
    InputRow,
    JobRecord,
    JobState,
    Outcome,
    RowResult,
)
from desktop_app.core.reports import (
    ROWS_PER_CHUNK,
    json_chunks,
    preview_report,
    record_report,
)

ids = st.one_of(st.integers(min_value=0, max_value=10**20), st.text(max_size=12))
texts = st.lists(st.text(max_size=20), max_size=3).map(tuple)
result_rows = st.builds(
    RowResult,
    line=st.integers(min_value=1, max_value=10**7),
    order_items=st.lists(ids, min_size=1, max_size=3).map(tuple),
    ship=st.none(),
    outcome=st.sampled_from(Outcome),
    errors=texts,
    batch_id=st.none() | st.text(max_size=40),
)


def expected_object(
    job: int | None, action: str, profile: str, state: str, rows: list[dict[str, Any]]
) -> dict[str, Any]:
    """The contract as the CLI printed it with one `json.dumps` before it streamed."""
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["outcome"]] = counts.get(row["outcome"], 0) + 1
    return {
        "job": job,
        "action": action,
        "profile": profile,
        "state": state,
        "counts": counts,
        "rows": rows,
    }


def record(rows: list[RowResult]) -> JobRecord:
    return JobRecord(
        7,
        Action.CANCEL,
        "Läden €",
        "aboutyou",
        "orders.csv",
        JobState.FINISHED,
        "2026-01-01T00:00:00",
        "2026-01-01T00:00:00",
        None,
        None,
        Counter(row.outcome for row in rows),
    )


@given(st.lists(result_rows, max_size=30))
def test_a_record_report_streams_exactly_what_json_dumps_gives(rows: list[RowResult]) -> None:
    expected = expected_object(
        7,
        "cancel",
        "Läden €",
        "finished",
        [
            {
                "line": row.line,
                "order_items": list(row.order_items),
                "outcome": row.outcome.value,
                "errors": list(row.errors),
                "batch": row.batch_id,
            }
            for row in rows
        ],
    )
    report = record_report(record(rows), rows)
    assert b"".join(report.json_chunks()).decode() == json.dumps(expected)
    assert report.all_are(Outcome.SUCCEEDED) == all(r.outcome is Outcome.SUCCEEDED for r in rows)


def test_a_dry_run_report_counts_warnings_as_messages_and_prints_only_those_rows() -> None:
    rows = [
        InputRow(2, (100001,)),
        InputRow(3, (100002,), warnings=("Line 3, carrier: not checked.",)),
        InputRow(4, (), outcome=Outcome.INVALID, errors=('Line 4: "x" is not an id.',)),
    ]
    imported = ImportResult(Action.SHIP, "orders.csv", rows)
    report = preview_report(Action.SHIP, "shop", imported)
    expected = expected_object(
        None,
        "ship",
        "shop",
        "dry-run",
        [
            {"line": 2, "order_items": [100001], "outcome": "valid", "errors": [], "batch": None},
            {
                "line": 3,
                "order_items": [100002],
                "outcome": "valid",
                "errors": ["Line 3, carrier: not checked."],
                "batch": None,
            },
            {
                "line": 4,
                "order_items": [],
                "outcome": "invalid",
                "errors": ['Line 4: "x" is not an id.'],
                "batch": None,
            },
        ],
    )
    assert b"".join(report.json_chunks()).decode() == json.dumps(expected)
    assert [row.line for row in report.noted_rows()] == [3, 4]
    assert not report.all_are(Outcome.VALID)


input_rows = st.builds(
    InputRow,
    line=st.integers(min_value=1, max_value=10**7),
    # A table holds the ids an import makes: whole numbers 1..MAX_ID, or text.
    order_items=st.lists(st.integers(1, MAX_ID) | st.text(max_size=12), max_size=3).map(tuple),
    ship=st.none(),
    outcome=st.sampled_from(Outcome),
    errors=texts,
    warnings=texts,
)


@given(st.lists(input_rows, max_size=30))
def test_a_dry_run_of_a_row_table_reports_exactly_what_its_rows_would(
    rows: list[InputRow],
) -> None:
    table = RowTable()
    table.extend(rows)
    of_table = preview_report(Action.CANCEL, "shop", ImportResult(Action.CANCEL, "a.csv", table))
    of_list = preview_report(Action.CANCEL, "shop", ImportResult(Action.CANCEL, "a.csv", rows))
    assert b"".join(of_table.json_chunks()) == b"".join(of_list.json_chunks())
    assert list(of_table.noted_rows()) == list(of_list.noted_rows())


# Runs of plain rows (one id, no message) of one outcome, between rows of any kind.
plain_runs = st.tuples(st.integers(0, 2 * ROWS_PER_CHUNK + 3), st.sampled_from(Outcome))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(plain_runs, st.lists(input_rows, max_size=2)), max_size=4))
def test_a_big_row_table_is_written_as_its_rows_would_be_across_every_chunk(
    parts: list[tuple[tuple[int, Outcome], list[InputRow]]],
) -> None:
    rows: list[InputRow] = []
    for (count, outcome), others in parts:
        rows += [InputRow(len(rows) + n, (7 * n + 1,), outcome=outcome) for n in range(count)]
        rows += others
    table = RowTable()
    table.extend(rows)
    of_table = preview_report(Action.CANCEL, "shop", ImportResult(Action.CANCEL, "a.csv", table))
    of_list = preview_report(Action.CANCEL, "shop", ImportResult(Action.CANCEL, "a.csv", rows))
    chunks = list(of_table.json_chunks())
    assert b"".join(chunks) == b"".join(of_list.json_chunks())
    assert max(map(len, chunks)) < 200 * ROWS_PER_CHUNK  # a few thousand rows at a time


class CountingTable(RowTable):
    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        CountingTable.reads += 1
        return super().__getitem__(index)


def test_the_human_dry_run_reads_only_the_rows_with_a_message() -> None:
    table = CountingTable()
    table.extend_valid(range(2, 10_002), range(1, 10_001))
    table.append(InputRow(10_002, (), None, Outcome.INVALID, ("Line 10002: no id.",)))
    report = preview_report(Action.CANCEL, "shop", ImportResult(Action.CANCEL, "a.csv", table))
    assert [row.line for row in report.noted_rows()] == [10_002]
    assert CountingTable.reads == 1


def test_a_big_report_is_written_in_pieces_and_a_job_list_one_job_at_a_time() -> None:
    rows = [RowResult(n, (n,), None, Outcome.SUCCEEDED, batch_id="b") for n in range(10_000)]
    made: list[int] = []

    def reports() -> Any:
        for job in (1, 2):
            made.append(job)
            yield record_report(record(rows), rows)

    chunks = json_chunks({"jobs": reports()})
    first = next(chunks)
    assert first == b"{" and made == []  # nothing is read before its turn
    pieces = [first, *chunks]
    assert made == [1, 2]
    assert max(map(len, pieces)) < 100 * ROWS_PER_CHUNK  # never one string of all the rows
    single = json.loads(b"".join(record_report(record(rows), rows).json_chunks()))
    assert json.loads(b"".join(pieces)) == {"jobs": [single, single]}


@pytest.mark.parametrize(
    ("encoding", "newline"), [("utf-8", "\n"), ("cp850", "\r\n"), ("utf-16", "\n"), (None, None)]
)
def test_print_json_writes_what_print_json_dumps_wrote(
    encoding: str | None, newline: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bytes straight to the buffer where the encoding writes ASCII as is; else as text."""
    rows = [RowResult(n, (n,), None, Outcome.SUCCEEDED, ("é ✓",), "b") for n in range(5000)]
    report = record_report(record(rows), rows)

    def stream() -> io.TextIOBase:
        if encoding is None:
            return io.StringIO()
        return io.TextIOWrapper(io.BytesIO(), encoding=encoding, newline=newline)

    printed, written = stream(), stream()
    print(json.dumps(json.loads(b"".join(report.json_chunks()))), file=written)  # as it was
    monkeypatch.setattr(sys, "stdout", printed)
    print_json(report)
    written.flush()
    if isinstance(printed, io.StringIO):
        assert printed.getvalue() == written.getvalue()
    else:
        assert printed.buffer.getvalue() == written.buffer.getvalue()  # type: ignore[attr-defined]
