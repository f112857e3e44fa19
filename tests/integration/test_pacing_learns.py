"""Pacing learns the marketplace's real budget from its headers, over real HTTP: a 4-per-3-s
sandbox and a profile that only knows the documented 60-s window."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx

from desktop_app.core.marketplaces.aboutyou import AboutYouMarketplace
from desktop_app.core.marketplaces.aboutyou.marketplace import DEFAULT_BUDGETS
from desktop_app.core.models import Action, JobState, Outcome
from desktop_app.core.pacing import PacingPolicy
from tests.integration.engine_helpers import cancel_rows, run_job


class _AcceptedPosts(httpx.AsyncHTTPTransport):
    """Real HTTP; notes when each POST the marketplace accepted was answered."""

    def __init__(self) -> None:
        super().__init__()
        self.accepted: list[float] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        if request.method == "POST" and response.status_code == 200:
            self.accepted.append(time.monotonic())
        return response


def test_a_900_row_cancel_uses_the_real_budget_it_was_never_told(
    tmp_path: Path, aboutyou_sandbox: Any
) -> None:
    limit, window = 4, 3.0
    sandbox = aboutyou_sandbox(items=1000, latency=0.05, cancel_budget=limit, window_seconds=window)
    transport = _AcceptedPosts()
    marketplace = AboutYouMarketplace(
        sandbox.base_url,
        sandbox.api_key,
        batch_size=25,  # 36 POSTs: enough windows to measure
        pacing=PacingPolicy(DEFAULT_BUDGETS),  # the documented 50 per 60 s
        transport=transport,
    )
    job, rows = run_job(tmp_path, marketplace, Action.CANCEL, cancel_rows(range(100001, 100901)))
    assert job.state is JobState.FINISHED
    assert {row.outcome for row in rows} == {Outcome.SUCCEEDED}
    posts = transport.accepted
    assert len(posts) == 36
    ideal = (len(posts) - limit) / limit * window  # the least time the budget allows
    share = ideal / (posts[-1] - posts[0])
    assert share >= 0.8, f"used {share:.2f} of the budget"
    assert sandbox.state.request_count("orders/cancel", 429) <= 2
