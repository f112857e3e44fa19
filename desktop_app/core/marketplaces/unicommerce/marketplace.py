"""Unicommerce-protocol marketplaces behind the Marketplace protocol: one request per order
(cancel) or parcel (dispatch), synchronous verdicts, and no blind re-send of a lost request."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from desktop_app.core.errors import (
    ActionNotOffered,
    AnswerLost,
    BadResponse,
    ConfigError,
    MarketplaceUnavailable,
    RequestRejected,
)
from desktop_app.core.i18n import Msg, message_id, message_of
from desktop_app.core.importing.spec import RowSpec
from desktop_app.core.marketplaces.base import (
    AppliedCheck,
    BatchPoll,
    Carrier,
    ItemVerdict,
    OpenItem,
    Submitted,
)
from desktop_app.core.marketplaces.http import DEFAULT_TIMEOUT, new_http_client
from desktop_app.core.models import Action, ItemId, RowResult
from desktop_app.core.pacing import Pacer, PacingPolicy
from desktop_app.core.profiles import Profile

from .client import ORDERS_PAGE_SIZE, STATUS_SYNC_MAX_IDS, UnicommerceClient
from .models import CancelRequest, DispatchRequest, ItemStatus, Order, OrderItem
from .outcomes import UpdateResult
from .payloads import PlannedRequest, build_request, decode, encode
from .planning import DEFAULT_ITEMS_PER_REQUEST, plan_requests
from .reconcile import order_ids, reconcile, record_before
from .row_specs import CANCEL_SPEC, DISPATCH_SPEC
from .transport import NotSent

KIND = "unicommerce"
# The protocol documents no limits; Uniware itself polls every few minutes. Profiles may differ.
DEFAULT_BUDGETS = {"auth": 10, "cancel": 60, "dispatch": 60, "orders": 60}
WIRE_DATE = "%Y-%m-%dT%H:%M:%S"
ORDER_PAGES_READ = 40  # of 50 orders each, for the cancellation-rate guard
FAMILIES = {Action.CANCEL: "cancel", Action.SHIP: "dispatch"}
NOT_OFFERED = {
    Action.CANCEL: message_id(
        "This marketplace does not offer cancelling orders through its API; the rows"
        " stay pending, so cancel them in its seller portal."
    ),
    Action.SHIP: message_id(
        "This marketplace does not offer dispatching orders through its API; the rows"
        " stay pending, so dispatch them in its seller portal."
    ),
}


@dataclass(frozen=True, slots=True)
class _Lost:
    """An update whose answer never came: handed past the pacer so it is not retried."""

    error: MarketplaceUnavailable | BadResponse


class UnicommerceMarketplace:
    kind = KIND
    # Nothing in the protocol makes a second identical request harmless.
    idempotent_resend = False

    def __init__(
        self,
        http: httpx.AsyncClient,
        base_url: str,
        username: str,
        password: str,
        *,
        items_per_request: int = DEFAULT_ITEMS_PER_REQUEST,
        pacing: PacingPolicy | None = None,
    ) -> None:
        if items_per_request < 1:
            raise ConfigError(Msg("The batch size must be at least 1."))
        self.pacer = Pacer(pacing or PacingPolicy(DEFAULT_BUDGETS))
        self._http = http
        self._client = UnicommerceClient(http, base_url, username, password)
        self._items_per_request = items_per_request

    async def row_spec(self, action: Action) -> RowSpec | None:
        return CANCEL_SPEC if action is Action.CANCEL else DISPATCH_SPEC

    def plan_batches(self, action: Action, rows: Sequence[RowResult]) -> list[list[RowResult]]:
        return plan_requests(action, rows, self._items_per_request)

    def build_payload(self, action: Action, rows: Sequence[RowResult]) -> str:
        return encode(build_request(action, rows))

    async def submit(self, action: Action, payload: str) -> Submitted:
        """Send once. A lost answer raises AnswerLost at once: the engine asks the status sync
        before sending anything again."""
        request = decode(action, payload).request
        # Signed in first, so a failing sign-in is retried and never taken for a lost update.
        await self.pacer.run("auth", self._client.ensure_signed_in)

        async def send() -> UpdateResult | _Lost:
            try:
                return await self._update(request)
            except NotSent:
                raise  # nothing reached the marketplace: the pacer may try again
            except (MarketplaceUnavailable, BadResponse) as error:
                return _Lost(error)

        try:
            outcome = await self.pacer.run(FAMILIES[action], send)
        except RequestRejected as error:
            if error.status in (404, 405):  # "Usage: Optional" in the protocol
                raise ActionNotOffered(Msg(NOT_OFFERED[action])) from None
            raise
        if isinstance(outcome, _Lost):
            raise AnswerLost(
                Msg(
                    "{problem} Seller Desk checks the order status before sending it again.",
                    problem=message_of(outcome.error),
                )
            ) from outcome.error
        verdicts: dict[ItemId, ItemVerdict] = {
            item.order_item_id: ItemVerdict(
                item.succeeded, () if item.error is None else (item.error,)
            )
            for item in outcome.items
        }
        return Submitted(verdicts=verdicts)

    async def _update(self, request: CancelRequest | DispatchRequest) -> UpdateResult:
        if isinstance(request, CancelRequest):
            return await self._client.cancel_order(request.order_id, request.order_items)
        return await self._client.dispatch(request.order_items, request.self_shipping)

    async def poll(self, action: Action, request_id: str) -> BatchPoll:
        raise NotImplementedError("Unicommerce answers every update at once; nothing to poll.")

    async def state_before(self, action: Action, payload: str) -> str | None:
        """The status sync of the request's orders, just before it is first sent."""
        return record_before(action, await self._orders_status(decode(action, payload)))

    async def already_applied(
        self, action: Action, payload: str, before: str | None = None
    ) -> AppliedCheck:
        """Items the status sync shows done by this request, and those it cannot decide."""
        planned = decode(action, payload)
        found = reconcile(action, planned, await self._orders_status(planned), before)
        return AppliedCheck(frozenset(found.applied), frozenset(found.in_doubt))

    async def _orders_status(self, planned: PlannedRequest) -> list[Order]:
        wanted = order_ids(planned)
        orders: list[Order] = []
        for start in range(0, len(wanted), STATUS_SYNC_MAX_IDS):
            chunk = wanted[start : start + STATUS_SYNC_MAX_IDS]

            async def fetch(chunk: list[str] = chunk) -> tuple[Order, ...]:
                return await self._client.orders_status(chunk)

            orders.extend(await self.pacer.run("orders", fetch))
        return orders

    async def carriers(self) -> list[Carrier]:
        """None: partner and courier are free text in selfShipping. Signs in, so checking a
        profile (`profile test`) proves the username and password."""
        await self.pacer.run("auth", self._client.ensure_signed_in)
        return []

    async def open_items(self, limit: int = 5000) -> list[OpenItem]:
        """Items still CREATED, in the marketplace's order, from the paged order fetch."""
        found: list[OpenItem] = []
        seen_orders: set[str] = set()
        page_number = 1
        while len(found) < limit:

            async def fetch(page_number: int = page_number) -> tuple[Order, ...]:
                return (await self._client.fetch_orders(page_number, ORDERS_PAGE_SIZE)).orders

            orders = await self.pacer.run("orders", fetch)
            fresh = [order for order in orders if order.order_id not in seen_orders]
            if not fresh:
                break  # an empty page, or a marketplace that ignores pageNumber
            seen_orders.update(order.order_id for order in fresh)
            found.extend(
                OpenItem(
                    order_item_id=item.order_item_id,
                    order_number=order.order_id,
                    sku=item.variant_id,
                    details=_open_details(order, item),
                )
                for order in fresh
                for item in order.order_items
                if item.status == ItemStatus.CREATED
            )
            if len(orders) < ORDERS_PAGE_SIZE:
                break  # a short page is the last one
            page_number += 1
        return found[:limit]

    async def order_items_since(self, since: datetime) -> int | None:
        """Items of the orders the order fetch lists from `since` (`orderDateFrom`), page by
        page up to ORDER_PAGES_READ; a shop busier than that is counted as that busy."""
        stamp = since.astimezone(UTC).strftime(WIRE_DATE)
        # Up to now, so orders placed while we page do not shift the pages under us.
        until = datetime.now(UTC).strftime(WIRE_DATE)
        seen: set[str] = set()
        items = 0
        for page_number in range(1, ORDER_PAGES_READ + 1):

            async def fetch(page_number: int = page_number) -> tuple[Order, ...]:
                page = await self._client.fetch_orders(page_number, ORDERS_PAGE_SIZE, stamp, until)
                return page.orders

            orders = await self.pacer.run("orders", fetch)
            fresh = [order for order in orders if order.order_id not in seen]
            seen.update(order.order_id for order in fresh)
            items += sum(len(order.order_items) for order in fresh)
            if not fresh or len(orders) < ORDERS_PAGE_SIZE:
                break
        return items

    async def aclose(self) -> None:
        await self._http.aclose()


def _open_details(order: Order, item: OrderItem) -> dict[str, str]:
    """The cancel and dispatch columns of an open item, its quantity what is still open."""
    left = item.quantity - (item.cancelled_quantity or 0) - (item.dispatched_quantity or 0)
    return {
        "order_id": order.order_id,
        "product_id": item.product_id,
        "variant_id": item.variant_id,
        "quantity": str(left if left > 0 else item.quantity),
    }


def open_for_profile(
    profile: Profile,
    secret: str,
    transport: httpx.AsyncBaseTransport | None,
    *,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
) -> UnicommerceMarketplace:
    """`secret` is the password; the profile's user id is the username."""
    username = (profile.user_id or "").strip()
    if not username:
        raise ConfigError(
            Msg(
                "Profile '{profile}' has no username; add it again with --user-id USERNAME.",
                profile=profile.name,
            )
        )
    pacing = PacingPolicy.for_profile(DEFAULT_BUDGETS, profile.budgets, profile.window_seconds)
    http = new_http_client(profile.base_url, transport=transport, timeout=timeout)
    return UnicommerceMarketplace(
        http,
        profile.base_url,
        username,
        secret,
        items_per_request=profile.batch_size or DEFAULT_ITEMS_PER_REQUEST,
        pacing=pacing,
    )
