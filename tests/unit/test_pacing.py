from __future__ import annotations

import asyncio
import itertools
import random

import pytest

from desktop_app.core.errors import MarketplaceUnavailable, RateLimited
from desktop_app.core.pacing import NetworkWait, Pacer, PacingPolicy


class FakeTime:
    """A clock that only moves when the pacer sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def _pacer(time: FakeTime, **policy: float) -> Pacer:
    return Pacer(
        PacingPolicy({"cancel": 5}, window_seconds=10.0, **policy),  # type: ignore[arg-type]
        clock=time.clock,
        sleep=time.sleep,
    )


async def _ok() -> str:
    return "ok"


def test_budget_is_never_exceeded_in_any_sliding_window() -> None:
    time = FakeTime()
    pacer = _pacer(time)
    sent: list[float] = []

    async def request() -> None:
        sent.append(time.now)

    async def main() -> None:
        for _ in range(23):
            await pacer.run("cancel", request)

    asyncio.run(main())
    assert len(sent) == 23
    for start in sent:
        assert sum(1 for t in sent if start <= t < start + 10.0) <= 5
    # Full use of the budget: 23 requests need 4 full windows and no more.
    assert sent[-1] == pytest.approx(40.0, abs=0.1)


def test_remaining_header_lower_than_ours_slows_us_down() -> None:
    time = FakeTime()
    pacer = _pacer(time)
    pacer.observe("cancel", 5, 1)  # another tool has spent four of five

    async def main() -> list[float]:
        times = []
        for _ in range(2):
            await pacer.run("cancel", _ok)
            times.append(time.now)
        return times

    assert asyncio.run(main()) == [0.0, pytest.approx(10.0, abs=0.1)]


def test_limit_header_lowers_the_budget() -> None:
    time = FakeTime()
    pacer = _pacer(time)
    pacer.observe("cancel", 2, None)

    async def main() -> None:
        for _ in range(3):
            await pacer.run("cancel", _ok)

    asyncio.run(main())
    assert time.now == pytest.approx(10.0, abs=0.1)


def test_429_with_retry_after_waits_exactly_that_long() -> None:
    time = FakeTime()
    pacer = _pacer(time)
    answers = [RateLimited("slow down", retry_after=7.0)]

    async def request() -> str:
        if answers:
            raise answers.pop()
        return "ok"

    assert asyncio.run(pacer.run("cancel", request)) == "ok"
    assert time.now == pytest.approx(7.0, abs=0.1)
    assert pacer.rate_limited_count == 1


def test_429_without_retry_after_backs_off_exponentially_with_jitter() -> None:
    time = FakeTime()
    pacer = Pacer(
        PacingPolicy({"cancel": 1000}, window_seconds=10.0, default_retry_after=100.0),
        clock=time.clock,
        sleep=time.sleep,
    )
    starts: list[float] = []

    async def request() -> str:
        starts.append(time.now)
        if len(starts) <= 4:
            raise RateLimited("slow down")
        return "ok"

    asyncio.run(pacer.run("cancel", request))
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    # Equal jitter: each wait lies in [d/2, d] for d = 2, 4, 8, 16 seconds.
    for gap, full in zip(gaps, [2, 4, 8, 16], strict=True):
        assert full / 2 - 0.05 <= gap <= full + 0.05


def test_transient_failures_are_retried_then_the_job_waits() -> None:
    time = FakeTime()
    pacer = _pacer(time, max_attempts=3)
    calls = 0

    async def request() -> str:
        nonlocal calls
        calls += 1
        raise MarketplaceUnavailable("down")

    with pytest.raises(NetworkWait):
        asyncio.run(pacer.run("cancel", request))
    assert calls == 3


def test_a_transient_failure_then_success_returns_the_answer() -> None:
    time = FakeTime()
    pacer = _pacer(time)
    failures = [MarketplaceUnavailable("502")]

    async def request() -> str:
        if failures:
            raise failures.pop()
        return "ok"

    assert asyncio.run(pacer.run("cancel", request)) == "ok"


def test_a_retry_after_beyond_the_cap_leaves_the_job_waiting() -> None:
    time = FakeTime()
    pacer = _pacer(time)

    async def request() -> str:
        raise RateLimited("slow down", retry_after=3600.0)

    with pytest.raises(NetworkWait, match="60 minutes"):
        asyncio.run(pacer.run("cancel", request))
    assert time.now < 1.0  # it did not sit out the hour


class _Marketplace:
    """The sandbox's own sliding-window limiter on the fake clock, answering like ABOUT YOU:
    X-RateLimit-Limit and Remaining on every answer, 429 without Retry-After."""

    def __init__(self, time: FakeTime, pacer: Pacer, limit: int, window: float) -> None:
        from desktop_app.sandbox.aboutyou.rate_limit import SlidingWindowLimiter

        self._limiter = SlidingWindowLimiter(window, time.clock)
        self._time, self._pacer, self._limit = time, pacer, limit
        self.accepted: list[float] = []
        self.refused = 0
        self.remaining = limit  # what its last answer said

    async def request(self) -> None:
        self._time.now += 0.01  # the answer takes a moment
        decision = self._limiter.hit(("key", "cancel"), self._limit)
        self._pacer.observe("cancel", decision.limit, decision.remaining)
        self.remaining = decision.remaining
        if not decision.allowed:
            self.refused += 1
            raise RateLimited("slow down")
        self.accepted.append(self._time.now)


class _UnevenMarketplace(_Marketplace):
    """The same, but its answers take unequal times after it counted the request."""

    def __init__(self, time: FakeTime, pacer: Pacer, limit: int, window: float, seed: int) -> None:
        super().__init__(time, pacer, limit, window)
        self._rng = random.Random(seed)

    async def request(self) -> None:
        self._time.now += self._rng.uniform(0.001, 0.01)
        decision = self._limiter.hit(("key", "cancel"), self._limit)
        self._time.now += self._rng.choice([0.001, 0.002, 0.1])  # the answer is on its way
        self._pacer.observe("cancel", decision.limit, decision.remaining)
        if not decision.allowed:
            self.refused += 1
            raise RateLimited("slow down")
        self.accepted.append(self._time.now)


def _learning_run(limit: int, window: float, requests: int) -> tuple[Pacer, _Marketplace]:
    time = FakeTime()
    pacer = Pacer(
        PacingPolicy({"cancel": 50}, window_seconds=60.0), clock=time.clock, sleep=time.sleep
    )
    marketplace = _Marketplace(time, pacer, limit, window)

    async def main() -> None:
        for _ in range(requests):
            await pacer.run("cancel", marketplace.request)

    asyncio.run(main())
    return pacer, marketplace


def _share_of_budget(accepted: list[float], limit: int, window: float) -> float:
    """The shortest time these requests could take within the budget, over the time taken."""
    ideal = (len(accepted) - limit) / limit * window
    return ideal / (accepted[-1] - accepted[0])


def _assert_never_over(accepted: list[float], limit: int, window: float) -> None:
    """Never more requests in any window than the marketplace allows."""
    for start in accepted:
        assert sum(1 for t in accepted if start <= t < start + window) <= limit


def _window_share(accepted: list[float], limit: int, window: float) -> float:
    """Accepted requests per full window from the first on, over the budget (the bench's)."""
    start, windows, sent = accepted[0], 0, 0
    while start + window <= accepted[-1]:
        sent += sum(1 for t in accepted if start <= t < start + window)
        windows, start = windows + 1, start + window
    return sent / (windows * limit)


def test_a_shorter_window_than_documented_is_learned_from_remaining() -> None:
    pacer, marketplace = _learning_run(limit=4, window=3.0, requests=60)
    assert pacer.window_seconds("cancel") == pytest.approx(3.0, abs=0.05)
    assert marketplace.refused <= 2
    assert _share_of_budget(marketplace.accepted, 4, 3.0) >= 0.9
    _assert_never_over(marketplace.accepted, 4, 3.0)


def test_the_documented_window_is_kept_when_it_is_the_real_one() -> None:
    pacer, marketplace = _learning_run(limit=10, window=60.0, requests=35)
    assert pacer.window_seconds("cancel") == pytest.approx(60.0)
    assert marketplace.refused <= 2
    assert len(marketplace.accepted) == 35


def test_more_remaining_than_we_think_frees_our_bookings() -> None:
    time = FakeTime()
    pacer = _pacer(time)  # 5 per 10 s

    async def main() -> None:
        for _ in range(5):
            await pacer.run("cancel", _ok)
        pacer.observe("cancel", 5, 3)  # the marketplace already forgot three of them
        for _ in range(3):
            await pacer.run("cancel", _ok)

    asyncio.run(main())
    # No wait for the 10 s window we thought was full (only the first budget's second half is
    # spread, over the 2 s before the first probe).
    assert time.now < 2.0


def test_a_retry_after_is_never_shorter_than_the_backoff_floor() -> None:
    time = FakeTime()
    pacer = Pacer(
        PacingPolicy({"cancel": 1000}, window_seconds=10.0, base_delay=2.0),
        clock=time.clock,
        sleep=time.sleep,
    )
    answers = [RateLimited("slow down", retry_after=0.0)]

    async def request() -> str:
        if answers:
            raise answers.pop()
        return "ok"

    assert asyncio.run(pacer.run("cancel", request)) == "ok"
    assert time.now == pytest.approx(2.0, abs=0.05)


def test_a_reset_header_bounds_the_window() -> None:
    time = FakeTime()
    policy = PacingPolicy({"cancel": 5}, window_seconds=60.0, first_probe=10.0)  # no probe
    pacer = Pacer(policy, clock=time.clock, sleep=time.sleep)

    async def main() -> None:
        for _ in range(5):
            await pacer.run("cancel", _ok)
        pacer.observe("cancel", 5, 0, reset_seconds=2.0)  # the oldest leaves in 2 s
        await pacer.run("cancel", _ok)

    asyncio.run(main())
    assert pacer.window_seconds("cancel") == pytest.approx(2.0)
    assert time.now == pytest.approx(2.0, abs=0.05)


def test_an_accepted_probe_bounds_the_window_though_nothing_is_left() -> None:
    # Four sent at once, then a probe 2 s after the first: accepted with Remaining 0, it
    # still says the first left the marketplace's window, so the window is at most 2 s.
    pacer, marketplace = _learning_run(limit=4, window=2.0, requests=5)
    assert marketplace.refused == 0
    assert pacer.window_seconds("cancel") == pytest.approx(2.0, abs=0.05)


def test_a_remaining_that_shows_ours_gone_frees_all_of_them() -> None:
    pacer, marketplace = _learning_run(limit=5, window=1.0, requests=12)
    assert marketplace.refused == 0
    # What the marketplace's last answer says is left, not one less.
    assert pacer.budget_left("cancel") == (marketplace.remaining, 5)
    assert pacer.window_seconds("cancel") == pytest.approx(1.0, abs=0.1)


def test_a_window_shorter_than_the_first_probe_is_learned_without_waiting_for_it() -> None:
    # The first budget's second half goes out one by one: the first sends leaving after 1 s
    # show in Remaining, where a burst sat idle until the probe at 2 s (0.87 of the budget).
    pacer, marketplace = _learning_run(limit=10, window=1.0, requests=100)
    assert pacer.window_seconds("cancel") == pytest.approx(1.0, abs=0.05)
    assert marketplace.refused == 0
    assert _window_share(marketplace.accepted, 10, 1.0) >= 0.95
    _assert_never_over(marketplace.accepted, 10, 1.0)


def test_a_window_found_by_a_probe_is_used_to_the_full() -> None:
    pacer, marketplace = _learning_run(limit=10, window=2.0, requests=100)
    assert pacer.window_seconds("cancel") == pytest.approx(2.0, abs=0.05)
    assert marketplace.refused == 0
    assert _window_share(marketplace.accepted, 10, 2.0) >= 0.95
    # The first budget's spread second half recurs a window later, each time: the last
    # window's sends end up to a second later than a burst's would.
    assert _share_of_budget(marketplace.accepted, 10, 2.0) >= 0.9
    _assert_never_over(marketplace.accepted, 10, 2.0)


def test_a_window_between_the_probes_is_narrowed_at_little_cost() -> None:
    # Probes at 2 s (429) and 4 s (accepted) leave (2, 4]: sends spread over that unknown part
    # alone find 3.5 s, where spreading over all 4 s used only 0.87 of the budget.
    pacer, marketplace = _learning_run(limit=10, window=3.5, requests=100)
    assert pacer.window_seconds("cancel") == pytest.approx(3.5, abs=0.1)
    assert marketplace.refused == 1
    assert _share_of_budget(marketplace.accepted, 10, 3.5) >= 0.9
    _assert_never_over(marketplace.accepted, 10, 3.5)


def test_a_budget_the_seller_set_is_a_ceiling_the_marketplace_headers_never_lift() -> None:
    time = FakeTime()
    pacer = Pacer(
        PacingPolicy({"cancel": 2}, window_seconds=10.0, ceilings={"cancel": 2}),
        clock=time.clock,
        sleep=time.sleep,
    )
    sent: list[float] = []

    async def request() -> None:
        sent.append(time.now)
        # The marketplace allows far more than the seller wants to spend.
        pacer.observe("cancel", limit=50, remaining=50 - len(sent))

    async def main() -> None:
        for _ in range(6):
            await pacer.run("cancel", request)

    asyncio.run(main())
    assert pacer.budget_left("cancel")[1] == 2
    for start in sent:
        assert sum(1 for t in sent if start <= t < start + 10.0) <= 2


@pytest.mark.parametrize("documented", [1.0, 60.0])
def test_answers_of_unequal_speed_never_read_as_another_sender(documented: float) -> None:
    # Counted from when its answer came, a quick answer's booking was dropped while the
    # marketplace still held it: that read as another sender, bounded the window below the
    # real one, and cost 429s.
    for seed in range(5):
        time = FakeTime()
        policy = PacingPolicy({"cancel": 10}, window_seconds=documented)
        pacer = Pacer(policy, clock=time.clock, sleep=time.sleep)
        marketplace = _UnevenMarketplace(time, pacer, 10, 1.0, seed)

        async def main(pacer: Pacer = pacer, marketplace: _UnevenMarketplace = marketplace) -> None:
            for _ in range(100):
                await pacer.run("cancel", marketplace.request)

        asyncio.run(main())
        assert marketplace.refused == 0, seed
        assert pacer.window_seconds("cancel") >= 1.0, seed
