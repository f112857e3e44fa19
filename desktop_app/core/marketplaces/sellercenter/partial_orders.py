"""Ship rows that list only part of an order. Falabella's ready-to-ship moves every item of the
order, so the rest ships with the row: the preview warns per row and can add the missing items,
so the row's verdict covers everything the marketplace moves."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from desktop_app.core.i18n import Msg
from desktop_app.core.marketplaces.sellercenter.models import PENDING, OrderItem
from desktop_app.core.models import ImportResult, InputRow


@dataclass(frozen=True, slots=True)
class OrderGap:
    """A row's order and the open items of it that the file does not list."""

    line: int
    order_number: str
    missing: tuple[int, ...]


def partial_order_warning(gap: OrderGap) -> str:
    return Msg(
        "Line {line}: order {order} has more items than this row lists; ready to ship moves"
        " the whole order, so order items {items} ship with it.",
        line=gap.line,
        order=gap.order_number,
        items=", ".join(str(item) for item in gap.missing),
    )


def order_gaps(
    rows: Sequence[InputRow],
    found: Mapping[int, OrderItem],
    orders: Mapping[int, Sequence[OrderItem]],
) -> list[OrderGap]:
    """Per sendable row: the pending items of its order(s) that no row of the file lists.
    `found` is each listed item as SellerCenter shows it, `orders` every order's items."""
    listed = {int(item) for row in rows if row.sendable for item in row.order_items}
    gaps: list[OrderGap] = []
    for row in rows:
        if not row.sendable:
            continue
        order_ids = sorted({found[int(i)].order_id for i in row.order_items if int(i) in found})
        for order_id in order_ids:
            items = orders.get(order_id, ())
            missing = tuple(
                item.order_item_id
                for item in items
                if item.status == PENDING and item.order_item_id not in listed
            )
            if missing:
                number = next((i.order_number for i in items if i.order_number), str(order_id))
                gaps.append(OrderGap(row.line, number, missing))
    return gaps


def with_warnings(result: ImportResult, gaps: Sequence[OrderGap]) -> ImportResult:
    by_line: dict[int, list[str]] = {}
    for gap in gaps:
        by_line.setdefault(gap.line, []).append(partial_order_warning(gap))
    rows = [
        replace(row, warnings=(*row.warnings, *by_line[row.line])) if row.line in by_line else row
        for row in result.rows
    ]
    return replace(result, rows=rows)


def with_missing_items(result: ImportResult, gaps: Sequence[OrderGap]) -> ImportResult:
    """Each partial row also lists the rest of its order (the warning goes: nothing is hidden)."""
    extra: dict[int, list[int]] = {}
    for gap in gaps:
        extra.setdefault(gap.line, []).extend(gap.missing)
    warnings = {partial_order_warning(gap) for gap in gaps}
    rows = []
    for row in result.rows:
        if row.line in extra:
            row = replace(
                row,
                order_items=(*row.order_items, *extra[row.line]),
                warnings=tuple(w for w in row.warnings if w not in warnings),
            )
        rows.append(row)
    return replace(result, rows=rows)
