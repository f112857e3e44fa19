"""Loop stalls of the real window: importing a 100k-row file, a job with 20 batches polling, and
exporting a 100k-row job (in a worker thread, against the old export on the loop, same run).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/ui_latency.py

A heartbeat task sleeps 5 ms at a time; how late it wakes up is the stall the user would feel.
Prints the max and p99 stall per scenario. No assertions: the numbers are for people.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("SELLER_DESK_HOME", tempfile.mkdtemp(prefix="seller-desk-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import qasync
from PySide6.QtWidgets import QApplication

from desktop_app.app import create_window
from desktop_app.core.connect import open_marketplace
from desktop_app.core.engine import EngineSettings
from desktop_app.core.exporting import export_rows
from desktop_app.core.models import Action, InputRow, JobState
from desktop_app.core.paths import app_paths
from desktop_app.core.profiles import Profile, ProfileStore
from desktop_app.sandbox.aboutyou import AboutYouSandboxConfig, create_aboutyou_app
from desktop_app.sandbox.server import running_sandbox
from desktop_app.ui.context import AppOptions
from desktop_app.ui.import_flow import Source
from desktop_app.ui.main_window import MainWindow

BEAT = 0.005
ROWS = 100_000
BATCH_ROWS = 250 * 20  # a profile sends 250 rows per batch by default: 20 batches
KEY = "bench-key"


class Heartbeat:
    def __init__(self) -> None:
        self.lags: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def _beat(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            start = loop.time()
            await asyncio.sleep(BEAT)
            self.lags.append(max(0.0, loop.time() - start - BEAT))

    def __enter__(self) -> Heartbeat:
        self._task = asyncio.get_running_loop().create_task(self._beat())
        return self

    def __exit__(self, *_: object) -> None:
        assert self._task is not None
        self._task.cancel()

    @property
    def max_stall(self) -> float:
        return max(self.lags, default=0.0)

    def report(self, name: str, seconds: float) -> None:
        lags = sorted(self.lags) or [0.0]
        p99 = lags[min(len(lags) - 1, int(len(lags) * 0.99))]
        print(
            f"{name:<34} wall {seconds:6.2f} s   max stall {max(lags) * 1000:6.1f} ms"
            f"   p99 {p99 * 1000:5.1f} ms   median {statistics.median(lags) * 1000:4.1f} ms"
            f"   beats {len(lags)}"
        )


async def until(condition: object, limit: float = 120.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.05)


async def main(base_url: str) -> None:
    # The marketplace runs on 127.0.0.1 in a thread, as a remote one would: its work is not ours.
    ProfileStore(app_paths().ensure().profiles_file).save(
        Profile(name="Bench", marketplace="aboutyou", environment="sandbox", base_url=base_url)
    )
    engine = EngineSettings(poll_first_delay=0.2, poll_max_delay=0.5)
    options = AppOptions(
        engine=engine, connector=lambda profile, _: open_marketplace(profile, secret=KEY)
    )
    window = create_window(demo=False, options=options)
    folder = Path(tempfile.mkdtemp(prefix="seller-desk-bench-files-"))
    big = folder / "big.csv"
    big.write_text(
        "order_item_id\n" + "".join(f"{100001 + i}\n" for i in range(ROWS)), encoding="utf-8"
    )
    tab = window.cancel_tab
    await asyncio.sleep(0.5)  # let the window settle

    with Heartbeat() as beat:
        started = time.monotonic()
        await tab.flow.read(Source(big.name, path=big))
        await until(lambda: tab.model.rowCount() == ROWS)
        beat.report(f"import {ROWS:,} rows", time.monotonic() - started)

    rows = tab.model.rows[:BATCH_ROWS]
    profile = window.current_profile()
    assert profile is not None
    job_id = window.ctx.jobs.create_job(tab.action, profile, "bench", rows)
    with Heartbeat() as beat:
        started = time.monotonic()
        window.ctx.jobs.start(job_id)
        window.results_tab.add_job(job_id)
        window.tabs.setCurrentWidget(window.results_tab)
        await until(lambda: window.ctx.journal.job(job_id).state is JobState.FINISHED)
        beat.report("job of 20 batches, polling", time.monotonic() - started)
    await export_scenario(window, tab.model.rows, folder)
    window.close()
    await window.closed.wait()


async def export_scenario(window: MainWindow, rows: list[InputRow], folder: Path) -> None:
    """Export a 100k-row job: the old way (read and write on the loop) as the baseline."""
    journal = window.ctx.journal
    job_id = journal.create_job(Action.CANCEL, "Bench", "aboutyou", "export.csv", rows)
    await asyncio.sleep(0.2)
    with Heartbeat() as old:
        await asyncio.sleep(0.05)  # the heartbeat beats before the loop is blocked
        started = time.monotonic()
        export_rows(folder / "old.csv", Action.CANCEL, journal.rows(job_id))  # as before
        await asyncio.sleep(0.05)
        old.report(f"export {len(rows):,} rows on the loop", time.monotonic() - started)
    with Heartbeat() as new:
        started = time.monotonic()
        await window.results_tab.export_to(folder / "new.csv", job_id, Action.CANCEL)
        new.report(f"export {len(rows):,} rows off the loop", time.monotonic() - started)
    ratio = new.max_stall / max(old.max_stall, 1e-9)
    print(f"export max stall: {ratio:.3f} x the on-loop baseline (goal: under 50 ms)")


if __name__ == "__main__":
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # as run_app: the loop outlives the window
    config = AboutYouSandboxConfig(api_key=KEY, items=BATCH_ROWS, latency=3.0)
    with running_sandbox(create_aboutyou_app(config)) as url:
        qasync.run(main(url))
