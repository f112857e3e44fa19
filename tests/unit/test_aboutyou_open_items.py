"""The open items ABOUT YOU's listing shows before a job's first send: read whole or not at all."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from desktop_app.core.marketplaces.aboutyou import item_status
from desktop_app.core.marketplaces.aboutyou.schemas import OrderPage


def _order(number: int, *statuses: str) -> dict[str, Any]:
    items = [{"id": number * 10 + i, "status": s} for i, s in enumerate(statuses)]
    return {"order_number": str(number), "order_items": items}


class _Listing:
    """Orders per `order_status`, served two a page; `leave` drops an order after a read."""

    def __init__(self, by_status: dict[str, list[dict[str, Any]]], total: bool = True) -> None:
        self.by_status = by_status
        self.total = total
        self.reads = 0
        self.after_read: list[tuple[int, str, str]] = []  # (read number, status, order) to drop

    async def read(self, status: str, page: int) -> OrderPage:
        orders = self.by_status.get(status, [])
        chunk = orders[(page - 1) * 2 : page * 2]
        pagination: dict[str, Any] = {"page": page}
        if self.total:
            pagination["total"] = len(orders)
        answer = OrderPage.model_validate({"items": chunk, "pagination": pagination})
        self.reads += 1
        for when, where, number in self.after_read:
            if when == self.reads:
                self.by_status[where] = [
                    o for o in self.by_status[where] if o["order_number"] != number
                ]
        return answer


@pytest.fixture(autouse=True)
def _two_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(item_status, "PER_PAGE", 2)


def _backlog() -> dict[str, list[dict[str, Any]]]:
    return {
        "open": [_order(1, "open"), _order(2, "open", "open"), _order(3, "open")],
        "mixed": [_order(4, "cancelled", "open")],
    }


def test_every_open_item_of_open_and_mixed_orders_is_read() -> None:
    listing = _Listing(_backlog())
    found = asyncio.run(item_status.open_item_ids(listing.read))
    assert found == {10, 20, 21, 30, 41}


def test_an_order_leaving_mid_read_is_read_again_not_missed() -> None:
    listing = _Listing(_backlog())
    listing.after_read = [(1, "open", "1")]  # order 3 moves to page 1, already read
    found = asyncio.run(item_status.open_item_ids(listing.read))
    assert found == {20, 21, 30, 41}  # the second read held still
    assert listing.reads == 3 + 2


def test_a_listing_that_keeps_changing_records_nothing() -> None:
    backlog = _backlog()
    backlog["open"] += [_order(5, "open"), _order(6, "open")]  # 3 pages of open orders
    listing = _Listing(backlog)
    listing.after_read = [(1, "open", "1"), (5, "open", "2")]  # each read's first page
    assert asyncio.run(item_status.open_item_ids(listing.read)) is None


def test_a_listing_without_a_total_records_nothing() -> None:
    assert asyncio.run(item_status.open_item_ids(_Listing(_backlog(), total=False).read)) is None


def test_a_backlog_beyond_the_bound_records_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(item_status, "MAX_OPEN_PAGES", 2)
    listing = _Listing(_backlog())
    assert asyncio.run(item_status.open_item_ids(listing.read)) is None
    assert listing.reads == 2 + 1  # the open orders' 2 pages, then the mixed ones' first
