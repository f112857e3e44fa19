"""The live sandbox: demo orders, batches, rate budgets and what tests inspect afterwards."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Sequence

from desktop_app.sandbox.aboutyou.batches import Batch, BatchStore, Status
from desktop_app.sandbox.aboutyou.carriers import CARRIER_KEYS, CARRIERS, Carrier
from desktop_app.sandbox.aboutyou.config import AboutYouSandboxConfig, BatchKind
from desktop_app.sandbox.aboutyou.demo_data import Order, OrderItem, generate_demo_data
from desktop_app.sandbox.aboutyou.faults import FaultPlan
from desktop_app.sandbox.aboutyou.outcomes import (
    ItemResult,
    apply_cancel,
    apply_ship,
    failed_batch,
)
from desktop_app.sandbox.aboutyou.rate_limit import SlidingWindowLimiter
from desktop_app.sandbox.aboutyou.validation import CancelItem, ShipItem


class AboutYouState:
    """Shared by the request handlers and by tests; hold `lock` to read it from another thread."""

    def __init__(self, config: AboutYouSandboxConfig) -> None:
        self.config = config
        self.lock = threading.RLock()
        data = generate_demo_data(config.items, config.seed, config.base_time)
        self.orders: list[Order] = data.orders
        self.orders_by_number: dict[str, Order] = {o.order_number: o for o in data.orders}
        self.items: dict[int, OrderItem] = data.items
        self.carriers: tuple[Carrier, ...] = CARRIERS
        self.carrier_keys: frozenset[str] = CARRIER_KEYS
        self.limiter = SlidingWindowLimiter(config.window_seconds, config.clock)
        self.faults = FaultPlan(config)
        self.batches = BatchStore(config.latency, config.retry_polls, config.clock, config.seed)
        # (endpoint, HTTP status) -> number of responses
        self.requests: Counter[tuple[str, int]] = Counter()
        # item id -> how many completed batches included it: a resumed client must keep this <= 1
        self.processed_batches_per_item: Counter[int] = Counter()
        # How often each item really changed state: a double application shows up as 2.
        self.applied_per_item: Counter[int] = Counter()

    def item_status(self, item_id: int) -> str:
        with self.lock:
            self.settle_due()
            return self.items[item_id].status

    def order_status(self, order: Order) -> str:
        statuses = {self.items[i].status for i in order.item_ids}
        return statuses.pop() if len(statuses) == 1 else "mixed"

    def request_count(self, endpoint: str | None = None, status: int | None = None) -> int:
        with self.lock:
            return sum(
                n
                for (name, code), n in self.requests.items()
                if endpoint in (None, name) and status in (None, code)
            )

    def submit(
        self, kind: BatchKind, api_key: str, requests: Sequence[CancelItem | ShipItem]
    ) -> Batch:
        item_ids = tuple(
            i for r in requests for i in (r.order_items if isinstance(r, ShipItem) else (r.id,))
        )
        # Dedup compares the canonical JSON of the validated payload.
        echoes = [r.echo() for r in requests]
        fingerprint = json.dumps(echoes, sort_keys=True, separators=(",", ":"))
        return self.batches.submit(
            kind,
            api_key,
            fingerprint,
            tuple(requests),
            item_ids,
            lambda: self.faults.batch_fails(kind, item_ids),
        )

    def settle_due(self) -> None:
        self.batches.settle_due(self._resolve)

    def poll(self, batch: Batch) -> Status:
        return self.batches.poll(batch, self._resolve)

    def _resolve(self, batch: Batch) -> tuple[Status, list[ItemResult]]:
        if batch.fails:
            return "failed", failed_batch([r.echo() for r in batch.requests])
        self.processed_batches_per_item.update(batch.item_ids)
        cancels = [r for r in batch.requests if isinstance(r, CancelItem)]
        ships = [r for r in batch.requests if isinstance(r, ShipItem)]
        if batch.kind == "cancel":
            results = apply_cancel(self.items, cancels)
        else:
            results = apply_ship(self.items, self.orders_by_number, ships)
        for result in results:
            if result.success:
                echoed = result.request_item
                self.applied_per_item.update(echoed.get("order_items") or [echoed["id"]])
        return "completed", results
