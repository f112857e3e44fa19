"""Options of the ABOUT YOU sandbox: key, demo data, latency, rate budgets and injected faults."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

BatchKind = Literal["cancel", "ship"]
Family = Literal["cancel", "ship", "results", "carriers", "orders"]
PagesField = Literal["count", "null", "missing"]  # how `pagination.pages` is answered

# Demo orders are spread over the week before this instant, so the data never depends on today.
DEFAULT_BASE_TIME = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


@dataclass(frozen=True)
class AboutYouSandboxConfig:
    """Everything the app factory can vary. Faults default to off; shares are in 0..1."""

    api_key: str = "sandbox-demo-key"
    items: int = 5000
    latency: float = 2.0
    seed: int = 0
    base_time: datetime = DEFAULT_BASE_TIME
    # Rate budgets per API key and endpoint family over a sliding window.
    window_seconds: float = 60.0
    cancel_budget: int = 50
    ship_budget: int = 50
    results_budget: int = 200
    carriers_budget: int = 100
    orders_budget: int = 100
    # Off by default, as the docs allow: the client's own backoff is what tests exercise.
    send_retry_after: bool = False
    # Body errors as FastAPI validation answers them: 422 {"detail": [...]} instead of 400.
    body_errors_as_422: bool = False
    pages_field: PagesField = "count"
    # Fault injection (tests only, never on the CLI).
    unavailable_share: float = 0.0
    delay_share: float = 0.0
    delay_seconds: float = 30.0
    retry_polls: int = 0
    failed_batch_share: float = 0.0
    failed_batch_items: frozenset[int] = frozenset()
    failed_batch_when: Callable[[BatchKind, tuple[int, ...]], bool] | None = None
    max_items: int | None = None
    # Answers lost after the marketplace acted: the n-th accepted POSTs (1-based) whose answer
    # is cut off mid-body (a reset), and the n-th results GETs answered 404 (a proxy hiccup).
    cut_answers: frozenset[int] = frozenset()
    results_404: frozenset[int] = frozenset()
    # The n-th order listing GETs (1-based) answered 503: the items' status cannot be read.
    orders_503: frozenset[int] = frozenset()
    # Called after a POST was accepted, before it is answered (tests kill the client here).
    on_accept: Callable[[], None] | None = None
    clock: Callable[[], float] = field(default=time.monotonic)

    def __post_init__(self) -> None:
        if self.items < 0 or self.latency < 0 or self.window_seconds <= 0:
            raise ValueError("items and latency must be >= 0 and window_seconds > 0")
        for name in ("unavailable_share", "delay_share", "failed_batch_share"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        if self.retry_polls < 0 or (self.max_items is not None and self.max_items < 1):
            raise ValueError("retry_polls must be >= 0 and max_items >= 1")

    def budget(self, family: Family) -> int:
        budgets: dict[Family, int] = {
            "cancel": self.cancel_budget,
            "ship": self.ship_budget,
            "results": self.results_budget,
            "carriers": self.carriers_budget,
            "orders": self.orders_budget,
        }
        return budgets[family]
