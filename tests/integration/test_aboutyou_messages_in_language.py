"""ABOUT YOU's refusals and failed requests read in German and Spanish, against the sandbox over
HTTP on 127.0.0.1: the marketplace's own words stay as it sent them, inside a translated sentence,
and a key it echoes is masked in every language."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Coroutine
from pathlib import Path
from types import SimpleNamespace
from typing import Any, TypeVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop_app.core.errors import AuthFailed
from desktop_app.core.i18n import Msg, from_stored, message_of, set_language, stored
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action, Outcome
from desktop_app.core.redaction import register_secret
from desktop_app.sandbox.aboutyou import AboutYouSandboxConfig, create_aboutyou_app
from desktop_app.sandbox.server import running_sandbox
from tests.fixtures.sandboxes import AboutYouFactory
from tests.integration.engine_helpers import cancel_rows, marketplace_for, run_job

T = TypeVar("T")
UNKNOWN = 999_999
CANARY_KEY = "canary-de-4711/ab+cd=&NOT-FOR-ANYONE"


def _failure(coroutine: Coroutine[Any, Any, T]) -> AuthFailed:
    try:
        asyncio.run(coroutine)
    except AuthFailed as error:
        return error
    raise AssertionError("the marketplace accepted a wrong key")


async def _carriers(sandbox: Any, key: str) -> None:
    marketplace = marketplace_for(sandbox, api_key=key)
    try:
        await marketplace.carriers()
    finally:
        await marketplace.aclose()


def test_a_refused_row_reads_in_german_and_spanish_with_the_marketplaces_words(
    tmp_path: Path, aboutyou_sandbox: AboutYouFactory
) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)
    set_language("de")
    _, rows = run_job(tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows([UNKNOWN]))
    (row,) = rows
    assert row.outcome is Outcome.FAILED
    assert row.errors == (f"Meldung des Marktplatzes: Order item {UNKNOWN} not found",)
    set_language("es")
    journal = Journal(tmp_path / "journal.sqlite3")
    (again,) = journal.rows(1)
    journal.close()
    assert again.errors == (f"Mensaje del marketplace: Order item {UNKNOWN} not found",)


def test_a_row_journaled_in_english_reads_in_german(
    tmp_path: Path, aboutyou_sandbox: AboutYouFactory
) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)
    job, rows = run_job(tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows([UNKNOWN]))
    assert rows[0].errors == (f"Order item {UNKNOWN} not found",)  # English: the words alone
    set_language("de")
    journal = Journal(tmp_path / "journal.sqlite3")
    assert journal.rows(job.id)[0].errors == (
        f"Meldung des Marktplatzes: Order item {UNKNOWN} not found",
    )
    journal.close()


def test_a_refused_key_reads_in_german_and_spanish(aboutyou_sandbox: AboutYouFactory) -> None:
    sandbox = aboutyou_sandbox(latency=0.1)
    set_language("de")
    german = message_of(_failure(_carriers(sandbox, "not-the-key")))
    assert german == (
        "Der Marktplatz hat den API-Schlüssel abgelehnt (Invalid API key)."
        " Prüfen Sie den Schlüssel im Profil."
    )
    set_language("es")
    assert from_stored(stored(german)) == (
        "El marketplace rechazó la clave API (Invalid API key). Revisa la clave en el perfil."
    )


def _echoing_the_key(app: ASGIApp) -> ASGIApp:
    """The sandbox as a careless marketplace: its messages and item errors quote the key sent."""

    async def echo(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        key = dict(scope["headers"]).get(b"x-api-key", b"").decode()
        start: Message = {}

        async def rewrite(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            body = json.loads(message.get("body") or b"null")
            if isinstance(body, dict):
                if isinstance(body.get("message"), str):
                    body["message"] += f" (key {key})"
                for item in body.get("items") or []:
                    if isinstance(item, dict) and item.get("errors"):
                        item["errors"] = [f"{error} (key {key})" for error in item["errors"]]
            data = json.dumps(body).encode()
            headers = [(k, v) for k, v in start["headers"] if k != b"content-length"]
            headers.append((b"content-length", str(len(data)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": data})

        await app(scope, receive, rewrite)

    return echo


def test_a_key_the_marketplace_echoes_is_masked_in_the_german_sentence(tmp_path: Path) -> None:
    app = create_aboutyou_app(AboutYouSandboxConfig(api_key=CANARY_KEY, latency=0.1))
    register_secret(CANARY_KEY)  # as open_marketplace does with every profile's key
    register_secret("wrong-key-0815")
    with running_sandbox(_echoing_the_key(app)) as base_url:
        sandbox = SimpleNamespace(base_url=base_url, api_key=CANARY_KEY)
        set_language("de")
        refused = message_of(_failure(_carriers(sandbox, "wrong-key-0815")))
        _, rows = run_job(tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows([UNKNOWN]))
    assert refused == (
        "Der Marktplatz hat den API-Schlüssel abgelehnt (Invalid API key (key ***))."
        " Prüfen Sie den Schlüssel im Profil."
    )
    assert isinstance(refused, Msg)
    assert rows[0].errors == (
        f"Meldung des Marktplatzes: Order item {UNKNOWN} not found (key ***)",
    )
    set_language("es")
    assert "***" in from_stored(stored(refused)) and "wrong-key" not in stored(refused)
    journaled = b"".join(path.read_bytes() for path in tmp_path.glob("journal.sqlite3*"))
    assert b"***" in journaled and b"NOT-FOR-ANYONE" not in journaled
