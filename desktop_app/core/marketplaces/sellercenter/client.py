"""The low-level SellerCenter client: one signed HTTP exchange per call, typed results and errors.

No retries here: the engine's pacing decides when to call again, and each call signs afresh
with a fresh Timestamp. The API key only ever leaves as the HMAC signature."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Literal

import httpx

from desktop_app.core.errors import BadResponse
from desktop_app.core.i18n import Msg
from desktop_app.core.marketplaces.http import checked_base_url, transport_error
from desktop_app.core.marketplaces.sellercenter import platforms, responses
from desktop_app.core.marketplaces.sellercenter.envelope import Success
from desktop_app.core.marketplaces.sellercenter.models import (
    DeliveryType,
    FailureReason,
    OrderItem,
    OrderPage,
    ShipmentProvider,
    StatusUpdate,
)
from desktop_app.core.marketplaces.sellercenter.signing import (
    API_VERSION,
    format_timestamp,
    query_string,
    signed_params,
)

_log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Method = Literal["GET", "POST"]
ResponseFormat = Literal["JSON", "XML"]


def utc_now() -> datetime:
    return datetime.now(UTC)


def id_list(order_item_ids: Sequence[int]) -> str:
    """`[1,2]`: the documented bracketed form (reference §2.3)."""
    if not order_item_ids:
        raise ValueError("at least one order item id is needed")
    return "[" + ",".join(str(int(item)) for item in order_item_ids) + "]"


class SellerCenterClient:
    """Actions of the SellerCenter API that cancel and ship order items."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        base_url: str,
        user_id: str,
        api_key: str,
        fmt: ResponseFormat = "JSON",
        clock: Clock = utc_now,
        *,
        user_agent: str | None = None,
    ) -> None:
        if fmt not in ("JSON", "XML"):
            raise ValueError("fmt must be JSON or XML")
        self._http = http
        # Falabella refuses requests without `SellerId/Python/x.y.z` (since 2022-11-30).
        self._headers = {"User-Agent": user_agent or platforms.user_agent(user_id)}
        self._url = checked_base_url(base_url) + "/"
        self._user_id = user_id
        self._api_key = api_key
        self._fmt: ResponseFormat = fmt
        self._clock = clock
        self._reasons: tuple[FailureReason, ...] | None = None
        self._providers: tuple[ShipmentProvider, ...] | None = None
        self._cache_lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"SellerCenterClient({self._url!r}, user_id={self._user_id!r})"

    async def _call(
        self,
        method: Method,
        action: str,
        params: Mapping[str, str] | None = None,
        version: str = API_VERSION,
    ) -> Success:
        signed = signed_params(
            params or {}, self._user_id, self._api_key, action, self._clock(), self._fmt, version
        )
        url = httpx.URL(self._url).copy_with(query=query_string(signed).encode("ascii"))
        try:
            response = await self._http.request(
                method, url, headers=self._headers, follow_redirects=False
            )
        except httpx.TransportError as error:
            raise transport_error(error) from None
        except httpx.DecodingError:
            raise BadResponse(Msg("SellerCenter sent a body that cannot be decoded.")) from None
        _log.debug("%s %s -> HTTP %s", method, action, response.status_code)
        return responses.check_response(response, (self._api_key,))

    async def get_failure_reasons(self, *, refresh: bool = False) -> tuple[FailureReason, ...]:
        """All reasons (canceled, failed, returned...), fetched once per client."""
        async with self._cache_lock:
            if self._reasons is None or refresh:
                success = await self._call("GET", "GetFailureReasons")
                self._reasons = responses.failure_reasons(success.body)
            return self._reasons

    async def get_cancel_reasons(self, *, refresh: bool = False) -> tuple[FailureReason, ...]:
        """The reasons SetStatusToCanceled accepts: what the reason picker offers."""
        return tuple(
            r for r in await self.get_failure_reasons(refresh=refresh) if r.is_cancel_reason
        )

    async def get_shipment_providers(
        self, *, refresh: bool = False
    ) -> tuple[ShipmentProvider, ...]:
        """Providers with their tracking regex, fetched once per client."""
        async with self._cache_lock:
            if self._providers is None or refresh:
                success = await self._call("GET", "GetShipmentProviders")
                self._providers = responses.shipment_providers(success.body)
            return self._providers

    async def set_status_to_canceled(
        self, order_item_id: int, reason: str, reason_detail: str | None = None
    ) -> StatusUpdate:
        """Cancel one item; `reason` is the Name of a `canceled` failure reason."""
        params = {"OrderItemId": str(int(order_item_id)), "Reason": reason}
        if reason_detail:
            params["ReasonDetail"] = reason_detail
        success = await self._call("POST", "SetStatusToCanceled", params)
        return StatusUpdate(success.action or "SetStatusToCanceled", success.request_id)

    async def set_status_to_packed_by_marketplace(
        self,
        order_item_ids: Sequence[int],
        delivery_type: DeliveryType | str = DeliveryType.DROPSHIP,
        shipping_provider: str | None = None,
        tracking_number: str | None = None,
    ) -> StatusUpdate:
        """Pack items of one order. Falabella takes only the ids and the delivery type; the
        older flow adds the provider (and tracking) for dropship. Never both for pickup or
        send-to-warehouse (E091)."""
        params = {"OrderItemIds": id_list(order_item_ids), "DeliveryType": str(delivery_type)}
        params.update(_carrier_params(delivery_type, shipping_provider, tracking_number))
        return await self._set_status("SetStatusToPackedByMarketplace", params)

    async def set_status_to_ready_to_ship(
        self,
        order_item_ids: Sequence[int],
        delivery_type: DeliveryType | str | None = None,
        shipping_provider: str | None = None,
        tracking_number: str | None = None,
        *,
        package_id: str | None = None,
    ) -> StatusUpdate:
        """Mark packed items of one order ready to ship: Falabella's form is the ids and the
        PackageId read from GetOrderItems; the older one the delivery type, provider and
        tracking number (dropship only)."""
        params = {"OrderItemIds": id_list(order_item_ids)}
        if package_id:
            params["PackageId"] = package_id
        if delivery_type:
            params["DeliveryType"] = str(delivery_type)
            params.update(_carrier_params(delivery_type, shipping_provider, tracking_number))
        return await self._set_status("SetStatusToReadyToShip", params)

    async def _set_status(self, action: str, params: Mapping[str, str]) -> StatusUpdate:
        success = await self._call("POST", action, params)
        items = responses.updated_items(success.body)
        return StatusUpdate(success.action or action, success.request_id, items)

    async def get_orders(
        self,
        *,
        created_after: datetime | None = None,
        updated_after: datetime | None = None,
        status: str | None = None,
        limit: int = 100,
        offset: int = 0,
        version: str = API_VERSION,
    ) -> OrderPage:
        """One page of orders; `status` filters (e.g. "pending"). The platform answers E018
        without CreatedAfter or UpdatedAfter, so one of them is required here too."""
        if created_after is None and updated_after is None:
            raise ValueError("GetOrders needs created_after or updated_after")
        params = {"Limit": str(limit), "Offset": str(offset)}
        if created_after is not None:
            params["CreatedAfter"] = format_timestamp(created_after)
        if updated_after is not None:
            params["UpdatedAfter"] = format_timestamp(updated_after)
        if status:
            params["Status"] = status
        success = await self._call("GET", "GetOrders", params, version)
        return OrderPage(responses.orders(success.body), success.total_count)

    async def get_order_items(self, order_id: int) -> tuple[OrderItem, ...]:
        """The items of one order (`order_id` is SellerCenter's internal id, not the number)."""
        success = await self._call("GET", "GetOrderItems", {"OrderId": str(int(order_id))})
        return responses.order_items(success.body)


def _carrier_params(
    delivery_type: DeliveryType | str, provider: str | None, tracking: str | None
) -> dict[str, str]:
    """Provider and tracking travel with dropship only: Falabella answers E091 otherwise."""
    if str(delivery_type) != DeliveryType.DROPSHIP.value:
        return {}
    params: dict[str, str] = {}
    if provider:
        params["ShippingProvider"] = provider
    if tracking:
        params["TrackingNumber"] = tracking
    return params
