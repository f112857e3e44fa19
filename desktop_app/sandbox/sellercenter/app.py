"""The SellerCenter sandbox as a Starlette app: one endpoint, `/?Action=...`, GET or POST."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from desktop_app.sandbox.sellercenter import listing, render, status_changes
from desktop_app.sandbox.sellercenter.checks import (
    UserAgentRefused,
    check_request,
    check_user_agent,
    response_format,
)
from desktop_app.sandbox.sellercenter.config import SellerCenterSandboxConfig
from desktop_app.sandbox.sellercenter.errors import ScError
from desktop_app.sandbox.sellercenter.listing import Reply
from desktop_app.sandbox.sellercenter.signature import parse_query
from desktop_app.sandbox.sellercenter.state import SellerCenterSandboxState

Handler = Callable[[SellerCenterSandboxState, Mapping[str, str], datetime], Reply]

ACTIONS: dict[str, Handler] = {
    "GetFailureReasons": listing.get_failure_reasons,
    "GetShipmentProviders": listing.get_shipment_providers,
    "GetOrders": listing.get_orders,
    "GetOrderItems": listing.get_order_items,
    "SetStatusToCanceled": status_changes.set_status_to_canceled,
    "SetStatusToPackedByMarketplace": status_changes.set_status_to_packed_by_marketplace,
    "SetStatusToReadyToShip": status_changes.set_status_to_ready_to_ship,
}


def sandbox_state(app: Starlette) -> SellerCenterSandboxState:
    """The live state behind an app made by `create_sellercenter_app`."""
    state = app.state.sellercenter
    assert isinstance(state, SellerCenterSandboxState)
    return state


def create_sellercenter_app(config: SellerCenterSandboxConfig | None = None) -> Starlette:
    config = config or SellerCenterSandboxConfig()
    state = SellerCenterSandboxState.create(config)

    async def endpoint(request: Request) -> Response:
        # Only the query string counts; a POST body is never signed nor read.
        params = parse_query(request.scope["query_string"])
        fmt = response_format(params)
        action = params.get("Action", "")
        now = config.clock()
        state.requests += 1
        user_agent = request.headers.get("user-agent", "")
        state.user_agents.append(user_agent)
        state.actions.append(action)
        try:
            check_user_agent(user_agent, config)
        except UserAgentRefused as refusal:
            return PlainTextResponse(str(refusal), status_code=403)
        try:
            check_request(params, config, now, ACTIONS)
            state.spend_budget(now.timestamp())
            state.maybe_transient()
            reply = ACTIONS[action](state, params, now)
        except ScError as error:
            return render.failure(action, error, fmt if fmt in ("JSON", "XML") else "XML")
        return render.success(action, reply.response_type, reply.body, fmt, now, reply.total_count)

    app = Starlette(routes=[Route("/", endpoint, methods=["GET", "POST"])])
    app.state.sellercenter = state
    return app
