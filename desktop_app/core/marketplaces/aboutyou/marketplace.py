"""ABOUT YOU behind the Marketplace protocol: payloads, paced requests, results by item id."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Collection, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from desktop_app.core.errors import (
    AuthFailed,
    BadResponse,
    BatchTooLarge,
    CertificateNotTrusted,
    ConfigError,
    MarketplaceError,
)
from desktop_app.core.i18n import Msg
from desktop_app.core.importing.spec import RowSpec
from desktop_app.core.marketplaces.aboutyou import item_status
from desktop_app.core.marketplaces.aboutyou.client import AboutYouClient
from desktop_app.core.marketplaces.aboutyou.schemas import (
    TERMINAL_STATUSES,
    BatchRequestResponse,
    BatchResults,
    CarrierPage,
    OrderPage,
)
from desktop_app.core.marketplaces.base import (
    AppliedCheck,
    BatchPoll,
    Carrier,
    ItemVerdict,
    OpenItem,
    Submitted,
    marketplace_words,
)
from desktop_app.core.models import Action, ItemId, RowResult
from desktop_app.core.pacing import Pacer, PacingPolicy
from desktop_app.core.profiles import Profile

log = logging.getLogger(__name__)

KIND = "aboutyou"
# The documented budgets per key and endpoint (ship: the table's 50, not the page's 200).
DEFAULT_BUDGETS = {"cancel": 50, "ship": 50, "results": 200, "carriers": 100, "orders": 100}
# The docs give no maximum; 250 keeps a bisection of a refused batch to a few requests.
DEFAULT_BATCH_SIZE = 250
ORDER_PAGES_READ = 20  # of 100 orders each, for the cancellation-rate guard
PER_PAGE = item_status.PER_PAGE
MAX_PAGES = 1000  # a listing that never ends (every page full) stops here
# The open items read before a job's first send are read again after this long: a job that
# began later must not take as "open before it" an item changed meanwhile by someone else.
OPEN_ITEMS_SECONDS = 600.0
POST_PATHS = {Action.CANCEL: "/orders/cancel", Action.SHIP: "/orders/ship"}
RESULT_PATHS = {Action.CANCEL: "/results/cancel-orders", Action.SHIP: "/results/ship-orders"}


def canonical_json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


ModelT = TypeVar("ModelT", bound=BaseModel)


def _parse(model: type[ModelT], body: Any) -> ModelT:
    try:
        return model.model_validate(body)
    except ValidationError:
        raise BadResponse(
            Msg("The marketplace's answer did not have the expected shape.")
        ) from None


class AboutYouMarketplace:
    kind = KIND
    idempotent_resend = True

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        pacing: PacingPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if batch_size < 1:
            raise ConfigError(Msg("The batch size must be at least 1."))
        self.pacer = Pacer(pacing or PacingPolicy(DEFAULT_BUDGETS))
        extra = {"timeout": timeout} if timeout is not None else {}
        self._client = AboutYouClient(
            base_url, api_key, transport=transport, on_rate_headers=self.pacer.observe, **extra
        )
        self._batch_size = batch_size
        self._carriers: list[Carrier] | None = None
        self._clock = clock
        # (when read, the items the listing showed open then; None: it could not say)
        self._open_items: tuple[float, frozenset[int] | None] | None = None
        self._open_items_lock = asyncio.Lock()
        self._sent_since_read: set[int] = set()  # items sent since the open items were read

    async def row_spec(self, action: Action) -> RowSpec | None:
        return None  # the fast, specialised importer knows ABOUT YOU's columns

    def plan_batches(self, action: Action, rows: Sequence[RowResult]) -> list[list[RowResult]]:
        size = self._batch_size
        return [list(rows[start : start + size]) for start in range(0, len(rows), size)]

    async def state_before(self, action: Action, payload: str) -> str | None:
        """The payload's items the listing did not show open just before the first send: done
        before this job (or unknown), so this job cannot change them. None where the listing
        could not say (a large backlog, or one that kept changing while it was read)."""
        items = _sent_items(action, payload)
        open_items = await self._items_open_now(items.keys())
        if open_items is None:
            return None
        return canonical_json({"not_open": sorted(items.keys() - open_items)})

    async def already_applied(
        self, action: Action, payload: str, before: str | None = None
    ) -> AppliedCheck:
        """Items the order listing shows cancelled (or shipped with this row's tracking key)
        and that were open before the first send; an item it does not list stays undecided.
        An item that was not open before is neither: sent again, it gets the marketplace's own
        answer, as in an uninterrupted run. Without a `before` record, applied items are
        reported as such but marked as perhaps done before the job (`unattributed`)."""
        sent = _sent_items(action, payload)
        not_open_before = _not_open(before)
        wanted = {item: key for item, key in sent.items() if item not in not_open_before}
        found = await item_status.find_items(self._read_orders, wanted) if wanted else {}
        target = "cancelled" if action is Action.CANCEL else "shipped"
        applied = frozenset(
            item_id
            for item_id, tracking in wanted.items()
            if (entry := found.get(item_id)) is not None
            and entry.status == target
            and (action is Action.CANCEL or entry.shipment_tracking_key == tracking)
        )
        return AppliedCheck(
            applied,
            frozenset(wanted.keys() - found.keys()),
            unattributed=applied if before is None else frozenset(),
        )

    async def _read_orders(
        self, page: int, order_status: str | None = None, attempts: int | None = None
    ) -> OrderPage:
        params: dict[str, str | int] = {"page": page, "per_page": item_status.PER_PAGE}
        if order_status is not None:
            params["order_status"] = order_status

        async def fetch() -> OrderPage:
            return _parse(OrderPage, await self._client.get("orders", "/orders/", params))

        return await self.pacer.run("orders", fetch, attempts=attempts)

    async def _items_open_now(self, items: Collection[int]) -> frozenset[int] | None:
        """The items the listing shows open. Read again once OPEN_ITEMS_SECONDS old, or when
        one of `items` was sent since (a later job may hold an item an earlier one sent, and
        whether that changed it only a fresh read tells). Not read (None) stays so until then
        too: an outage must not slow every batch."""
        async with self._open_items_lock:
            now = self._clock()
            known = self._open_items
            if (
                known is None
                or now - known[0] > OPEN_ITEMS_SECONDS
                or not self._sent_since_read.isdisjoint(items)
            ):
                self._sent_since_read.clear()
                try:
                    # One try: the record is worth a read, not a network's backoff.
                    found = await item_status.open_item_ids(
                        lambda status, page: self._read_orders(page, status, attempts=1)
                    )
                except (AuthFailed, CertificateNotTrusted):
                    raise  # the send would meet it too: said once, not tried again
                except MarketplaceError as error:  # the send itself says what is wrong
                    log.info("open items not read before the first send: %s", error)
                    found = None
                known = self._open_items = (now, found)
            return known[1]

    def build_payload(self, action: Action, rows: Sequence[RowResult]) -> str:
        if action is Action.CANCEL:
            items: list[dict[str, Any]] = [{"id": item} for row in rows for item in row.order_items]
        else:
            items = []
            for row in rows:
                if row.ship is None:
                    raise ConfigError(
                        Msg(
                            "Line {line}: a shipment needs a carrier and tracking keys.",
                            line=row.line,
                        )
                    )
                items.append(
                    {
                        "order_items": list(row.order_items),
                        "carrier_key": row.ship.carrier_key,
                        "shipment_tracking_key": row.ship.shipment_tracking_key,
                        "return_tracking_key": row.ship.return_tracking_key,
                    }
                )
        return canonical_json({"items": items})

    async def submit(self, action: Action, payload: str) -> Submitted:
        family = action.value
        attempts = 0

        async def send() -> BatchRequestResponse:
            nonlocal attempts
            attempts += 1
            body = await self._client.post(family, POST_PATHS[action], payload)
            return _parse(BatchRequestResponse, body)

        self._sent_since_read.update(_sent_items(action, payload))
        try:
            accepted = await self.pacer.run(family, send)
        except BatchTooLarge as error:
            # Learned once: every batch planned from now on fits.
            self._batch_size = max(1, min(self._batch_size, error.max_items))
            raise
        return Submitted(request_id=accepted.batch_request_id, resent=attempts > 1)

    async def poll(self, action: Action, request_id: str) -> BatchPoll:
        async def fetch() -> BatchResults:
            params = {"batch_request_id": request_id}
            return _parse(
                BatchResults, await self._client.get("results", RESULT_PATHS[action], params)
            )

        results = await self.pacer.run("results", fetch)
        if results.status not in TERMINAL_STATUSES:
            return BatchPoll(status=results.status)
        verdicts: dict[ItemId, ItemVerdict] = {}
        for item in results.items:
            verdict = ItemVerdict(item.success, tuple(map(marketplace_words, item.errors)))
            for item_id in _item_ids(item.request_item):
                verdicts[item_id] = verdict
        return BatchPoll(
            status=results.status,
            terminal=True,
            failed=results.status == "failed",
            verdicts=verdicts,
        )

    async def carriers(self) -> list[Carrier]:
        """Every carrier key, across all pages; cached for the life of this profile's session."""
        if self._carriers is not None:
            return self._carriers
        found: list[Carrier] = []
        page, more = 1, True
        while more and page <= MAX_PAGES:
            params = {"page": page, "per_page": PER_PAGE}

            async def fetch(params: dict[str, int] = params) -> CarrierPage:
                body = await self._client.get("carriers", "/orders/carriers/", params)
                return _parse(CarrierPage, body)

            parsed = await self.pacer.run("carriers", fetch)
            found.extend(
                Carrier(
                    key=entry.key,
                    name=entry.carrier_name or "",
                    country_code=entry.country_code or "",
                    label=entry.display_label or "",
                )
                for entry in parsed.items
            )
            more = parsed.pagination.more_after(page, PER_PAGE, len(parsed.items))
            page += 1
        self._carriers = found
        return found

    async def open_items(self, limit: int = 5000) -> list[OpenItem]:
        """Open items of orders listed with `order_status=open` or `mixed`, page by page."""
        found: list[OpenItem] = []
        for status in ("open", "mixed"):
            page, more = 1, True
            while more and page <= MAX_PAGES and len(found) < limit:
                params = {"order_status": status, "page": page, "per_page": PER_PAGE}

                async def fetch(params: dict[str, str | int] = params) -> OrderPage:
                    return _parse(OrderPage, await self._client.get("orders", "/orders/", params))

                parsed = await self.pacer.run("orders", fetch)
                found.extend(
                    OpenItem(
                        order_item_id=item.id,
                        order_number=order.order_number,
                        sku=item.sku,
                        created_at=order.created_at,
                        country_code=order.shipping_country_code or "",
                    )
                    for order in parsed.items
                    for item in order.order_items
                    if item.status == "open"
                )
                more = parsed.pagination.more_after(page, PER_PAGE, len(parsed.items))
                page += 1
        found.sort(key=lambda item: (item.created_at, item.order_item_id))
        return found[:limit]

    async def order_items_since(self, since: datetime) -> int | None:
        """Items of every order created since `since` (`GET /orders/?orders_from=`), any status.

        Beyond ORDER_PAGES_READ pages the rest is estimated from the orders' total and the
        items per order seen so far: a busy shop must not spend its whole orders budget here.
        """
        items = orders = 0
        page, more, total = 1, True, None
        stamp = since.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        while more and page <= ORDER_PAGES_READ:
            params: dict[str, str | int] = {
                "orders_from": stamp,
                "page": page,
                "per_page": PER_PAGE,
            }

            async def fetch(params: dict[str, str | int] = params) -> OrderPage:
                return _parse(OrderPage, await self._client.get("orders", "/orders/", params))

            parsed = await self.pacer.run("orders", fetch)
            orders += len(parsed.items)
            items += sum(len(order.order_items) for order in parsed.items)
            more = parsed.pagination.more_after(page, PER_PAGE, len(parsed.items))
            total = parsed.pagination.total
            page += 1
        if more and total and orders:
            return round(items / orders * total)
        return items

    async def aclose(self) -> None:
        await self._client.aclose()


def _sent_items(action: Action, payload: str) -> dict[int, str | None]:
    """Each order item of a journaled payload, with the tracking key a ship gave it."""
    sent: dict[int, str | None] = {}
    for entry in json.loads(payload)["items"]:
        tracking = entry.get("shipment_tracking_key") if action is Action.SHIP else None
        sent.update(dict.fromkeys(_item_ids(entry), tracking))
    return sent


def _not_open(before: str | None) -> frozenset[int]:
    """The items `state_before` recorded as not open before the first send."""
    if before is None:
        return frozenset()
    recorded = json.loads(before).get("not_open", [])
    return frozenset(item for item in recorded if isinstance(item, int))


def _item_ids(request_item: dict[str, Any]) -> list[int]:
    """Order item ids echoed in a result: `{"id"}` for cancel, `{"order_items"}` for ship."""
    ids = request_item.get("order_items", [request_item.get("id")])
    return [value for value in ids if isinstance(value, int)] if isinstance(ids, list) else []


def open_for_profile(
    profile: Profile, secret: str, transport: httpx.AsyncBaseTransport | None
) -> AboutYouMarketplace:
    pacing = PacingPolicy.for_profile(DEFAULT_BUDGETS, profile.budgets, profile.window_seconds)
    return AboutYouMarketplace(
        profile.base_url,
        secret,
        batch_size=profile.batch_size or DEFAULT_BATCH_SIZE,
        pacing=pacing,
        transport=transport,
    )
