"""What ABOUT YOU's order listing shows of given order items, for a batch whose answer was lost.

`GET /orders/` cannot be asked for items by id, so the listing is read page by page (within the
orders budget) until every wanted item was seen, up to a bound; an item not seen by then is
reported as not found, never guessed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection

from desktop_app.core.marketplaces.aboutyou.schemas import OrderItemEntry, OrderPage

PER_PAGE = 100
MAX_STATUS_PAGES = 100  # 10,000 orders: far beyond a week of a small seller's orders

PageReader = Callable[[int], Awaitable[OrderPage]]


async def find_items(read_page: PageReader, wanted: Collection[int]) -> dict[int, OrderItemEntry]:
    """The listing's entry of each wanted item it holds."""
    left = set(wanted)
    found: dict[int, OrderItemEntry] = {}
    page, more = 1, bool(left)
    while more and left and page <= MAX_STATUS_PAGES:
        parsed = await read_page(page)
        for order in parsed.items:
            for item in order.order_items:
                if item.id in left:
                    found[item.id] = item
                    left.discard(item.id)
        more = parsed.pagination.more_after(page, PER_PAGE, len(parsed.items))
        page += 1
    return found
