"""The low-level client: request shape, one exchange per call, no redirects, no key on the wire."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from desktop_app.core.errors import ConfigError, MarketplaceUnavailable
from desktop_app.core.marketplaces.sellercenter import SellerCenterClient, Throttled
from desktop_app.core.marketplaces.sellercenter.signing import canonical_query, signature

KEY = "unit-test-api-key"
USER = "seller@example.com"
T = TypeVar("T")
OK = b'{"SuccessResponse":{"Head":{"RequestAction":"X","RequestId":"r-1"},"Body":""}}'
REASONS = (
    b'{"SuccessResponse":{"Head":{},"Body":{"Reasons":{"Reason":['
    b'{"Type":"canceled","Name":"Out of stock"},{"Type":"failed","Name":"Not home"}]}}}}'
)


class Recorder:
    """A MockTransport handler that answers from a queue and keeps every request."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]

    def params(self, index: int = -1) -> dict[str, str]:
        query = self.requests[index].url.query.decode()
        return dict(parse_qsl(query, keep_blank_values=True))


def _ticking_clock() -> Callable[[], datetime]:
    moments: Iterator[datetime] = (
        datetime(2026, 11, 23, 8, 0, tzinfo=UTC) + timedelta(seconds=s) for s in range(10**6)
    )
    return lambda: next(moments)


def run(
    recorder: Recorder,
    call: Callable[[SellerCenterClient], Coroutine[Any, Any, T]],
    **http_options: Any,
) -> T:
    async def main() -> T:
        transport = httpx.MockTransport(recorder)
        async with httpx.AsyncClient(transport=transport, **http_options) as http:
            client = SellerCenterClient(
                http, "https://sellercenter-api.example.com", USER, KEY, clock=_ticking_clock()
            )
            return await call(client)

    return asyncio.run(main())


def test_cancel_is_one_signed_post_with_params_in_the_query_and_empty_body() -> None:
    recorder = Recorder(httpx.Response(200, content=OK))
    update = run(recorder, lambda c: c.set_status_to_canceled(101, "Out of stock", "Sold out"))
    (request,) = recorder.requests
    assert request.method == "POST"
    assert request.content == b""
    params = recorder.params()
    assert params["Action"] == "SetStatusToCanceled"
    assert params["OrderItemId"] == "101"
    assert params["Reason"] == "Out of stock"
    assert params["ReasonDetail"] == "Sold out"
    assert params["UserID"] == USER
    assert params["Version"] == "1.0"
    assert params["Format"] == "JSON"
    assert params["Signature"] == signature(canonical_query(params), KEY)
    assert update.request_id == "r-1"


def test_the_api_key_is_never_on_the_wire() -> None:
    recorder = Recorder(httpx.Response(200, content=OK))
    run(recorder, lambda c: c.set_status_to_canceled(101, "Out of stock"))
    (request,) = recorder.requests
    assert KEY not in str(request.url)
    assert all(KEY not in value for value in request.headers.values())
    assert KEY.encode() not in request.content


def test_listing_actions_use_get() -> None:
    recorder = Recorder(httpx.Response(200, content=REASONS))
    run(recorder, lambda c: c.get_failure_reasons())
    assert recorder.requests[0].method == "GET"
    assert recorder.params()["Action"] == "GetFailureReasons"


def test_failure_reasons_are_fetched_once_and_cancel_ones_picked() -> None:
    recorder = Recorder(httpx.Response(200, content=REASONS))

    async def twice(client: SellerCenterClient) -> tuple[int, list[str]]:
        await client.get_failure_reasons()
        cancel = await client.get_cancel_reasons()
        return len(recorder.requests), [r.name for r in cancel]

    assert run(recorder, twice) == (1, ["Out of stock"])


def test_refresh_fetches_the_reasons_again() -> None:
    recorder = Recorder(httpx.Response(200, content=REASONS))

    async def refreshed(client: SellerCenterClient) -> None:
        await client.get_failure_reasons()
        await client.get_failure_reasons(refresh=True)

    run(recorder, refreshed)
    assert len(recorder.requests) == 2


def test_every_call_signs_afresh_with_a_new_timestamp() -> None:
    recorder = Recorder(httpx.Response(200, content=OK))

    async def same_call_twice(client: SellerCenterClient) -> None:
        await client.set_status_to_canceled(101, "Out of stock")
        await client.set_status_to_canceled(101, "Out of stock")

    run(recorder, same_call_twice)
    first, second = recorder.params(0), recorder.params(1)
    assert first["Timestamp"] != second["Timestamp"]
    assert first["Signature"] != second["Signature"]


def test_item_ids_go_in_brackets_with_delivery_and_tracking() -> None:
    recorder = Recorder(httpx.Response(200, content=OK))
    run(recorder, lambda c: c.set_status_to_ready_to_ship([101, 102], "dropship", "DHL", "1Z 9"))
    params = recorder.params()
    assert recorder.requests[0].method == "POST"
    assert params["OrderItemIds"] == "[101,102]"
    assert params["DeliveryType"] == "dropship"
    assert params["ShippingProvider"] == "DHL"
    assert params["TrackingNumber"] == "1Z 9"
    assert "TrackingNumber=1Z%209" in recorder.requests[0].url.query.decode()


def test_pack_defaults_to_dropship_and_omits_what_was_not_given() -> None:
    recorder = Recorder(httpx.Response(200, content=OK))
    run(recorder, lambda c: c.set_status_to_packed_by_marketplace([7], shipping_provider="DHL"))
    params = recorder.params()
    assert params["DeliveryType"] == "dropship"
    assert "TrackingNumber" not in params


def test_no_item_ids_is_a_programming_error() -> None:
    recorder = Recorder(httpx.Response(200, content=OK))
    with pytest.raises(ValueError):
        run(recorder, lambda c: c.set_status_to_packed_by_marketplace([]))
    assert recorder.requests == []


def test_throttling_is_raised_at_once_without_a_retry() -> None:
    body = (
        b'{"ErrorResponse":{"Head":{"ErrorType":"Sender","ErrorCode":"429",'
        b'"ErrorMessage":"E429: Too many requests"},"Body":""}}'
    )
    recorder = Recorder(httpx.Response(429, content=body, headers={"Retry-After": "3"}))
    with pytest.raises(Throttled) as caught:
        run(recorder, lambda c: c.set_status_to_canceled(101, "Out of stock"))
    assert caught.value.retry_after == 3.0
    assert len(recorder.requests) == 1


def test_redirects_are_never_followed_even_if_the_http_client_would() -> None:
    recorder = Recorder(
        httpx.Response(301, headers={"Location": "https://elsewhere.example/"}),
        httpx.Response(200, content=OK),
    )
    with pytest.raises(ConfigError, match="redirect"):
        run(recorder, lambda c: c.get_failure_reasons(), follow_redirects=True)
    assert len(recorder.requests) == 1


def test_connection_failure_is_unavailable_without_the_url() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(refuse)) as http:
            client = SellerCenterClient(http, "https://sc.example.com", USER, KEY)
            await client.get_shipment_providers()

    with pytest.raises(MarketplaceUnavailable) as caught:
        asyncio.run(main())
    assert "Signature" not in str(caught.value)


def test_plain_http_is_refused_except_on_this_computer() -> None:
    async def build(url: str) -> None:
        async with httpx.AsyncClient() as http:
            SellerCenterClient(http, url, USER, KEY)

    with pytest.raises(ConfigError):
        asyncio.run(build("http://sellercenter-api.example.com"))
    asyncio.run(build("http://127.0.0.1:8000"))


def test_requests_go_to_the_base_url_root() -> None:
    recorder = Recorder(httpx.Response(200, content=REASONS))
    run(recorder, lambda c: c.get_failure_reasons())
    parts = urlsplit(str(recorder.requests[0].url))
    assert (parts.scheme, parts.netloc, parts.path) == (
        "https",
        "sellercenter-api.example.com",
        "/",
    )


def test_repr_does_not_show_the_key() -> None:
    async def build() -> str:
        async with httpx.AsyncClient() as http:
            return repr(SellerCenterClient(http, "https://sc.example.com", USER, KEY))

    assert KEY not in asyncio.run(build())
