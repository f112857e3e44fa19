"""Every request goes through here: rate budgets per endpoint family, 429 and backoff.

The budget is a sliding window of send times, like the marketplace's own. It also adapts to
`X-RateLimit-Remaining`, since other tools may share the key. Retries never storm: each one
waits for a budget slot and for an exponential, jittered delay.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from bisect import insort
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from desktop_app.core.errors import BadResponse, MarketplaceUnavailable, RateLimited

log = logging.getLogger(__name__)
T = TypeVar("T")


class NetworkWait(MarketplaceUnavailable):
    """Retries are used up: the job waits for the network and can be resumed."""


@dataclass(frozen=True, slots=True)
class PacingPolicy:
    budgets: Mapping[str, int]  # requests per window, per endpoint family
    window_seconds: float = 60.0
    max_attempts: int = 6  # per request, for 5xx / timeouts / connection errors
    max_rate_limited: int = 20  # 429s tolerated for one request before the job waits
    base_delay: float = 1.0
    max_delay: float = 60.0
    default_retry_after: float = 30.0  # the cap of our backoff when 429 has no Retry-After
    max_retry_after: float = 300.0  # a longer wait asked for: the job waits and resumes later


class _Window:
    """Send times of one endpoint family inside the sliding window, oldest first."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.sent: list[float] = []
        self.paused_until = 0.0

    def forget_before(self, cutoff: float) -> None:
        drop = 0
        while drop < len(self.sent) and self.sent[drop] <= cutoff:
            drop += 1
        del self.sent[:drop]

    def restamp(self, booked: float, done: float) -> None:
        """Count a request from when its answer came: the marketplace saw it no later."""
        if booked in self.sent:
            self.sent.remove(booked)
        insort(self.sent, done)


class Pacer:
    def __init__(
        self,
        policy: PacingPolicy,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.policy = policy
        self._clock = clock
        self._sleep = sleep
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not security
        self._windows: dict[str, _Window] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self.sent_count: dict[str, int] = {}
        self.rate_limited_count = 0

    def _window(self, family: str) -> _Window:
        window = self._windows.get(family)
        if window is None:
            window = self._windows[family] = _Window(self.policy.budgets.get(family, 60))
            self._locks[family] = asyncio.Lock()
        return window

    async def _acquire(self, family: str) -> float:
        """Wait until the family has a free slot, then take it; returns the booking time."""
        window = self._window(family)
        async with self._locks[family]:
            while True:
                now = self._clock()
                window.forget_before(now - self.policy.window_seconds)
                wait = window.paused_until - now
                if wait <= 0 and len(window.sent) < window.budget:
                    insort(window.sent, now)
                    self.sent_count[family] = self.sent_count.get(family, 0) + 1
                    return now
                if wait <= 0:
                    wait = window.sent[0] + self.policy.window_seconds - now
                await self._sleep(max(wait, 0.01))

    def budget_left(self, family: str) -> tuple[int, int]:
        """(requests left, budget) in the family's current window, for a status display."""
        window = self._window(family)
        window.forget_before(self._clock() - self.policy.window_seconds)
        return max(0, window.budget - len(window.sent)), window.budget

    def seconds_until_free(self, family: str) -> float:
        """How long a request of the family would wait now: a 429 pause or a full window."""
        window = self._window(family)
        now = self._clock()
        window.forget_before(now - self.policy.window_seconds)
        wait = window.paused_until - now
        if len(window.sent) >= window.budget:
            wait = max(wait, window.sent[0] + self.policy.window_seconds - now)
        return max(wait, 0.0)

    def observe(self, family: str, limit: int | None, remaining: int | None) -> None:
        """Adopt the marketplace's own view of the budget from its response headers."""
        window = self._window(family)
        if limit is not None and 0 < limit < window.budget:
            window.budget = limit
        if remaining is None:
            return
        ours = window.budget - len(window.sent)
        if remaining < ours:
            # Someone else spends this key too: book their share as if we had sent it.
            now = self._clock()
            for _ in range(ours - remaining):
                insort(window.sent, now)

    def _backoff(self, attempt: int, cap: float) -> float:
        delay = min(cap, self.policy.base_delay * 2.0**attempt)
        return delay / 2 + self._rng.uniform(0, delay / 2)  # "equal jitter"

    async def run(self, family: str, request: Callable[[], Awaitable[T]]) -> T:
        """Send one request within the budget, retrying transient failures with backoff."""
        failures = 0
        rate_limited = 0
        while True:
            try:
                return await self._send(family, request)
            except RateLimited as error:
                rate_limited += 1
                self.rate_limited_count += 1
                if rate_limited > self.policy.max_rate_limited:
                    raise NetworkWait(
                        "The marketplace keeps answering 'too many requests'; try again later."
                    ) from error
                delay = error.retry_after
                if delay is not None and delay > self.policy.max_retry_after:
                    raise NetworkWait(
                        f"The marketplace asked us to wait {delay / 60:.0f} minutes."
                    ) from error
                if delay is None:
                    delay = self._backoff(rate_limited, self.policy.default_retry_after)
                log.info("429 on %s; pausing %.1f s", family, delay)
                self._window(family).paused_until = self._clock() + delay
            except (MarketplaceUnavailable, BadResponse) as error:
                # A garbled answer is usually a proxy or gateway hiccup: worth another try.
                failures += 1
                if failures >= self.policy.max_attempts:
                    raise NetworkWait(str(error)) from error
                delay = self._backoff(failures, self.policy.max_delay)
                log.info("%s on %s; retry %d in %.1f s", error, family, failures, delay)
                await self._sleep(delay)

    async def _send(self, family: str, request: Callable[[], Awaitable[T]]) -> T:
        booked = await self._acquire(family)
        try:
            return await request()
        finally:
            self._window(family).restamp(booked, self._clock())
