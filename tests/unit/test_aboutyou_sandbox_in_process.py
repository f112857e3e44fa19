"""The same app in-process through httpx.ASGITransport: no socket, no background task."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from starlette.applications import Starlette

from desktop_app.sandbox.aboutyou import sandbox_state
from tests.fixtures.sandboxes import ManualClock, asgi_client


def test_a_cancel_completes_in_process_as_the_clock_moves(
    aboutyou_asgi_app: Callable[..., Starlette], manual_clock: ManualClock
) -> None:
    app = aboutyou_asgi_app(items=8, latency=2.0, clock=manual_clock)

    async def scenario() -> list[str]:
        async with asgi_client(app) as client:
            posted = await client.post("/orders/cancel", json={"items": [{"id": 100008}]})
            batch_id = posted.json()["batchRequestId"]
            statuses = []
            for step in (0.0, 1.0, 1.0):
                manual_clock.advance(step)
                polled = await client.get(
                    "/results/cancel-orders", params={"batch_request_id": batch_id}
                )
                statuses.append(polled.json()["status"])
            return statuses

    assert asyncio.run(scenario()) == ["pending", "processing", "completed"]
    assert sandbox_state(app).item_status(100008) == "cancelled"


def test_in_process_answers_carry_rate_headers_and_count_requests(
    aboutyou_asgi_app: Callable[..., Starlette],
) -> None:
    app = aboutyou_asgi_app(items=3)

    async def scenario() -> tuple[int, str, int]:
        async with asgi_client(app, api_key="wrong") as client:
            response = await client.get("/orders/carriers/")
            missing = await client.get("/no/such/path")
            return (
                response.status_code,
                response.headers["X-RateLimit-Remaining"],
                missing.status_code,
            )

    assert asyncio.run(scenario()) == (401, "99", 404)
    assert sandbox_state(app).request_count("orders/carriers", 401) == 1
