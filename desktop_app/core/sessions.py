"""One open marketplace client per profile, shared by every job of that profile (CLI and UI)."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.core.connect import open_marketplace
from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.profiles import Profile

Opener = Callable[[Profile], Marketplace]


class MarketplaceSessions:
    def __init__(self, opener: Opener = open_marketplace) -> None:
        self._opener = opener
        self._open: dict[str, tuple[Profile, Marketplace]] = {}
        # Replaced clients may still serve a running job: closed only at the end.
        self._retired: list[Marketplace] = []

    def get(self, profile: Profile) -> Marketplace:
        """The profile's client; a changed profile gets a fresh one."""
        known = self._open.get(profile.name)
        if known is not None and known[0] == profile:
            return known[1]
        self.retire(profile.name)
        marketplace = self._opener(profile)
        self._open[profile.name] = (profile, marketplace)
        return marketplace

    def retire(self, name: str) -> None:
        """The next job of this profile gets a new client, e.g. after its key was replaced."""
        known = self._open.pop(name, None)
        if known is not None:
            self._retired.append(known[1])

    async def aclose(self) -> None:
        for name in list(self._open):
            self.retire(name)
        retired, self._retired = self._retired, []
        for marketplace in retired:
            await marketplace.aclose()
