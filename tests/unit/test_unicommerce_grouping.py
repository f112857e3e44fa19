"""Rows become one cancel request per order."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.marketplaces.unicommerce import group_by_order


@dataclass(frozen=True)
class Row:
    line: int
    order_id: str
    item_id: str


def test_rows_are_grouped_by_order_in_order_of_first_appearance() -> None:
    rows = [Row(2, "B", "B-1"), Row(3, "A", "A-1"), Row(4, "B", "B-2"), Row(5, "C", "C-1")]

    groups = group_by_order(rows, lambda row: row.order_id)

    assert [group.order_id for group in groups] == ["B", "A", "C"]
    assert [row.line for row in groups[0].rows] == [2, 4]


def test_each_order_appears_in_exactly_one_group() -> None:
    rows = [Row(n, f"O{n % 3}", f"I{n}") for n in range(2, 30)]

    groups = group_by_order(rows, lambda row: row.order_id)

    assert len(groups) == 3
    assert sorted(row.line for group in groups for row in group.rows) == list(range(2, 30))


def test_no_rows_make_no_groups() -> None:
    assert group_by_order([], lambda row: row) == []
