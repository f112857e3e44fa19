"""The undo window and the cancellation guard on the command line, as a real subprocess."""

from __future__ import annotations

import json
import signal
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.integration.cli_helpers import CliEnv, write_csv

KEY = "sandbox-demo-key"


@pytest.fixture
def cli(tmp_path: Path) -> CliEnv:
    return CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")


@pytest.fixture
def shop(cli: CliEnv, aboutyou_sandbox: Any) -> Any:
    # Orders from the last week, so the guard has a week of order items to divide by.
    sandbox = aboutyou_sandbox(latency=0.1, items=200, base_time=datetime.now(UTC))
    cli.add_profile("shop", sandbox.base_url, KEY)
    return sandbox


def _job_state(cli: CliEnv) -> str | None:
    journal = cli.home / "data" / "journal.sqlite3"
    if not journal.exists():
        return None
    with sqlite3.connect(journal) as db:
        try:
            row = db.execute("SELECT state FROM jobs ORDER BY id DESC").fetchone()
        except sqlite3.OperationalError:  # created, not migrated yet
            return None
    return None if row is None else str(row[0])


def _wait_scheduled(cli: CliEnv, process: Any) -> None:
    deadline = time.monotonic() + 60
    while _job_state(cli) != "scheduled":
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the job was never scheduled"
        time.sleep(0.05)


def test_kill_during_the_countdown_then_resume_sends_nothing_and_offers_the_job(
    cli: CliEnv, shop: Any, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "c.csv", "order_item_id", ["100001"])
    process = cli.start(
        "cancel", str(path), "--profile", "shop", "--yes", "--delay", "60", "--json"
    )
    _wait_scheduled(cli, process)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)

    resumed = cli.run("resume", "--json")
    assert resumed.returncode == 1
    report = json.loads(resumed.stdout)
    assert report["jobs"] == []
    (offered,) = report["not_sent"]
    assert offered["state"] == "scheduled" and offered["counts"] == {"pending": 1}
    assert f"seller-desk send {offered['job']}" in resumed.stderr
    assert f"seller-desk withdraw {offered['job']}" in resumed.stderr
    assert shop.state.request_count("orders/cancel") == 0

    sent = cli.run("send", str(offered["job"]), "--json")
    assert sent.returncode == 0, sent.stderr
    assert json.loads(sent.stdout)["counts"] == {"succeeded": 1}
    assert shop.state.applied_per_item[100001] == 1


def test_withdraw_takes_back_a_job_that_was_never_sent(
    cli: CliEnv, shop: Any, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "c.csv", "order_item_id", ["100002", "100003"])
    process = cli.start("cancel", str(path), "--profile", "shop", "--yes", "--delay", "60")
    _wait_scheduled(cli, process)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)

    withdrawn = cli.run("withdraw", "1", "--json")
    assert withdrawn.returncode == 0, withdrawn.stderr
    report = json.loads(withdrawn.stdout)
    assert report["state"] == "finished" and report["counts"] == {"withdrawn": 2}
    assert cli.run("send", "1").returncode == 2  # nothing left to send
    assert cli.run("resume").returncode == 0
    assert shop.state.request_count("orders/cancel") == 0


def test_ctrl_c_during_the_delay_withdraws_the_job(cli: CliEnv, shop: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", "order_item_id", ["100004"])
    process = cli.start(
        "cancel", str(path), "--profile", "shop", "--yes", "--delay", "60", "--json"
    )
    _wait_scheduled(cli, process)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 1, err
    assert json.loads(out)["counts"] == {"withdrawn": 1}
    assert shop.state.request_count("orders/cancel") == 0


def test_yes_refuses_a_cancel_above_the_threshold_unless_told_otherwise(
    cli: CliEnv, shop: Any, tmp_path: Path
) -> None:
    # 20 of the week's 200 order items is 10 %, far above the default 2 %.
    ids = [str(100001 + n) for n in range(20)]
    path = write_csv(tmp_path / "c.csv", "order_item_id", ids)
    refused = cli.run("cancel", str(path), "--profile", "shop", "--yes")
    assert refused.returncode == 2
    assert "above the profile's 2 %" in refused.stderr and "--over-threshold" in refused.stderr
    assert "this job adds 20" in refused.stdout and "of 200 order items" in refused.stdout
    assert shop.state.request_count("orders/cancel") == 0

    done = cli.run("cancel", str(path), "--profile", "shop", "--yes", "--over-threshold")
    assert done.returncode == 0, done.stderr
    assert shop.state.request_count("orders/cancel") == 1
