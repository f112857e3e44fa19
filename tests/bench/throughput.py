"""Throughput of the engine against a sandbox with tightened rate budgets.

Prints:
  - cancel POSTs sent per full window divided by the budget (aim >= 0.9);
  - the number of 429 answers (aim 0 when the rate headers are present);
  - the wall time of the work that is not waiting on the budget (CPU time of this process,
    the sandbox runs in another one).

Run: .venv/bin/python tests/bench/throughput.py [--items 5000] [--budget 10] [--window 2]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import tempfile
import time
from pathlib import Path
from typing import Any

from desktop_app.core.engine import EngineSettings, JobRunner
from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.aboutyou import AboutYouMarketplace
from desktop_app.core.marketplaces.aboutyou.marketplace import DEFAULT_BUDGETS
from desktop_app.core.models import Action, InputRow
from desktop_app.core.pacing import PacingPolicy


def serve(port: int, budget: int, window: float, results: int, ready: Any, stop: Any) -> None:
    from desktop_app.sandbox.aboutyou import AboutYouSandboxConfig, create_aboutyou_app
    from desktop_app.sandbox.server import running_sandbox

    config = AboutYouSandboxConfig(
        items=6000,
        latency=0.5,
        window_seconds=window,
        cancel_budget=budget,
        results_budget=results,
    )
    with running_sandbox(create_aboutyou_app(config), port=port) as url:
        ready.put(url)
        stop.wait()


async def run(url: str, args: argparse.Namespace, journal: Journal) -> dict[str, float]:
    waited = 0.0

    async def timed_sleep(seconds: float) -> None:
        nonlocal waited
        start = time.perf_counter()
        await asyncio.sleep(seconds)
        waited += time.perf_counter() - start

    policy = PacingPolicy(
        {**DEFAULT_BUDGETS, "cancel": args.budget, "results": args.results},
        window_seconds=args.window,
    )
    marketplace = AboutYouMarketplace(url, "sandbox-demo-key", batch_size=args.batch, pacing=policy)
    marketplace.pacer._sleep = timed_sleep  # count every wait on the budget
    sent: list[float] = []
    original = marketplace._client.post

    async def recorded_post(family: str, path: str, body: str) -> Any:
        sent.append(time.perf_counter())
        return await original(family, path, body)

    marketplace._client.post = recorded_post  # type: ignore[method-assign]
    rows = [InputRow(line, (100001 + i,)) for i, line in enumerate(range(2, args.items + 2))]
    job_id = journal.create_job(Action.CANCEL, "bench", "aboutyou", "bench.csv", rows)
    settings = EngineSettings(poll_first_delay=0.5, poll_max_delay=2.0)
    cpu, wall = time.process_time(), time.perf_counter()
    job = await JobRunner(journal, marketplace, settings=settings).run(job_id)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    await marketplace.aclose()
    assert job.state.value == "finished", job
    full_windows = []
    start = sent[0]
    while start + args.window <= sent[-1]:
        full_windows.append(sum(1 for t in sent if start <= t < start + args.window))
        start += args.window
    utilisation = (
        sum(full_windows) / (len(full_windows) * args.budget) if full_windows else float("nan")
    )
    return {
        "posts": len(sent),
        "utilisation": utilisation,
        "wall": wall,
        "cpu": cpu,
        "waited": waited,
        "rate_limited": marketplace.pacer.rate_limited_count,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--budget", type=int, default=10, help="cancel POSTs per window")
    parser.add_argument("--results", type=int, default=40, help="result polls per window")
    parser.add_argument("--window", type=float, default=2.0, help="seconds")
    args = parser.parse_args()
    ready: Any = multiprocessing.Queue()
    stop: Any = multiprocessing.Event()
    server = multiprocessing.Process(
        target=serve, args=(0, args.budget, args.window, args.results, ready, stop)
    )
    server.start()
    try:
        url = ready.get(timeout=30)
        with tempfile.TemporaryDirectory() as folder:
            journal = Journal(Path(folder) / "journal.sqlite3")
            figures = asyncio.run(run(url, args, journal))
            journal.close()
    finally:
        stop.set()
        server.join(timeout=10)
    print(f"items {args.items}, batch {args.batch}, budget {args.budget}/{args.window:g}s")
    print(f"cancel POSTs sent: {figures['posts']:.0f}")
    print(f"sent per full window / budget: {figures['utilisation']:.2f} (aim >= 0.9)")
    print(f"429 answers: {figures['rate_limited']:.0f} (aim 0)")
    print(
        f"wall {figures['wall']:.1f}s, waiting on the budget {figures['waited']:.1f}s, "
        f"CPU work {figures['cpu']:.2f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
