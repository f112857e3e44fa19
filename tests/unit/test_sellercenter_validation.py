"""Local checks before sending: provider tracking regexes (PHP style) and cancel reasons."""

from __future__ import annotations

from desktop_app.core.marketplaces.sellercenter.models import FailureReason, ShipmentProvider
from desktop_app.core.marketplaces.sellercenter.validation import (
    reason_problem,
    shipping_problem,
    tracking_number_problem,
    tracking_pattern,
)


def _provider(
    regex: str | None, example: str | None = None, name: str = "GDEX"
) -> ShipmentProvider:
    return ShipmentProvider.model_validate(
        {"Name": name, "TrackingCodeValidationRegex": regex, "TrackingCodeExample": example}
    )


REASONS = (
    FailureReason.model_validate({"Type": "canceled", "Name": "Out of stock"}),
    FailureReason.model_validate({"Type": "failed", "Name": "Customer not reachable"}),
)


def test_php_delimiters_are_stripped() -> None:
    pattern = tracking_pattern("/^[0-9]{20}$/")
    assert pattern is not None
    assert pattern.search("12345678901234567890")
    assert not pattern.search("1234")


def test_php_case_insensitive_flag_is_honoured() -> None:
    pattern = tracking_pattern("#^jm[0-9]{8}$#i")
    assert pattern is not None
    assert pattern.search("JM12345678")


def test_undelimited_regex_is_used_as_is() -> None:
    pattern = tracking_pattern(r"^\d{3}$")
    assert pattern is not None
    assert pattern.search("123")


def test_missing_or_uncompilable_regex_means_no_local_check() -> None:
    assert tracking_pattern(None) is None
    assert tracking_pattern("") is None
    assert tracking_pattern("/(unclosed/") is None
    assert tracking_number_problem(_provider("/(unclosed/"), "anything") is None


def test_tracking_number_failing_the_regex_names_the_example() -> None:
    problem = tracking_number_problem(_provider("/^[0-9]{20}$/", "12345678901234567890"), "ABC")
    assert problem is not None
    assert '"ABC"' in problem
    assert "12345678901234567890" in problem


def test_matching_tracking_number_passes() -> None:
    assert tracking_number_problem(_provider("/^[0-9]{4}$/"), "1234") is None


def test_blank_tracking_number_is_a_problem_even_without_regex() -> None:
    assert tracking_number_problem(_provider(None), "  ") is not None


def test_unknown_provider_is_a_problem() -> None:
    problem = shipping_problem([_provider(None, name="DHL")], "UPS", "1")
    assert problem is not None
    assert "UPS" in problem


def test_reason_must_be_a_cancel_reason_from_the_list() -> None:
    assert reason_problem(REASONS, "Out of stock") is None
    assert reason_problem(REASONS, "Customer not reachable") is not None
    assert reason_problem(REASONS, "Bored") is not None
    assert reason_problem(REASONS, "") is not None
