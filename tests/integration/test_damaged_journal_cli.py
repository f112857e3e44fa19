"""Issue 14: a zero-length journal no longer silently becomes a new one. Every command says so in
one line (exit 2) and changes nothing; `journal move-aside` keeps it and starts afresh."""

from __future__ import annotations

from pathlib import Path

from tests.integration.cli_helpers import CliEnv


def test_a_zero_length_journal_is_said_kept_and_moved_aside_on_request(tmp_path: Path) -> None:
    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    journal = cli.home / "data" / "journal.sqlite3"
    journal.parent.mkdir(parents=True)
    journal.write_bytes(b"")
    for args in (("jobs",), ("jobs", "--json"), ("resume",), ("journal", "check")):
        done = cli.run(*args)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert done.stdout == ""
        said = done.stderr.strip()
        assert "\n" not in said and "damaged (the file is empty)" in said
        assert "seller-desk journal move-aside" in said
        assert journal.read_bytes() == b""  # not silently turned into a new journal

    moved = cli.run("journal", "move-aside")
    assert moved.returncode == 0, moved.stderr
    kept = list(journal.parent.glob("journal.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"" and str(kept[0]) in moved.stdout
    assert cli.run("jobs").returncode == 0
    checked = cli.run("journal", "check")
    assert checked.returncode == 0 and "opens fine" in checked.stdout
    refused = cli.run("journal", "move-aside")  # a healthy journal stays where it is
    assert refused.returncode == 2 and "not damaged" in refused.stderr
    assert len(list(journal.parent.glob("journal.sqlite3.damaged-*"))) == 1
