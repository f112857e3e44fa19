"""Issue 14, the disk rows, on real file systems: a disk that fills up in the middle of a job, a
read-only data folder, and the modes of the files Seller Desk creates under umask 022."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.errors import StorageError
from desktop_app.core.exporting import export_rows
from desktop_app.core.job_service import JobService
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action, InputRow, Outcome, RowResult
from desktop_app.core.profiles import Profile, ProfileStore
from desktop_app.core.sessions import MarketplaceSessions
from desktop_app.ui.settings import SettingsStore
from tests.fixtures.hostile_server import wait_until
from tests.fixtures.small_disks import fill, remount, tmpfs
from tests.integration.cli_helpers import CliEnv, write_csv
from tests.integration.engine_helpers import FAST, marketplace_for

ROWS = 2000


def _one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "unexpected" not in lines[0] and "Traceback" not in text
    return lines[0]


def _set_batch_size(cli: CliEnv, size: int) -> None:
    profiles = cli.home / "config" / "profiles.json"
    content = json.loads(profiles.read_text())
    for profile in content["profiles"]:
        profile["batch_size"] = size
    profiles.write_text(json.dumps(content))


def _journaled_payload_items(journal: Path) -> list[frozenset[int]]:
    db = sqlite3.connect(f"file:{journal}?mode=ro", uri=True)
    try:
        payloads = [row[0] for row in db.execute("SELECT payload FROM batches")]
    finally:
        db.close()
    return [frozenset(item["id"] for item in json.loads(p)["items"]) for p in payloads]


def test_disk_full_mid_job_stops_it_and_resume_finishes_with_the_truth(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.3)
    ids = list(range(100001, 100001 + ROWS))
    orders = write_csv(tmp_path / "orders.csv", "order_item_id", [str(i) for i in ids])
    with tmpfs(tmp_path / "disk", "12m") as disk:
        cli = CliEnv(home=disk / "home", keyring_file=tmp_path / "keyring.json")
        cli.add_profile("shop", sandbox.base_url, sandbox.api_key)
        _set_batch_size(cli, 40)  # 50 batches: the disk fills while most are still to go
        job = cli.start("cancel", str(orders), "--profile", "shop", "--yes", "--over-threshold")
        assert wait_until(lambda: len(sandbox.state.batches) >= 3, 60)
        filler = fill(disk)
        _, stderr = job.communicate(timeout=120)
        posts_at_fault = len(sandbox.state.batches)

        assert job.returncode == 2, stderr
        said = _one_line(stderr)
        assert "is full" in said and str(cli.home / "data") in said
        assert posts_at_fault < ROWS // 40  # it stopped before its next request
        # Nothing was sent that the journal had not recorded first.
        journal = cli.home / "data" / "journal.sqlite3"
        journaled = _journaled_payload_items(journal)
        for batch in sandbox.state.batches.all():
            assert frozenset(batch.item_ids) in journaled

        filler.unlink()  # space again
        done = cli.run("resume", "--json", timeout=180)
        assert done.returncode == 0, done.stderr
        rows = [row for report in json.loads(done.stdout)["jobs"] for row in report["rows"]]
        listed = cli.run("jobs", "--json")
    every_row = [row for job in json.loads(listed.stdout)["jobs"] for row in job["rows"]]
    assert len(every_row) == ROWS and rows
    assert {row["outcome"] for row in every_row} == {"succeeded"}
    assert all(sandbox.state.item_status(i) == "cancelled" for i in ids)
    assert all(sandbox.state.applied_per_item[i] == 1 for i in ids)


def test_a_read_only_data_folder_gives_one_sentence_for_every_command(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)
    orders = write_csv(tmp_path / "orders.csv", "order_item_id", ["100001", "100002"])
    with tmpfs(tmp_path / "disk", "16m") as disk:
        cli = CliEnv(home=disk / "home", keyring_file=tmp_path / "keyring.json")
        cli.add_profile("shop", sandbox.base_url, sandbox.api_key)
        first = cli.run("cancel", str(orders), "--profile", "shop", "--yes", "--over-threshold")
        assert first.returncode == 0, first.stderr
        before = (cli.home / "data" / "journal.sqlite3").read_bytes()
        remount(disk, read_only=True)
        try:
            for args in (
                ("jobs",),
                ("jobs", "--json"),
                ("resume",),
                ("cancel", str(orders), "--profile", "shop", "--yes", "--over-threshold"),
                ("export", "1", "-o", str(cli.home / "export.csv")),
            ):
                done = cli.run(*args)
                assert done.returncode == 2, (args, done.stdout, done.stderr)
                said = _one_line(done.stderr)
                assert "read-only" in said, said
        finally:
            remount(disk, read_only=False)
        assert (cli.home / "data" / "journal.sqlite3").read_bytes() == before
        assert cli.run("jobs").returncode == 0  # writable again: all is there


def test_files_and_folders_are_private_under_umask_022(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)
    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    orders = write_csv(tmp_path / "orders.csv", "order_item_id", ["100001"])
    export = tmp_path / "out" / "export.csv"
    export.parent.mkdir()

    def run(*args: str, stdin: str = "") -> None:
        done = subprocess.run(
            cli.command(*args),
            input=stdin,
            capture_output=True,
            text=True,
            env=cli.env(),
            timeout=120,
            preexec_fn=lambda: os.umask(0o022),
        )
        assert done.returncode == 0, done.stderr

    run(
        "profile", "add", "shop", "--marketplace", "aboutyou", "--base-url", sandbox.base_url,
        "--environment", "sandbox", stdin=sandbox.api_key + "\n",
    )  # fmt: skip
    run("cancel", str(orders), "--profile", "shop", "--yes", "--over-threshold")
    run("export", "1", "-o", str(export))
    home = cli.home
    for folder in (home / "config", home / "data", home / "logs"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for file in (
        home / "data" / "journal.sqlite3",
        home / "logs" / "seller-desk.log",
        home / "config" / "profiles.json",
        export,
    ):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    for side in home.glob("data/journal.sqlite3-*"):  # WAL and shared memory, if left
        assert stat.S_IMODE(side.stat().st_mode) == 0o600, side


def test_the_window_service_stops_a_job_on_a_full_disk_before_any_request(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    """The window runs jobs through JobService: the fault reaches its one error tier
    (the window's non-modal notice) and nothing was sent that the journal could not record."""
    sandbox = aboutyou_sandbox(latency=0.1)
    profile = Profile(name="shop", marketplace="aboutyou", base_url=sandbox.base_url)
    with tmpfs(tmp_path / "disk", "8m") as disk:
        journal = Journal(disk / "journal.sqlite3")
        rows = [InputRow(line, (100000 + line,)) for line in range(2, 12)]
        job_id = journal.create_job(Action.CANCEL, "shop", "aboutyou", "f.csv", rows)
        filler = fill(disk)
        reported: list[BaseException] = []

        async def main() -> None:
            service = JobService(
                journal,
                lambda name: profile,
                MarketplaceSessions(lambda p: marketplace_for(sandbox)),
                settings=FAST,
                on_error=lambda _job, error: reported.append(error),
            )
            service.start(job_id)
            await service.wait_all()
            await asyncio.sleep(0)  # the done-callback runs a turn later
            await service.aclose()

        asyncio.run(main())
        filler.unlink()
        journal.close()
    assert len(reported) == 1 and isinstance(reported[0], StorageError)
    assert "is full" in str(reported[0]) and str(disk) in str(reported[0])
    assert sandbox.state.request_count() == 0  # stopped before its first request


def test_exports_profiles_and_settings_say_a_read_only_folder_in_one_sentence(
    tmp_path: Path,
) -> None:
    row = RowResult(2, (100001,), None, Outcome.SUCCEEDED, ())
    with tmpfs(tmp_path / "disk", "4m") as disk:
        (disk / "config").mkdir()
        remount(disk, read_only=True)
        try:
            attempts = {
                "the export": lambda: export_rows(disk / "out.csv", Action.CANCEL, [row]),
                "the profiles": lambda: ProfileStore(disk / "config" / "profiles.json").save(
                    Profile(name="shop", marketplace="aboutyou", base_url="https://x.example")
                ),
                "the window settings": lambda: SettingsStore(disk / "config" / "s.json").save(),
            }
            for what, attempt in attempts.items():
                try:
                    attempt()
                except StorageError as error:
                    said = str(error)
                else:
                    raise AssertionError(f"{what} was written on a read-only disk")
                assert what in said and "read-only" in said and str(disk) in said, said
        finally:
            remount(disk, read_only=False)


def test_on_a_full_disk_the_reserve_records_what_was_sent_then_stops_the_next_request(
    tmp_path: Path,
) -> None:
    with tmpfs(tmp_path / "disk", "8m") as disk:
        journal = Journal(disk / "journal.sqlite3")
        assert (disk / "journal.sqlite3.reserve").exists()
        job_id = journal.create_job(Action.CANCEL, "shop", "aboutyou", "f.csv", [InputRow(2, (7,))])
        batch_id = journal.add_batch(job_id, '{"items":[{"id":7}]}', [2])
        journal.require_room()  # room to send
        filler = fill(disk)
        # The request went out; its answer must be journaled although the disk is full.
        journal.set_batch_submitted(batch_id, "6f1c2b3a-0000-4000-8000-000000000001")
        assert journal.batch(batch_id).request_id == "6f1c2b3a-0000-4000-8000-000000000001"
        with pytest.raises(StorageError, match="is full"):
            journal.require_room()  # so no next request goes out
        filler.unlink()
        journal.require_room()  # space again: the reserve is back, and so is sending
        assert (disk / "journal.sqlite3.reserve").stat().st_size > 0
        journal.close()
