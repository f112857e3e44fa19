"""What the CLI prints about a job: one JSON object, or a summary and the rows with messages."""

from __future__ import annotations

import sys

from desktop_app.core.models import JobRecord
from desktop_app.core.reports import JobReport, json_chunks


def summary(job: JobRecord) -> str:
    counts = ", ".join(f"{n} {outcome.value}" for outcome, n in sorted(job.counts.items()))
    error = f" — {job.last_error}" if job.last_error else ""
    return f"job {job.id}\t{job.action.value}\t{job.profile}\t{job.state.value}\t{counts}{error}"


def print_json(value: object) -> None:
    """`print(json.dumps(value))`, streamed: a big job's rows never become one string."""
    write = sys.stdout.write
    for chunk in json_chunks(value):
        write(chunk)
    write("\n")
    sys.stdout.flush()


def print_result(as_json: bool, report: JobReport) -> None:
    if as_json:
        print_json(report)
        return
    counts = ", ".join(f"{n} {name}" for name, n in sorted(report.counts.items()))
    print(f"job {report.job or '(dry run)'}: {report.state} — {counts}")
    for row in report.noted_rows():
        text = "; ".join(row.errors)
        # Import messages already name their line; the marketplace's do not.
        where = "" if text.startswith(f"Line {row.line}") else f"line {row.line}: "
        print(f"  {row.outcome.value}: {where}{text}")
