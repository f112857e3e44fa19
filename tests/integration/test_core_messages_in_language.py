"""A job journaled in English reads in German and in Spanish: its rows' engine notes, its last
error and its events, as the window and the CLI read them (JobService, Journal, `seller-desk`),
and an export's message column. Real HTTP against the ABOUT YOU sandbox, a real journal file."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path
from typing import Any

from desktop_app.core.engine import APPLIED_NOTE
from desktop_app.core.exporting import export_rows
from desktop_app.core.failure_kinds import FailureKind, failure_kind
from desktop_app.core.i18n import set_language
from desktop_app.core.job_service import JobService
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action, InputRow, JobState, Outcome
from desktop_app.core.profiles import Environment, Profile
from desktop_app.core.sessions import MarketplaceSessions
from desktop_app.core.watch import WatchEventKind
from tests.integration.cli_helpers import CliEnv
from tests.integration.engine_helpers import cancel_rows, marketplace_for, run_job
from tests.integration.watch_helpers import run, setup

# No such item: not open before the job, so it is sent again and the marketplace refuses it.
UNKNOWN_ITEM = 990001
APPLIED = {
    "de": "Vor der Unterbrechung ausgeführt: Die Antwort ging verloren, und der Bestellstatus"
    " des Marktplatzes zeigt die Änderung dieses Vorgangs.",
    "es": "Aplicado antes de la interrupción: su respuesta se perdió, y el estado de la orden en"
    " el marketplace muestra el cambio de este proceso.",
}
REFUSED = {  # the marketplace's own words, under the reader's frame
    "de": f"Meldung des Marktplatzes: Order item {UNKNOWN_ITEM} not found",
    "es": f"Mensaje del marketplace: Order item {UNKNOWN_ITEM} not found",
}
NO_KEY = {
    "en": "No API key is stored for profile 'shop'. Add it again with"
    " `seller-desk profile add shop ...`.",
    "de": "Für das Profil „shop“ ist kein API-Schlüssel gespeichert. Fügen Sie ihn mit"
    " `seller-desk profile add shop ...` erneut hinzu.",
    "es": "No hay ninguna clave API guardada para el perfil “shop”. Agrégala de nuevo con"
    " `seller-desk profile add shop ...`.",
}
CREATED = {"en": "1 row from f.csv", "de": "1 Zeile aus f.csv", "es": "1 fila de f.csv"}


def _settled_by_status(folder: Path, aboutyou_sandbox: Any) -> int:
    """A cancel job, in English, whose first answer is lost: the marketplace's status settles
    the applied rows; the unknown item is sent again and refused. Returns the job's id."""
    sandbox = aboutyou_sandbox(items=400, latency=0.0, cut_answers=frozenset({1}))
    rows = cancel_rows([100001, 100002, UNKNOWN_ITEM])
    job, result = run_job(folder, marketplace_for(sandbox), Action.CANCEL, rows)
    assert job.state is JobState.FINISHED
    assert [row.errors for row in result] == [
        (APPLIED_NOTE,),
        (APPLIED_NOTE,),
        (f"Order item {UNKNOWN_ITEM} not found",),
    ]
    return job.id


def _interrupted_for_want_of_a_key(journal: Journal) -> int:
    """A job the service could not run, in English: its profile has no key in the keyring."""
    profile = Profile(
        name="shop",
        marketplace="aboutyou",
        environment=Environment.SANDBOX,
        base_url="http://127.0.0.1:9/api/v1",
    )
    service = JobService(journal, lambda name: profile, MarketplaceSessions())
    job_id = service.create_job(Action.CANCEL, profile, "f.csv", [InputRow(2, (100003,))], grace=0)
    job = asyncio.run(service.run(job_id))
    assert job.state is JobState.INTERRUPTED and job.last_error == NO_KEY["en"]
    return job_id


def test_engine_notes_journaled_in_english_read_in_german_and_spanish(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    job_id = _settled_by_status(tmp_path, aboutyou_sandbox)
    for language in ("de", "es"):
        set_language(language)
        journal = Journal(tmp_path / "journal.sqlite3")
        rows = journal.rows(job_id)
        assert [row.errors for row in rows] == [
            (APPLIED[language],),
            (APPLIED[language],),
            (REFUSED[language],),
        ]
        # Retry failed still knows the row cannot be helped by a resend, in any language.
        assert failure_kind(rows[2].errors) is FailureKind.PERMANENT
        exported = tmp_path / f"export-{language}.csv"
        export_rows(exported, Action.CANCEL, rows)
        with exported.open(encoding="utf-8-sig", newline="") as handle:
            written = list(csv.DictReader(handle))
        assert [row["errors"] for row in written] == [
            APPLIED[language],
            APPLIED[language],
            REFUSED[language],
        ]
        journal.close()


def test_a_last_error_and_events_journaled_in_english_read_in_german_and_spanish(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    job_id = _interrupted_for_want_of_a_key(journal)
    for language in ("de", "es"):
        set_language(language)
        job = journal.job(job_id)
        assert job.last_error == NO_KEY[language]
        events = {kind: message for _, kind, message in journal.events(job_id)}
        assert events["created"] == CREATED[language]
        assert events["state:interrupted"] == NO_KEY[language]
    journal.close()


def test_the_cli_shows_an_english_journal_in_german_and_exports_it_in_spanish(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    data = cli.home / "data"
    finished = _settled_by_status(data, aboutyou_sandbox)
    journal = Journal(data / "journal.sqlite3")
    interrupted = _interrupted_for_want_of_a_key(journal)
    journal.close()

    listed = cli.run("--lang", "de", "jobs")
    assert listed.returncode == 0, listed.stderr
    (line,) = [
        text for text in listed.stdout.splitlines() if text.startswith(f"Vorgang {interrupted}")
    ]
    assert line.endswith(NO_KEY["de"])

    exported = tmp_path / "export.csv"
    done = cli.run("--lang", "es", "export", str(finished), "-o", str(exported))
    assert done.returncode == 0, done.stderr
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        written = {row["order_item_id"]: row for row in csv.DictReader(handle)}
    assert written["100001"]["errors"] == APPLIED["es"]
    assert written[str(UNKNOWN_ITEM)]["errors"] == REFUSED["es"]
    assert written[str(UNKNOWN_ITEM)]["outcome"] == Outcome.FAILED.value


def test_a_watched_folder_speaks_german(tmp_path: Path, aboutyou_asgi_app: Any) -> None:
    set_language("de")
    app = aboutyou_asgi_app(items=50, latency=0.0)
    watch = setup(tmp_path, app)
    content = "order_item_id\n100003\n"

    async def scenario() -> None:
        (watch.folder / "a.csv").write_text(content, encoding="utf-8")
        await watch.polls(3, 2.0)
        (watch.folder / "copy-of-a.csv").write_text(content, encoding="utf-8")
        await watch.polls(2, 2.0)
        await watch.service.aclose()

    run(scenario)
    said = [(event.kind, event.file.name, event.message) for event in watch.events]
    assert said[0] == (
        WatchEventKind.SCHEDULED,
        "a.csv",
        "Vorgang 1 wird nach seiner Bedenkzeit gesendet",
    )
    assert (WatchEventKind.PROCESSED, "a.csv", "nach processed/ verschoben") in said
    error = (watch.folder / "failed" / "copy-of-a.csv.error.txt").read_text("utf-8")
    assert error.startswith("Dieser Inhalt wurde bereits am ")
    assert error.endswith(" UTC eingelesen (Vorgang 1); er wurde nicht erneut gesendet.\n")


def test_a_refused_row_whose_doubt_the_status_cleared_loses_its_doubt_in_german_too(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    # The first answer is lost while the batch is in flight: its same bytes go again, so every
    # row is in doubt; the shipped item is refused, and its status shows the cancel never applied.
    sandbox = aboutyou_sandbox(items=400, latency=1.5, cut_answers=frozenset({1}))
    with sandbox.state.lock:
        sandbox.state.items[100002].status = "shipped"
    set_language("de")
    rows = cancel_rows([100001, 100002])
    job, result = run_job(tmp_path, marketplace_for(sandbox), Action.CANCEL, rows)
    assert job.state is JobState.FINISHED
    assert [row.outcome for row in result] == [Outcome.SUCCEEDED, Outcome.FAILED]
    # The marketplace's own words, sent on as they came, under a German frame.
    assert result[1].errors == (
        "Meldung des Marktplatzes: Order item 100002 cannot be cancelled: its status is shipped",
    )
    assert failure_kind(result[1].errors) is FailureKind.PERMANENT
