"""Duplicates name the first row that sends the id, though the fast paths only remember that
an id was seen (importing.row_sink.FirstRows looks the row up when a message needs it)."""

from __future__ import annotations

from desktop_app.core.importing import import_text
from desktop_app.core.models import Action, Outcome


def test_a_duplicate_names_the_first_valid_row_not_an_earlier_invalid_one() -> None:
    text = (
        "order_items,carrier_key,shipment_tracking_key,return_tracking_key\n"
        "7000,NOPE,T1,R1\n"  # invalid: sends nothing
        "7000,DHL,T2,R2\n"
        "7000,DHL,T2,R2\n"
    )
    invalid, valid, duplicate = import_text(text, Action.SHIP, carriers=["DHL"]).rows
    assert (invalid.outcome, valid.outcome) == (Outcome.INVALID, Outcome.VALID)
    assert duplicate.outcome is Outcome.DUPLICATE
    assert duplicate.errors == ("Line 4, order_items: duplicate of line 3; sent once, from there.",)


def test_many_duplicates_of_fast_rows_each_name_their_first_line() -> None:
    # Past a few look-ups the whole index is built; every message must stay the same.
    ids = list(range(5000, 5100))
    text = "order_item_id\n" + "".join(f"{n}\n" for n in ids) + "".join(f"{n}\n" for n in ids)
    rows = import_text(text, Action.CANCEL).rows
    duplicates = [row for row in rows if row.outcome is Outcome.DUPLICATE]
    assert len(duplicates) == len(ids)
    for offset, row in enumerate(duplicates):
        first = 2 + offset
        message = (
            f"Line {row.line}, order_item_id: duplicate of line {first}; sent once, from there."
        )
        assert row.errors == (message,)
