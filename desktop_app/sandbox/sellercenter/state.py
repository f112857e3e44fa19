"""Everything the sandbox remembers, exposed so tests can look: statuses, applications, budget."""

from __future__ import annotations

import math
import random
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from desktop_app.sandbox.sellercenter import demo_data
from desktop_app.sandbox.sellercenter.config import SellerCenterSandboxConfig
from desktop_app.sandbox.sellercenter.demo_data import Item, Order, Provider
from desktop_app.sandbox.sellercenter.errors import TRANSIENT_MESSAGES, ScError, transient
from desktop_app.sandbox.sellercenter.render import local_time, wire_time


@dataclass
class SellerCenterSandboxState:
    config: SellerCenterSandboxConfig
    orders: dict[int, Order]
    items: dict[int, Item]
    providers: dict[str, Provider] = field(default_factory=dict)
    # Tracking number -> the order that used it (E063 for any other order).
    used_tracking: dict[str, int] = field(default_factory=dict)
    # Successful status changes per item: a resumed job must not apply one twice.
    applications: Counter[int] = field(default_factory=Counter)
    # Of those: packs and moves to ready-to-ship, per item (a whole-order move counts for all).
    packs: Counter[int] = field(default_factory=Counter)
    ships: Counter[int] = field(default_factory=Counter)
    requests: int = 0
    # Every request's User-Agent header and Action, in order (tests look at both).
    user_agents: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    # E-codes the next requests answer with, first in first out (119, 1000 or 6).
    fail_next: deque[int] = field(default_factory=deque)
    _rng: random.Random = field(default_factory=lambda: random.Random(0))  # noqa: S311 - repeatable
    _window: int = -1
    _window_count: int = 0

    @classmethod
    def create(cls, config: SellerCenterSandboxConfig) -> SellerCenterSandboxState:
        orders, items = demo_data.build(config.items, config.seed)
        if config.falabella:
            demo_data.falabella_flavour(orders, items)
        state = cls(config, orders, items, {p.name: p for p in demo_data.PROVIDERS})
        state._rng = random.Random(f"transient:{config.seed}")  # noqa: S311 - repeatable
        for item in items.values():
            if item.tracking_code:
                state.used_tracking[item.tracking_code] = item.order_id
        return state

    def status(self, order_item_id: int) -> str:
        return self.items[order_item_id].status

    def ids_with_status(self, status: str) -> list[int]:
        return [i for i, item in self.items.items() if item.status == status]

    def order_items(self, order_id: int) -> list[Item]:
        return [self.items[i] for i in self.orders[order_id].item_ids]

    def item_time(self, moment: datetime) -> str:
        """Falabella: local time without an offset; the older platform: with an offset."""
        if self.config.falabella:
            return local_time(moment, ZoneInfo(self.config.time_zone))
        return wire_time(moment)

    def maybe_transient(self) -> None:
        """A queued or (at `transient_rate`) random transient failure, before any effect."""
        if self.fail_next:
            raise transient(self.fail_next.popleft())
        if self.config.transient_rate and self._rng.random() < self.config.transient_rate:
            raise transient(self._rng.choice(sorted(TRANSIENT_MESSAGES)))

    def spend_budget(self, now_seconds: float) -> None:
        """Count one accepted request in the current fixed window; E429 once it is spent."""
        budget, width = self.config.budget, self.config.window_seconds
        if budget is None:
            return
        window = math.floor(now_seconds / width)
        if window != self._window:
            self._window, self._window_count = window, 0
        if self._window_count >= budget:
            wait = max(1, math.ceil((window + 1) * width - now_seconds))
            raise ScError(429, "Too many requests", status=429, retry_after=wait)
        self._window_count += 1
