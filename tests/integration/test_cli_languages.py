"""The CLI in the seller's language (issue 17), run as a real subprocess against the sandbox:
`--lang`, else LANG; human output, prompts and errors translated, `--json` keys unchanged."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.integration.cli_helpers import CliEnv, write_csv

KEY = "sandbox-demo-key"
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
# Words of English sentences that are no words of German or Spanish ("in", "was", "no" are).
ENGLISH = re.compile(
    r"\b(the|is|are|and|of|to|with|for|job|jobs|row|rows|line|not|sent|file|has|this|that"
    r"|nothing|items|order|already|cannot|been|it|its|there|you|your|be|on|at|pass|see)\b"
)
# What is no sentence: `commands`, --flags, addresses and the marketplace's own words (shown as
# it sent them, inside a translated sentence).
NOT_WORDS = re.compile(r"`[^`]*`|--[\w-]+|https?://\S+|Order item \d+ not found")


@dataclass(frozen=True)
class LocaleCli(CliEnv):
    """The CLI under a chosen locale: tests/conftest.py's LANGUAGE=en is taken away."""

    locale: dict[str, str] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        env = super().env()
        for name in LOCALE_VARIABLES:
            env.pop(name, None)
        env.update(self.locale)
        return env


def english_lines(output: str, *paths: Path) -> list[str]:
    found = []
    for line in output.splitlines():
        text = line
        for path in paths:
            text = text.replace(str(path), "")
        if ENGLISH.search(NOT_WORDS.sub("", text)):
            found.append(line)
    return found


def help_text(output: str) -> str:
    """--help without its usage block and the names of its commands and positional arguments
    (argparse's syntax, not words)."""
    _, _, rest = output.partition("\n\n")
    return "\n".join(re.sub(r"^\s+[a-z][\w-]*(\s{2,}|$)", "", line) for line in rest.splitlines())


@pytest.fixture
def shop(aboutyou_sandbox: Any) -> Any:
    return aboutyou_sandbox(latency=0.2)


def _cli(tmp_path: Path, shop: Any, **locale: str) -> LocaleCli:
    cli = LocaleCli(tmp_path / "home", tmp_path / "keyring.json", locale)
    cli.add_profile("shop", shop.base_url, KEY)
    return cli


def _awkward_file(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "orders.csv",
        "order_item_id",
        ["100001", "1.23457E+11", "100002", "100001", "abc"],
    )


def test_lang_es_prints_the_dry_run_in_spanish(tmp_path: Path, shop: Any) -> None:
    cli = _cli(tmp_path, shop)
    path = _awkward_file(tmp_path)
    done = cli.run("--lang", "es", "cancel", str(path), "--profile", "shop", "--dry-run")
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert "Leído como UTF-8, una columna." in lines
    assert "proceso (simulación): simulación — 1 duplicada, 2 inválidas, 2 válidas" in lines
    rows = [line for line in lines if line.startswith("  ")]
    assert [row.split(":")[0] for row in rows] == ["  inválida", "  duplicada", "  inválida"]
    assert rows[0].startswith("  inválida: Línea 3")
    assert english_lines(done.stdout, tmp_path) == []
    assert shop.state.request_count("orders/cancel") == 0


def test_lang_from_LANG_prints_german_and_json_keeps_its_keys(tmp_path: Path, shop: Any) -> None:
    cli = _cli(tmp_path, shop, LANG="de_DE.UTF-8")
    path = _awkward_file(tmp_path)
    done = cli.run("cancel", str(path), "--profile", "shop", "--dry-run")
    assert done.returncode == 1, done.stderr
    assert "Vorgang (Probelauf): Probelauf — 1 doppelt, 2 ungültig, 2 gültig" in done.stdout
    assert "  ungültig: Zeile 3" in done.stdout
    assert english_lines(done.stdout, tmp_path) == []

    # --json: the same keys and enum values as in English; only the messages follow LANG.
    english_cli = LocaleCli(cli.home, cli.keyring_file, {"LANGUAGE": "en"})
    args = ("cancel", str(path), "--profile", "shop", "--dry-run", "--json")
    german, english = (json.loads(c.run(*args).stdout) for c in (cli, english_cli))
    assert german["rows"][1]["errors"][0].startswith("Zeile 3")
    assert english["rows"][1]["errors"][0].startswith("Line 3")
    for report in (german, english):
        for row in report["rows"]:
            row["errors"] = len(row["errors"])
    assert german == english
    assert german["state"] == "dry-run" and german["action"] == "cancel"


def test_errors_on_stderr_are_german(tmp_path: Path, shop: Any) -> None:
    cli = _cli(tmp_path, shop, LANG="de_DE.UTF-8")
    missing = cli.run("cancel", str(tmp_path / "nowhere.csv"), "--profile", "shop")
    assert missing.returncode == 2
    assert missing.stderr == f"seller-desk: Unter {tmp_path / 'nowhere.csv'} gibt es keine Datei.\n"
    unknown = cli.run("export", "42", "-o", str(tmp_path / "x.csv"))
    assert unknown.returncode == 2
    assert unknown.stderr == "seller-desk: Es gibt keinen Vorgang 42; siehe `seller-desk jobs`.\n"
    usage = cli.run("cancel", "--profile", "shop")
    assert usage.returncode == 2
    assert usage.stderr.startswith("Aufruf: seller-desk cancel")
    assert "seller-desk cancel: Fehler: diese Argumente fehlen: file" in usage.stderr
    unconfirmed = cli.run("cancel", str(_awkward_file(tmp_path)), "--profile", "shop")
    assert unconfirmed.returncode == 2
    assert "ohne Bestätigung nicht storniert; geben Sie --yes an." in unconfirmed.stderr
    for done in (missing, unknown, unconfirmed):  # the usage error is compared whole above
        assert english_lines(done.stderr, tmp_path) == []


def _journal_state(cli: CliEnv, job: int) -> str | None:
    journal = cli.home / "data" / "journal.sqlite3"
    try:
        with sqlite3.connect(journal) as db:
            row = db.execute("SELECT state FROM jobs WHERE id = ?", (job,)).fetchone()
    except sqlite3.OperationalError:  # not there, or not migrated yet
        return None
    return None if row is None else str(row[0])


def _scheduled_then_killed(cli: LocaleCli, path: Path, job: int) -> None:
    """A job left in its undo window by a crash: never sent, waiting for send or withdraw."""
    process = cli.start("cancel", str(path), "--profile", "shop", "--yes", "--delay", "60")
    deadline = time.monotonic() + 60
    while _journal_state(cli, job) != "scheduled":
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the job was never scheduled"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def _watch_briefly(cli: LocaleCli, folder: Path) -> str:
    """`watch` until its first line, then Ctrl+C: what it said on stderr."""
    process = cli.start(
        "--lang", "de", "watch", str(folder), "--profile", "shop", "--action", "cancel"
    )
    assert process.stderr is not None
    first = process.stderr.readline()
    process.send_signal(signal.SIGINT)
    _, rest = process.communicate(timeout=60)
    assert process.returncode == 0, first + rest
    return first + rest


def test_every_command_in_german_prints_no_english_line(tmp_path: Path, shop: Any) -> None:
    cli = _cli(tmp_path, shop, LANG="de_DE.UTF-8")
    ids = write_csv(tmp_path / "ids.csv", "order_item_id", ["100001", "100002", "999999"])
    later = write_csv(tmp_path / "later.csv", "order_item_id", ["100003"])
    last = write_csv(tmp_path / "last.csv", "order_item_id", ["100004"])
    said: list[tuple[str, str]] = []  # each command, and what it printed for people

    def run(*args: str, code: int = 0) -> str:
        done = cli.run("--lang", "de", *args)
        assert done.returncode == code, done.stderr
        said.append((" ".join(args), done.stdout + done.stderr))
        return done.stdout + done.stderr

    run("profile", "list")
    assert "22 Versanddienstleister-Schlüssel verfügbar" in run("profile", "test", "shop")
    run("cancel", str(_awkward_file(tmp_path)), "--profile", "shop", "--dry-run", code=1)
    sent = run("cancel", str(ids), "--profile", "shop", "--yes", code=1)  # 999999 fails
    assert "Vorgang 1: abgeschlossen — 1 fehlgeschlagen, 2 erfolgreich" in sent
    assert "  fehlgeschlagen: Zeile 4: " in sent
    assert run("jobs").startswith("Vorgang 1\tStornierung\tshop\tabgeschlossen\t")
    assert "Eine Zeile in" in run("export", "1", "--failed", "-o", str(tmp_path / "failed.csv"))
    run("stop", "1", code=2)
    run("resume", "1", code=2)
    run("send", "1", code=2)

    _scheduled_then_killed(cli, later, 2)
    _scheduled_then_killed(cli, last, 3)
    offered = run("resume", code=1)
    assert "Vorgang 2 (Stornierung, eine Zeile, Profil shop) wurde nie gesendet" in offered
    run("stop", "2", code=2)
    assert "Vorgang 2: abgeschlossen — 1 zurückgezogen" in run("withdraw", "2")
    assert "Vorgang 3: abgeschlossen — 1 erfolgreich" in run("send", "3", "--yes")
    run("resume")
    run("journal", "check")
    run("journal", "move-aside", code=2)
    said.append(("watch", _watch_briefly(cli, tmp_path / "watched")))
    run("profile", "add", "x", "--marketplace", "aboutyou", "--base-url", shop.base_url, code=2)
    run("profile", "remove", "shop")
    for command in ("", "profile", "cancel", "ship", "send", "watch", "resume", "journal"):
        shown = cli.run("--lang", "de", *command.split(), "--help")
        assert shown.stdout.startswith("Aufruf: seller-desk"), shown.stderr
        said.append((f"{command} --help", help_text(shown.stdout)))

    english = [(command, line) for command, text in said for line in english_lines(text, tmp_path)]
    assert english == [], "\n".join(f"{command}: {line}" for command, line in english)
