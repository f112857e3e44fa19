"""Reading one cell under a FieldSpec (text, integer, date, datetime, url, choices) and text
order item ids; each value normalised, or the problem with it, phrased for the seller."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from desktop_app.core.i18n import Msg
from desktop_app.core.importing.limits import MAX_ID_DIGITS
from desktop_app.core.importing.spec import FieldSpec
from desktop_app.core.importing.values import (
    EMPTY_ID,
    ID_SEPARATORS,
    LISTED_TWICE,
    MAX_ID,
    NOT_ONE_ID,
    SCIENTIFIC,
    THOUSANDS,
    key_problem,
    shortened,
    show,
    too_long,
    unwrap_excel_text,
)
from desktop_app.core.importing.wording import grouped

MAX_TEXT_ID = 255
_DAY_FIRST = re.compile(
    r"(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})"
    r"(?:[ T](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
)
# Excel's day count (45254 = 2023-11-24): a date column exported with a number format.
_EXCEL_SERIAL = re.compile(r"\d{5}(?:[.,]\d+)?")
Parsed = tuple[str, str | None]  # (normalised value, problem or None)


def parse_value(value: str, spec: FieldSpec, *, trust_non_ascii: bool) -> Parsed:
    """A cleaned, non-empty cell under `spec`."""
    if spec.kind == "integer":
        value, problem = _integer(unwrap_excel_text(value))
    elif spec.kind == "date":
        value, problem = _date(value)
    elif spec.kind == "datetime":
        value, problem = _datetime(value)
    else:
        problem = key_problem(
            value, spec.label, trust_non_ascii=trust_non_ascii, limit=spec.max_length
        )
        if problem is None and spec.kind == "url":
            problem = _url_problem(value)
    if problem is None and len(value) > spec.max_length:
        problem = too_long(len(value), spec.label, spec.max_length)
    if problem is None and spec.choices is not None:
        return _choice(value, spec)
    return value, problem


def parse_text_ids(
    text: str, *, many: bool, trust_non_ascii: bool
) -> tuple[tuple[str, ...], str | None, str | None]:
    """Text ids (e.g. "UC-10001-1") in a cleaned cell, like values.parse_ids for numbers."""
    text = unwrap_excel_text(text)
    if not text:
        return (), Msg(EMPTY_ID), None
    tokens = [token.strip() for token in ID_SEPARATORS.split(text)] if many else [text]
    tokens = [token for token in tokens if token]
    for token in tokens:
        if any(char.isspace() for char in token) or (not many and ID_SEPARATORS.search(token)):
            return (), Msg(NOT_ONE_ID[many], value=show(token)), None
        problem = key_problem(
            token, "order item id", trust_non_ascii=trust_non_ascii, limit=MAX_TEXT_ID
        )
        if problem:
            return (), problem, None
    unique = tuple(dict.fromkeys(tokens))
    warning = Msg(LISTED_TWICE) if len(unique) < len(tokens) else None
    return unique, None, warning


def _integer(value: str) -> Parsed:
    if SCIENTIFIC.fullmatch(value):
        return value, shortened(value)
    if THOUSANDS.fullmatch(value):
        return value, Msg(
            "{value} contains a thousands separator; write plain digits", value=show(value)
        )
    if not (value.isascii() and value.isdigit()):
        return value, Msg(
            "{value} is not a whole number; write a number like 1 or 2", value=show(value)
        )
    if len(value) > MAX_ID_DIGITS:
        return value, Msg(
            "{value} has {digits} digits, too many for a number here",
            value=show(value, 24),
            digits=grouped(len(value)),
        )
    number = int(value)
    if number > MAX_ID:
        return value, Msg(
            "{value} is too large for a number here; correct the cell", value=show(value)
        )
    if number < 1:
        return value, Msg("{value} is not 1 or more; correct the cell", value=show(value))
    return str(number), None


def _date(value: str) -> Parsed:
    day_first = _DAY_FIRST.fullmatch(value)
    try:
        if day_first:
            if day_first["H"] is not None:
                raise ValueError("a time in a date field")
            return _ymd(day_first).isoformat(), None
        if "T" in value or " " in value:  # an Excel date cell: midnight of that day
            moment = dt.datetime.fromisoformat(value)
            if moment.time() != dt.time() or moment.tzinfo is not None:
                raise ValueError("a time in a date field")
            return moment.date().isoformat(), None
        return dt.date.fromisoformat(value).isoformat(), None
    except ValueError:
        pass
    if _EXCEL_SERIAL.fullmatch(value):
        return value, _serial_not_a_date(value)
    return value, Msg(
        "{value} is not a date; write it as yyyy-mm-dd, e.g. 2026-11-23", value=show(value)
    )


def _datetime(value: str) -> Parsed:
    day_first = _DAY_FIRST.fullmatch(value)
    try:
        if day_first:
            day = _ymd(day_first)
            clock = dt.time(
                int(day_first["H"] or 0), int(day_first["M"] or 0), int(day_first["S"] or 0)
            )
            return dt.datetime.combine(day, clock).isoformat(), None
        return dt.datetime.fromisoformat(value).isoformat(), None
    except ValueError:
        pass
    if _EXCEL_SERIAL.fullmatch(value):
        return value, _serial_not_a_date(value)
    return value, Msg(
        "{value} is not a date and time; write it as yyyy-mm-ddThh:mm:ss, e.g. 2026-11-23T14:05:00",
        value=show(value),
    )


def _ymd(match: re.Match[str]) -> dt.date:
    return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))


def _serial_not_a_date(value: str) -> Msg:
    return Msg(
        "{value} is a number, not a date: format the column as a date "
        "(yyyy-mm-dd) and export again",
        value=show(value),
    )


def _url_problem(value: str) -> str | None:
    try:
        parts = urlsplit(value)
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme.lower() not in ("http", "https")
        or not parts.hostname
        or any(ch.isspace() for ch in value)
    ):
        return Msg(
            "{value} is not a web address starting with https:// (or http://); fix it",
            value=show(value),
        )
    return None


def _choice(value: str, spec: FieldSpec) -> Parsed:
    wanted = value.casefold()
    for choice in spec.choices or ():
        if choice.casefold() == wanted:
            return choice, None
    for alias, choice in (spec.aliases or {}).items():
        if alias.casefold() == wanted:
            return choice, None
    listed = sorted(spec.choices or ())
    shown = ", ".join(listed[:8]) + (", …" if len(listed) > 8 else "")
    return value, Msg(
        "{value} is not allowed here; use one of: {choices}", value=show(value), choices=shown
    )
