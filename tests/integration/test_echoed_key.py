"""Issue 14: a marketplace that echoes the key in its answers never gets it into our files or
output: not the journal's `last_error` nor row errors, `jobs`, `jobs --json`, exports or logs."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from tests.fixtures.hostile_server import Reply, Seen, hostile_server, uuid_answer
from tests.integration.cli_helpers import CliEnv, write_csv

# ASCII, as keys are, with the characters that URL- and JSON-encoding change.
REFUSED_KEY = 'canary-401-7f3a/9c+1e="DO-NOT-LEAK"'
ECHOED_KEY = "canary-row-5b2d/8a+0f=&DO-NOT-LEAK"


def _echo(key: str) -> str:
    return f"Invalid API key '{key}' (sent as {quote(key, safe='')})"


def test_an_echoed_key_is_masked_everywhere(tmp_path: Path) -> None:
    posts: list[Seen] = []

    def answer(seen: Seen, reply: Reply) -> None:
        key = seen.headers.get("X-API-Key", "")
        if key == REFUSED_KEY or not key:
            reply.json(401, {"message": _echo(key)})
        elif seen.method == "POST":
            posts.append(seen)
            uuid_answer(seen, reply)
        elif seen.path.startswith("/api/v1/results/"):
            ids = [item["id"] for item in json.loads(posts[-1].body)["items"]]
            items = [
                {"requestItem": {"id": i}, "success": False, "errors": [_echo(key)]} for i in ids
            ]
            reply.json(200, {"batchRequestId": "x", "status": "completed", "items": items})
        else:
            reply.json(403, {"detail": _echo(key)})

    cli = CliEnv(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    orders = write_csv(tmp_path / "orders.csv", "order_item_id", ["100001", "100002"])
    outputs: list[str] = []
    with hostile_server(answer) as server:
        cli.add_profile("refused", server.base_url, REFUSED_KEY)
        cli.add_profile("echoed", server.base_url, ECHOED_KEY)
        for args in (
            ("profile", "test", "refused"),
            ("cancel", str(orders), "--profile", "refused", "--yes", "--json"),
            ("cancel", str(orders), "--profile", "echoed", "--yes", "--json"),
            ("cancel", str(orders), "--profile", "echoed", "--yes"),
            ("jobs",),
            ("jobs", "--json"),
            ("resume", "--json"),
            ("export", "1", "-o", str(tmp_path / "home" / "export-1.csv")),
            ("export", "2", "-o", str(tmp_path / "home" / "export-2.csv")),
        ):
            done = cli.run(*args)
            outputs.append(done.stdout + done.stderr)
    said = "".join(outputs)
    assert "Invalid API key '***'" in said  # the marketplace's words survive, masked
    stored = b"".join(p.read_bytes() for p in cli.home.rglob("*") if p.is_file())
    assert b"Invalid API key '***'" in stored  # journaled and exported, masked
    assert (cli.home / "export-2.csv").exists() and (cli.home / "logs").exists()
    for key in (REFUSED_KEY, ECHOED_KEY):
        for form in (key, quote(key, safe=""), json.dumps(key)[1:-1]):
            assert form not in said, form
            assert form.encode() not in stored, form
        assert key[:14] not in said and key[:14].encode() not in stored
