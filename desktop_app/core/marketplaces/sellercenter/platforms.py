"""Which SellerCenter a profile talks to: Falabella (Chile, Colombia, Peru) by default, or a
generic SellerCenter on a custom host. Daraz, Lazada and Jumia left this API.

Falabella documents one production host for all three countries; the country also sets the
time zone its times without an offset are read in."""

from __future__ import annotations

import platform
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg, message_id

FALABELLA, GENERIC = "falabella", "generic"
PLATFORM_OPTION = "platform"
COUNTRY_OPTION = "country"
SELLER_ID_OPTION = "seller_id"
TIME_ZONE_OPTION = "time_zone"  # a generic SellerCenter's zone (IANA name); UTC if unset
LOOKBACK_OPTION = "orders_lookback_days"
DEFAULT_LOOKBACK_DAYS = 90
FALABELLA_HOST = "https://sellercenter-api.falabella.com"


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    host: str
    time_zone: str


COUNTRIES = {
    "CL": Country("CL", "Chile", FALABELLA_HOST, "America/Santiago"),
    "CO": Country("CO", "Colombia", FALABELLA_HOST, "America/Bogota"),
    "PE": Country("PE", "Peru", FALABELLA_HOST, "America/Lima"),
}
DEFAULT_COUNTRY = "CL"

# Platforms that ran this API once: a profile pointing at them gets one clear sentence.
MOVED_AWAY = {
    "daraz": message_id("Daraz moved to another API (its Open Platform), which is not supported."),
    "lazada": message_id(
        "Lazada moved to another API (its Open Platform), which is not supported."
    ),
    "jumia": message_id(
        "Jumia moved to another API (Vendor Center; SellerCenter went off on 2022-07-30),"
        " which is not supported."
    ),
}


def platform_of(options: Mapping[str, str]) -> str:
    """Falabella unless the profile says it is a generic SellerCenter."""
    return GENERIC if options.get(PLATFORM_OPTION, FALABELLA) == GENERIC else FALABELLA


def country_of(options: Mapping[str, str]) -> Country:
    code = options.get(COUNTRY_OPTION, DEFAULT_COUNTRY).upper()
    if code not in COUNTRIES:
        raise ConfigError(
            Msg(
                "Falabella country must be one of {countries}, not {code!r}.",
                countries=", ".join(COUNTRIES),
                code=code,
            )
        )
    return COUNTRIES[code]


def time_zone_of(options: Mapping[str, str]) -> ZoneInfo:
    """The zone the platform's times without an offset are in."""
    if platform_of(options) == FALABELLA:
        return ZoneInfo(country_of(options).time_zone)
    try:
        return ZoneInfo(options.get(TIME_ZONE_OPTION) or "UTC")
    except (ValueError, KeyError):
        raise ConfigError(
            Msg("Unknown time zone {zone!r}.", zone=str(options.get(TIME_ZONE_OPTION)))
        ) from None


def lookback_of(options: Mapping[str, str]) -> timedelta:
    """How far back order listings reach when no order date is known."""
    text = options.get(LOOKBACK_OPTION, str(DEFAULT_LOOKBACK_DAYS))
    if not text.isdigit() or int(text) < 1:
        raise ConfigError(
            Msg(
                "{option} is a whole number of days, not {value!r}.",
                option=LOOKBACK_OPTION,
                value=text,
            )
        )
    return timedelta(days=int(text))


def user_agent(seller_id: str) -> str:
    """Falabella's required form since 2022-11-30: SellerId/Language/LanguageVersion."""
    seller = seller_id.strip()
    if not seller or any(ch in seller for ch in "/ \t\r\n"):
        raise ConfigError(
            Msg("The Seller ID is one word without '/' or spaces (Seller Center: My account).")
        )
    return f"{seller}/Python/{platform.python_version()}"


def moved_away_problem(base_url: str) -> Msg | None:
    """A sentence when the host belongs to a platform that left this API."""
    host = (urlsplit(base_url).hostname or "").lower()
    return next((Msg(text) for name, text in MOVED_AWAY.items() if name in host), None)
