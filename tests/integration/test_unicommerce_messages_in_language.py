"""Unicommerce refusals and failed requests read in German and Spanish, against the sandbox over
HTTP on 127.0.0.1: the marketplace's own words stay as sent, and what the request was (an
order's cancellation, a page of the order list) is said in the same language."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.core.errors import AnswerLost, RequestRejected
from desktop_app.core.i18n import from_stored, message_of, set_language, stored
from desktop_app.core.marketplaces.http import new_http_client
from desktop_app.core.marketplaces.unicommerce import UnicommerceClient
from desktop_app.core.marketplaces.unicommerce.marketplace import UnicommerceMarketplace
from desktop_app.core.models import Action, Outcome, RowResult
from tests.fixtures.sandboxes import UnicommerceFactory, UnicommerceSandboxHandle
from tests.integration.test_unicommerce_engine import (
    FAST_PACING,
    HOLD,
    LOSING_TIMEOUT,
    cancel_row,
    new_job,
)


@pytest.mark.parametrize(
    ("language", "frame"),
    [("de", "Meldung des Marktplatzes: "), ("es", "Mensaje del marketplace: ")],
    ids=["de", "es"],
)
def test_a_refused_row_reads_in_the_language_with_the_marketplaces_words(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory, language: str, frame: str
) -> None:
    sandbox = unicommerce_sandbox()
    item = sandbox.open_items()[0]
    row = cancel_row(2, item)
    row = replace(row, details={**row.details, "variant_id": "V-NOT-THIS"})
    set_language(language)
    job = new_job(tmp_path, sandbox, Action.CANCEL, [row])
    job.run()
    (result,) = job.rows()
    said = f"productId/variantId {item.product_id}/V-NOT-THIS do not match order item"
    assert result.outcome is Outcome.FAILED
    assert result.errors == (f"{frame}{said} {item.order_item_id}",)


async def _orders_page(sandbox: UnicommerceSandboxHandle, size: int) -> None:
    http = new_http_client(sandbox.base_url)
    client = UnicommerceClient(http, sandbox.base_url, sandbox.username, sandbox.password)
    try:
        await client.fetch_orders(1, size)
    finally:
        await http.aclose()


def test_a_rejected_request_reads_in_german_and_spanish(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    sandbox = unicommerce_sandbox()
    set_language("de")
    with pytest.raises(RequestRejected) as rejected:
        asyncio.run(_orders_page(sandbox, 1000))
    german = message_of(rejected.value)
    said = "pageNumber starts at 1; pageSize is 1 to 100"
    assert german == (
        "Der Marktplatz hat die Bestellliste (Seite 1) abgelehnt (HTTP 400)."
        f" Meldung des Marktplatzes: {said}"
    )
    set_language("es")
    assert from_stored(stored(german)) == (
        f"El marketplace rechazó la lista de órdenes (página 1) (HTTP 400). Mensaje del"
        f" marketplace: {said}"
    )


async def _send_once(sandbox: UnicommerceSandboxHandle, row: RowResult) -> None:
    http = new_http_client(sandbox.base_url, timeout=LOSING_TIMEOUT)
    marketplace = UnicommerceMarketplace(
        http, sandbox.base_url, sandbox.username, sandbox.password, pacing=FAST_PACING
    )
    try:
        await marketplace.submit(Action.CANCEL, marketplace.build_payload(Action.CANCEL, [row]))
    finally:
        await marketplace.aclose()


def test_a_lost_answer_says_which_request_in_spanish(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    sandbox = unicommerce_sandbox(timeout_after_apply=replace(HOLD, requests=frozenset({1})))
    item = sandbox.open_items()[0]
    row = cancel_row(2, item)
    set_language("es")
    with pytest.raises(AnswerLost) as lost:
        asyncio.run(
            _send_once(
                sandbox,
                RowResult(row.line, row.order_items, None, Outcome.PENDING, details=row.details),
            )
        )
    assert message_of(lost.value) == (
        f"El marketplace no respondió a tiempo durante la cancelación de la orden {item.order_id}"
        " (ReadTimeout); es posible que se haya aplicado. Seller Desk consulta el estado de la"
        " orden antes de volver a enviarla."
    )
