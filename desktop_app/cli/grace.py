"""The undo window on a terminal: the lifecycle counts down, this draws it on stderr, and
Ctrl+C becomes the lifecycle's withdraw."""

from __future__ import annotations

import asyncio
import sys

from desktop_app.core.i18n import Msg
from desktop_app.core.job_service import JobService


async def wait_or_withdraw(service: JobService, job_id: int, *, quiet: bool) -> bool:
    """True when the job may go (released); False when withdrawn, by Ctrl+C or elsewhere."""
    seconds = service.seconds_left(job_id) or 0.0
    if not quiet:
        print(
            Msg(
                "Job {job} is sent in {seconds} s; press Ctrl+C to withdraw it.",
                job=job_id,
                seconds=f"{seconds:g}",
            ),
            file=sys.stderr,
            flush=True,
        )
    ticker = (
        asyncio.ensure_future(_tick(service, job_id)) if not quiet and sys.stderr.isatty() else None
    )
    try:
        return await service.wait_countdown(job_id)
    except asyncio.CancelledError:
        # Ctrl+C: asyncio.run cancels us; withdraw, then finish normally (nothing to resume).
        task = asyncio.current_task()
        if task is not None:
            task.uncancel()
        service.withdraw(job_id)
        return False
    finally:
        if ticker is not None:
            ticker.cancel()
            sys.stderr.write("\n")


async def _tick(service: JobService, job_id: int) -> None:
    while (left := service.seconds_left(job_id)) is not None:
        sys.stderr.write(
            f"\r{Msg('Sending in {seconds} s… (Ctrl+C withdraws)', seconds=f'{left:4.0f}')} "
        )
        sys.stderr.flush()
        await asyncio.sleep(0.5)
