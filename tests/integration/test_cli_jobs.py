"""The CLI contract, run as a real subprocess against the sandbox on 127.0.0.1."""

from __future__ import annotations

import json
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
    sandbox = aboutyou_sandbox(latency=0.2)
    cli.add_profile("shop", sandbox.base_url, KEY)
    return sandbox


def test_profile_add_keeps_the_key_in_the_keyring_only(cli: CliEnv, shop: Any) -> None:
    assert KEY in cli.keyring_file.read_text()
    assert KEY not in (cli.home / "config" / "profiles.json").read_text()
    listed = cli.run("profile", "list")
    assert listed.returncode == 0 and "shop\taboutyou\tsandbox" in listed.stdout
    tested = cli.run("profile", "test", "shop")
    assert tested.returncode == 0, tested.stderr
    assert "22 carrier keys" in tested.stdout
    assert cli.run("profile", "remove", "shop").returncode == 0
    assert KEY not in cli.keyring_file.read_text()


def test_dry_run_json_reports_exactly_the_files_outcomes(
    cli: CliEnv, shop: Any, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "orders.csv",
        "order_item_id",
        ["100001", "1.23457E+11", "100002", "100001", "abc"],
    )
    done = cli.run("cancel", str(path), "--profile", "shop", "--dry-run", "--json")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["job"] is None and report["action"] == "cancel"
    assert [(r["line"], r["outcome"]) for r in report["rows"]] == [
        (2, "valid"),
        (3, "invalid"),
        (4, "valid"),
        (5, "duplicate"),
        (6, "invalid"),
    ]
    assert "Excel shortened this number" in report["rows"][1]["errors"][0]
    assert report["counts"] == {"valid": 2, "invalid": 2, "duplicate": 1}
    assert shop.state.request_count("orders/cancel") == 0


def test_cancel_with_yes_runs_to_completion_and_exits_0(
    cli: CliEnv, shop: Any, tmp_path: Path
) -> None:
    ids = [str(i) for i in range(100001, 100041)]
    path = write_csv(tmp_path / "orders.csv", "order_item_id", ids)
    done = cli.run("cancel", str(path), "--profile", "shop", "--yes", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["state"] == "finished" and report["counts"] == {"succeeded": 40}
    assert all(row["batch"] for row in report["rows"])
    assert shop.state.item_status(100040) == "cancelled"


def test_a_failed_row_makes_the_exit_code_1(cli: CliEnv, shop: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "orders.csv", "order_item_id", ["100001", "999999"])
    done = cli.run("cancel", str(path), "--profile", "shop", "--yes", "--json")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["counts"] == {"succeeded": 1, "failed": 1}


def test_without_yes_and_without_a_terminal_nothing_is_sent(
    cli: CliEnv, shop: Any, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "orders.csv", "order_item_id", ["100001"])
    done = cli.run("cancel", str(path), "--profile", "shop")
    assert done.returncode == 2
    assert "--yes" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert shop.state.request_count("orders/cancel") == 0


def test_ship_uses_the_carrier_option_and_checks_carrier_keys(
    cli: CliEnv, shop: Any, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "ship.csv",
        "order_items,shipment_tracking_key,return_tracking_key",
        ["100001,T1,R1", '"100002;100003",T2,R2'],
    )
    done = cli.run(
        "ship", str(path), "--profile", "shop", "--carrier", "DHL_STD_NATIONAL", "--yes", "--json"
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"] == {"succeeded": 2}
    assert shop.state.item_status(100003) == "shipped"
    bad = cli.run(
        "ship", str(path), "--profile", "shop", "--carrier", "NOPE", "--dry-run", "--json"
    )
    assert {row["outcome"] for row in json.loads(bad.stdout)["rows"]} == {"invalid"}


def test_no_wait_then_resume_finishes_the_job(cli: CliEnv, shop: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "orders.csv", "order_item_id", ["100001", "100002"])
    sent = cli.run("cancel", str(path), "--profile", "shop", "--yes", "--no-wait", "--json")
    assert sent.returncode == 1
    assert json.loads(sent.stdout)["counts"] == {"pending": 2}
    resumed = cli.run("resume", "--json")
    assert resumed.returncode == 0, resumed.stderr
    (job,) = json.loads(resumed.stdout)["jobs"]
    assert job["state"] == "finished" and job["counts"] == {"succeeded": 2}
    assert shop.state.applied_per_item[100001] == 1


def test_jobs_lists_newest_first_and_export_of_failed_rows_reimports(
    cli: CliEnv, shop: Any, tmp_path: Path
) -> None:
    first = write_csv(tmp_path / "a.csv", "order_item_id", ["100001"])
    second = write_csv(tmp_path / "b.csv", "order_item_id", ["100002", "999998", "999999"])
    cli.run("cancel", str(first), "--profile", "shop", "--yes")
    cli.run("cancel", str(second), "--profile", "shop", "--yes")
    jobs = json.loads(cli.run("jobs", "--json").stdout)["jobs"]
    assert [job["job"] for job in jobs] == [2, 1]
    out = tmp_path / "failed.csv"
    exported = cli.run("export", "2", "--failed", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    again = cli.run("cancel", str(out), "--profile", "shop", "--dry-run", "--json")
    rows = json.loads(again.stdout)["rows"]
    assert [(row["order_items"], row["outcome"]) for row in rows] == [
        ([999998], "valid"),
        ([999999], "valid"),
    ]


@pytest.mark.parametrize(
    "args, message",
    [
        (["cancel", "missing.csv", "--profile", "shop", "--yes"], "no file"),
        (["cancel", "{file}", "--profile", "nobody", "--yes"], "no profile named 'nobody'"),
        (["export", "42", "-o", "x.csv"], "no job 42"),
    ],
)
def test_usage_and_file_problems_exit_2_with_one_line(
    cli: CliEnv, shop: Any, tmp_path: Path, args: list[str], message: str
) -> None:
    path = write_csv(tmp_path / "orders.csv", "order_item_id", ["100001"])
    done = cli.run(*[arg.replace("{file}", str(path)) for arg in args])
    assert done.returncode == 2
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_wrong_key_exits_2_and_names_the_problem(
    cli: CliEnv, aboutyou_sandbox: Any, tmp_path: Path
) -> None:
    sandbox = aboutyou_sandbox()
    cli.add_profile("wrong", sandbox.base_url, "not-the-key")
    path = write_csv(
        tmp_path / "ship.csv",
        "order_item_id,carrier_key,shipment_tracking_key,return_tracking_key",
        ["100001,DHL_STD_NATIONAL,T,R"],
    )
    done = cli.run("ship", str(path), "--profile", "wrong", "--yes")
    assert done.returncode == 2
    assert "refused the API key" in done.stderr
    assert "not-the-key" not in done.stderr + done.stdout


def test_without_a_usable_keyring_the_key_is_refused_not_written(
    cli: CliEnv, tmp_path: Path
) -> None:
    env = cli.env()
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    import subprocess

    done = subprocess.run(
        cli.command(
            "profile",
            "add",
            "p",
            "--marketplace",
            "aboutyou",
            "--base-url",
            "https://example.com",
            "--environment",
            "sandbox",
        ),
        input="secret-canary-123\n",
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 2
    assert "No usable keyring" in done.stderr
    assert not (cli.home / "config" / "profiles.json").exists()
