"""Every awkward file of the corpus gives exactly the expected outcome on every line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.importing import import_file
from desktop_app.core.models import Outcome
from tests.fixtures.awkward_files import CORPUS, AwkwardFile


@pytest.mark.parametrize("case", CORPUS, ids=lambda case: case.name)
def test_awkward_file_gives_the_expected_outcome_on_every_line(
    case: AwkwardFile, tmp_path: Path
) -> None:
    result = import_file(
        case.build(tmp_path),
        case.action,
        carriers=case.carriers,
        default_carrier=case.default_carrier,
        mapping=case.mapping,
    )

    got = {row.line: (row.outcome, row.order_items) for row in result.rows}
    assert got == {line: (outcome, ids) for line, (outcome, ids, _) in case.expected.items()}
    for row in result.rows:
        fragment = case.expected[row.line][2]
        if row.outcome is Outcome.VALID:
            assert row.errors == ()
        else:
            assert row.errors, row
            assert row.errors[0].startswith(f"Line {row.line}, ")
            assert fragment in row.errors[0]
    joined_notes = " ".join(result.notes)
    for fragment in case.notes:
        assert fragment in joined_notes
    ships = {row.line: row.ship for row in result.rows}
    for line, (carrier, shipment, returns) in case.ship.items():
        ship = ships[line]
        assert ship is not None
        assert (ship.carrier_key, ship.shipment_tracking_key, ship.return_tracking_key) == (
            carrier,
            shipment,
            returns,
        )
