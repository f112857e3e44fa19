"""The one small protocol every marketplace implements, and the values it trades in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from desktop_app.core.i18n import Msg, message_id
from desktop_app.core.importing.spec import RowSpec
from desktop_app.core.models import Action, ItemId, RowResult

# The marketplace's own words (an item's refusal, an error text), as it sent them: English shows
# them as they are, other languages say first who is speaking.
MARKETPLACE_WORDS = message_id("{marketplace_words}")


def marketplace_words(text: str) -> Msg:
    """The marketplace's words as a message, untranslated inside it."""
    return Msg(MARKETPLACE_WORDS, marketplace_words=text)


@dataclass(frozen=True, slots=True)
class ItemVerdict:
    """The marketplace's answer for one order item."""

    success: bool
    errors: tuple[str, ...] = ()
    # What a success should say too (falabella: other items of the order that moved with it).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Submitted:
    """What a send returned: a batch id to poll, or (synchronous marketplaces) the verdicts."""

    request_id: str | None = None
    verdicts: dict[ItemId, ItemVerdict] | None = None
    # An earlier attempt may have reached the marketplace before this one was answered.
    resent: bool = False


@dataclass(frozen=True, slots=True)
class BatchPoll:
    """One look at an asynchronous batch. Only terminal polls carry verdicts."""

    status: str
    terminal: bool = False
    failed: bool = False
    verdicts: dict[ItemId, ItemVerdict] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AppliedCheck:
    """What the marketplace's own status says of a sent payload whose answer was lost.

    `applied` holds only items where *this job's* change shows (a ship: with the row's tracking
    number), never items that were already in the target state before the first send (the
    `before` record says which): those are sent again and get the marketplace's own answer, as
    an uninterrupted run would. Every item in neither set is still open and is sent again.
    """

    applied: frozenset[ItemId]
    # Items it cannot decide (e.g. a partial quantity, an item the listing does not show):
    # never sent again, failed in doubt.
    undecided: frozenset[ItemId] = frozenset()
    # Applied items whose status before the first send was not recorded (ABOUT YOU with a
    # large backlog): they succeed, with a note that the change may predate the job.
    unattributed: frozenset[ItemId] = frozenset()


@dataclass(frozen=True, slots=True)
class OpenItem:
    """An order item the marketplace still lists as open: what "Load open items" offers."""

    order_item_id: ItemId
    order_number: str
    sku: str = ""
    created_at: str = ""
    country_code: str = ""
    # Values of the marketplace's row spec fields it already knows (Unicommerce: order_id,
    # product_id, variant_id, quantity), so picked items make complete rows.
    details: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Carrier:
    key: str
    name: str = ""
    country_code: str = ""
    label: str = ""


class Marketplace(Protocol):
    """A marketplace as the engine sees it. Implementations pace and classify their requests."""

    kind: str
    # True when re-sending an identical payload while the first one may still be in flight
    # answers with that first batch (ABOUT YOU's dedup). Every batch whose answer was lost is
    # first checked with `already_applied`; a batch none of whose items shows applied is then
    # re-sent byte for byte where this is True, else its open rows in a new payload.
    idempotent_resend: bool

    async def row_spec(self, action: Action) -> RowSpec | None:
        """The columns this marketplace's files hold; None means ABOUT YOU's own columns."""
        ...

    def plan_batches(self, action: Action, rows: Sequence[RowResult]) -> list[list[RowResult]]:
        """Split pending rows, in file order, into the batches one request each carries."""
        ...

    def build_payload(self, action: Action, rows: Sequence[RowResult]) -> str:
        """The exact request body for these rows; deterministic, so a re-send is identical."""
        ...

    async def submit(self, action: Action, payload: str) -> Submitted: ...

    async def poll(self, action: Action, request_id: str) -> BatchPoll: ...

    async def state_before(self, action: Action, payload: str) -> str | None:
        """What the marketplace's status shows of a payload's items just before its first send,
        as text the journal keeps with the batch (and its halves); None where it cannot tell
        cheaply. Handed back to `already_applied` after a lost answer."""
        ...

    async def already_applied(
        self, action: Action, payload: str, before: str | None = None
    ) -> AppliedCheck:
        """Which items of a sent payload whose answer was lost show this job's change, read from
        the marketplace's status (`before`: what `state_before` recorded, if anything)."""
        ...

    async def carriers(self) -> list[Carrier]: ...

    async def open_items(self, limit: int = 5000) -> list[OpenItem]:
        """Open order items, oldest first, up to `limit`."""
        ...

    async def order_items_since(self, since: datetime) -> int | None:
        """How many order items were ordered since `since`; None where orders cannot be listed.
        The cancellation-rate guard divides by it."""
        ...

    async def aclose(self) -> None: ...
