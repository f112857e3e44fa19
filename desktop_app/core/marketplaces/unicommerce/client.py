"""The Unicommerce-protocol client: token auth, cancel, dispatch, order fetch and status sync.

One HTTP exchange per call, plus at most one re-authentication when the token died. Retries
and pacing belong to the engine, never here.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

import httpx

from desktop_app.core.errors import AuthFailed, BadResponse, ConfigError
from desktop_app.core.i18n import Msg

from .models import (
    AuthTokenResponse,
    CancelItem,
    CancelRequest,
    DispatchItem,
    DispatchRequest,
    Order,
    OrdersPage,
    SelfShipping,
    UpdateResponse,
    UpdateStatus,
)
from .outcomes import UpdateResult, map_update_response
from .redaction import install_httpx_password_filter
from .responses import check_status, json_object, parse_body, token_rejected
from .transport import exchange

log = logging.getLogger(__name__)

ORDERS_PAGE_SIZE = 50  # "Fixed 50" in the Get Orders docs
STATUS_SYNC_MAX_IDS = 5  # the documented status-sync call uses pageSize=5
_ITEMIZED_REFUSALS = (400, 409, 422)


def normalize_base_url(base_url: str) -> str:
    """`https://host[/prefix]` without a trailing slash; ConfigError when it is not one."""
    try:
        url = httpx.URL(base_url.strip())
    except httpx.InvalidURL:
        raise ConfigError(Msg("The marketplace base URL is not a valid URL.")) from None
    if url.scheme not in ("http", "https") or not url.host or url.query or url.fragment:
        raise ConfigError(
            Msg("The marketplace base URL must look like https://host or https://host/path.")
        )
    return str(url.copy_with(query=None, fragment=None)).rstrip("/")


class UnicommerceClient:
    """One seller account on one marketplace that implements the Unicommerce protocol."""

    def __init__(
        self, http: httpx.AsyncClient, base_url: str, username: str, password: str
    ) -> None:
        self._http = http
        self._base_url = normalize_base_url(base_url)
        self._username = username
        self._password = password
        self._token: str | None = None
        self._auth_lock = asyncio.Lock()
        install_httpx_password_filter()

    def __repr__(self) -> str:
        return f"UnicommerceClient(base_url={self._base_url!r}, username={self._username!r})"

    @property
    def base_url(self) -> str:
        return self._base_url

    async def authenticate(self) -> None:
        """Get a fresh access token (`GET /authToken`); AuthFailed when the login is refused."""
        async with self._auth_lock:
            await self._authenticate_locked()

    async def ensure_signed_in(self) -> None:
        """Sign in unless a token is at hand: lets callers sign in before a non-idempotent call,
        so a failure of the sign-in is never mistaken for a lost update."""
        await self._token_for_request()

    async def cancel_order(self, order_id: str, items: Sequence[CancelItem]) -> UpdateResult:
        """`POST /orders/cancel` for the items of one order."""
        request = CancelRequest(order_id=order_id, order_items=tuple(items))
        what = Msg("the cancellation of order {order}", order=order_id)
        response = await self._call("POST", "/orders/cancel", what=what, body=request.to_wire())
        return self._update_result(response, [item.order_item_id for item in items], what)

    async def dispatch(
        self, items: Sequence[DispatchItem], self_shipping: SelfShipping | None = None
    ) -> UpdateResult:
        """`POST /orders/dispatch`; `self_shipping` only when the seller ships it themselves."""
        request = DispatchRequest(order_items=tuple(items), self_shipping=self_shipping)
        what = Msg(
            "the dispatch of {n} item(s)", plural="the dispatch of {n} item(s)", n=len(items)
        )
        response = await self._call("POST", "/orders/dispatch", what=what, body=request.to_wire())
        return self._update_result(response, [item.order_item_id for item in items], what)

    async def fetch_orders(
        self,
        page_number: int = 1,
        page_size: int = ORDERS_PAGE_SIZE,
        date_from: str = "",
        date_to: str = "",
    ) -> OrdersPage:
        """`GET /orders?pageNumber=&pageSize=[&orderDateFrom=&orderDateTo=]`: a short page is
        the last one. Dates are UTC as the docs write them, yyyy-MM-ddTHH:mm:ss."""
        if page_number < 1 or page_size < 1:
            raise ValueError("page_number and page_size start at 1")
        params = {"pageNumber": str(page_number), "pageSize": str(page_size)}
        if date_from:
            params["orderDateFrom"] = date_from
        if date_to:
            params["orderDateTo"] = date_to
        what = Msg("the order list (page {page})", page=page_number)
        response = await self._call("GET", "/orders", what=what, params=params)
        check_status(response, what)
        return parse_body(response, OrdersPage, what)

    async def orders_status(self, order_ids: Sequence[str]) -> tuple[Order, ...]:
        """The status sync `GET /orders?orderIds=...`: decides whether in-doubt items applied.

        At most STATUS_SYNC_MAX_IDS ids per call; orders the marketplace does not know are
        simply absent from the answer.
        """
        if not order_ids or len(order_ids) > STATUS_SYNC_MAX_IDS:
            raise ValueError(f"ask for 1 to {STATUS_SYNC_MAX_IDS} orders per status sync")
        if any("," in order_id for order_id in order_ids):
            raise ValueError("order ids are sent comma-separated, so they cannot hold a comma")
        params = {
            "pageNumber": "1",
            "pageSize": str(STATUS_SYNC_MAX_IDS),
            "orderIds": ",".join(order_ids),
        }
        what = Msg(
            "the status sync of order(s) {orders}",
            plural="the status sync of order(s) {orders}",
            orders=", ".join(order_ids),
            n=len(order_ids),
        )
        response = await self._call("GET", "/orders", what=what, params=params)
        check_status(response, what)
        return parse_body(response, OrdersPage, what).orders

    async def _authenticate_locked(self) -> None:
        what = Msg("the sign-in")
        response = await exchange(
            self._http,
            "GET",
            self._base_url + "/authToken",
            what=what,
            params={"username": self._username, "password": self._password},
            headers={"Accept": "application/json"},
        )
        if response.status_code in (401, 403):
            raise AuthFailed(Msg("The marketplace refused the username or password."))
        check_status(response, what)
        answer = parse_body(response, AuthTokenResponse, what)
        if answer.status != "SUCCESS":
            raise AuthFailed(
                Msg(
                    "The marketplace refused the username or password ({status}).",
                    status=answer.status,
                )
            )
        if not answer.access_token:
            raise BadResponse(Msg("The marketplace accepted the login but sent no access token."))
        self._token = answer.access_token
        log.info("Signed in to %s as %s", self._base_url, self._username)

    async def _token_for_request(self) -> str:
        async with self._auth_lock:
            if self._token is None:
                await self._authenticate_locked()
            assert self._token is not None
            return self._token

    async def _fresh_token(self, rejected: str) -> str:
        async with self._auth_lock:
            # A concurrent call may already have replaced the rejected token.
            if self._token == rejected:
                self._token = None
                await self._authenticate_locked()
            assert self._token is not None
            return self._token

    async def _call(
        self,
        method: str,
        path: str,
        *,
        what: str,
        params: dict[str, str] | None = None,
        body: dict[str, Any] | None = None,
    ) -> httpx.Response:
        """Send with the token; on a dead token sign in once and send once more."""
        token = await self._token_for_request()
        response = await self._send(method, path, token, what, params, body)
        if not token_rejected(response):
            return response
        log.info("Access token refused for %s; signing in again", what)
        token = await self._fresh_token(rejected=token)
        response = await self._send(method, path, token, what, params, body)
        if token_rejected(response):
            raise AuthFailed(
                Msg("The marketplace refused a fresh access token for {what}.", what=what)
            )
        return response

    async def _send(
        self,
        method: str,
        path: str,
        token: str,
        what: str,
        params: dict[str, str] | None,
        body: dict[str, Any] | None,
    ) -> httpx.Response:
        # The protocol wants the token raw in `apiKey`, not as `Authorization: Bearer`.
        headers = {"apiKey": token, "Accept": "application/json"}
        return await exchange(
            self._http,
            method,
            self._base_url + path,
            what=what,
            params=params,
            headers=headers,
            body=body,
        )

    def _update_result(
        self, response: httpx.Response, sent_ids: list[str], what: str
    ) -> UpdateResult:
        if not response.is_success and not _itemized_refusal(response):
            check_status(response, what)
        answer = parse_body(response, UpdateResponse, what)
        result = map_update_response(answer, sent_ids)
        log.info(
            "%s: %s (%d of %d items failed)", what, result.status, len(result.failed), len(sent_ids)
        )
        return result


def _itemized_refusal(response: httpx.Response) -> bool:
    """A 4xx that still carries the protocol's per-item failures is read like a 200 FAILED."""
    if response.status_code not in _ITEMIZED_REFUSALS:
        return False
    body = json_object(response) or {}
    items = body.get("orderItems")
    return (
        body.get("status") in (UpdateStatus.FAILED, UpdateStatus.PARTIAL_SUCCESS)
        and isinstance(items, list)
        and len(items) > 0
    )
