"""Turn a cancel/dispatch answer into one outcome per item that was sent."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.errors import BadResponse
from desktop_app.core.i18n import Msg, message_id
from desktop_app.core.marketplaces.base import marketplace_words

from .models import UpdateResponse, UpdateStatus

log = logging.getLogger(__name__)

NO_REASON = message_id("The marketplace refused this item without giving a reason.")


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
            listed[failed.order_item_id] = _refusal(failed.error_message or response.message)
        else:
            log.warning("Marketplace reported item %s, which this request did not send", failed)
    if response.status is UpdateStatus.PARTIAL_SUCCESS and not listed:
        # We cannot tell which items failed: the caller must treat them all as in doubt.
        raise BadResponse(
            Msg("The marketplace answered PARTIAL_SUCCESS without naming a failed item.")
        )
    everything_failed = response.status is UpdateStatus.FAILED
    fallback = _refusal(response.message) if everything_failed else None
    items = tuple(ItemOutcome(item_id, listed.get(item_id, fallback)) for item_id in sent_item_ids)
    return UpdateResult(response.status, items)


def _refusal(said: str | None) -> Msg:
    """The marketplace's words for a refused item, or our sentence when it gave none."""
    return marketplace_words(said) if said else Msg(NO_REASON)
