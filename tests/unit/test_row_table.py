"""RowTable: rows held column-wise read back exactly as the InputRows they were made from."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.importing.row_table import RowTable
from desktop_app.core.models import InputRow, Outcome, ShipInfo

ROWS = [
    InputRow(2, (7000,)),
    InputRow(3, (), None, Outcome.INVALID, ("Line 3, id: empty.",), (), "  "),
    InputRow(4, (7001, 7002), ShipInfo("DHL", "T1", "R1"), warnings=("Line 4: unchecked.",)),
    InputRow(5, ("UC-1",), details={"reason": "Out of stock"}),
    InputRow(6, (7003,), None, Outcome.DUPLICATE, ("Line 6: duplicate of line 2.",)),
    InputRow(7, (7004,), details={"reason": "Out of stock"}),
]


def _table() -> RowTable:
    table = RowTable()
    table.add_valid(1, 6999)
    table.extend(ROWS)
    table.extend_valid_ships(range(8, 10), [8000, 8001], (["GLS", "DPD"], ["S1", "S2"], ["R", "R"]))
    return table


def test_every_part_of_a_row_reads_back() -> None:
    table = _table()
    assert list(table)[1:7] == ROWS and len(table) == 9
    assert table[0] == InputRow(1, (6999,))
    assert table[-1] == InputRow(9, (8001,), ShipInfo("DPD", "S2", "R"))
    assert table.outcome_counts() == {Outcome.VALID: 7, Outcome.INVALID: 1, Outcome.DUPLICATE: 1}
    assert table.has_detail("reason") and not table.has_detail("comment")


def test_slices_takes_and_extends_keep_every_row() -> None:
    table = _table()
    assert list(table[2:5]) == ROWS[1:4]
    order = [8, 3, 0, 4]
    assert list(table.take(order)) == [table[i] for i in order]
    doubled = RowTable()
    doubled.extend(table)
    doubled.extend(table[1:3])
    assert list(doubled) == [*table, *table[1:3]]


def test_pop_takes_back_the_last_row_whole() -> None:
    table = RowTable()
    table.extend(ROWS[:3])
    assert table.pop() == ROWS[2]
    table.append(ROWS[0])
    assert list(table) == [ROWS[0], ROWS[1], ROWS[0]]


def test_noted_lists_the_rows_with_an_error_or_a_warning_in_file_order() -> None:
    table = _table()
    assert table.noted() == [2, 3, 5]
    assert [table[i].line for i in table.noted()] == [3, 4, 6]
    assert table.take([5, 0, 2]).noted() == [0, 2]
    assert RowTable().noted() == []


@given(st.lists(st.sampled_from(Outcome), max_size=40))
def test_outcome_counts_keep_the_order_the_outcomes_first_appear(outcomes: list[Outcome]) -> None:
    table = RowTable()
    table.extend(InputRow(line, (line,), outcome=o) for line, o in enumerate(outcomes, 1))
    expected = Counter(outcomes)
    assert list(table.outcome_counts().items()) == list(expected.items())
