"""One sheet cell's text, the way the seller sees it in Excel: numbers without a spurious ".0",
numbers Excel shortened shown as Excel shows them, date cells as ISO dates."""

from __future__ import annotations

import datetime as dt
import math

# Excel keeps 15 significant digits; a whole number beyond that has lost its last digits.
EXACT_LIMIT = 10**15
EPOCH_1900 = dt.datetime(1899, 12, 30)
EPOCH_1904 = dt.datetime(1904, 1, 1)
_MAX_SERIAL = 2_958_465  # 9999-12-31, the last day Excel shows


def number_text(text: str) -> str:
    """A numeric <v> (always written in invariant form) as the seller reads it."""
    if text.isdigit() and text.isascii():
        return text.lstrip("0") or "0"
    try:
        value = float(text)
    except ValueError:
        return text
    if value.is_integer() and abs(value) < EXACT_LIMIT:
        return str(int(value))
    # Shown the way Excel shows it, so validation says "Excel shortened this number".
    return f"{value:.5E}" if value.is_integer() else repr(value)


def date_text(text: str, date1904: bool) -> str:
    """A numeric <v> of a date-formatted cell: the ISO date (and time) it shows."""
    try:
        serial = float(text)
    except ValueError:
        return text
    if not (math.isfinite(serial) and 0 <= serial <= _MAX_SERIAL):
        return number_text(text)
    day, fraction = divmod(serial, 1)
    clock = dt.timedelta(milliseconds=round(fraction * 86_400_000))
    if serial < 1 and clock.days == 0:  # a time of day alone
        return (dt.datetime.min + clock).time().isoformat()
    epoch = EPOCH_1904 if date1904 else EPOCH_1900
    if not date1904 and 0 < serial < 60:  # Excel counts a 29 February 1900 that never was
        day += 1
    return (epoch + dt.timedelta(days=day) + clock).isoformat()
