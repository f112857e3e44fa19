"""The words the CLI's human output shows for an outcome, a job's state, a watch event and an
action, in the active language; `--json` keeps the English values."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.core.i18n import Msg, message_id
from desktop_app.core.models import Action

if TYPE_CHECKING:  # the profile model loads pydantic, which a dry run does without
    from desktop_app.core.profiles import Environment

_WORDS = {
    # outcomes
    "valid": message_id("valid"),
    "invalid": message_id("invalid"),
    "duplicate": message_id("duplicate"),
    "pending": message_id("pending"),
    "succeeded": message_id("succeeded"),
    "failed": message_id("failed"),
    "withdrawn": message_id("withdrawn"),
    # job states (a dry run's report says "dry-run")
    "scheduled": message_id("scheduled"),
    "ready": message_id("ready"),
    "running": message_id("running"),
    "waiting": message_id("waiting"),
    "stalled": message_id("stalled"),
    "interrupted": message_id("interrupted"),
    "stopped": message_id("stopped"),
    "finished": message_id("finished"),
    "dry-run": message_id("dry-run"),
    # what a watch did with a file (also scheduled, waiting, failed)
    "processed": message_id("processed"),
    "problem": message_id("problem"),
    "ignored": message_id("ignored"),
}
_ACTIONS = {Action.CANCEL: message_id("cancel"), Action.SHIP: message_id("ship")}


def word(value: str) -> str:
    """An outcome's or a state's value as a word for people; an unknown value as it is."""
    known = _WORDS.get(value)
    return Msg(known) if known is not None else value


def action_word(action: Action) -> str:
    return Msg(_ACTIONS[action])


def environment_badge(environment: Environment) -> str:
    """SANDBOX or PRODUCTION, as the window's badge says it."""
    return Msg("PRODUCTION") if environment == "production" else Msg("SANDBOX")


# One message per outcome, so each language can agree the word with the count ("2 válidas").
_COUNTS: dict[str, Callable[[int], str]] = {
    "valid": lambda n: Msg("{n} valid", plural="{n} valid", n=n),
    "invalid": lambda n: Msg("{n} invalid", plural="{n} invalid", n=n),
    "duplicate": lambda n: Msg("{n} duplicate", plural="{n} duplicate", n=n),
    "pending": lambda n: Msg("{n} pending", plural="{n} pending", n=n),
    "succeeded": lambda n: Msg("{n} succeeded", plural="{n} succeeded", n=n),
    "failed": lambda n: Msg("{n} failed", plural="{n} failed", n=n),
    "withdrawn": lambda n: Msg("{n} withdrawn", plural="{n} withdrawn", n=n),
}


def counts_text(counts: dict[str, int]) -> str:
    """`2 valid, 1 invalid`: outcome counts by value, sorted by value as before."""
    return ", ".join(_COUNTS[name](n) for name, n in sorted(counts.items()))
