"""SellerCenter's (Falabella's) refusals and failed requests read in Spanish and German, against
the sandbox over HTTP on 127.0.0.1: the E-code and the platform's own words stay as sent."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from desktop_app.core.errors import AuthFailed
from desktop_app.core.i18n import from_stored, message_of, set_language, stored
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action, Outcome
from tests.fixtures.sandboxes import SellerCenterFactory, SellerCenterHandle
from tests.integration.test_sellercenter_engine import cancel_rows, marketplace_for, run_job

# The sandbox's words for cancelling an item that already shipped, as Falabella writes them.
E028 = 'E028: It is not possible to set the order to the status "canceled"'
E007 = "E007: Login failed. Signature mismatching"


@pytest.mark.parametrize(
    ("language", "plain", "frame"),
    [
        (
            "es",
            "El ítem {item} ya no está pendiente, así que su estado no puede cambiar a este.",
            "SellerCenter lo rechazó",
        ),
        (
            "de",
            "Die Bestellposition {item} ist nicht mehr offen, daher lässt sich ihr Status nicht"
            " mehr so ändern.",
            "SellerCenter hat abgelehnt",
        ),
    ],
    ids=["es", "de"],
)
def test_a_refused_row_reads_in_the_sellers_language_with_the_platforms_words(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory, language: str, plain: str, frame: str
) -> None:
    sandbox = sellercenter_sandbox()
    shipped = sandbox.state.ids_with_status("shipped")[0]
    set_language(language)
    _, rows = run_job(tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows([shipped]))
    assert rows[0].outcome is Outcome.FAILED
    assert rows[0].errors == (f"{plain.format(item=shipped)} ({frame}: {E028})",)


def test_a_row_journaled_in_english_reads_in_spanish(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox()
    missing = 999_999_999
    job, rows = run_job(tmp_path, marketplace_for(sandbox), Action.CANCEL, cancel_rows([missing]))
    assert rows[0].errors[0].startswith(f"SellerCenter does not know order item {missing}. (")
    set_language("es")
    journal = Journal(tmp_path / "journal.sqlite3")
    (row,) = journal.rows(job.id)
    journal.close()
    assert row.errors[0].startswith(f"SellerCenter no conoce el ítem {missing}. (SellerCenter lo")
    assert row.errors[0].endswith(")") and "E020: " in row.errors[0]


async def _reasons_with(sandbox: SellerCenterHandle, key: str) -> None:
    marketplace = marketplace_for(sandbox, api_key=key)
    try:
        await marketplace.cancel_reasons()
    finally:
        await marketplace.aclose()


def test_a_refused_login_reads_in_spanish_and_german(
    sellercenter_sandbox: SellerCenterFactory,
) -> None:
    sandbox = sellercenter_sandbox()
    set_language("es")
    with pytest.raises(AuthFailed) as refused:
        asyncio.run(_reasons_with(sandbox, "not-the-key"))
    spanish = message_of(refused.value)
    assert spanish == (
        f"SellerCenter rechazó el inicio de sesión ({E007}): revisa el ID de usuario y la clave"
        " API en el perfil, y que este usuario tenga permiso para usar la Seller API."
    )
    set_language("de")
    assert from_stored(stored(spanish)) == (
        f"SellerCenter hat die Anmeldung abgelehnt ({E007}): Prüfen Sie die Benutzer-ID und den"
        " API-Schlüssel im Profil und ob dieser Benutzer die Seller API nutzen darf."
    )
