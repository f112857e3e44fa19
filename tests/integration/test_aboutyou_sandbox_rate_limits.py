"""Rate budgets per key and endpoint family over a sliding window, with their headers."""

from __future__ import annotations

from tests.fixtures.sandboxes import AboutYouFactory, ManualClock


def test_the_51st_cancel_within_a_minute_gets_429_with_retry_after(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    sandbox = aboutyou_sandbox(items=60, clock=manual_clock, send_retry_after=True)
    with sandbox.client() as client:
        answers = []
        for item_id in range(100001, 100052):
            answers.append(client.post("/orders/cancel", json={"items": [{"id": item_id}]}))
            manual_clock.advance(0.5)
    assert [a.status_code for a in answers] == [200] * 50 + [429]
    assert [int(a.headers["X-RateLimit-Remaining"]) for a in answers] == [*range(49, -1, -1), 0]
    assert {a.headers["X-RateLimit-Limit"] for a in answers} == {"50"}
    refused = answers[-1]
    assert "message" in refused.json()
    # The oldest of the 50 was sent 25 s earlier, so its slot frees in 35 s.
    assert refused.headers["Retry-After"] == "35"
    assert "Retry-After" not in answers[0].headers


def test_a_slot_frees_when_the_oldest_request_leaves_the_window(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    sandbox = aboutyou_sandbox(items=5, cancel_budget=2, clock=manual_clock, send_retry_after=True)
    body = {"items": [{"id": 100001}]}
    with sandbox.client() as client:
        codes = [client.post("/orders/cancel", json=body).status_code for _ in range(3)]
        manual_clock.advance(59.9)
        still_full = client.post("/orders/cancel", json=body)
        manual_clock.advance(0.1)
        freed = client.post("/orders/cancel", json=body)
    assert codes == [200, 200, 429]
    assert (still_full.status_code, still_full.headers["Retry-After"]) == (429, "1")
    assert freed.status_code == 200


def test_families_and_keys_have_separate_budgets(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    sandbox = aboutyou_sandbox(items=5, cancel_budget=1, clock=manual_clock)
    with sandbox.client() as client:
        client.post("/orders/cancel", json={"items": [{"id": 100001}]})
        over = client.post("/orders/cancel", json={"items": [{"id": 100002}]})
        carriers = client.get("/orders/carriers/")
        stranger = client.post("/orders/cancel", headers={"X-API-Key": "other"}, json={})
    assert over.status_code == 429
    assert (carriers.status_code, carriers.headers["X-RateLimit-Limit"]) == (200, "100")
    assert stranger.status_code == 401


def test_rejected_requests_carry_rate_headers_and_use_the_budget(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    sandbox = aboutyou_sandbox(items=5, clock=manual_clock)
    with sandbox.client() as client:
        unauthorised = client.post("/orders/cancel", headers={"X-API-Key": ""}, json={})
        invalid = client.post("/orders/cancel", json={"items": []})
        not_found = client.get(
            "/results/cancel-orders",
            params={"batch_request_id": "00000000-0000-4000-8000-000000000000"},
        )
        bad_page = client.get("/orders/", params={"per_page": 101})
    for answer, remaining in [(unauthorised, 49), (invalid, 49), (not_found, 199), (bad_page, 99)]:
        assert answer.headers["X-RateLimit-Remaining"] == str(remaining), answer.status_code
    assert [a.status_code for a in (unauthorised, invalid, not_found, bad_page)] == [
        401,
        400,
        404,
        422,
    ]


def test_retry_after_can_be_left_out_as_the_docs_allow(
    aboutyou_sandbox: AboutYouFactory, manual_clock: ManualClock
) -> None:
    sandbox = aboutyou_sandbox(items=5, orders_budget=1, send_retry_after=False, clock=manual_clock)
    with sandbox.client() as client:
        client.get("/orders/")
        refused = client.get("/orders/")
    assert refused.status_code == 429
    assert "Retry-After" not in refused.headers
    assert refused.headers["X-RateLimit-Remaining"] == "0"
