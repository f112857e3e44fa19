"""A watched folder against the in-process ABOUT YOU sandbox, on an injected clock."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from desktop_app.core.engine import EngineSettings
from desktop_app.core.job_service import JobService
from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.aboutyou import AboutYouMarketplace
from desktop_app.core.models import Action
from desktop_app.core.profiles import Environment, Profile
from desktop_app.core.sessions import MarketplaceSessions
from desktop_app.core.watch import FolderWatcher, WatchEvent, WatchRule, WatchTiming

FAST = EngineSettings(poll_first_delay=0.01, poll_max_delay=0.05)
QUICK = WatchTiming(poll_seconds=0.01, stable_seconds=2.0)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def profile(environment: Environment) -> Profile:
    return Profile(
        name="shop",
        marketplace="aboutyou",
        environment=environment,
        base_url="https://aboutyou.sandbox",  # never contacted: the ASGI transport answers
    )


@dataclass
class Watch:
    watcher: FolderWatcher
    service: JobService
    clock: Clock
    events: list[WatchEvent] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        return self.watcher.rule.folder

    async def polls(self, count: int, step: float) -> None:
        """`count` looks, `step` seconds apart on the clock, each after the jobs' progress."""
        for _ in range(count):
            await self.watcher.poll_once()
            await self.service.wait_all()
            self.clock.now += step


def setup(
    tmp_path: Path,
    app: Any,
    environment: Environment = Environment.SANDBOX,
    *,
    automatic: bool = True,
    timing: WatchTiming = QUICK,
    marketplace: type[AboutYouMarketplace] = AboutYouMarketplace,
    folder: Path | None = None,
) -> Watch:
    shop = profile(environment)

    def opener(profile: Profile) -> AboutYouMarketplace:
        return marketplace(
            profile.base_url, "sandbox-demo-key", transport=httpx.ASGITransport(app=app)
        )

    service = JobService(
        Journal(tmp_path / "journal.sqlite3"),
        lambda _: shop,
        MarketplaceSessions(opener),
        settings=FAST,
        grace_seconds=0,
    )
    folder = folder or tmp_path / "in"
    folder.mkdir(parents=True, exist_ok=True)
    clock, events = Clock(), list[WatchEvent]()
    watcher = FolderWatcher(
        WatchRule(folder, Action.CANCEL, "shop", automatic),
        service,
        lambda _: shop,
        timing=timing,
        clock=clock,
        on_event=events.append,
    )
    return Watch(watcher, service, clock, events)


def run(scenario: Callable[[], Any]) -> Any:
    return asyncio.run(scenario())


def ids_file(path: Path, ids: range) -> bytes:
    content = ("order_item_id\n" + "".join(f"{i}\n" for i in ids)).encode("utf-8")
    path.write_bytes(content)
    return content
