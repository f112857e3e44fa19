"""Routes of the ABOUT YOU Sellers API under /api/v1, and the Starlette app factory."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desktop_app.sandbox.aboutyou import endpoints
from desktop_app.sandbox.aboutyou.config import AboutYouSandboxConfig, Family
from desktop_app.sandbox.aboutyou.guard import Operation, guarded
from desktop_app.sandbox.aboutyou.state import AboutYouState

API = "/api/v1"

# (path, method, counter name, rate family, operation). Collection paths end with a slash.
OPERATIONS: tuple[tuple[str, str, str, Family, Operation], ...] = (
    ("/orders/cancel", "POST", "orders/cancel", "cancel", endpoints.cancel_items),
    ("/orders/ship", "POST", "orders/ship", "ship", endpoints.ship_items),
    ("/results/cancel-orders", "GET", "results/cancel-orders", "results", endpoints.cancel_results),
    ("/results/ship-orders", "GET", "results/ship-orders", "results", endpoints.ship_results),
    ("/orders/carriers/", "GET", "orders/carriers", "carriers", endpoints.carriers),
    ("/orders/", "GET", "orders", "orders", endpoints.orders),
)


def create_aboutyou_app(config: AboutYouSandboxConfig | None = None) -> Starlette:
    """A fresh sandbox with its own state, reachable as `app.state.aboutyou`."""
    state = AboutYouState(config or AboutYouSandboxConfig())
    routes: list[Route] = []
    for path, method, name, family, operation in OPERATIONS:
        endpoint = guarded(state, name, family, operation)
        # Both spellings answer directly: our client never follows redirects.
        for variant in {path.rstrip("/"), path.rstrip("/") + "/"}:
            routes.append(Route(API + variant, endpoint, methods=[method], name=None))
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _http_error},
    )
    app.router.redirect_slashes = False
    app.state.aboutyou = state
    return app


def sandbox_state(app: Starlette) -> AboutYouState:
    """The live state behind an app made by create_aboutyou_app."""
    state = app.state.aboutyou
    assert isinstance(state, AboutYouState)
    return state


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return JSONResponse({"message": exc.detail}, status_code=exc.status_code, headers=exc.headers)
