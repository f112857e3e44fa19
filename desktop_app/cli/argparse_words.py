"""argparse's own words ("usage:", "options", its error lines) from our catalog.

argparse looks each up through the module's `_` (the stdlib gettext), at the moment it shows
it; the few a seller can meet are ids here, so they are translated with the rest of the CLI.
Any other text of argparse stays as argparse says it."""

from __future__ import annotations

import argparse
from typing import Final

from desktop_app.core.i18n import Msg, message_id

ARGPARSE_IDS: Final = frozenset(
    {
        message_id("usage: "),
        message_id("positional arguments"),
        message_id("options"),
        message_id("show this help message and exit"),
        message_id("%(prog)s: error: %(message)s\n"),
        message_id("argument %(argument_name)s: %(message)s"),
        message_id("the following arguments are required: %s"),
        message_id("unrecognized arguments: %s"),
        message_id("expected one argument"),
        message_id("ambiguous option: %(option)s could match %(matches)s"),
        message_id("invalid %(type)s value: %(value)r"),
        message_id("invalid choice: %(value)r (choose from %(choices)s)"),
    }
)


def _translated(text: str) -> str:
    # argparse's ids hold no {braces}, so Msg renders them as they are, in the active language.
    return Msg(text) if text in ARGPARSE_IDS else text


def use_our_catalog() -> None:
    """From now on argparse shows its words in the active language."""
    argparse._ = _translated  # argparse's module-level gettext, looked up at each use
