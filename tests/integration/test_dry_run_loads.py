"""Issue 19: a dry run of an ABOUT YOU cancel file loads only what reading it needs."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.integration.cli_helpers import REPO, CliEnv

# Not needed to read a file ABOUT YOU reads without asking it anything: the profile model, the
# keyring, an HTTP client, an event loop, the journal and the engine.
NOT_LOADED = ("pydantic", "keyring", "httpx", "asyncio", "sqlite3.dbapi2")
NOT_LOADED_OURS = (
    "desktop_app.core.journal",
    "desktop_app.core.engine",
    "desktop_app.core.connect",
)


def _loaded_modules(cli: CliEnv, *args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    done = subprocess.run(
        [*cli.command(*args)[:1], "-X", "importtime", *cli.command(*args)[1:]],
        capture_output=True,
        text=True,
        env=cli.env(),
        cwd=REPO,
        timeout=120,
    )
    names = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return done, names


def test_an_aboutyou_cancel_dry_run_loads_no_model_keyring_client_or_journal(
    tmp_path: Path,
) -> None:
    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    cli.add_profile("shop", "http://127.0.0.1:9", "key-1")
    orders = tmp_path / "orders.csv"
    orders.write_text("order_item_id\n100001\n100001\n1.23457E+11\n\n100002\n", encoding="utf-8")
    done, loaded = _loaded_modules(
        cli, "cancel", str(orders), "--profile", "shop", "--dry-run", "--json"
    )
    assert done.returncode == 1, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["profile"] == "shop"
    assert report["counts"] == {"valid": 2, "duplicate": 1, "invalid": 1}
    assert [row["line"] for row in report["rows"]] == [2, 3, 4, 6]
    assert "Excel shortened this number" in report["rows"][2]["errors"][0]
    top_level = {name.split(".")[0] for name in loaded}
    assert not top_level & {name.split(".")[0] for name in NOT_LOADED[:-1]}
    assert not loaded & {NOT_LOADED[-1], *NOT_LOADED_OURS}


def test_a_dry_run_that_needs_the_marketplace_still_reads_the_profile_whole(
    tmp_path: Path,
) -> None:
    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    cli.add_profile("shop", "http://127.0.0.1:9", "key-1")
    profiles = cli.home / "config" / "profiles.json"
    data = json.loads(profiles.read_text(encoding="utf-8"))
    data["profiles"][0]["batch_size"] = "many"  # damaged: only the model says so
    profiles.write_text(json.dumps(data), encoding="utf-8")
    ship = tmp_path / "ship.csv"
    ship.write_text(
        "order_items,carrier_key,shipment_tracking_key,return_tracking_key\n1,DHL,A1,B1\n",
        encoding="utf-8",
    )
    done = cli.run("ship", str(ship), "--profile", "shop", "--dry-run")
    assert done.returncode == 2
    assert done.stderr.startswith("seller-desk: The profiles file ") and "is damaged" in done.stderr
