"""Every request goes through here: rate budgets per endpoint family, 429 and backoff.

The budget is a sliding window of send times, like the marketplace's own. It also adapts to
`X-RateLimit-Remaining`, since other tools may share the key. Retries never storm: each one
waits for a budget slot and for an exponential, jittered delay.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import time
from bisect import insort
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from desktop_app.core.errors import BadResponse, MarketplaceUnavailable, RateLimited
from desktop_app.core.i18n import Msg, message_of

log = logging.getLogger(__name__)
T = TypeVar("T")


class NetworkWait(MarketplaceUnavailable):
    """Retries are used up: the job waits for the network and can be resumed."""


@dataclass(frozen=True, slots=True)
class PacingPolicy:
    budgets: Mapping[str, int]  # requests per window, per endpoint family (documented defaults)
    window_seconds: float = 60.0  # the documented window: where learning the real one starts
    max_attempts: int = 6  # per request, for 5xx / timeouts / connection errors
    max_rate_limited: int = 20  # 429s tolerated for one request before the job waits
    base_delay: float = 1.0  # also the floor of any wait a 429 asks for
    max_delay: float = 60.0
    default_retry_after: float = 30.0  # the cap of our backoff when 429 has no Retry-After
    max_retry_after: float = 300.0  # a longer wait asked for: the job waits and resumes later
    # Learning a shorter window: after the budget is spent, try again this long after the
    # oldest booking, then PROBE_GROWTH times longer after each 429, at most MAX_PROBE_429S times.
    # So probes at 2 s and 4 s: windows up to 4 s are found, and one accepted at p bounds the
    # window to (p/2, p], which spreading then narrows.
    first_probe: float = 2.0
    # Budgets the seller set on the profile (other tools share the key, or a quota we cannot
    # see): never exceeded, whatever the marketplace's headers allow.
    ceilings: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def for_profile(
        cls, documented: Mapping[str, int], seller: Mapping[str, int], window_seconds: float
    ) -> PacingPolicy:
        return cls({**documented, **seller}, window_seconds=window_seconds, ceilings=seller)


PROBE_GROWTH = 2.0
MAX_PROBE_429S = 2  # per family and session: learning never costs more 429s than this
SURE = 0.9  # the window is known once its lower bound is this close to its upper bound


class _Window:
    """Send times of one endpoint family inside the sliding window, oldest first, and what the
    marketplace's headers taught about the real window: it lies in (floor, length]."""

    def __init__(
        self, budget: int, length: float, first_probe: float, ceiling: int | None = None
    ) -> None:
        self.budget = budget
        self.ceiling = ceiling
        self.offered = budget  # the marketplace's own limit, as its headers say
        self.length = length  # never shorter than the real window: we never exceed the budget
        self.floor = 0.0
        self.sent: list[float] = []
        self.paused_until = 0.0
        self.informed = False  # the marketplace sends X-RateLimit-Remaining
        self.recovered = False  # we saw its budget come back at least once
        self.first_probe = first_probe
        self.probe_after = first_probe
        self.probe_429s = 0
        self.shared_at = -math.inf  # when Remaining last showed another sender on this key
        self.last_booked = -math.inf
        self.first_booked = math.inf
        self.booked_at: dict[float, float] = {}  # answer time -> when it was sent
        self.in_flight: list[float] = []  # when each request still awaiting its answer was sent

    def forget_before(self, cutoff: float) -> None:
        drop = 0
        while drop < len(self.sent) and self.sent[drop] <= cutoff:
            drop += 1
        self._drop(drop)

    def _drop(self, count: int) -> None:
        for moment in self.sent[:count]:
            self.booked_at.pop(moment, None)
        del self.sent[:count]

    def restamp(self, booked: float, done: float) -> None:
        """Count a request from when its answer came: the marketplace saw it no later."""
        if booked in self.sent:
            self.sent.remove(booked)
            insort(self.sent, done)
            self.booked_at[done] = booked

    def release(self, booked: float) -> None:
        if booked in self.sent:
            self.sent.remove(booked)

    @property
    def seller_bound(self) -> bool:
        """The seller's ceiling, not the marketplace, limits this family: its window is the
        profile's, and nothing is learned or probed beyond it."""
        return self.ceiling is not None and self.ceiling < self.offered

    @property
    def sure(self) -> bool:
        return self.floor >= SURE * self.length

    def learning(self, now: float) -> bool:
        """Is a shorter window still to be learned? Only while it is unsure, the marketplace
        says how much is left, nobody else spends the key, and the 429s spent on learning are
        few."""
        return (
            self.informed
            and not self.seller_bound
            and now - self.shared_at > self.length
            and not self.sure
            and self.probe_429s < MAX_PROBE_429S
        )

    def probing(self, now: float) -> bool:
        """Try before our window ends, to learn a shorter one?"""
        return self.learning(now) and self.probe_after < self.length

    def next_send(self, now: float) -> float:
        """The earliest moment a request may go out (now or later)."""
        at = self.paused_until
        if (
            self.first_probe < self.length
            and now < self.first_booked + self.first_probe
            and len(self.sent) >= self.budget // 2
            and not self.recovered
            and self.learning(now)
        ):
            # The first budget's second half goes out one by one, over half the first probe's
            # wait (where a probe could come before our window ends). A short window shows in
            # Remaining while they go out (its first sends leave), where a burst sat idle
            # until the probe; a longer one is bounded by the probe to the newest of them, not
            # the oldest. A documented window loses nothing: its budget is spent long before
            # it ends either way.
            at = max(at, self.last_booked + self.first_probe / self.budget)
        if self.recovered and not self.sure:
            # Spread while unsure, over the part of the window still unknown: each answer's
            # Remaining then shows which sends have left the marketplace's window, which pins
            # it down. Spreading over all of `length`, longer than the real window, wasted
            # budget. The budget per `length` below still holds either way.
            at = max(at, self.last_booked + (self.length - self.floor) / self.budget)
        if len(self.sent) >= self.budget:
            free = self.sent[-self.budget] + self.length
            if self.probing(now):
                free = min(free, self.sent[-self.budget] + self.probe_after)
            at = max(at, free)
        return max(at, now)

    def learn_longer(self, now: float) -> None:
        """A 429: the budget-th newest of our sends is still in the marketplace's window."""
        if len(self.sent) >= self.budget:
            self.floor = min(self.length, max(self.floor, now - self.sent[-self.budget]))
        if self.probing(now):
            self.probe_429s += 1
            self.probe_after *= PROBE_GROWTH

    def learn_accepted(self, now: float) -> None:
        """Accepted beyond our count (a probe): the oldest of ours left the marketplace's window."""
        if len(self.sent) > self.budget:
            self.forget_oldest(now, len(self.sent) - self.budget)

    def learn_from_remaining(self, now: float, remaining: int) -> None:
        """Trust Remaining both ways. More left than we think: our oldest bookings have left the
        marketplace's window, so the window is at most that old. Less: someone else spends this
        key too, so book their share as if we had sent it."""
        counted = max(0, self.budget - remaining)  # its count, this request included
        if remaining > 0 and len(self.sent) > counted:  # (0 left is also what a 429 says)
            self.forget_oldest(now, len(self.sent) - counted)
        else:
            self.book_others(now, remaining)
        if 0 < counted <= len(self.sent):  # of its count, ours are the newest
            self.floor = min(self.length, max(self.floor, now - self.sent[-counted]))

    def forget_oldest(self, now: float, gone: int) -> None:
        """The marketplace no longer counts our `gone` oldest bookings: the window is at most
        as long as the newest of them is old (it saw it no earlier than it was sent)."""
        newest_gone = self.sent[gone - 1]
        upper = now - self.booked_at.get(newest_gone, newest_gone)
        self._drop(gone)
        if upper > self.floor:  # else another sender muddles the picture
            self.length = min(self.length, upper)
            self.recovered = True

    def book_others(self, now: float, remaining: int) -> None:
        """Less left than we think: someone else spends this key too; book their share."""
        counted = max(0, self.budget - remaining)  # its count, this request included
        if len(self.sent) < counted:
            self.shared_at = now
            for _ in range(counted - len(self.sent)):
                insort(self.sent, now)

    def learn_reset(self, now: float, seconds: float) -> None:
        """A reset or Retry-After header: the oldest booking leaves the window by then."""
        if self.sent and not self.seller_bound:
            upper = now + seconds - self.sent[0]
            if upper > self.floor:
                self.length = min(self.length, upper)
                self.recovered = True


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
            budget = self.policy.budgets.get(family, 60)
            window = _Window(
                budget,
                self.policy.window_seconds,
                self.policy.first_probe,
                self.policy.ceilings.get(family),
            )
            self._windows[family] = window
            self._locks[family] = asyncio.Lock()
        return window

    def window_seconds(self, family: str) -> float:
        """The window this family is paced on: the documented one until a shorter is learned."""
        return self._window(family).length

    async def _acquire(self, family: str) -> float:
        """Wait until the family has a free slot, then take it; returns the booking time."""
        window = self._window(family)
        async with self._locks[family]:
            while True:
                now = self._clock()
                window.forget_before(now - window.length)
                wait = window.next_send(now) - now
                if wait <= 0:
                    insort(window.sent, now)
                    window.last_booked = now
                    window.first_booked = min(window.first_booked, now)
                    self.sent_count[family] = self.sent_count.get(family, 0) + 1
                    return now
                await self._sleep(max(wait, 0.01))

    def budget_left(self, family: str) -> tuple[int, int]:
        """(requests left, budget) in the family's current window, for a status display."""
        window = self._window(family)
        window.forget_before(self._clock() - window.length)
        return max(0, window.budget - len(window.sent)), window.budget

    def seconds_until_free(self, family: str) -> float:
        """How long a request of the family would wait now: a 429 pause or a full window."""
        window = self._window(family)
        now = self._clock()
        window.forget_before(now - window.length)
        wait = window.paused_until - now
        if len(window.sent) >= window.budget:
            wait = max(wait, window.sent[0] + window.length - now)
        return max(wait, 0.0)

    def observe(
        self,
        family: str,
        limit: int | None,
        remaining: int | None,
        reset_seconds: float | None = None,
    ) -> None:
        """Adopt the marketplace's own view of the budget from its response headers."""
        window = self._window(family)
        now = self._clock()
        if limit is not None and limit > 0:
            window.offered = limit  # what the marketplace says, either way...
            window.budget = limit if window.ceiling is None else min(limit, window.ceiling)
        if reset_seconds is not None:
            window.learn_reset(now, reset_seconds)
        if remaining is None:
            return
        window.informed = True
        # Our count as the marketplace saw it: no earlier than the request was sent. Counted
        # from now, a booking whose answer came quickly could be dropped while the marketplace
        # still held it (answers take unequal times), which read as another sender's request
        # and bounded the window below the real one.
        seen = min(window.in_flight, default=now)
        window.forget_before(seen - window.length)
        if window.seller_bound:  # the seller's ceiling decides; Remaining can only slow us
            window.book_others(now, max(0, remaining))
        else:
            window.learn_from_remaining(now, max(0, remaining))

    def _backoff(self, attempt: int, cap: float) -> float:
        delay = min(cap, self.policy.base_delay * 2.0**attempt)
        return delay / 2 + self._rng.uniform(0, delay / 2)  # "equal jitter"

    async def run(
        self, family: str, request: Callable[[], Awaitable[T]], *, attempts: int | None = None
    ) -> T:
        """Send one request within the budget, retrying transient failures with backoff, up to
        `attempts` tries (the policy's by default)."""
        max_attempts = self.policy.max_attempts if attempts is None else attempts
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
                        Msg("The marketplace keeps answering 'too many requests'; try again later.")
                    ) from error
                self._pause(family, rate_limited, error)
            except (MarketplaceUnavailable, BadResponse) as error:
                # A garbled answer is usually a proxy or gateway hiccup: worth another try.
                failures += 1
                if failures >= max_attempts:
                    raise NetworkWait(message_of(error)) from error
                delay = self._backoff(failures, self.policy.max_delay)
                log.info("%s on %s; retry %d in %.1f s", error, family, failures, delay)
                await self._sleep(delay)

    def _pause(self, family: str, rate_limited: int, error: RateLimited) -> None:
        """A 429 pauses the family: for its Retry-After (never below our backoff floor), for
        our own backoff, or, while learning the window, until the next probe."""
        window = self._window(family)
        now = self._clock()
        delay = error.retry_after
        if delay is not None and delay > self.policy.max_retry_after:
            raise NetworkWait(
                Msg("The marketplace asked us to wait {minutes:.0f} minutes.", minutes=delay / 60)
            ) from error
        learning = window.probing(now)
        window.learn_longer(now)
        if delay is not None:
            delay = max(delay, self.policy.base_delay)
            window.learn_reset(now, delay)
        elif learning:
            delay = max(self.policy.base_delay, window.next_send(now) - now)
        else:
            delay = self._backoff(rate_limited, self.policy.default_retry_after)
        log.info("429 on %s; pausing %.1f s", family, delay)
        window.paused_until = now + delay

    async def _send(self, family: str, request: Callable[[], Awaitable[T]]) -> T:
        booked = await self._acquire(family)
        window = self._window(family)
        window.in_flight.append(booked)
        try:
            answer = await request()
        except RateLimited:
            window.release(booked)  # refused: the marketplace did not count it
            raise
        finally:
            window.in_flight.remove(booked)
            window.restamp(booked, self._clock())
        window.learn_accepted(self._clock())
        return answer
