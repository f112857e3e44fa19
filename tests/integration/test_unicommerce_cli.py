"""`seller-desk` as a subprocess with a Unicommerce profile: add, test, dry run, cancel, ship
and resume a job whose answer was lost."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from desktop_app.core.engine import EngineSettings, JobRunner
from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.http import new_http_client
from desktop_app.core.marketplaces.unicommerce.marketplace import UnicommerceMarketplace
from desktop_app.core.models import Action
from tests.fixtures.sandboxes import UnicommerceFactory, UnicommerceSandboxHandle
from tests.integration.cli_helpers import CliEnv, write_csv
from tests.integration.crash_helpers import AnswerNeverRead, run_until_killed
from tests.integration.test_unicommerce_engine import FAST_PACING, cancel_row

CANCEL_HEADER = "order_id,order_item_id,product_id,variant_id,quantity"


def cli_with_profile(tmp_path: Path, sandbox: UnicommerceSandboxHandle) -> CliEnv:
    """A CLI home with profile 'shop' on the sandbox; the password goes in on stdin."""
    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    done = cli.run(
        "profile",
        "add",
        "shop",
        "--marketplace",
        "unicommerce",
        "--base-url",
        sandbox.base_url,
        "--user-id",
        sandbox.username,
        "--environment",
        "sandbox",
        stdin=sandbox.password + "\n",
    )
    assert done.returncode == 0, done.stderr
    assert sandbox.password not in done.stdout + done.stderr
    return cli


def cancel_line(sandbox: UnicommerceSandboxHandle, item_id: str, quantity: int = 0) -> str:
    item = sandbox.state.items[item_id]
    amount = quantity or item.open_quantity
    return f"{item.order_id},{item_id},{item.product_id},{item.variant_id},{amount}"


def report(stdout: str) -> dict[str, Any]:
    parsed = json.loads(stdout.strip().splitlines()[-1])
    assert isinstance(parsed, dict)
    return parsed


def test_profile_test_signs_in_with_the_stored_password(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory
) -> None:
    sandbox = unicommerce_sandbox()
    cli = cli_with_profile(tmp_path, sandbox)

    done = cli.run("profile", "test", "shop")

    assert done.returncode == 0, done.stderr
    assert sandbox.tokens.issued == 1


def test_dry_run_checks_every_line_and_sends_nothing(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory
) -> None:
    sandbox = unicommerce_sandbox()
    cli = cli_with_profile(tmp_path, sandbox)
    good = cancel_line(sandbox, "UC-10001-1")
    no_quantity = cancel_line(sandbox, "UC-10002-1").rsplit(",", 1)[0] + ",0"
    file = write_csv(tmp_path / "cancel.csv", CANCEL_HEADER, [good, no_quantity])

    done = cli.run("cancel", str(file), "--profile", "shop", "--dry-run", "--json")

    assert done.returncode == 1, done.stderr  # one line is not valid
    rows = {row["line"]: row for row in report(done.stdout)["rows"]}
    assert rows[2]["outcome"] == "valid"
    assert rows[3]["outcome"] == "invalid"
    assert "quantity" in rows[3]["errors"][0].lower()
    assert sandbox.tokens.issued == 0
    assert sandbox.state.update_requests == 0


def test_cancel_file_with_german_headers_is_sent_one_request_per_order(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory
) -> None:
    sandbox = unicommerce_sandbox()
    cli = cli_with_profile(tmp_path, sandbox)
    lines = [
        cancel_line(sandbox, "UC-10007-1"),
        cancel_line(sandbox, "UC-10001-1"),
        cancel_line(sandbox, "UC-10007-2"),
    ]
    header = "Bestellnummer;Positions-ID;Produkt-ID;Varianten-ID;Menge"
    file = write_csv(tmp_path / "storno.csv", header, [line.replace(",", ";") for line in lines])

    # 3 of the small sandbox's 33 items is far above the 2 % guard: say so explicitly.
    done = cli.run("cancel", str(file), "--profile", "shop", "--yes", "--over-threshold", "--json")

    assert done.returncode == 0, done.stderr
    result = report(done.stdout)
    assert result["state"] == "finished"
    assert result["counts"] == {"succeeded": 3}
    assert sandbox.state.update_requests == 2
    for item_id in ("UC-10007-1", "UC-10007-2", "UC-10001-1"):
        assert sandbox.state.item_status(item_id) == "CANCELLED"
        assert sandbox.state.applied_count(item_id) == 1


def test_ship_file_dispatches_with_the_sellers_tracking(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory
) -> None:
    sandbox = unicommerce_sandbox()
    cli = cli_with_profile(tmp_path, sandbox)
    header = "order_id,order_item_id,quantity,tracking_id,delivery_courier,invoice_date"
    file = write_csv(
        tmp_path / "ship.csv",
        header,
        ["UC-10012,UC-10012-1,2,AWB77,Bluedart,23.11.2026", "UC-10012,UC-10012-2,3,AWB77,,"],
    )

    done = cli.run("ship", str(file), "--profile", "shop", "--yes", "--json")

    assert done.returncode == 0, done.stderr
    assert report(done.stdout)["counts"] == {"succeeded": 2}
    assert sandbox.state.item_status("UC-10012-1") == "DISPATCHED"
    assert sandbox.state.item_status("UC-10012-2") == "DISPATCHED"


def test_resume_reconciles_a_lost_answer_without_sending_it_twice(
    tmp_path: Path, unicommerce_sandbox: UnicommerceFactory
) -> None:
    sandbox = unicommerce_sandbox()
    cli = cli_with_profile(tmp_path, sandbox)
    rows = [cancel_row(2, sandbox.state.items["UC-10001-1"])]
    rows.append(cancel_row(3, sandbox.state.items["UC-10002-1"]))
    # The first run happens in-process, into the CLI's own journal, and dies as its first
    # request was applied, before it read the answer.
    journal = Journal(cli.home / "data" / "journal.sqlite3")
    job_id = journal.create_job(Action.CANCEL, "shop", "unicommerce", "cancel.csv", rows)
    transport = AnswerNeverRead()
    http = new_http_client(sandbox.base_url, transport=transport)
    marketplace = UnicommerceMarketplace(
        http, sandbox.base_url, sandbox.username, sandbox.password, pacing=FAST_PACING
    )

    async def first_run() -> None:
        try:
            runner = JobRunner(journal, marketplace, settings=EngineSettings())
            await run_until_killed(runner, job_id, transport)
        finally:
            await marketplace.aclose()

    asyncio.run(first_run())
    assert sandbox.state.update_requests == 1
    journal.close()

    done = cli.run("resume", "--json")

    assert done.returncode == 0, done.stderr
    (job,) = json.loads(done.stdout.strip().splitlines()[-1])["jobs"]
    assert job["state"] == "finished"
    assert job["counts"] == {"succeeded": 2}
    assert sandbox.state.update_requests == 2  # the lost one was checked, not re-sent
    assert sandbox.state.applied_count("UC-10001-1") == 1
    assert sandbox.state.applied_count("UC-10002-1") == 1
