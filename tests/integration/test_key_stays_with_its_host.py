"""The API key goes to the profile's base URL only: never after a redirect, never over http."""

from __future__ import annotations

import asyncio

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from desktop_app.core.errors import ConfigError
from desktop_app.core.marketplaces.aboutyou import AboutYouMarketplace
from desktop_app.core.marketplaces.http import checked_base_url
from desktop_app.sandbox.server import running_sandbox

KEY = "canary-redirect-key"


def test_a_redirect_to_another_host_is_not_followed() -> None:
    seen: list[str | None] = []

    async def stranger(request: Request) -> Response:
        seen.append(request.headers.get("x-api-key"))
        return JSONResponse({"items": [], "pagination": {"page": 1, "pages": 1}})

    with running_sandbox(Starlette(routes=[Route("/{path:path}", stranger)])) as other:

        async def redirect(request: Request) -> Response:
            return RedirectResponse(f"{other}{request.url.path}", status_code=307)

        with running_sandbox(Starlette(routes=[Route("/{path:path}", redirect)])) as base:
            marketplace = AboutYouMarketplace(base, KEY)

            async def main() -> None:
                try:
                    await marketplace.carriers()
                finally:
                    await marketplace.aclose()

            with pytest.raises(ConfigError, match="redirect"):
                asyncio.run(main())
    assert seen == []


@pytest.mark.parametrize(
    "url",
    [
        "http://partner.aboutyou.com",
        f"https://user:{KEY}@partner.aboutyou.com",
        "https://partner.aboutyou.com?token=1",
        "ftp://partner.aboutyou.com",
    ],
)
def test_unsafe_base_urls_are_refused(url: str) -> None:
    with pytest.raises(ConfigError) as caught:
        checked_base_url(url)
    assert KEY not in str(caught.value)


def test_plain_http_is_allowed_on_this_computer_only() -> None:
    assert checked_base_url("http://127.0.0.1:8765/") == "http://127.0.0.1:8765"
    assert checked_base_url("http://localhost:1") == "http://localhost:1"
