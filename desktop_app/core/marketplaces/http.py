"""What every marketplace client shares: safe base URLs, one AsyncClient, transport errors."""

from __future__ import annotations

import math
from collections.abc import Mapping
from urllib.parse import urlsplit

import httpx

from desktop_app.core.errors import ConfigError, MarketplaceUnavailable

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def checked_base_url(url: str) -> str:
    """The base URL without a trailing slash; https is required except on this computer."""
    parts = urlsplit(url.strip())
    if parts.scheme not in {"https", "http"} or not parts.hostname:
        raise ConfigError(f"'{url}' is not a web address; it should look like https://host.")
    if parts.scheme != "https" and parts.hostname not in LOCAL_HOSTS:
        raise ConfigError("The base URL must start with https:// so the API key travels encrypted.")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ConfigError("The base URL must not contain a user name, password, query or #.")
    return url.strip().rstrip("/")


def new_http_client(
    base_url: str,
    headers: Mapping[str, str] | None = None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
) -> httpx.AsyncClient:
    """One client per profile. Redirects are never followed, so a secret stays with its host."""
    return httpx.AsyncClient(
        base_url=checked_base_url(base_url),
        headers=dict(headers or {}),
        timeout=timeout,
        follow_redirects=False,
        transport=transport,
    )


def transport_error(error: httpx.TransportError) -> MarketplaceUnavailable:
    """A sentence without the URL or any header: those may carry secrets."""
    if isinstance(error, httpx.TimeoutException):
        return MarketplaceUnavailable("The marketplace did not answer in time.")
    return MarketplaceUnavailable("Cannot reach the marketplace; check the internet connection.")


def redirect_error(response: httpx.Response) -> ConfigError:
    """Not worth a retry: the base URL is wrong, and following could hand the key to a stranger."""
    return ConfigError(
        f"The marketplace answered with a redirect ({response.status_code}); Seller Desk does not"
        " follow redirects so the key stays with its host. Check the profile's base URL."
    )


def header_int(response: httpx.Response, name: str) -> int | None:
    value = response.headers.get(name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def retry_after_seconds(response: httpx.Response) -> float | None:
    """Retry-After as seconds; the HTTP-date form is rare enough to fall back to our backoff."""
    value = response.headers.get("Retry-After")
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None
    return max(0.0, seconds) if seconds is not None and math.isfinite(seconds) else None
