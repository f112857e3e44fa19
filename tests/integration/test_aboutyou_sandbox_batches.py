"""Batch behaviour over real HTTP: status over time, dedup, per-item outcomes, ship rejection."""

from __future__ import annotations

from typing import Any

import httpx

from tests.fixtures.sandboxes import AboutYouFactory, ManualClock


def _cancel(client: httpx.Client, *ids: int) -> str:
    response = client.post("/orders/cancel", json={"items": [{"id": i} for i in ids]})
    assert response.status_code == 200, response.text
    return str(response.json()["batchRequestId"])


def _ship_entry(*ids: int, carrier: str = "DHL_STD_NATIONAL") -> dict[str, Any]:
    return {
        "order_items": list(ids),
        "carrier_key": carrier,
        "shipment_tracking_key": f"TRK-{ids[0]}",
        "return_tracking_key": f"RET-{ids[0]}",
    }


def _results(client: httpx.Client, kind: str, batch_id: str) -> dict[str, Any]:
    response = client.get(f"/results/{kind}", params={"batch_request_id": batch_id})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_batch_goes_pending_processing_completed_over_the_latency(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    sandbox = aboutyou_sandbox(items=10, latency=3.0, clock=manual_clock)
    with sandbox.client() as client:
        batch_id = _cancel(client, 100001)
        seen = [_results(client, "cancel-orders", batch_id)]
        for step in (0.9, 0.2, 1.8, 0.1):
            manual_clock.advance(step)
            seen.append(_results(client, "cancel-orders", batch_id))
    statuses = [body["status"] for body in seen]
    assert statuses == ["pending", "pending", "processing", "processing", "completed"]
    assert [body["items"] for body in seen[:-1]] == [[]] * 4
    assert seen[-1]["items"] == [{"requestItem": {"id": 100001}, "success": True, "errors": []}]


def test_outcome_is_applied_once_when_the_batch_completes(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    sandbox = aboutyou_sandbox(items=10, latency=2.0, clock=manual_clock)
    with sandbox.client() as client:
        batch_id = _cancel(client, 100003)
        assert sandbox.state.item_status(100003) == "open"
        manual_clock.advance(2.0)
        for _ in range(3):
            assert _results(client, "cancel-orders", batch_id)["status"] == "completed"
    assert sandbox.state.item_status(100003) == "cancelled"
    assert sandbox.state.processed_batches_per_item[100003] == 1


def test_identical_payload_in_flight_returns_the_same_batch_id(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    sandbox = aboutyou_sandbox(items=10, latency=2.0, clock=manual_clock)
    with sandbox.client() as client:
        first = _cancel(client, 100001, 100002)
        same_payload_reordered = client.post(
            "/orders/cancel", content=b'{ "items": [ {"id": 100001}, {"id": 100002} ] }'
        ).json()["batchRequestId"]
        other_payload = _cancel(client, 100002, 100001)
        manual_clock.advance(2.0)
        _results(client, "cancel-orders", first)
        after_completion = _cancel(client, 100001, 100002)
    assert same_payload_reordered == first
    assert other_payload != first
    assert after_completion not in (first, other_payload)


def test_dedup_is_per_api_key_and_per_operation(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    sandbox = aboutyou_sandbox(items=10, clock=manual_clock)
    with sandbox.client() as client:
        cancel_id = _cancel(client, 100001)
        ship_id = client.post("/orders/ship", json={"items": [_ship_entry(100001)]}).json()[
            "batchRequestId"
        ]
        not_found = client.get("/results/ship-orders", params={"batch_request_id": cancel_id})
    assert ship_id != cancel_id
    assert not_found.status_code == 404
    assert cancel_id in not_found.json()["message"]


def test_unknown_and_already_cancelled_items_fail_per_item(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    sandbox = aboutyou_sandbox(items=10, latency=1.0, clock=manual_clock)
    with sandbox.client() as client:
        _cancel(client, 100001)
        manual_clock.advance(1.0)
        batch_id = _cancel(client, 100001, 999_999, 100002)
        manual_clock.advance(1.0)
        items = _results(client, "cancel-orders", batch_id)["items"]
    assert [(i["requestItem"]["id"], i["success"]) for i in items] == [
        (100001, False),
        (999_999, False),
        (100002, True),
    ]
    assert "cancelled" in items[0]["errors"][0]
    assert "999999" in items[1]["errors"][0]
    assert items[2]["errors"] == []
    assert sandbox.state.processed_batches_per_item[100001] == 2


def test_ship_completes_per_entry_and_records_tracking(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    sandbox = aboutyou_sandbox(items=10, latency=1.0, clock=manual_clock)
    entries = [_ship_entry(100004, 100005, carrier="HERMES_KLV"), _ship_entry(100006, 888_888)]
    with sandbox.client() as client:
        batch_id = client.post("/orders/ship", json={"items": entries}).json()["batchRequestId"]
        manual_clock.advance(1.0)
        results = _results(client, "ship-orders", batch_id)
    assert [r["requestItem"] for r in results["items"]] == entries
    assert [r["success"] for r in results["items"]] == [True, False]
    assert "888888" in results["items"][1]["errors"][0]
    item = sandbox.state.items[100004]
    assert (item.status, item.shipment_tracking_key) == ("shipped", "TRK-100004")
    assert sandbox.state.item_status(100006) == "open"  # an entry ships whole or not at all


def test_ship_with_an_item_that_is_not_open_is_rejected_whole(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    sandbox = aboutyou_sandbox(items=10, latency=1.0, clock=manual_clock)
    with sandbox.client() as client:
        _cancel(client, 100002)
        manual_clock.advance(1.0)
        response = client.post(
            "/orders/ship", json={"items": [_ship_entry(100001), _ship_entry(100003, 100002)]}
        )
    assert response.status_code == 400
    assert "100002" in response.json()["message"]
    assert "items[1].order_items[1]" in response.json()["message"]
    assert len(sandbox.state.batches) == 1
    assert sandbox.state.item_status(100001) == "open"


def test_retry_polls_come_before_completion(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    sandbox = aboutyou_sandbox(items=10, latency=1.0, retry_polls=2, clock=manual_clock)
    with sandbox.client() as client:
        batch_id = _cancel(client, 100001)
        manual_clock.advance(1.0)
        statuses = [_results(client, "cancel-orders", batch_id)["status"] for _ in range(4)]
    assert statuses == ["retry", "retry", "completed", "completed"]
    assert sandbox.state.item_status(100001) == "cancelled"


def test_failed_batches_apply_nothing_and_fail_every_item(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    sandbox = aboutyou_sandbox(
        items=10, latency=1.0, failed_batch_items=frozenset({100002}), clock=manual_clock
    )
    with sandbox.client() as client:
        doomed = _cancel(client, 100001, 100002)
        fine = _cancel(client, 100003)
        manual_clock.advance(1.0)
        doomed_body = _results(client, "cancel-orders", doomed)
        fine_body = _results(client, "cancel-orders", fine)
    assert doomed_body["status"] == "failed"
    assert [(i["success"], len(i["errors"])) for i in doomed_body["items"]] == [(False, 1)] * 2
    assert fine_body["status"] == "completed"
    assert sandbox.state.item_status(100001) == "open"
    assert sandbox.state.processed_batches_per_item[100001] == 0


def test_failed_batch_share_and_predicate_choose_failing_batches(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    every = aboutyou_sandbox(items=5, latency=0.0, failed_batch_share=1.0, clock=manual_clock)
    ships_only = aboutyou_sandbox(
        items=5, latency=0.0, failed_batch_when=lambda kind, ids: kind == "ship"
    )
    with every.client() as client:
        assert _results(client, "cancel-orders", _cancel(client, 100001))["status"] == "failed"
    with ships_only.client() as client:
        assert _results(client, "cancel-orders", _cancel(client, 100001))["status"] == "completed"
        ship = client.post("/orders/ship", json={"items": [_ship_entry(100002)]}).json()
        assert _results(client, "ship-orders", ship["batchRequestId"])["status"] == "failed"
