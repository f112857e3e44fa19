"""profiles.json as stored, read without the profile model: the model (pydantic) costs a CLI
start a tenth of a second, so a dry run that needs nothing from the marketplace asks only which
marketplace a profile is for, here. Everything else reads the file through ProfileStore, which
validates it whole."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg

MARKETPLACES = ("aboutyou", "sellercenter", "unicommerce")


def no_profile_named(name: str) -> ConfigError:
    return ConfigError(
        Msg("There is no profile named '{name}'. See `seller-desk profile list`.", name=name)
    )


def stored_marketplace(path: Path, name: str) -> str | None:
    """The marketplace of the profile named `name`, when the file holds it plainly: JSON with
    that profile, for a known marketplace. None when only ProfileStore can say (no file, no such
    profile, a damaged file): it then gives the sentence for it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    profiles = data.get("profiles") if isinstance(data, dict) else None
    for entry in profiles if isinstance(profiles, list) else ():
        if isinstance(entry, dict) and entry.get("name") == name:
            marketplace = entry.get("marketplace")
            return marketplace if marketplace in MARKETPLACES else None
    return None
