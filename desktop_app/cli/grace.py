"""The undo window on a terminal: count down on stderr; Ctrl+C withdraws the job."""

from __future__ import annotations

import asyncio
import sys

from desktop_app.core.journal import Journal
from desktop_app.core.undo_window import Countdown


async def wait_or_withdraw(journal: Journal, job_id: int, seconds: float, *, quiet: bool) -> bool:
    """True when the job may go (released); False when withdrawn, by Ctrl+C or elsewhere."""
    countdown = Countdown(job_id, seconds)
    if not quiet:
        print(
            f"Job {job_id} is sent in {seconds:g} s; press Ctrl+C to withdraw it.",
            file=sys.stderr,
            flush=True,
        )
    ticker = asyncio.ensure_future(_tick(countdown)) if not quiet and sys.stderr.isatty() else None
    try:
        await countdown.wait()
    except asyncio.CancelledError:
        # Ctrl+C: asyncio.run cancels us; withdraw, then finish normally (nothing to resume).
        task = asyncio.current_task()
        if task is not None:
            task.uncancel()
        journal.withdraw_job(job_id)
        return False
    finally:
        if ticker is not None:
            ticker.cancel()
            sys.stderr.write("\n")
    return journal.release_job(job_id)  # False: `seller-desk withdraw` got there first


async def _tick(countdown: Countdown) -> None:
    while True:
        sys.stderr.write(f"\rSending in {countdown.seconds_left():4.0f} s… (Ctrl+C withdraws) ")
        sys.stderr.flush()
        await asyncio.sleep(0.5)
