"""Everything the window needs from the core, built once per window: journal, profiles, jobs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.core.connect import open_marketplace
from desktop_app.core.engine import EngineSettings, JobProgress
from desktop_app.core.errors import ConfigError
from desktop_app.core.job_service import RETRY_WAITING_SECONDS, JobService
from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.paths import AppPaths, app_paths
from desktop_app.core.profiles import Profile, ProfileStore
from desktop_app.core.sessions import MarketplaceSessions
from desktop_app.core.watch import WatchTiming
from desktop_app.ui.demo import DEMO_PROFILE_NAME, DemoOpener, DemoOptions, demo_profile
from desktop_app.ui.settings import SettingsStore

Opener = Callable[[Profile], Marketplace]
Connector = Callable[[Profile, str | None], Marketplace]  # a profile and a key not yet stored


def _connect(profile: Profile, secret: str | None) -> Marketplace:
    return open_marketplace(profile, secret=secret)


@dataclass(frozen=True)
class AppOptions:
    """What create_window varies: tests pass faster engines or their own connector."""

    demo: DemoOptions = field(default_factory=DemoOptions)
    engine: EngineSettings | None = None  # None: the demo's when in demo mode, else defaults
    connector: Connector = _connect  # tests pass one with short retry delays
    grace_seconds: float | None = None  # None: each profile's undo window; tests pass 0
    watch: WatchTiming = field(default_factory=WatchTiming)  # tests poll faster
    retry_waiting_seconds: float = RETRY_WAITING_SECONDS  # WAITING jobs try again; tests: short


class AppContext:
    def __init__(self, demo: bool, options: AppOptions) -> None:
        self.demo = demo
        self.paths: AppPaths = app_paths().ensure()
        self.profiles = ProfileStore(self.paths.profiles_file)
        self.settings = SettingsStore(self.paths.settings_file)
        # Demo jobs live in their own journal: they never mix with real ones.
        journal = self.paths.data_dir / "demo-journal.sqlite3" if demo else self.paths.journal_file
        self.journal = Journal(journal)
        self.connect: Connector = options.connector
        opener: Opener = lambda profile: options.connector(profile, None)  # noqa: E731
        if demo:
            opener = DemoOpener(options.demo, opener)
        engine = options.engine or (options.demo.engine if demo else EngineSettings())
        self.listeners: list[Callable[[JobProgress], None]] = []
        self.task_listeners: list[Callable[[], None]] = []
        self.jobs = JobService(
            self.journal,
            self.profile,
            MarketplaceSessions(opener),
            settings=engine,
            on_progress=self._progress,
            on_tasks_changed=self._tasks_changed,
            grace_seconds=options.grace_seconds,
            retry_waiting_seconds=options.retry_waiting_seconds,
        )
        self.watch_timing = options.watch

    def _tasks_changed(self) -> None:
        for listener in list(self.task_listeners):
            listener()

    def _progress(self, progress: JobProgress) -> None:
        for listener in list(self.listeners):
            listener(progress)

    def profile_list(self) -> list[Profile]:
        stored = self.profiles.list()
        return [demo_profile(), *stored] if self.demo else stored

    def profile(self, name: str) -> Profile:
        if self.demo and name == DEMO_PROFILE_NAME:
            return demo_profile()
        try:
            return self.profiles.get(name)
        except ConfigError:
            raise ConfigError(
                f"The profile '{name}' no longer exists; add it again under Profiles…"
            ) from None

    async def aclose(self) -> None:
        await self.jobs.aclose()
        self.journal.close()
