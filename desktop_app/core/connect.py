"""Build the marketplace client for a profile: its secret from the keyring, its pacing, its URL."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol

from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg
from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.profiles import Profile
from desktop_app.core.redaction import register_secret
from desktop_app.core.secrets import load_secret

if TYPE_CHECKING:  # a client is built only when a marketplace is opened: no httpx before that
    import httpx


class MarketplaceOpener(Protocol):
    def __call__(
        self, profile: Profile, secret: str, transport: httpx.AsyncBaseTransport | None
    ) -> Marketplace: ...


# Each marketplace package offers `open_for_profile`; imported lazily, so one never loads all.
OPENERS = {
    "aboutyou": "desktop_app.core.marketplaces.aboutyou.marketplace",
    "sellercenter": "desktop_app.core.marketplaces.sellercenter.marketplace",
    "unicommerce": "desktop_app.core.marketplaces.unicommerce.marketplace",
}


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
            Msg(
                "No API key is stored for profile '{profile}'. Add it again with"
                " `seller-desk profile add {profile} ...`.",
                profile=profile.name,
            )
        )
    register_secret(secret)  # masked in every answer, even when it does not come from the keyring
    module_name = OPENERS.get(profile.marketplace)
    if module_name is None:
        raise ConfigError(
            Msg(
                "Seller Desk cannot talk to '{marketplace}' marketplaces.",
                marketplace=profile.marketplace,
            )
        )
    opener: MarketplaceOpener = importlib.import_module(module_name).open_for_profile
    return opener(profile, secret, transport)
