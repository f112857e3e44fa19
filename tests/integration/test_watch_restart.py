"""A real `seller-desk watch` killed (-9) mid-job and started again: it resumes its own job, and
the sandbox's counts prove that no row was lost or sent twice."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.core.journal import Journal
from desktop_app.core.models import JobState, Outcome
from desktop_app.core.profiles import Environment, Profile, ProfileStore
from tests.integration.cli_helpers import CliEnv, write_csv

ITEMS = range(100001, 100401)


def _until(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting: {what}"
        time.sleep(0.1)


def test_a_watch_killed_mid_job_resumes_it_when_started_again(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    # Batches outlive the kill, so a batch re-sent on resume meets the marketplace's dedup.
    sandbox = aboutyou_sandbox(latency=3.0, cancel_budget=10_000, results_budget=10_000)
    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    cli.add_profile("shop", sandbox.base_url, sandbox.api_key)
    ProfileStore(cli.home / "config" / "profiles.json").save(
        Profile(
            name="shop",
            marketplace="aboutyou",
            environment=Environment.SANDBOX,
            base_url=sandbox.base_url,
            batch_size=50,
            budgets={"cancel": 10_000, "results": 10_000},
            grace_seconds=0,  # the job runs at once: the kill meets it mid-send
        )
    )
    inbox = tmp_path / "drop"
    inbox.mkdir()
    write_csv(inbox / "daily.csv", "order_item_id", [str(i) for i in ITEMS])
    journal_file = cli.home / "data" / "journal.sqlite3"
    watch = ("watch", str(inbox), "--profile", "shop", "--action", "cancel", "--automatic")
    quick = ("--interval", "0.2", "--stable-seconds", "0.5")

    first = cli.start(*watch, *quick)
    try:
        _until(lambda: sandbox.state.request_count("orders/cancel") >= 2, 60, "batches sent")
        # Killed while batch 2 is processing, not inside its own submit: a batch whose answer
        # never reached the journal is the engine's in-doubt case (tests/.../test_crash_resume).
        time.sleep(0.5)
    finally:
        first.kill()  # SIGKILL: no cleanup of any kind
        first.communicate(timeout=30)
    (job,) = Journal(journal_file).jobs()
    assert job.state is not JobState.FINISHED and job.counts[Outcome.PENDING] > 0

    second = cli.start(*watch, *quick)
    journal = Journal(journal_file)
    try:
        _until(lambda: journal.unsettled_files(str(inbox.resolve())) == [], 120, "the file settled")
    finally:
        second.kill()
        out, err = second.communicate(timeout=30)
    not_done = {(row.outcome, row.errors) for row in journal.rows(job.id)} - {
        (Outcome.SUCCEEDED, ())
    }
    assert not not_done, (not_done, journal.events(job.id))
    assert (inbox / "processed" / "daily.csv").exists(), out + err
    assert [j.id for j in journal.jobs()] == [job.id]  # no second job for the same file
    rows = journal.rows(job.id)
    assert sorted(item for row in rows for item in row.order_items) == list(ITEMS)
    assert {row.outcome for row in rows} == {Outcome.SUCCEEDED}
    assert [sandbox.state.applied_per_item[i] for i in ITEMS] == [1] * len(ITEMS)
    assert (inbox / "processed" / "daily.csv.report.csv").exists()
