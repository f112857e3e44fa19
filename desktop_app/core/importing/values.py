"""Reading one cell: order item ids and text keys, each with the problem a seller can fix."""

from __future__ import annotations

import re

from desktop_app.core.i18n import Msg, message_id
from desktop_app.core.importing.limits import MAX_ID_DIGITS
from desktop_app.core.importing.wording import grouped

MAX_ID = 2**63 - 1
MAX_KEY = 255
EXCEL_SHORTENED = message_id(
    "Excel shortened this number; format the column as text and export again"
)


# Excel always writes the exponent's sign (1.23457E+11); "123E45" may be a real tracking key.
SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]\d+")
# 1,234,567 / 1.234.567 / 1'234'567 / 1 234 567 with no-break spaces: a formatted number.
THOUSANDS = re.compile(r"\d{1,3}([,.'’\u00a0\u202f])\d{3}(?:\1\d{3})*")
# A decimal comma only with one or two decimals: "400007,400001" is two ids.
_DECIMAL = re.compile(r"\d+\.\d+|\d+,\d{1,2}")
# What may separate the ids of one ship row: never a space (see parse_ids).
ID_SEPARATORS = re.compile(r"[,;|]")
_EXCEL_TEXT_FORMULA = re.compile(r'="([^"]*)"')
# What exporting.neutralise() puts in front of a cell; removed again so re-imports round-trip.
_NEUTRALISED = re.compile(r"'(?=[=+\-@\t\r])")


def clean(cell: str) -> str:
    """Trim, and undo the apostrophe our own export adds against formula injection."""
    text = cell.strip()
    if text[:1] == "'" and _NEUTRALISED.match(text):
        text = text[1:].strip()
    return text


def show(value: str, limit: int = 40) -> str:
    """A cell quoted for a message: shortened, control characters made visible."""
    shown = value if len(value) <= limit else value[: limit - 1] + "…"
    return "'" + "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in shown) + "'"


def unwrap_excel_text(text: str) -> str:
    """`="00123"`, Excel's way to keep a number as text, is the text inside."""
    unwrapped = _EXCEL_TEXT_FORMULA.fullmatch(text)
    return unwrapped.group(1).strip() if unwrapped else text


def parse_ids(text: str, *, many: bool) -> tuple[tuple[int, ...], str | None, str | None]:
    """The ids in a cleaned cell, or the problem with it; plus a warning for ids listed twice.

    A cell holds exactly one id, unless `many` (a ship row's items of one parcel), where ids are
    separated by a comma, semicolon or bar. A space never separates ids: "7000 01" is a typo, and
    reading it as two ids would act on items nobody meant."""
    text = unwrap_excel_text(text)
    if not text:
        return (), Msg(EMPTY_ID), None
    problem = _number_format_problem(text)
    if problem:
        return (), problem, None
    if "\n" in text or "\r" in text:
        return (), Msg(LINE_BREAK), None
    tokens = [token.strip() for token in ID_SEPARATORS.split(text)] if many else [text]
    ids: list[int] = []
    for token in tokens:
        if not token and many:
            continue
        if _SPACES.search(token) or (not many and ID_SEPARATORS.search(token)):
            return (), Msg(NOT_ONE_ID[many], value=show(token)), None
        number, problem = _one_id(token)
        if problem:
            return (), problem, None
        ids.append(number)
    if not ids:
        return (), Msg("holds no order item id; fill one in or delete the line"), None
    unique = tuple(dict.fromkeys(ids))
    warning = None
    if len(unique) < len(ids):
        warning = Msg(LISTED_TWICE)
    return unique, None, warning


_SPACES = re.compile(r"\s")
EMPTY_ID = message_id("empty; fill in the order item id or delete the line")
LISTED_TWICE = message_id("lists the same id more than once; it is sent once")
NOT_ONE_ID = {
    False: message_id(
        "{value} is not one order item id; a cell holds exactly one id, with no spaces or "
        "separators (put each id on its own line): correct the cell"
    ),
    True: message_id(
        "{value} has a space inside an id; separate the ids of one parcel with a comma "
        "(7000,7001): correct the cell"
    ),
}
LINE_BREAK = message_id(
    'spans several lines (in a CSV file: a quote (") opened on this line closes only further '
    "down, so the lines in between were read into this cell); remove the line break or the "
    "stray quote and open the file again"
)
# "'1.23457E+11': Excel shortened this number; …": a cell's value, then what is wrong with it.
VALUE_PROBLEM = message_id("{value}: {problem}")


def shortened(value: str) -> Msg:
    """The problem of a number Excel wrote in its shortened form (1.23457E+11)."""
    return Msg(VALUE_PROBLEM, value=show(value), problem=Msg(EXCEL_SHORTENED))


def _number_format_problem(text: str) -> str | None:
    """A number that a spreadsheet formatted instead of an id written as plain digits."""
    if SCIENTIFIC.fullmatch(text):
        return shortened(text)
    if THOUSANDS.fullmatch(text):
        return Msg(
            "{value} contains a thousands separator; write the id as plain digits "
            "(format the column as text) and export again",
            value=show(text),
        )
    if _DECIMAL.fullmatch(text):
        return Msg(
            "{value} is not a whole number; order item ids are whole numbers "
            "(format the column as text) and export again",
            value=show(text),
        )
    return None


def _one_id(token: str) -> tuple[int, str | None]:
    if not (token.isascii() and token.isdigit()):
        return 0, Msg(
            "{value} is not an order item id; ids are whole numbers of 1 or more, "
            "like 123456789: correct the cell",
            value=show(token),
        )
    if len(token) > MAX_ID_DIGITS:
        return 0, Msg(
            "{value} has {digits} digits; an order item id has at most {limit}: correct the cell",
            value=show(token, 24),
            digits=grouped(len(token)),
            limit=MAX_ID_DIGITS,
        )
    number = int(token)
    if number < 1:
        return 0, Msg(
            "{value} is not an order item id; ids are 1 or more: correct the cell",
            value=show(token),
        )
    if number > MAX_ID:
        return 0, Msg(
            "{value} is too large for an order item id: correct the cell", value=show(token)
        )
    return number, None


def key_problem(
    value: str, what: str, *, trust_non_ascii: bool, limit: int = MAX_KEY
) -> str | None:
    """Why a cleaned tracking or carrier key (or other text) cannot be sent as is, or None.
    `what`, the key's name ("tracking number"), is a message id."""
    if not value:
        return Msg("empty; fill in the {what}", what=Msg(what))
    if len(value) > limit:
        return too_long(len(value), what, limit)
    if SCIENTIFIC.fullmatch(value):
        return shortened(value)
    if "\ufffd" in value:
        return Msg(
            "{value} contains '\ufffd', a character lost when the file was saved; "
            "correct it in the source and export again",
            value=show(value),
        )
    if not value.isprintable():
        return Msg("{value} contains control or invisible characters; retype it", value=show(value))
    if not trust_non_ascii and not value.isascii():
        return Msg(
            "{value} has letters that may have been misread, because the file is not "
            "UTF-8; save it as UTF-8 (in Excel: CSV UTF-8) and open it again",
            value=show(value),
        )
    return None


def too_long(length: int, what: str, limit: int) -> Msg:
    """A value longer than its field allows; `what`, the field's name, is a message id."""
    # English picks the article by the name's first letter; a translation by its own rules.
    template = _TOO_LONG[what[:1] in "aeiou"]
    return Msg(template, length=length, what=Msg(what), limit=limit)


_TOO_LONG = {
    True: message_id("is {length} characters long; an {what} has at most {limit}: correct it"),
    False: message_id("is {length} characters long; a {what} has at most {limit}: correct it"),
}


def key_is_plain(value: str) -> bool:
    """The common case, checked fast: ASCII letters and digits only, within the length limit."""
    return value.isalnum() and value.isascii() and len(value) <= MAX_KEY
