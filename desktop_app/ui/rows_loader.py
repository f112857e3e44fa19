"""Read a job's rows off the loop thread: a 5k-row job takes ~50 ms to read and decode."""

from __future__ import annotations

import asyncio
from pathlib import Path

from desktop_app.core.journal import Journal
from desktop_app.core.models import RowResult


def _read(path: Path, job_id: int) -> list[RowResult]:
    # Its own connection: sqlite connections stay in their thread, and WAL lets readers in.
    journal = Journal(path)
    try:
        return journal.rows(job_id)
    finally:
        journal.close()


async def load_rows(path: Path, job_id: int) -> list[RowResult]:
    return await asyncio.get_running_loop().run_in_executor(None, _read, path, job_id)
