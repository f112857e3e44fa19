"""What every marketplace client shares: safe base URLs, one AsyncClient, transport errors.

The client guards every exchange against a hostile or broken server: an answer is read under a
size limit and an overall deadline, known secrets are masked in it before any client reads it,
and an untrusted certificate is reported at once instead of as a lost connection.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from desktop_app.core.errors import (
    AnswerTooLarge,
    CertificateNotTrusted,
    ConfigError,
    MarketplaceUnavailable,
)
from desktop_app.core.i18n import Msg
from desktop_app.core.marketplaces.base_url import checked_base_url as checked_base_url
from desktop_app.core.redaction import redact_bytes

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Far above anything the three APIs send (a page of 100 orders is ~200 kB).
MAX_ANSWER_BYTES = 4 * 1024 * 1024
MAX_RETRY_AFTER = 24 * 3600.0  # longer is absurd: our own backoff decides
_HOP_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class GuardedClient(httpx.AsyncClient):
    """An AsyncClient whose every answer is read whole, bounded in size and time, and masked.
    `stream=True` is accepted but the answer comes already read: no caller streams."""

    def __init__(self, *, max_answer_bytes: int, deadline: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_answer_bytes = max_answer_bytes
        self.deadline = deadline

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        try:
            async with asyncio.timeout(self.deadline):
                response = await super().send(
                    request, stream=True, auth=auth, follow_redirects=follow_redirects
                )
                try:
                    body = await self._read_bounded(response)
                finally:
                    await response.aclose()
        except TimeoutError:
            # A timeout like httpx's own, so each client reports it as it reports those.
            raise httpx.ReadTimeout(
                "no whole answer within the deadline", request=request
            ) from None
        except httpx.ConnectError as error:
            if _certificate_failed(error):
                raise CertificateNotTrusted(
                    Msg(
                        "The marketplace's certificate is not trusted, so Seller Desk did not"
                        " send anything; check the profile's base URL or the network (a proxy?)."
                    )
                ) from None
            raise
        headers = [
            (k, v) for k, v in response.headers.multi_items() if k.lower() not in _HOP_HEADERS
        ]
        return httpx.Response(
            response.status_code, headers=headers, content=redact_bytes(body), request=request
        )

    async def _read_bounded(self, response: httpx.Response) -> bytes:
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():  # decoded: a gzip bomb counts as it expands
            size += len(chunk)
            if size > self.max_answer_bytes:
                raise AnswerTooLarge(
                    Msg(
                        "The marketplace's answer was too large (over {megabytes} MB), so Seller"
                        " Desk stopped reading it; try again later or ask the marketplace's"
                        " support.",
                        megabytes=self.max_answer_bytes // (1024 * 1024),
                    )
                )
            chunks.append(chunk)
        return b"".join(chunks)


def _certificate_failed(error: BaseException) -> bool:
    seen: BaseException | None = error
    for _ in range(10):  # the ssl error sits a few causes down (httpx <- httpcore <- ssl)
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class _TransportAtFirstRequest(httpx.AsyncBaseTransport):
    """httpx's default transport, built at the first request: its TLS context costs 40 ms that
    a command which sends nothing (a dry run) should not pay."""

    def __init__(self) -> None:
        self._transport: httpx.AsyncHTTPTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            self._transport = httpx.AsyncHTTPTransport()  # what AsyncClient() would build
        return await self._transport.handle_async_request(request)

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()


def deadline_for(timeout: httpx.Timeout) -> float:
    """One exchange, connect to last byte. httpx's timeouts are per read, so a server trickling
    a byte every few seconds would hold a request forever: the whole answer gets one read's
    time after the connection (40 s by default; the APIs answer in a second or two)."""
    return (timeout.connect or 10.0) + (timeout.read or 30.0)


def new_http_client(
    base_url: str,
    headers: Mapping[str, str] | None = None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    deadline: float | None = None,
    max_answer_bytes: int = MAX_ANSWER_BYTES,
) -> httpx.AsyncClient:
    """One client per profile. Redirects are never followed, so a secret stays with its host."""
    return GuardedClient(
        base_url=checked_base_url(base_url),
        headers=dict(headers or {}),
        timeout=timeout,
        follow_redirects=False,
        transport=transport if transport is not None else _TransportAtFirstRequest(),
        deadline=deadline if deadline is not None else deadline_for(timeout),
        max_answer_bytes=max_answer_bytes,
    )


def transport_error(error: httpx.TransportError) -> MarketplaceUnavailable:
    """A sentence without the URL or any header: those may carry secrets."""
    if isinstance(error, httpx.TimeoutException):
        return MarketplaceUnavailable(Msg("The marketplace did not answer in time."))
    return MarketplaceUnavailable(
        Msg("Cannot reach the marketplace; check the internet connection.")
    )


def redirect_error(response: httpx.Response) -> ConfigError:
    """Not worth a retry: the base URL is wrong, and following could hand the key to a stranger."""
    return ConfigError(
        Msg(
            "The marketplace answered with a redirect ({status}); Seller Desk does not follow"
            " redirects so the key stays with its host. Check the profile's base URL.",
            status=response.status_code,
        )
    )


def header_int(response: httpx.Response, name: str) -> int | None:
    value = response.headers.get(name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def retry_after_seconds(response: httpx.Response, now: datetime | None = None) -> float | None:
    """Retry-After as RFC 9110 writes it: delta-seconds (digits only) or an HTTP date.

    Anything else (negative, fractional, `inf`, `nan`, words) or a wait beyond a day is None,
    so the caller falls back to its own backoff. A date already past is 0."""
    value = (response.headers.get("Retry-After") or "").strip()
    if not value:
        return None
    if value.isascii() and value.isdigit():
        seconds = float(int(value)) if len(value) <= 9 else MAX_RETRY_AFTER + 1
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)  # HTTP dates are GMT
        seconds = max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
    return seconds if seconds <= MAX_RETRY_AFTER else None
