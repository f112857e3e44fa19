"""Turn a cancel/dispatch answer into one outcome per item that was sent."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.errors import BadResponse

from .models import UpdateResponse, UpdateStatus

log = logging.getLogger(__name__)

NO_REASON = "The marketplace refused this item without giving a reason."


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    """What the marketplace said about one sent item: `error` is None when it was applied."""

    order_item_id: str
    error: str | None = None

    @property
    def succeeded(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class UpdateResult:
    """The answer to one cancel or dispatch request: the status and one outcome per sent item."""

    status: UpdateStatus
    items: tuple[ItemOutcome, ...]

    @property
    def succeeded(self) -> tuple[ItemOutcome, ...]:
        return tuple(item for item in self.items if item.succeeded)

    @property
    def failed(self) -> tuple[ItemOutcome, ...]:
        return tuple(item for item in self.items if not item.succeeded)


def map_update_response(response: UpdateResponse, sent_item_ids: Sequence[str]) -> UpdateResult:
    """SUCCESS: all applied; FAILED: none applied; PARTIAL_SUCCESS: the listed items failed.

    The failed-items list is trusted under every status, so an item listed with an error under
    SUCCESS counts as failed: retrying a done item is harmless, losing a failed one is not.
    """
    sent = set(sent_item_ids)
    listed: dict[str, str] = {}
    for failed in response.order_items:
        if failed.order_item_id in sent:
            listed[failed.order_item_id] = failed.error_message or response.message or NO_REASON
        else:
            log.warning("Marketplace reported item %s, which this request did not send", failed)
    if response.status is UpdateStatus.PARTIAL_SUCCESS and not listed:
        # We cannot tell which items failed: the caller must treat them all as in doubt.
        raise BadResponse("The marketplace answered PARTIAL_SUCCESS without naming a failed item.")
    everything_failed = response.status is UpdateStatus.FAILED
    fallback = response.message or NO_REASON
    items = tuple(
        ItemOutcome(item_id, listed.get(item_id, fallback if everything_failed else None))
        for item_id in sent_item_ids
    )
    return UpdateResult(response.status, items)
