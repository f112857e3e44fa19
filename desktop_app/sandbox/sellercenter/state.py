"""Everything the sandbox remembers, exposed so tests can look: statuses, applications, budget."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from desktop_app.sandbox.sellercenter import demo_data
from desktop_app.sandbox.sellercenter.config import SellerCenterSandboxConfig
from desktop_app.sandbox.sellercenter.demo_data import Item, Order, Provider
from desktop_app.sandbox.sellercenter.errors import ScError


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
    requests: int = 0
    _window: int = -1
    _window_count: int = 0

    @classmethod
    def create(cls, config: SellerCenterSandboxConfig) -> SellerCenterSandboxState:
        orders, items = demo_data.build(config.items, config.seed)
        state = cls(config, orders, items, {p.name: p for p in demo_data.PROVIDERS})
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
