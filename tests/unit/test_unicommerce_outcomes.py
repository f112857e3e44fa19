"""The response status → per-item outcome mapping of cancel and dispatch answers."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import BadResponse
from desktop_app.core.marketplaces.unicommerce import (
    UpdateResponse,
    UpdateStatus,
    map_update_response,
)

SENT = ["A-1", "A-2", "A-3"]


def answer(
    status: str, failed: list[tuple[str, str]] | None = None, **extra: str
) -> UpdateResponse:
    items = [{"orderItemId": i, "errorMessage": message} for i, message in failed or []]
    return UpdateResponse.model_validate({"status": status, "orderItems": items, **extra})


def test_success_marks_every_sent_item_succeeded() -> None:
    result = map_update_response(answer("SUCCESS"), SENT)

    assert result.status is UpdateStatus.SUCCESS
    assert [item.order_item_id for item in result.succeeded] == SENT
    assert result.failed == ()


def test_failed_marks_every_item_failed_with_its_listed_message() -> None:
    result = map_update_response(answer("FAILED", [("A-2", "order Item Id not available")]), SENT)

    assert result.succeeded == ()
    errors = {item.order_item_id: item.error for item in result.failed}
    assert errors["A-2"] == "order Item Id not available"
    assert errors["A-1"] and errors["A-3"]  # unlisted items still carry a reason


def test_failed_without_item_list_uses_the_top_level_message_for_all() -> None:
    result = map_update_response(answer("FAILED", message="Seller account suspended"), SENT)

    assert {item.error for item in result.items} == {"Seller account suspended"}


def test_partial_success_fails_only_the_listed_items() -> None:
    result = map_update_response(answer("PARTIAL_SUCCESS", [("A-3", "already dispatched")]), SENT)

    assert [item.order_item_id for item in result.succeeded] == ["A-1", "A-2"]
    assert [(item.order_item_id, item.error) for item in result.failed] == [
        ("A-3", "already dispatched")
    ]


def test_partial_success_naming_no_sent_item_is_a_bad_response() -> None:
    with pytest.raises(BadResponse, match="PARTIAL_SUCCESS"):
        map_update_response(answer("PARTIAL_SUCCESS", [("Z-9", "unknown")]), SENT)


def test_item_listed_with_an_error_under_success_counts_as_failed() -> None:
    result = map_update_response(answer("SUCCESS", [("A-1", "order Item Id not available")]), SENT)

    assert [item.order_item_id for item in result.failed] == ["A-1"]
    assert len(result.succeeded) == 2


def test_outcomes_follow_the_order_items_were_sent_in() -> None:
    result = map_update_response(answer("PARTIAL_SUCCESS", [("A-1", "x")]), ["A-3", "A-1", "A-2"])

    assert [item.order_item_id for item in result.items] == ["A-3", "A-1", "A-2"]
