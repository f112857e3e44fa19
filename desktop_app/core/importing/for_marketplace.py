"""Import a file the way a marketplace reads it: its row spec, and ABOUT YOU's carrier keys."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path

from desktop_app.core.errors import AuthFailed, MarketplaceError
from desktop_app.core.i18n import Msg, message_of
from desktop_app.core.importing.api import import_bytes, import_file
from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.models import Action, ImportResult

log = logging.getLogger(__name__)


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
    return await asyncio.to_thread(
        read, action, spec=spec, mapping=mapping, carriers=carriers, default_carrier=default_carrier
    )
