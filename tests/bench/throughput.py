"""Throughput of the engine against a sandbox with tightened rate budgets.

Two scenarios, each against its own sandbox process:
  - "window known": the profile states the sandbox's real window;
  - "window unknown": the profile knows only the documented 60 s window, and the pacer must
    learn the real one from the X-RateLimit headers (Retry-After is off, as by default).

Prints, per scenario:
  - cancel POSTs sent per full window divided by the budget (aim >= 0.9; unknown: >= 0.95
    once learned), and the same from the first window without a 429 on;
  - the number of 429 answers, in all and once learned (aim 0);
  - the wall time of the work that is not waiting on the budget (CPU time of this process,
    the sandbox runs in another one);
and the unknown scenario's share of the budget as a ratio of the known one's.

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
from desktop_app.core.errors import RateLimited
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


async def run(
    url: str, args: argparse.Namespace, journal: Journal, policy_window: float
) -> dict[str, float]:
    waited = 0.0

    async def timed_sleep(seconds: float) -> None:
        nonlocal waited
        start = time.perf_counter()
        await asyncio.sleep(seconds)
        waited += time.perf_counter() - start

    policy = PacingPolicy(
        {**DEFAULT_BUDGETS, "cancel": args.budget, "results": args.results},
        window_seconds=policy_window,
    )
    marketplace = AboutYouMarketplace(url, "sandbox-demo-key", batch_size=args.batch, pacing=policy)
    marketplace.pacer._sleep = timed_sleep  # count every wait on the budget
    sent: list[float] = []
    refused: list[float] = []
    original = marketplace._client.post

    async def recorded_post(family: str, path: str, body: str) -> Any:
        moment = time.perf_counter()
        try:
            answer = await original(family, path, body)
        except RateLimited:
            refused.append(moment)
            raise
        sent.append(moment)
        return answer

    marketplace._client.post = recorded_post  # type: ignore[method-assign]
    rows = [InputRow(line, (100001 + i,)) for i, line in enumerate(range(2, args.items + 2))]
    job_id = journal.create_job(Action.CANCEL, "bench", "aboutyou", "bench.csv", rows)
    settings = EngineSettings(poll_first_delay=0.5, poll_max_delay=2.0)
    cpu, wall = time.process_time(), time.perf_counter()
    job = await JobRunner(journal, marketplace, settings=settings).run(job_id)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    await marketplace.aclose()
    assert job.state.value == "finished", job
    learned = max(refused, default=sent[0])  # the last 429 ends the learning
    return {
        "posts": len(sent),
        "utilisation": _utilisation(sent, sent[0], args),
        "utilisation_learned": _utilisation(sent, learned, args),
        "wall": wall,
        "cpu": cpu,
        "waited": waited,
        "rate_limited": len(refused),
        "rate_limited_learned": sum(1 for t in refused if t > learned),
        "window_learned": marketplace.pacer.window_seconds("cancel"),
    }


def _utilisation(sent: list[float], start: float, args: argparse.Namespace) -> float:
    """Accepted POSTs per full window from `start` on, over the budget."""
    full_windows = []
    while start + args.window <= sent[-1]:
        full_windows.append(sum(1 for t in sent if start <= t < start + args.window))
        start += args.window
    if not full_windows:
        return float("nan")
    return sum(full_windows) / (len(full_windows) * args.budget)


def _scenario(args: argparse.Namespace, policy_window: float) -> dict[str, float]:
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
            figures = asyncio.run(run(url, args, journal, policy_window))
            journal.close()
    finally:
        stop.set()
        server.join(timeout=10)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--budget", type=int, default=10, help="cancel POSTs per window")
    parser.add_argument("--results", type=int, default=40, help="result polls per window")
    parser.add_argument("--window", type=float, default=2.0, help="seconds")
    args = parser.parse_args()
    print(f"items {args.items}, batch {args.batch}, budget {args.budget}/{args.window:g}s")
    shares = {}
    for name, policy_window in (("window known", args.window), ("window unknown", 60.0)):
        figures = _scenario(args, policy_window)
        shares[name] = figures["utilisation"]
        print(f"-- {name} (the pacer starts from a {policy_window:g}s window)")
        print(
            f"cancel POSTs sent: {figures['posts']:.0f};"
            f" window paced on at the end: {figures['window_learned']:.2f}s"
        )
        print(
            f"share of the real budget used: {figures['utilisation']:.2f},"
            f" once learned {figures['utilisation_learned']:.2f} (aim >= 0.95)"
        )
        print(
            f"429 answers: {figures['rate_limited']:.0f},"
            f" once learned {figures['rate_limited_learned']:.0f} (aim 0)"
        )
        print(
            f"wall {figures['wall']:.1f}s, waiting on the budget {figures['waited']:.1f}s, "
            f"CPU work {figures['cpu']:.2f}s"
        )
    ratio = shares["window unknown"] / shares["window known"]
    print(f"share used, unknown / known window: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
