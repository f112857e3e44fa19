"""Files whose last columns are optional and mostly empty still split on their delimiter."""

from __future__ import annotations

from desktop_app.core.importing import import_text
from desktop_app.core.importing.dialect import sniff_delimiter
from desktop_app.core.marketplaces.sellercenter.row_specs import cancel_spec
from desktop_app.core.models import Action, Outcome

MOSTLY_EMPTY = (
    "order_item_id,reason,reason_detail\n"
    "100001,Wrong address,\n"
    "100002,,\n"
    "100003,,buyer called\n"
    "100004,,\n"
    "100005,,\n"
)


def test_a_header_wider_than_most_lines_still_decides_the_delimiter() -> None:
    assert sniff_delimiter(MOSTLY_EMPTY) == ","


def test_a_sellercenter_cancel_file_with_reasons_mostly_left_empty_uses_the_default() -> None:
    spec = cancel_spec([], {"cancel_reason": "Out of stock"})
    result = import_text(MOSTLY_EMPTY, Action.CANCEL, spec=spec)
    assert [row.outcome for row in result.rows] == [Outcome.VALID] * 5
    assert [row.details["reason"] for row in result.rows[:2]] == ["Wrong address", "Out of stock"]
    assert result.rows[2].details["reason_detail"] == "buyer called"


def test_semicolons_still_beat_commas_inside_values() -> None:
    assert sniff_delimiter("order_item_id;note\n1;1,50\n2;\n3;\n") == ";"
