"""The sliding-window limiter on its own, with a clock the test moves."""

from __future__ import annotations

from desktop_app.sandbox.aboutyou.rate_limit import SlidingWindowLimiter
from tests.fixtures.sandboxes import ManualClock


def test_budget_is_spent_then_refused_with_whole_seconds_to_wait() -> None:
    clock = ManualClock()
    limiter = SlidingWindowLimiter(60.0, clock)
    decisions = []
    for _ in range(4):
        decisions.append(limiter.hit(("key", "cancel"), 3))
        clock.advance(10.2)
    assert [(d.allowed, d.remaining) for d in decisions] == [
        (True, 2),
        (True, 1),
        (True, 0),
        (False, 0),
    ]
    assert decisions[-1].retry_after == 30  # ceil(60 - 30.6)


def test_refused_requests_do_not_use_a_slot() -> None:
    clock = ManualClock()
    limiter = SlidingWindowLimiter(60.0, clock)
    limiter.hit(("key", "ship"), 1)
    for _ in range(5):
        limiter.hit(("key", "ship"), 1)
    clock.advance(60.0)
    assert limiter.hit(("key", "ship"), 1).allowed


def test_buckets_are_independent_and_peek_spends_nothing() -> None:
    clock = ManualClock()
    limiter = SlidingWindowLimiter(60.0, clock)
    limiter.hit(("a", "orders"), 2)
    assert limiter.peek(("a", "orders"), 2).remaining == 1
    assert limiter.peek(("a", "orders"), 2).remaining == 1
    assert limiter.hit(("b", "orders"), 2).remaining == 1
    assert limiter.hit(("a", "carriers"), 2).remaining == 1
