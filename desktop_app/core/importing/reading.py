"""The file-level half of every import: size and emptiness checks, encoding and delimiter
sniffing, then records in chunks handed to a collector (ABOUT YOU's or a spec's)."""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

from desktop_app.core.errors import ImportFileError
from desktop_app.core.i18n import Msg, message_id
from desktop_app.core.importing.csv_source import Chunk, csv_chunks
from desktop_app.core.importing.decoding import (
    HEAD_BYTES,
    UTF8,
    WINDOWS_1252,
    Encoding,
    check_looks_like_text,
    is_zip,
    sniff_encoding,
)
from desktop_app.core.importing.dialect import NO_DELIMITER, sniff_delimiter
from desktop_app.core.importing.limits import MAX_BYTES
from desktop_app.core.importing.progress import Ticker, gc_paused
from desktop_app.core.importing.wording import grouped
from desktop_app.core.models import ImportResult


class Collect(Protocol):
    """Turns a source's records into rows. `trust_non_ascii` is False for a guessed code page,
    whose non-ASCII text may be misread and must not pass silently."""

    def __call__(
        self, chunks: Iterator[Chunk], source_name: str, notes: list[str], trust_non_ascii: bool
    ) -> ImportResult: ...


def read_file(
    path: Path,
    collect: Collect,
    progress: Callable[[float], None] | None,
    is_cancelled: Callable[[], bool] | None,
    content: bytes | None = None,
) -> ImportResult:
    """Read a CSV/TSV/TXT or XLSX file. Raises ImportFileError for the file as a whole and
    ImportCancelled when `is_cancelled()` turns true; rows carry their own problems.
    With `content`, those bytes (read once already, e.g. to hash them) are the file's content
    and `path` only names it."""
    try:
        if content is None:
            size = path.stat().st_size
            with path.open("rb") as handle:
                head = handle.read(HEAD_BYTES)
        else:
            size, head = len(content), content[:HEAD_BYTES]
    except OSError as error:
        reason = error.strerror or type(error).__name__  # the system's words
        raise ImportFileError(
            Msg("'{name}' cannot be opened ({reason}).", name=path.name, reason=reason)
        ) from None
    if size > MAX_BYTES:
        raise ImportFileError(
            Msg(
                "'{name}' is {size} MB; Seller Desk reads files of up to {limit} MB, "
                "so split it into smaller files.",
                name=path.name,
                size=grouped(round(size / 1024 / 1024)),
                limit=MAX_BYTES // 1024 // 1024,
            )
        )
    if not head.strip(b" \t\r\n"):
        raise ImportFileError(
            Msg("'{name}' is empty; export the order items again.", name=path.name)
        )
    ticker = Ticker(progress, is_cancelled)
    ticker()
    with gc_paused():
        result = _read_bytes(path, size, head, collect, ticker, content)
    ticker.done()
    return result


def _read_bytes(
    path: Path, size: int, head: bytes, collect: Collect, ticker: Ticker, content: bytes | None
) -> ImportResult:
    if is_zip(head):
        # Imported here: a CSV import (every CLI dry run) need not load the XLSX reader.
        from desktop_app.core.importing.xlsx_source import xlsx_chunks

        chunks, ticker.position = xlsx_chunks(
            path if content is None else io.BytesIO(content), ticker
        )
        return collect(chunks, path.name, [Msg("Read the first sheet of the workbook.")], True)
    encoding = sniff_encoding(head, at_eof=len(head) < HEAD_BYTES)
    try:
        return _read_text_file(path, size, head, encoding, collect, ticker, content)
    except UnicodeDecodeError as error:
        if encoding is not UTF8:
            raise ImportFileError(
                Msg(
                    "'{name}' is damaged: it is not valid {encoding} near byte {byte}; "
                    "save it again as CSV UTF-8 and open that.",
                    name=path.name,
                    encoding=Msg(encoding.label),
                    byte=error.start,
                )
            ) from None
        # Valid UTF-8 at the start only: read it again, whole, as Windows-1252.
        return _read_text_file(path, size, head, WINDOWS_1252, collect, ticker, content)


def read_text(
    text: str,
    collect: Collect,
    progress: Callable[[float], None] | None,
    is_cancelled: Callable[[], bool] | None,
    source_name: str,
) -> ImportResult:
    """Pasted text (e.g. a column copied from Excel) under the same rules as a file."""
    if len(text) > MAX_BYTES:
        raise ImportFileError(
            Msg(
                "The pasted text is over {limit} MB; save it to a file and split it.",
                limit=MAX_BYTES // 1024 // 1024,
            )
        )
    if not text.strip():
        raise ImportFileError(
            Msg("The pasted text is empty; copy the order item ids and paste again.")
        )
    check_looks_like_text(text[:HEAD_BYTES])
    ticker = Ticker(progress, is_cancelled)
    ticker()
    stream = io.StringIO(text, newline="")
    ticker.position = lambda: stream.tell() / len(text)
    delimiter = sniff_delimiter(whole_lines(text[:HEAD_BYTES], len(text) <= HEAD_BYTES))
    notes: list[str] = [Msg("Read as {layout} text.", layout=layout(delimiter))]
    with gc_paused():
        result = collect(csv_chunks(stream, delimiter, ticker), source_name, notes, True)
    ticker.done()
    return result


def _read_text_file(
    path: Path,
    size: int,
    head: bytes,
    encoding: Encoding,
    collect: Collect,
    ticker: Ticker,
    content: bytes | None,
) -> ImportResult:
    at_eof = len(head) < HEAD_BYTES
    decoder = codecs.getincrementaldecoder(encoding.codec)(encoding.errors)
    sample = decoder.decode(head, final=at_eof)
    check_looks_like_text(sample)
    delimiter = sniff_delimiter(
        whole_lines(sample, at_eof), prefer_tab=path.suffix.lower() == ".tsv"
    )
    notes: list[str] = [
        Msg("Read as {encoding}, {layout}.", encoding=Msg(encoding.label), layout=layout(delimiter))
    ]
    with path.open("rb") if content is None else io.BytesIO(content) as binary:
        ticker.position = lambda: binary.tell() / size if size else 0.0
        text = io.TextIOWrapper(binary, encoding=encoding.codec, errors=encoding.errors, newline="")
        chunks = csv_chunks(text, delimiter, ticker)
        return collect(chunks, path.name, notes, not encoding.guessed)


def whole_lines(sample: str, at_eof: bool) -> str:
    """The sample without its last, probably cut, line (unless the sample is the whole file)."""
    if at_eof:
        return sample
    cut = max(sample.rfind("\n"), sample.rfind("\r"))
    return sample[:cut] if cut > 0 else sample


_LAYOUTS = {
    ",": message_id("comma-separated"),
    ";": message_id("semicolon-separated"),
    "\t": message_id("tab-separated"),
    "|": message_id("pipe-separated"),
    NO_DELIMITER: message_id("one column"),
}


def layout(delimiter: str) -> Msg:
    return Msg(_LAYOUTS[delimiter])
