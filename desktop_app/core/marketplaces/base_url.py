"""A profile's base URL, checked: apart from httpx, so reading a profile does not load it."""

from __future__ import annotations

from urllib.parse import urlsplit

from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def checked_base_url(url: str) -> str:
    """The base URL without a trailing slash; https is required except on this computer."""
    parts = urlsplit(url.strip())
    if parts.scheme not in {"https", "http"} or not parts.hostname:
        raise ConfigError(
            Msg("'{url}' is not a web address; it should look like https://host.", url=url)
        )
    if parts.scheme != "https" and parts.hostname not in LOCAL_HOSTS:
        raise ConfigError(
            Msg("The base URL must start with https:// so the API key travels encrypted.")
        )
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ConfigError(Msg("The base URL must not contain a user name, password, query or #."))
    return url.strip().rstrip("/")
