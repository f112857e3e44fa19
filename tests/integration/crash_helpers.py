"""A process killed between sending an update and reading its answer, without killing pytest:
the update reaches the marketplace over real HTTP, then the run is cancelled where it waits."""

from __future__ import annotations

import asyncio
import contextlib

import httpx

from desktop_app.core.engine import JobRunner

UPDATE_PATHS = ("/orders/cancel", "/orders/dispatch", "/orders/ship")


class AnswerNeverRead(httpx.AsyncBaseTransport):
    """Real HTTP; after the first cancel, dispatch or ship POST has been answered, the caller never
    gets that answer: it waits here until the run is cancelled (the "kill")."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.arrived = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if request.method == "POST" and request.url.path.endswith(UPDATE_PATHS):
            await response.aread()
            self.arrived.set()
            await asyncio.Event().wait()
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


async def run_until_killed(runner: JobRunner, job_id: int, transport: AnswerNeverRead) -> None:
    """Run the job until its first update reached the marketplace, then stop it dead."""
    task = asyncio.ensure_future(runner.run(job_id))
    waiter = asyncio.ensure_future(transport.arrived.wait())
    await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
    assert transport.arrived.is_set(), "the job ended before any update was sent"
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
