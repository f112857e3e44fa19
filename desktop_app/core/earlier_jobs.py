"""Which order items of a new file an earlier job of the same profile already cancelled or
shipped, from the journal, so the preview can say "cancelled by job 12 on 30 Nov" before the
seller sends them again."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.i18n import Msg
from desktop_app.core.importing.row_table import RowTable
from desktop_app.core.models import Action, ImportResult, ItemId, Outcome


@dataclass(frozen=True, slots=True)
class EarlierDone:
    job_id: int
    action: Action
    when: str  # UTC ISO time the job (or its batch) finished


def earlier_done(
    journal_path: Path, profile: str, items: Iterable[ItemId]
) -> dict[ItemId, EarlierDone]:
    """The newest earlier success for each of `items` on `profile` (cancel or ship)."""
    wanted = set(items)
    if not wanted or not journal_path.exists():
        return {}
    # A read-only connection of its own: safe in a worker thread, never writes.
    db = sqlite3.connect(f"{journal_path.as_uri()}?mode=ro", uri=True, timeout=10.0)
    try:
        found: dict[ItemId, EarlierDone] = {}
        query = (
            "SELECT r.order_items, j.id, j.action,"
            " COALESCE(b.finished_at, j.finished_at, j.updated_at) FROM rows r"
            " JOIN jobs j ON j.id = r.job_id LEFT JOIN batches b ON b.id = r.batch_id"
            " WHERE j.profile = ? AND r.outcome = ? ORDER BY j.id"
        )
        for ids, job_id, action, when in db.execute(query, (profile, Outcome.SUCCEEDED)):
            for item in json.loads(ids):
                if item in wanted:
                    found[item] = EarlierDone(int(job_id), Action(action), str(when))
        return found
    finally:
        db.close()


def flag_earlier(result: ImportResult, done: dict[ItemId, EarlierDone]) -> int:
    """Warn on each sendable row with an item done before; returns how many rows got one."""
    if not done:
        return 0
    rows = result.rows
    if not isinstance(rows, RowTable):  # e.g. rows a review rebuilt
        rows = RowTable()
        rows.extend(result.rows)
    flagged = 0
    for index, row in enumerate(rows):
        earlier = [done[item] for item in row.order_items if item in done]
        if not earlier or not row.sendable:
            continue
        last = max(earlier, key=lambda e: e.job_id)
        if last.action is Action.CANCEL:
            warning = Msg(
                "Already cancelled by job {job} on {day}.", job=last.job_id, day=last.when[:10]
            )
        else:
            warning = Msg(
                "Already shipped by job {job} on {day}.", job=last.job_id, day=last.when[:10]
            )
        rows.add_warning(index, warning)
        flagged += 1
    result.rows = rows
    return flagged
