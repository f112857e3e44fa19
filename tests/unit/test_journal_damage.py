"""Issue 14: a damaged journal is said in one sentence and never overwritten; moving it aside
keeps the old file and starts a new journal."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core.errors import JournalDamaged
from desktop_app.core.journal import Journal
from desktop_app.core.journal_file import move_aside
from desktop_app.core.models import Action, InputRow


def _real_journal(path: Path) -> None:
    journal = Journal(path)
    for n in range(20):
        journal.create_job(Action.CANCEL, "shop", "aboutyou", f"f{n}.csv", [InputRow(2, (n,))])
    journal.close()


def _zero_length(path: Path) -> None:
    path.write_bytes(b"")


def _not_a_database(path: Path) -> None:
    path.write_text("order_item_id\n100001\n" * 50)


def _truncated(path: Path) -> None:
    _real_journal(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _another_programs_database(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE contacts (name TEXT)")
    db.commit()
    db.close()


def _tables_missing(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (text TEXT)")
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()


DAMAGES: dict[str, Callable[[Path], None]] = {
    "empty": _zero_length,
    "not a database": _not_a_database,
    "cut short": _truncated,
    "another program's": _another_programs_database,
    "tables are missing": _tables_missing,
}


@pytest.mark.parametrize("why", list(DAMAGES))
def test_a_damaged_journal_is_refused_and_left_as_it_was(tmp_path: Path, why: str) -> None:
    path = tmp_path / "journal.sqlite3"
    DAMAGES[why](path)
    path.chmod(0o644)
    before = path.read_bytes(), path.stat().st_mode
    with pytest.raises(JournalDamaged) as caught:
        Journal(path)
    said = str(caught.value)
    assert why in said and str(path) in said and "move-aside" in said
    assert "\n" not in said
    # Never overwritten, not even by SQLite's first page, nor its mode changed.
    assert (path.read_bytes(), path.stat().st_mode) == before
    assert not Path(f"{path}-wal").exists()


def test_moving_aside_keeps_the_old_file_and_starts_a_new_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _truncated(path)
    damaged_bytes = path.read_bytes()
    day = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)
    kept = move_aside(path, now=day)
    assert kept.name == "journal.sqlite3.damaged-2026-12-01"
    assert kept.read_bytes() == damaged_bytes
    journal = Journal(path)
    assert journal.jobs() == []
    journal.close()
    _zero_length(path)  # damaged again, the same day: a second name, the first file stays
    again = move_aside(path, now=day)
    assert again.name == "journal.sqlite3.damaged-2026-12-01-2"
    assert kept.read_bytes() == damaged_bytes and again.read_bytes() == b""


def test_a_healthy_journal_opens_again_with_its_jobs(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _real_journal(path)
    journal = Journal(path)
    assert len(journal.jobs()) == 20
    journal.close()
