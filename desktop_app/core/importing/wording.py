"""Words shared by the importer's messages: a list of names, and a number grouped in thousands
the reader's way, each said as one message parameter that keeps its language when journaled."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.i18n import Msg, message_id

# A number's thousands: "1,048" in English, "1.048" in German and Spanish.
THOUSANDS = message_id("{high},{low:03d}")


def listing(items: Sequence[str]) -> str:
    """ "a, b, c" as nested messages, so that a list of Msg names (the fields a file lacks)
    keeps their ids when the sentence around it is journaled; "" for no items."""
    if len(items) <= 1:
        return items[0] if items else ""
    return Msg("{first}, {rest}", first=items[0], rest=listing(items[1:]))


def grouped(value: int) -> int | Msg:
    """A count (0 or more) with its thousands grouped: 1,048,576 (English), 1.048.576 (German)."""
    if value < 1000:
        return value
    high, low = divmod(value, 1000)
    return Msg(THOUSANDS, high=grouped(high), low=low)


def megabytes(size: int) -> Msg:
    """A size in whole MB, grouped: "1,024 MB"."""
    return Msg("{count} MB", count=grouped(round(size / 1024 / 1024)))
