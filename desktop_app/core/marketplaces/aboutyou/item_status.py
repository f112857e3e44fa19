"""What ABOUT YOU's order listing shows of order items: before a job's first send, and for a
batch whose answer was lost.

`GET /orders/` cannot be asked for items by id (its filters are `order_status`, one status per
call, `order_number`, `orders_from`/`orders_to` and paging), so:
- after a lost answer the listing is read page by page (within the orders budget) until every
  wanted item was seen, up to a bound; an item not seen by then is reported as not found;
- before the first send, the open items are read once: an open item is in an order listed
  `open` or `mixed`, a shop's backlog, not its history. Taken only while it is cheap and the
  listing held still while it was read; else nothing is recorded, never guessed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection

from desktop_app.core.marketplaces.aboutyou.schemas import OrderItemEntry, OrderPage

PER_PAGE = 100
MAX_STATUS_PAGES = 100  # 10,000 orders: far beyond a week of a small seller's orders
# Open and mixed orders read for the record before a job's first send: 3,000 orders of backlog
# cost 30 of the orders family's 100 requests a minute; a larger backlog records nothing.
MAX_OPEN_PAGES = 30
OPEN_ORDER_STATUSES = ("open", "mixed")
SNAPSHOT_ATTEMPTS = 2  # a listing that changed while it was read is read once more

PageReader = Callable[[int], Awaitable[OrderPage]]
StatusPageReader = Callable[[str, int], Awaitable[OrderPage]]


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


async def open_item_ids(read_page: StatusPageReader) -> frozenset[int] | None:
    """Every order item the listing shows open, or None when it cannot say so for certain: more
    than MAX_OPEN_PAGES pages, no `total` to check against, or a listing that changed while it
    was read, twice (an order that left it shifts the pages, and one of its open items would go
    unseen: an item wrongly recorded as not open would later read as not done by this job).
    Pages are read one after the other: the pacer learns the window from each answer's
    Remaining, which concurrent requests of one family would muddle."""
    pages = 0
    for _ in range(SNAPSHOT_ATTEMPTS):
        found: set[int] = set()
        held_still = True
        for status in OPEN_ORDER_STATUSES:
            first = await read_page(status, 1)
            total = first.pagination.total
            count = max(1, -(-total // PER_PAGE)) if total is not None else 0
            if total is None or pages + count > MAX_OPEN_PAGES:
                return None
            pages += count
            rest = [await read_page(status, page) for page in range(2, count + 1)]
            orders: set[str] = set()
            for parsed in (first, *rest):
                held_still = held_still and parsed.pagination.total == total
                for order in parsed.items:
                    orders.add(order.order_number)
                    found.update(item.id for item in order.order_items if item.status == "open")
            held_still = held_still and len(orders) == total
        if held_still:
            return frozenset(found)
    return None
