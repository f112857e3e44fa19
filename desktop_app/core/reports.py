"""A job as one JSON-ready object: the CLI's `--json` contract."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop_app.core.models import Action, JobRecord, JobState, Outcome, RowResult


def job_object(
    job_id: int | None,
    action: Action,
    profile: str,
    state: JobState | str,
    rows: Sequence[RowResult],
) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.outcome.value] = counts.get(row.outcome.value, 0) + 1
    return {
        "job": job_id,
        "action": action.value,
        "profile": profile,
        "state": str(state),
        "counts": counts,
        "rows": [
            {
                "line": row.line,
                "order_items": list(row.order_items),
                "outcome": row.outcome.value,
                "errors": list(row.errors),
                "batch": row.batch_id,
            }
            for row in rows
        ],
    }


def record_object(job: JobRecord, rows: Sequence[RowResult]) -> dict[str, Any]:
    return job_object(job.id, job.action, job.profile, job.state, rows)


def all_succeeded(rows: Sequence[RowResult], *, dry_run: bool = False) -> bool:
    wanted = Outcome.VALID if dry_run else Outcome.SUCCEEDED
    return all(row.outcome is wanted for row in rows)
