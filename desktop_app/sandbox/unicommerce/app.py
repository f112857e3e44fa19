"""Build the Unicommerce-protocol sandbox as a Starlette app (Qt-free, in-process or served)."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import Route

from .config import UnicommerceSandboxConfig
from .demo_orders import demo_orders
from .faults import TimeoutFault
from .handlers import UnicommerceHandlers
from .state import UnicommerceSandboxState
from .tokens import TokenStore


def create_unicommerce_app(config: UnicommerceSandboxConfig | None = None) -> Starlette:
    config = config or UnicommerceSandboxConfig()
    state = UnicommerceSandboxState(demo_orders(config.seed, config.order_count))
    tokens = TokenStore(config.token_lifetime_seconds, config.clock)
    handlers = UnicommerceHandlers(
        config, state, tokens, TimeoutFault(config.timeout_after_apply, config.seed)
    )
    routes = [Route("/authToken", handlers.auth_token, methods=["GET"])]
    if config.offers_cancel:
        routes.append(Route("/orders/cancel", handlers.cancel, methods=["POST"]))
    if config.offers_dispatch:
        routes.append(Route("/orders/dispatch", handlers.dispatch, methods=["POST"]))
    routes.append(Route("/orders", handlers.orders, methods=["GET"]))
    app = Starlette(routes=routes)
    app.state.unicommerce = state
    app.state.unicommerce_tokens = tokens
    app.state.unicommerce_config = config
    return app


def sandbox_state(app: Starlette) -> UnicommerceSandboxState:
    """The live state behind an app from `create_unicommerce_app`, for tests and the demo."""
    state = app.state.unicommerce
    assert isinstance(state, UnicommerceSandboxState)
    return state


def sandbox_tokens(app: Starlette) -> TokenStore:
    tokens = app.state.unicommerce_tokens
    assert isinstance(tokens, TokenStore)
    return tokens
