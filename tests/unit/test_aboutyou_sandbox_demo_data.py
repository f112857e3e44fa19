"""Demo data is realistic enough and the same for the same seed."""

from __future__ import annotations

from datetime import timedelta

from desktop_app.sandbox.aboutyou.carriers import CARRIER_KEYS
from desktop_app.sandbox.aboutyou.config import DEFAULT_BASE_TIME
from desktop_app.sandbox.aboutyou.demo_data import generate_demo_data


def test_items_are_numbered_from_100001_in_orders_of_one_to_four() -> None:
    data = generate_demo_data(500, seed=0, base_time=DEFAULT_BASE_TIME)
    assert sorted(data.items) == list(range(100001, 100501))
    assert {len(o.item_ids) for o in data.orders} == {1, 2, 3, 4}
    assert [i for o in data.orders for i in o.item_ids] == list(range(100001, 100501))
    assert all(item.status == "open" for item in data.items.values())


def test_the_same_seed_gives_the_same_orders_and_another_seed_does_not() -> None:
    first = generate_demo_data(200, seed=3, base_time=DEFAULT_BASE_TIME)
    again = generate_demo_data(200, seed=3, base_time=DEFAULT_BASE_TIME)
    other = generate_demo_data(200, seed=4, base_time=DEFAULT_BASE_TIME)
    assert first == again
    assert first != other


def test_orders_look_real_prices_in_cents_and_within_the_last_week() -> None:
    data = generate_demo_data(300, seed=0, base_time=DEFAULT_BASE_TIME)
    numbers = [o.order_number for o in data.orders]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    assert all(n.isdigit() and len(n) == 9 for n in numbers)
    week_ago = DEFAULT_BASE_TIME - timedelta(days=7)
    assert all(week_ago <= o.created_at <= DEFAULT_BASE_TIME for o in data.orders)
    assert [o.created_at for o in data.orders] == sorted(o.created_at for o in data.orders)
    assert all(o.carrier_key in CARRIER_KEYS for o in data.orders)
    for item in data.items.values():
        assert isinstance(item.price_with_tax, int) and item.price_with_tax > 0
        assert item.price_without_tax < item.price_with_tax
        assert item.sku.count("-") == 3


def test_zero_items_means_no_orders() -> None:
    assert generate_demo_data(0, seed=0, base_time=DEFAULT_BASE_TIME).orders == []
