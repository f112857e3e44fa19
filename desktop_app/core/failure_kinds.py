"""Whether a failed row can succeed when sent again: its errors make it permanent or transient.

Permanent: the marketplace refused the item itself (not found, already cancelled or shipped, a
status that does not allow it, an invalid value), or its answer was lost and the item may already
be applied; sending it again cannot help, or could apply it twice. Transient: the marketplace or
the network failed around it (unavailable, timed out, rate limited, a batch that failed whole).
An error no rule knows counts as transient: a retry is the seller's choice, and it asks first."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.i18n import Msg, english
from desktop_app.core.models import InputRow, RowResult


class FailureKind(StrEnum):
    PERMANENT = "permanent"
    TRANSIENT = "transient"


# Lower-cased error text; English as the marketplaces and our own engine write it.
_PERMANENT = re.compile(
    r"not found|does not exist|unknown (order|item)|invalid|not allowed|"
    r"cannot be (cancel|ship)|already (been )?(cancel|ship|deliver)|its status is|"
    r"must have status|listed more than once|cannot tell whether it was applied|"
    r"may already have been applied"
)
# Checked first: trouble around the row (a key fixed since counts too), not the row itself.
_TRANSIENT = re.compile(
    r"unavailable|timed? ?out|try again|rate limit|too many requests|temporar|"
    r"nothing in this batch was applied|did not mention|network|connection|\b5\d\d\b|"
    r"api key|access token|password|unauthori[sz]ed|forbidden"
)


def failure_kind(errors: Sequence[str]) -> FailureKind:
    """Transient when an error blames the marketplace or the connection; else permanent when
    one says the item itself cannot take the action; else transient."""
    text = " ".join(english(error) for error in errors).casefold()
    if not _TRANSIENT.search(text) and _PERMANENT.search(text):
        return FailureKind.PERMANENT
    return FailureKind.TRANSIENT


@dataclass(frozen=True, slots=True)
class RetryPlan:
    """A failed job's rows split for Retry failed: the ones worth sending again and the rest."""

    transient: list[InputRow]
    permanent: list[InputRow]  # each keeps its errors, to show why it is left out


def plan_retry(failed: Iterable[RowResult]) -> RetryPlan:
    transient: list[InputRow] = []
    permanent: list[InputRow] = []
    for row in failed:
        # The earlier error stays with the row, shown in the preview as a warning.
        earlier = tuple(Msg("Failed before: {reason}", reason=error) for error in row.errors)
        fresh = InputRow(
            row.line, row.order_items, ship=row.ship, details=row.details, warnings=earlier
        )
        kind = failure_kind(row.errors)
        (permanent if kind is FailureKind.PERMANENT else transient).append(fresh)
    return RetryPlan(transient, permanent)
