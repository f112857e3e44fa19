"""Options of the SellerCenter sandbox: credentials, demo data, throttling and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SellerCenterSandboxConfig:
    """Everything the app factory can vary. `budget=None` turns throttling off."""

    user_id: str = "demo@seller-desk.example"
    api_key: str = "sandbox-demo-key"
    items: int = 200
    seed: int = 0
    # No quota is published (reference §4): accepted requests per fixed window, then E429.
    budget: int | None = 600
    window_seconds: float = 60.0
    # The real window is undocumented; the issue fixes it at ±10 minutes.
    timestamp_skew: timedelta = timedelta(minutes=10)
    clock: Callable[[], datetime] = utc_now
