"""Wraps each operation with what every request goes through: faults, rate budget, API key,
error mapping, rate-limit headers and the per-endpoint counters."""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from desktop_app.sandbox.aboutyou.config import Family
from desktop_app.sandbox.aboutyou.endpoints import ApiReply, ApiRequest
from desktop_app.sandbox.aboutyou.errors import NotFound, QueryInvalid, RequestInvalid
from desktop_app.sandbox.aboutyou.rate_limit import Decision
from desktop_app.sandbox.aboutyou.state import AboutYouState

Operation = Callable[[AboutYouState, ApiRequest], ApiReply]
Endpoint = Callable[[Request], Awaitable[Response]]


def guarded(state: AboutYouState, name: str, family: Family, operation: Operation) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        api_request = ApiRequest(
            api_key=request.headers.get("x-api-key", ""),
            query=dict(request.query_params),
            body=await request.body(),
        )
        with state.lock:
            if family == "results" and state.faults.results_lost():
                reply, headers = ApiReply(404, {"message": "Not Found"}), {}
            elif family == "orders" and state.faults.orders_down():
                reply, headers = ApiReply(503, {"message": "Service temporarily unavailable"}), {}
            else:
                reply, headers = _answer(state, family, operation, api_request)
            state.requests[(name, reply.status)] += 1
            delay = state.faults.delay()
            accepted = request.method == "POST" and reply.status == 200
            cut = accepted and state.faults.answer_cut()
        # The request has taken effect; only the answer is late, as after a real network stall.
        if accepted and state.config.on_accept is not None:
            state.config.on_accept()
        if delay:
            await asyncio.sleep(delay)
        if cut:
            return _CutOff()
        return JSONResponse(reply.body, status_code=reply.status, headers=headers)

    return endpoint


def _answer(
    state: AboutYouState, family: Family, operation: Operation, request: ApiRequest
) -> tuple[ApiReply, dict[str, str]]:
    bucket, budget = (request.api_key, family), state.config.budget(family)
    if state.faults.unavailable():
        decision = state.limiter.peek(bucket, budget)
        return ApiReply(503, {"message": "Service temporarily unavailable"}), _limits(decision)
    decision = state.limiter.hit(bucket, budget)
    headers = _limits(decision)
    if not decision.allowed:
        if state.config.send_retry_after:
            headers["Retry-After"] = str(decision.retry_after)
        window = state.config.window_seconds
        message = f"Rate limit exceeded: {budget} requests per {window:g} seconds"
        return ApiReply(429, {"message": message}), headers
    if not request.api_key:
        return ApiReply(
            401, {"message": "Missing API key: send it in the X-API-Key header"}
        ), headers
    if not hmac.compare_digest(request.api_key.encode(), state.config.api_key.encode()):
        return ApiReply(401, {"message": "Invalid API key"}), headers
    state.settle_due()
    try:
        return operation(state, request), headers
    except RequestInvalid as error:
        if state.config.body_errors_as_422:
            return ApiReply(422, {"detail": [_detail(error.message)]}), headers
        return ApiReply(400, {"message": error.message}), headers
    except QueryInvalid as error:
        return ApiReply(422, {"detail": error.detail}), headers
    except NotFound as error:
        return ApiReply(404, {"message": error.message}), headers


class _CutOff(Response):
    """Headers promising a body that never comes: the client sees the connection drop."""

    def __init__(self) -> None:
        super().__init__(b"", status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"content-type", b"application/json"), (b"content-length", b"64")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b'{"batchRe', "more_body": True})
        raise ConnectionAbortedError("answer cut off on purpose")


def _detail(message: str) -> dict[str, object]:
    """`items: must be a list` as a pydantic error entry located in the body."""
    where, _, msg = message.partition(": ")
    return {"type": "value_error", "loc": ["body", where], "msg": msg or where}


def _limits(decision: Decision) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(decision.limit),
        "X-RateLimit-Remaining": str(decision.remaining),
    }
