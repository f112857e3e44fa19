"""The client against scripted answers: headers, re-auth, and every failure's typed error."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable

import httpx
import pytest

from desktop_app.core.errors import (
    AuthFailed,
    BadResponse,
    ConfigError,
    MarketplaceError,
    MarketplaceUnavailable,
    RateLimited,
    RequestRejected,
)
from desktop_app.core.marketplaces.unicommerce import CancelItem, UnicommerceClient, UpdateStatus

pytestmark = pytest.mark.anyio

PASSWORD = "s3cret&pass=word"
ITEMS = [CancelItem(order_item_id="UC-1-1", product_id="P", variant_id="V", quantity=1)]
Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class ScriptedMarketplace:
    """Answers each path from a script (the last answer repeats) and records every request."""

    def __init__(self, script: dict[str, list[Answer]]) -> None:
        sign_ins: list[Answer] = [token_answer("t1"), token_answer("t2")]
        self.script: dict[str, list[Answer]] = {"/api/authToken": sign_ins, **script}
        self.requests: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answers = self.script[request.url.path]
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer(request) if callable(answer) else answer

    def paths(self) -> list[str]:
        return [request.url.path for request in self.requests]

    def client(self) -> UnicommerceClient:
        http = httpx.AsyncClient(transport=httpx.MockTransport(self.handle))
        return UnicommerceClient(http, "https://mp.example/api", "seller", PASSWORD)


def token_answer(token: str) -> httpx.Response:
    return httpx.Response(200, json={"status": "SUCCESS", "accessToken": token})


def ok() -> httpx.Response:
    return httpx.Response(200, json={"status": "SUCCESS", "orderItems": []})


async def test_token_is_sent_raw_in_the_api_key_header() -> None:
    market = ScriptedMarketplace({"/api/orders/cancel": [ok()]})

    result = await market.client().cancel_order("UC-1", ITEMS)

    assert result.status is UpdateStatus.SUCCESS
    cancel = market.requests[-1]
    assert cancel.headers["apiKey"] == "t1"
    assert "authorization" not in cancel.headers
    assert json.loads(cancel.content) == {
        "orderId": "UC-1",
        "orderItems": [
            {"orderItemId": "UC-1-1", "productId": "P", "variantId": "V", "quantity": 1}
        ],
    }


async def test_login_refused_in_the_body_is_auth_failed() -> None:
    market = ScriptedMarketplace(
        {"/api/authToken": [httpx.Response(200, json={"status": "INVALID_CREDENTIALS"})]}
    )

    with pytest.raises(AuthFailed):
        await market.client().cancel_order("UC-1", ITEMS)
    assert market.paths() == ["/api/authToken"]


async def test_token_refused_again_after_one_reauth_is_auth_failed() -> None:
    market = ScriptedMarketplace({"/api/orders/cancel": [httpx.Response(401)]})

    with pytest.raises(AuthFailed):
        await market.client().cancel_order("UC-1", ITEMS)
    assert market.paths() == [
        "/api/authToken",
        "/api/orders/cancel",
        "/api/authToken",
        "/api/orders/cancel",
    ]


async def test_expired_token_said_in_a_200_body_triggers_one_reauth() -> None:
    expired = httpx.Response(200, json={"status": "FAILED", "message": "Access token expired"})
    market = ScriptedMarketplace({"/api/orders/cancel": [expired, ok()]})

    result = await market.client().cancel_order("UC-1", ITEMS)

    assert result.status is UpdateStatus.SUCCESS
    assert [r.headers.get("apiKey") for r in market.requests if r.url.path.endswith("cancel")] == [
        "t1",
        "t2",
    ]


async def test_concurrent_calls_refused_together_sign_in_again_only_once() -> None:
    def only_fresh_token(request: httpx.Request) -> httpx.Response:
        return ok() if request.headers["apiKey"] == "t2" else httpx.Response(401)

    market = ScriptedMarketplace({"/api/orders/cancel": [only_fresh_token]})
    client = market.client()

    await asyncio.gather(*(client.cancel_order(f"UC-{n}", ITEMS) for n in range(3)))

    assert market.paths().count("/api/authToken") == 2


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (httpx.Response(503, json={"message": "maintenance"}), MarketplaceUnavailable),
        (httpx.ReadTimeout("timed out"), MarketplaceUnavailable),
        (httpx.ConnectError("refused"), MarketplaceUnavailable),
        (httpx.RemoteProtocolError("peer closed"), MarketplaceUnavailable),
        (httpx.Response(429, headers={"Retry-After": "7"}), RateLimited),
        (httpx.Response(400, json={"message": "orderId is required"}), RequestRejected),
        (httpx.Response(403), AuthFailed),
        (httpx.Response(200, content=b"<html>oops</html>"), BadResponse),
        (httpx.Response(200, json={"status": "DONE"}), BadResponse),
        (httpx.Response(302, headers={"Location": "https://elsewhere.example/"}), ConfigError),
    ],
    ids=["5xx", "timeout", "refused", "dropped", "429", "400", "403", "html", "shape", "redirect"],
)
async def test_each_failure_maps_to_its_typed_error_after_a_single_exchange(
    answer: Answer, error: type[MarketplaceError | ConfigError]
) -> None:
    market = ScriptedMarketplace({"/api/orders/cancel": [answer]})

    with pytest.raises(error):
        await market.client().cancel_order("UC-1", ITEMS)
    assert market.paths().count("/api/orders/cancel") == 1  # no retry loop in here


async def test_rate_limit_and_rejection_carry_their_details() -> None:
    limited = ScriptedMarketplace(
        {"/api/orders/cancel": [httpx.Response(429, headers={"Retry-After": "7"})]}
    )
    with pytest.raises(RateLimited) as rate:
        await limited.client().cancel_order("UC-1", ITEMS)
    assert rate.value.retry_after == 7.0

    bad = httpx.Response(422, json={"status": "FAILED", "message": "orderId is required"})
    rejected = ScriptedMarketplace({"/api/orders/cancel": [bad]})
    with pytest.raises(RequestRejected, match="orderId is required") as rejection:
        await rejected.client().cancel_order("UC-1", ITEMS)
    assert rejection.value.status == 422


async def test_timeout_message_warns_the_change_may_have_been_applied() -> None:
    market = ScriptedMarketplace({"/api/orders/cancel": [httpx.ReadTimeout("timed out")]})

    with pytest.raises(MarketplaceUnavailable, match="may have been applied"):
        await market.client().cancel_order("UC-1", ITEMS)


async def test_per_item_failures_in_a_422_are_read_as_a_failed_answer() -> None:
    body = {"status": "FAILED", "orderItems": [{"orderItemId": "UC-1-1", "errorMessage": "gone"}]}
    market = ScriptedMarketplace({"/api/orders/cancel": [httpx.Response(422, json=body)]})

    result = await market.client().cancel_order("UC-1", ITEMS)

    assert [(item.order_item_id, item.error) for item in result.failed] == [("UC-1-1", "gone")]


@pytest.mark.parametrize(
    "answer",
    [
        httpx.ReadTimeout("timed out"),
        httpx.ConnectError("refused"),
        httpx.Response(500, text="Internal error"),
        httpx.Response(200, content=b"not json"),
        httpx.Response(301, headers={"Location": "http://evil.example/authToken"}),
    ],
    ids=["timeout", "refused", "5xx", "malformed", "redirect"],
)
async def test_password_never_reaches_errors_or_logs(
    answer: Answer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    market = ScriptedMarketplace({"/api/authToken": [answer]})

    with pytest.raises((MarketplaceError, ConfigError)) as caught:
        await market.client().fetch_orders()

    error = caught.value
    texts = [str(error), repr(error), caplog.text, repr(market.client())]
    assert not any(PASSWORD in text or "s3cret" in text for text in texts)
    # No httpx exception (which would hold the URL) hangs off the error.
    assert error.__cause__ is None
    assert error.__context__ is None or error.__suppress_context__
    assert market.requests[0].url.params["password"] == PASSWORD  # it did go where it must


async def test_httpx_request_log_shows_the_password_redacted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    market = ScriptedMarketplace({"/api/orders": [httpx.Response(200, json={"orders": []})]})

    await market.client().fetch_orders()

    assert "password=***" in caplog.text
    assert "s3cret" not in caplog.text


async def test_status_sync_asks_for_the_orders_comma_separated() -> None:
    page = {"orders": [{"orderId": "UC-1", "orderItems": []}]}
    market = ScriptedMarketplace({"/api/orders": [httpx.Response(200, json=page)]})

    orders = await market.client().orders_status(["UC-1", "UC-2"])

    assert [order.order_id for order in orders] == ["UC-1"]
    assert market.requests[-1].url.params["orderIds"] == "UC-1,UC-2"


@pytest.mark.parametrize("ids", [[], ["a", "b", "c", "d", "e", "f"], ["a,b"]])
async def test_status_sync_refuses_id_lists_it_cannot_send(ids: list[str]) -> None:
    with pytest.raises(ValueError):
        await ScriptedMarketplace({}).client().orders_status(ids)


@pytest.mark.parametrize("base_url", ["ftp://mp.example", "mp.example", "https://mp.example/?a=1"])
def test_base_url_must_be_http_or_https_without_query(base_url: str) -> None:
    with pytest.raises(ConfigError):
        UnicommerceClient(httpx.AsyncClient(), base_url, "u", "p")


async def test_success_that_mentions_a_token_is_never_sent_twice() -> None:
    odd = httpx.Response(200, json={"status": "SUCCESS", "message": "token invalid soon"})
    market = ScriptedMarketplace({"/api/orders/cancel": [odd]})

    result = await market.client().cancel_order("UC-1", ITEMS)

    assert result.status is UpdateStatus.SUCCESS
    assert market.paths().count("/api/orders/cancel") == 1
