"""Listings whose `pagination.pages` is null or missing, as public clients see it: every page is
still read, over real HTTP."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import pytest

from tests.integration.engine_helpers import marketplace_for

ITEMS = 650  # about 260 orders: three pages of 100


@pytest.mark.parametrize("pages_field", ["null", "missing", "count"])
def test_open_items_and_the_week_s_count_read_all_three_pages(
    aboutyou_sandbox: Any, pages_field: str
) -> None:
    sandbox = aboutyou_sandbox(items=ITEMS, pages_field=pages_field)
    orders = sandbox.state.orders
    assert 200 < len(orders) <= 300

    async def main() -> tuple[int, int | None]:
        marketplace = marketplace_for(sandbox)
        try:
            found = await marketplace.open_items(limit=10_000)
            counted = await marketplace.order_items_since(datetime(2000, 1, 1).astimezone())
            return len(found), counted
        finally:
            await marketplace.aclose()

    found, counted = asyncio.run(main())
    assert found == ITEMS  # every demo item starts open
    assert counted == ITEMS
    # open: 3 pages, mixed: 1 empty page, the week: 3 pages; never a page past the end.
    assert sandbox.state.request_count("orders") == 3 + 1 + 3
