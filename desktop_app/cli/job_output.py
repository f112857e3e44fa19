"""What the CLI prints about a job: one JSON object, or a summary and the rows with errors."""

from __future__ import annotations

import json

from desktop_app.core.models import JobRecord


def summary(job: JobRecord) -> str:
    counts = ", ".join(f"{n} {outcome.value}" for outcome, n in sorted(job.counts.items()))
    error = f" — {job.last_error}" if job.last_error else ""
    return f"job {job.id}\t{job.action.value}\t{job.profile}\t{job.state.value}\t{counts}{error}"


def print_result(as_json: bool, report: dict[str, object]) -> None:
    if as_json:
        print(json.dumps(report))
        return
    counts = report["counts"]
    assert isinstance(counts, dict)
    summary = ", ".join(f"{n} {name}" for name, n in sorted(counts.items()))
    print(f"job {report['job'] or '(dry run)'}: {report['state']} — {summary}")
    rows = report["rows"]
    assert isinstance(rows, list)
    for row in rows:
        if row["errors"]:
            text = "; ".join(row["errors"])
            # Import messages already name their line; the marketplace's do not.
            where = "" if text.startswith(f"Line {row['line']}") else f"line {row['line']}: "
            print(f"  {row['outcome']}: {where}{text}")
