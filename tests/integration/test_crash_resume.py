"""kill -9 at random instants, then resume: no row lost, no item applied twice."""

from __future__ import annotations

import json
import random
import signal
import time
from pathlib import Path
from typing import Any

from desktop_app.core.journal import Journal
from desktop_app.core.profiles import Environment, Profile, ProfileStore
from tests.integration.cli_helpers import CliEnv, write_csv

ITEMS = 1200
PER_FILE = 100
KILLS = 12


def test_sigkill_at_random_points_then_resume_applies_every_item_exactly_once(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    # Batches outlive the restart, so a re-sent batch meets the marketplace's deduplication.
    sandbox = aboutyou_sandbox(latency=3.0, cancel_budget=10_000, results_budget=10_000)
    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    cli.add_profile("shop", sandbox.base_url, sandbox.api_key)
    store = ProfileStore(cli.home / "config" / "profiles.json")
    store.save(
        Profile(
            name="shop",
            marketplace="aboutyou",
            environment=Environment.SANDBOX,
            base_url=sandbox.base_url,
            batch_size=10,
            budgets={"cancel": 10_000, "results": 10_000},
        )
    )
    rng = random.Random(20261123)
    journal_file = cli.home / "data" / "journal.sqlite3"
    files = [
        write_csv(
            tmp_path / f"orders-{n}.csv",
            "order_item_id",
            [str(100001 + n * PER_FILE + k) for k in range(PER_FILE)],
        )
        for n in range(ITEMS // PER_FILE)
    ]

    kills = started = 0
    while kills < KILLS and started < 3 * KILLS:
        unfinished = journal_file.exists() and Journal(journal_file).unfinished_jobs()
        jobs_before = len(Journal(journal_file).jobs()) if journal_file.exists() else 0
        sending = None if unfinished or not files else files.pop(0)
        if sending is None:
            process = cli.start("resume")
        else:
            process = cli.start(
                "cancel", str(sending), "--profile", "shop", "--yes", "--over-threshold"
            )
        started += 1
        time.sleep(rng.uniform(0.3, 3.0))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(timeout=30)
        if sending is not None and len(Journal(journal_file).jobs()) == jobs_before:
            files.insert(0, sending)  # killed before its job was journaled: run it again
    assert kills >= KILLS

    for path in files:  # whatever the kills left unsent
        cli.run("cancel", str(path), "--profile", "shop", "--yes", "--over-threshold", timeout=180)
    final = cli.run("resume", "--json", timeout=180)
    assert final.returncode == 0, final.stderr
    journal = Journal(journal_file)
    rows = [row for job in journal.jobs() for row in journal.rows(job.id)]
    assert sorted(item for row in rows for item in row.order_items) == list(
        range(100001, 100001 + ITEMS)
    )
    assert {row.outcome.value for row in rows} == {"succeeded"}, json.loads(final.stdout)
    assert all(sandbox.state.applied_per_item[i] == 1 for i in range(100001, 100001 + ITEMS))
