"""Group rows by order: the cancel endpoint takes one order per request."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

Row = TypeVar("Row")


@dataclass(frozen=True, slots=True)
class OrderGroup(Generic[Row]):
    """The rows of one order, in file order: they become one request."""

    order_id: str
    rows: tuple[Row, ...]


def group_by_order(rows: Iterable[Row], order_id: Callable[[Row], str]) -> list[OrderGroup[Row]]:
    """Orders appear in the order of their first row, so requests follow the file."""
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(order_id(row), []).append(row)
    return [OrderGroup(key, tuple(members)) for key, members in groups.items()]
