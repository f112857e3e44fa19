"""A canary API key must never show up in files, logs or any command's output."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from desktop_app.core.logging_setup import configure_logging
from desktop_app.core.paths import app_paths
from desktop_app.core.redaction import register_secret
from tests.integration.cli_helpers import CliEnv, write_csv

CANARY = "canary-7f3a9c1e-DO-NOT-LEAK"


def _all_bytes_under(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_canary_key_never_reaches_files_logs_or_output(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)  # its key differs: every call is refused with 401
    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    cli.add_profile("leaky", sandbox.base_url, CANARY)
    orders = write_csv(tmp_path / "orders.csv", "order_item_id", ["100001", "100002"])
    ship = write_csv(
        tmp_path / "ship.csv",
        "order_item_id,carrier_key,shipment_tracking_key,return_tracking_key",
        ["100001,DHL_STD_NATIONAL,T,R"],
    )
    outputs: list[str] = []
    for args in (
        ("profile", "list"),
        ("profile", "test", "leaky"),
        ("cancel", str(orders), "--profile", "leaky", "--yes", "--json"),
        ("cancel", str(orders), "--profile", "leaky", "--yes"),
        ("ship", str(ship), "--profile", "leaky", "--yes", "--json"),
        ("ship", str(ship), "--profile", "leaky", "--dry-run"),
        ("jobs", "--json"),
        ("resume", "--json"),
        ("export", "1", "-o", str(tmp_path / "home" / "export.csv")),
    ):
        done = cli.run(*args)
        outputs.append(done.stdout + done.stderr)
    assert any("refused the API key" in out for out in outputs)
    assert CANARY not in "".join(outputs)
    assert CANARY.encode() not in _all_bytes_under(cli.home)
    assert (cli.home / "logs").exists()
    # An unreachable host (connection refused) takes another error path.
    cli.add_profile("nowhere", "http://127.0.0.1:9", CANARY)
    done = cli.run("cancel", str(orders), "--profile", "nowhere", "--yes")
    assert CANARY not in done.stdout + done.stderr
    assert CANARY.encode() not in _all_bytes_under(cli.home)


def test_log_records_mask_a_known_secret_even_in_tracebacks(seller_desk_home: Path) -> None:
    paths = app_paths().ensure()
    configure_logging(paths)
    register_secret(CANARY)
    log = logging.getLogger("desktop_app.test")
    try:
        raise RuntimeError(f"bad key {CANARY}")
    except RuntimeError:
        log.exception("failed with %s", CANARY)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (paths.log_dir / "seller-desk.log").read_text()
    assert "failed with ***" in text and "bad key ***" in text
    assert CANARY not in text
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "seller_desk", False)]:
        root.removeHandler(handler)
        handler.close()
