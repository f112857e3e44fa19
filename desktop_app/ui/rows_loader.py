"""Heavy journal reads off the loop thread, each on its own connection: a 5k-row job takes
~50 ms to read and decode, `job()` of a 100k-row job ~30 ms, an export of it ~0.9 s."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from desktop_app.core.exporting import export_rows
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action, JobRecord, Outcome, RowResult

T = TypeVar("T")
EXPORT_PAGE = 2000


def _with_journal(path: Path, read: Callable[[Journal], T]) -> T:
    # Its own connection: sqlite connections stay in their thread, and WAL lets readers in.
    journal = Journal(path)
    try:
        return read(journal)
    finally:
        journal.close()


async def _off_loop(path: Path, read: Callable[[Journal], T]) -> T:
    return await asyncio.get_running_loop().run_in_executor(None, _with_journal, path, read)


async def load_rows(path: Path, job_id: int) -> list[RowResult]:
    return await _off_loop(path, lambda journal: journal.rows(job_id))


async def read_job(path: Path, job_id: int) -> JobRecord:
    return await _off_loop(path, lambda journal: journal.job(job_id))


async def export_off_loop(
    path: Path, job_id: int, action: Action, target: Path, outcomes: Sequence[Outcome] | None
) -> int:
    """Page by page: 100k rows alive at once set off a full garbage collection (~250 ms with
    the window's own objects), which holds the loop thread too."""

    def export(journal: Journal) -> int:
        return export_rows(
            target, action, _pages(journal, job_id, outcomes), journal.detail_keys(job_id)
        )

    return await _off_loop(path, export)


def _pages(
    journal: Journal, job_id: int, outcomes: Sequence[Outcome] | None
) -> Iterator[RowResult]:
    after = 0
    while page := journal.rows(job_id, outcomes, after_line=after, limit=EXPORT_PAGE):
        yield from page
        after = page[-1].line
