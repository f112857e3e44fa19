"""Batches whose status is derived lazily from the clock, so no background task is needed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from desktop_app.sandbox.aboutyou.config import BatchKind
from desktop_app.sandbox.aboutyou.outcomes import ItemResult
from desktop_app.sandbox.aboutyou.rng import seeded_random
from desktop_app.sandbox.aboutyou.validation import CancelItem, ShipItem

Status = Literal["pending", "processing", "completed", "retry", "failed"]
TERMINAL: frozenset[Status] = frozenset({"completed", "failed"})


@dataclass
class Batch:
    id: str
    kind: BatchKind
    api_key: str
    fingerprint: str
    requests: tuple[CancelItem | ShipItem, ...]
    item_ids: tuple[int, ...]
    created_at: float
    fails: bool
    retry_polls_left: int
    final_status: Status | None = None
    results: list[ItemResult] = field(default_factory=list)


# Settles a due batch: returns its terminal status and per-entry results, applying any changes.
Resolver = Callable[[Batch], tuple[Status, list[ItemResult]]]


class BatchStore:
    """pending for the first third of `latency`, then processing, then `retry_polls` polls of
    retry, then completed or failed. Outcomes are applied once, oldest batch first."""

    def __init__(
        self, latency: float, retry_polls: int, clock: Callable[[], float], seed: int
    ) -> None:
        self._latency = latency
        self._retry_polls = retry_polls
        self._clock = clock
        self._ids = seeded_random("batch-ids", seed)
        self._batches: dict[str, Batch] = {}
        self._open: list[Batch] = []  # not yet settled, in creation order

    def __len__(self) -> int:
        return len(self._batches)

    def all(self) -> list[Batch]:
        return list(self._batches.values())

    def submit(
        self,
        kind: BatchKind,
        api_key: str,
        fingerprint: str,
        requests: tuple[CancelItem | ShipItem, ...],
        item_ids: tuple[int, ...],
        fails: Callable[[], bool],
    ) -> Batch:
        """A new batch, or the in-flight one with the same key, kind and payload (dedup)."""
        for batch in self._open:
            if (batch.api_key, batch.kind, batch.fingerprint) == (api_key, kind, fingerprint):
                return batch
        batch = Batch(
            id=str(uuid.UUID(int=self._ids.getrandbits(128), version=4)),
            kind=kind,
            api_key=api_key,
            fingerprint=fingerprint,
            requests=requests,
            item_ids=item_ids,
            created_at=self._clock(),
            fails=fails(),
            retry_polls_left=self._retry_polls,
        )
        self._batches[batch.id] = batch
        self._open.append(batch)
        return batch

    def find(self, batch_id: str, kind: BatchKind, api_key: str) -> Batch | None:
        batch = self._batches.get(batch_id)
        return batch if batch and (batch.kind, batch.api_key) == (kind, api_key) else None

    def settle_due(self, resolve: Resolver) -> None:
        for batch in list(self._open):
            if self._due(batch) and batch.retry_polls_left == 0:
                batch.final_status, batch.results = resolve(batch)
                self._open.remove(batch)

    def poll(self, batch: Batch, resolve: Resolver) -> Status:
        """The status a poll sees now; a due batch spends one of its retry polls per poll."""
        if batch.final_status is not None:
            return batch.final_status
        if not self._due(batch):
            elapsed = self._clock() - batch.created_at
            return "pending" if elapsed < self._latency / 3 else "processing"
        if batch.retry_polls_left > 0:
            batch.retry_polls_left -= 1
            return "retry"
        self.settle_due(resolve)  # older due batches apply first
        return _final(batch)

    def _due(self, batch: Batch) -> bool:
        return self._clock() - batch.created_at >= self._latency


def _final(batch: Batch) -> Status:
    assert batch.final_status is not None, "a due batch without retry polls is settled"
    return batch.final_status
