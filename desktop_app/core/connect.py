"""Build the marketplace client for a profile: its secret from the keyring, its pacing, its URL."""

from __future__ import annotations

import httpx

from desktop_app.core.errors import ConfigError
from desktop_app.core.marketplaces.aboutyou import AboutYouMarketplace
from desktop_app.core.marketplaces.aboutyou.marketplace import DEFAULT_BATCH_SIZE, DEFAULT_BUDGETS
from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.pacing import PacingPolicy
from desktop_app.core.profiles import Profile
from desktop_app.core.secrets import load_secret


def open_marketplace(
    profile: Profile,
    *,
    secret: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Marketplace:
    """The profile's marketplace; `transport` serves the in-process demo sandbox."""
    if secret is None:
        secret = load_secret(profile.name)
    if not secret:
        raise ConfigError(
            f"No API key is stored for profile '{profile.name}'. Add it again with"
            f" `seller-desk profile add {profile.name} ...`."
        )
    if profile.marketplace == "aboutyou":
        pacing = PacingPolicy(
            {**DEFAULT_BUDGETS, **profile.budgets}, window_seconds=profile.window_seconds
        )
        return AboutYouMarketplace(
            profile.base_url,
            secret,
            batch_size=profile.batch_size or DEFAULT_BATCH_SIZE,
            pacing=pacing,
            transport=transport,
        )
    raise ConfigError(f"Seller Desk cannot talk to '{profile.marketplace}' marketplaces yet.")
