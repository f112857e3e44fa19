"""The column-wise fast path gives exactly the rows the per-row checks give, chunk after chunk."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.core.importing import import_file
from desktop_app.core.importing.validation import RowChecker
from desktop_app.core.models import Action, ImportResult

# Cells off the fast path: blank, spaced, shortened by Excel, zero, text, a quote (CSV from then).
ODD = ["", " 17", "1.23457E+11", "0", "00", "abc", "12 34", '"18"', "9" * 25]
CARRIERS = ["DHL", "GLS"]


def _file(seed: int, rows: int, repeats: float, odd: float, ship: bool, header: bool) -> str:
    rng = random.Random(seed)
    lines = ["order_items,carrier_key,shipment_tracking_key,return_tracking_key"] if ship else []
    if header and not ship:
        lines.append("order_item_id")
    for _ in range(rows):
        cell = rng.choice(ODD) if rng.random() < odd else str(rng.randrange(1, 10**9))
        if rng.random() < repeats:  # an id of an earlier line, maybe many chunks back
            cell = rng.choice(lines[-rows:] or ["1"]).split(",")[0]
        carrier = rng.choice([*CARRIERS, "dhl", "NOPE"]) if rng.random() < odd else "DHL"
        lines.append(f"{cell},{carrier},JJD{rng.randrange(10**6)},RET1" if ship else cell)
    return "\r\n".join(lines) + "\r\n"


def _import(path: Path, action: Action) -> ImportResult:
    return import_file(path, action, carriers=CARRIERS)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 2**32),
    rows=st.integers(1, 9000),
    repeats=st.sampled_from([0.0, 0.0005, 0.05]),
    odd=st.sampled_from([0.0, 0.0003, 0.02]),
    ship=st.booleans(),
    header=st.booleans(),
)
# Plain chunks, then one with an id of an earlier chunk: the first refused claim.
@example(seed=1, rows=9000, repeats=0.0005, odd=0.0, ship=False, header=True)
@example(seed=2, rows=9000, repeats=0.0005, odd=0.0, ship=True, header=True)
def test_the_column_wise_path_gives_the_rows_of_the_per_row_checks(
    seed: int,
    rows: int,
    repeats: float,
    odd: float,
    ship: bool,
    header: bool,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    path = tmp_path_factory.mktemp("columnwise") / "rows.csv"
    path.write_text(_file(seed, rows, repeats, odd, ship, header), encoding="utf-8")
    action = Action.SHIP if ship else Action.CANCEL
    fast = _import(path, action)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(RowChecker, "_plain_chunk", lambda self, chunk, ended: False)
        per_row = _import(path, action)
    assert list(fast.rows) == list(per_row.rows)
    assert fast.notes == per_row.notes
