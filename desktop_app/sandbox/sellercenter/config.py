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
    # "falabella" (Falabella v600: PackageId ready-to-ship of the whole order, times without an
    # offset, `isProcessable`, `failed_delivery`) or "generic" (the older SellerCenter flow).
    platform: str = "falabella"
    time_zone: str = "America/Santiago"  # Falabella's times without an offset are local
    # Every request needs `User-Agent: SellerId/Language/Version` (Falabella since 2022-11-30);
    # with a seller id set, the first part must be it.
    require_user_agent: bool = True
    seller_id: str | None = None
    # Share of requests answered with a transient E119, E1000 or E006 (seeded, repeatable);
    # tests can also queue exact codes with `state.fail_next`.
    transient_rate: float = 0.0

    @property
    def falabella(self) -> bool:
        return self.platform == "falabella"
