"""Unicommerce as it answers in the wild: items done before the job, optional endpoints, a dead
token in a 200 answer, and order dates. Real HTTP against the sandbox."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.core.engine import EngineSettings, JobRunner
from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.http import new_http_client
from desktop_app.core.marketplaces.unicommerce.client import UnicommerceClient
from desktop_app.core.marketplaces.unicommerce.marketplace import UnicommerceMarketplace
from desktop_app.core.models import Action, InputRow, JobState, Outcome, RowResult
from tests.fixtures.sandboxes import ManualClock, UnicommerceFactory, UnicommerceSandboxHandle
from tests.integration.cli_helpers import write_csv
from tests.integration.crash_helpers import AnswerNeverRead, run_until_killed
from tests.integration.test_unicommerce_cli import CANCEL_HEADER, cancel_line, cli_with_profile
from tests.integration.test_unicommerce_engine import (
    FAST_PACING,
    cancel_row,
    dispatch_row,
    items,
    new_job,
)

# Demo data: the 4th order's first item starts cancelled, the 5th order's first dispatched.
ALREADY = {Action.CANCEL: "UC-10004-1", Action.SHIP: "UC-10005-1"}


def _rows(sandbox: UnicommerceSandboxHandle, action: Action) -> list[InputRow]:
    done_before, open_item = items(sandbox, ALREADY[action], "UC-10002-1")
    if action is Action.CANCEL:
        return [cancel_row(2, done_before, quantity=done_before.quantity), cancel_row(3, open_item)]
    done_row = dispatch_row(2, done_before, "AWB9")
    done_row.details = {**done_row.details, "quantity": str(done_before.quantity)}
    return [done_row, dispatch_row(3, open_item, "AWB8")]


def _marketplace(
    sandbox: UnicommerceSandboxHandle, transport: AnswerNeverRead | None = None
) -> UnicommerceMarketplace:
    http = new_http_client(sandbox.base_url, transport=transport)
    return UnicommerceMarketplace(
        http, sandbox.base_url, sandbox.username, sandbox.password, pacing=FAST_PACING
    )


def _verdicts(rows: Sequence[RowResult]) -> list[tuple[int, Outcome, tuple[str, ...]]]:
    return [(row.line, row.outcome, row.errors) for row in rows]


@pytest.mark.parametrize("action", [Action.CANCEL, Action.SHIP])
def test_an_item_done_before_the_job_reads_the_same_after_a_kill_and_resume(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory, action: Action
) -> None:
    calm = unicommerce_sandbox()
    uninterrupted = new_job(tmp_path / "calm", calm, action, _rows(calm, action))
    assert uninterrupted.run().state is JobState.FINISHED
    expected = _verdicts(uninterrupted.rows())
    assert expected[0][1] is Outcome.FAILED  # the marketplace refuses it: already done

    sandbox = unicommerce_sandbox()
    job = new_job(tmp_path / "killed", sandbox, action, _rows(sandbox, action))
    transport = AnswerNeverRead()

    async def killed_run() -> None:
        marketplace = _marketplace(sandbox, transport)
        journal = Journal(job.journal_file)
        try:
            runner = JobRunner(journal, marketplace, settings=EngineSettings())
            await run_until_killed(runner, job.job_id, transport)
        finally:
            journal.close()
            await marketplace.aclose()

    asyncio.run(killed_run())
    assert job.run().state is JobState.FINISHED
    assert _verdicts(job.rows()) == expected


def test_a_marketplace_without_cancel_says_so_and_keeps_the_rows_pending(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory
) -> None:
    sandbox = unicommerce_sandbox(offers_cancel=False)
    cli = cli_with_profile(tmp_path, sandbox)
    orders = write_csv(
        tmp_path / "cancel.csv",
        CANCEL_HEADER,
        [cancel_line(sandbox, "UC-10001-1"), cancel_line(sandbox, "UC-10002-1")],
    )

    done = cli.run("cancel", str(orders), "--profile", "shop", "--yes", "--over-threshold")

    assert done.returncode == 2, done.stdout + done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert "does not offer cancelling orders through its API" in line
    journal = Journal(cli.home / "data" / "journal.sqlite3")
    (job,) = journal.jobs()
    assert {row.outcome for row in journal.rows(job.id)} == {Outcome.PENDING}
    assert journal.unbatched_rows(job.id) == journal.rows(job.id)  # nothing holds them
    assert sandbox.state.item_status("UC-10001-1") == "CREATED"


def test_a_token_expired_in_a_200_answer_signs_in_once_more(
    unicommerce_sandbox: UnicommerceFactory,
) -> None:
    clock = ManualClock()
    sandbox = unicommerce_sandbox(
        expired_token_as_200=True, token_lifetime_seconds=60.0, clock=clock
    )

    async def main() -> int:
        http = new_http_client(sandbox.base_url)
        client = UnicommerceClient(http, sandbox.base_url, sandbox.username, sandbox.password)
        try:
            await client.fetch_orders(1)
            clock.advance(61.0)
            return len((await client.fetch_orders(1)).orders)
        finally:
            await http.aclose()

    assert asyncio.run(main()) == 20
    assert sandbox.tokens.issued == 2


def test_order_dates_bound_the_order_fetch(unicommerce_sandbox: UnicommerceFactory) -> None:
    sandbox = unicommerce_sandbox()
    dates = {order.order_id: order.order_date for order in sandbox.state.orders.values()}
    since = dates["UC-10011"]
    until = dates["UC-10015"]

    async def main() -> list[str]:
        http = new_http_client(sandbox.base_url)
        client = UnicommerceClient(http, sandbox.base_url, sandbox.username, sandbox.password)
        try:
            page = await client.fetch_orders(
                1,
                date_from=since.strftime("%Y-%m-%dT%H:%M:%S"),
                date_to=until.strftime("%Y-%m-%dT%H:%M:%S"),
            )
            return [order.order_id for order in page.orders]
        finally:
            await http.aclose()

    assert asyncio.run(main()) == ["UC-10011", "UC-10012", "UC-10013", "UC-10014", "UC-10015"]
    assert until - since == timedelta(hours=4)
