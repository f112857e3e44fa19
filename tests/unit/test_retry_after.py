"""Retry-After read as RFC 9110 writes it; anything else falls back to our own backoff."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from desktop_app.core.marketplaces.http import MAX_RETRY_AFTER, retry_after_seconds

NOW = datetime(2026, 12, 1, 12, 0, 0, tzinfo=UTC)


def _seconds(value: str) -> float | None:
    return retry_after_seconds(httpx.Response(429, headers={"Retry-After": value}), now=NOW)


@pytest.mark.parametrize("value", ["-5", "inf", "nan", "-inf", "soon", "1e3", "2.5", "", "0x10"])
def test_anything_but_digits_or_a_date_is_none(value: str) -> None:
    assert _seconds(value) is None


@pytest.mark.parametrize("value", ["99999999999", "9" * 5000, str(int(MAX_RETRY_AFTER) + 1)])
def test_an_absurd_wait_is_none(value: str) -> None:
    assert _seconds(value) is None


def test_delta_seconds() -> None:
    assert _seconds("7") == 7.0
    assert _seconds(" 120 ") == 120.0
    assert _seconds("0") == 0.0


def test_an_http_date_is_the_seconds_until_then() -> None:
    assert _seconds("Tue, 01 Dec 2026 12:00:30 GMT") == 30.0
    assert _seconds("Tuesday, 01-Dec-26 12:01:00 GMT") == 60.0  # the obsolete RFC 850 form
    assert _seconds("Tue, 01 Dec 2026 11:00:00 GMT") == 0.0  # already past: now
    assert _seconds("Fri, 01 Dec 2090 12:00:00 GMT") is None  # absurd


def test_no_header_is_none() -> None:
    assert retry_after_seconds(httpx.Response(429)) is None
