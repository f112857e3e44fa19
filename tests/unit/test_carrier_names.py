"""A carrier written by its name is matched to its key only when no other carrier has that name."""

from __future__ import annotations

from desktop_app.core.carrier_names import carrier_aliases
from desktop_app.core.importing import import_text
from desktop_app.core.marketplaces.base import Carrier
from desktop_app.core.models import Action, Outcome

ONE_DHL = [Carrier("DHL_STD_NATIONAL", "DHL", "DE"), Carrier("HERMES_STD", "Hermes", "DE")]
TWO_DHL = [*ONE_DHL, Carrier("DHL_AT", "DHL", "AT")]
HEAD = "order_items,carrier_key,shipment_tracking_key,return_tracking_key\n"


def _ship(text: str, carriers: list[Carrier]) -> list[tuple[Outcome, str]]:
    result = import_text(HEAD + text, Action.SHIP, carriers=carrier_aliases(carriers))
    return [(row.outcome, row.ship.carrier_key if row.ship else "") for row in result.rows]


def test_dhl_means_the_only_dhl_on_the_fast_and_the_slow_path() -> None:
    fast = "100001,DHL,T1,R1\n100002,DHL,T2,R2\n"
    assert _ship(fast, ONE_DHL) == [(Outcome.VALID, "DHL_STD_NATIONAL")] * 2
    slow = "100001,dhl,T1,R1\n100002, hermes ,T2,R2\n"
    assert _ship(slow, ONE_DHL) == [
        (Outcome.VALID, "DHL_STD_NATIONAL"),
        (Outcome.VALID, "HERMES_STD"),
    ]


def test_a_name_two_carriers_share_is_never_guessed() -> None:
    [(outcome, _)] = _ship("100001,dhl,T1,R1\n", TWO_DHL)
    assert outcome is Outcome.INVALID
    assert carrier_aliases(TWO_DHL)["hermes"] == "HERMES_STD"
    assert "dhl" not in carrier_aliases(TWO_DHL)
