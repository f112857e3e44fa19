"""import_file and import_text: one InputRow per data line of a file or of pasted text."""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from itertools import chain
from pathlib import Path

from desktop_app.core.errors import ImportFileError
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
from desktop_app.core.importing.dialect import NAMES, NO_DELIMITER, sniff_delimiter
from desktop_app.core.importing.headers import ORDER_ITEM_ID, ColumnMap, map_columns
from desktop_app.core.importing.progress import Ticker, gc_paused
from desktop_app.core.importing.validation import RowChecker, is_blank
from desktop_app.core.importing.values import show
from desktop_app.core.importing.xlsx_source import xlsx_chunks
from desktop_app.core.models import Action, ImportResult

MAX_BYTES = 50 * 1024 * 1024
_ID_LIKE = re.compile(r"=?\"?[+-]?\d[\d\s.,;|'’\u00a0\u202fEe+\-]*\"?")
_MOJIBAKE_BOM = ("\ufeff", "ï»¿")


def import_file(
    path: Path,
    action: Action,
    *,
    mapping: Mapping[str, str] | None = None,
    carriers: Collection[str] | None = None,
    default_carrier: str | None = None,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Read a CSV/TSV/TXT or XLSX file. Raises ImportFileError (or MappingNeeded) for the file as
    a whole and ImportCancelled when `is_cancelled()` turns true; rows carry their own problems."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ImportFileError(f"'{path.name}' cannot be opened ({reason}).") from None
    if size > MAX_BYTES:
        raise ImportFileError(
            f"'{path.name}' is {size / 1024 / 1024:.0f} MB; Seller Desk reads files of up to "
            f"{MAX_BYTES // 1024 // 1024} MB, so split it into smaller files."
        )
    if not head.strip(b" \t\r\n"):
        raise ImportFileError(f"'{path.name}' is empty; export the order items again.")
    ticker = Ticker(progress, is_cancelled)
    ticker()
    options = _Options(action, mapping, carriers, default_carrier)
    with gc_paused():
        result = _import_bytes(path, size, head, options, ticker)
    ticker.done()
    return result


def _import_bytes(
    path: Path, size: int, head: bytes, options: _Options, ticker: Ticker
) -> ImportResult:
    if is_zip(head):
        chunks, ticker.position = xlsx_chunks(path, ticker)
        result = _collect(chunks, options, path.name, ["Read the first sheet of the workbook."])
    else:
        encoding = sniff_encoding(head, at_eof=len(head) < HEAD_BYTES)
        try:
            result = _read_text_file(path, size, head, encoding, options, ticker)
        except UnicodeDecodeError as error:
            if encoding is not UTF8:
                raise ImportFileError(
                    f"'{path.name}' is damaged: it is not valid {encoding.label} near byte "
                    f"{error.start}; save it again as CSV UTF-8 and open that."
                ) from None
            # Valid UTF-8 at the start only: read it again, whole, as Windows-1252.
            result = _read_text_file(path, size, head, WINDOWS_1252, options, ticker)
    return result


def import_text(
    text: str,
    action: Action,
    *,
    mapping: Mapping[str, str] | None = None,
    carriers: Collection[str] | None = None,
    default_carrier: str | None = None,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    source_name: str = "pasted text",
) -> ImportResult:
    """Pasted text (e.g. a column copied from Excel) under the same rules as a file."""
    if len(text) > MAX_BYTES:
        raise ImportFileError("The pasted text is over 50 MB; save it to a file and split it.")
    if not text.strip():
        raise ImportFileError("The pasted text is empty; copy the order item ids and paste again.")
    check_looks_like_text(text[:HEAD_BYTES])
    ticker = Ticker(progress, is_cancelled)
    ticker()
    stream = io.StringIO(text, newline="")
    ticker.position = lambda: stream.tell() / len(text)
    delimiter = sniff_delimiter(_whole_lines(text[:HEAD_BYTES], len(text) <= HEAD_BYTES))
    options = _Options(action, mapping, carriers, default_carrier)
    notes = [f"Read as {_layout(delimiter)} text."]
    with gc_paused():
        result = _collect(csv_chunks(stream, delimiter, ticker), options, source_name, notes)
    ticker.done()
    return result


class _Options:
    def __init__(
        self,
        action: Action,
        mapping: Mapping[str, str] | None,
        carriers: Collection[str] | None,
        default_carrier: str | None,
    ) -> None:
        self.action = action
        self.mapping = dict(mapping) if mapping else None
        self.carriers = carriers
        self.default_carrier = (default_carrier or "").strip() or None
        self.trust_non_ascii = True


def _read_text_file(
    path: Path, size: int, head: bytes, encoding: Encoding, options: _Options, ticker: Ticker
) -> ImportResult:
    at_eof = len(head) < HEAD_BYTES
    decoder = codecs.getincrementaldecoder(encoding.codec)(encoding.errors)
    sample = decoder.decode(head, final=at_eof)
    check_looks_like_text(sample)
    delimiter = sniff_delimiter(
        _whole_lines(sample, at_eof), prefer_tab=path.suffix.lower() == ".tsv"
    )
    options.trust_non_ascii = not encoding.guessed
    notes = [f"Read as {encoding.label}, {_layout(delimiter)}."]
    with path.open("rb") as binary:
        ticker.position = lambda: binary.tell() / size if size else 0.0
        text = io.TextIOWrapper(binary, encoding=encoding.codec, errors=encoding.errors, newline="")
        return _collect(csv_chunks(text, delimiter, ticker), options, path.name, notes)


def _whole_lines(sample: str, at_eof: bool) -> str:
    """The sample without its last, probably cut, line (unless the sample is the whole file)."""
    if at_eof:
        return sample
    cut = max(sample.rfind("\n"), sample.rfind("\r"))
    return sample[:cut] if cut > 0 else sample


def _collect(
    chunks: Iterator[Chunk], options: _Options, source_name: str, notes: list[str]
) -> ImportResult:
    action = options.action
    line, cells, rest, ended, blank = _first_record(chunks, source_name)
    if cells:
        for bom in _MOJIBAKE_BOM:  # a stray BOM, e.g. UTF-8's read as Windows-1252
            cells[0] = cells[0].removeprefix(bom)
    headerless = options.mapping is None and all(
        _ID_LIKE.fullmatch(cell.strip()) for cell in cells if cell.strip()
    )
    if headerless:
        if action is Action.SHIP:
            raise ImportFileError(
                f"'{source_name}' is a bare list of ids without a header row; a ship file needs "
                "columns for the order item ids, carrier and both tracking numbers, with headers."
            )
        headers: list[str] = []
        columns = ColumnMap(ids=0, ids_field=ORDER_ITEM_ID)
        rest.insert(0, (cells, ended))
        ended = line - 1
        notes.append("No header row: every line is read as order item ids to cancel.")
    else:
        headers = [cell.strip() for cell in cells]
        columns, mapping_notes = map_columns(
            headers, action, options.mapping, has_default_carrier=bool(options.default_carrier)
        )
        notes += mapping_notes
        if line > 1:
            notes.append(f"Header on line {line}.")
        carrier = options.default_carrier
        if action is Action.SHIP and columns.carrier is None:
            notes.append(f"No carrier column: every row uses the carrier {carrier}.")
        elif action is Action.SHIP and carrier:
            notes.append(f"Rows without a carrier use the carrier {carrier}.")
    if action is Action.SHIP and options.carriers is None:
        notes.append("Carrier keys were not checked: the carrier list is not loaded.")
    checker = RowChecker(
        columns,
        headers,
        headerless=headerless,
        carriers=options.carriers,
        default_carrier=options.default_carrier,
        trust_non_ascii=options.trust_non_ascii,
    )
    checker.blank_lines = blank
    for chunk in chain([rest], chunks):
        ended = checker.check_chunk(chunk, ended)
    totals = checker.finish()
    if totals is not None:
        row, totals_cells = totals
        shown = " ".join(show(cell.strip()) for cell in totals_cells if cell.strip())
        notes.append(f"Line {row.line} looks like a totals line ({shown}) and is not data.")
    if checker.blank_lines:
        count = checker.blank_lines
        notes.append(f"{count} blank line{'s' if count != 1 else ''} skipped.")
    if not checker.rows:
        raise ImportFileError(f"'{source_name}' has a header but no order item lines below it.")
    return ImportResult(
        action=action,
        source_name=source_name,
        rows=checker.rows,
        columns=headers,
        mapping=columns.as_mapping(headers) if headers else {ORDER_ITEM_ID: "(first column)"},
        notes=notes,
    )


def _first_record(
    chunks: Iterator[Chunk], source_name: str
) -> tuple[int, list[str], Chunk, int, int]:
    """The first non-blank record: its line, cells, the rest of its chunk, where that record
    ended, and how many blank lines came before it."""
    ended = blank = 0
    for chunk in chunks:
        for index, (cells, end) in enumerate(chunk):
            line, ended = ended + 1, end
            if not is_blank(cells):
                return line, cells, chunk[index + 1 :], ended, blank
            blank += 1
    raise ImportFileError(f"'{source_name}' holds no order items; it has only blank lines.")


def _layout(delimiter: str) -> str:
    return "one column" if delimiter == NO_DELIMITER else f"{NAMES[delimiter]}-separated"
