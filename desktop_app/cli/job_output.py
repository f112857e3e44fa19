"""What the CLI prints about a job: one JSON object, or a summary and the rows with messages."""

from __future__ import annotations

import codecs
import sys

from desktop_app.core.models import JobRecord
from desktop_app.core.reports import JobReport, json_chunks

_ASCII = "".join(map(chr, range(128)))


def summary(job: JobRecord) -> str:
    counts = ", ".join(f"{n} {outcome.value}" for outcome, n in sorted(job.counts.items()))
    error = f" — {job.last_error}" if job.last_error else ""
    return f"job {job.id}\t{job.action.value}\t{job.profile}\t{job.state.value}\t{counts}{error}"


def print_json(value: object) -> None:
    """`print(json.dumps(value))`, streamed: a big job's rows never become one string. The JSON
    is ASCII, so its bytes go straight to stdout's buffer where its encoding writes ASCII as is."""
    out = sys.stdout
    out.flush()
    buffer = getattr(out, "buffer", None)
    if buffer is not None and _ascii_as_is(out.encoding):
        for chunk in json_chunks(value):
            buffer.write(chunk)
        buffer.flush()
    else:
        for chunk in json_chunks(value):
            out.write(chunk.decode("ascii"))
    out.write("\n")  # through the text layer: "\r\n" on Windows, as print() wrote it
    out.flush()


def _ascii_as_is(encoding: str | None) -> bool:
    try:
        return encoding is not None and codecs.encode(_ASCII, encoding) == _ASCII.encode()
    except LookupError:
        return False


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
