"""`seller-desk` with a SellerCenter profile, as a real subprocess against the sandbox."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from desktop_app.core.journal import Journal
from desktop_app.core.models import JobRecord, JobState, Outcome, RowResult
from desktop_app.core.profiles import ProfileStore
from tests.fixtures.sandboxes import SellerCenterFactory, SellerCenterHandle
from tests.integration.cli_helpers import CliEnv, write_csv

FAST_BUDGETS = {"cancel": 10_000, "ship": 10_000, "lookup": 10_000}
SELLER_ID = "SC12345"


def cli_with_profile(
    tmp_path: Path,
    sandbox: SellerCenterHandle,
    *,
    key: str | None = None,
    options: dict[str, str] | None = None,
) -> CliEnv:
    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    added = cli.run(
        "profile",
        "add",
        "shop",
        "--marketplace",
        "sellercenter",
        "--base-url",
        sandbox.base_url,
        "--environment",
        "sandbox",
        "--user-id",
        sandbox.user_id,
        stdin=(key or sandbox.api_key) + "\n",
    )
    assert added.returncode == 0, added.stderr
    # Budgets and column defaults have no flags yet: set them in the profiles file.
    store = ProfileStore(cli.home / "config" / "profiles.json")
    profile = store.get("shop")
    options = {"seller_id": SELLER_ID, "platform": sandbox.state.config.platform, **(options or {})}
    store.save(profile.model_copy(update={"budgets": FAST_BUDGETS, "options": options}))
    return cli


def jobs_in(cli: CliEnv) -> list[JobRecord]:
    journal_file = cli.home / "data" / "journal.sqlite3"
    if not journal_file.exists():
        return []
    journal = Journal(journal_file)
    try:
        return journal.jobs()
    finally:
        journal.close()


def test_dry_run_reads_german_columns_checks_reasons_and_sends_nothing(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox()
    first, second = sandbox.pending_ids(2)
    cli = cli_with_profile(tmp_path, sandbox)
    csv = write_csv(
        tmp_path / "storno.csv",
        "Bestellposition;Stornogrund;Kommentar",
        [f"{first};out of stock;Lager leer", f"{second};Keine Lust;"],
    )
    done = cli.run("cancel", str(csv), "--profile", "shop", "--dry-run", "--json")
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert [row["outcome"] for row in report["rows"]] == ["valid", "invalid"]
    assert "Keine Lust" in report["rows"][1]["errors"][0]
    assert not sandbox.state.applications


def test_cancel_without_a_reason_column_uses_the_profile_default_reason(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox()
    ids = sandbox.pending_ids(3)
    cli = cli_with_profile(tmp_path, sandbox, options={"cancel_reason": "Wrong address"})
    csv = write_csv(tmp_path / "cancel.csv", "order_item_id", [str(i) for i in ids])
    done = cli.run("cancel", str(csv), "--profile", "shop", "--yes", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"] == {"succeeded": 3}
    assert [sandbox.state.items[i].reason for i in ids] == ["Wrong address"] * 3
    assert [sandbox.state.status(i) for i in ids] == ["canceled"] * 3


def test_ship_with_several_items_per_cell_and_the_profile_default_provider(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox(platform="generic")  # the older flow names a provider
    order = next(
        o
        for o in sandbox.state.orders.values()
        if len(o.item_ids) == 2 and sandbox.state.status(o.item_ids[0]) == "pending"
    )
    ids = order.item_ids
    cli = cli_with_profile(tmp_path, sandbox, options={"shipping_provider": "DHL"})
    csv = write_csv(
        tmp_path / "ship.csv",
        "Bestellpositionen,Sendungsnummer",
        [f'"{ids[0]}, {ids[1]}",4711000099'],
    )
    done = cli.run("ship", str(csv), "--profile", "shop", "--yes", "--json")
    assert done.returncode == 0, done.stderr + done.stdout
    assert [sandbox.state.status(i) for i in ids] == ["ready_to_ship"] * 2
    assert {sandbox.state.items[i].shipment_provider for i in ids} == {"DHL"}


def test_a_wrong_api_key_stops_with_check_the_user_id_and_key(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox()
    cli = cli_with_profile(tmp_path, sandbox, key="wrong-key")
    csv = write_csv(tmp_path / "cancel.csv", "order_item_id,reason", ["100001,Out of stock"])
    done = cli.run("cancel", str(csv), "--profile", "shop", "--yes")
    assert done.returncode == 2
    assert "check the user id and API key" in done.stderr
    assert "wrong-key" not in done.stderr + done.stdout
    assert not sandbox.state.applications


ROWS = 40
KILLS = 4


def kill_then_resume(
    cli: CliEnv, action: str, csv: Path, rng: random.Random
) -> tuple[subprocess.CompletedProcess[str], list[RowResult]]:
    """Start the job, kill -9 it at random instants, resume it, and so on; then one resume to
    the end. Returns that last run and the job's rows."""
    kills = started = 0
    while kills < KILLS and started < 3 * KILLS:
        jobs = jobs_in(cli)
        if jobs and jobs[0].state is JobState.FINISHED:
            break
        if jobs:
            process = cli.start("resume")
        else:
            process = cli.start(action, str(csv), "--profile", "shop", "--yes")
            deadline = time.monotonic() + 30  # a slow start (busy machine): kill once it runs
            while not jobs_in(cli) and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
        started += 1
        time.sleep(rng.uniform(0.6, 1.6))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(timeout=30)
    assert kills >= 2, "the job finished before the kills could land"
    if not jobs_in(cli):
        done = cli.run(action, str(csv), "--profile", "shop", "--yes", timeout=180)
        assert jobs_in(cli), done.stderr
    final = cli.run("resume", "--json", timeout=180)
    return final, _rows_of(cli)


def test_sigkill_mid_job_then_resume_settles_every_row_once_and_applies_every_item_once(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    # Answers come late, so most kills land after SellerCenter applied a change and before the
    # journal heard of it: the resume must learn it from the item's status.
    sandbox = sellercenter_sandbox(answer_delay=0.08)
    ids = sandbox.pending_ids(ROWS)
    cli = cli_with_profile(tmp_path, sandbox)
    csv = write_csv(
        tmp_path / "cancel.csv", "order_item_id,reason", [f"{i},Out of stock" for i in ids]
    )
    final, rows = kill_then_resume(cli, "cancel", csv, random.Random(20261123))
    assert final.returncode == 0, final.stderr
    assert [row.line for row in rows] == list(range(2, ROWS + 2))
    assert [item for row in rows for item in row.order_items] == ids
    assert {row.outcome for row in rows} == {Outcome.SUCCEEDED}, json.loads(final.stdout)
    assert all(sandbox.state.applications[i] == 1 for i in ids), sandbox.state.applications


def test_sigkill_during_a_falabella_ship_job_packs_and_ships_every_item_once(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    # Answers come late and some requests fail transiently, so kills land between a change and
    # its journaling, and between pack and ready-to-ship.
    sandbox = sellercenter_sandbox(
        answer_delay=0.1, items=400, seller_id=SELLER_ID, transient_rate=0.05
    )
    orders = [
        order.item_ids
        for order in sandbox.state.orders.values()
        if all(sandbox.state.items[i].status == "pending" for i in order.item_ids)
    ][:SHIP_ROWS]
    cli = cli_with_profile(tmp_path, sandbox)
    csv = write_csv(
        tmp_path / "ship.csv",
        "order_item_ids,delivery_type",
        [f'"{",".join(str(i) for i in ids)}",dropship' for ids in orders],
    )
    final, rows = kill_then_resume(cli, "ship", csv, random.Random(20261201))
    assert final.returncode == 0, final.stderr
    assert [list(row.order_items) for row in rows] == orders
    for row in rows:  # every row ends with its items' real status
        shipped = {sandbox.state.status(i) == "ready_to_ship" for i in row.order_items}
        assert shipped == {row.outcome is Outcome.SUCCEEDED}, (row, sandbox.state.status)
    assert {row.outcome for row in rows} == {Outcome.SUCCEEDED}, json.loads(final.stdout)
    items = [i for ids in orders for i in ids]
    assert all(sandbox.state.packs[i] == 1 for i in items), sandbox.state.packs
    assert all(sandbox.state.ships[i] == 1 for i in items), sandbox.state.ships


SHIP_ROWS = 60


@pytest.mark.parametrize("platform", ["falabella", "generic"])
def test_an_item_shipped_before_the_job_then_kill_and_resume_reads_as_an_uninterrupted_run(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory, platform: str
) -> None:
    def shipped_elsewhere(sandbox: SellerCenterHandle) -> list[int]:
        ids = sandbox.pending_order()
        for item in ids:  # ready to ship before the job, with another tracking number
            shipped = sandbox.state.items[item]
            shipped.status, shipped.packed, shipped.tracking_code = (
                "ready_to_ship",
                True,
                "9000000001",
            )
            shipped.package_id = f"PKG{shipped.order_id:010d}"
        return ids

    def ship_file(folder: Path, ids: list[int]) -> Path:
        folder.mkdir()
        return write_csv(
            folder / "ship.csv",
            "order_item_ids,shipping_provider,tracking_number",
            [f'"{",".join(map(str, ids))}",DHL,4711000009'],
        )

    straight = sellercenter_sandbox(seller_id=SELLER_ID, platform=platform)
    ids = shipped_elsewhere(straight)
    cli = cli_with_profile(tmp_path / "a", straight)
    done = cli.run("ship", str(ship_file(tmp_path / "fa", ids)), "--profile", "shop", "--yes")
    (uninterrupted,) = _rows_of(cli)

    # The same, killed while SellerCenter's answer to ready-to-ship is on its way.
    killed = sellercenter_sandbox(answer_delay=5.0, seller_id=SELLER_ID, platform=platform)
    ids = shipped_elsewhere(killed)
    cli = cli_with_profile(tmp_path / "b", killed)
    process = cli.start("ship", str(ship_file(tmp_path / "fb", ids)), "--profile", "shop", "--yes")
    deadline = time.monotonic() + 60
    while "SetStatusToReadyToShip" not in killed.state.actions and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert "SetStatusToReadyToShip" in killed.state.actions
    cli.run("resume", "--json", timeout=90)
    (resumed,) = _rows_of(cli)

    assert done.returncode == 1 and uninterrupted.outcome is Outcome.FAILED
    assert any("E073" in error for error in uninterrupted.errors), uninterrupted.errors
    assert (resumed.outcome, resumed.errors) == (uninterrupted.outcome, uninterrupted.errors)
    assert all(killed.state.ships[i] == 0 for i in ids)


def _rows_of(cli: CliEnv) -> list[RowResult]:
    (job,) = jobs_in(cli)
    journal = Journal(cli.home / "data" / "journal.sqlite3")
    try:
        return journal.rows(job.id)
    finally:
        journal.close()
