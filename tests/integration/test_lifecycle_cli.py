"""The job lifecycle on the command line, as a real subprocess against the sandbox: errors with
their sentence, independent jobs, and the same items in two live jobs."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.journal import Journal
from desktop_app.core.journal_schema import SCHEMA_VERSION
from desktop_app.core.models import Action
from tests.integration.cli_helpers import CliEnv, write_csv
from tests.integration.engine_helpers import cancel_rows

KEY = "sandbox-demo-key"


@pytest.fixture
def cli(tmp_path: Path) -> CliEnv:
    return CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")


@pytest.fixture
def shop(cli: CliEnv, aboutyou_sandbox: Any) -> Any:
    # Its demo orders are older than a week: the cancellation guard has no share to refuse.
    sandbox = aboutyou_sandbox(latency=0.1, items=300)
    cli.add_profile("shop", sandbox.base_url, KEY)
    return sandbox


def _journal(cli: CliEnv) -> Path:
    return cli.home / "data" / "journal.sqlite3"


def test_a_journal_from_a_newer_seller_desk_says_please_update(cli: CliEnv) -> None:
    path = _journal(cli)
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    done = cli.run("jobs")
    assert done.returncode == 2
    assert "newer Seller Desk" in done.stderr and "please update" in done.stderr
    assert "unexpected" not in done.stderr


def test_resume_skips_a_job_it_cannot_run_and_finishes_the_others(cli: CliEnv, shop: Any) -> None:
    journal = Journal(_journal(cli))
    poisoned = journal.create_job(
        Action.CANCEL, "shop", "aboutyou", "p.csv", cancel_rows(range(100001, 100011))
    )
    healthy = journal.create_job(
        Action.CANCEL, "shop", "aboutyou", "h.csv", cancel_rows(range(100101, 100151))
    )
    journal._db.execute(
        "UPDATE rows SET order_items = '[1, ' WHERE job_id = ? AND line = 3", (poisoned,)
    )
    journal.close()
    done = cli.run("resume", "--json")
    assert done.returncode == 1  # one job failed
    assert f"job {poisoned} could not be resumed" in done.stderr
    (job,) = json.loads(done.stdout)["jobs"]
    assert job["job"] == healthy and job["state"] == "finished"
    assert job["counts"] == {"succeeded": 50}


def test_the_same_items_in_a_live_job_need_the_extra_step(
    cli: CliEnv, shop: Any, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "c.csv", "order_item_id", [str(100001 + i) for i in range(5)])
    first = cli.run("cancel", str(path), "--profile", "shop", "--yes", "--no-wait", "--json")
    assert json.loads(first.stdout)["state"] == "waiting"  # live: its results not collected
    again = cli.run("cancel", str(path), "--profile", "shop", "--yes", "--json")
    assert again.returncode == 2
    assert "already in an unfinished job of this profile: job 1 (5 item(s))" in again.stderr
    assert "--overlap" in again.stderr
    assert again.stdout == ""  # nothing created, nothing sent
    jobs = json.loads(cli.run("jobs", "--json").stdout)["jobs"]
    assert [job["job"] for job in jobs] == [1]

    anyway = cli.run("cancel", str(path), "--profile", "shop", "--yes", "--overlap", "--json")
    assert "WARNING: 5 of these order items" in anyway.stderr
    assert json.loads(anyway.stdout)["job"] == 2  # the seller said so: one object on stdout
