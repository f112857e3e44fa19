"""Which text encoding a file is in, judged from its first bytes; and whether it is text at all."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from desktop_app.core.errors import ImportFileError
from desktop_app.core.i18n import Msg, message_id

HEAD_BYTES = 64 * 1024
FALLBACK_ERRORS = "sellerdesk-latin1"


def _latin1_for_undefined(error: UnicodeError) -> tuple[str, int]:
    # cp1252 leaves five bytes undefined; Latin-1 maps them to C1 controls, which we reject.
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return bytes(chunk).decode("latin-1"), error.end


codecs.register_error(FALLBACK_ERRORS, _latin1_for_undefined)


@dataclass(frozen=True, slots=True)
class Encoding:
    codec: str
    label: str  # a message id: some labels have words in them
    errors: str = "strict"
    # True when we guessed a legacy code page: non-ASCII text from it is not trusted.
    guessed: bool = False


UTF8 = Encoding("utf-8-sig", "UTF-8")
WINDOWS_1252 = Encoding(
    "cp1252", message_id("Windows-1252 (not valid UTF-8)"), FALLBACK_ERRORS, guessed=True
)

_BOMS = (
    (codecs.BOM_UTF32_LE, Encoding("utf-32", "UTF-32 LE")),
    (codecs.BOM_UTF32_BE, Encoding("utf-32", "UTF-32 BE")),
    (codecs.BOM_UTF8, Encoding("utf-8-sig", message_id("UTF-8 with BOM"))),
    (codecs.BOM_UTF16_LE, Encoding("utf-16", "UTF-16 LE")),
    (codecs.BOM_UTF16_BE, Encoding("utf-16", "UTF-16 BE")),
)

_NOT_TEXT = (
    (
        b"\xd0\xcf\x11\xe0",
        message_id("This is an old Excel .xls file; save it as .xlsx or CSV and open it again."),
    ),
    (
        b"%PDF",
        message_id("This is a PDF, not an order list; export the orders as CSV or Excel (.xlsx)."),
    ),
)
BINARY_MESSAGE = message_id(
    "This file is not a CSV, text or Excel file (it looks binary); "
    "export the orders as CSV or Excel (.xlsx) and open that."
)


def is_zip(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04")


def sniff_encoding(head: bytes, at_eof: bool) -> Encoding:
    """Pick the codec for a file starting with `head`. Raises ImportFileError for non-text files."""
    for magic, message in _NOT_TEXT:
        if head.startswith(magic):
            raise ImportFileError(Msg(message))
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    if b"\x00" in head:
        return _bomless_utf16(head)
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=at_eof)
    except UnicodeDecodeError:
        return WINDOWS_1252
    return UTF8


def _bomless_utf16(head: bytes) -> Encoding:
    # Plain ASCII in UTF-16 has a zero in every other byte; anything else with NULs is binary.
    sample = head[: len(head) - len(head) % 2]
    even, odd = sample[0::2], sample[1::2]
    if sample and odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
        return Encoding("utf-16-le", message_id("UTF-16 LE without BOM"))
    if sample and even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
        return Encoding("utf-16-be", message_id("UTF-16 BE without BOM"))
    raise ImportFileError(Msg(BINARY_MESSAGE))


_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def check_looks_like_text(text: str) -> None:
    """Control characters other than tab and line breaks mean a binary file read as text."""
    if not text:
        return
    controls = len(_CONTROLS.findall(text))
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise ImportFileError(Msg(BINARY_MESSAGE))
