"""Seeded fault decisions, so a given seed and request order always fail the same way."""

from __future__ import annotations

import random

from desktop_app.sandbox.aboutyou.config import AboutYouSandboxConfig, BatchKind
from desktop_app.sandbox.aboutyou.rng import seeded_random


class FaultPlan:
    """One RNG stream per fault kind: turning one fault on never shifts another's sequence."""

    def __init__(self, config: AboutYouSandboxConfig) -> None:
        self._config = config
        self._unavailable = seeded_random("503", config.seed)
        self._delay = seeded_random("delay", config.seed)
        self._failed = seeded_random("failed", config.seed)
        self._accepted = 0
        self._results = 0
        self._orders = 0

    def unavailable(self) -> bool:
        return _draw(self._unavailable, self._config.unavailable_share)

    def delay(self) -> float:
        return self._config.delay_seconds if _draw(self._delay, self._config.delay_share) else 0.0

    def answer_cut(self) -> bool:
        """Called once per accepted POST: is this one's answer cut off?"""
        self._accepted += 1
        return self._accepted in self._config.cut_answers

    def results_lost(self) -> bool:
        """Called once per results GET: is this one answered 404?"""
        self._results += 1
        return self._results in self._config.results_404

    def orders_down(self) -> bool:
        """Called once per order listing GET: is this one answered 503?"""
        self._orders += 1
        return self._orders in self._config.orders_503

    def batch_fails(self, kind: BatchKind, item_ids: tuple[int, ...]) -> bool:
        config = self._config
        if config.failed_batch_items.intersection(item_ids):
            return True
        if config.failed_batch_when is not None and config.failed_batch_when(kind, item_ids):
            return True
        return _draw(self._failed, config.failed_batch_share)


def _draw(rng: random.Random, share: float) -> bool:
    return share > 0 and rng.random() < share
