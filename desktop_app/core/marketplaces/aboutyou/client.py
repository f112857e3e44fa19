"""One HTTP exchange with the ABOUT YOU Sellers API, mapped to the core's typed errors."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from desktop_app.core.errors import (
    AnswerLost,
    AuthFailed,
    BadResponse,
    BatchTooLarge,
    MarketplaceUnavailable,
    RateLimited,
    RequestRejected,
)
from desktop_app.core.i18n import Msg, message_of
from desktop_app.core.marketplaces.base import marketplace_words
from desktop_app.core.marketplaces.http import (
    DEFAULT_TIMEOUT,
    header_int,
    new_http_client,
    redirect_error,
    retry_after_seconds,
    transport_error,
)

# "items: ensure this list has at most 60 items", as FastAPI words it, or close to it.
_STATED_LIMIT = re.compile(r"^items: .*\bat most (\d+) items?\b", re.IGNORECASE)
# Failures before the request left this computer: safe to send again as they are.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
RateObserver = Callable[[str, int | None, int | None, float | None], None]
EPOCH_SECONDS = 1_000_000_000  # an X-RateLimit-Reset this large is a Unix time, not a delay
API_PREFIX = "/api/v1"


def _error_text(response: httpx.Response) -> str:
    """The marketplace's own words: 400 `{"message"}` or the 422 pydantic `{"detail": [...]}`."""
    try:
        body = response.json()
    except ValueError:
        return ""
    if isinstance(body, dict):
        if isinstance(body.get("message"), str):
            return str(body["message"])
        detail = body.get("detail")
        if isinstance(detail, list):
            parts = []
            for entry in detail:
                if isinstance(entry, dict):
                    where = ".".join(str(p) for p in entry.get("loc", []) if p != "body")
                    parts.append(f"{where}: {entry.get('msg', '')}".strip(": "))
            return "; ".join(parts)
        if isinstance(detail, str):
            return detail
    return ""


def _reset_seconds(response: httpx.Response) -> float | None:
    """X-RateLimit-Reset as seconds from now: sent as a delay by some, as a Unix time by others."""
    reset = header_int(response, "X-RateLimit-Reset")
    if reset is None or reset < 0:
        return None
    return max(0.0, reset - time.time()) if reset >= EPOCH_SECONDS else float(reset)


class AboutYouClient:
    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        on_rate_headers: RateObserver | None = None,
    ) -> None:
        # A base URL given with the /api/v1 suffix works too.
        base_url = re.sub(r"/api/v1/?$", "", base_url.strip().rstrip("/"))
        self._http = new_http_client(
            base_url, {"X-API-Key": api_key}, transport=transport, timeout=timeout
        )
        self._on_rate_headers = on_rate_headers

    async def aclose(self) -> None:
        await self._http.aclose()

    async def post(self, family: str, path: str, body: str) -> Any:
        return await self._exchange(
            family,
            "POST",
            path,
            content=body.encode("utf-8"),
            headers={"Content-Type": "application/json"},
        )

    async def get(self, family: str, path: str, params: Mapping[str, str | int]) -> Any:
        return await self._exchange(family, "GET", path, params=dict(params))

    async def _exchange(self, family: str, method: str, path: str, **kwargs: Any) -> Any:
        try:
            response = await self._http.request(method, API_PREFIX + path, **kwargs)
        except httpx.TransportError as error:
            if method == "POST" and not isinstance(error, _NOT_SENT):
                # The batch may exist: only the marketplace's status can tell.
                raise AnswerLost(message_of(transport_error(error))) from None
            raise transport_error(error) from None
        if self._on_rate_headers is not None:
            self._on_rate_headers(
                family,
                header_int(response, "X-RateLimit-Limit"),
                header_int(response, "X-RateLimit-Remaining"),
                _reset_seconds(response),
            )
        self._raise_for_status(response)
        try:
            return response.json()
        except (ValueError, json.JSONDecodeError):
            raise BadResponse(
                Msg("The marketplace sent an answer that is not valid JSON.")
            ) from None

    @staticmethod
    def _raise_for_status(response: httpx.Response) -> None:
        status = response.status_code
        if status < 300:
            return
        text = _error_text(response)
        if 300 <= status < 400:
            raise redirect_error(response)
        if status in (401, 403):
            raise AuthFailed(
                Msg(
                    "The marketplace refused the API key ({reason}). Check the key in the profile.",
                    reason=text,
                )
                if text
                else Msg("The marketplace refused the API key. Check the key in the profile.")
            )
        if status == 429:
            raise RateLimited(
                Msg("The marketplace asked us to slow down."), retry_after_seconds(response)
            )
        if status >= 500:
            raise MarketplaceUnavailable(
                Msg(
                    "The marketplace is having trouble (HTTP {status}); retrying later.",
                    status=status,
                )
            )
        message = (
            marketplace_words(text)
            if text
            else Msg("The marketplace rejected the request (HTTP {status}).", status=status)
        )
        if stated := _STATED_LIMIT.search(text):
            raise BatchTooLarge(message, status, int(stated.group(1)))
        raise RequestRejected(message, status)
