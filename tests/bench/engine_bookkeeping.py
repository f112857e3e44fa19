"""The engine's bookkeeping per batch does not grow with the job.

A marketplace that answers every batch at once (in process, no network) leaves only the
engine's own work: journal the batch, send it, store its verdicts. Prints the time per batch at
two job sizes and their ratio (aim: about 1), and, as the baseline, what re-reading the job's
in-doubt lines after every batch (the old `_finish`) costs at each size.

Run: .venv/bin/python tests/bench/engine_bookkeeping.py [--small 2000] [--large 50000]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from desktop_app.core.engine import JobRunner
from desktop_app.core.importing.spec import RowSpec
from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.base import (
    AppliedCheck,
    BatchPoll,
    Carrier,
    ItemVerdict,
    OpenItem,
    Submitted,
)
from desktop_app.core.models import Action, InputRow, RowResult

BATCH = 100


class InstantMarketplace:
    """Accepts every item at once, like a synchronous API with no latency."""

    kind = "instant"
    idempotent_resend = False

    async def row_spec(self, action: Action) -> RowSpec | None:
        return None

    def plan_batches(self, action: Action, rows: Sequence[RowResult]) -> list[list[RowResult]]:
        return [list(rows[i : i + BATCH]) for i in range(0, len(rows), BATCH)]

    def build_payload(self, action: Action, rows: Sequence[RowResult]) -> str:
        return ",".join(str(item) for row in rows for item in row.order_items)

    async def state_before(self, action: Action, payload: str) -> str | None:
        return None

    async def submit(self, action: Action, payload: str) -> Submitted:
        return Submitted(verdicts={int(i): ItemVerdict(True) for i in payload.split(",")})

    async def poll(self, action: Action, request_id: str) -> BatchPoll:
        raise NotImplementedError

    async def already_applied(
        self, action: Action, payload: str, before: str | None = None
    ) -> AppliedCheck:
        return AppliedCheck(frozenset())

    async def carriers(self) -> list[Carrier]:
        return []

    async def open_items(self, limit: int = 5000) -> list[OpenItem]:
        return []

    async def order_items_since(self, since: datetime) -> int | None:
        return None

    async def aclose(self) -> None:
        return None


def per_batch(rows: int, folder: Path) -> tuple[float, float]:
    """(seconds of engine work per batch, seconds per re-read of the in-doubt lines)."""
    journal = Journal(folder / f"journal-{rows}.sqlite3")
    inputs = [InputRow(line, (100000 + line,)) for line in range(2, rows + 2)]
    job_id = journal.create_job(Action.CANCEL, "bench", "instant", "bench.csv", inputs)
    runner = JobRunner(journal, InstantMarketplace())
    start = time.perf_counter()
    asyncio.run(runner.run(job_id))
    batches = -(-rows // BATCH)
    engine = (time.perf_counter() - start) / batches
    start = time.perf_counter()
    for _ in range(20):
        journal.in_doubt_lines(job_id)
    reread = (time.perf_counter() - start) / 20
    journal.close()
    return engine, reread


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--large", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        small, small_reread = per_batch(args.small, Path(folder))
        large, large_reread = per_batch(args.large, Path(folder))
    print(f"batches of {BATCH} rows")
    print(f"engine work per batch: {args.small} rows {small * 1000:.2f} ms,")
    print(f"                       {args.large} rows {large * 1000:.2f} ms")
    print(f"ratio large / small: {large / small:.2f} (aim about 1)")
    print(
        f"baseline, re-reading the job's in-doubt lines per batch: {small_reread * 1000:.2f} ms"
        f" vs {large_reread * 1000:.2f} ms (ratio {large_reread / small_reread:.1f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
