"""One open marketplace client per profile, shared by every job of that profile (CLI and UI)."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.core.connect import open_marketplace
from desktop_app.core.errors import SellerDeskError
from desktop_app.core.i18n import message_of
from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.profiles import Profile

Opener = Callable[[Profile], Marketplace]


class MarketplaceSessions:
    def __init__(self, opener: Opener = open_marketplace) -> None:
        self._opener = opener
        self._open: dict[str, tuple[Profile, Marketplace]] = {}
        # Replaced clients may still serve a running job: closed only at the end.
        self._retired: list[Marketplace] = []
        # Profiles that could not be opened (no key, locked keyring), and why: not tried again
        # every second by the status bar, until the profile changes or is retired.
        self._unusable: dict[str, tuple[Profile, str]] = {}

    def get(self, profile: Profile) -> Marketplace:
        """The profile's client; a changed profile gets a fresh one."""
        known = self._open.get(profile.name)
        if known is not None and known[0] == profile:
            return known[1]
        self._retire_client(profile.name)
        marketplace = self._opener(profile)
        self._open[profile.name] = (profile, marketplace)
        return marketplace

    def open_or_why_not(self, profile: Profile) -> Marketplace | str:
        """The profile's client, or the sentence why it cannot be opened. Never raises, and
        does not try a failed profile again until it changes or is retired."""
        failed = self._unusable.get(profile.name)
        if failed is not None and failed[0] == profile:
            return failed[1]
        try:
            return self.get(profile)
        except SellerDeskError as error:
            self._unusable[profile.name] = (profile, message_of(error))
            return message_of(error)

    def retire(self, name: str) -> None:
        """The next job of this profile gets a new client, e.g. after its key was replaced."""
        self._unusable.pop(name, None)
        self._retire_client(name)

    def _retire_client(self, name: str) -> None:
        known = self._open.pop(name, None)
        if known is not None:
            self._retired.append(known[1])

    async def aclose(self) -> None:
        for name in list(self._open):
            self.retire(name)
        retired, self._retired = self._retired, []
        for marketplace in retired:
            await marketplace.aclose()
