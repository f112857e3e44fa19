"""Demo mode: a "Demo marketplace" profile served by the ABOUT YOU sandbox in-process."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

from desktop_app.core.connect import open_marketplace
from desktop_app.core.engine import EngineSettings
from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.profiles import Environment, Profile
from desktop_app.sandbox.aboutyou import AboutYouSandboxConfig, create_aboutyou_app

DEMO_PROFILE_NAME = "Demo marketplace"
DEMO_KEY = "sandbox-demo-key"


@dataclass(frozen=True)
class DemoOptions:
    """How fast the demo marketplace answers; tests shorten both."""

    latency: float = 1.5  # seconds a batch takes in the sandbox
    items: int = 5000
    engine: EngineSettings = field(
        default_factory=lambda: EngineSettings(poll_first_delay=0.5, poll_max_delay=2.0)
    )
    # When the demo orders end (they span the week before); None: now, so the 7-day
    # cancellation guard has this week's orders to count, whatever the date.
    base_time: datetime | None = None


def demo_profile() -> Profile:
    # Never contacted: the in-process transport answers for this host.
    return Profile(
        name=DEMO_PROFILE_NAME,
        marketplace="aboutyou",
        environment=Environment.SANDBOX,
        base_url="http://127.0.0.1",
    )


class DemoOpener:
    """Opens the demo profile on the in-process sandbox and every other profile as usual."""

    def __init__(self, options: DemoOptions, fallback: Callable[[Profile], Marketplace]) -> None:
        self._fallback = fallback
        config = AboutYouSandboxConfig(
            api_key=DEMO_KEY,
            items=options.items,
            latency=options.latency,
            base_time=options.base_time or datetime.now(UTC),
        )
        self.app = create_aboutyou_app(config)

    def __call__(self, profile: Profile) -> Marketplace:
        if profile.name != DEMO_PROFILE_NAME:
            return self._fallback(profile)
        transport = httpx.ASGITransport(app=self.app)
        return open_marketplace(profile, secret=DEMO_KEY, transport=transport)
