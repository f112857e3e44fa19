"""Falabella's platform rules that need no server: hosts, time zones, the User-Agent, E018."""

from __future__ import annotations

import platform
from datetime import UTC, datetime

import pytest

from desktop_app.core.errors import ConfigError
from desktop_app.core.marketplaces.sellercenter.errors import (
    ItemRejected,
    RequestInvalid,
    error_for_code,
)
from desktop_app.core.marketplaces.sellercenter.item_status import wire_moment
from desktop_app.core.marketplaces.sellercenter.marketplace import open_for_profile
from desktop_app.core.marketplaces.sellercenter.models import OrderItem
from desktop_app.core.marketplaces.sellercenter.platforms import (
    lookback_of,
    moved_away_problem,
    platform_of,
    time_zone_of,
    user_agent,
)
from desktop_app.core.profiles import Profile


@pytest.mark.parametrize(
    ("country", "hour"), [("CL", 15), ("CO", 17), ("PE", 17)]
)  # 12:00 local on 2025-04-03: Santiago UTC-3, Bogota and Lima UTC-5
def test_times_without_offset_are_read_in_the_profiles_country(country: str, hour: int) -> None:
    zone = time_zone_of({"country": country})
    assert wire_moment("2025-04-03 12:00:00", zone) == datetime(2025, 4, 3, hour, tzinfo=UTC)
    assert wire_moment("2025-04-03T12:00:00+0000", zone) == datetime(2025, 4, 3, 12, tzinfo=UTC)


def test_a_profile_is_falabella_unless_it_says_generic() -> None:
    assert platform_of({}) == "falabella"
    assert platform_of({"platform": "generic"}) == "generic"
    assert str(time_zone_of({"platform": "generic"})) == "UTC"
    with pytest.raises(ConfigError):
        time_zone_of({"country": "AR"})
    assert lookback_of({}).days == 90 and lookback_of({"orders_lookback_days": "30"}).days == 30


def test_the_user_agent_has_the_documented_form() -> None:
    assert user_agent("12345") == f"12345/Python/{platform.python_version()}"
    for bad in ("", "12 345", "a/b"):
        with pytest.raises(ConfigError):
            user_agent(bad)


def test_e018_is_a_request_error_never_an_item_refusal() -> None:
    error = error_for_code(18, "E018: Either CreatedAfter or UpdatedAfter is mandatory", 400)
    assert isinstance(error, RequestInvalid) and not isinstance(error, ItemRejected)


def test_field_casing_variants_are_read() -> None:
    item = OrderItem.model_validate(
        {"OrderItemId": "1", "OrderId": "2", "Status": "failed_delivery", "isProcessable": "1"}
    )
    assert item.is_processable is True and item.status == "failed_delivery"


def _profile(**fields: object) -> Profile:
    base: dict[str, object] = {
        "name": "shop",
        "marketplace": "sellercenter",
        "base_url": "https://sellercenter-api.falabella.com",
        "user_id": "me@example.com",
    }
    return Profile.model_validate({**base, **fields})


def test_profiles_name_what_is_missing_or_no_longer_supported() -> None:
    with pytest.raises(ConfigError, match="Seller ID"):
        open_for_profile(_profile(), "key", None)
    for host, name in (
        ("api.sellercenter.daraz.pk", "Daraz"),
        ("sellercenter-api.jumia.com.gh", "Jumia"),
    ):
        assert name in (moved_away_problem(f"https://{host}") or "")
        with pytest.raises(ConfigError, match="not supported"):
            open_for_profile(
                _profile(base_url=f"https://{host}", options={"platform": "generic"}), "k", None
            )
    assert moved_away_problem("https://sellercenter-api.falabella.com") is None
