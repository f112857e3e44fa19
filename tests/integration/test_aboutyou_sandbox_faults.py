"""Injected faults: 503s, late answers, item caps; all reproducible from the seed."""

from __future__ import annotations

import httpx
import pytest

from tests.fixtures.sandboxes import AboutYouFactory


def test_unavailable_share_answers_503_without_using_the_budget(
    aboutyou_sandbox: AboutYouFactory,
) -> None:
    sandbox = aboutyou_sandbox(items=5, unavailable_share=1.0)
    with sandbox.client() as client:
        answers = [
            client.post("/orders/cancel", json={"items": [{"id": 100001}]}) for _ in range(3)
        ]
    assert {a.status_code for a in answers} == {503}
    assert {a.headers["X-RateLimit-Remaining"] for a in answers} == {"50"}
    assert "message" in answers[0].json()
    assert len(sandbox.state.batches) == 0
    assert sandbox.state.request_count("orders/cancel", 503) == 3


def test_a_partial_unavailable_share_is_the_same_for_the_same_seed(
    aboutyou_sandbox: AboutYouFactory,
) -> None:
    def codes(seed: int) -> list[int]:
        sandbox = aboutyou_sandbox(items=5, unavailable_share=0.5, seed=seed)
        with sandbox.client() as client:
            return [client.get("/orders/carriers/").status_code for _ in range(20)]

    first, again, other = codes(7), codes(7), codes(8)
    assert first == again
    assert set(first) == {200, 503}
    assert other != first


def test_a_delayed_answer_times_out_but_the_batch_was_created(
    aboutyou_sandbox: AboutYouFactory,
) -> None:
    sandbox = aboutyou_sandbox(items=5, delay_share=1.0, delay_seconds=1.0)
    body = {"items": [{"id": 100001}]}
    with sandbox.client(timeout=0.2) as client, pytest.raises(httpx.ReadTimeout):
        client.post("/orders/cancel", json=body)
    assert len(sandbox.state.batches) == 1
    assert sandbox.state.request_count("orders/cancel", 200) == 1


def test_posts_above_max_items_are_rejected_whole(aboutyou_sandbox: AboutYouFactory) -> None:
    sandbox = aboutyou_sandbox(items=10, max_items=3)
    with sandbox.client() as client:
        at_cap = client.post("/orders/cancel", json={"items": [{"id": i} for i in range(1, 4)]})
        over_cap = client.post("/orders/cancel", json={"items": [{"id": i} for i in range(1, 5)]})
    assert at_cap.status_code == 200
    assert over_cap.status_code == 400
    assert "items" in over_cap.json()["message"]
    assert "3" in over_cap.json()["message"]
