"""kill -9 between the POST and journaling its batch id, over and over, then resume: every row
ends with the truth. The sandbox kills the CLI right after it accepted a POST, before answering.
"""

from __future__ import annotations

import os
import random
import signal
import threading
import time
from pathlib import Path
from typing import Any

from desktop_app.core.engine import APPLIED_NOTE
from desktop_app.core.journal import Journal
from desktop_app.core.models import Outcome
from desktop_app.core.profiles import Environment, Profile, ProfileStore
from tests.integration.cli_helpers import CliEnv, write_csv

ROWS = 600
KILL_POINTS = 20


class _Victim:
    """The CLI process to kill at the next accepted POST, if armed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pid: int | None = None
        self.kills = 0

    def arm(self, pid: int) -> None:
        with self._lock:
            self._pid = pid

    def disarm(self) -> None:
        with self._lock:
            self._pid = None

    def __call__(self) -> None:
        with self._lock:
            pid, self._pid = self._pid, None
        if pid is not None:
            os.kill(pid, signal.SIGKILL)
            self.kills += 1
            time.sleep(0.05)  # gone before its answer is written


def test_kills_between_post_and_journal_leave_every_row_truthful(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    victim = _Victim()
    # Batches take about as long as a restart: some re-sends meet the batch in flight, others
    # come after it completed, where only the items' status tells the truth.
    sandbox = aboutyou_sandbox(
        items=1000,
        latency=1.0,
        cancel_budget=10_000,
        results_budget=10_000,
        orders_budget=10_000,
        on_accept=victim,
    )
    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    cli.add_profile("shop", sandbox.base_url, sandbox.api_key)
    ProfileStore(cli.home / "config" / "profiles.json").save(
        Profile(
            name="shop",
            marketplace="aboutyou",
            environment=Environment.SANDBOX,
            base_url=sandbox.base_url,
            batch_size=20,
            budgets={"cancel": 10_000, "results": 10_000, "orders": 10_000},
        )
    )
    ids = list(range(100001, 100001 + ROWS))
    orders = write_csv(tmp_path / "orders.csv", "order_item_id", [str(i) for i in ids])
    journal_file = cli.home / "data" / "journal.sqlite3"
    rng = random.Random(13)

    command = ["cancel", str(orders), "--profile", "shop", "--yes", "--over-threshold"]
    for _ in range(3 * KILL_POINTS):
        if victim.kills >= KILL_POINTS:
            break
        process = cli.start(*command)
        victim.arm(process.pid)
        process.communicate(timeout=60)
        victim.disarm()
        command = ["resume"]
        time.sleep(rng.uniform(0.0, 1.5))
    assert victim.kills >= KILL_POINTS

    final = cli.run("resume", "--json", timeout=180)
    assert final.returncode in (0, 1), final.stderr  # 1: some rows failed, truthfully
    journal = Journal(journal_file)
    rows = [row for job in journal.jobs() for row in journal.rows(job.id)]
    assert sorted(item for row in rows for item in row.order_items) == ids
    for row in rows:
        (item,) = row.order_items
        applied = sandbox.state.item_status(item) == "cancelled"
        assert row.outcome is (Outcome.SUCCEEDED if applied else Outcome.FAILED), row
    assert max(sandbox.state.applied_per_item.values()) == 1
    # The case the old byte-for-byte re-send misreported did happen: settled by the status.
    assert any(APPLIED_NOTE in row.errors for row in rows)
