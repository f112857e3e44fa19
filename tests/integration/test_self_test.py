"""`seller-desk --self-test` passes unfrozen too: the frozen smoke test runs the same code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_self_test(home: Path | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SELLER_DESK_HOME"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if home is not None:
        env["SELLER_DESK_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_self_test_passes_offscreen_and_writes_the_journal_in_the_chosen_home(
    tmp_path: Path,
) -> None:
    result = run_self_test(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: journal written" in result.stdout
    assert "self-test: passed" in result.stdout
    assert (tmp_path / "data" / "demo-journal.sqlite3").is_file()


def test_self_test_without_a_home_uses_a_temporary_one_and_leaves_nothing() -> None:
    result = run_self_test(None)
    assert result.returncode == 0, result.stdout + result.stderr
    line = next(x for x in result.stdout.splitlines() if "SELLER_DESK_HOME=" in x)
    home = Path(line.split("SELLER_DESK_HOME=", 1)[1])
    assert "seller-desk-self-test-" in home.name
    assert not home.exists()
