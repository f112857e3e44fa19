"""Import a file the way a marketplace reads it: its row spec, and ABOUT YOU's carrier keys."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import AuthFailed, MarketplaceError
from desktop_app.core.i18n import Msg, message_of
from desktop_app.core.importing.api import import_bytes, import_file
from desktop_app.core.models import Action, ImportResult

if TYPE_CHECKING:
    from desktop_app.core.marketplaces.base import Marketplace
    from desktop_app.core.profiles import Profile

log = logging.getLogger(__name__)
# Files these marketplaces read without asking them anything: ABOUT YOU's own columns (its
# row_spec is None) and, to cancel, no carrier keys.
READ_WITHOUT_CLIENT = frozenset({("aboutyou", Action.CANCEL)})


def import_offline(
    marketplace: str,
    path: Path,
    action: Action,
    *,
    mapping: Mapping[str, str] | None = None,
    default_carrier: str | None = None,
) -> ImportResult | None:
    """`path` read as `marketplace` reads it, when that needs nothing from it: no client, no key
    and no network, so a dry run loads neither httpx nor the keyring. None when it does."""
    if (marketplace, action) not in READ_WITHOUT_CLIENT:
        return None
    return import_file(path, action, mapping=mapping, default_carrier=default_carrier)


def import_for_profile(
    profile: Profile,
    path: Path,
    action: Action,
    *,
    mapping: Mapping[str, str] | None = None,
    default_carrier: str | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> ImportResult:
    """`path` read as the profile's marketplace reads it, through a client of its own (its key
    from the keyring): for a dry run outside an event loop."""
    # Imported here: a client loads the keyring, httpx and asyncio.
    import asyncio

    from desktop_app.core.connect import open_marketplace

    async def with_client() -> ImportResult:
        marketplace = open_marketplace(profile)
        try:
            return await import_for(
                marketplace,
                path,
                action,
                mapping=mapping,
                default_carrier=default_carrier,
                on_warning=on_warning,
            )
        finally:
            await marketplace.aclose()

    return asyncio.run(with_client())


async def import_for(
    marketplace: Marketplace,
    path: Path,
    action: Action,
    *,
    mapping: Mapping[str, str] | None = None,
    default_carrier: str | None = None,
    on_warning: Callable[[str], None] | None = None,
    content: bytes | None = None,
) -> ImportResult:
    """Read `path` off the event loop; unreachable carrier keys are a warning, not an error.
    With `content`, those bytes are imported as the file named `path`, which is not read."""
    spec = await marketplace.row_spec(action)
    carriers: list[str] | None = None
    if action is Action.SHIP and spec is None:
        try:
            carriers = [carrier.key for carrier in await marketplace.carriers()]
        except AuthFailed:
            raise
        except MarketplaceError as error:
            log.warning("carrier keys not checked: %s", error)
            if on_warning is not None:
                on_warning(Msg("carrier keys not checked: {reason}", reason=message_of(error)))
    read = (
        partial(import_file, path) if content is None else partial(import_bytes, content, path.name)
    )
    import asyncio  # here, not at the top: import_offline's dry runs load no event loop

    return await asyncio.to_thread(
        read, action, spec=spec, mapping=mapping, carriers=carriers, default_carrier=default_carrier
    )
