"""What the CLI prints about a job: one JSON object, or a summary and the rows with messages."""

from __future__ import annotations

import codecs
import sys

from desktop_app.cli.words import action_word, counts_text, word
from desktop_app.core.i18n import Msg
from desktop_app.core.models import JobRecord
from desktop_app.core.reports import JobReport, json_chunks

_ASCII = "".join(map(chr, range(128)))


def summary(job: JobRecord) -> str:
    line = Msg(
        "job {job}\t{action}\t{profile}\t{state}\t{counts}",
        job=job.id,
        action=action_word(job.action),
        profile=job.profile,
        state=word(job.state.value),
        counts=counts_text({outcome.value: n for outcome, n in job.counts.items()}),
    )
    return (
        Msg("{summary} — {error}", summary=line, error=job.last_error) if job.last_error else line
    )


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
    print(
        Msg(
            "job {job}: {state} — {counts}",
            job=report.job or Msg("(dry run)"),
            state=word(report.state),
            counts=counts_text(report.counts),
        )
    )
    for row in report.noted_rows():
        text = "; ".join(row.errors)
        outcome = word(row.outcome.value)
        noted = (
            Msg("{outcome}: {text}", outcome=outcome, text=text)
            if _names_its_line(row.errors[0], row.line)
            else Msg("{outcome}: line {line}: {text}", outcome=outcome, line=row.line, text=text)
        )
        print(f"  {noted}")


def _names_its_line(message: str, line: int) -> bool:
    """Import messages already name their line ("Line 33, ..."), in any language; the
    marketplace's do not."""
    if isinstance(message, Msg):
        return message.id.startswith("Line {line}")
    return message.startswith(f"Line {line}")
