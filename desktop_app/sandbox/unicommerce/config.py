"""Settings of the Unicommerce-protocol sandbox."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class TimeoutAfterApply:
    """Apply the change, then hold the answer back so the client times out ("in doubt").

    `requests` holds 1-based numbers of cancel/dispatch requests (counted together); `share`
    picks further ones at random, reproducibly from the sandbox seed. The answer is held for
    `hang_seconds` or until the client hangs up, whichever comes first.
    """

    share: float = 0.0
    requests: frozenset[int] = frozenset()
    hang_seconds: float = 30.0

    def __post_init__(self) -> None:
        if not 0.0 <= self.share <= 1.0:
            raise ValueError("share must be between 0 and 1")
        if self.hang_seconds <= 0:
            raise ValueError("hang_seconds must be positive")
        if any(number < 1 for number in self.requests):
            raise ValueError("request numbers start at 1")


@dataclass(frozen=True, slots=True)
class UnicommerceSandboxConfig:
    username: str = "demo"
    password: str = field(default="sandbox-demo-password", repr=False)
    token_lifetime_seconds: float = 3600.0
    seed: int = 8
    order_count: int = 20
    # Seconds, any origin: only differences matter (token expiry). Tests pass a fake clock.
    clock: Callable[[], float] = time.monotonic
    timeout_after_apply: TimeoutAfterApply | None = None
    # The protocol marks cancel and dispatch "Usage: Optional": a marketplace may lack either.
    offers_cancel: bool = True
    offers_dispatch: bool = True
    # Some marketplaces say a token expired in a 200 answer, not with a 401.
    expired_token_as_200: bool = False

    def __post_init__(self) -> None:
        if not self.username or not self.password:
            raise ValueError("username and password must not be empty")
        if self.token_lifetime_seconds <= 0:
            raise ValueError("token_lifetime_seconds must be positive")
        if self.order_count < 0:
            raise ValueError("order_count must not be negative")
