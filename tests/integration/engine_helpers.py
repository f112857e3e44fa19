"""Running real jobs against a sandbox on 127.0.0.1 with fast polling and short backoffs."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

from desktop_app.core.engine import EngineSettings, JobRunner
from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.aboutyou import AboutYouMarketplace
from desktop_app.core.marketplaces.aboutyou.marketplace import DEFAULT_BUDGETS
from desktop_app.core.models import Action, InputRow, JobRecord, RowResult, ShipInfo
from desktop_app.core.pacing import PacingPolicy

FAST = EngineSettings(poll_first_delay=0.05, poll_max_delay=0.2, poll_growth=1.5)


def marketplace_for(
    sandbox: Any,
    *,
    batch_size: int = 250,
    budgets: dict[str, int] | None = None,
    window_seconds: float = 60.0,
    timeout: float = 5.0,
    max_attempts: int = 8,
    api_key: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> AboutYouMarketplace:
    policy = PacingPolicy(
        {**DEFAULT_BUDGETS, **(budgets or {})},
        window_seconds=window_seconds,
        ceilings=budgets or {},
        max_attempts=max_attempts,
        base_delay=0.05,
        max_delay=0.3,
        default_retry_after=0.5,
    )
    return AboutYouMarketplace(
        sandbox.base_url,
        api_key or sandbox.api_key,
        batch_size=batch_size,
        pacing=policy,
        timeout=httpx.Timeout(timeout),
        transport=transport,
    )


def cancel_rows(ids: Sequence[int]) -> list[InputRow]:
    return [InputRow(line, (item,)) for line, item in enumerate(ids, start=2)]


def ship_rows(ids: Sequence[int], carrier: str = "DHL_STD_NATIONAL") -> list[InputRow]:
    return [
        InputRow(line, (item,), ship=ShipInfo(carrier, f"TRK{item}", f"RET{item}"))
        for line, item in enumerate(ids, start=2)
    ]


def run_job(
    tmp_path: Path,
    marketplace: AboutYouMarketplace,
    action: Action,
    rows: Sequence[InputRow],
    settings: EngineSettings = FAST,
    job_id: int | None = None,
) -> tuple[JobRecord, list[RowResult]]:
    """Run a new job of `rows`, or resume the journal's job `job_id` (then `rows` is unused)."""
    journal = Journal(tmp_path / "journal.sqlite3")
    if job_id is None:
        job_id = journal.create_job(action, "test", "aboutyou", "rows.csv", rows)

    async def main() -> JobRecord:
        try:
            return await JobRunner(journal, marketplace, settings=settings).run(job_id)
        finally:
            await marketplace.aclose()

    job = asyncio.run(main())
    result = journal.rows(job_id)
    journal.close()
    return job, result
