"""The sandbox's endpoints: `/authToken`, `/orders/cancel`, `/orders/dispatch`, `/orders`."""

from __future__ import annotations

import hmac
import json
import logging
from datetime import datetime
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse

from .config import UnicommerceSandboxConfig
from .faults import TimeoutFault, hold_answer
from .schemas import CancelBody, DispatchBody, describe
from .state import UnicommerceSandboxState
from .tokens import EXPIRED, TokenStore

log = logging.getLogger(__name__)

Body = TypeVar("Body", bound=BaseModel)
MAX_PAGE_SIZE = 100


def _failed(message: str, status_code: int) -> JSONResponse:
    return JSONResponse({"status": "FAILED", "message": message}, status_code=status_code)


class UnicommerceHandlers:
    def __init__(
        self,
        config: UnicommerceSandboxConfig,
        state: UnicommerceSandboxState,
        tokens: TokenStore,
        fault: TimeoutFault,
    ) -> None:
        self._config = config
        self._state = state
        self._tokens = tokens
        self._fault = fault

    async def auth_token(self, request: Request) -> JSONResponse:
        username = request.query_params.get("username")
        password = request.query_params.get("password")
        if not username or not password:
            return _failed("username and password are required query parameters", 400)
        good = hmac.compare_digest(username.encode(), self._config.username.encode())
        good &= hmac.compare_digest(password.encode(), self._config.password.encode())
        if not good:
            return _failed("Invalid username or password", 401)
        return JSONResponse({"status": "SUCCESS", "accessToken": self._tokens.issue()})

    async def cancel(self, request: Request) -> JSONResponse:
        refused = self._refused(request)
        if refused is not None:
            return refused
        body = await _read(request, CancelBody)
        if isinstance(body, JSONResponse):
            return body
        number = self._next_update_number()
        failures = self._state.cancel(body.orderId, body.orderItems)
        return await self._answer(request, number, len(body.orderItems), failures)

    async def dispatch(self, request: Request) -> JSONResponse:
        refused = self._refused(request)
        if refused is not None:
            return refused
        body = await _read(request, DispatchBody)
        if isinstance(body, JSONResponse):
            return body
        number = self._next_update_number()
        failures = self._state.dispatch(body.orderItems)
        return await self._answer(request, number, len(body.orderItems), failures)

    async def orders(self, request: Request) -> JSONResponse:
        """The order fetch, or the status sync when `orderIds` is given; both paginate."""
        refused = self._refused(request)
        if refused is not None:
            return refused
        try:
            page_number = int(request.query_params.get("pageNumber", "1"))
            page_size = int(request.query_params.get("pageSize", "50"))
        except ValueError:
            return _failed("pageNumber and pageSize must be whole numbers", 400)
        if page_number < 1 or not 1 <= page_size <= MAX_PAGE_SIZE:
            return _failed(f"pageNumber starts at 1; pageSize is 1 to {MAX_PAGE_SIZE}", 400)
        raw_ids = request.query_params.get("orderIds")
        order_ids = None if raw_ids is None else [i for i in raw_ids.split(",") if i.strip()]
        try:
            since = _wire_date(request.query_params.get("orderDateFrom"))
            until = _wire_date(request.query_params.get("orderDateTo"))
        except ValueError:
            return _failed("orderDateFrom and orderDateTo look like 2026-11-23T10:15:00", 400)
        selected = [
            order
            for order in self._state.select(order_ids)
            if (since is None or order.order_date >= since)
            and (until is None or order.order_date <= until)
        ]
        start = (page_number - 1) * page_size
        page = selected[start : start + page_size]
        return JSONResponse({"orders": [order.to_wire() for order in page]})

    def _refused(self, request: Request) -> JSONResponse | None:
        problem = self._tokens.problem(request.headers.get("apiKey"))
        if problem is None:
            return None
        expired = problem == EXPIRED
        return _failed(problem, 200 if expired and self._config.expired_token_as_200 else 401)

    def _next_update_number(self) -> int:
        self._state.update_requests += 1
        return self._state.update_requests

    async def _answer(
        self, request: Request, number: int, sent: int, failures: list[tuple[str, str]]
    ) -> JSONResponse:
        if not failures:
            status = "SUCCESS"
        elif len(failures) == sent:
            status = "FAILED"
        else:
            status = "PARTIAL_SUCCESS"
        payload: dict[str, Any] = {
            "status": status,
            "orderItems": [{"orderItemId": i, "errorMessage": m} for i, m in failures],
        }
        if self._fault.strikes(number):
            log.info("Holding back the answer to update request %d (applied)", number)
            await hold_answer(request, self._fault.hang_seconds)
        return JSONResponse(payload)


def _wire_date(text: str | None) -> datetime | None:
    """`yyyy-MM-ddTHH:mm:ss` (or with a space), UTC as the docs write it."""
    if text is None:
        return None
    return datetime.strptime(text.replace(" ", "T"), "%Y-%m-%dT%H:%M:%S")


async def _read(request: Request, model: type[Body]) -> Body | JSONResponse:
    """The validated body, or the 400 answer that says what is wrong with it."""
    try:
        raw = json.loads(await request.body())
    except ValueError:
        return _failed("The body is not valid JSON", 400)
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        return _failed(describe(error), 400)
