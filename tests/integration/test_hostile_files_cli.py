"""Issue 14: each hostile file through `seller-desk cancel FILE --profile P --dry-run`, a real
subprocess: exit 2 with one line on stderr, within 300 MB of peak RSS (where the system reports
it). The old code ran to 2-7 GB, past 120 s, or cancelled items nobody meant.

A generous timeout only guards against a hang; the wall times are the benchmark's to print
(tests/bench/hostile_files.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures import hostile_files as hostile
from tests.fixtures.sandboxes import AboutYouFactory, SellerCenterFactory
from tests.integration.cli_helpers import CliEnv
from tests.integration.test_sellercenter_cli import cli_with_profile

PEAK_MB = 300
# What the one line says, per hostile file that the CLI refuses as a whole.
REFUSED = {
    "xlsx_cell_expanding_to_1_gb": "uncompressed, over the limit of 256 MB",
    "xlsx_2_gb_of_empty_rows": "uncompressed, over the limit of 256 MB",
    "xlsx_3_million_rows": "more than 1,048,576 rows",
    "csv_unclosed_quote": 'Line 2 opens a quote (") that is never closed',
    "csv_40_mb_line": "Line 2 is over 1,048,576 characters long",
    "csv_million_columns": "Line 2 has more than 16,384 columns",
}


def _cli(
    tmp_path: Path, marketplace: str, aboutyou: AboutYouFactory, sellercenter: SellerCenterFactory
) -> CliEnv:
    if marketplace == "sellercenter":
        return cli_with_profile(tmp_path, sellercenter(), options={"cancel_reason": "Out of stock"})
    sandbox = aboutyou()
    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    cli.add_profile("shop", sandbox.base_url, sandbox.api_key)
    return cli


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_hostile_file_ends_with_one_line_and_exit_2_within_the_memory_limit(
    name: str,
    tmp_path: Path,
    aboutyou_sandbox: AboutYouFactory,
    sellercenter_sandbox: SellerCenterFactory,
) -> None:
    write, filename, marketplace = hostile.HOSTILE[name]
    cli = _cli(tmp_path, marketplace, aboutyou_sandbox, sellercenter_sandbox)
    path = write(tmp_path / filename)
    done = hostile.run_measured(
        cli.command("cancel", str(path), "--profile", "shop", "--dry-run"), cli.env(), timeout=120
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and REFUSED[name] in lines[0], done.stderr
    if done.peak_mb is not None:
        assert done.peak_mb <= PEAK_MB, f"{name}: {done.peak_mb:.0f} MB"


@pytest.mark.parametrize("name", ["xlsx_20000_digit_id", "csv_20000_digit_id"])
def test_a_20000_digit_id_is_an_invalid_row_not_a_traceback(
    name: str, tmp_path: Path, aboutyou_sandbox: AboutYouFactory
) -> None:
    write, filename, _ = hostile.HOSTILE[name]
    sandbox = aboutyou_sandbox()
    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    cli.add_profile("shop", sandbox.base_url, sandbox.api_key)
    done = cli.run("cancel", str(write(tmp_path / filename)), "--profile", "shop", "--dry-run")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "unexpected" not in done.stderr
    assert "has 20,000 digits; an order item id has at most 20" in done.stdout + done.stderr
