from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.job_lease import new_owner
from desktop_app.core.journal import BatchStatus, Journal, RowVerdict
from desktop_app.core.journal_schema import SCHEMA_VERSION, JournalTooNew
from desktop_app.core.models import Action, InputRow, JobState, Outcome, ShipInfo


def _rows() -> list[InputRow]:
    return [
        InputRow(2, (100001,)),
        InputRow(3, (100002,)),
        InputRow(4, (), outcome=Outcome.INVALID, errors=("Line 4: bad id",)),
        InputRow(5, (100001,), outcome=Outcome.DUPLICATE, errors=("duplicate of line 2",)),
    ]


def test_new_job_keeps_every_row_and_sendable_rows_start_pending(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    job_id = journal.create_job(Action.CANCEL, "shop", "aboutyou", "a.csv", _rows())
    outcomes = {row.line: row.outcome for row in journal.rows(job_id)}
    assert outcomes == {
        2: Outcome.PENDING,
        3: Outcome.PENDING,
        4: Outcome.INVALID,
        5: Outcome.DUPLICATE,
    }
    assert [row.line for row in journal.unbatched_rows(job_id)] == [2, 3]
    assert journal.job(job_id).state is JobState.READY


def test_batch_lifecycle_is_durable_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    journal = Journal(path)
    job_id = journal.create_job(Action.CANCEL, "shop", "aboutyou", "a.csv", _rows())
    batch_id = journal.add_batch(job_id, '{"items":[{"id":100001},{"id":100002}]}', [2, 3])
    journal.close()

    reopened = Journal(path)
    (batch,) = reopened.open_batches(job_id)
    assert batch.status == BatchStatus.PREPARED and batch.request_id is None
    assert batch.payload == '{"items":[{"id":100001},{"id":100002}]}'
    reopened.set_batch_submitted(batch_id, "0b7e7e2c-0000-4000-8000-000000000001")
    reopened.finish_batch(
        batch_id,
        BatchStatus.COMPLETED,
        [RowVerdict(2, Outcome.SUCCEEDED), RowVerdict(3, Outcome.FAILED, ("not open",))],
    )
    rows = {row.line: row for row in reopened.rows(job_id)}
    assert rows[2].outcome is Outcome.SUCCEEDED
    assert rows[3].errors == ("not open",)
    assert rows[3].batch_id == "0b7e7e2c-0000-4000-8000-000000000001"
    assert reopened.open_batches(job_id) == []


def test_split_batch_moves_rows_to_the_halves(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    job_id = journal.create_job(Action.CANCEL, "shop", "aboutyou", "a.csv", _rows())
    batch_id = journal.add_batch(job_id, "both", [2, 3])
    first, second = journal.split_batch(batch_id, "refused", [("a", [2]), ("b", [3])])
    assert [row.line for row in journal.batch_rows(first)] == [2]
    assert [row.line for row in journal.batch_rows(second)] == [3]
    assert journal.batch(batch_id).status == BatchStatus.REJECTED
    assert [b.id for b in journal.open_batches(job_id)] == [first, second]


def test_ship_details_round_trip(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    ship = ShipInfo("DHL_STD_NATIONAL", "TRACK1", "RET1")
    job_id = journal.create_job(
        Action.SHIP, "shop", "aboutyou", "s.csv", [InputRow(2, (1, 2), ship=ship)]
    )
    (row,) = journal.rows(job_id)
    assert row.order_items == (1, 2) and row.ship == ship


def test_schema_version_is_recorded_and_a_newer_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    Journal(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(JournalTooNew):
        Journal(path)


def test_jobs_are_listed_newest_first_and_unfinished_ones_found(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    first = journal.create_job(Action.CANCEL, "shop", "aboutyou", "a.csv", _rows())
    second = journal.create_job(Action.SHIP, "shop", "aboutyou", "b.csv", [])
    assert journal.claim_job(second, "me", now=1000.0, lease_seconds=60)
    assert journal.transition(second, JobState.FINISHED, owner="me")
    assert [job.id for job in journal.jobs()] == [second, first]
    assert [job.id for job in journal.unfinished_jobs()] == [first]
    assert journal.job(second).finished_at is not None


def test_unbatched_rows_come_in_pages_in_file_order(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    rows = [InputRow(line, (100000 + line,)) for line in range(2, 12)]
    job_id = journal.create_job(Action.CANCEL, "shop", "aboutyou", "a.csv", rows)
    journal.add_batch(job_id, "first", [2, 3])
    page = journal.unbatched_rows(job_id, after_line=4, limit=3)
    assert [row.line for row in page] == [5, 6, 7]
    assert [row.line for row in journal.unbatched_rows(job_id)] == list(range(4, 12))


def test_a_row_is_never_claimed_by_two_batches(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    job_id = journal.create_job(Action.CANCEL, "shop", "aboutyou", "a.csv", _rows())
    first = journal.add_batch(job_id, "first", [2, 3])
    with pytest.raises(RuntimeError, match="another batch"):
        journal.add_batch(job_id, "second", [3])
    assert [row.line for row in journal.batch_rows(first)] == [2, 3]
    assert [b.id for b in journal.open_batches(job_id)] == [first]


def test_a_job_held_by_a_live_runner_cannot_be_claimed(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    job_id = journal.create_job(Action.CANCEL, "shop", "aboutyou", "a.csv", _rows())
    me, other = new_owner(), new_owner()  # both this (live) process
    assert journal.claim_job(job_id, me, now=1000.0, lease_seconds=60)
    assert not journal.claim_job(job_id, other, now=1010.0, lease_seconds=60)
    assert journal.claim_job(job_id, other, now=1061.0, lease_seconds=60)  # lease ran out
    journal.end_lease(job_id, other)
    assert journal.claim_job(job_id, me, now=1062.0, lease_seconds=60)


@pytest.mark.skipif(sys.platform == "win32", reason="no cheap liveness check on Windows")
def test_a_job_held_by_a_dead_process_is_taken_over_at_once(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    job_id = journal.create_job(Action.CANCEL, "shop", "aboutyou", "a.csv", _rows())
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead = f"{socket.gethostname()}:{done.stdout.strip()}:gone"
    assert journal.claim_job(job_id, dead, now=1000.0, lease_seconds=60)
    assert journal.claim_job(job_id, new_owner(), now=1001.0, lease_seconds=60)


def test_detail_keys_come_in_first_seen_order_as_the_export_names_them(tmp_path: Path) -> None:
    from desktop_app.core.exporting import detail_columns

    journal = Journal(tmp_path / "j.sqlite3")
    rows = [
        InputRow(2, (1,), details={"reason": "x", "comment": "y"}),
        InputRow(3, (2,)),
        InputRow(4, (3,), details={"product": "p", "reason": "z"}),
    ]
    job_id = journal.create_job(Action.CANCEL, "shop", "sellercenter", "a.csv", rows)
    assert journal.detail_keys(job_id) == ["reason", "comment", "product"]
    assert journal.detail_keys(job_id) == detail_columns(Action.CANCEL, journal.rows(job_id))
    page = journal.rows(job_id, after_line=2, limit=1)
    assert [row.line for row in page] == [3]
