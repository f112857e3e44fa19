"""Sliding-window request budgets per (API key, endpoint family)."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    retry_after: int  # whole seconds until a slot frees; 0 when allowed


class SlidingWindowLimiter:
    """Counts accepted requests in the last `window` seconds; refused ones don't use a slot."""

    def __init__(self, window: float, clock: Callable[[], float]) -> None:
        self._window = window
        self._clock = clock
        self._hits: dict[tuple[str, str], deque[float]] = {}

    def hit(self, bucket: tuple[str, str], limit: int) -> Decision:
        hits = self._current(bucket)
        if len(hits) >= limit:
            oldest = hits[len(hits) - limit] if hits else self._clock()
            wait = oldest + self._window - self._clock()
            return Decision(False, limit, 0, max(1, math.ceil(wait)))
        hits.append(self._clock())
        return Decision(True, limit, limit - len(hits), 0)

    def peek(self, bucket: tuple[str, str], limit: int) -> Decision:
        return Decision(True, limit, max(0, limit - len(self._current(bucket))), 0)

    def _current(self, bucket: tuple[str, str]) -> deque[float]:
        hits = self._hits.setdefault(bucket, deque())
        horizon = self._clock() - self._window
        while hits and hits[0] <= horizon:
            hits.popleft()
        return hits
