"""Words shared by the importer's messages: a list of names said as one message parameter."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.i18n import Msg


def listing(items: Sequence[str]) -> str:
    """ "a, b, c" as nested messages, so that a list of Msg names (the fields a file lacks)
    keeps their ids when the sentence around it is journaled; "" for no items."""
    if len(items) <= 1:
        return items[0] if items else ""
    return Msg("{first}, {rest}", first=items[0], rest=listing(items[1:]))
