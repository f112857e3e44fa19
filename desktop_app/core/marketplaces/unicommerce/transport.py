"""One HTTP exchange, with httpx's exceptions turned into the core's typed errors.

The new errors are raised `from None` and never quote the URL: httpx exceptions carry the
request, and the `/authToken` URL holds the password.
"""

from __future__ import annotations

from typing import Any

import httpx

from desktop_app.core.errors import BadResponse, MarketplaceError, MarketplaceUnavailable
from desktop_app.core.i18n import Msg

_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.ProxyError)


class NotSent(MarketplaceUnavailable):
    """The request never left this computer: unlike other failures, always safe to send again."""


async def exchange(
    http: httpx.AsyncClient,
    method: str,
    url: str,
    *,
    what: str,
    params: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
    body: dict[str, Any] | None = None,
) -> httpx.Response:
    """Send once, without following redirects (they could carry the password elsewhere)."""
    error: MarketplaceError
    try:
        return await http.request(
            method, url, params=params, headers=headers, json=body, follow_redirects=False
        )
    except _NOT_SENT as exc:
        # The request never reached the marketplace: safe to send again.
        error = NotSent(
            Msg(
                "Could not reach the marketplace for {what} ({kind}).",
                what=what,
                kind=type(exc).__name__,
            )
        )
    except httpx.TimeoutException as exc:
        kind = type(exc).__name__
        error = MarketplaceUnavailable(
            Msg(
                "The marketplace did not answer {what} in time ({kind}); it may have been applied.",
                what=what,
                kind=kind,
            )
        )
    except httpx.TransportError as exc:
        kind = type(exc).__name__
        error = MarketplaceUnavailable(
            Msg(
                "The connection broke during {what} ({kind}); it may have been applied.",
                what=what,
                kind=kind,
            )
        )
    except httpx.HTTPError as exc:
        error = BadResponse(
            Msg(
                "The marketplace's answer to {what} was unreadable ({kind}).",
                what=what,
                kind=type(exc).__name__,
            )
        )
    raise error from None
