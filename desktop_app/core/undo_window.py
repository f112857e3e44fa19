"""The undo window: a confirmed job waits its grace period before the first request.

The countdown lives in the process that armed it; the journal holds the job as `scheduled` with
its send-at time, so a crash leaves a job that is offered again, never one that sends itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

MAX_GRACE_SECONDS = 120
TICK_SECONDS = 0.1  # how often a countdown looks at its clock; an early end wakes it at once


def send_at_after(seconds: float, now: datetime | None = None) -> str:
    """The journal's send-at stamp `seconds` from now (UTC ISO, like every journal stamp)."""
    moment = (now or datetime.now(UTC)) + timedelta(seconds=seconds)
    return moment.isoformat(timespec="milliseconds")


class Countdown:
    """One job's grace period. `end_early()` (send now, or withdrawn) stops the wait at once."""

    def __init__(
        self, job_id: int, seconds: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.job_id = job_id
        self.seconds = max(0.0, seconds)
        self._clock = clock
        self.deadline = clock() + self.seconds
        # asyncio is imported by the countdowns alone: reading a profile, on every CLI start,
        # needs only MAX_GRACE_SECONDS from here.
        import asyncio

        self._ended = asyncio.Event()

    def seconds_left(self) -> float:
        if self._ended.is_set():
            return 0.0
        return max(0.0, self.deadline - self._clock())

    def end_early(self) -> None:
        self._ended.set()

    async def wait(self) -> None:
        import asyncio

        # Ticks against the injected clock, so tests can move time instead of sleeping.
        while not self._ended.is_set():
            left = self.deadline - self._clock()
            if left <= 0:
                return
            try:
                await asyncio.wait_for(self._ended.wait(), timeout=min(left, TICK_SECONDS))
            except TimeoutError:
                continue
