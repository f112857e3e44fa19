"""How long a send takes at the marketplace's rate budget, and whether a job waits on it now.

The confirmation and the running job both show this. It counts the requests the marketplace's own
batch plan needs and spreads them over its rate windows; the time each answer takes comes on top,
so the figure is a floor, shown as "about"."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.models import Action, InputRow, Outcome, RowResult

SAMPLE_ROWS = 500  # rows a running job's requests-per-row figure is measured on


@dataclass(frozen=True, slots=True)
class SendEstimate:
    requests: int
    seconds: float  # until the last request may go, at the budget
    budget: int  # requests per window
    window_seconds: float


def family_of(marketplace: Marketplace, action: Action) -> str:
    """The rate family a marketplace sends `action` requests under (Unicommerce: "dispatch")."""
    pacer = getattr(marketplace, "pacer", None)
    budgets = pacer.policy.budgets if pacer is not None else {}
    if action is Action.SHIP and action.value not in budgets and "dispatch" in budgets:
        return "dispatch"
    return action.value


def as_pending(rows: Sequence[InputRow]) -> list[RowResult]:
    return [
        RowResult(row.line, row.order_items, row.ship, Outcome.PENDING, details=row.details)
        for row in rows
    ]


def seconds_for(requests: int, left: int, budget: int, window_seconds: float) -> float:
    """What fits in the current window goes now; the rest goes a window's budget at a time."""
    if requests <= left or budget <= 0:
        return 0.0
    return math.ceil((requests - left) / budget) * window_seconds


def estimate(
    marketplace: Marketplace,
    action: Action,
    rows: Sequence[RowResult],
    *,
    scale: float = 1.0,
    planned: int = 0,
) -> SendEstimate | None:
    """The estimate for sending `rows` (a sample of `scale` times as many) and `planned`
    requests already batched; None when the marketplace has no pacer to ask."""
    pacer = getattr(marketplace, "pacer", None)
    if pacer is None:
        return None
    family = family_of(marketplace, action)
    requests = math.ceil(len(marketplace.plan_batches(action, rows)) * scale) if rows else 0
    requests += planned
    left, budget = pacer.budget_left(family)
    window = float(pacer.policy.window_seconds)
    wait = pacer.seconds_until_free(family) if requests > left else 0.0
    seconds = max(seconds_for(requests, left, budget, window), wait)
    return SendEstimate(requests, seconds, budget, window)


def rate_wait(marketplace: Marketplace, action: Action) -> float:
    """Seconds until the next `action` request may go; 0 when one may go now."""
    pacer = getattr(marketplace, "pacer", None)
    if pacer is None:
        return 0.0
    return float(pacer.seconds_until_free(family_of(marketplace, action)))
