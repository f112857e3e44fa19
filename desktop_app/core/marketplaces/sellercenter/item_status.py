"""Where an order item stands now, found by its id alone.

SellerCenter lists items only per order (GetOrderItems needs the internal OrderId), so an item
is found among the orders listed with the statuses it can be in: by halving them in id order
(orders and items share one numbering), else most recently updated first. Every item seen is
remembered with its order, so a later look costs one GetOrderItems per order."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Collection, Iterable, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TypeVar

from desktop_app.core.marketplaces.sellercenter.client import Clock, SellerCenterClient, utc_now
from desktop_app.core.marketplaces.sellercenter.models import Order, OrderItem, OrderPage
from desktop_app.core.marketplaces.sellercenter.signing import API_VERSION
from desktop_app.core.pacing import Pacer

_log = logging.getLogger(__name__)
T = TypeVar("T")

PAGE = 100
# Bounds of one search, so a resume never lists a big shop's whole history; an item not found
# is reported as unknown, never guessed.
MAX_PAGES_PER_STATUS = 20
MAX_ORDERS_OPENED = 60
ORDER_DATE_SLACK = timedelta(days=1)
_LONG_AGO = datetime.min.replace(tzinfo=UTC)


def wire_moment(text: str | None, zone: tzinfo = UTC) -> datetime:
    """Wire times come as `2015-07-01T11:11:11+0000` or, without an offset (Falabella), as
    `2015-07-01 11:11:11` in the country's local time."""
    try:
        moment = datetime.fromisoformat((text or "").strip())
    except ValueError:
        return _LONG_AGO
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


class ItemLocator:
    def __init__(
        self,
        client: SellerCenterClient,
        pacer: Pacer,
        family: str,
        *,
        zone: tzinfo = UTC,
        lookback: timedelta = timedelta(days=90),
        orders_version: str = API_VERSION,
        clock: Clock = utc_now,
    ) -> None:
        self._client = client
        self._pacer = pacer
        self._family = family
        self._zone = zone
        self._lookback = lookback
        self._orders_version = orders_version
        self._clock = clock
        self._order_of: dict[int, int] = {}
        self._items_of_order: dict[int, tuple[int, ...]] = {}
        self._latest: dict[int, tuple[OrderItem, ...]] = {}

    @property
    def zone(self) -> tzinfo:
        return self._zone

    def moment(self, text: str | None) -> datetime:
        return wire_moment(text, self._zone)

    async def _run(self, request: Callable[[], Awaitable[T]]) -> T:
        return await self._pacer.run(self._family, request)

    async def items_of(self, order_id: int) -> tuple[OrderItem, ...]:
        items = await self._run(lambda: self._client.get_order_items(order_id))
        self._latest[order_id] = items
        self._items_of_order[order_id] = tuple(item.order_item_id for item in items)
        for item in items:
            self._order_of[item.order_item_id] = item.order_id
        return items

    def latest(self, order_id: int) -> tuple[OrderItem, ...]:
        """Every item of the order as last read (by `find` or `items_of`)."""
        return self._latest.get(order_id, ())

    async def find(
        self, ids: Collection[int], statuses: Iterable[str], since: datetime | None = None
    ) -> dict[int, OrderItem]:
        """The current state of each item found; `statuses` are those it may be in by now,
        `since` the earliest order date the rows name (else the lookback window)."""
        wanted = set(ids)
        found: dict[int, OrderItem] = {}
        budget = [MAX_ORDERS_OPENED]

        async def open_order(order_id: int) -> tuple[int, ...]:
            budget[0] -= 1
            items = await self.items_of(order_id)
            found.update((i.order_item_id, i) for i in items if i.order_item_id in wanted)
            return tuple(item.order_item_id for item in items)

        for order_id in sorted({self._order_of[i] for i in wanted if i in self._order_of}):
            await open_order(order_id)
        if wanted <= found.keys():
            return found
        candidates = await self._candidates(statuses, since)
        by_id = sorted(candidates, key=lambda order: order.order_id)
        for target in sorted(wanted):
            if target not in found:
                await self._bisect(by_id, target, open_order, budget)
        # Ids that do not grow with orders: the most recently changed orders first.
        for order in sorted(
            by_id, key=lambda o: (self.moment(o.updated_at), o.order_id), reverse=True
        ):
            if wanted <= found.keys() or budget[0] <= 0:
                break
            # An order opened before holds none of the missing items: they would be known.
            if order.order_id not in self._items_of_order:
                await open_order(order.order_id)
        if missing := wanted - found.keys():
            _log.warning("could not find %d order item(s) in SellerCenter", len(missing))
        return found

    async def _bisect(
        self,
        orders: Sequence[Order],
        target: int,
        open_order: Callable[[int], Awaitable[tuple[int, ...]]],
        budget: list[int],
    ) -> None:
        """SellerCenter numbers orders and their items in the same sequence, so an item's order
        is found by halving the id-sorted list: a few GetOrderItems, even for a big shop."""
        low, high = 0, len(orders) - 1
        while low <= high and budget[0] > 0:
            middle = (low + high) // 2
            order_id = orders[middle].order_id
            known = self._items_of_order.get(order_id)
            item_ids = known if known is not None else await open_order(order_id)
            if target in item_ids or not item_ids:
                return
            if target < min(item_ids):
                high = middle - 1
            elif target > max(item_ids):
                low = middle + 1
            else:
                return  # between this order's items: the numbering is not what we thought

    async def _candidates(self, statuses: Iterable[str], since: datetime | None) -> list[Order]:
        orders: dict[int, Order] = {}
        for status in statuses:
            for offset in range(0, PAGE * MAX_PAGES_PER_STATUS, PAGE):
                page = await self._page(status, offset, since)
                orders.update((order.order_id, order) for order in page.orders)
                if len(page.orders) < PAGE:
                    break
        return list(orders.values())

    async def _page(self, status: str, offset: int, since: datetime | None = None) -> OrderPage:
        # Never without a date: the platform answers E018. The window reaches back to the
        # rows' order date (a day early: a date has no time zone) or the lookback window.
        window = self._clock() - self._lookback
        since = min(window, since - ORDER_DATE_SLACK) if since is not None else window
        return await self._run(
            lambda: self._client.get_orders(
                created_after=since,
                status=status,
                limit=PAGE,
                offset=offset,
                version=self._orders_version,
            )
        )

    async def pending_items(self, limit: int) -> list[tuple[Order, OrderItem]]:
        """Pending items of orders listed as pending, oldest order first, up to `limit`."""
        found: list[tuple[Order, OrderItem]] = []
        offset = 0
        while len(found) < limit:
            page = await self._page("pending", offset)
            for order in page.orders:
                items = await self.items_of(order.order_id)
                found.extend((order, item) for item in items if item.status == "pending")
                if len(found) >= limit:
                    break
            if len(page.orders) < PAGE:
                break
            offset += PAGE
        found.sort(key=lambda pair: (self.moment(pair[0].created_at), pair[1].order_item_id))
        return found[:limit]
